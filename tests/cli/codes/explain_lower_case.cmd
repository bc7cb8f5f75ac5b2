codes p001
