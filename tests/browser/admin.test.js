// People and the system in the back office:
//  - users and roles: an ADMIN finds a locked-out buyer, unlocks, deactivates (the buyer can no
//    longer sign in) and reactivates them; the ADMIN is offered no role control anywhere and no
//    action on staff accounts, and forcing the API to grant SUPERUSER answers 403 (nothing
//    changes). A SUPERUSER gets the role menu and promotes the buyer to ADMIN;
//  - vendor applications: one approved (the new vendor reaches the vendor portal), one rejected
//    with a reason checked next to its field;
//  - system health: API, database, versions and uptime as /api/v1/health reports them.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const h = require('./lib/harness');

const DESKTOP = { width: 1440, height: 900, dpr: 1 };
const SEED = 'seed-' + crypto.randomBytes(12).toString('base64url');
const ADMIN = 'admin@mestore.com';
const SUPER = 'super@mestore.com';

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
const login = (email, password) => api('/api/v1/auth/login', { method: 'POST', body: { email, password } });

async function signedInAt(email, route) {
  const opened = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login?next=' + encodeURIComponent(route) });
  await h.signIn(opened.page, email, SEED);
  await h.waitForRoute(opened.page, '#' + route);
  return opened;
}

const email = `bloqueado.${Date.now()}@example.co`;
const password = 'pw-' + crypto.randomBytes(12).toString('base64url');

test('admin: a locked buyer unlocked, deactivated and reactivated; no role control, and a forced grant is refused', async () => {
  assert.equal((await api('/api/v1/auth/register', { method: 'POST', body: { email, password, full_name: 'Sebastián Ríos', phone: '3157654321' } })).status, 201);
  for (let i = 0; i < 5; i++) await login(email, 'clave-equivocada-' + i);
  assert.equal((await login(email, password)).status, 429, 'five wrong passwords lock the account');

  const { context, page, errors } = await signedInAt(ADMIN, '/admin/users?q=' + encodeURIComponent(email));
  const row = `bo.users.row.${email}`;
  assert.match((await h.waitForItem(page, row, { timeout: 20000 })).value, /^BUYER\/locked$/);
  await h.screenshot(page, 'backoffice-users-locked');
  await h.clickId(page, row + '.unlock');
  await h.waitFor(async () => (await h.itemById(page, row))?.value === 'BUYER/active', { what: 'unlocked' });
  assert.equal((await login(email, password)).status, 200, 'the buyer signs in again');

  await h.clickId(page, row + '.deactivate');
  await h.waitFor(async () => (await h.itemById(page, row))?.value === 'BUYER/inactive', { what: 'deactivated' });
  assert.notEqual((await login(email, password)).status, 200, 'a deactivated account cannot sign in');
  await h.clickId(page, row + '.activate');
  await h.waitFor(async () => (await h.itemById(page, row))?.value === 'BUYER/active', { what: 'active again' });
  assert.equal((await login(email, password)).status, 200);

  // Staff accounts: an ADMIN sees them with no action and no role menu at all.
  await page.evaluate(() => { location.hash = '#/admin/users?type=SUPERUSER'; });
  await h.waitForItem(page, `bo.users.row.${SUPER}`, { timeout: 20000 });
  const shown = await h.items(page);
  assert.ok(!shown.some((i) => i.id.endsWith('.role') || i.id.startsWith(`bo.users.row.${SUPER}.`)), 'nothing to press on a superuser');
  await h.screenshot(page, 'backoffice-users-staff');
  // Forced through the API with the admin's own session: 403, and the role stays.
  const admin = (await login(ADMIN, SEED)).body.data.access_token;
  const user = (await api('/api/v1/superuser-admin/users?search=' + encodeURIComponent(email), { token: admin })).body.data[0];
  const forced = await api('/api/v1/superuser-admin/users/' + user.id, { method: 'PATCH', token: admin, body: { user_type: 'SUPERUSER' } });
  assert.equal(forced.status, 403);
  assert.equal(forced.body.error_code, 'FORBIDDEN');
  assert.equal((await api('/api/v1/superuser-admin/users/' + user.id, { token: admin })).body.data.user_type, 'BUYER');
  assert.deepEqual(errors, []);
  await context.close();
});

test('superuser: the role menu promotes the buyer to ADMIN', async () => {
  const { context, page, errors } = await signedInAt(SUPER, '/admin/users?type=SUPERUSER');
  await h.waitForItem(page, `bo.users.row.${SUPER}`, { timeout: 20000 });
  assert.ok(!(await h.itemById(page, `bo.users.row.${SUPER}.role`)), 'not even a superuser changes their own role');
  await page.evaluate((q) => { location.hash = '#/admin/users?q=' + q; }, encodeURIComponent(email));
  const row = `bo.users.row.${email}`;
  await h.waitForItem(page, row, { timeout: 20000 });
  await h.clickId(page, row + '.role');
  await h.clickId(page, row + '.role.ADMIN');
  await h.waitFor(async () => (await h.itemById(page, row))?.value === 'ADMIN/active', { what: 'promoted' });
  await h.screenshot(page, 'backoffice-users-super');
  const token = (await login(SUPER, SEED)).body.data.access_token;
  const user = (await api('/api/v1/superuser-admin/users?search=' + encodeURIComponent(email), { token })).body.data[0];
  assert.equal(user.user_type, 'ADMIN');
  assert.deepEqual(errors, []);
  await context.close();
});

test('vendor applications: one approved (the vendor reaches the portal), one rejected with a reason', async () => {
  const stamp = Date.now();
  const apply = (n, business, document) => api('/api/v1/vendors/register', { method: 'POST', body: {
    email: `solicitud.${n}.${stamp}@example.co`, password, full_name: 'Natalia Cárdenas', phone: '3001239876',
    business_name: business, city: 'Pasto', document_number: document, business_type: 'persona_natural',
    description: 'Artesanías en barniz de Pasto hechas a mano.' } });
  const good = (await apply(1, `Barniz de Pasto ${stamp}`, '1085123456')).body.data;
  const bad = (await apply(2, `Tienda dudosa ${stamp}`, '1085123457')).body.data;
  assert.equal(good.status, 'PENDING');

  const { context, page, errors } = await signedInAt(ADMIN, '/admin/approvals');
  await h.clickId(page, 'bo.approvals.kind.vendors', { timeout: 20000 });
  await h.waitForRoute(page, '#/admin/approvals/vendors');
  await h.waitForItem(page, `bo.vendors.${good.email}.name`, { timeout: 20000 });
  await h.screenshot(page, 'backoffice-vendor-applications');
  await h.click(page, await h.scrollIntoView(page, `bo.vendors.${bad.email}.reject`));
  await h.fill(page, `bo.vendors.${bad.email}.reason`, 'no');
  await h.click(page, await h.scrollIntoView(page, `bo.vendors.${bad.email}.confirm_reject`));
  assert.match((await h.waitForItem(page, `bo.vendors.${bad.email}.reason.error`)).label, /al menos 5 caracteres/);
  await h.fill(page, `bo.vendors.${bad.email}.reason`, 'Falta el RUT y el documento no coincide');
  await h.click(page, await h.scrollIntoView(page, `bo.vendors.${bad.email}.confirm_reject`));
  await h.waitFor(async () => !(await h.itemById(page, `bo.vendors.${bad.email}.name`)), { what: 'the rejected application to leave', timeout: 20000 });
  await h.toTop(page);
  await h.click(page, await h.scrollIntoView(page, `bo.vendors.${good.email}.approve`));
  await h.waitFor(async () => !(await h.itemById(page, `bo.vendors.${good.email}.name`)), { what: 'the approved application to leave', timeout: 20000 });
  assert.deepEqual(errors, []);
  await context.close();

  const admin = (await login(ADMIN, SEED)).body.data.access_token;
  const rejected = (await api('/api/v1/admin/vendor-applications?status=REJECTED&size=100', { token: admin })).body.data.find((a) => a.id === bad.id);
  assert.equal(rejected.rejection_reason, 'Falta el RUT y el documento no coincide');
  // The approved applicant signs in and lands in the vendor portal from the account menu.
  const opened = await h.openApp(browser, stub.url, { ...DESKTOP, route: '#/login' });
  await h.signIn(opened.page, good.email, password);
  await h.clickId(opened.page, 'nav.account');
  await h.clickId(opened.page, 'nav.account.vendor');
  await h.waitForRoute(opened.page, '#/vendor');
  await h.waitForItem(opened.page, 'vp.kpi.sales', { timeout: 20000 });
  assert.deepEqual(opened.errors, []);
  await opened.context.close();
});

test('system health: the API, the database, both versions and the uptime, as /api/v1/health reports them', async () => {
  const { context, page, errors } = await signedInAt(ADMIN, '/admin/system');
  const verdict = await h.waitForItem(page, 'bo.system.verdict', { timeout: 20000 });
  assert.equal(verdict.value, 'ok');
  const health = (await api('/api/v1/health')).body.data;
  assert.equal((await h.itemById(page, 'bo.system.server_version')).label, health.version);
  assert.equal((await h.itemById(page, 'bo.system.database')).label, 'Sana');
  assert.match((await h.itemById(page, 'bo.system.uptime')).label, /^\d+ (s|min \d+ s|h \d+ min)$/);
  assert.match((await h.itemById(page, 'bo.system.latency')).label, /^\d+ ms$/);
  await h.screenshot(page, 'backoffice-system');
  assert.deepEqual(errors, []);
  await context.close();
});
