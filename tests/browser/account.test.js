// Accounts in the browser: sign in and out (errors next to the field, show-password, Tab and
// Enter), five wrong passwords and the lockout counting down, registering a buyer (the server's
// password policy under the field), the vendor application, the account page (profile, change
// password, sessions: this device, ending another, signing out everywhere), a reload that keeps
// the session, and a session that expires on the cart: sign in again, back to the cart, cart intact.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const h = require('./lib/harness');

// A fresh password per run for the demo accounts (never one written in the source).
const SEED = 'seed-' + crypto.randomBytes(12).toString('base64url');
const freshPassword = () => 'pw-' + crypto.randomBytes(12).toString('base64url');
const DESKTOP = { width: 1280, height: 800, dpr: 1 };
const PHONE = { width: 390, height: 844, dpr: 3, touch: true };

let stub, browser;
before(async () => {
  stub = await h.startStub({
    args: ['--dev-controls', '--login-rate-per-minute', '100000'],
    env: { MESTORE_SEED_PASSWORD: SEED },
  });
  browser = await h.launch();
});
after(async () => {
  await browser?.close();
  await stub?.stop();
});

const api = (path, opts) => h.apiCall(stub.url, path, opts);
const apiLogin = async (email, password) => (await api('/api/v1/auth/login', { method: 'POST', body: { email, password } })).body.data.access_token;

const itemById = async (page, id) => (await h.items(page)).find((i) => i.id === id);
// Console errors other than the ones a failed request logs by itself (a wrong password is a 401
// on purpose; the browser reports every refused request).
const realErrors = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

const { fill, toTop, signIn } = h;

// The error line sits right under its field, at the field's left edge.
function assertUnder(field, error) {
  assert.ok(error.y >= field.y + field.h - 1 && error.y - (field.y + field.h) < 24, `error under the field: ${JSON.stringify({ field, error })}`);
  assert.ok(Math.abs(error.x - field.x) < 4, 'aligned with the field');
}

test('sign in and out: the error next to the field, show password, Tab and Enter, reload keeps the session', async () => {
  const email = 'santiago.gomez@mestore.com';
  const { page, context, errors } = await h.openApp(browser, stub.url, DESKTOP);
  const entry = await h.waitForItem(page, 'nav.account');
  assert.equal(entry.label, 'Ingresar');
  await h.click(page, entry);
  await h.waitForRoute(page, '#/login');
  await h.waitForItem(page, 'login.submit');
  await h.screenshot(page, 'account-login-desktop');

  // A wrong password: the message sits under the password field.
  await fill(page, 'login.email', email);
  await fill(page, 'login.password', 'not-the-password-1');
  await h.clickId(page, 'login.submit');
  const error = await h.waitForItem(page, 'login.password.error', { timeout: 20000 });
  assert.match(error.label, /correo o la contraseña no son correctos/);
  assertUnder(await itemById(page, 'login.password'), error);
  await h.screenshot(page, 'account-login-error-desktop');

  // The password shows masked, and in clear with the eye.
  await fill(page, 'login.password', SEED);
  assert.equal((await itemById(page, 'login.password')).value, '*'.repeat(SEED.length));
  await h.clickId(page, 'login.password.show');
  await h.waitFor(async () => (await itemById(page, 'login.password')).value === SEED, { what: 'password in clear' });
  assert.equal((await itemById(page, 'login.password.show')).checked, true);
  await h.clickId(page, 'login.password.show');

  // Keyboard only from the email field: Tab to the password, Enter signs in.
  await h.clickId(page, 'login.email');
  await h.waitForTextFocus(page);
  await h.press(page, 'Tab');
  await h.waitFrames(page, 2);
  await h.press(page, 'Enter');
  const s = await h.waitForState(page, (st) => st.user && st.user.email === email, { timeout: 20000 });
  assert.equal(s.user.user_type, 'BUYER');
  await h.waitForRoute(page, '#/');  // back where they came from
  await h.waitFor(async () => (await itemById(page, 'nav.account'))?.label === 'Santiago', { what: 'the name in the top bar' });
  assert.ok((await h.state(page)).toasts.some((t) => /Hola, Santiago/.test(t.text)));

  // A reload keeps the session (the refresh cookie brings it back), on a page that needs one.
  await page.evaluate(() => { location.hash = '#/account'; });
  await h.waitForItem(page, 'account.name');
  await page.reload();
  await page.evaluate(() => window.mestore.ready);
  const name = await h.waitForItem(page, 'account.name', { timeout: 20000 });
  assert.equal(name.label, 'Santiago Gómez');
  assert.equal((await h.route(page)), '#/account');

  // Sign out from the account menu.
  await h.clickId(page, 'nav.account');
  await h.waitForItem(page, 'nav.account.profile');
  await h.screenshot(page, 'account-menu-desktop');
  await h.clickId(page, 'nav.account.logout');
  await h.waitForState(page, (st) => st.user === null);
  await h.waitForRoute(page, '#/');  // the account page needs a session: home
  assert.ok((await h.state(page)).toasts.some((t) => /Cerraste sesión/.test(t.text)));
  // …and the server agrees: a reload stays signed out.
  await page.reload();
  await page.evaluate(() => window.mestore.ready);
  await h.waitFrames(page, 10);
  assert.equal((await h.state(page)).user, null);
  // A page that needs a session sends a guest to sign in, and back there afterwards.
  await page.evaluate(() => { location.hash = '#/account'; });
  await h.waitForRoute(page, '#/login?next=%2Faccount');
  await signIn(page, email, SEED);
  await h.waitForRoute(page, '#/account');
  await h.waitForItem(page, 'account.name');
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('five wrong passwords show the lockout with the time left, counting down', async () => {
  const email = 'juanpablo.restrepo@mestore.com';
  const { page, context } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login' });
  await fill(page, 'login.email', email);
  await fill(page, 'login.password', 'wrong-password-123');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await h.clickId(page, 'login.submit');
    // Each answer settles before the next try (the button is disabled while it is on its way).
    await h.waitFor(async () => (await itemById(page, 'login.submit'))?.enabled === true || (await itemById(page, 'login.locked')),
      { what: `answer ${attempt}`, timeout: 20000 });
    await h.waitFrames(page, 2);
  }
  const locked = await h.waitForItem(page, 'login.locked', { timeout: 20000 });
  const m = locked.label.match(/(\d+):(\d\d) min/);
  assert.ok(m, locked.label);
  const left = Number(m[1]) * 60 + Number(m[2]);
  assert.ok(left > 28 * 60 && left <= 30 * 60, `about 30 minutes left: ${locked.label}`);
  assert.equal((await itemById(page, 'login.submit')).enabled, false, 'no sign-in while locked');
  assert.equal(await itemById(page, 'login.password.error'), undefined, 'the lockout replaces the wrong-password line');
  await h.screenshot(page, 'account-login-locked-desktop');
  // It counts down while the page sits there.
  await h.waitFor(async () => {
    const now = await itemById(page, 'login.locked');
    const n = now && now.label.match(/(\d+):(\d\d) min/);
    return n && Number(n[1]) * 60 + Number(n[2]) < left;
  }, { what: 'the countdown to move', timeout: 5000 });
  // Another account is not locked: the notice belongs to the email it was reported for.
  await fill(page, 'login.email', 'valentina.ospina@mestore.com');
  await h.waitFor(async () => !(await itemById(page, 'login.locked')), { what: 'no lockout for another email' });
  assert.equal((await itemById(page, 'login.submit')).enabled, true);
  await context.close();

  // The same on a phone, in English.
  const phone = await h.openApp(browser, stub.url, { ...PHONE, route: '#/login' });
  await h.tapId(phone.page, 'nav.language');
  await fill(phone.page, 'login.email', email, { touch: true });
  await fill(phone.page, 'login.password', 'wrong-password-123', { touch: true });
  await h.tapId(phone.page, 'login.submit');
  const lockedEn = await h.waitForItem(phone.page, 'login.locked', { timeout: 20000 });
  assert.match(lockedEn.label, /locked.*try again in \d+:\d\d min/);
  await h.screenshot(phone.page, 'account-login-locked-phone');
  await phone.context.close();
});

// A password ≥ 12 characters from the common-password list the server refuses (john-data).
function commonPassword() {
  const list = fs.readFileSync(process.env.MESTORE_COMMON_PASSWORDS || '/usr/share/john/password.lst', 'utf8');
  return list.split('\n').find((w) => !w.startsWith('#') && w.length >= 12 && /^[a-z0-9]+$/.test(w));
}

test('register a buyer: the policy rule under the field, then a good password signs the new buyer in', async () => {
  const email = `ana.${Date.now()}@example.co`;
  const { page, context, errors } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/cart' });
  await h.clickId(page, 'nav.account');
  await h.waitForRoute(page, '#/login?next=%2Fcart');
  await h.clickId(page, 'login.register');
  await h.waitForRoute(page, '#/register?next=%2Fcart');
  await fill(page, 'register.name', 'Ana María Suárez');
  await fill(page, 'register.email', email);
  await fill(page, 'register.phone', '300 555 0101');
  // Too short: the client says so at once, under the field.
  await fill(page, 'register.password', 'corta');
  await fill(page, 'register.confirm', 'corta');
  await h.clickId(page, 'register.submit');
  let error = await h.waitForItem(page, 'register.password.error');
  assert.match(error.label, /12 caracteres/);
  // Long enough but common: only the server knows its list; its 422 lands under the field.
  const common = commonPassword();
  assert.ok(common, 'a common password of 12+ characters in the list');
  await fill(page, 'register.password', common);
  await fill(page, 'register.confirm', common);
  await h.clickId(page, 'register.submit');
  error = await h.waitForItem(page, (i) => i.id === 'register.password.error' && /común/.test(i.label), { timeout: 20000 });
  assertUnder(await itemById(page, 'register.password'), error);
  await h.screenshot(page, 'account-register-error-desktop');
  // A good one: the account is created, signed in, and the shopper is back on the cart.
  const password = freshPassword();
  await fill(page, 'register.password', password);
  await fill(page, 'register.confirm', password);
  await h.clickId(page, 'register.submit');
  const s = await h.waitForState(page, (st) => st.user && st.user.email === email, { timeout: 30000 });
  assert.equal(s.user.user_type, 'BUYER');
  await h.waitForRoute(page, '#/cart');
  // The server has it, with the mobile number normalised.
  const token = await apiLogin(email, password);
  const me = await api('/api/v1/auth/me', { token });
  assert.equal(me.body.data.full_name, 'Ana María Suárez');
  assert.equal(me.body.data.phone, '+573005550101');
  assert.deepEqual(realErrors(errors), []);
  await context.close();

  const phone = await h.openApp(browser, stub.url, { ...PHONE, route: '#/register' });
  await h.waitForItem(phone.page, 'register.submit');
  await h.screenshot(phone.page, 'account-register-phone');
  await phone.context.close();
});

test('apply as a vendor: errors under the fields, then the application is pending review', async () => {
  const email = `tienda.${Date.now()}@example.co`;
  const { page, context } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login' });
  await h.clickId(page, 'login.vendor_apply');
  await h.waitForRoute(page, '#/vendor-apply');
  await h.screenshot(page, 'account-vendor-apply-desktop');
  await h.click(page, await h.scrollIntoView(page, 'vendor.submit'));
  await h.waitFrames(page, 3);
  await toTop(page);
  const missing = await h.scrollIntoView(page, 'vendor.phone.error');
  assert.match(missing.label, /obligatorio/);
  await h.click(page, await h.scrollIntoView(page, 'vendor.name'));
  await fill(page, 'vendor.name', 'Lucía Fernández');
  await fill(page, 'vendor.email', email);
  await fill(page, 'vendor.phone', '3105550202');
  await fill(page, 'vendor.password', freshPassword());
  await h.click(page, await h.scrollIntoView(page, 'vendor.business'));
  await fill(page, 'vendor.business', 'Tejidos Wayuu 2');
  await fill(page, 'vendor.city', 'Riohacha');
  await fill(page, 'vendor.document', '12345');  // too short for a cédula or a NIT: the server says so
  await h.click(page, await h.scrollIntoView(page, 'vendor.type.empresa'));
  assert.equal((await itemById(page, 'vendor.type.empresa')).checked, true);
  await h.click(page, await h.scrollIntoView(page, 'vendor.submit'));
  // The answer puts the message under the field, above where the page now is: scroll back to it.
  const docError = await h.waitFor(async () => { await toTop(page); return h.scrollIntoView(page, 'vendor.document.error').catch(() => null); },
    { what: 'the document error', timeout: 30000 });
  assert.match(docError.label, /NIT/);
  await h.click(page, await h.scrollIntoView(page, 'vendor.document'));
  await fill(page, 'vendor.document', '900123456-7');
  await h.click(page, await h.scrollIntoView(page, 'vendor.submit'));
  const status = await h.waitForItem(page, 'vendor.status', { timeout: 20000 });
  assert.match(status.label, /en revisión/);
  assert.match((await itemById(page, 'vendor.done')).label, /Tejidos Wayuu 2/);
  await h.screenshot(page, 'account-vendor-done-desktop');
  await context.close();

  const phone = await h.openApp(browser, stub.url, { ...PHONE, route: '#/vendor-apply' });
  await h.waitForItem(phone.page, 'vendor.name');
  await h.screenshot(phone.page, 'account-vendor-apply-phone');
  await phone.context.close();
});

test('account page: profile, sessions (this device, ending another), change password, sign out everywhere', async () => {
  const email = 'valentina.ospina@mestore.com';
  const other = await apiLogin(email, SEED);  // a second device
  const { page, context, errors } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login?next=%2Faccount' });
  await signIn(page, email, SEED);
  await h.waitForRoute(page, '#/account');
  assert.equal((await h.waitForItem(page, 'account.email')).label, email);
  assert.equal((await itemById(page, 'account.role')).label, 'Comprador');
  const rows = await h.waitFor(async () => {
    const r = (await h.items(page)).filter((i) => /^account\.session\.[^.]+$/.test(i.id));
    return r.length === 2 ? r : null;
  }, { what: 'two session rows', timeout: 20000 });
  const mine = rows.find((r) => r.value === 'current');
  const theirs = rows.find((r) => r.value !== 'current');
  assert.ok(mine && theirs, 'one row is this device');
  assert.ok(await itemById(page, mine.id + '.current'), '"Este dispositivo" marker');
  assert.equal(await itemById(page, mine.id + '.end'), undefined, 'this device is ended by signing out');
  await h.screenshot(page, 'account-desktop');

  // End the other device's session: its row goes, and its token stops working.
  await h.clickId(page, theirs.id + '.end');
  await h.waitFor(async () => !(await itemById(page, theirs.id)), { what: 'the ended row to go', timeout: 20000 });
  assert.equal((await api('/api/v1/auth/me', { token: other })).status, 401);

  // Change the password (current, new, confirm); sessions elsewhere end, this one goes on.
  const next = freshPassword();
  await h.click(page, await h.scrollIntoView(page, 'account.password.current'));
  await fill(page, 'account.password.current', SEED);
  await fill(page, 'account.password.new', next);
  await fill(page, 'account.password.confirm', next);
  await h.click(page, await h.scrollIntoView(page, 'account.password.submit'));
  await h.waitForItem(page, 'account.password.done', { timeout: 30000 });
  await h.screenshot(page, 'account-password-changed-desktop');
  assert.equal((await api('/api/v1/auth/login', { method: 'POST', body: { email, password: SEED } })).status, 401);
  const third = await apiLogin(email, next);
  assert.equal((await h.state(page)).user.email, email, 'still signed in here');

  // Sign out everywhere: after a reload the list shows the new device too; both end.
  await page.reload();
  await page.evaluate(() => window.mestore.ready);
  await h.waitFor(async () => (await h.items(page)).filter((i) => /^account\.session\.[^.]+$/.test(i.id)).length === 2,
    { what: 'two sessions after the reload', timeout: 20000 });
  await h.click(page, await h.scrollIntoView(page, 'account.logout_everywhere'));
  await h.click(page, await h.scrollIntoView(page, 'account.logout_everywhere.confirm'));
  await h.waitForState(page, (st) => st.user === null, { timeout: 20000 });
  await h.waitForRoute(page, '#/');
  assert.equal((await api('/api/v1/auth/me', { token: third })).status, 401);
  assert.deepEqual(realErrors(errors), []);
  await context.close();

  // The phone layout.
  const phone = await h.openApp(browser, stub.url, { ...PHONE, route: '#/login?next=%2Faccount' });
  await signIn(phone.page, email, next, { touch: true });
  await h.waitForItem(phone.page, 'account.name');
  await h.waitFor(async () => (await h.items(phone.page)).some((i) => /^account\.session\./.test(i.id)), { what: 'sessions' });
  await h.screenshot(phone.page, 'account-phone');
  await h.tapId(phone.page, 'nav.account');
  await h.waitForItem(phone.page, 'nav.account.logout');
  await h.screenshot(phone.page, 'account-menu-phone');
  await phone.context.close();
});

test('a session that expires on the cart: sign in again, back on the cart with the items intact', async () => {
  const email = 'camila.rodriguez@mestore.com';
  const products = (await api('/api/v1/products?size=40')).body.data.filter((p) => p.stock_available >= 3);
  const { page, context } = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login' });
  await signIn(page, email, SEED);
  // Two products in the cart, with real clicks.
  for (const p of products.slice(0, 2)) {
    const before = (await h.state(page)).cart_count;
    await page.evaluate((id) => { location.hash = '#/product/' + id; }, p.id);
    await h.waitForRoute(page, '#/product/' + p.id);
    await h.waitForItem(page, (i) => i.id === 'product.add' && i.enabled, { timeout: 20000 });
    await h.clickId(page, 'product.add');
    await h.waitForState(page, (s) => s.cart_count > before);
  }
  const count = (await h.state(page)).cart_count;
  await h.clickId(page, 'nav.cart');
  await h.waitForRoute(page, '#/cart');
  await h.waitForItem(page, `cart.line.${products[0].id}.qty.value`);

  // The shopper goes for a coffee: the server's clock moves past the 30-minute idle limit.
  assert.equal((await api('/api/v1/dev/clock', { method: 'POST', body: { advance_seconds: 31 * 60 } })).status, 200);
  // Back at the cart, they move the mouse: the app checks the session and finds it over.
  const vp = page.viewportSize();
  await h.waitFor(async () => {
    await page.mouse.move(200 + Math.random() * (vp.width - 400), 200 + Math.random() * 300);
    await new Promise((r) => setTimeout(r, 400));
    return (await h.route(page)).startsWith('#/login');
  }, { what: 'the expired session to send the shopper to sign in', timeout: 60000 });
  assert.equal(await h.route(page), '#/login?next=%2Fcart');
  const notice = await h.waitForItem(page, 'login.notice');
  assert.match(notice.label, /expiró/);
  assert.match(notice.label, /carrito sigue guardado/);
  assert.ok((await h.state(page)).toasts.some((t) => /expiró/.test(t.text)), 'a toast says why');
  assert.equal((await h.state(page)).user, null);
  await h.screenshot(page, 'account-session-expired-desktop');

  await signIn(page, email, SEED);
  await h.waitForRoute(page, '#/cart');
  assert.equal((await h.state(page)).cart_count, count, 'the cart is intact');
  for (const p of products.slice(0, 2)) await h.waitForItem(page, `cart.line.${p.id}.qty.value`);
  assert.equal(await itemById(page, 'login.notice'), undefined);
  await context.close();
});
