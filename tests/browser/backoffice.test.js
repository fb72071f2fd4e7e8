// The back office in the browser: only admins get in (a buyer's deep link shows "no access" and
// none of the data; a buyer's password at the admin sign-in is refused by /auth/admin-login); the
// dashboard shows the KPI cards and charts from /admin/dashboard; the orders table lists the
// server's total, sorts by clicking a header (the rows on screen are the server's first rows in
// that order), and an order opened from it offers exactly the server's allowed moves, one of
// which changes the order for real. A vendor's new product is approved in the queue and a shopper
// finds it; with the fraud scorer down payments are held, the dashboard shows the alert, the
// admin approves one from the fraud queue (the vendor then sees the order's commission) and
// rejects the other with a reason (the order cancelled, its unit back on sale).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const h = require('./lib/harness');

const DESKTOP = { width: 1440, height: 900, dpr: 1 };
const PHONE = { width: 390, height: 844, dpr: 3, touch: true };
const SEED = 'seed-' + crypto.randomBytes(12).toString('base64url');
const ADMIN = 'admin@mestore.com';
const BUYER = 'camila.rodriguez@mestore.com';

let stub, browser;
before(async () => {
  stub = await h.startStub({ args: ['--dev-controls', '--login-rate-per-minute', '100000'], env: { MESTORE_SEED_PASSWORD: SEED } });
  browser = await h.launch();
});
after(async () => {
  await browser?.close();
  await stub?.stop();
});

const api = (path, opts) => h.apiCall(stub.url, path, opts);
async function token(email) {
  const r = await api('/api/v1/auth/login', { method: 'POST', body: { email, password: SEED } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.data.access_token;
}
const visibleRows = async (page) => (await h.items(page)).filter((i) => i.id.startsWith('bo.orders.row.')).sort((a, b) => a.y - b.y);

test('a buyer sees "no access" on a back-office link, and the admin sign-in refuses a buyer', async () => {
  const { context, page, errors } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login' });
  await h.signIn(page, BUYER, SEED);
  await page.evaluate(() => { location.hash = '#/admin/orders'; });
  await h.waitForItem(page, 'noaccess.notice');
  const shown = await h.items(page);
  assert.ok(!shown.some((i) => i.id.startsWith('bo.')), 'no back-office widget is drawn for a buyer');
  assert.ok(!shown.some((i) => i.id === 'nav.account.admin'), 'the account menu has no back-office entry for a buyer');
  await h.screenshot(page, 'backoffice-no-access');
  // Signed out, the same link asks for the admin sign-in, which refuses the buyer's password.
  await h.clickId(page, 'nav.account');
  await h.clickId(page, 'nav.account.logout');
  await h.waitForState(page, (s) => !s.user);
  await page.evaluate(() => { location.hash = '#/admin'; });
  await h.waitForRoute(page, (r) => r.startsWith('#/login') && r.includes('next=%2Fadmin'));
  await h.fill(page, 'login.email', BUYER);
  await h.fill(page, 'login.password', SEED);
  await h.clickId(page, 'login.submit');
  const err = await h.waitForItem(page, 'login.error');
  assert.match(err.label, /no tiene acceso de administración/);
  assert.equal((await h.state(page)).user, null, 'no session was created');
  // The browser logs the refused request itself; nothing else may have gone wrong.
  assert.deepEqual(errors.filter((e) => !e.includes('status of 403')), []);
  await context.close();
});

test('admin: dashboard KPIs and charts, the orders table sorted by a header, an order moved along its allowed path', async () => {
  const admin = await token(ADMIN);
  const { context, page, errors } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/admin' });
  await h.waitForRoute(page, (r) => r.startsWith('#/login'));
  await h.signIn(page, ADMIN, SEED);
  await h.waitForRoute(page, '#/admin');
  const dash = (await api('/api/v1/admin/dashboard?days=30', { token: admin })).body.data;
  const gmv = await h.waitForItem(page, 'dash.kpi.gmv', { timeout: 20000 });
  const cop = (n) => '$ ' + n.toLocaleString('de-DE');  // "$ 1.250.000"
  assert.equal(gmv.label, cop(dash.gmv));
  assert.equal((await h.itemById(page, 'dash.kpi.orders')).label, String(dash.orders));
  assert.ok(await h.itemById(page, 'dash.chart.gmv'), 'the GMV chart is drawn');
  assert.ok(dash.orders > 0, 'the demo data has orders in the last 30 days');
  await h.screenshot(page, 'backoffice-dashboard');
  const firstStatus = await h.scrollIntoView(page, 'dash.status.0');
  const known = dash.orders_by_status.map((s) => s.count);
  assert.ok(known.some((n) => firstStatus.label.endsWith(': ' + n)), `a status bar from the server: ${firstStatus.label}`);
  await h.screenshot(page, 'backoffice-dashboard-charts');
  await h.toTop(page);

  // Orders: the count is the server's; clicking "Total" sorts by total on the server.
  await h.clickId(page, 'bo.tab.orders');
  await h.waitForRoute(page, '#/admin/orders');
  const all = (await api('/api/v1/admin/orders?size=1', { token: admin })).body;
  const count = await h.waitForItem(page, 'bo.orders.count', { timeout: 20000 });
  assert.equal(count.label, `${all.pagination.total} pedidos`);
  await h.waitFor(async () => (await visibleRows(page)).length >= 10, { what: 'rows' });
  await h.hoverClick(page, await h.waitForItem(page, 'bo.col.total'));
  const sorted = await h.waitForRoute(page, (r) => r.includes('sort=total'));
  const order = sorted.includes('order=asc') ? 'asc' : 'desc';
  const expect = (await api(`/api/v1/admin/orders?size=5&sort=total&order=${order}`, { token: admin })).body.data;
  await h.waitFor(async () => {
    const rows = await visibleRows(page);
    return rows.length >= 5 && rows.slice(0, 5).map((r) => r.label).join() === expect.map((o) => o.order_number).join();
  }, { what: 'the first rows in the server order by total' });
  await h.screenshot(page, 'backoffice-orders');

  // A confirmed order: the moves offered are the server's allowed_next, and one of them lands.
  const confirmed = (await api('/api/v1/admin/orders?status=confirmed&size=1', { token: admin })).body.data[0];
  await page.evaluate((q) => { location.hash = '#/admin/orders?q=' + q; }, confirmed.order_number);
  await h.hoverClick(page, await h.waitForItem(page, 'bo.orders.row.' + confirmed.order_number, { timeout: 20000 }));
  await h.waitForRoute(page, '#/admin/order/' + confirmed.id);
  const detail = (await api('/api/v1/admin/orders/' + confirmed.id, { token: admin })).body.data;
  await h.waitForItem(page, 'bo.order.number');
  const offered = (await h.items(page)).filter((i) => i.id.startsWith('bo.order.move.')).map((i) => i.id.slice('bo.order.move.'.length));
  assert.deepEqual(offered.sort(), [...detail.allowed_next].sort());
  assert.ok(detail.allowed_next.includes('processing'));
  await h.fill(page, 'bo.order.note', 'Empacado en bodega');
  await h.clickId(page, 'bo.order.move.processing');
  await h.waitFor(async () => (await h.itemById(page, 'bo.order.status'))?.label === 'En preparación', { what: 'the new status' });
  const after = (await api('/api/v1/admin/orders/' + confirmed.id, { token: admin })).body.data;
  assert.equal(after.order.status, 'processing');
  assert.equal(after.events.at(-1).note, 'Empacado en bodega');
  await h.screenshot(page, 'backoffice-order');
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: the dashboard stacks its cards and the orders table scrolls sideways', async () => {
  const { context, page, errors } = await h.openApp(browser, stub.url, { ...PHONE, route: '#/admin' });
  await h.waitForRoute(page, (r) => r.startsWith('#/login'));
  await h.signIn(page, ADMIN, SEED, { touch: true });
  const gmv = await h.waitForItem(page, 'dash.kpi.gmv', { timeout: 20000 });
  const orders = await h.itemById(page, 'dash.kpi.orders');
  assert.ok(gmv.x + gmv.w <= PHONE.width && orders.x + orders.w <= PHONE.width, 'KPI cards fit the phone');
  await h.screenshot(page, 'backoffice-dashboard-phone');
  await h.tapId(page, 'bo.tab.orders');
  await h.waitForItem(page, 'bo.orders.row.', { timeout: 20000 });
  await h.screenshot(page, 'backoffice-orders-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

async function adminPage(route) {
  const opened = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login?next=' + encodeURIComponent(route) });
  await h.signIn(opened.page, ADMIN, SEED);
  await h.waitForRoute(opened.page, '#' + route);
  return opened;
}

test('a vendor\'s new product: approved in the queue, then a shopper finds it in the catalog', async () => {
  const vendor = await token('tecnoandina@mestore.com');
  const admin = await token(ADMIN);
  const categories = (await api('/api/v1/categories')).body.data;
  const tag = crypto.randomBytes(3).toString('hex');
  const name = `Mochila wayuu tejida a mano ${tag}`;
  const sku = `WAYUU-${tag}`.toUpperCase();
  const created = await api('/api/v1/vendors/me/products', {
    method: 'POST', token: vendor,
    body: { name, sku, description: 'Mochila wayuu tejida en La Guajira, hilo de algodón, 30 cm.', price: 189000,
      cost_price: 90000, category_id: categories[0].id, stock: 7 },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.data.status, 'PENDING');
  // The queue is oldest first, ten a page: open the page the new product is on.
  let page = 1;
  for (;; page++) {
    const q = (await api(`/api/v1/admin/products/pending?size=10&page=${page}`, { token: admin })).body;
    if (q.data.some((p) => p.id === created.body.data.id) || !q.pagination.has_next) break;
  }
  const { context, page: tab, errors } = await adminPage('/admin/approvals' + (page > 1 ? '?page=' + page : ''));
  const approve = await h.scrollIntoView(tab, `bo.approvals.${sku}.approve`);
  await h.screenshot(tab, 'backoffice-approvals');
  await h.click(tab, approve);
  await h.waitFor(async () => !(await h.itemById(tab, `bo.approvals.${sku}.name`)), { what: 'the product to leave the queue', timeout: 20000 });
  assert.deepEqual(errors, []);
  await context.close();

  const shopper = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/catalog?q=' + encodeURIComponent(name) });
  const card = await h.waitForItem(shopper.page, 'catalog.product.' + created.body.data.id, { timeout: 20000 });
  assert.match(card.label, /Mochila wayuu/);
  await shopper.context.close();
});

test('fraud scorer down: payments are held, the dashboard shows the alert; the admin approves one and rejects the other with a reason', async () => {
  const email = `fraude.${Date.now()}@example.co`;
  const password = 'pw-' + crypto.randomBytes(12).toString('base64url');
  assert.equal((await api('/api/v1/auth/register', { method: 'POST', body: { email, password, full_name: 'Andrés Pérez', phone: '3001234567' } })).status, 201);
  const buyer = (await api('/api/v1/auth/login', { method: 'POST', body: { email, password } })).body.data.access_token;
  // Products of a known vendor, so the test can sign in as that vendor afterwards.
  const vendorEmail = 'modapaisa@mestore.com';
  const mine = (await api('/api/v1/vendors/me/products?size=100', { token: await token(vendorEmail) })).body.data;
  const [product, other] = mine.filter((p) => p.status === 'APPROVED' && p.stock_available >= 1).sort((a, b) => a.price - b.price);
  const banks = (await api('/api/v1/payments/methods', { token: buyer })).body.data.pse_banks;
  // An order paid by PSE while the scorer is down: held for review (fail-secure).
  const heldOrder = async (p) => {
    const placed = await api('/api/v1/orders', {
      method: 'POST', token: buyer, headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { items: [{ product_id: p.id, quantity: 1 }], shipping_name: 'Andrés Pérez', shipping_phone: '+573001234567',
        shipping_address: 'Calle 10 # 5-20', shipping_city: 'Cali', shipping_state: 'Valle del Cauca' },
    });
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
    const pay = await api('/api/v1/payments/process', {
      method: 'POST', token: buyer, headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { order_id: placed.body.data.id, method: 'PSE', bank_code: banks[0].code },
    });
    assert.equal(pay.body.data.status, 'REVIEW', JSON.stringify(pay.body));
    return placed;
  };
  assert.equal((await api('/api/v1/dev/faults', { method: 'PUT', body: { active: ['fraud_scorer_down'] } })).status, 200);
  let order, doubtful;
  try {
    order = await heldOrder(product);
    doubtful = await heldOrder(other);
  } finally {
    await api('/api/v1/dev/faults', { method: 'PUT', body: { active: [] } });
  }
  const number = order.body.data.order_number;
  const { context, page, errors } = await adminPage('/admin');
  const alert = await h.waitForItem(page, 'dash.fraud_alert', { timeout: 20000 });
  assert.match(alert.label, /alertas de fraude abiertas/);
  await h.clickId(page, 'bo.tab.fraud');
  await h.waitForRoute(page, '#/admin/fraud');
  await h.scrollIntoView(page, `bo.fraud.${number}.fail_secure`);
  await h.screenshot(page, 'backoffice-fraud');
  await h.fill(page, `bo.fraud.${number}.note`, 'Cliente verificado por teléfono');
  await h.click(page, await h.scrollIntoView(page, `bo.fraud.${number}.approve`));
  await h.waitFor(async () => !(await h.itemById(page, `bo.fraud.${number}.order`)), { what: 'the review to leave the queue', timeout: 20000 });
  const paid = (await api('/api/v1/orders/' + order.body.data.id, { token: buyer })).body.data;
  assert.equal(paid.payment_status, 'paid');
  assert.equal(paid.status, 'confirmed');

  // The other one is rejected: a reason is required (checked next to its field), then the order
  // is cancelled and its unit goes back on sale.
  const second = doubtful.body.data.order_number;
  const before = (await api('/api/v1/products/' + other.id)).body.data.stock_available;
  // The queue has reloaded (one review left, its alert still open) before anything is clicked.
  await h.waitFor(async () => /^1 pago/.test((await h.itemById(page, 'bo.fraud.count'))?.label || ''), { what: 'one review left' });
  await h.waitFor(async () => (await h.items(page)).filter((i) => i.id.startsWith('bo.fraud.alert.')).length === 1,
    { what: 'one alert left', timeout: 20000 });
  await h.click(page, await h.scrollIntoView(page, `bo.fraud.${second}.reject`));
  await h.fill(page, `bo.fraud.${second}.reason`, 'no');
  await h.click(page, await h.scrollIntoView(page, `bo.fraud.${second}.confirm_reject`));
  assert.match((await h.waitForItem(page, `bo.fraud.${second}.reason.error`)).label, /al menos 5 caracteres/);
  await h.fill(page, `bo.fraud.${second}.reason`, 'La cuenta bancaria no es del comprador');
  await h.click(page, await h.scrollIntoView(page, `bo.fraud.${second}.confirm_reject`));
  await h.waitFor(async () => !(await h.itemById(page, `bo.fraud.${second}.order`)), { what: 'the rejected review to leave the queue', timeout: 20000 });
  const voided = (await api('/api/v1/orders/' + doubtful.body.data.id, { token: buyer })).body.data;
  assert.equal(voided.status, 'cancelled');
  assert.match(voided.cancel_reason, /La cuenta bancaria no es del comprador/);
  assert.equal((await api('/api/v1/products/' + other.id)).body.data.stock_available, before + 1, 'the unit is back on sale');
  assert.deepEqual(errors, []);
  await context.close();

  // The vendor now sees the commission of that order in their portal.
  const vendorTab = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login?next=' + encodeURIComponent('/vendor/commissions') });
  await h.signIn(vendorTab.page, vendorEmail, SEED);
  const row = await h.waitForItem(vendorTab.page, `comm.row.${number}`, { timeout: 20000 });
  assert.equal(row.value, 'PENDING');
  assert.deepEqual(vendorTab.errors, []);
  await vendorTab.context.close();
});
