lint --color never tests/cli/data/hardening_diag/many_unused.pacta
