remedy --color never --as-of 2014-12-31 --state MMR
