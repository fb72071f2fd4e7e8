// Web app figures in headless Chromium (same flags as the browser tests) and the native host.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, BUILD } = require('./procs');
const { chromium } = require(path.join(ROOT, 'node_modules/playwright-core'));
// Signing in like a person (type into the login form), as the browser tests do.
const { signIn, waitForItem } = require(path.join(ROOT, 'tests/browser/lib/harness'));

// GPU compositing as in a person's browser, with SwiftShader standing in for the GPU in Chromium's
// GPU process. The browser tests use --disable-gpu (software compositing), which also works but
// copies the canvas back to the page's main thread every frame (~45 ms at 1280×800 here): a cost
// of running without a GPU, not of the app, so it would drown the figure being measured.
const ARGS = ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Main-thread seconds so far: all tasks, and the part spent in JS and wasm (the app's own code;
// the rest is mostly the browser drawing the canvas, in software here: SwiftShader, no GPU).
async function cpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name).value;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}
const taskSeconds = async (cdp) => (await cpuSeconds(cdp)).task;

async function measure(url, { runs = 7, route = '#/' } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    // Cold loads: a fresh context (empty cache) each time; time from navigation to the first
    // frame drawn with the real fonts (window.mestore.ready).
    const loads = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(url + '/' + route);
      loads.push(await page.evaluate(() => window.mestore.ready.then(() => performance.now())));
      await ctx.close();
    }

    // Frame cost: under webdriver the app draws every frame, so main-thread task time divided
    // by frames drawn is the CPU cost of one frame.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url + '/' + route);
    await page.evaluate(() => window.mestore.ready);
    await page.waitForTimeout(1500);  // images and data in
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const t0 = await cpuSeconds(cdp);
    const f0 = await page.evaluate(() => window.mestore.frame());
    await page.waitForTimeout(2000);
    const t1 = await cpuSeconds(cdp);
    const f1 = await page.evaluate(() => window.mestore.frame());
    const mem = await page.evaluate(() => ({
      wasm: typeof wasmMemory !== 'undefined' ? wasmMemory.buffer.byteLength : NaN,
      js: performance.memory ? performance.memory.usedJSHeapSize : NaN,
    }));
    await ctx.close();

    // Idle: as a person sees it (navigator.webdriver false), nothing should be drawn while
    // nothing happens.
    const idleCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await idleCtx.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
    const idle = await idleCtx.newPage();
    await idle.goto(url + '/' + route);
    await idle.evaluate(() => window.mestore.ready);
    await idle.waitForTimeout(2000);
    const icdp = await idleCtx.newCDPSession(idle);
    await icdp.send('Performance.enable');
    const i0 = await taskSeconds(icdp);
    await idle.waitForTimeout(2000);
    const i1 = await taskSeconds(icdp);
    await idleCtx.close();

    return {
      runs,
      coldLoadMs: median(loads),
      catalogFrameMs: ((t1.task - t0.task) * 1000) / Math.max(1, f1 - f0),
      catalogScriptMs: ((t1.script - t0.script) * 1000) / Math.max(1, f1 - f0),
      idleCpuPct: ((i1 - i0) / 2) * 100,
      wasmHeapMiB: mem.wasm / 2 ** 20,
      jsHeapMiB: mem.js / 2 ** 20,
    };
  } finally {
    await browser.close();
  }
}

// The admin orders table while a person scrolls it: sign in as an admin, wait for the first
// rows, then turn the wheel over the table for `seconds` (new rows every frame, their pages
// fetched as they come). Main-thread CPU per frame as above, plus the order count shown.
async function measureAdminOrders(url, { email, password, seconds = 4 }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url + '/#/login?next=%2Fadmin%2Forders');
    await page.evaluate(() => window.mestore.ready);
    await signIn(page, email, password);
    const count = await waitForItem(page, 'bo.orders.count', { timeout: 30000 });
    const first = await waitForItem(page, 'bo.orders.row.', { timeout: 30000 });
    await page.mouse.move(first.x + first.w / 2, first.y + 100);
    await page.waitForTimeout(500);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const t0 = await cpuSeconds(cdp);
    const f0 = await page.evaluate(() => window.mestore.frame());
    // 800 px notches every 50 ms: about 4 rows per frame, a new page of 100 every ~half second.
    for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(50);
    }
    const t1 = await cpuSeconds(cdp);
    const f1 = await page.evaluate(() => window.mestore.frame());
    const last = await page.evaluate(() => window.mestore.items().filter((i) => i.id.startsWith('bo.orders.row.')).map((i) => i.id));
    await ctx.close();
    return {
      orders: Number(count.label.replace(/\D/g, '')),
      frames: f1 - f0,
      frameMs: ((t1.task - t0.task) * 1000) / Math.max(1, f1 - f0),
      scriptMs: ((t1.script - t0.script) * 1000) / Math.max(1, f1 - f0),
      moved: last.length > 0 && !last.includes(first.id),  // the table really scrolled
    };
  } finally {
    await browser.close();
  }
}

// The same UI drawn natively (no GPU): median and p95 CPU per frame. Failures print the host's
// last words and give null.
function headlessFrame(url, route, extra = [], env = {}) {
  try {
    const out = execFileSync(path.join(BUILD, 'native/shell/mestore-headless'),
      ['--api', url, '--route', route, '--frames', '300', '--timing', ...extra],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    console.error('  mestore-headless failed: ' + String(e.stderr || e.message).trim().split('\n').pop());
    return null;
  }
}

module.exports = { measure, measureAdminOrders, headlessFrame };
