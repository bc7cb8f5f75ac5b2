timeline --color never --state MLI --to 2014-12-31
