gaps --color never --as-of 2014-12-31 --state MLI,MMR,NER
