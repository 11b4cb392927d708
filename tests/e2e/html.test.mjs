// The built page is valid HTML, per the W3C Nu HTML checker (vnu-jar, Java).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST } from '../support/browser.mjs';

const VNU = createRequire(import.meta.url)('vnu-jar');

test('the built index.html passes the Nu HTML checker with no errors', () => {
  const run = spawnSync('java', ['-jar', String(VNU), '--errors-only', '--format', 'json', join(DIST, 'index.html')], { encoding: 'utf8' });
  assert.equal(run.error, undefined, 'java must be installed (scripts/setup.sh installs it)');
  // vnu writes its JSON report to stderr, and exits non-zero on errors.
  const report = JSON.parse(run.stderr || run.stdout);
  const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${m.message} (${m.extract})`);
  assert.deepEqual(errors, []);
});
