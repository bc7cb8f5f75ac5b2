lint --color never tests/cli/data/hardening/root/escape.pacta
