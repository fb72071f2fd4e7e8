// The stub going away while the app is open: the shopper sees that the API cannot be reached,
// and when the server comes back (same address, same data) the app recovers by itself with the
// cart intact.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const h = require('./lib/harness');

let stub, browser;
test.before(async () => {
  stub = await h.startStub({ args: ['--quiet'] });
  browser = await h.launch();
});
test.after(async () => {
  await browser.close();
  await stub.stop();
});

test('the stub crashes and comes back: the app shows the outage, recovers, and keeps the cart', async () => {
  const list = await (await fetch(stub.url + '/api/v1/products?size=10&in_stock=true')).json();
  const [a, b] = list.data;
  const cart = { version: 1, lines: [a, b].map((p) => ({ product_id: p.id, quantity: 2, name: p.name, price: p.price,
    image_url: '', vendor_name: p.vendor_name, max_quantity: p.stock_available })) };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((c) => { if (!localStorage.getItem('mestore.cart')) localStorage.setItem('mestore.cart', c); }, JSON.stringify(cart));
  const page = await context.newPage();
  await page.goto(stub.url + '/#/catalog');
  await page.evaluate(() => window.mestore.ready);
  await h.waitForState(page, (s) => s.api_reachable && s.cart_count === 4, { timeout: 20000 });
  await h.waitForItem(page, 'catalog.product.');

  await stub.kill();
  // The health check runs every 15 s while the API is up; the outage shows by then.
  await h.waitForState(page, (s) => !s.api_reachable, { timeout: 30000 });
  await h.screenshot(page, 'outage-1280');
  const down = await h.state(page);
  assert.strictEqual(down.cart_count, 4, 'the cart is kept while the API is down');

  stub = await h.startStub({ args: ['--quiet'], port: stub.port, dataDir: stub.dataDir });
  // While down, the app asks again every 3 s.
  await h.waitForState(page, (s) => s.api_reachable, { timeout: 20000 });
  await h.clickId(page, 'nav.cart');
  await h.waitForRoute(page, (r) => r.startsWith('#/cart'));
  await h.waitForItem(page, 'cart.total', { timeout: 20000 });
  const up = await h.state(page);
  assert.strictEqual(up.cart_count, 4, 'the cart survived the outage');
  await h.screenshot(page, 'outage-recovered-1280');
  await context.close();
});
