lint --color never tests/cli/data/hardening/encoding/utf16le_bom.pacta tests/cli/data/hardening/encoding/utf16be_nobom.pacta tests/cli/data/hardening/encoding/utf32le.pacta
