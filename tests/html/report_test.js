// The HTML check report in a real browser (Debian's chromium driven by puppeteer-core): the
// report of the shipped rules and profiles has one cell per verdict, its status filter hides
// the other cells, its sorting sorts, it logs no console error and asks for nothing beyond its
// own file:// URL; a hostile profile runs no script; a synthetic 200 x 100 report filters in
// under 100 ms. Usage: node report_test.js PACTA_BINARY. Skips (77) without node_modules or
// chromium.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { ROOT, SKIP, load, fail, finish } = require('../support/js_harness');

const pacta = process.argv[2];
if (!pacta) {
  console.log('usage: node report_test.js PACTA_BINARY');
  process.exit(2);
}
const chromium = process.env.PACTA_CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log(`SKIPPED: no browser at ${chromium} (apt-get install --no-install-recommends chromium, ` +
              'or set PACTA_CHROMIUM)');
  process.exit(SKIP);
}
const puppeteer = load('puppeteer-core');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pacta-html-'));

// pacta check, whose exit code is 0 or 1 (verdicts failing); its stdout.
function check(args) {
  try {
    return execFileSync(pacta, ['check', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28,
                                                      env: { ...process.env, XDG_CACHE_HOME: work } });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

// 200 states x 100 obligations over 10 instruments and 3 groups, every status present.
function synthetic() {
  const dir = path.join(work, 'synthetic');
  fs.mkdirSync(path.join(dir, 'profiles'), { recursive: true });
  let rules = '';
  for (let i = 0; i < 10; i++)
    rules += `instrument I${i} "Instrument ${i}" {\n  adopted 2000-01-01\n  in_force 2001-01-01\n` +
             '  in_force_for_state 30 days after deposit\n}\n';
  for (let g = 0; g < 3; g++) rules += `group G${g} "Group ${g}"\n`;
  const severities = ['error', 'warning', 'info'];
  for (let k = 0; k < 100; k++) {
    rules += `obligation O${k} "Obligation ${k}" {\n  severity ${severities[k % 3]}\n`;
    if (k % 4 === 1) rules += `  applies when member(G${k % 3})\n`;
    if (k % 7 === 3) rules += `  exempt when signed(I${(k + 1) % 10})\n`;
    rules += `  require party(I${k % 10})\n}\n`;
  }
  fs.writeFileSync(path.join(dir, 'rules.pacta'), rules);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let s = 0; s < 200; s++) {
    const code = 'Q' + letters[Math.floor(s / 26)] + letters[s % 26];
    let yaml = `state: ${code}\nname: State ${s}\ngroups: [G${s % 3}]\ninstruments:\n`;
    for (let i = 0; i < 10; i++) {
      const pick = (s * 7 + i * 3) % 5;  // 0: not listed (unknown), 1: pending, 2: none, 3-4: party
      if (pick === 0) continue;
      if (pick === 1) yaml += `  I${i}: { ratified: 2014-12-20 }\n`;
      else if (pick === 2) yaml += `  I${i}: { signed: 2005-01-01 }\n`;
      else yaml += `  I${i}: { ratified: 200${pick}-01-01 }\n`;
    }
    fs.writeFileSync(path.join(dir, 'profiles', code + '.yaml'), yaml);
  }
  return dir;
}

async function open(browser, file) {
  const page = await browser.newPage();
  const url = 'file://' + file;
  const problems = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === url) return request.continue();
    problems.push(`a request for ${request.url()}`);
    request.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

// Cells actually visible: neither in a hidden row or column nor visibility:hidden.
function visibleCells(page) {
  return page.$$eval('#matrix [data-status]', (cells) =>
    cells.filter((c) => c.checkVisibility({ visibilityProperty: true })).map((c) => c.dataset.status));
}

async function setStatuses(page, wanted) {
  await page.$$eval('input[name="status"]', (boxes, wanted) => {
    for (const box of boxes) if (box.checked !== wanted.includes(box.value)) box.click();
  }, wanted);
}

async function shipped(browser) {
  const file = path.join(work, 'shipped.html');
  const args = ['--rules', 'rules', '--profiles', 'fixtures/profiles', '--as-of', '2014-12-31'];
  check([...args, '--format', 'html', '--output', file]);
  const json = JSON.parse(check([...args, '--format', 'json']));
  const total = json.states.length * json.obligations.length;
  const { page, problems } = await open(browser, file);
  console.log(`shipped: ${json.states.length} states x ${json.obligations.length} obligations, ` +
              `${fs.statSync(file).size} bytes`);

  const cells = await page.$$eval('#matrix [data-status]', (cells) => cells.map((c) => [
    c.dataset.state, c.dataset.obligation, c.dataset.status, c.textContent, c.getAttribute('aria-label')]));
  if (cells.length !== total) fail(`${cells.length} cells, expected ${total} (states x obligations)`);
  const expected = new Map();
  for (const s of json.states) for (const v of s.verdicts) expected.set(s.state + ' ' + v.obligation, v.status);
  let wrong = 0;
  for (const [state, obligation, status, text, label] of cells) {
    if (expected.get(state + ' ' + obligation) !== status || !text.trim() || !label.includes(state)) wrong++;
  }
  if (wrong) fail(`${wrong} cells disagree with --format json or lack a mark or label`);

  // Status filter: only violated cells stay visible.
  await setStatuses(page, ['violated']);
  let visible = await visibleCells(page);
  if (visible.length !== json.totals.violated || visible.some((s) => s !== 'violated'))
    fail(`status filter 'violated': ${visible.length} cells visible, expected ${json.totals.violated} violated`);
  await setStatuses(page, ['violated', 'pending', 'unknown', 'satisfied', 'exempt', 'not_applicable']);
  visible = await visibleCells(page);
  if (visible.length !== total) fail(`all statuses again: ${visible.length} visible, expected ${total}`);

  // Severity filter: without 'error', no error obligation's cell is visible.
  await page.click('input[name="severity"][value="error"]');
  const errors = json.obligations.filter((o) => o.severity === 'error').map((o) => o.id);
  const shownErrors = await page.$$eval('#matrix [data-status]', (cells, errors) =>
    cells.filter((c) => errors.includes(c.dataset.obligation) && c.checkVisibility()).length, errors);
  if (shownErrors !== 0) fail(`severity filter: ${shownErrors} cells of error obligations still visible`);
  await page.click('input[name="severity"][value="error"]');

  // Sorting: most violated first, then back to state order.
  const violatedOf = new Map(json.states.map((s) => [s.state, s.totals.violated]));
  await page.select('#sort', 'failing');
  let order = await page.$$eval('#matrix .mrow', (rows) => rows.map((r) => r.dataset.state));
  for (let k = 1; k < order.length; k++)
    if (violatedOf.get(order[k - 1]) < violatedOf.get(order[k])) {
      fail(`sorted by violations: ${order[k - 1]} (${violatedOf.get(order[k - 1])}) before ${order[k]}`);
      break;
    }
  if (order[0] !== [...json.states].sort((a, b) => b.totals.violated - a.totals.violated)[0].state &&
      violatedOf.get(order[0]) !== Math.max(...violatedOf.values()))
    fail(`sorted by violations: ${order[0]} first`);
  await page.select('#sort', 'state');
  order = await page.$$eval('#matrix .mrow', (rows) => rows.map((r) => r.dataset.state));
  if (order.join() !== json.states.map((s) => s.state).join()) fail('sorted by state: not in state order');

  // A state's link opens its detail.
  const target = json.states.find((s) => s.totals.violated + s.totals.unknown + s.totals.pending > 0);
  if (target) {
    await page.click(`#matrix a[href="#s-${target.state}"]`);
    await new Promise((r) => setTimeout(r, 50));
    const open = await page.$eval(`#s-${target.state}`, (d) => d.open);
    if (!open) fail(`the link to ${target.state} did not open its detail`);
  }
  for (const p of problems) fail(`shipped report: ${p}`);
  await page.close();
}

async function hostile(browser) {
  const file = path.join(work, 'hostile.html');
  check(['--rules', 'tests/cli/data/html/rules', '--profiles', 'tests/cli/data/html/profiles', '--as-of',
         '2004-12-31', '--format', 'html', '--output', file]);
  const { page, problems } = await open(browser, file);
  const name = await page.$eval('#states tr[data-state="XSS"] td', (td) => td.textContent);
  if (!name.startsWith('<script>alert(1)</script> & "quotes"'))
    fail(`the hostile state name does not read as text: ${JSON.stringify(name)}`);
  const injected = await page.$$eval('img, b script, td script', (els) => els.length);
  if (injected) fail(`${injected} elements injected by input strings`);
  const handlers = await page.$$eval('*', (els) => els.filter((e) =>
    [...e.attributes].some((a) => a.name.startsWith('on'))).length);
  if (handlers) fail(`${handlers} elements with inline event handlers`);
  for (const p of problems) fail(`hostile report: ${p}`);
  await page.close();
}

async function large(browser) {
  const dir = synthetic();
  const file = path.join(work, 'synthetic.html');
  check(['--rules', dir + '/rules.pacta', '--profiles', dir + '/profiles', '--as-of', '2014-12-31', '--format',
         'html', '--output', file]);
  const { page, problems } = await open(browser, file);
  const count = await page.$$eval('#matrix [data-status]', (cells) => cells.length);
  if (count !== 20000) fail(`synthetic: ${count} cells, expected 200 x 100`);
  // Each filter change, timed from the click to the layout that shows it; the median of three
  // rounds (the machine may be busy with other work).
  const rounds = [];
  for (let round = 0; round < 3; round++) rounds.push(await page.evaluate(() => {
    const out = [];
    const act = (label, f) => {
      const t0 = performance.now();
      f();
      document.getElementById('matrix').getBoundingClientRect();
      void document.body.offsetHeight;
      out.push([label, performance.now() - t0]);
    };
    const box = (name, value) => document.querySelector(`input[name="${name}"][value="${value}"]`);
    const select = (id, value) => {
      const s = document.getElementById(id);
      s.value = value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    };
    for (const s of ['satisfied', 'not_applicable', 'exempt', 'unknown', 'pending'])
      act(`hide ${s}`, () => box('status', s).click());
    for (const s of ['satisfied', 'not_applicable', 'exempt', 'unknown', 'pending'])
      act(`show ${s}`, () => box('status', s).click());
    act('hide severity info', () => box('severity', 'info').click());
    act('show severity info', () => box('severity', 'info').click());
    act('group G1', () => select('f-group', 'G1'));
    act('all groups', () => select('f-group', ''));
    act('instrument I3', () => select('f-instrument', 'I3'));
    act('all instruments', () => select('f-instrument', ''));
    act('sort by violations', () => select('sort', 'failing'));
    act('sort by state', () => select('sort', 'state'));
    return out;
  }));
  const times = rounds[0].map(([label], k) => {
    const three = rounds.map((r) => r[k][1]).sort((a, b) => a - b);
    return [label, three[1]];
  });
  const worst = times.reduce((a, b) => (b[1] > a[1] ? b : a));
  console.log(`synthetic 200 x 100: ${fs.statSync(file).size} bytes; slowest change (median of 3) '${worst[0]}' ` +
              `${worst[1].toFixed(1)} ms; all: ${times.map((t) => t[1].toFixed(1)).join(' ')}`);
  for (const [label, ms] of times) if (ms >= 100) fail(`synthetic: '${label}' took ${ms.toFixed(1)} ms (>= 100)`);
  for (const p of problems) fail(`synthetic report: ${p}`);
  await page.close();
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
  });
  try {
    await shipped(browser);
    await hostile(browser);
    await large(browser);
  } catch (e) {
    fail(`exception: ${e.stack || e}`);
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  finish();
})();
