// What the node-driven tests share (tests/editor, tests/schema, later the browser and LSP
// tests): loading npm packages from the repository's node_modules, skipping visibly (exit 77,
// CTest's SKIP_RETURN_CODE) when they are not installed, and counting failures.
'use strict';

const path = require('path');
const { createRequire } = require('module');

const ROOT = path.resolve(__dirname, '..', '..');
const SKIP = 77;
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

// The package, or exit 77 saying which one is missing and how to install it.
function load(name) {
  try {
    return requireFromRoot(name);
  } catch (e) {
    console.log(`SKIPPED: the npm package '${name}' is not installed (${e.code || e.message}); ` +
                `run 'npm ci' at the top of the repository (package-lock.json)`);
    process.exit(SKIP);
  }
}

// Where a package's main file is (for files shipped beside it, as onig.wasm).
function resolve(name) {
  return requireFromRoot.resolve(name);
}

let failures = 0;
function fail(message) {
  failures++;
  console.log(`FAIL: ${message}`);
}

// Ends the test: exit 1 after any failure, else 0 ("passed").
function finish() {
  if (failures > 0) {
    console.log(`${failures} failure(s)`);
    process.exit(1);
  }
  console.log('passed');
}

module.exports = { ROOT, SKIP, load, resolve, fail, finish };
