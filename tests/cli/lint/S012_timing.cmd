lint --color never tests/cli/lint/corpus/S012_timing.pacta
