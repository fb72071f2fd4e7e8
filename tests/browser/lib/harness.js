// Browser test harness: starts the real stub on a free port with a fresh data dir, drives
// Debian's chromium through playwright-core, and finds widgets through window.mestore.items().
// Tests act like a person: real mouse, wheel, keyboard and touch events at widget rectangles.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const NODE_MODULES = process.env.MESTORE_NODE_MODULES || path.resolve(__dirname, '../../../node_modules');
const { chromium } = require(path.join(NODE_MODULES, 'playwright-core'));

const STUB = process.env.MESTORE_STUB;
const WEB_DIST = process.env.MESTORE_WEB_DIST;
const ARTIFACTS = process.env.MESTORE_ARTIFACTS || path.join(os.tmpdir(), 'mestore-browser-artifacts');

// toolchain.md: swiftshader for WebGL2 without a GPU; networking flags keep chromium quiet on a
// closed network.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--use-gl=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function startStub({ args = [], env = {} } = {}) {
  if (!STUB || !WEB_DIST) throw new Error('MESTORE_STUB and MESTORE_WEB_DIST must be set (ctest sets them)');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mestore-browser-'));
  const proc = spawn(STUB, ['--port', '0', '--data-dir', dataDir, '--web-root', WEB_DIST, ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  proc.stderr.on('data', (d) => log.push(String(d)));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('stub did not start:\n' + log.join(''))), 30000);
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      log.push(line);
      if (line.includes('"event":"listening"')) {
        clearTimeout(timer);
        resolve(JSON.parse(line).port);
      }
    });
    proc.on('exit', (code) => reject(new Error('stub exited with ' + code + ':\n' + log.join('\n'))));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    log,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.on('exit', r)));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Opens the app and waits for window.mestore.ready (first frame drawn with the real fonts).
async function openApp(browser, url, { width = 1280, height = 800, dpr = 1, touch = false, route = '' } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, hasTouch: touch, isMobile: touch,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url + '/' + route);
  await page.evaluate(() => window.mestore.ready);
  return { context, page, errors };
}

const items = (page) => page.evaluate(() => window.mestore.items());
const route = (page) => page.evaluate(() => window.mestore.route());
const state = (page) => page.evaluate(() => window.mestore.state());

async function waitFor(fn, { timeout = 15000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The first item whose id matches (string: exact or prefix ending in '.'; RegExp; function).
function matcher(id) {
  if (typeof id === 'function') return id;
  if (id instanceof RegExp) return (i) => id.test(i.id);
  return (i) => (id.endsWith('.') ? i.id.startsWith(id) : i.id === id);
}
async function waitForItem(page, id, opts = {}) {
  const m = matcher(id);
  return waitFor(async () => (await items(page)).find(m), { what: `item ${id}`, ...opts });
}
async function waitForRoute(page, pred, opts = {}) {
  const test = typeof pred === 'string' ? (r) => r === pred : pred;
  return waitFor(async () => { const r = await route(page); return test(r) ? r : null; }, { what: 'route', ...opts });
}
async function waitFrames(page, n = 3) {
  const start = await page.evaluate(() => window.mestore.frame());
  await waitFor(async () => (await page.evaluate(() => window.mestore.frame())) >= start + n, { what: `${n} frames` });
}

const center = (i) => ({ x: i.x + i.w / 2, y: i.y + i.h / 2 });
async function click(page, item) {
  const c = center(item);
  await page.mouse.click(c.x, c.y);
}
async function tap(page, item) {
  const c = center(item);
  await page.touchscreen.tap(c.x, c.y);
}
// A finger drag through the Chrome DevTools Protocol (Playwright has only tap).
async function swipe(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let s = 1; s <= steps; s++) {
    const p = { x: from.x + ((to.x - from.x) * s) / steps, y: from.y + ((to.y - from.y) * s) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    await new Promise((r) => setTimeout(r, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await waitFrames(page, 2);
  const file = path.join(ARTIFACTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

module.exports = {
  startStub, launch, openApp, items, route, state, waitFor, waitForItem, waitForRoute, waitFrames,
  center, click, tap, swipe, screenshot, ARTIFACTS,
};
