// No import cycles between the modules of the app (`src/`) or of the build
// hook (`tools/postbuild/src/`). No browser: this reads the Rust sources.
import { describe as group, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crateCycles, describe } from '../support/module-cycles.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The cycles of a crate made of `files` (path -> source). */
function cyclesOf(files) {
  const dir = mkdtempSync(join(tmpdir(), 'module-cycles-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return crateCycles(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

group('import cycles', () => {
  for (const crate of ['src', 'tools/postbuild/src']) {
    test(`${crate} has none`, () => {
      const report = describe(crate, crateCycles(join(ROOT, crate)));
      assert.equal(report, '', `\n${report}`);
    });
  }

  test('the check sees a cycle between folders, through super:: and through the root', () => {
    const found = cyclesOf({
      'lib.rs': 'mod model;\nmod platform;\npub use model::Thing;\nfn helper() { platform::fetch(); }\n',
      'model.rs': 'use crate::platform::fetch::Failure;\npub struct Thing;\n',
      'platform/mod.rs': 'pub mod fetch;\npub mod dom;\npub use dom::focus;\n',
      'platform/fetch.rs': 'use crate::model::Thing;\npub struct Failure;\n',
      'platform/dom.rs': '// crate::helper in a comment is no import\npub fn focus() { super::super::helper(); }\n',
    });
    assert.deepEqual(
      found.modules.map((c) => c.map((edge) => edge.split('    ')[0])),
      [
        ['crate -> platform', 'platform -> crate'],
        ['model -> platform', 'platform -> model'],
      ],
    );
    assert.deepEqual(
      found.files.map((c) => c.map((edge) => edge.split('    ')[0])),
      [['model -> platform::fetch', 'platform::fetch -> model']],
      'the root re-exports and calls through a parent, which is no file cycle',
    );
  });

  test('re-exports and module declarations are no dependency', () => {
    const found = cyclesOf({
      'lib.rs': 'mod a;\nmod b;\npub use a::A;\npub use b::B;\n',
      'a.rs': 'use crate::b::B;\npub struct A(B);\n',
      'b.rs': 'pub struct B;\n',
    });
    assert.deepEqual(found, { files: [], modules: [] });
  });
});
