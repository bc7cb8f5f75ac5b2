check --asof 2020-01-01
