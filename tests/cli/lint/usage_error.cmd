lint --bogus-option
