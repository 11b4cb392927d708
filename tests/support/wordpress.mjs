// Debian's real WordPress for the tests, on loopback: a throwaway MariaDB
// on a unix socket (no TCP) and WordPress under `php -S`, both in one temp
// directory that stop() removes. Installed by POSTing WordPress's own
// install form; posts are saved through WordPress's own wp_insert_post.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVariant, serve } from './browser.mjs';

export const WORDPRESS_TREE = '/usr/share/wordpress';

/** A free loopback port (closed again at once; good enough for a test). */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}`);
  }
  return result.stdout;
}

/** Like run(), without blocking this process (which serves the widget). */
function runAsync(command, args, input) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${err}${out}`))));
    child.stdin.end(input);
  });
}

async function until(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** `version` of each real program the test runs, for its report. */
export function versions() {
  const first = (cmd, args) => run(cmd, args).split('\n')[0].trim();
  const wp = /\$wp_version = '([^']+)'/.exec(readFileSync(join(WORDPRESS_TREE, 'wp-includes', 'version.php'), 'utf8'))[1];
  return { wordpress: wp, mariadb: first('mariadbd', ['--version']), php: first('php', ['--version']) };
}

// Debian's own wp-config.php reads /etc/wordpress/config-<host>.php; the
// test leaves /etc alone and gives its copy of the tree its own config.
const wpConfig = ({ socket, home }) => `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {
  define($key, 'versus-test-only-' . $key);
}
define('WP_HOME', '${home}');
define('WP_SITEURL', '${home}');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// No requests leave the machine, but to the widget under test.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;

// WordPress fetches oEmbed only from public addresses on ports 80, 443 and
// 8080 (wp_http_validate_url). The test serves the widget at
// http://127.0.0.1:<port>/, so this allows exactly that host and port. A
// Versus deployed at a public https address needs none of it.
const loopbackPlugin = (port) => `<?php
/* Plugin Name: Versus tests: oEmbed from the widget on loopback */
add_filter('http_request_host_is_external', function ($external, $host) {
  return $external || $host === '127.0.0.1';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host) {
  if ($host === '127.0.0.1') $ports[] = ${Number(port)};
  return $ports;
}, 10, 2);
`;

// Saves a post as the administrator would from the editor; the content
// comes on stdin. Prints the post's address.
const NEW_POST = `<?php
require $argv[1] . '/wp-load.php';
wp_set_current_user(1);
$id = wp_insert_post(['post_title' => $argv[2], 'post_content' => wp_slash(stream_get_contents(STDIN)), 'post_status' => 'publish'], true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo get_permalink($id);
`;

/**
 * Starts WordPress at http://localhost:<port>/ (another site than the
 * widget on 127.0.0.1), allowed to fetch oEmbed from 127.0.0.1:`widgetPort`.
 * Returns its url, post(title, content) -> (a promise of) the post's
 * address, and stop().
 */
export async function startWordPress({ widgetPort }) {
  const dir = mkdtempSync(join(tmpdir(), 'versus-wp-'));
  const socket = join(dir, 'mysql.sock');
  const children = [];
  const killAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
  process.on('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(children.map((child) => new Promise((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) return ok();
      const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => { clearTimeout(hard); ok(); });
      child.kill('SIGTERM');
    })));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a fresh data directory, root without a password, no TCP.
    run('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root',
      '--auth-root-authentication-method=normal', '--skip-test-db']);
    children.push(spawn('mariadbd', ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`,
      '--skip-networking', '--user=root', `--pid-file=${join(dir, 'mariadbd.pid')}`,
      `--log-error=${join(dir, 'mariadbd.log')}`, '--innodb-buffer-pool-size=16M'], { stdio: 'ignore' }));
    const client = ['--no-defaults', `--socket=${socket}`, '--user=root'];
    await until('MariaDB', () => spawnSync('mariadb-admin', [...client, 'ping'], { stdio: 'ignore' }).status === 0)
      .catch((e) => { throw new Error(`${e.message}; its log:\n${readFileSync(join(dir, 'mariadbd.log'), { encoding: 'utf8', flag: 'a+' })}`); });
    run('mariadb', [...client, '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    // WordPress: a copy of Debian's tree with its own config and plugin.
    const root = join(dir, 'wordpress');
    cpSync(WORDPRESS_TREE, root, { recursive: true, verbatimSymlinks: true });
    const port = await freePort();
    const url = `http://localhost:${port}/`;
    writeFileSync(join(root, 'wp-config.php'), wpConfig({ socket, home: url.slice(0, -1) }));
    mkdirSync(join(root, 'wp-content', 'mu-plugins'));
    writeFileSync(join(root, 'wp-content', 'mu-plugins', 'versus-loopback.php'), loopbackPlugin(widgetPort));
    writeFileSync(join(dir, 'new-post.php'), NEW_POST);
    children.push(spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], { stdio: 'ignore' }));
    const local = `http://127.0.0.1:${port}/`;
    await until('php -S', () => fetch(local, { redirect: 'manual' }).then(() => true, () => false));

    const form = new URLSearchParams({
      weblog_title: 'A blog about backends', user_name: 'admin', admin_email: 'admin@example.invalid',
      admin_password: 'versus-test-only', admin_password2: 'versus-test-only', pw_weak: '1', blog_public: '0',
    });
    const installed = await fetch(`${local}wp-admin/install.php?step=2`, { method: 'POST', body: form }).then((r) => r.text());
    if (!installed.includes('<h1>Success!</h1>')) throw new Error(`WordPress did not install:\n${installed.slice(0, 2000)}`);

    const post = async (title, content) => (await runAsync('php', [join(dir, 'new-post.php'), root, title], content)).trim();
    return { url, post, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Serves a build at the address its oEmbed responses name (the
 * VERSUS_PUBLIC_URL it was built with: http://127.0.0.1:8080/ by default,
 * so the test needs no build of its own). Where that is not a free
 * loopback port, first builds a copy for a free one (15 to 30 seconds:
 * the compiled WASM is reused).
 */
export async function serveAtPublicUrl(dist) {
  const publicUrl = new URL(JSON.parse(readFileSync(join(dist, 'oembed.json'), 'utf8')).provider_url);
  if (publicUrl.hostname === '127.0.0.1' && publicUrl.pathname === '/' && publicUrl.port) {
    try {
      return { ...(await serve(dist, { port: Number(publicUrl.port) })), dist };
    } catch (e) {
      if (e.code !== 'EADDRINUSE') throw e;
    }
  }
  const port = await freePort();
  const variant = mkdtempSync(join(tmpdir(), 'versus-dist-'));
  buildVariant(variant, undefined, { VERSUS_PUBLIC_URL: `http://127.0.0.1:${port}/` });
  const server = await serve(variant, { port });
  return {
    ...server,
    dist: variant,
    stop: async () => {
      await server.stop();
      rmSync(variant, { recursive: true, force: true });
    },
  };
}
