check --color never --rules rules --profiles tests/cli/data/hardening/encoding/bom_profiles --as-of 2020-01-01 --obligation UNTOC_PARENT
