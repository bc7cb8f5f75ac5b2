fmt --color never tests/cli/fmt/corpus/unformatted.pacta
