#!/usr/bin/env node
// Tests of docs/profile.schema.json, the JSON Schema (draft 2020-12) of member-state profiles
// (docs/PROFILES.md), with Ajv in strict mode and the `yaml` parser (YAML 1.2 core schema, as
// yaml-language-server reads profiles) from the repository's node_modules (`npm ci`).
//
//   node tests/schema/profile_schema_test.js valid     every shipped profile (fixtures/profiles/*.yaml,
//                                                      found at run time), the valid profiles of the
//                                                      CLI and rule tests and the example of
//                                                      docs/PROFILES.md pass; the date pattern accepts
//                                                      exactly the real dates of years 1000..9999
//   node tests/schema/profile_schema_test.js invalid   every tests/schema/invalid/*.yaml fails, with an
//                                                      error at the place its second line names
//
// Each invalid profile starts with two comment lines: what is wrong (and the loader's code),
// then `# error at: POINTER`, the JSON pointer (Ajv's instancePath; empty for the root) where
// the schema must report an error.
//
// Exit codes: 0 passed, 1 failed, 77 skipped (the npm packages are not installed).
'use strict';

const fs = require('fs');
const path = require('path');
const { ROOT, load, fail, finish } = require('../support/js_harness');

const SCHEMA = path.join(ROOT, 'docs', 'profile.schema.json');

const rel = (p) => path.relative(ROOT, p);

function compileSchema() {
  const Ajv2020 = load('ajv/dist/2020');
  const ajv = new (Ajv2020.default || Ajv2020)({ strict: true, allowUnionTypes: true, allErrors: true });
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
}

// A profile as JSON: exactly one YAML document, no parse error (duplicate keys are errors).
function yamlToJson(text) {
  const YAML = load('yaml');
  const docs = YAML.parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs) || docs.length > 1) throw new Error('more than one YAML document');
  if (docs.length === 0) return null;
  const doc = docs[0];
  if (doc.errors.length > 0) throw new Error(`malformed YAML: ${doc.errors[0].message}`);
  return doc.toJS();
}

const describe = (errors) =>
  (errors || []).map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && e.params.additionalProperty ? ` '${e.params.additionalProperty}'` : ''}`);

function yamlFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function testValid(validate) {
  // The shipped profiles, whatever states they are today.
  const shipped = yamlFiles(path.join(ROOT, 'fixtures', 'profiles'));
  if (shipped.length === 0) fail('no fixtures/profiles/*.yaml found');
  // Profiles of the CLI's and the rules' tests that load without errors (not the bad_*,
  // hardening or mismatch ones, which are wrong on purpose).
  const others = ['tests/cli/check/data/profiles', 'tests/cli/data/impact/profiles', 'tests/cli/test/data/small/profiles',
                  'rules/obligations/testdata'].flatMap((d) => yamlFiles(path.join(ROOT, d)));
  let n = 0;
  for (const file of [...shipped, ...others]) {
    let json;
    try {
      json = yamlToJson(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      fail(`${rel(file)}: ${e.message}`);
      continue;
    }
    if (!validate(json)) fail(`${rel(file)} does not match docs/profile.schema.json:\n  ${describe(validate.errors).join('\n  ')}`);
    n++;
  }
  // The example of the format reference.
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'PROFILES.md'), 'utf8');
  const example = doc.match(/```yaml\n([\s\S]*?)```/);
  if (!example) fail('docs/PROFILES.md: no ```yaml example found');
  else if (!validate(yamlToJson(example[1])))
    fail(`the example of docs/PROFILES.md does not match:\n  ${describe(validate.errors).join('\n  ')}`);
  // The date pattern is the loader's parse_day (src/syntax/date.cpp): real dates, 1000..9999.
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  const date = new RegExp(schema.$defs.date.pattern, 'u');
  const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = (y, m) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  const pad = (v, k) => String(v).padStart(k, '0');
  let wrong = 0;
  for (const y of [0, 999, 1000, 1582, 1600, 1700, 1800, 1900, 1999, 2000, 2019, 2020, 2021, 2024, 2100, 2400, 9999, 10000]) {
    for (let m = 0; m <= 13; m++) {
      for (let d = 0; d <= 32; d++) {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const real = y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days(y, m);
        if (date.test(s) !== real && wrong++ < 10) fail(`date pattern: '${s}' ${real ? 'refused' : 'accepted'}`);
      }
    }
  }
  for (let y = 1000; y <= 9999; y++) {
    const s = `${y}-02-29`;
    if (date.test(s) !== leap(y) && wrong++ < 10) fail(`date pattern: '${s}' ${leap(y) ? 'refused' : 'accepted'}`);
  }
  for (const s of ['2019-1-01', '2019-01-1', '20190101', ' 2019-01-01', '2019-01-01 ', '2019-01-01T00:00', '+2019-01-01'])
    if (date.test(s) && wrong++ < 10) fail(`date pattern: '${s}' accepted`);
  console.log(`${n} profiles (${shipped.length} in fixtures/profiles) and the example of docs/PROFILES.md match; date pattern checked`);
}

function testInvalid(validate) {
  const dir = path.join(__dirname, 'invalid');
  const files = yamlFiles(dir);
  if (files.length < 10) fail(`only ${files.length} invalid profiles in ${rel(dir)}`);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const at = (lines[1] || '').match(/^# error at: ?(\S*)\s*$/);
    if (!/^# \S/.test(lines[0] || '') || !at) {
      fail(`${rel(file)}: must start with '# what is wrong' and '# error at: POINTER'`);
      continue;
    }
    let json;
    try {
      json = yamlToJson(text);
    } catch (e) {
      fail(`${rel(file)}: the YAML itself must parse (the schema is what must refuse it): ${e.message}`);
      continue;
    }
    if (validate(json)) {
      fail(`${rel(file)} passes docs/profile.schema.json, but ${lines[0].slice(2)}`);
      continue;
    }
    const where = at[1];
    if (!validate.errors.some((e) => e.instancePath === where))
      fail(`${rel(file)}: no error at '${where}'; errors:\n  ${describe(validate.errors).join('\n  ')}`);
  }
  console.log(`${files.length} invalid profiles refused`);
}

function main() {
  const mode = process.argv[2];
  const tests = { valid: testValid, invalid: testInvalid };
  if (!tests[mode]) {
    console.log(`usage: profile_schema_test.js ${Object.keys(tests).join('|')}`);
    process.exit(2);
  }
  load('yaml');
  tests[mode](compileSchema());
  finish();
}

try {
  main();
} catch (e) {
  console.log(`FAIL: ${e.stack || e}`);
  process.exit(1);
}
