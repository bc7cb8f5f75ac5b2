remedy --color never --rules tests/advice/data/parents/rules.pacta --profiles tests/advice/data/parents --as-of 2020-06-30 --state XAA
