codes P01
