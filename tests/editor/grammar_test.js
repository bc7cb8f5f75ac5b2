#!/usr/bin/env node
// Tests of the TextMate grammar of editors/vscode/ (issue 12), tokenized as VS Code does, with
// vscode-textmate and vscode-oniguruma from the repository's node_modules (`npm ci`).
//
//   node tests/editor/grammar_test.js snapshots   every rules/**/*.pacta against its snapshot
//                                                 in tests/editor/snapshots/ (PACTA_UPDATE_SNAPSHOTS=1
//                                                 rewrites them); in a shipped file no keyword
//                                                 without a keyword scope, no token unscoped or
//                                                 marked invalid
//   node tests/editor/grammar_test.js keywords    every keyword of the parser (grammar/leaf_parsers.hpp,
//                                                 grammar/rule_file_def.hpp) and every predicate of
//                                                 src/syntax/predicates.def is highlighted, in every
//                                                 context of the grammar
//   node tests/editor/grammar_test.js cases       hand-written cases, and the extension manifest
//
// Exit codes: 0 passed, 1 failed, 77 skipped (the npm packages are not installed; CTest shows
// the test as skipped).
'use strict';

const fs = require('fs');
const path = require('path');
const { ROOT, load, resolve, fail, finish } = require('../support/js_harness');

const EXTENSION = path.join(ROOT, 'editors', 'vscode');
const SNAPSHOTS = path.join(__dirname, 'snapshots');


// ---- tokenizing --------------------------------------------------------------------------------

async function loadGrammar() {
  const vsctm = load('vscode-textmate');
  const oniguruma = load('vscode-oniguruma');
  const wasm = fs.readFileSync(path.join(path.dirname(resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
  const contribution = manifest.contributes.grammars[0];
  const grammarPath = path.join(EXTENSION, contribution.path);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== contribution.scopeName) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
    },
  });
  const grammar = await registry.loadGrammar(contribution.scopeName);
  if (!grammar) throw new Error(`cannot load ${grammarPath}`);
  return { grammar, INITIAL: vsctm.INITIAL };
}

// Tokens of a text: { line, start, end (1-based columns, end inclusive), scopes, text }.
function tokenize(g, text) {
  const out = [];
  let state = g.INITIAL;
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const r = g.grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const tokenText = line.substring(t.startIndex, t.endIndex);
      if (tokenText.length === 0) continue;
      out.push({ line: i + 1, start: t.startIndex + 1, end: t.endIndex, scopes: t.scopes, text: tokenText });
    }
    state = r.ruleStack;
  });
  return out;
}

// The snapshot format: one line per token that is not only blanks,
//   LINE:COL-COL scope scope ... "text"
// columns 1-based and inclusive, scopes outermost first without the base source.pacta and
// without their common .pacta suffix, the text JSON-quoted.
function formatTokens(tokens) {
  return tokens
    .filter((t) => /\S/.test(t.text))
    .map((t) => {
      const scopes = t.scopes.slice(1).map((s) => s.replace(/\.pacta$/, ''));
      return `${t.line}:${t.start}-${t.end} ${scopes.join(' ') || '-'} ${JSON.stringify(t.text)}`;
    })
    .join('\n') + '\n';
}

// ---- the parser's words ------------------------------------------------------------------------

function parserWords() {
  const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
  const leaf = read('grammar/leaf_parsers.hpp');
  const block = leaf.match(/keywords\[\]\s*=\s*\{([\s\S]*?)\};/);
  if (!block) throw new Error('grammar/leaf_parsers.hpp: the keywords[] array was not found');
  const keywords = [...block[1].matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"/g)].map((m) => m[1]);
  const defs = read('grammar/rule_file_def.hpp');
  const kw = [...defs.matchAll(/PACTA_KW\(([A-Za-z_][A-Za-z0-9_]*)\)/g)].map((m) => m[1]).filter((k) => k !== 'name');
  const preds = read('src/syntax/predicates.def');
  const predicates = [...preds.matchAll(/^PACTA_PREDICATE\(\s*\w+\s*,\s*"([A-Za-z_][A-Za-z0-9_]*)"/gm)].map((m) => m[1]);
  if (keywords.length < 50) throw new Error(`only ${keywords.length} keywords read from grammar/leaf_parsers.hpp`);
  if (predicates.length < 8) throw new Error(`only ${predicates.length} predicates read from src/syntax/predicates.def`);
  if (kw.length < 50) throw new Error(`only ${kw.length} PACTA_KW keywords read from grammar/rule_file_def.hpp`);
  // Predicates are reserved words too, but the grammar knows them by their shape (a lower-case
  // name before '('), so that a new predicate needs no change to it: they are checked apart.
  const all = new Set([...keywords, ...kw]);
  return { all, predicates: new Set(predicates) };
}

// What a keyword's token may be scoped as (its innermost scope).
const KEYWORD_SCOPE = /^(keyword|storage\.type|support\.function\.predicate|constant\.language)\./;
const innermost = (t) => t.scopes[t.scopes.length - 1];
const inCommentOrString = (t) => t.scopes.some((s) => /^(comment|string)\./.test(s));

// Every word of a keyword in code (not a comment or string) must carry a keyword scope.
function checkKeywordTokens(tokens, words, where) {
  for (const t of tokens) {
    if (inCommentOrString(t)) continue;
    for (const m of t.text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
      if (!words.has(m[0])) continue;
      // Whole words only: a keyword inside an identifier (UNTOC_party) is not one.
      const before = t.text[m.index - 1], after = t.text[m.index + m[0].length];
      if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
      if (!KEYWORD_SCOPE.test(innermost(t)))
        fail(`${where}:${t.line}:${t.start + m.index}: keyword '${m[0]}' is scoped '${t.scopes.join(' ')}'`);
    }
  }
}

// ---- the tests ---------------------------------------------------------------------------------

function ruleFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.pacta')) out.push(path.relative(ROOT, p).split(path.sep).join('/'));
    }
  };
  walk(path.join(ROOT, 'rules'));
  return out;
}

function snapshotFiles() {
  const out = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tokens')) out.push(p);
    }
  };
  walk(SNAPSHOTS);
  return out;
}

function firstDifference(expected, actual) {
  const a = expected.split('\n'), b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `line ${i + 1} of the snapshot:\n    expected: ${a[i] ?? '(end)'}\n    actual:   ${b[i] ?? '(end)'}`;
  return 'no difference';
}

async function testSnapshots(g) {
  const update = process.env.PACTA_UPDATE_SNAPSHOTS === '1';
  const { all } = parserWords();
  const files = ruleFiles();
  if (files.length === 0) fail('no rules/**/*.pacta file found');
  const wanted = new Set();
  for (const rel of files) {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const tokens = tokenize(g, text);
    checkKeywordTokens(tokens, all, rel);
    // The shipped files are valid: nothing in them is marked invalid, nothing is left unscoped.
    for (const t of tokens) {
      if (t.scopes.some((sc) => sc.startsWith('invalid.'))) fail(`${rel}:${t.line}:${t.start}: ${JSON.stringify(t.text)} is marked invalid`);
      else if (/\S/.test(t.text) && t.scopes.length === 1) fail(`${rel}:${t.line}:${t.start}: ${JSON.stringify(t.text)} has no scope`);
    }
    const actual = formatTokens(tokens);
    const snap = path.join(SNAPSHOTS, rel + '.tokens');
    wanted.add(snap);
    if (update) {
      fs.mkdirSync(path.dirname(snap), { recursive: true });
      if (!fs.existsSync(snap) || fs.readFileSync(snap, 'utf8') !== actual) {
        fs.writeFileSync(snap, actual);
        console.log(`updated ${path.relative(ROOT, snap)}`);
      }
      continue;
    }
    if (!fs.existsSync(snap)) {
      fail(`${rel}: no snapshot ${path.relative(ROOT, snap)} (run with PACTA_UPDATE_SNAPSHOTS=1 and review it)`);
      continue;
    }
    const expected = fs.readFileSync(snap, 'utf8');
    if (expected !== actual) {
      fail(`${rel}: tokens differ from ${path.relative(ROOT, snap)}, first at ${firstDifference(expected, actual)}\n` +
           `  (if the change is intended: PACTA_UPDATE_SNAPSHOTS=1 ctest -R editor/, then review git diff)`);
    }
  }
  for (const snap of snapshotFiles()) {
    if (wanted.has(snap)) continue;
    if (update) {
      fs.unlinkSync(snap);
      console.log(`removed ${path.relative(ROOT, snap)} (its rule file is gone)`);
    } else {
      fail(`${path.relative(ROOT, snap)}: no rule file ${path.relative(SNAPSHOTS, snap).replace(/\.tokens$/, '')} for this snapshot (PACTA_UPDATE_SNAPSHOTS=1 removes it)`);
    }
  }
  console.log(`${files.length} rule files tokenized${update ? ' (snapshots updated)' : ''}`);
}

// Each keyword alone, in each context of the grammar: it must never fall to the base scope.
async function testKeywords(g) {
  const { all, predicates } = parserWords();
  const contexts = {
    'top level': (k) => `${k}\n`,
    'declaration block': (k) => `instrument X "t" {\n  ${k}\n}\n`,
    'set': (k) => `set S = { A, ${k} }\n`,
    'obligation block': (k) => `obligation O "t" {\n  require party(X) and ${k}\n}\n`,
    'predicate argument': (k) => `obligation O "t" {\n  require party(${k})\n}\n`,
    'test block': (k) => `test T "t" {\n  ${k}\n}\n`,
    'test state': (k) => `test T "t" {\n  state XAA { ${k} }\n}\n`,
  };
  for (const k of [...all].sort()) {
    for (const [name, make] of Object.entries(contexts)) {
      const tokens = tokenize(g, make(k));
      const hits = tokens.filter((t) => new RegExp(`(^|\\W)${k}(\\W|$)`).test(t.text) && !inCommentOrString(t));
      if (hits.length === 0) {
        fail(`'${k}' (${name}): no token holds it`);
        continue;
      }
      for (const t of hits) {
        if (!KEYWORD_SCOPE.test(innermost(t))) fail(`'${k}' (${name}): scoped '${t.scopes.join(' ')}'`);
      }
    }
  }
  // A predicate before '(' is a predicate wherever a condition can be; 'denounced_by' stands for
  // one added after this grammar was written.
  for (const p of [...predicates, 'denounced_by']) {
    const tokens = tokenize(g, `obligation O {\n  applies when not ${p}(X)\n  require (${p} (any of { A, B }) or ${p}(Y))\n}\n`);
    const hits = tokens.filter((t) => t.text === p);
    if (hits.length !== 3) fail(`predicate '${p}': ${hits.length} tokens of it, expected 3`);
    for (const t of hits)
      if (!t.scopes.includes('support.function.predicate.pacta'))
        fail(`predicate '${p}' at ${t.line}:${t.start}: scoped '${t.scopes.join(' ')}'`);
  }
  // The grammar names no keyword the parser does not have (a stale grammar).
  const grammarText = fs.readFileSync(path.join(EXTENSION, 'syntaxes', 'pacta.tmLanguage.json'), 'utf8');
  const inGrammar = new Set();
  for (const m of grammarText.matchAll(/\\\\b\(\?:([a-z_|]+)\)\\\\b|\\\\b([a-z_]+)\\\\b/g))
    for (const word of (m[1] || m[2]).split('|')) inGrammar.add(word);
  for (const word of inGrammar) if (!all.has(word)) fail(`the grammar highlights '${word}', which is not a keyword of the parser`);
  // A keyword before '(' is still that keyword, not a predicate.
  for (const [k, scope] of [['not', 'keyword.operator.logical.pacta'], ['and', 'keyword.operator.logical.pacta'],
                            ['or', 'keyword.operator.logical.pacta'], ['of', 'keyword.operator.quantifier.pacta']]) {
    const tokens = tokenize(g, `obligation O {\n  require party(A) ${k} (party(B))\n  applies when ${k}(party(D))\n}\n`);
    const hits = tokens.filter((t) => t.text === k);
    if (hits.length !== 2) fail(`'${k}' before '(': ${hits.length} tokens of it, expected 2`);
    for (const t of hits)
      if (innermost(t) !== scope) fail(`'${k}' before '(' at ${t.line}:${t.start}: scoped '${t.scopes.join(' ')}'`);
  }
  console.log(`${all.size} keywords and ${predicates.size} predicates checked in ${Object.keys(contexts).length} contexts`);
}

async function testCases(g) {
  // Manifest: the language and grammar contributions point at files that exist and agree.
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
  const lang = (manifest.contributes.languages || []).find((l) => l.id === 'pacta');
  if (!lang) fail('editors/vscode/package.json: no language with id pacta');
  else {
    if (!(lang.extensions || []).includes('.pacta')) fail('editors/vscode/package.json: language pacta lacks extension .pacta');
    const conf = path.join(EXTENSION, lang.configuration || '');
    if (!lang.configuration || !fs.existsSync(conf)) fail(`editors/vscode/package.json: configuration ${lang.configuration} missing`);
    else {
      const c = JSON.parse(fs.readFileSync(conf, 'utf8'));
      if (c.comments?.lineComment !== '#') fail('language-configuration.json: lineComment is not #');
      const closes = (c.autoClosingPairs || []).map((p) => (Array.isArray(p) ? p[0] : p.open));
      for (const open of ['{', '(', '"']) if (!closes.includes(open)) fail(`language-configuration.json: no auto-closing pair for ${open}`);
    }
  }
  const gr = manifest.contributes.grammars[0];
  if (gr.language !== 'pacta' || gr.scopeName !== 'source.pacta') fail('editors/vscode/package.json: grammar is not source.pacta for pacta');

  // Cases: text, then [token text, scope it must have], in order: the token's innermost scope, or
  // with `has` any of its scopes (a `has` check does not advance: the next check may name the
  // same token).
  const cases = [
    ['a comment holding keywords is a comment',
     '# require party(UNTOC) before 2020-01-01\n',
     [['#', 'punctuation.definition.comment.pacta'], [' require party(UNTOC) before 2020-01-01', 'comment.line.number-sign.pacta']]],
    ['a comment after code',
     'report ARQ "Annual report"  # obligation X { require party(Y) }\n',
     [['report', 'storage.type.report.pacta'], ['ARQ', 'entity.name.type.report.pacta'],
      ['Annual report', 'string.quoted.double.pacta'], [' obligation X { require party(Y) }', 'comment.line.number-sign.pacta']]],
    ['a string holding party( stays a string',
     'obligation O "t" {\n  source "UNTOC art. 37(2): party(UNTOC) # not a comment"\n  require party(UNTOC)\n}\n',
     [['source', 'keyword.other.clause.pacta'], ['UNTOC art. 37(2): party(UNTOC) # not a comment', 'string.quoted.double.pacta'],
      ['require', 'keyword.other.clause.pacta'], ['party', 'support.function.predicate.pacta'], ['UNTOC', 'variable.other.name.pacta']]],
    ['escapes in a string',
     'group G "a \\"quoted\\" \\\\ name"\n',
     [['a ', 'string.quoted.double.pacta'], ['\\"', 'constant.character.escape.pacta'], ['\\\\', 'constant.character.escape.pacta']]],
    ['an unknown escape is invalid', 'group G "a \\n b"\n', [['\\n', 'invalid.illegal.escape.pacta']]],
    ['dates, a duration, deposits',
     'instrument UNTOC "t" {\n  adopted 2000-11-15\n  in_force 90 days after 40 deposits\n  in_force_for_state 30 days after deposit\n}\n',
     [['instrument', 'storage.type.instrument.pacta'], ['UNTOC', 'entity.name.type.instrument.pacta'],
      ['adopted', 'keyword.other.clause.pacta'], ['2000-11-15', 'constant.numeric.date.pacta'],
      ['in_force', 'keyword.other.clause.pacta'], ['90', 'meta.duration.pacta', 'has'], ['90', 'constant.numeric.integer.pacta'],
      ['days', 'keyword.other.unit.pacta'], ['after', 'keyword.control.timing.pacta'], ['40', 'constant.numeric.integer.pacta'],
      ['deposits', 'keyword.other.pacta'], ['in_force_for_state', 'keyword.other.clause.pacta'], ['30', 'constant.numeric.integer.pacta'],
      ['days', 'keyword.other.unit.pacta'], ['after', 'keyword.control.timing.pacta'], ['deposit', 'keyword.other.pacta']]],
    ['first day of month, supplements',
     'instrument P {\n  supplements UNTOC\n  in_force first day of month 2 after 22 deposits\n}\n',
     [['supplements', 'keyword.other.clause.pacta'], ['UNTOC', 'entity.other.inherited-class.pacta'],
      ['first', 'keyword.other.pacta'], ['day', 'keyword.other.unit.pacta'], ['of', 'keyword.other.pacta'],
      ['month', 'keyword.other.unit.pacta'], ['2', 'constant.numeric.integer.pacta']]],
    ['declared names by kind',
     'mechanism CCP "c"\nevent DONE "e"\ngroup LAC "l"\nset S = { A, B }\nobligation OB "o" {\n  require joined(CCP)\n}\ntest TE "t" {\n  as_of 2020-01-01\n}\n',
     [['mechanism', 'storage.type.mechanism.pacta'], ['CCP', 'entity.name.type.mechanism.pacta'],
      ['event', 'storage.type.event.pacta'], ['DONE', 'entity.name.type.event.pacta'],
      ['group', 'storage.type.group.pacta'], ['LAC', 'entity.name.type.group.pacta'],
      ['set', 'storage.type.set.pacta'], ['S', 'entity.name.type.set.pacta'], ['=', 'keyword.operator.assignment.pacta'],
      ['A', 'variable.other.name.pacta'], ['B', 'variable.other.name.pacta'],
      ['obligation', 'storage.type.obligation.pacta'], ['OB', 'entity.name.function.obligation.pacta'],
      ['joined', 'support.function.predicate.pacta'], ['CCP', 'variable.other.name.pacta'],
      ['test', 'storage.type.test.pacta'], ['TE', 'entity.name.function.test.pacta'],
      ['as_of', 'keyword.other.clause.pacta'], ['2020-01-01', 'constant.numeric.date.pacta']]],
    ['quantifiers, logic, severity, timing',
     'obligation O {\n  severity warning\n  applies  when party(any of TOC) and not member(LAC)\n' +
       '  exempt   when ratified(at least 2 of { A, B, C }) or signed(all of S) or joined(none of M)\n' +
       '  require  submitted(R) within 6 months after event(E) grace 1 month\n}\n',
     [['severity', 'keyword.other.clause.pacta'], ['warning', 'constant.language.severity.pacta'],
      ['applies', 'keyword.other.clause.pacta'], ['when', 'keyword.other.clause.pacta'],
      ['any of', 'keyword.operator.quantifier.pacta'], ['and', 'keyword.operator.logical.pacta'],
      ['not', 'keyword.operator.logical.pacta'], ['member', 'support.function.predicate.pacta'],
      ['exempt', 'keyword.other.clause.pacta'], ['at least ', 'keyword.operator.quantifier.pacta'],
      ['2', 'constant.numeric.integer.pacta'], [' of', 'keyword.operator.quantifier.pacta'], ['A', 'meta.set.pacta', 'has'],
      ['A', 'variable.other.name.pacta'], ['or', 'keyword.operator.logical.pacta'], ['all of', 'keyword.operator.quantifier.pacta'],
      ['none of', 'keyword.operator.quantifier.pacta'], ['within', 'keyword.control.timing.pacta'],
      ['6', 'constant.numeric.integer.pacta'], ['months', 'keyword.other.unit.pacta'], ['after', 'keyword.control.timing.pacta'],
      ['event', 'support.function.predicate.pacta'], ['grace', 'keyword.control.timing.pacta'],
      ['1', 'constant.numeric.integer.pacta'], ['month', 'keyword.other.unit.pacta']]],
    ['a yearly deadline with a month-day',
     'obligation O {\n  require submitted(ARQ) every year due 06-30, from 2020 due 03-31 grace 30 days since party(X)\n}\n',
     [['every', 'keyword.control.timing.pacta'], ['year', 'keyword.control.timing.pacta'], ['due', 'keyword.control.timing.pacta'],
      ['06-30', 'constant.numeric.month-day.pacta'], [',', 'punctuation.separator.comma.pacta'], ['from', 'keyword.control.timing.pacta'],
      ['2020', 'constant.numeric.integer.pacta'], ['03-31', 'constant.numeric.month-day.pacta'], ['grace', 'keyword.control.timing.pacta'],
      ['since', 'keyword.control.timing.pacta'], ['party', 'support.function.predicate.pacta']]],
    ['reserved with an article, before a date',
     'obligation O {\n  require reserved(UNTOC, "art. 35(2)") before 2026-01-01\n}\n',
     [['reserved', 'support.function.predicate.pacta'], ['art. 35(2)', 'string.quoted.double.pacta'],
      ['before', 'keyword.control.timing.pacta'], ['2026-01-01', 'constant.numeric.date.pacta']]],
    ['test states: facts are not declarations, verdicts',
     'test T "t" {\n  profile "../x.yaml"\n  state XAA { member LAC  joined CCP 2018-05-01  left CCP 2024-05-01 }\n' +
       '  state XAB {\n    event DONE 2020-03-31\n    submitted ARQ 2021-06-01 for 2020\n    reserved UNTOC "art. 1"\n    unknown UNCAC\n  }\n' +
       '  expect XAA CCP_LAC violated\n  expect XAB OB exempt\n  expect XAB OC unknown\n  expect XAB OD not_applicable\n}\n',
     [['profile', 'keyword.other.clause.pacta'], ['../x.yaml', 'string.quoted.double.pacta'],
      ['state', 'keyword.other.clause.pacta'], ['XAA', 'entity.name.variable.state.pacta'],
      ['member', 'keyword.other.fact.pacta'], ['LAC', 'variable.other.name.pacta'], ['joined', 'keyword.other.fact.pacta'],
      ['2018-05-01', 'constant.numeric.date.pacta'], ['left', 'keyword.other.fact.pacta'],
      ['XAB', 'entity.name.variable.state.pacta'], ['event', 'keyword.other.fact.pacta'], ['DONE', 'variable.other.name.pacta'],
      ['2020-03-31', 'constant.numeric.date.pacta'], ['submitted', 'keyword.other.fact.pacta'], ['for', 'keyword.other.pacta'],
      ['2020', 'constant.numeric.integer.pacta'], ['reserved', 'keyword.other.fact.pacta'], ['art. 1', 'string.quoted.double.pacta'],
      ['unknown', 'keyword.other.fact.pacta'], ['UNCAC', 'variable.other.name.pacta'],
      ['expect', 'keyword.other.clause.pacta'], ['XAA', 'variable.other.state.pacta'], ['CCP_LAC', 'variable.other.obligation.pacta'],
      ['violated', 'constant.language.verdict.pacta'], ['exempt', 'constant.language.verdict.pacta'],
      ['unknown', 'constant.language.verdict.pacta'], ['not_applicable', 'constant.language.verdict.pacta']]],
    ['after a test, declarations are declarations again',
     'test T {\n  state XAA { event DONE 2020-03-31 }\n}\nevent DONE "d"\n',
     [['event', 'keyword.other.fact.pacta'], ['event', 'storage.type.event.pacta'], ['DONE', 'entity.name.type.event.pacta']]],
    ['an unclosed block does not swallow the next item',
     'obligation O {\n  require party(X\ninstrument I "i"\n',
     [['instrument', 'storage.type.instrument.pacta'], ['I', 'entity.name.type.instrument.pacta']]],
    ['typographic quotes and impossible tokens are marked',
     'obligation O {\n  require party(\u201cUNTOC\u201d) before 2021-2-3 and party(Y) before 1234567890\n}\n',
     [['\u201c', 'invalid.illegal.character.quote.pacta'], ['2021-2-3', 'invalid.illegal.date.pacta'],
      ['1234567890', 'invalid.illegal.integer.pacta']]],
  ];
  for (const [title, text, expectations] of cases) {
    const tokens = tokenize(g, text);
    let from = 0;
    for (const [tokenText, scope, mode] of expectations) {
      const i = tokens.findIndex((t, k) => k >= from && t.text === tokenText);
      if (i < 0) {
        fail(`case '${title}': no token ${JSON.stringify(tokenText)} (in order); tokens:\n${formatTokens(tokens)}`);
        break;
      }
      const t = tokens[i];
      const ok = mode === 'has' ? t.scopes.includes(scope) : innermost(t) === scope;
      if (!ok) fail(`case '${title}': ${JSON.stringify(tokenText)} at ${t.line}:${t.start} is '${t.scopes.join(' ')}', expected ${mode === 'has' ? 'to include ' : ''}'${scope}'`);
      from = mode === 'has' ? i : i + 1;
    }
  }
  console.log(`${cases.length} cases checked`);
}

async function main() {
  const mode = process.argv[2];
  const tests = { snapshots: testSnapshots, keywords: testKeywords, cases: testCases };
  if (!tests[mode]) {
    console.log(`usage: grammar_test.js ${Object.keys(tests).join('|')}`);
    process.exit(2);
  }
  const g = await loadGrammar();
  await tests[mode](g);
  finish();
}

main().catch((e) => {
  console.log(`FAIL: ${e.stack || e}`);
  process.exit(1);
});
