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

// `port` and `dataDir` restart a stub where a killed one was (same address, same database).
async function startStub({ args = [], env = {}, port: wantPort = 0, dataDir: reuseDir = null } = {}) {
  if (!STUB || !WEB_DIST) throw new Error('MESTORE_STUB and MESTORE_WEB_DIST must be set (ctest sets them)');
  const dataDir = reuseDir || fs.mkdtempSync(path.join(os.tmpdir(), 'mestore-browser-'));
  const proc = spawn(STUB, ['--port', String(wantPort), '--data-dir', dataDir, '--web-root', WEB_DIST, ...args],
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
    port,
    dataDir,
    log,
    // A crash: SIGKILL, and the data dir stays for a restart.
    async kill() {
      proc.kill('SIGKILL');
      await new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r() : proc.on('exit', r)));
    },
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
  let last = '';
  try {
    return await waitFor(async () => { last = await route(page); return test(last) ? last : null; }, { what: 'route', ...opts });
  } catch (e) {
    throw new Error(`timed out waiting for route ${typeof pred === 'string' ? pred : pred.toString()} (still at ${last})`);
  }
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
// Points at the item for a couple of frames first, then clicks, as a person's hand does: ImGui
// 1.86 lets table headers and rows (items that allow overlap) take a press only when they were
// hovered in the frame before it.
async function hoverClick(page, item) {
  const c = center(item);
  await page.mouse.move(c.x, c.y);
  await waitFrames(page, 2);
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

// Real keyboard typing (goes through the page's hidden <input>, like a person's keyboard).
async function type(page, text, { delay = 25 } = {}) {
  await page.keyboard.type(text, { delay });
}
async function press(page, key) {
  await page.keyboard.press(key, { delay: 40 });
}
// Waits until a text field has the keyboard (the app focused its hidden <input>), as a person
// waits for the caret before typing.
async function waitForTextFocus(page, { timeout = 15000 } = {}) {
  await waitFor(() => page.evaluate(() => document.activeElement && document.activeElement.id === 'mestore-text'),
    { what: 'a text field with the keyboard', timeout });
}

// Waits for an item, then clicks (or taps) its centre.
async function clickId(page, id, opts = {}) {
  const item = await waitForItem(page, id, opts);
  await click(page, item);
  return item;
}
async function tapId(page, id, opts = {}) {
  const item = await waitForItem(page, id, opts);
  await tap(page, item);
  return item;
}

async function waitForState(page, pred, opts = {}) {
  return waitFor(async () => { const s = await state(page); return pred(s) ? s : null; }, { what: 'state', ...opts });
}

// Scrolls (wheel, or a finger on touch pages) until the item is wholly inside the content area
// (below the top bar, above the status line), then returns it.
async function scrollIntoView(page, id, { touch = false, top = 70, bottomMargin = 40, tries = 25 } = {}) {
  const m = matcher(id);
  const vp = page.viewportSize();
  const bottom = vp.height - bottomMargin;
  for (let n = 0; n < tries; n++) {
    const all = await items(page);
    const it = all.find(m);
    if (it && it.y >= top && it.y + it.h <= bottom && it.h > 0) return it;
    // Below (or not yet drawn: lists are drawn top to bottom) → scroll down; above → up. Known
    // items are brought about to the middle in one move; unknown ones a good part of a screen at a time.
    const down = !it || it.y + it.h > bottom;
    const span = Math.round(vp.height * 0.55);
    const want = it ? Math.min(span, Math.max(40, Math.abs(it.y + it.h / 2 - vp.height / 2))) : span;
    if (touch) {
      const x = Math.round(vp.width * 0.92);
      const mid = Math.round(vp.height / 2);
      const from = { x, y: down ? mid + Math.round(want / 2) : mid - Math.round(want / 2) };
      const to = { x, y: down ? mid - Math.round(want / 2) : mid + Math.round(want / 2) };
      await swipe(page, from, to, 6);
    } else {
      await page.mouse.move(vp.width / 2, vp.height / 2);
      await page.mouse.wheel(0, down ? want : -want);
    }
    await waitFrames(page, 3);
  }
  throw new Error(`could not scroll ${id} into view`);
}

async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await waitFrames(page, 2);
  const file = path.join(ARTIFACTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

// A JSON request to the stub beside the browser (test setup and checks): {status, body}.
async function apiCall(baseUrl, path, { method = 'GET', body, token, headers: extra = {} } = {}) {
  const headers = { 'Content-Type': 'application/json', ...extra };
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(baseUrl + path, { method, headers, body: body && JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) };
}

const itemById = async (page, id) => (await items(page)).find((i) => i.id === id);

// Focus a field like a person (click or tap), wait for the caret, type.
async function fill(page, id, text, { touch = false } = {}) {
  let target = await scrollIntoView(page, id, { touch });  // forms run past the fold
  if (touch) await tap(page, target);
  else await click(page, target);
  // A person whose keyboard did not come up taps again; say so, so a flaky field shows in the log.
  const focused = await waitForTextFocus(page, { timeout: 5000 }).then(() => true, () => false);
  if (!focused) {
    console.log(`# ${id}: no keyboard after the first ${touch ? 'tap' : 'click'}; trying once more`);
    target = await scrollIntoView(page, id, { touch });
    if (touch) await tap(page, target);
    else await click(page, target);
    await waitForTextFocus(page);
  }
  const now = await itemById(page, id);
  if (now && now.value) {  // clear what is there: End, then Backspace over every character
    // (the app draws a frame for every key event, so none is lost however fast they come)
    await press(page, 'End');
    for (let i = 0; i < [...now.value].length; i++) await press(page, 'Backspace');
    await waitFor(async () => (await itemById(page, id))?.value === '', { what: `${id} cleared` }).catch(async (e) => {
      const it = await itemById(page, id);
      throw new Error(e.message + ` (value now ${JSON.stringify(it && it.value)}, was ${JSON.stringify(now.value)}, focus ${await page.evaluate(() => document.activeElement && document.activeElement.id)})`);
    });
  }
  await type(page, text);
  await waitFor(async () => (await itemById(page, id))?.value?.length === [...text].length, { what: `${id} typed` });
  return target;
}
// Items above the viewport are clipped (not listed), and scrollIntoView looks downwards for
// unknown ones: go back to the top of the page first.
async function toTop(page) {
  const vp = page.viewportSize();
  await page.mouse.move(vp.width / 2, vp.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -3000);
  await waitFrames(page, 4);
}
async function signIn(page, email, password, opts = {}) {
  await fill(page, 'login.email', email, opts);
  await fill(page, 'login.password', password, opts);
  if (opts.touch) await tapId(page, 'login.submit');
  else await clickId(page, 'login.submit');
  await waitForState(page, (s) => s.user && s.user.email === email, { timeout: 20000 });
}
module.exports = {
  startStub, launch, openApp, items, route, state, waitFor, waitForItem, waitForRoute, waitFrames,
  center, click, tap, swipe, screenshot, ARTIFACTS, type, press, waitForTextFocus, clickId, tapId, waitForState, scrollIntoView,
  itemById, fill, toTop, signIn, apiCall, hoverClick,
};
