// deploy/nginx.conf, run by Debian's nginx (scripts/setup.sh --browser
// installs it) on loopback over the release build, sends the headers the
// build's _headers file defines.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentType, headersFor, parseHeaders } from '../../scripts/static-server.mjs';
import { DIST, ROOT } from '../support/browser.mjs';
import { hashedFile, metaPolicy } from '../support/build.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** `text` with `from` replaced by `to`, which must occur exactly once. */
function replaceOnce(text, from, to) {
  assert.equal(text.split(from).length, 2, `deploy/nginx.conf must contain "${from}" once`);
  return text.replace(from, to);
}

/**
 * A complete nginx config in `dir` around deploy/nginx.conf, with its root
 * and listen rewritten and every path nginx writes kept inside `dir`.
 * master_process off: one process, so no worker switches to another user
 * that might not read `dir` or DIST.
 */
function writeConfig(dir, port) {
  let site = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${port};`);
  site = replaceOnce(site, 'root /srv/versus/dist;', `root ${DIST};`);
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `    ${kind}_temp_path ${join(dir, `${kind}_temp`)};`)
    .join('\n');
  writeFileSync(join(dir, 'nginx.conf'), `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {}
http {
    access_log off;
${temp}
    include ${join(dir, 'site.conf')};
}
`);
  return join(dir, 'nginx.conf');
}

function hashed(prefix, suffix) {
  const name = hashedFile(DIST, prefix, suffix);
  assert.ok(name, `no ${prefix}-<hash>${suffix} in ${DIST}`);
  return name;
}

describe('deploy/nginx.conf with Debian nginx', () => {
  let dir;
  let nginx;
  let base;

  before(async () => {
    assert.ok(existsSync(NGINX), `${NGINX} is missing: run scripts/setup.sh --browser`);
    assert.ok(existsSync(join(DIST, '_headers')), `${DIST} has no _headers: build it with the current tools/postbuild`);
    dir = mkdtempSync(join(tmpdir(), 'versus-nginx-'));
    const port = await freePort();
    const config = writeConfig(dir, port);
    const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', config];
    const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
    assert.equal(check.status, 0, `nginx -t rejects the config:\n${check.stderr}`);
    nginx = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr.on('data', (d) => { stderr += d; });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (nginx.exitCode !== null) assert.fail(`nginx exited:\n${stderr}`);
      if (await fetch(`${base}/sw.js`).then(() => true, () => false)) break;
      if (i === 50) assert.fail(`nginx did not answer on ${base}:\n${stderr}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  });

  after(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((ok) => nginx.once('exit', ok));
      nginx.kill('SIGQUIT');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('serves every tested path with the headers _headers defines', async () => {
    const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
    const paths = ['/', '/index.html', '/embed.html', '/de/embed.html', '/de/', `/${hashed('versus', '.js')}`, `/${hashed('versus', '_bg.wasm')}`,
      `/${hashed('app', '.css')}`, '/sw.js', '/embed.js', '/manifest.webmanifest'];
    for (const path of paths) {
      const response = await fetch(base + path);
      assert.equal(response.status, 200, path);
      const body = await response.text();
      const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
      assert.equal(response.headers.get('content-type')?.split(';')[0], contentType(file).split(';')[0], `${path} Content-Type`);
      const expected = headersFor(rules, path);
      assert.ok(Object.keys(expected).length >= 4, `_headers says little about ${path}`);
      for (const [name, value] of Object.entries(expected)) {
        const sent = response.headers.get(name);
        if (name === 'content-security-policy') {
          // nginx cannot know the boot script's hash, which changes every
          // build: it adds frame-ancestors to the meta policy the page
          // carries, and browsers enforce both, which is the policy
          // _headers sends in one header.
          const meta = metaPolicy(body);
          assert.ok(meta, `${path} has its policy in a meta tag`);
          assert.equal(`${meta}; ${sent}`, value, `${path} ${name}`);
        } else {
          assert.equal(sent, value, `${path} ${name}`);
        }
      }
      for (const name of ['content-security-policy', 'cross-origin-opener-policy']) {
        if (!(name in expected)) assert.equal(response.headers.get(name), null, `${path} sends ${name} that _headers does not`);
      }
    }
    const wasm = await fetch(`${base}/${hashed('versus', '_bg.wasm')}`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal((await fetch(`${base}/_headers`)).status, 404);
  });
});
