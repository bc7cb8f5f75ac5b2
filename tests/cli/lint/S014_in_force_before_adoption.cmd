lint --color never tests/cli/lint/corpus/S014_in_force_before_adoption.pacta
