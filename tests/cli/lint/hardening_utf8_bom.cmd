lint --color never tests/cli/data/hardening/encoding/bom.pacta
