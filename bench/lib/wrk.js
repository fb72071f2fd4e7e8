// Runs wrk and reads requests/s and latency percentiles from its --latency report.
'use strict';
const { execFile } = require('node:child_process');
const path = require('node:path');

function toMs(v) {
  const m = /^([\d.]+)(us|ms|s)$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

// { rps, ok_rps, total, errors, p50, p90, p99 } with latencies in milliseconds; ok_rps counts
// only 2xx/3xx answers (a refused request is fast and would flatter the rate).
function wrk(url, { connections = 50, threads = 2, seconds = 10, script, env = {} } = {}) {
  const args = ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--latency'];
  if (script) args.push('-s', path.join(__dirname, '..', 'wrk', script));
  args.push(url);
  return new Promise((resolve, reject) => {
    execFile('wrk', args, { env: { ...process.env, ...env }, maxBuffer: 1 << 20 }, (err, out) => {
      if (err) return reject(err);
      const pct = (p) => { const m = new RegExp(`\\s${p}%\\s+(\\S+)`).exec(out); return m ? toMs(m[1]) : NaN; };
      const rps = Number((/Requests\/sec:\s+([\d.]+)/.exec(out) || [])[1]);
      const non2xx = Number((/Non-2xx or 3xx responses:\s+(\d+)/.exec(out) || [0, 0])[1]);
      const sockErr = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const errors = non2xx + (sockErr ? sockErr.slice(1).map(Number).reduce((a, b) => a + b, 0) : 0);
      const total = Number((/(\d+) requests in/.exec(out) || [0, 0])[1]);
      const ok_rps = total ? rps * Math.max(0, total - errors) / total : 0;
      resolve({ rps, ok_rps, total, p50: pct(50), p90: pct(90), p99: pct(99), errors, raw: out });
    });
  });
}

module.exports = { wrk };
