lint --format sarif tests/cli/data/impact/head
