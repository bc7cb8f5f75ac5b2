check --rules tests/cli/data/impact/head --profiles tests/cli/data/impact/profiles --as-of 2005-12-31 --state CCC --obligation PROT_PARTY --format junit
