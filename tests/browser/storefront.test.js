// Storefront, browse and cart half: a guest browses home → category → search (typed) → filters →
// product → adds 2 → the badge shows it → reload keeps the cart → quantities change in the cart
// → Back/Forward walk catalog, product and cart. Also: paste into the search box, the same flow
// with a finger on a phone, product pictures as textures, and screenshots of every screen.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const zlib = require('node:zlib');
const h = require('./lib/harness');

let stub, browser, quoteAvailable;
before(async () => {
  stub = await h.startStub();
  browser = await h.launch();
  // The quote endpoint arrives with the commerce work; until then the cart shows its error state.
  const res = await fetch(stub.url + '/api/v1/orders/quote', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: [] }),
  });
  quoteAvailable = res.status !== 404 && res.status !== 405;
  if (!quoteAvailable) console.log('# note: POST /api/v1/orders/quote is not on this server yet (HTTP %d): quote assertions are skipped, its error state is checked instead', res.status);
});
after(async () => {
  await browser?.close();
  await stub?.stop();
});

const api = async (path) => (await (await fetch(stub.url + path)).json());
const DESKTOP = { width: 1280, height: 800, dpr: 1 };
const PHONE = { width: 390, height: 844, dpr: 3, touch: true };
const productIdOf = (id) => id.slice(id.lastIndexOf('.') + 1);
const itemById = async (page, id) => (await h.items(page)).find((i) => i.id === id);
// Console errors, minus the 404 the browser logs for the quote endpoint before the commerce work lands.
const realErrors = (errors) => errors.filter((e) => quoteAvailable || !/status of 404/.test(e));

test('a guest browses, searches, filters, fills the cart, reloads, and walks Back/Forward', async () => {
  const { page, context, errors } = await h.openApp(browser, stub.url, DESKTOP);
  await h.waitForItem(page, 'home.product.');
  await h.waitForItem(page, 'home.category.tecnologia');
  await h.screenshot(page, 'storefront-home-desktop');

  // Category from the home page.
  await h.clickId(page, 'home.category.tecnologia');
  await h.waitForRoute(page, '#/catalog?cat=tecnologia');
  await h.waitForItem(page, 'catalog.product.');
  await h.screenshot(page, 'storefront-catalog-desktop');

  // Search, typed with the real keyboard; the route follows after the pause, replacing the entry.
  const historyBefore = await page.evaluate(() => history.length);
  await h.clickId(page, 'catalog.search');
  await h.type(page, 'audífonos');
  await h.waitForRoute(page, '#/catalog?cat=tecnologia&q=aud%C3%ADfonos');
  assert.equal((await itemById(page, 'catalog.search')).value, 'audífonos');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'typing replaces the history entry');
  await h.waitFor(async () => (await h.items(page)).filter((i) => i.id.startsWith('catalog.product.')).length > 0,
    { what: 'search results' });
  for (const i of (await h.items(page)).filter((x) => x.id.startsWith('catalog.product.')))
    assert.match(i.label, /Audífonos/, 'every result matches the search');

  // Filters: in stock, then sort by price (a menu).
  await h.click(page, await h.scrollIntoView(page, 'catalog.stock'));
  await h.waitForRoute(page, (r) => r.includes('stock=1'));
  await h.waitFor(async () => (await itemById(page, 'catalog.stock'))?.checked === true, { what: 'checkbox checked' });
  await h.click(page, await h.scrollIntoView(page, 'catalog.sort'));
  await h.clickId(page, 'catalog.sort.price_asc');
  await h.waitForRoute(page, '#/catalog?cat=tecnologia&q=aud%C3%ADfonos&sort=price_asc&stock=1');
  // The first card is the cheapest the API has for the same question.
  const expected = await api('/api/v1/products?search=' + encodeURIComponent('audífonos') +
    '&category=tecnologia&in_stock=true&sort_by=price&sort_order=asc&size=24');
  await h.waitFor(async () => {
    const cards = (await h.items(page)).filter((i) => i.id.startsWith('catalog.product.'));
    return cards.length && productIdOf(cards[0].id) === expected.data[0].id;
  }, { what: 'sorted results' });
  await h.screenshot(page, 'storefront-catalog-filtered-desktop');

  // Open a product with at least 2 in stock.
  const pick = expected.data.find((p) => p.stock_available >= 2);
  assert.ok(pick, 'a product with stock to buy');
  const card = await h.scrollIntoView(page, 'catalog.product.' + pick.id);
  await h.click(page, card);
  await h.waitForRoute(page, '#/product/' + pick.id);
  await h.waitForItem(page, 'product.add');
  await h.screenshot(page, 'storefront-product-desktop');

  // Quantity 2, add: toast, badge, count.
  await h.clickId(page, 'product.qty.plus');
  await h.waitFor(async () => (await itemById(page, 'product.qty.value'))?.value === '2', { what: 'quantity 2' });
  await h.clickId(page, 'product.add');
  const s = await h.waitForState(page, (st) => st.cart_count === 2);
  assert.ok(s.toasts.some((t) => t.kind === 'success'), 'a success toast says it was added');
  await h.waitFor(async () => (await itemById(page, 'nav.cart'))?.label === 'Carrito (2)', { what: 'badge label' });
  await h.screenshot(page, 'storefront-product-added-desktop');

  // Reload keeps the cart.
  await page.reload();
  await page.evaluate(() => window.mestore.ready);
  await h.waitForState(page, (st) => st.cart_count === 2);

  // The cart: the line, quantity changes, the quote (or its error state before the commerce work).
  await h.clickId(page, 'nav.cart');
  await h.waitForRoute(page, '#/cart');
  const qtyId = `cart.line.${pick.id}.qty`;
  await h.waitFor(async () => (await itemById(page, qtyId + '.value'))?.value === '2', { what: 'cart line with 2' });
  if (quoteAvailable) {
    const total = await h.waitForItem(page, 'cart.total');
    assert.match(total.value, /^\$ [\d.]+$/);
  } else {
    await h.waitForItem(page, 'cart.quote_retry');
    assert.equal((await itemById(page, 'cart.checkout')).enabled, false, 'no paying without the server total');
  }
  await h.screenshot(page, 'storefront-cart-desktop');
  await h.clickId(page, qtyId + '.plus');
  await h.waitForState(page, (st) => st.cart_count === 3);
  await h.clickId(page, qtyId + '.minus');
  await h.waitForState(page, (st) => st.cart_count === 2);
  assert.equal((await itemById(page, qtyId + '.value')).value, '2');

  // Back/Forward: cart → product → catalog (with its filters) → product → cart.
  await page.goBack();
  await h.waitForRoute(page, '#/product/' + pick.id);
  await h.waitForItem(page, 'product.add');
  await page.goBack();
  await h.waitForRoute(page, '#/catalog?cat=tecnologia&q=aud%C3%ADfonos&sort=price_asc&stock=1');
  await h.waitForItem(page, 'catalog.product.' + pick.id);
  assert.equal((await itemById(page, 'catalog.search')).value, 'audífonos', 'the search box follows the route');
  await page.goForward();
  await h.waitForRoute(page, '#/product/' + pick.id);
  await page.goForward();
  await h.waitForRoute(page, '#/cart');
  await h.waitForItem(page, qtyId + '.value');

  // Removing the last line leaves the empty cart.
  await h.clickId(page, `cart.line.${pick.id}.remove`);
  await h.waitForItem(page, 'cart.browse');
  assert.equal((await h.state(page)).cart_count, 0);
  await h.screenshot(page, 'storefront-cart-empty-desktop');
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('paste from the OS clipboard into the search box, then Enter searches', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stub.url });
  const page = await context.newPage();
  await page.goto(stub.url + '/');
  await page.evaluate(() => window.mestore.ready);
  await page.evaluate(() => navigator.clipboard.writeText('café'));
  await h.clickId(page, 'nav.search');
  await h.press(page, 'Control+V');
  await h.waitFor(async () => (await itemById(page, 'nav.search'))?.value === 'café', { what: 'pasted text' });
  await h.press(page, 'Enter');
  await h.waitForRoute(page, '#/catalog?q=caf%C3%A9');
  await h.waitForItem(page, 'catalog.product.');
  await context.close();
});

test('catalog: list view persists, price range validates, pages move, empty and deep links', async () => {
  const { page, context } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/catalog' });
  await h.waitForItem(page, 'catalog.product.');
  // List view, remembered across a reload (Platform::save) even without ?view.
  await h.clickId(page, 'catalog.view.list');
  await h.waitForRoute(page, '#/catalog?view=list');
  await h.screenshot(page, 'storefront-catalog-list-desktop');
  await page.goto(stub.url + '/#/catalog?sort=newest');
  await page.evaluate(() => window.mestore.ready);
  await h.waitFor(async () => (await itemById(page, 'catalog.view.list'))?.checked === true, { what: 'list view kept' });
  await h.clickId(page, 'catalog.view.grid');

  // Price: min above max is refused next to the fields; a valid range goes into the route.
  await h.clickId(page, 'catalog.price_min');
  await h.type(page, '500000');
  await h.clickId(page, 'catalog.price_max');
  await h.type(page, '100000');
  await h.waitFor(async () => (await itemById(page, 'catalog.price_apply'))?.enabled === false, { what: 'apply disabled' });
  await h.screenshot(page, 'storefront-catalog-price-error-desktop');
  await h.press(page, 'Control+A');
  await h.type(page, '900000');
  await h.press(page, 'Enter');
  await h.waitForRoute(page, (r) => r.includes('max=900000') && r.includes('min=500000'));
  // The fields show the amounts grouped once left.
  await h.waitFor(async () => (await itemById(page, 'catalog.price_min'))?.value === '500.000', { what: 'grouped min' });
  await h.clickId(page, 'catalog.chip.price');
  await h.waitForRoute(page, (r) => !r.includes('min='));

  // Pages: next, then Back returns to page 1.
  const next = await h.scrollIntoView(page, 'catalog.page.next');
  await h.click(page, next);
  await h.waitForRoute(page, (r) => r.includes('page=2'));
  await page.goBack();
  await h.waitForRoute(page, (r) => !r.includes('page='));

  // A search that finds nothing says so and offers a way out.
  await page.goto(stub.url + '/#/catalog?q=zzzzqqq');
  await page.evaluate(() => window.mestore.ready);
  await h.waitForItem(page, 'catalog.empty_clear');
  await h.screenshot(page, 'storefront-catalog-empty-desktop');
  await h.clickId(page, 'catalog.empty_clear');
  await h.waitForRoute(page, '#/catalog');

  // Keyboard only: Tab reaches the first field (the minimum price), typing and Enter apply it.
  await h.waitForItem(page, 'catalog.product.');
  await h.press(page, 'Tab');
  await h.waitForTextFocus(page);
  await h.type(page, '20000');
  await h.press(page, 'Enter');
  await h.waitForRoute(page, '#/catalog?min=20000');
  await context.close();
});

test('English is complete on the storefront screens', async () => {
  const { page, context } = await h.openApp(browser, stub.url, DESKTOP);
  await h.clickId(page, 'nav.language');
  await h.waitForState(page, (s) => s.locale === 'en');
  for (const route of ['#/', '#/catalog?cat=tecnologia', '#/cart', '#/checkout', '#/account']) {
    await page.goto(stub.url + '/' + route);
    await page.evaluate(() => window.mestore.ready);
    await h.waitFrames(page, 10);
    const labels = (await h.items(page)).map((i) => i.label).join(' | ');
    // Untranslated keys show up as "screen.key": none may appear.
    assert.doesNotMatch(labels, /\b(nav|home|catalog|product|cart|checkout|account)\.[a-z_]+\b/, `${route}: ${labels}`);
  }
  await page.goto(stub.url + '/#/catalog?cat=tecnologia');
  await page.evaluate(() => window.mestore.ready);
  await h.waitForItem(page, 'catalog.product.');
  await h.screenshot(page, 'storefront-catalog-english-desktop');
  await context.close();
});

test('on a phone: home → product → add to cart with a finger, search folded in the top bar', async () => {
  const { page, context, errors } = await h.openApp(browser, stub.url, PHONE);
  await h.waitForItem(page, 'home.product.');
  await h.screenshot(page, 'storefront-home-phone');
  // Touch targets in the top bar are at least 44 CSS px.
  for (const id of ['nav.search_toggle', 'nav.account', 'nav.cart', 'nav.language']) {
    const i = await h.waitForItem(page, id);
    assert.ok(i.w >= 44 && i.h >= 44, `${id} is ${i.w}×${i.h}`);
  }
  const cats = await h.scrollIntoView(page, 'home.category.tecnologia', { touch: true });
  await h.screenshot(page, 'storefront-home-categories-phone');
  assert.ok(cats.h >= 44);

  // A product with stock from the first shelf.
  const newest = await api('/api/v1/products?sort_by=created_at&sort_order=desc&size=12');
  const pick = newest.data.find((p) => p.stock_available >= 1);
  const card = await h.scrollIntoView(page, 'home.product.' + pick.id, { touch: true });
  await h.tap(page, card);
  await h.waitForRoute(page, '#/product/' + pick.id);
  await h.waitForItem(page, 'product.back');
  await h.screenshot(page, 'storefront-product-phone');
  const add = await h.scrollIntoView(page, 'product.add', { touch: true });
  await h.screenshot(page, 'storefront-product-buy-phone');
  await h.tap(page, add);
  await h.waitForState(page, (s) => s.cart_count === 1);

  await h.tapId(page, 'nav.cart');
  await h.waitForRoute(page, '#/cart');
  await h.waitForItem(page, `cart.line.${pick.id}.qty.value`);
  if (!quoteAvailable) await h.waitForItem(page, 'cart.quote_retry');
  await h.screenshot(page, 'storefront-cart-phone');

  // Search: the magnifier opens a row with the field; typing and Enter open the catalog.
  await h.tapId(page, 'nav.search_toggle');
  await h.tapId(page, 'nav.search');
  await h.type(page, 'olla');
  await h.press(page, 'Enter');
  await h.waitForRoute(page, '#/catalog?q=olla');
  await h.waitForItem(page, 'catalog.product.');
  await h.screenshot(page, 'storefront-catalog-phone');
  await h.tapId(page, 'catalog.filters_toggle');
  await h.waitForItem(page, 'catalog.stock');
  await h.screenshot(page, 'storefront-catalog-filters-phone');
  await h.tapId(page, 'catalog.stock');
  await h.waitForRoute(page, (r) => r.includes('stock=1'));
  await h.tapId(page, 'catalog.view.list');
  await h.waitForRoute(page, (r) => r.includes('view=list'));
  await h.screenshot(page, 'storefront-catalog-list-phone');

  for (const [route, name] of [['#/checkout', 'checkout-guest'], ['#/account', 'account']]) {
    await page.goto(stub.url + '/' + route);
    await page.evaluate(() => window.mestore.ready);
    await h.waitFrames(page, 6);
    await h.screenshot(page, `storefront-${name}-phone`);
  }
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('a guest at the checkout is sent to sign in first; arrows and Enter work without a mouse', async () => {
  const { page, context } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/checkout' });
  await h.waitForRoute(page, (r) => r.startsWith('#/login') && r.includes('next=%2Fcheckout'));
  await h.waitForItem(page, 'login.submit');
  // Keyboard only, on a fresh page (the empty cart): the first arrow picks the first widget, the
  // next moves down into the page, Enter presses what has the focus; either way a link leaves #/cart.
  await page.goto(stub.url + '/#/cart');
  await page.reload();
  await page.evaluate(() => window.mestore.ready);
  await h.waitForItem(page, 'cart.browse');
  await h.press(page, 'ArrowDown');
  await h.waitFrames(page, 2);
  await h.press(page, 'ArrowDown');
  await h.waitFrames(page, 2);
  await h.press(page, 'Enter');
  await h.waitForRoute(page, (r) => r !== '#/cart');
  await context.close();
});

// --- the quote, as the server will answer it -------------------------------------------------------
// The test answers POST /orders/quote itself (the agreed shape, the backend's rules: IVA 19 %,
// shipping 15.000 below 200.000): the first line's price went up, the second sold out.
test('the cart shows the server quote and flags what changed since the shopper added it', async () => {
  const list = await api('/api/v1/products?size=40&sort_by=price&sort_order=asc');
  const [a, b] = list.data.filter((p) => p.stock_available >= 3);
  const cart = { version: 1, lines: [a, b].map((p) => ({
    product_id: p.id, quantity: 2, name: p.name, price: p.price, image_url: '', vendor_name: p.vendor_name,
    max_quantity: p.stock_available })) };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((c) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('mestore.cart', c); sessionStorage.setItem('seeded', '1'); } }, JSON.stringify(cart));
  const page = await context.newPage();
  const quotes = [];
  await page.route('**/api/v1/orders/quote', async (route) => {
    const req = JSON.parse(route.request().postData());
    quotes.push(req);
    const lines = req.items.map((it) => {
      const p = it.product_id === a.id ? a : b;
      const unit = p === a ? a.price + 10000 : p.price;
      const available = p === a ? p.stock_available : 0;
      return { product_id: p.id, sku: p.sku, name: p.name, unit_price: unit, quantity: it.quantity,
        line_total: unit * it.quantity, available, problem: available ? null : 'OUT_OF_STOCK' };
    });
    const subtotal = lines.filter((l) => l.available).reduce((s, l) => s + l.line_total, 0);
    const iva = Math.round(subtotal * 0.19);
    const shipping = subtotal >= 200000 ? 0 : 15000;
    await route.fulfill({ json: { status: 'success', data: {
      lines, subtotal, iva, shipping, total: subtotal + iva + shipping, free_shipping_from: 200000,
      orderable: lines.every((l) => !l.problem) } } });
  });
  await page.goto(stub.url + '/#/cart');
  await page.evaluate(() => window.mestore.ready);
  const diff = await h.waitForItem(page, 'cart.differences');
  assert.match(diff.label, new RegExp(a.name + '.*subió'), diff.label);
  assert.match(diff.label, new RegExp(b.name + '.*ya no está disponible'), diff.label);
  const unit = a.price + 10000;
  const subtotal = unit * 2;
  const iva = Math.round(subtotal * 0.19);
  const fmt = (n) => '$ ' + n.toLocaleString('de-DE');
  assert.equal((await itemById(page, 'cart.subtotal')).value, fmt(subtotal));
  assert.equal((await itemById(page, 'cart.iva')).value, fmt(iva));
  assert.equal((await itemById(page, 'cart.checkout')).enabled, false, 'an unavailable line blocks paying');
  assert.deepEqual(quotes[0], { items: [{ product_id: a.id, quantity: 2 }, { product_id: b.id, quantity: 2 }] },
    'the quote asks for ids and quantities, never prices');
  await h.screenshot(page, 'storefront-cart-quote-changes-desktop');

  // Removing the sold-out line re-quotes and unblocks "Continuar al pago".
  await h.clickId(page, `cart.line.${b.id}.remove`);
  await h.waitFor(async () => (await itemById(page, 'cart.checkout'))?.enabled === true, { what: 'checkout enabled' });
  assert.deepEqual(quotes.at(-1), { items: [{ product_id: a.id, quantity: 2 }] });
  const total = subtotal + iva + (subtotal >= 200000 ? 0 : 15000);
  assert.equal((await itemById(page, 'cart.total')).value, fmt(total));
  await h.clickId(page, 'cart.differences.dismiss');
  await h.waitFor(async () => !(await itemById(page, 'cart.differences')), { what: 'notice dismissed' });
  // A guest is asked to sign in first; the checkout itself has its own tests (checkout.test.js).
  await h.clickId(page, 'cart.checkout');
  await h.waitForRoute(page, '#/login?next=%2Fcheckout');
  await h.waitForItem(page, 'login.submit');

  // The phone layout of the same cart, and a sold-out product page.
  const soldOut = (await api('/api/v1/products?size=100')).data.find((p) => p.stock_available === 0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(stub.url + '/#/cart');
  await h.waitForItem(page, 'cart.total');
  await h.screenshot(page, 'storefront-cart-quote-narrow');
  if (soldOut) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(stub.url + '/#/product/' + soldOut.id);
    const add = await h.waitForItem(page, 'product.add');
    assert.equal(add.enabled, false, 'a sold-out product cannot be added');
    await h.screenshot(page, 'storefront-product-sold-out-desktop');
  }
  await context.close();
});

test('an idle shop draws nothing (home, catalog, product, cart), and wakes for input', async () => {
  // Without the automation flag the host draws on demand, as for a real shopper.
  const quiet = await h.launch(['--disable-blink-features=AutomationControlled']);
  try {
    const context = await quiet.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(stub.url + '/');
    await page.evaluate(() => window.mestore.ready);
    assert.equal(await page.evaluate(() => navigator.webdriver), false);
    const product = (await api('/api/v1/products?size=1')).data[0];
    for (const [route, id] of [['#/', 'home.product.'], ['#/catalog?cat=tecnologia', 'catalog.product.'],
      ['#/product/' + product.id, 'product.add'], ['#/cart', 'cart.browse']]) {
      await page.evaluate((r) => { location.hash = r; }, route);
      await h.waitForItem(page, id);
      // Answers land, pictures finish downloading and fading in: then the shop is idle.
      await h.waitFor(async () => (await h.state(page)).images.loading === 0, { what: 'pictures loaded', timeout: 30000 });
      await new Promise((r) => setTimeout(r, 1500));
      const before = await page.evaluate(() => window.mestore.frame());
      await new Promise((r) => setTimeout(r, 2000));
      const drawn = (await page.evaluate(() => window.mestore.frame())) - before;
      // A frame loop would draw ~120 here. The background health check (every 15 s) may land in
      // the window and wake a few frames for its answer; anything more is a redraw leak.
      assert.ok(drawn <= 6, `${route}: ${drawn} frames drawn in 2 s of idling`);
    }
    const before = await page.evaluate(() => window.mestore.frame());
    await page.mouse.move(500, 300);
    await h.waitFor(async () => (await page.evaluate(() => window.mestore.frame())) > before, { what: 'a frame for input' });
    await context.close();
  } finally {
    await quiet.close();
  }
});

test('an empty cart on a phone', async () => {
  const { page, context } = await h.openApp(browser, stub.url, { ...PHONE, route: '#/cart' });
  await h.waitForItem(page, 'cart.browse');
  await h.screenshot(page, 'storefront-cart-empty-phone');
  await h.tapId(page, 'cart.browse');
  await h.waitForRoute(page, '#/catalog');
  await context.close();
});

// --- pictures -------------------------------------------------------------------------------------
// Until the seeded JPEGs exist, the test serves its own pictures: every product gets an image_url
// under /media/test/, answered with a generated PNG (one in five answers 404 to show failures).
function png(width, height, rgb) {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb(x), 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => { let c = 0xFFFFFFFF; for (const b of buf) c = crcTable[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

test('product pictures load lazily as textures, with placeholders for failures', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requested = new Set();
  let n = 0;
  await page.route('**/api/v1/products**', async (route) => {
    const res = await route.fetch();
    const body = await res.json();
    const add = (p) => {
      p.image_url = `/media/test/${p.id}.png`;
      p.images = [p.image_url, `/media/test/${p.id}-b.png`];
    };
    if (Array.isArray(body.data)) body.data.forEach(add); else if (body.data) add(body.data);
    await route.fulfill({ response: res, json: body });
  });
  await page.route('**/media/test/**', async (route) => {
    const url = new URL(route.request().url());
    requested.add(url.pathname);
    if (++n % 5 === 0) return route.fulfill({ status: 404, body: 'no' });
    const hue = [...url.pathname].reduce((a, c) => a + c.charCodeAt(0), 0) % 3;
    const colours = [[230, 90, 40], [40, 120, 220], [40, 170, 90]];
    await route.fulfill({ status: 200, contentType: 'image/png',
      body: png(320, 240, (x) => (x < 12 || x > 307 ? [255, 255, 255] : colours[hue])) });
  });
  await page.goto(stub.url + '/#/catalog');
  await page.evaluate(() => window.mestore.ready);
  await h.waitForItem(page, 'catalog.product.');
  const s = await h.waitForState(page, (st) => st.images && st.images.ready >= 4 && st.images.loading === 0,
    { what: 'pictures on screen' });
  assert.ok(s.images.failed >= 1, 'a failed picture is counted (and drawn as a placeholder)');
  const firstScreen = requested.size;
  assert.ok(firstScreen < 24, `only pictures near the viewport are fetched (${firstScreen} of 24)`);
  await h.screenshot(page, 'storefront-pictures-desktop');
  // Scrolling down asks for the next ones.
  await page.mouse.move(640, 500);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, 400); await h.waitFrames(page, 2); }
  await h.waitFor(async () => requested.size > firstScreen, { what: 'lazy pictures below the fold' });

  // The product page: main picture and its thumbnails.
  const card = (await h.items(page)).find((i) => i.id.startsWith('catalog.product.') && i.y > 80 && i.y + i.h < 760);
  await h.click(page, card);
  await h.waitForItem(page, 'product.thumb.1');
  await h.clickId(page, 'product.thumb.1');
  await h.waitFor(async () => (await itemById(page, 'product.image'))?.value.endsWith('-b.png'), { what: 'second photo' });
  await h.waitForState(page, (st) => st.images.loading === 0);
  await h.screenshot(page, 'storefront-product-pictures-desktop');
  await context.close();
});
