fmt --check
