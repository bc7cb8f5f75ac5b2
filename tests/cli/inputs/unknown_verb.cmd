chek --as-of 2020-01-01
