lint --color never tests/cli/lint/corpus/S011_article.pacta
