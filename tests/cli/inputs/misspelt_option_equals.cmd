check --as-of=2020-01-01 --formt json
