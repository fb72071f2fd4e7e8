#!/usr/bin/env node
// ./mestore bench: measures the stub server and the web app side by side with what a developer
// would use instead, and prints one table. Timing never fails anything; figures are for reading.
//   node bench/run.js [--quick] [--only http|web] [--write-readme]
'use strict';
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startStub, startJsonServer, startNginx, ROOT, BUILD, commandExists } = require('./lib/procs');
const { wrk } = require('./lib/wrk');
const web = require('./lib/web');

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const SECONDS = quick ? 3 : 10;
const rows = [];
const row = (section, name, value, note = '') => { rows.push({ section, name, value, note }); console.error(`  ${name}: ${value} ${note}`); };
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

async function httpSection() {
  console.error('HTTP (wrk -t2 -c50, ' + SECONDS + ' s each, loopback)');
  // No sign-in rate limit here: the login row measures Argon2id, not the limiter's refusals.
  const stub = await startStub({ args: ['--login-rate-per-minute', '0'] });
  try {
    const listPath = '/api/v1/products?page=1&size=20';
    const page = await (await fetch(stub.url + listPath)).json();
    // The same 20 products for every contender: the stub's own answer.
    const all = [];
    for (let p = 1; ; p++) {
      const r = await (await fetch(`${stub.url}/api/v1/products?page=${p}&size=100`)).json();
      all.push(...r.data);
      if (!r.pagination.has_next) break;
    }
    const js = await startJsonServer({ products: all });
    const ngx = await startNginx({ 'products.json': JSON.stringify(page) });
    try {
      const s = await wrk(stub.url + listPath, { seconds: SECONDS });
      const j = await wrk(js.url + '/products?_page=1&_limit=20', { seconds: SECONDS });
      const n = await wrk(ngx.url + '/products.json', { seconds: SECONDS });
      row('http', 'products page (stub) req/s', fmt(s.rps), `p50 ${fmt(s.p50, 2)} ms, p99 ${fmt(s.p99, 2)} ms, errors ${s.errors}`);
      row('http', 'products page (json-server) req/s', fmt(j.rps), `p50 ${fmt(j.p50, 2)} ms, p99 ${fmt(j.p99, 2)} ms`);
      row('http', 'products page (nginx static) req/s', fmt(n.rps), `p50 ${fmt(n.p50, 2)} ms, p99 ${fmt(n.p99, 2)} ms`);
      row('http', 'stub ÷ json-server', fmt(s.rps / j.rps, 1) + '×', 'target ≥ 5×');
      row('http', 'stub ÷ nginx static', fmt((100 * s.rps) / n.rps, 0) + ' %', 'target ≥ 30 %');
      row('http', 'stub p99 at 50 connections', fmt(s.p99, 2) + ' ms', 'target ≤ 10 ms');
    } finally {
      await js.stop();
      await ngx.stop();
    }
    const h = await wrk(stub.url + '/health', { seconds: SECONDS });
    row('http', 'health req/s', fmt(h.rps), `p50 ${fmt(h.p50, 2)} ms, p99 ${fmt(h.p99, 2)} ms`);

    const items = page.data.slice(0, 3).map((p) => ({ product_id: p.id, quantity: 1 }));
    const quoteProbe = await fetch(stub.url + '/api/v1/orders/quote', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items }) });
    if (quoteProbe.ok) {
      const q = await wrk(stub.url + '/api/v1/orders/quote', { seconds: SECONDS, script: 'post_json.lua', env: { WRK_BODY: JSON.stringify({ items }) } });
      row('http', 'quote req/s', fmt(q.rps), `p50 ${fmt(q.p50, 2)} ms, p99 ${fmt(q.p99, 2)} ms, errors ${q.errors}`);
    } else {
      row('http', 'quote req/s', 'n/a', `endpoint answered ${quoteProbe.status}`);
    }
    await authBenches(stub, items);
  } finally {
    await stub.stop();
  }
}

// Login is Argon2id on purpose (tens of ms of CPU and 64 MiB each): its figure is a floor on
// brute force, not a target. Order creation needs a buyer session and a fresh Idempotency-Key.
async function authBenches(stub, items) {
  const pwFile = path.join(stub.dataDir, 'secrets', 'seed-password');
  if (!fs.existsSync(pwFile)) {
    row('http', 'login req/s', 'n/a', 'accounts not available');
    row('http', 'order creation req/s', 'n/a', 'accounts not available');
    return;
  }
  const password = fs.readFileSync(pwFile, 'utf8').trim();
  const buyers = (stub.lines.join('\n').match(/[a-z.]+@mestore\.com/g) || []);
  const email = buyers.find((e) => !/super|admin/.test(e)) || 'camila.rodriguez@mestore.com';  // a seeded buyer (the start-up banner lists staff only)
  const body = JSON.stringify({ email, password });
  const l = await wrk(stub.url + '/api/v1/auth/login', { seconds: SECONDS, connections: 4, script: 'post_json.lua',
    env: { WRK_BODY: body } });
  row('http', 'login req/s (Argon2id, 4 connections)', fmt(l.ok_rps, 1),
    `successful sign-ins only; p50 ${fmt(l.p50, 1)} ms, p99 ${fmt(l.p99, 1)} ms, refused ${l.errors} of ${l.total}`);
  const login = await (await fetch(stub.url + '/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).json();
  const token = login.data && login.data.access_token;
  const order = { items: items.slice(0, 1), shipping_name: 'Ana Pérez', shipping_phone: '3001234567',
    shipping_address: 'Calle 10 # 20-30', shipping_city: 'Bogotá', shipping_state: 'Cundinamarca' };
  // Enough stock for every order the run can place, so each request is a real order (stock
  // reserved) rather than a fast "sold out".
  execFileSync('sqlite3', ['-cmd', '.timeout 5000', path.join(stub.dataDir, 'mestore.sqlite3'),
    `UPDATE products SET stock_quantity = stock_reserved + 100000000 WHERE id = '${items[0].product_id}'`]);
  const o = await wrk(stub.url + '/api/v1/orders', { seconds: SECONDS, script: 'post_json.lua',
    env: { WRK_BODY: JSON.stringify(order), WRK_TOKEN: token || '', WRK_IDEMPOTENT: '1' } });
  row('http', 'order creation req/s', fmt(o.ok_rps),
    `orders placed only; p50 ${fmt(o.p50, 2)} ms, p99 ${fmt(o.p99, 2)} ms, refused ${o.errors} of ${o.total}`);
}

async function webSection() {
  console.error('Web app');
  const sizes = JSON.parse(fs.readFileSync(path.join(BUILD, 'wasm/web-sizes.json'), 'utf8'));
  const kb = (b) => (b / 1024).toFixed(1) + ' KiB';
  row('web', 'app.wasm raw / gzip', `${kb(sizes.wasm)} / ${kb(sizes.wasm_gz)}`);
  row('web', 'app.js raw / gzip', `${kb(sizes.js)} / ${kb(sizes.js_gz)}`);
  row('web', 'wasm + js gzipped', kb(sizes.wasm_gz + sizes.js_gz), 'budget ≤ 600 KiB');
  row('web', 'fonts (app.data) raw / gzip', `${kb(sizes.data)} / ${kb(sizes.data_gz)}`);
  const stub = await startStub();
  try {
    // Everything on the catalog grid: a page of products with their pictures decoded as textures.
    const m = await web.measure(stub.url, { runs: quick ? 3 : 7, route: '#/catalog' });
    row('web', 'first interactive frame (median)', fmt(m.coldLoadMs) + ' ms', `of ${m.runs} cold loads; target ≤ 1500 ms`);
    row('web', 'catalog frame CPU in Chromium', fmt(m.catalogFrameMs, 2) + ' ms', `main thread, per frame (JS + wasm ${fmt(m.catalogScriptMs, 2)} ms)`);
    row('web', 'idle main-thread CPU over 2 s', fmt(m.idleCpuPct, 2) + ' %', 'target ≤ 2 %');
    row('web', 'memory (wasm heap / JS heap)', `${fmt(m.wasmHeapMiB, 1)} MiB / ${fmt(m.jsHeapMiB, 1)} MiB`);
    const native = web.headlessFrame(stub.url, '#/catalog');
    row('web', 'catalog frame CPU, native headless', native ? fmt(native.median_ms, 3) + ' ms' : 'n/a', native ? `p95 ${fmt(native.p95_ms, 3)} ms` : '');
  } finally {
    await stub.stop();
  }
  await adminOrders();
}

// The admin orders table over 100,000 orders, scrolled. A second stub seeded with --seed large
// (its own data dir; the demo accounts get a password made up here), only for these rows.
async function adminOrders() {
  const password = 'Bench-' + crypto.randomBytes(12).toString('hex');
  const email = 'admin@mestore.com';
  const t0 = Date.now();
  const stub = await startStub({ seed: 'large', env: { MESTORE_SEED_PASSWORD: password } });
  try {
    const seeded = stub.lines.map((l) => { try { return JSON.parse(l); } catch { return {}; } })
      .find((e) => e.event === 'orders_seeded') || {};
    row('web', 'stub start with --seed large', fmt((Date.now() - t0) / 1000, 1) + ' s',
      `${seeded.orders} orders seeded in ${fmt(seeded.seed_ms / 1000, 1)} s`);
    const m = await web.measureAdminOrders(stub.url, { email, password, seconds: quick ? 2 : 5 });
    const n = m.orders.toLocaleString('en-US');
    row('web', `admin orders frame CPU (${n} orders), Chromium`, fmt(m.frameMs, 2) + ' ms',
      `main thread, per frame while scrolling (JS + wasm ${fmt(m.scriptMs, 2)} ms; ${m.frames} frames${m.moved ? '' : '; the table did not move!'}); target ≤ 4 ms`);
    // 2 wheel units a frame at 60 frames/s: about 4 rows a frame, like the browser run.
    const native = web.headlessFrame(stub.url, '#/admin/orders', ['--wheel', '2', '--fps', '60', '--email', email],
      { MESTORE_HEADLESS_PASSWORD: password });
    row('web', `admin orders frame CPU (${n} orders), native headless`, native ? fmt(native.median_ms, 3) + ' ms' : 'n/a',
      native ? `while scrolling; p95 ${fmt(native.p95_ms, 3)} ms, max ${fmt(native.max_ms, 3)} ms` : '');
  } finally {
    await stub.stop();
  }
}

function printTable() {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const lines = [`MeStore Web benchmarks — ${when} — ${machine}`, '', '| section | figure | value | note |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.section} | ${r.name} | ${r.value} | ${r.note} |`);
  const table = lines.join('\n');
  console.log(table);
  fs.mkdirSync(path.join(BUILD, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(BUILD, 'bench', 'latest.md'), table + '\n');
  if (argv.includes('--write-readme')) {
    const readme = path.join(__dirname, 'README.md');
    const text = fs.readFileSync(readme, 'utf8');
    fs.writeFileSync(readme, text.replace(/<!-- figures:begin -->[\s\S]*<!-- figures:end -->/,
      `<!-- figures:begin -->\n${table}\n<!-- figures:end -->`));
  }
}

(async () => {
  if (!only || only === 'http') {
    for (const tool of ['wrk', 'nginx']) if (!commandExists(tool) && !fs.existsSync('/usr/sbin/' + tool)) throw new Error(tool + ' missing');
    await httpSection();
  }
  if (!only || only === 'web') await webSection();
  printTable();
})().catch((e) => { console.error(e); process.exit(1); });
