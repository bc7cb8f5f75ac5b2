lint --color never tests/cli/data/hardening/deep_not.pacta
