lint --color never tests/cli/lint/corpus/S013_order.pacta
