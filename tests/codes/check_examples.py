#!/usr/bin/env python3
"""Check docs/codes.md, the long explanations of Pacta's diagnostic codes.

Usage (from the repository's top directory):

    python3 tests/codes/check_examples.py PACTA_BINARY [--only CODE,...] [--doc PATH] [-v]

(--only: run the examples of these codes only; --doc: check another copy of docs/codes.md;
-v: print every command's output.)

For the format, it checks that every code of src/diag/codes.cpp's catalogue has exactly one
`## CODE` section, in the catalogue's order (and no other `##` heading), whose first line is
the catalogue's title word for word, followed by an explanation of at most 8 lines, then
`Wrong:` and `Right:`, each with one fenced example of at most 15 lines (`pacta`, `yaml` or
`sh`; Y sections may give the rule set their profiles are checked against in a `Rules:` block
first).

Then it runs every example with PACTA_BINARY in a fresh temporary directory:

- `pacta`: the block is `example.pacta`; `pacta lint --format json example.pacta` must report
  the section's code for Wrong (for T codes, `pacta test example.pacta` if lint does not), and
  nothing at all for Right (for T codes `pacta test` must pass too). When the block names a
  test profile (`profile "..."`), the directory also holds `profiles/XAA.yaml` (state XAA, a
  party to UNTOC), so that the paths of T011/T016/T017 are real.
- `yaml`: the Rules block is `rules/rules.pacta`, the profile goes into `profiles/`, named
  after its `state:` (XAA.yaml without one), or split into several files where lines
  `# NAME.yaml` start them; `pacta lint rules --profiles profiles --format json` must report
  the code for Wrong and nothing for Right.
- `sh`: the block runs with `sh` in a directory holding a small project (PROJECT_FILES below:
  `rules/treaties.pacta`, `profiles/XAA.yaml`), `pacta` being the binary (first on PATH); the
  code must appear in its output for Wrong; Right must exit 0 without any diagnostic.

A Wrong example must also not crash Pacta (exit code 3 or a signal). TRANSFORMS and
RAISED_INSTEAD below list the few examples run with an adjustment, and why. Every failure is
listed; the exit code is 1 if there is one, 2 on bad usage.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

DOC = "docs/codes.md"
CATALOGUE = "src/diag/codes.cpp"
MAX_EXPLANATION_LINES = 8
MAX_EXAMPLE_LINES = 15
LANGUAGES = {"E": {"sh"}, "P": {"pacta"}, "S": {"pacta"}, "T": {"pacta", "sh"}, "Y": {"yaml"}}
CODE_IN_TEXT = re.compile(r"\b(?:error|warning|info)\[([EPSTY][0-9]{3})\]")
TIMEOUT = 60

# The project the `sh` examples run in (the intro of docs/codes.md describes it).
PROJECT_FILES = {
    "rules/treaties.pacta": """\
instrument UNTOC "United Nations Convention against Transnational Organized Crime" {
  adopted 2000-11-15
  in_force 2003-09-29
}

obligation UNTOC_PARTY "States are parties to UNTOC" {
  require party(UNTOC)
}

test UNTOC_PARTY_FROM_DEPOSIT "A state that deposited is a party" {
  as_of 2010-01-01
  state XAA { ratified UNTOC 2004-05-03 }
  expect XAA UNTOC_PARTY satisfied
}
""",
    "profiles/XAA.yaml": """\
state: XAA
instruments:
  UNTOC: { signed: 2000-12-12, ratified: 2004-05-03 }
""",
}

# The profile a `pacta` example's test may name (T011, T016, T017).
TEST_PROFILE = ("profiles/XAA.yaml", PROJECT_FILES["profiles/XAA.yaml"])


def expand_y013(text):
    """The doc abridges the 64 KiB flow list as `...`: write it out in full."""
    items = ", ".join("{ period: %d, submitted: 2001-06-12 }" % (1001 + i) for i in range(1700))
    assert "..." in text, "Y013's wrong example no longer abridges its list with '...'"
    return text.replace("{ period: 1001, submitted: 2001-06-12 }, { period: 1002, submitted: 2001-06-12 }, ...", items)


# Examples that cannot be written literally in a Markdown file: the checker runs them after a
# transformation, which the section's explanation states.
TRANSFORMS = {
    # An ESC character would be invisible (and is stripped by some renderers): the doc writes `^[`.
    ("P005", "wrong"): lambda text: text.replace("^[", "\x1b"),
    # A 64 KiB line has no place in a documentation page: the doc abridges it.
    ("Y013", "wrong"): expand_y013,
}

# Codes whose examples are not run, with the reason. (Empty: every example runs.)
NOT_RUN = {}

# Codes that no input can raise today, because an earlier phase reports the same mistake under
# another code: the wrong example must raise that code instead (the section says so).
RAISED_INSTEAD = {
    # The grammar accepts only the six verdict keywords after `expect STATE OBLIGATION`, so an
    # unknown status is a syntax error (P001) before the test checker (T007) sees it.
    "T007": "P001",
}


class Failures:
    def __init__(self):
        self.items = []

    def add(self, code, message):
        self.items.append((code, message))


# ---------------------------------------------------------------------------------- catalogue

def c_string(literal):
    out, i = [], 0
    while i < len(literal):
        ch = literal[i]
        if ch == "\\" and i + 1 < len(literal):
            nxt = literal[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"'}.get(nxt, nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def read_catalogue(path):
    text = open(path, encoding="utf-8").read()
    start = text.index("catalogue[]")
    body = text[start:text.index("};", start)]
    entries = []
    for m in re.finditer(r'\{\s*"([A-Z][0-9]{3})"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}', body):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
        entries.append((m.group(1), c_string("".join(parts))))
    if not entries:
        raise SystemExit(f"no catalogue entries found in {path}")
    return entries


# ---------------------------------------------------------------------------------- document

FENCE = re.compile(r"^(```+)\s*([A-Za-z0-9_-]*)\s*$")


def split_sections(lines, failures):
    """Returns (intro lines, [(code, heading line number, body lines)])."""
    intro, sections, current, fence = [], [], None, None
    for number, line in enumerate(lines, 1):
        m = FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)
        elif fence is not None and line.strip() == fence:
            fence = None
        elif fence is None and line.startswith("## "):
            heading = line[3:]
            if not re.fullmatch(r"[EPSTY][0-9]{3}", heading):
                failures.add("doc", f"line {number}: a '## ' heading that is not exactly a code: {line!r}")
            current = (heading.strip(), number, [])
            sections.append(current)
            continue
        elif fence is None and line.startswith("#") and not line.startswith("###") and number > 1:
            if re.match(r"^#{1,2}(\s|$)", line):
                failures.add("doc", f"line {number}: a top-level heading after the title: {line!r}")
        (current[2] if current else intro).append((number, line))
    if fence is not None:
        failures.add("doc", "a code fence is not closed at the end of the file")
    return intro, sections


def parse_section(code, body, failures):
    """Returns {'title', 'explanation', 'rules', 'wrong', 'right'}; blocks are (language, text, line)."""
    out = {"title": None, "explanation": [], "rules": None, "wrong": None, "right": None}
    i, n = 0, len(body)

    def skip_blank():
        nonlocal i
        while i < n and not body[i][1].strip():
            i += 1

    def read_block(label):
        nonlocal i
        skip_blank()
        if i >= n:
            failures.add(code, f"'{label}' is not followed by a fenced block")
            return None
        number, line = body[i]
        m = FENCE.match(line)
        if not m:
            failures.add(code, f"line {number}: '{label}' is followed by {line!r}, not a fenced block")
            return None
        fence, language = m.group(1), m.group(2)
        i += 1
        content = []
        while i < n and body[i][1].strip() != fence:
            content.append(body[i][1])
            i += 1
        if i >= n:
            failures.add(code, f"line {number}: the block after '{label}' is not closed")
            return None
        i += 1
        return (language, "\n".join(content) + "\n", number)

    skip_blank()
    if i < n:
        out["title"] = body[i][1]
        i += 1
    skip_blank()
    while i < n and body[i][1] not in ("Rules:", "Wrong:", "Right:"):
        number, line = body[i]
        if FENCE.match(line):
            failures.add(code, f"line {number}: a fenced block in the explanation (before 'Wrong:')")
        if line.strip():
            out["explanation"].append(line)
        i += 1
    for label, key in (("Rules:", "rules"), ("Wrong:", "wrong"), ("Right:", "right")):
        skip_blank()
        if i < n and body[i][1] == label:
            i += 1
            out[key] = read_block(label)
        elif key != "rules":
            failures.add(code, f"no '{label}' block")
    skip_blank()
    if i < n:
        failures.add(code, f"line {body[i][0]}: text after the 'Right:' block: {body[i][1]!r}")
    return out


def check_format(catalogue, sections, intro, failures):
    if not intro or intro[0][1] != "# Diagnostic codes":
        failures.add("doc", "the first line is not '# Diagnostic codes'")
    if not any(line.strip() for _, line in intro[1:]):
        failures.add("doc", "no intro paragraph before the first section")
    titles = dict(catalogue)
    doc_codes = [code for code, _, _ in sections]
    for code in sorted(set(titles) - set(doc_codes)):
        failures.add(code, "catalogued, but docs/codes.md has no section for it")
    for code in sorted(set(doc_codes) - set(titles)):
        failures.add(code, "a section for a code that is not in the catalogue")
    for code in sorted({c for c in doc_codes if doc_codes.count(c) > 1}):
        failures.add(code, "more than one section")
    order = [c for c, _ in catalogue if c in doc_codes]
    if [c for c in doc_codes if c in titles] != order:
        failures.add("doc", "the sections are not in the catalogue's order")

    parsed = {}
    for code, number, body in sections:
        if code not in titles:
            continue
        s = parse_section(code, body, failures)
        parsed[code] = s
        if s["title"] != titles[code]:
            failures.add(code, f"title {s['title']!r} is not the catalogue's {titles[code]!r}")
        if not s["explanation"]:
            failures.add(code, "no explanation")
        elif len(s["explanation"]) > MAX_EXPLANATION_LINES:
            failures.add(code, f"explanation of {len(s['explanation'])} lines (at most {MAX_EXPLANATION_LINES})")
        allowed = LANGUAGES[code[0]]
        for key in ("wrong", "right"):
            block = s[key]
            if block is None:
                continue
            if block[0] not in allowed:
                failures.add(code, f"{key} block in '{block[0]}', expected one of {sorted(allowed)}")
            if block[1].count("\n") > MAX_EXAMPLE_LINES:
                failures.add(code, f"{key} example of {block[1].count(chr(10))} lines (at most {MAX_EXAMPLE_LINES})")
        if s["wrong"] and s["right"] and s["wrong"][0] != s["right"][0]:
            failures.add(code, "the Wrong and Right blocks are in different languages")
        if s["rules"] is not None:
            if code[0] != "Y":
                failures.add(code, "a 'Rules:' block outside a Y section")
            elif s["rules"][0] != "pacta":
                failures.add(code, "the 'Rules:' block is not 'pacta'")
    return parsed


# ---------------------------------------------------------------------------------- running

class Runner:
    def __init__(self, binary, verbose):
        self.binary = os.path.abspath(binary)
        self.verbose = verbose

    def env(self, tmp):
        env = dict(os.environ)
        env["NO_COLOR"] = "1"
        env["XDG_CACHE_HOME"] = os.path.join(tmp, ".cache")  # never touch the user's profile cache
        return env

    def run(self, argv, cwd, tmp):
        try:
            p = subprocess.run(argv, cwd=cwd, env=self.env(tmp), capture_output=True, timeout=TIMEOUT,
                               stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return None
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        if self.verbose:
            print(f"  $ {argv}\n  rc={p.returncode}\n{out}{err}")
        return p.returncode, out, err

    def pacta(self, args, cwd, tmp):
        return self.run([self.binary] + args, cwd, tmp)


def codes_of(out, err):
    """Codes reported: from JSON diagnostics on stdout if there are any, and from text anywhere."""
    found = []
    try:
        doc = json.loads(out)
    except ValueError:
        doc = None
    if isinstance(doc, dict):
        for d in doc.get("diagnostics") or []:
            if isinstance(d, dict) and "code" in d:
                found.append(d["code"])
    found += CODE_IN_TEXT.findall(out)
    found += CODE_IN_TEXT.findall(err)
    return found


def write(root, relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def crashed(result):
    return result is None or result[0] == 3 or result[0] < 0


def compact(out):
    """JSON diagnostics as one line each (`CODE path:line:col: message`); other output as is."""
    try:
        doc = json.loads(out)
    except ValueError:
        return out
    if not isinstance(doc, dict) or "diagnostics" not in doc:
        return out
    lines = []
    for d in doc["diagnostics"]:
        loc = d.get("location") or {}
        where = f"{loc.get('path')}:{loc.get('line')}:{loc.get('column')}: " if loc else ""
        lines.append(f"{d.get('severity')}[{d.get('code')}] {where}{d.get('message')}")
    return "\n".join(lines) + "\n"


def describe(result):
    if result is None:
        return f"timed out after {TIMEOUT} s"
    rc, out, err = result
    text = (compact(out) + err).strip()
    return f"exit {rc}: " + (text[:600] + (" [...]" if len(text) > 600 else "") if text else "(no output)")


def profile_files(text):
    """Splits a yaml block into files at lines `# NAME.yaml`; else one file named by its state."""
    lines = text.splitlines(keepends=True)
    header = re.compile(r"^#\s+([A-Za-z0-9_.-]+\.ya?ml)\s*$")
    if lines and header.match(lines[0]):
        files, name = [], None
        for line in lines:
            m = header.match(line)
            if m:
                name = m.group(1)
                files.append([name, ""])
            else:
                files[-1][1] += line
        return [tuple(f) for f in files]
    m = re.search(r"^state:\s*([A-Za-z0-9_-]+)\s*$", text, re.M)
    return [((m.group(1) if m else "XAA") + ".yaml", text)]


def run_pacta(runner, code, kind, text, tmp):
    write(tmp, "example.pacta", text)
    if re.search(r'^\s*profile\s+"', text, re.M):
        write(tmp, *TEST_PROFILE)
    results = [runner.pacta(["lint", "--format", "json", "example.pacta"], tmp, tmp)]
    if code[0] == "T" and (kind == "right" or (not crashed(results[0]) and code not in codes_of(*results[0][1:]))):
        results.append(runner.pacta(["test", "--format", "json", "example.pacta"], tmp, tmp))
    return results


def run_yaml(runner, code, kind, text, rules, tmp):
    write(tmp, "rules/rules.pacta", rules if rules is not None else "")
    for name, content in profile_files(text):
        write(tmp, os.path.join("profiles", name), content)
    return [runner.pacta(["lint", "rules", "--profiles", "profiles", "--format", "json"], tmp, tmp)]


def run_sh(runner, code, kind, text, tmp):
    for relative, content in PROJECT_FILES.items():
        write(tmp, relative, content)
    bindir = os.path.join(tmp, ".bin")
    os.makedirs(bindir)
    os.symlink(runner.binary, os.path.join(bindir, "pacta"))
    script = ("set -e\n" if kind == "right" else "") + f'PATH="{bindir}:$PATH"\n' + text
    return [runner.run(["sh", "-c", script], tmp, tmp)]


def check_example(runner, code, section, kind, failures):
    block = section[kind]
    if block is None:
        return
    language, text, line = block
    transform = TRANSFORMS.get((code, kind))
    if transform:
        text = transform(text)
    tmp = tempfile.mkdtemp(prefix=f"pacta-{code}-{kind}-")
    try:
        if language == "pacta":
            results = run_pacta(runner, code, kind, text, tmp)
        elif language == "yaml":
            rules = section["rules"][1] if section["rules"] else None
            results = run_yaml(runner, code, kind, text, rules, tmp)
        elif language == "sh":
            results = run_sh(runner, code, kind, text, tmp)
        else:
            return
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    where = f"{kind} example (docs/codes.md line {line})"
    for r in results:
        if crashed(r):
            failures.add(code, f"{where}: pacta crashed or hung: {describe(r)}")
            return
    reported = [c for r in results for c in codes_of(r[1], r[2])]
    if kind == "wrong":
        instead = RAISED_INSTEAD.get(code)
        if code not in reported and instead in reported:
            print(f"note {code}: the wrong example raises {instead} instead, as RAISED_INSTEAD expects")
        elif code not in reported:
            failures.add(code, f"{where} does not raise {code}; got {sorted(set(reported)) or 'nothing'}: "
                               + describe(results[-1]))
    else:
        if reported:
            failures.add(code, f"{where} is not clean: {sorted(set(reported))}: " + describe(results[-1]))
        elif any(r[0] != 0 for r in results):
            bad = next(r for r in results if r[0] != 0)
            failures.add(code, f"{where} fails: " + describe(bad))


# ---------------------------------------------------------------------------------- main

USAGE = "usage: python3 tests/codes/check_examples.py PACTA_BINARY [--only CODE,...] [--doc PATH] [-v]"


def main(argv):
    binary, only, verbose = None, None, False
    global DOC
    rest = list(argv[1:])
    while rest:
        a = rest.pop(0)
        if a == "-v":
            verbose = True
        elif a in ("--only", "--doc") and rest:
            value = rest.pop(0)
            if a == "--only":
                only = set(value.split(","))
            else:
                DOC = value
        elif a.startswith("-") or binary is not None:
            print(USAGE, file=sys.stderr)
            return 2
        else:
            binary = a
    if binary is None:
        print(USAGE, file=sys.stderr)
        return 2
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"{binary}: not an executable file", file=sys.stderr)
        return 2
    if not (os.path.isfile(DOC) and os.path.isfile(CATALOGUE)):
        print(f"run from the repository's top directory ({DOC} and {CATALOGUE} not found)", file=sys.stderr)
        return 2

    failures = Failures()
    catalogue = read_catalogue(CATALOGUE)
    lines = open(DOC, encoding="utf-8").read().splitlines()
    intro, sections = split_sections(lines, failures)
    parsed = check_format(catalogue, sections, intro, failures)

    runner = Runner(binary, verbose)
    ran = 0
    for code, _ in catalogue:
        if code not in parsed or (only and code not in only):
            continue
        if code in NOT_RUN:
            print(f"{code}: examples not run: {NOT_RUN[code]}")
            continue
        for kind in ("wrong", "right"):
            check_example(runner, code, parsed[code], kind, failures)
        ran += 1

    for code, message in failures.items:
        print(f"FAIL {code}: {message}")
    print(f"{len(catalogue)} catalogued codes, {len(parsed)} sections, examples of {ran} run; "
          f"{len(failures.items)} failure(s)")
    return 1 if failures.items else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
