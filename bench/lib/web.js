// Web app figures in headless Chromium (same flags as the browser tests) and the native host.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, BUILD } = require('./procs');
const { chromium } = require(path.join(ROOT, 'node_modules/playwright-core'));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--use-gl=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

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
    const t0 = await taskSeconds(cdp);
    const f0 = await page.evaluate(() => window.mestore.frame());
    await page.waitForTimeout(2000);
    const t1 = await taskSeconds(cdp);
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
      catalogFrameMs: ((t1 - t0) * 1000) / Math.max(1, f1 - f0),
      idleCpuPct: ((i1 - i0) / 2) * 100,
      wasmHeapMiB: mem.wasm / 2 ** 20,
      jsHeapMiB: mem.js / 2 ** 20,
    };
  } finally {
    await browser.close();
  }
}

// The same UI drawn natively (no GPU): median and p95 CPU per frame.
function headlessFrame(url, route, extra = []) {
  try {
    const out = execFileSync(path.join(BUILD, 'native/shell/mestore-headless'),
      ['--api', url, '--route', route, '--frames', '300', '--timing', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(out.trim().split('\n').pop());
  } catch {
    return null;
  }
}

module.exports = { measure, headlessFrame };
