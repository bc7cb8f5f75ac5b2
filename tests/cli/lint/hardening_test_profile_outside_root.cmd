lint --color never tests/cli/data/hardening/root
