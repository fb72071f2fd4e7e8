// The vendor portal and the money screens of the back office, in the browser:
//  - a vendor's dashboard shows the server's figures; a paid order with their product appears in
//    "orders to fulfil", its line is moved to preparing and then ready to ship (the order moves to
//    processing); their commission for it is listed and the CSV download holds it;
//  - an admin approves that commission on #/admin/commissions and the vendor sees it approved;
//  - a vendor creates a product in the form (errors next to the fields, a picture uploaded, a
//    spoofed one refused), an admin approves it and a shopper finds it in the catalog;
//  - the audit log lists these actions and the chain verifies in the browser; an entry edited in
//    the database by the test shows "Cadena rota en la entrada N" for exactly that entry.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./lib/harness');

const DESKTOP = { width: 1440, height: 900, dpr: 1 };
const PHONE = { width: 390, height: 844, dpr: 3, touch: true };
const SEED = 'seed-' + crypto.randomBytes(12).toString('base64url');
const ADMIN = 'admin@mestore.com';
const VENDOR = 'casacaribe@mestore.com';
const cop = (n) => '$ ' + n.toLocaleString('de-DE');  // "$ 1.250.000"

let stub, browser;
before(async () => {
  stub = await h.startStub({ args: ['--dev-controls', '--login-rate-per-minute', '100000'], env: { MESTORE_SEED_PASSWORD: SEED } });
  browser = await h.launch();
});
after(async () => {
  await browser?.close();
  await stub?.stop();
});

const api = (p, opts) => h.apiCall(stub.url, p, opts);
async function token(email, password = SEED) {
  const r = await api('/api/v1/auth/login', { method: 'POST', body: { email, password } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.data.access_token;
}

// A new shopper buys one unit of the vendor's cheapest product in stock and pays with PSE.
async function paidOrderFor(vendorToken) {
  const mine = (await api('/api/v1/vendors/me/products?status=APPROVED&size=100', { token: vendorToken })).body.data;
  const product = mine.filter((p) => p.status === 'APPROVED' && p.stock_available > 0).sort((a, b) => a.price - b.price)[0];
  assert.ok(product, 'the vendor has an approved product in stock');
  const email = `cliente.${Date.now()}@example.co`;
  const password = 'pw-' + crypto.randomBytes(12).toString('base64url');
  assert.equal((await api('/api/v1/auth/register', { method: 'POST', body: { email, password, full_name: 'Valentina Gómez', phone: '3104567890' } })).status, 201);
  const buyer = await token(email, password);
  const order = await api('/api/v1/orders', {
    method: 'POST', token: buyer, headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { items: [{ product_id: product.id, quantity: 1 }], shipping_name: 'Valentina Gómez', shipping_phone: '+573104567890',
      shipping_address: 'Carrera 7 # 45-10', shipping_city: 'Barranquilla', shipping_state: 'Atlántico' },
  });
  assert.equal(order.status, 201, JSON.stringify(order.body));
  const banks = (await api('/api/v1/payments/methods', { token: buyer })).body.data.pse_banks;
  const pay = await api('/api/v1/payments/process', {
    method: 'POST', token: buyer, headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { order_id: order.body.data.id, method: 'PSE', bank_code: banks[0].code },
  });
  assert.equal(pay.body.data.status, 'APPROVED', JSON.stringify(pay.body));
  return { order: order.body.data, product };
}

async function signedInAt(email, route, viewport = DESKTOP) {
  const opened = await h.openApp(browser, stub.url, { ...viewport, route: '#/login?next=' + encodeURIComponent(route) });
  await h.signIn(opened.page, email, SEED, { touch: !!viewport.touch });
  await h.waitForRoute(opened.page, '#' + route);
  return opened;
}

let sold;  // the order of the first test, for the next ones

test('vendor: dashboard figures, a paid order prepared and ready to ship, the commission listed and downloaded as CSV', async () => {
  const vendor = await token(VENDOR);
  sold = await paidOrderFor(vendor);
  const number = sold.order.order_number;
  const { context, page, errors } = await signedInAt(VENDOR, '/vendor');
  const dash = (await api('/api/v1/vendors/me/dashboard', { token: vendor })).body.data;
  const sales = await h.waitForItem(page, 'vp.kpi.sales', { timeout: 20000 });
  assert.equal(sales.label, cop(dash.sales_this_month));
  assert.equal((await h.itemById(page, 'vp.kpi.to_prepare')).label, String(dash.orders_to_prepare));
  assert.ok(dash.orders_to_prepare >= 1, 'the paid order waits to be prepared');
  assert.equal((await h.itemById(page, 'vp.kpi.earnings_due')).label, cop(dash.earnings_due));
  await h.screenshot(page, 'vendor-dashboard');

  // Orders to fulfil: the new order is first; its line moves one step at a time.
  await h.clickId(page, 'bo.tab.vendor_orders');
  await h.waitForRoute(page, '#/vendor/orders');
  const line = `vp.order.${number}.item.${sold.product.sku}`;
  await h.waitForItem(page, `vp.order.${number}`, { timeout: 20000 });
  assert.equal((await h.itemById(page, line + '.fulfilment')).label, 'Por preparar');
  await h.screenshot(page, 'vendor-orders');
  await h.click(page, await h.scrollIntoView(page, line + '.next'));
  await h.waitFor(async () => (await h.itemById(page, line + '.fulfilment'))?.label === 'En preparación', { what: 'preparing' });
  await h.click(page, await h.scrollIntoView(page, line + '.next'));
  await h.waitFor(async () => (await h.itemById(page, line + '.fulfilment'))?.label === 'Listo para enviar', { what: 'ready to ship' });
  assert.ok(!(await h.itemById(page, line + '.next')), 'no further step is offered');
  const theirs = (await api('/api/v1/vendors/me/orders?size=5', { token: vendor })).body.data.find((o) => o.order_id === sold.order.id);
  assert.equal(theirs.items[0].fulfilment_status, 'ready_to_ship');
  assert.equal(theirs.status, 'processing', 'every line ready: the order is being processed');

  // Commissions: the order's commission, pending, and the CSV the browser downloads.
  await h.clickId(page, 'bo.tab.vendor_commissions');
  await h.waitForRoute(page, '#/vendor/commissions');
  const row = await h.waitForItem(page, `comm.row.${number}`, { timeout: 20000 });
  assert.equal(row.value, 'PENDING');
  const earnings = (await api('/api/v1/vendors/me/commissions/summary', { token: vendor })).body.data;
  assert.equal((await h.itemById(page, 'comm.kpi.earnings')).label, cop(earnings.total_earnings));
  await h.screenshot(page, 'vendor-commissions');
  const [download] = await Promise.all([page.waitForEvent('download'), h.clickId(page, 'comm.csv')]);
  assert.equal(download.suggestedFilename(), 'mis-comisiones.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^id,order_number,vendor_id,/);
  assert.ok(csv.includes(`,${number},`), 'the CSV holds the new commission');
  assert.ok(!csv.includes('TecnoAndina'), 'only this vendor\'s commissions');
  assert.deepEqual(errors, []);
  await context.close();
});

test('admin approves the commission; the vendor sees it approved (phone)', async () => {
  assert.ok(sold, 'the first test sold an order');
  const number = sold.order.order_number;
  // Admins see every vendor's commission of an order: their rows carry the vendor too.
  const vendorId = (await api('/api/v1/vendors/me/commissions?size=10', { token: await token(VENDOR) })).body.data
    .find((c) => c.order_number === number).vendor_id;
  const adminRow = `comm.row.${number}.${vendorId.slice(0, 8)}`;
  const { context, page, errors } = await signedInAt(ADMIN, '/admin/commissions?status=PENDING');
  await h.waitForItem(page, 'comm.row.', { timeout: 20000 });
  await h.screenshot(page, 'backoffice-commissions');
  await h.click(page, await h.scrollIntoView(page, `${adminRow}.approve`));
  await h.waitFor(async () => !(await h.itemById(page, adminRow)), { what: 'the commission to leave the pending list', timeout: 20000 });
  assert.deepEqual(errors, []);
  await context.close();

  const vendorTab = await signedInAt(VENDOR, '/vendor/commissions', PHONE);
  const row = await h.scrollIntoView(vendorTab.page, `comm.row.${number}`, { touch: true });
  assert.equal(row.value, 'APPROVED');
  await h.screenshot(vendorTab.page, 'vendor-commissions-phone');
  assert.deepEqual(vendorTab.errors, []);
  await vendorTab.context.close();
});

test('vendor creates a product in the form (errors next to the fields, a picture, a spoofed picture refused); the admin approves it; a shopper finds it', async () => {
  const tag = crypto.randomBytes(3).toString('hex').toUpperCase();
  const name = `Hamaca sanjacintera tejida ${tag}`;
  const sku = `HAM-${tag}`;
  const categories = (await api('/api/v1/categories')).body.data;
  const { context, page, errors } = await signedInAt(VENDOR, '/vendor/products');
  await h.waitForItem(page, 'vp.products.row.', { timeout: 20000 });
  await h.screenshot(page, 'vendor-products');
  await h.clickId(page, 'vp.products.new');
  await h.waitForRoute(page, '#/vendor/product/new');
  await h.screenshot(page, 'vendor-product-new');

  // Wrong values first: each problem is shown under its field and nothing is created.
  await h.fill(page, 'vp.product.name', 'H');
  await h.fill(page, 'vp.product.sku', 'ham 1');
  await h.fill(page, 'vp.product.price', '50');
  await h.fill(page, 'vp.product.stock', 'muchas');
  await h.click(page, await h.scrollIntoView(page, 'vp.product.save'));
  assert.match((await h.waitForItem(page, 'vp.product.name.error')).label, /de 2 a 200 caracteres/);
  assert.match((await h.itemById(page, 'vp.product.sku.error')).label, /mayúsculas, números y guiones/);
  assert.match((await h.itemById(page, 'vp.product.price.error')).label, /Entre \$ 100 y/);
  assert.match((await h.itemById(page, 'vp.product.stock.error')).label, /Unidades enteras/);
  assert.match((await h.itemById(page, 'vp.product.category.error')).label, /Elige una categoría/);
  await h.screenshot(page, 'vendor-product-errors');
  assert.equal((await h.route(page)), '#/vendor/product/new', 'nothing was sent');

  await h.fill(page, 'vp.product.name', name);
  await h.fill(page, 'vp.product.sku', sku);
  await h.fill(page, 'vp.product.price', '189.000');
  await h.fill(page, 'vp.product.cost', '90000');
  await h.fill(page, 'vp.product.stock', '7');
  await h.fill(page, 'vp.product.description', 'Hamaca tejida a mano en San Jacinto, algodón, 2 metros.');
  await h.clickId(page, 'vp.product.category');
  await h.clickId(page, 'vp.product.category.' + categories[0].slug);
  await h.click(page, await h.scrollIntoView(page, 'vp.product.save'));
  const at = await h.waitForRoute(page, (r) => r.startsWith('#/vendor/product/') && !r.endsWith('/new'), { timeout: 20000 });
  const productId = at.slice('#/vendor/product/'.length);
  assert.equal((await h.waitForItem(page, 'vp.product.status', { timeout: 20000 })).value, 'PENDING');

  // A real picture (a seeded product's JPEG) is uploaded; a text file named .png is refused by content.
  const sample = (await api('/api/v1/products?size=1')).body.data[0];
  const jpeg = Buffer.from(await (await fetch(stub.url + sample.image_url)).arrayBuffer());
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), h.scrollIntoView(page, 'vp.product.add_picture').then((it) => h.click(page, it))]);
  await chooser.setFiles({ name: 'hamaca.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await h.waitForItem(page, 'vp.product.picture.0', { timeout: 20000 });
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), h.scrollIntoView(page, 'vp.product.add_picture').then((it) => h.click(page, it))]);
  await chooser.setFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<?php echo "no soy una foto"; ?>') });
  assert.match((await h.waitForItem(page, 'vp.product.picture.error', { timeout: 20000 })).label, /no es una foto/);
  assert.ok(!(await h.itemById(page, 'vp.product.picture.1')), 'the spoofed file was not added');
  await h.screenshot(page, 'vendor-product-edit');
  const mine = (await api('/api/v1/vendors/me/products/' + productId, { token: await token(VENDOR) })).body.data;
  assert.equal(mine.price, 189000);
  assert.equal(mine.images.length, 1);
  // The browser logs the refused upload itself; nothing else may have gone wrong.
  assert.deepEqual(errors.filter((e) => !e.includes('status of 415')), []);
  await context.close();

  // The admin approves it from the queue (oldest first, ten a page).
  const admin = await token(ADMIN);
  let queuePage = 1;
  for (;; queuePage++) {
    const q = (await api(`/api/v1/admin/products/pending?size=10&page=${queuePage}`, { token: admin })).body;
    if (q.data.some((p) => p.id === productId) || !q.pagination.has_next) break;
  }
  const review = await signedInAt(ADMIN, '/admin/approvals' + (queuePage > 1 ? '?page=' + queuePage : ''));
  await h.click(review.page, await h.scrollIntoView(review.page, `bo.approvals.${sku}.approve`));
  await h.waitFor(async () => !(await h.itemById(review.page, `bo.approvals.${sku}.name`)), { what: 'the product to leave the queue', timeout: 20000 });
  await review.context.close();

  const shopper = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/catalog?q=' + encodeURIComponent(name) });
  const card = await h.waitForItem(shopper.page, 'catalog.product.' + productId, { timeout: 20000 });
  assert.match(card.label, /Hamaca sanjacintera/);
  await shopper.context.close();
});

test('audit log: lists these actions, the chain verifies in the browser, an edited row shows where it broke', async () => {
  const { context, page, errors } = await signedInAt(ADMIN, '/admin/audit');
  const badge = await h.waitFor(async () => {
    const b = await h.itemById(page, 'bo.audit.badge');
    return b && b.value !== 'checking' ? b : null;
  }, { what: 'the chain check', timeout: 30000 });
  assert.equal(badge.value, 'verified', badge.label);
  assert.match(badge.label, /^Cadena verificada: \d+ entradas/);
  await h.screenshot(page, 'backoffice-audit');
  // The filter by action finds the approval of the commission, by the admin.
  await h.fill(page, 'bo.audit.action', 'commission.approved');
  await h.clickId(page, 'bo.audit.apply');
  await h.waitForRoute(page, (r) => r.includes('action=commission.approved'));
  await h.waitFor(async () => (await h.items(page)).some((i) => i.id.startsWith('bo.audit.row.') && i.value === 'commission.approved'),
    { what: 'the approval in the log' });
  const adminToken = await token(ADMIN);
  const listed = (await api('/api/v1/admin/audit-log?action=commission.approved', { token: adminToken })).body.data;
  assert.equal(listed[0].actor_email, ADMIN);
  // The other actions of this file's tests are in the log too, each under the right actor.
  for (const [action, actor] of [['order.item_fulfilment', VENDOR], ['product.created', VENDOR], ['product.image_uploaded', VENDOR],
    ['product.approved', ADMIN], ['payment.approved', null]]) {
    await h.fill(page, 'bo.audit.action', action);
    await h.clickId(page, 'bo.audit.apply');
    await h.waitForRoute(page, (r) => r.includes('action=' + action));
    await h.waitFor(async () => (await h.items(page)).some((i) => i.id.startsWith('bo.audit.row.') && i.value === action),
      { what: `${action} in the log` });
    const entries = (await api('/api/v1/admin/audit-log?action=' + action, { token: adminToken })).body.data;
    if (actor) assert.ok(entries.some((e) => e.actor_email === actor), `${action} by ${actor}`);
  }
  // A wrong date is refused next to its field.
  await h.fill(page, 'bo.audit.from', 'ayer');
  await h.clickId(page, 'bo.audit.apply');
  assert.match((await h.waitForItem(page, 'bo.audit.from.error')).label, /2026-12-04/);

  // Someone with the database file edits an entry (the append-only trigger dropped first).
  const target = listed[0].seq;
  execFileSync('sqlite3', [path.join(stub.dataDir, 'mestore.sqlite3'),
    `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_email = 'otro@mestore.com' WHERE seq = ${target};`]);
  await h.clickId(page, 'bo.audit.clear');
  await h.clickId(page, 'bo.audit.check_again');
  const broken = await h.waitFor(async () => {
    const b = await h.itemById(page, 'bo.audit.badge');
    return b && b.value.startsWith('broken') ? b : null;
  }, { what: 'the broken chain', timeout: 30000 });
  assert.equal(broken.value, `broken:${target}`);
  assert.match(broken.label, new RegExp(`^Cadena rota en la entrada ${target}: `));
  await h.screenshot(page, 'backoffice-audit-broken');
  assert.deepEqual(errors, []);
  await context.close();
});
