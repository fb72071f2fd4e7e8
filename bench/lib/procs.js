// Starting and stopping the servers a benchmark compares, each on a free loopback port.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const ROOT = path.resolve(__dirname, '../..');
const BUILD = process.env.MESTORE_BUILD_DIR || path.join(ROOT, 'build');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no answer from ' + url);
}

function tmpdir(tag) { return fs.mkdtempSync(path.join(os.tmpdir(), `mestore-bench-${tag}-`)); }

function stopper(proc, cleanup) {
  return async () => {
    if (proc.exitCode === null) {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.on('exit', r));
    }
    if (cleanup) cleanup();
  };
}

// The MeStore stub, quiet (no per-request log line), fresh data dir, demo or large seed.
async function startStub({ seed = 'demo', args = [], env = {} } = {}) {
  const dataDir = tmpdir('stub');
  const port = await freePort();
  const proc = spawn(path.join(BUILD, 'native/server-stub/mestore-stub'),
    ['--port', String(port), '--data-dir', dataDir, '--seed', seed, '--quiet',
     '--web-root', path.join(BUILD, 'wasm/dist'), ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  readline.createInterface({ input: proc.stderr }).on('line', (l) => lines.push(l));
  readline.createInterface({ input: proc.stdout }).on('line', (l) => lines.push(l));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url + '/health', 600000);
  return { url, dataDir, lines, stop: stopper(proc, () => fs.rmSync(dataDir, { recursive: true, force: true })) };
}

// json-server 0.17 (npm): the stub frontend developers usually reach for.
async function startJsonServer(dbJson) {
  const dir = tmpdir('jsonserver');
  fs.writeFileSync(path.join(dir, 'db.json'), JSON.stringify(dbJson));
  const port = await freePort();
  const bin = path.join(ROOT, 'node_modules/.bin/json-server');
  const proc = spawn(bin, ['--port', String(port), '--host', '127.0.0.1', '--quiet', path.join(dir, 'db.json')],
    { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url + '/products?_limit=1');
  return { url, stop: stopper(proc, () => fs.rmSync(dir, { recursive: true, force: true })) };
}

// nginx serving a file: the loopback ceiling for "answer with these bytes".
async function startNginx(files) {
  const dir = tmpdir('nginx');
  const www = path.join(dir, 'www');
  fs.mkdirSync(www);
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(www, name), body);
  const port = await freePort();
  const conf = `worker_processes auto; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; keepalive_requests 100000;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:${port}; location / { root ${www}; default_type application/json; } } }`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const proc = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url + '/' + Object.keys(files)[0]);
  return { url, stop: stopper(proc, () => fs.rmSync(dir, { recursive: true, force: true })) };
}

function commandExists(cmd) {
  try { execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }); return true; } catch { return false; }
}

module.exports = { ROOT, BUILD, freePort, startStub, startJsonServer, startNginx, waitForHttp, commandExists };
