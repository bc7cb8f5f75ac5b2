check --color never --rules rules --profiles tests/cli/data/hardening/mismatch --as-of 2020-01-01 --obligation TOC_PROTOCOL_PARENT
