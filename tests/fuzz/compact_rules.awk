# Compacts rule files into a fuzz seed (tests/fuzz/make_seed_corpus.sh): comments and blank
# lines dropped, and test blocks that read profile files dropped (fuzz_rules never reads files).
function strip_comment(line,   i, c, inq, out) {
  inq = 0; out = ""
  for (i = 1; i <= length(line); i++) {
    c = substr(line, i, 1)
    if (inq && c == "\\") { out = out c substr(line, i + 1, 1); i++; continue }
    if (c == "\"") inq = !inq
    if (!inq && c == "#") break
    out = out c
  }
  sub(/[ \t]+$/, "", out)
  return out
}
{
  line = strip_comment($0)
  if (line ~ /^[ \t]*$/) next
  if (line ~ /^test[ \t]/) { intest = 1; block = ""; reads = 0 }
  if (intest) {
    block = block line "\n"
    if (line ~ /^[ \t]*profile[ \t]+"/) reads = 1
    if (line ~ /^}/) { intest = 0; if (!reads) printf "%s", block }
    next
  }
  print line
}
