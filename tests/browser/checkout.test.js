// Checkout in the browser, as shoppers do it: a guest fills the cart, signs in at the checkout and
// comes back to it; errors sit under their fields; a declined card charges nothing and another
// card pays the same order; a double click on Pagar pays once; the confirmation shows the receipt
// verified in the browser. On a phone: Efecty gives a cash code, My orders lists the order and it
// is cancelled with a reason (stock back). With the fraud scorer down, a PSE payment is held for
// review and the shopper is told so. A session that expires on the checkout page sends the
// shopper to sign in and back to the checkout with the cart intact. An unpaid order shows until
// when its products are kept, and once the 72 hours pass, that it was cancelled and why.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const h = require('./lib/harness');

const DESKTOP = { width: 1280, height: 800, dpr: 1 };
const PHONE = { width: 390, height: 844, dpr: 3, touch: true };

let stub, browser;
before(async () => {
  stub = await h.startStub({ args: ['--dev-controls', '--login-rate-per-minute', '100000'] });
  browser = await h.launch();
});
after(async () => {
  await browser?.close();
  await stub?.stop();
});

const api = (path, opts) => h.apiCall(stub.url, path, opts);
// A new buyer per test, so each sees only its own orders.
async function newBuyer(tag) {
  const email = `${tag}.${Date.now()}.${crypto.randomBytes(3).toString('hex')}@example.co`;
  const password = 'pw-' + crypto.randomBytes(12).toString('base64url');
  const r = await api('/api/v1/auth/register', { method: 'POST', body: { email, password, full_name: 'Laura Gómez', phone: '3001234567' } });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const login = await api('/api/v1/auth/login', { method: 'POST', body: { email, password } });
  return { email, password, token: login.body.data.access_token };
}
async function productWithStock(min) {
  const r = await api('/api/v1/products?size=50&sort_by=price&sort_order=asc&in_stock=true');
  return r.body.data.find((p) => p.stock_available >= min);
}
const itemById = h.itemById;

// Guest: product → add → cart → checkout → sign in → back on the checkout with the cart.
async function toCheckout(page, product, buyer, { touch = false } = {}) {
  const press = (id) => (touch ? h.tapId(page, id) : h.clickId(page, id));
  await h.waitForItem(page, 'product.back');
  const add = await h.scrollIntoView(page, 'product.add', { touch });
  if (touch) await h.tap(page, add);
  else await h.click(page, add);
  await h.waitForState(page, (s) => s.cart_count === 1);
  await press('nav.cart');
  await h.waitForRoute(page, '#/cart');
  await h.waitFor(async () => (await itemById(page, 'cart.checkout'))?.enabled, { what: 'the quote', timeout: 20000 });
  await press('cart.checkout');
  await h.waitForRoute(page, (r) => r.startsWith('#/login'));
  await h.signIn(page, buyer.email, buyer.password, { touch });
  await h.waitForRoute(page, '#/checkout');
  await h.waitForItem(page, 'checkout.name');
  await h.scrollIntoView(page, 'checkout.total', { touch });  // the server's quote is in
  await h.toTop(page);
}
async function fillAddress(page, opts = {}) {
  await h.fill(page, 'checkout.address', 'Cra. 7 # 45-10, apto 301', opts);
  await h.fill(page, 'checkout.city', 'Bogotá', opts);
  await h.fill(page, 'checkout.state', 'Cundinamarca', opts);
}
async function fillCard(page, number) {
  await h.fill(page, 'checkout.card.number', number);
  await h.fill(page, 'checkout.card.expiry', '12/30');
  await h.fill(page, 'checkout.card.cvc', '123');
}
const myOrders = async (buyer) => (await api('/api/v1/orders', { token: buyer.token })).body.data;

test('card: errors under the fields, a declined card charges nothing, another card pays the same order once, receipt verified', async () => {
  const buyer = await newBuyer('tarjeta');
  const product = await productWithStock(2);
  const { page, context, errors } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/product/' + product.id });
  await toCheckout(page, product, buyer);
  // The account's name and mobile are offered; the rest is missing or wrong.
  assert.equal((await itemById(page, 'checkout.name')).value, 'Laura Gómez');
  await h.fill(page, 'checkout.phone', '12345');
  const pay = await h.scrollIntoView(page, 'checkout.pay');
  await h.click(page, pay);
  await h.waitForItem(page, 'checkout.error');
  for (const id of ['checkout.phone.error', 'checkout.address.error', 'checkout.city.error', 'checkout.card.number.error', 'checkout.card.cvc.error'])
    await h.scrollIntoView(page, id);  // top to bottom, as the shopper reads them
  await h.screenshot(page, 'checkout-errors-desktop');
  assert.deepEqual(await myOrders(buyer), [], 'nothing is ordered while the form is wrong');

  await h.toTop(page);
  await h.fill(page, 'checkout.phone', '300 123 4567');
  await fillAddress(page);
  await fillCard(page, '4111 1111 1111 1111');
  await h.toTop(page);  // Pagar sits at the top of the side column
  await h.click(page, await h.scrollIntoView(page, 'checkout.pay'));
  await h.waitForItem(page, 'checkout.declined', { timeout: 30000 });
  await h.screenshot(page, 'checkout-declined-desktop');
  let orders = await myOrders(buyer);
  assert.equal(orders.length, 1);
  assert.equal(orders[0].payment_status, 'unpaid', 'a declined card charges nothing');
  // The card was forgotten: the number field is empty again.
  assert.equal((await h.scrollIntoView(page, 'checkout.card.number')).value, '');

  await fillCard(page, '4242 4242 4242 4242');
  await h.toTop(page);
  const again = await h.scrollIntoView(page, 'checkout.pay');
  const c = h.center(again);
  await page.mouse.dblclick(c.x, c.y);  // an impatient double click pays once
  await h.waitForRoute(page, (r) => r.startsWith('#/order/'), { timeout: 30000 });
  await h.waitForItem(page, 'order.paid');
  const verified = await h.waitForItem(page, 'order.receipt.verified', { timeout: 20000 });
  assert.match(verified.label, /Recibo verificado/);
  await h.screenshot(page, 'checkout-confirmation-desktop');
  orders = await myOrders(buyer);
  assert.equal(orders.length, 1, 'the same order was paid: none placed twice');
  assert.equal(orders[0].payment_status, 'paid');
  assert.equal(orders[0].status, 'confirmed');
  const payments = (await api(`/api/v1/payments/status/order/${orders[0].id}`, { token: buyer.token })).body.data.payments;
  assert.deepEqual(payments.map((p) => p.status).sort(), ['APPROVED', 'DECLINED']);
  assert.equal((await h.state(page)).cart_count, 0, 'the cart is empty after paying');
  // The page's total is the server's total.
  assert.equal((await h.scrollIntoView(page, 'checkout.total')).label.replace(/\D/g, ''), String(orders[0].total));
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  // My orders, from the account menu, lists it as paid.
  await h.toTop(page);
  await h.clickId(page, 'nav.account');
  await h.clickId(page, 'nav.account.orders');
  await h.waitForRoute(page, '#/orders');
  assert.equal((await h.waitForItem(page, `orders.row.${orders[0].id}.status`)).label, 'Confirmado');
  await h.screenshot(page, 'orders-list-desktop');
  await context.close();
});

test('phone: Efecty gives a cash code; My orders lists the order; cancelling it with a reason returns the stock', async () => {
  const buyer = await newBuyer('efecty');
  const product = await productWithStock(2);
  const { page, context } = await h.openApp(browser, stub.url, { ...PHONE, route: '#/product/' + product.id });
  await toCheckout(page, product, buyer, { touch: true });
  await fillAddress(page, { touch: true });
  const efecty = await h.scrollIntoView(page, 'checkout.method.efecty', { touch: true });
  await h.tap(page, efecty);
  await h.waitForItem(page, 'checkout.efecty.note');
  await h.screenshot(page, 'checkout-efecty-phone');
  await h.tap(page, await h.scrollIntoView(page, 'checkout.pay', { touch: true }));
  await h.waitForRoute(page, (r) => r.startsWith('#/order/'), { timeout: 30000 });
  const code = await h.waitForItem(page, 'order.efecty.code');
  assert.match(code.label, /\d{6,}/);
  await h.screenshot(page, 'checkout-efecty-code-phone');
  const orderId = (await h.route(page)).split('/')[2].split('?')[0];
  const reserved = (await api('/api/v1/products/' + product.id)).body.data.stock_available;
  assert.equal(reserved, product.stock_available - 1, 'the order holds its unit');

  // My orders, from the account menu.
  await h.tapId(page, 'nav.account');
  await h.tapId(page, 'nav.account.orders');
  await h.waitForRoute(page, '#/orders');
  const row = await h.waitForItem(page, 'orders.row.' + orderId);
  assert.equal((await itemById(page, `orders.row.${orderId}.status`)).value, 'pending');
  await h.screenshot(page, 'orders-list-phone');
  await h.tap(page, row);
  await h.waitForRoute(page, '#/order/' + orderId);
  await h.tap(page, await h.scrollIntoView(page, 'order.cancel', { touch: true }));
  await h.fill(page, 'order.cancel_reason', 'Prefiero pagar con tarjeta', { touch: true });
  await h.tap(page, await h.scrollIntoView(page, 'order.cancel_confirm', { touch: true }));
  await h.waitFor(async () => (await api('/api/v1/orders/' + orderId, { token: buyer.token })).body.data.status === 'cancelled',
    { what: 'the order cancelled', timeout: 20000 });
  await h.toTop(page);
  await h.waitFor(async () => (await itemById(page, 'order.status'))?.value === 'cancelled', { what: 'the page showing it' });
  await h.screenshot(page, 'order-cancelled-phone');
  assert.equal((await api('/api/v1/products/' + product.id)).body.data.stock_available, product.stock_available, 'stock released');
  await context.close();
});

test('fraud scorer down: a PSE payment is held for review and the shopper is told so', async () => {
  const buyer = await newBuyer('pse');
  const product = await productWithStock(1);
  const fault = await api('/api/v1/dev/faults', { method: 'PUT', body: { active: ['fraud_scorer_down'] } });
  assert.equal(fault.status, 200);
  try {
    const { page, context } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/product/' + product.id });
    await toCheckout(page, product, buyer);
    await fillAddress(page);
    await h.click(page, await h.scrollIntoView(page, 'checkout.method.pse'));
    await h.click(page, await h.scrollIntoView(page, 'checkout.pse.bank'));
    const bank = await h.waitForItem(page, (i) => i.id.startsWith('checkout.pse.bank.') && i.role === 'radio');
    await h.click(page, bank);
    await h.waitFor(async () => (await itemById(page, 'checkout.pse.bank'))?.value, { what: 'a bank chosen' });
    await h.screenshot(page, 'checkout-pse-desktop');
    await h.click(page, await h.scrollIntoView(page, 'checkout.pay'));
    await h.waitForRoute(page, (r) => r.startsWith('#/order/'), { timeout: 30000 });
    await h.waitForItem(page, 'order.in_review');
    await h.screenshot(page, 'checkout-held-for-review-desktop');
    const [order] = await myOrders(buyer);
    assert.equal(order.payment_status, 'in_review');
    await context.close();
  } finally {
    await api('/api/v1/dev/faults', { method: 'PUT', body: { active: [] } });
  }
});

test('a session that expires during checkout: sign in again, back on the checkout with the cart intact', async () => {
  const buyer = await newBuyer('expira');
  const product = await productWithStock(2);
  const { page, context, errors } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/product/' + product.id });
  await toCheckout(page, product, buyer);
  await fillAddress(page);
  // The shopper leaves the checkout open past the 30-minute idle limit (the server's clock moves).
  assert.equal((await api('/api/v1/dev/clock', { method: 'POST', body: { advance_seconds: 31 * 60 } })).status, 200);
  const vp = page.viewportSize();
  await h.waitFor(async () => {
    await page.mouse.move(200 + Math.random() * (vp.width - 400), 200 + Math.random() * 300);
    await new Promise((r) => setTimeout(r, 400));
    return (await h.route(page)).startsWith('#/login');
  }, { what: 'the expired session to send the shopper to sign in', timeout: 60000 });
  assert.equal(await h.route(page), '#/login?next=%2Fcheckout');
  assert.match((await h.waitForItem(page, 'login.notice')).label, /expiró/);
  assert.equal((await h.state(page)).cart_count, 1, 'the cart is still there while signed out');
  await h.screenshot(page, 'checkout-session-expired-desktop');
  await h.signIn(page, buyer.email, buyer.password);
  await h.waitForRoute(page, '#/checkout');
  await h.waitForItem(page, 'checkout.name');
  await h.scrollIntoView(page, 'checkout.total');  // the server quoted the same cart again
  assert.equal((await h.state(page)).cart_count, 1, 'the cart is intact');
  // (the token from before the pause expired with its session: a fresh one reads the orders)
  const fresh = await api('/api/v1/auth/login', { method: 'POST', body: { email: buyer.email, password: buyer.password } });
  assert.deepEqual(await myOrders({ token: fresh.body.data.access_token }), [], 'nothing was ordered on the way');
  assert.deepEqual(errors.filter((e) => !e.includes('status of 401')), []);
  await context.close();
});

// Last in this file: it moves the server clock by four whole days (the hour of day stays, so the
// fraud rules' time-of-day checks are as before).
test('an unpaid order says until when its products are kept; four days later it is cancelled and the page says why', async () => {
  const buyer = await newBuyer('unpaid');
  const product = await productWithStock(1);
  const placed = await api('/api/v1/orders', {
    method: 'POST', token: buyer.token, headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { items: [{ product_id: product.id, quantity: 1 }], shipping_name: 'Laura Gómez', shipping_phone: '+573001234567',
      shipping_address: 'Cra. 7 # 45-10, apto 301', shipping_city: 'Bogotá', shipping_state: 'Cundinamarca' },
  });
  assert.equal(placed.status, 201, JSON.stringify(placed.body));
  const order = placed.body.data;
  assert.ok(order.payment_due_at, 'a payable order has a deadline');
  const route = '#/order/' + order.id;
  const opened = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login?next=' + encodeURIComponent(route.slice(1)) });
  await h.signIn(opened.page, buyer.email, buyer.password);
  await h.waitForRoute(opened.page, route);
  const unpaid = await h.waitForItem(opened.page, 'order.unpaid');
  assert.match(unpaid.label, /Guardamos tus productos hasta el .*\d/);
  assert.ok(await h.itemById(opened.page, 'order.pay'), 'it can still be paid');
  await h.screenshot(opened.page, 'order-unpaid-deadline-desktop');
  await opened.context.close();

  const moved = await api('/api/v1/dev/clock', { method: 'POST', body: { advance_seconds: 4 * 86400 } });
  assert.equal(moved.status, 200);
  assert.ok(moved.body.data.expired_orders >= 1, JSON.stringify(moved.body));
  assert.equal((await api('/api/v1/products/' + product.id)).body.data.stock_available, product.stock_available, 'stock released');

  const again = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login?next=' + encodeURIComponent(route.slice(1)) });
  await h.signIn(again.page, buyer.email, buyer.password);
  await h.waitForRoute(again.page, route);
  const expired = await h.waitForItem(again.page, 'order.expired');
  assert.match(expired.label, /No recibimos el pago a tiempo/);
  assert.equal((await itemById(again.page, 'order.status')).value, 'cancelled');
  assert.equal(await itemById(again.page, 'order.pay'), undefined, 'no pay button on a cancelled order');
  await h.screenshot(again.page, 'order-expired-desktop');
  await again.context.close();
});
