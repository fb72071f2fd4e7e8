// Foundation: the app loads, honours the automation contract, lists products from the stub,
// scrolls with the wheel and the finger, navigates with a click or a tap, and Back/Forward work.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./lib/harness');

let stub, browser;
before(async () => {
  stub = await h.startStub();
  browser = await h.launch();
});
after(async () => {
  await browser?.close();
  await stub?.stop();
});

const isCard = (i) => i.id.startsWith('home.product.');

test('window.mestore follows the contract', async () => {
  const { page, context, errors } = await h.openApp(browser, stub.url);
  const f1 = await page.evaluate(() => window.mestore.frame());
  await h.waitFrames(page, 2);
  assert.ok((await page.evaluate(() => window.mestore.frame())) > f1, 'frames keep coming while a test waits');
  assert.equal(await h.route(page), '#/');
  const s = await h.state(page);
  assert.deepEqual(Object.keys(s).filter((k) => ['user', 'cart_count', 'locale', 'toasts'].includes(k)).sort(),
    ['cart_count', 'locale', 'toasts', 'user']);
  assert.equal(s.user, null);
  assert.equal(s.locale, 'es');
  const card = await h.waitForItem(page, isCard);
  for (const k of ['id', 'label', 'role', 'x', 'y', 'w', 'h', 'enabled']) assert.ok(k in card, `item has ${k}`);
  const roles = new Set(['button', 'input', 'checkbox', 'radio', 'combo', 'tab', 'link', 'menu', 'row', 'text']);
  for (const i of await h.items(page)) assert.ok(roles.has(i.role), `role ${i.role} of ${i.id}`);
  const ids = (await h.items(page)).map((i) => i.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  assert.deepEqual(errors, []);
  await context.close();
});

test('home lists products with COP prices; wheel scrolls a few lines the right way', async () => {
  const { page, context } = await h.openApp(browser, stub.url);
  await h.waitFor(async () => (await h.items(page)).filter(isCard).length >= 6, { what: 'product cards' });
  const status = await h.state(page);
  assert.equal(status.api_reachable, true);
  await h.screenshot(page, 'foundation-home-dpr1');

  const first = (await h.items(page)).filter(isCard)[0];
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, 300);  // about two notches down
  await h.waitFrames(page, 3);
  const moved = (await h.items(page)).find((i) => i.id === first.id);
  const delta = first.y - (moved ? moved.y : -Infinity);
  assert.ok(delta > 60 && delta < 500, `wheel down moved the list up by a few lines (moved ${delta}px)`);
  await page.mouse.wheel(0, -300);
  await h.waitFrames(page, 3);
  const back = (await h.items(page)).find((i) => i.id === first.id);
  assert.ok(back && Math.abs(back.y - first.y) < 2, 'wheel up scrolls back');
  await context.close();
});

test('clicking a product opens it; Back and Forward move between the two', async () => {
  const { page, context } = await h.openApp(browser, stub.url);
  const card = await h.waitForItem(page, (i) => isCard(i) && i.y + i.h < 760);
  await h.click(page, card);
  const productId = card.id.slice('home.product.'.length);
  await h.waitForRoute(page, '#/product/' + productId);
  await h.waitForItem(page, 'product.back');
  const text = await h.waitFor(async () => (await h.items(page)).length > 0 && h.state(page));
  assert.ok(text);
  await page.goBack();
  await h.waitForRoute(page, '#/');
  await h.waitForItem(page, isCard);
  await page.goForward();
  await h.waitForRoute(page, '#/product/' + productId);
  await h.waitForItem(page, 'product.back');
  await context.close();
});

test('a deep link opens the product page directly, crisp at DPR 2', async () => {
  const { page: p0, context: c0 } = await h.openApp(browser, stub.url);
  const card = await h.waitForItem(p0, isCard);
  await c0.close();
  const id = card.id.slice('home.product.'.length);
  const { page, context } = await h.openApp(browser, stub.url, { dpr: 2, route: '#/product/' + id });
  assert.equal(await h.route(page), '#/product/' + id);
  await h.waitForItem(page, 'product.back');
  await h.screenshot(page, 'foundation-product-dpr2');
  await page.goto(stub.url + '/');
  await page.evaluate(() => window.mestore.ready);
  await h.waitForItem(page, isCard);
  await h.screenshot(page, 'foundation-home-dpr2');
  await context.close();
});

test('on a phone one tap is one click, and a swipe scrolls without clicking', async () => {
  const { page, context } = await h.openApp(browser, stub.url, { width: 390, height: 844, dpr: 3, touch: true });
  const first = await h.waitForItem(page, (i) => isCard(i) && i.y > 300 && i.y + i.h < 780);
  await h.screenshot(page, 'foundation-home-phone');

  await h.swipe(page, { x: 200, y: 650 }, { x: 200, y: 350 });
  await h.waitFrames(page, 3);
  assert.equal(await h.route(page), '#/', 'a swipe does not open a product');
  const after = (await h.items(page)).find((i) => i.id === first.id);
  assert.ok(!after || after.y < first.y - 100, 'the list followed the finger up');

  const card = await h.waitForItem(page, (i) => isCard(i) && i.y > 80 && i.y + i.h < 780);
  const historyBefore = await page.evaluate(() => history.length);
  await h.tap(page, card);
  await h.waitForRoute(page, '#/product/' + card.id.slice('home.product.'.length));
  await h.waitFrames(page, 5);
  assert.equal(await page.evaluate(() => history.length), historyBefore + 1, 'exactly one navigation');
  await context.close();
});

test('without WebGL 2 the page explains the problem instead of staying blank', async () => {
  const noGl = await h.launch(['--disable-3d-apis']);
  try {
    const context = await noGl.newContext();
    const page = await context.newPage();
    await page.goto(stub.url + '/');
    const rejected = await page.evaluate(() => window.mestore.ready.then(() => false, () => true));
    assert.equal(rejected, true);
    assert.equal(await page.isVisible('#error'), true);
    assert.match(await page.textContent('#error-text'), /WebGL 2/);
  } finally {
    await noGl.close();
  }
});
