lint --color never tests/cli/lint/corpus/S010_no_require.pacta
