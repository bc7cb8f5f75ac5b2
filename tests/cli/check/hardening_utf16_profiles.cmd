check --color never --rules rules --profiles tests/cli/data/hardening/encoding/profiles16 --as-of 2020-01-01
