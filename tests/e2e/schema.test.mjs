// docs/dataset.schema.json, checked by a real JSON Schema validator (ajv,
// draft 2020-12): it accepts every dataset the core's reader accepts here,
// and rejects, at the right place, files the reader refuses.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures');
const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

const schema = read('docs/dataset.schema.json');
// Strict: an unknown keyword or a loose tuple in the schema is an error, not
// a warning. Except `strictRequired`, which would refuse the source's
// `oneOf` of `required: ["id"]` / `["file"]` (fields defined beside it).
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

const errorsOf = (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));

describe('dataset.schema.json', () => {
  const valid = ['data/dataset.json', ...readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => `tests/fixtures/${f}`)];

  for (const path of valid) {
    test(`${path} validates`, () => {
      assert.deepEqual(errorsOf(read(path)), []);
    });
  }

  // What an author has not written yet is not an error (the reader lists
  // it as still to write): no citation, no source, a range without its note.
  test('accepts a draft with work still to write', () => {
    const dataset = read('tests/fixtures/docs-example.json');
    delete dataset.criteria[1].scores[0].contested;
    for (const c of dataset.criteria) for (const s of c.scores) s.citations = [];
    dataset.sources = [];
    assert.deepEqual(errorsOf(dataset), []);
  });

  // Each breaks one thing in the documentation's example; `at` is where
  // the validator must say the problem is.
  const broken = [
    ['a score of 15', (d) => { d.criteria[1].scores[1].value = 15; }, '/criteria/1/scores/1/value'],
    ['no title', (d) => { delete d.title; }, '/'],
    ['an unknown field', (d) => { d.criteria[0].colour = 'red'; }, '/criteria/0'],
    ['7 technologies', (d) => {
      for (let i = 0; d.technologies.length < 7; i++) d.technologies.push({ id: `t${i}`, name: `T${i}` });
    }, '/technologies'],
    ['a javascript: url', (d) => { d.sources[0].url = 'javascript:alert(1)'; }, '/sources/0/url'],
    ['a weight of 2.5', (d) => { d.presets[0].weights.setup = 2.5; }, '/presets/0/weights/setup'],
    ['a source with both id and file', (d) => { d.sources[1].file = 'notes.txt'; }, '/sources/1'],
    ['a source with neither id nor file', (d) => { delete d.sources[1].id; }, '/sources/1'],
    ['a reserved criterion id', (d) => { d.criteria[1].id = 'sort'; }, '/criteria/1/id'],
    ['an id with a space', (d) => { d.technologies[0].id = 'sq lite'; }, '/technologies/0/id'],
    ['a contested note with no range', (d) => { delete d.criteria[1].scores[0].range; }, '/criteria/1/scores/0'],
    ['a range of three numbers', (d) => { d.criteria[1].scores[0].range = [3, 5, 7]; }, '/criteria/1/scores/0/range'],
    ['a citation with no quote', (d) => { delete d.criteria[0].scores[0].citations[0].quote; }, '/criteria/0/scores/0/citations/0'],
    ['a blank name', (d) => { d.technologies[1].name = '  '; }, '/technologies/1/name'],
    ['a quote of 81 words', (d) => { d.criteria[0].scores[1].citations[0].quote = 'word '.repeat(81); }, '/criteria/0/scores/1/citations/0/quote'],
    ['a default weight of 11', (d) => { d.default_weight = 11; }, '/default_weight'],
  ];

  for (const [what, breakIt, at] of broken) {
    test(`rejects ${what}`, () => {
      const dataset = read('tests/fixtures/docs-example.json');
      breakIt(dataset);
      const errors = errorsOf(dataset);
      assert.ok(errors.some((e) => e.startsWith(`${at} `)), `expected an error at ${at}, got ${JSON.stringify(errors)}`);
    });
  }
});
