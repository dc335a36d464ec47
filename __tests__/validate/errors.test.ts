import { Ajv2020 } from 'ajv/dist/2020.js';
import { closest, collapseErrors, splitPointer } from '../../src/validate/errors.js';

function problems(schema: object, value: unknown) {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  const validate = ajv.compile(schema);
  expect(validate(value)).toBe(false);
  return collapseErrors(validate.errors ?? []);
}

describe('collapseErrors', () => {
  test('anyOf of required properties becomes one "missing a (or b)" problem at the parent', () => {
    const schema = {
      type: 'object',
      additionalProperties: { type: 'object', anyOf: [{ required: ['image'] }, { required: ['build'] }] },
    };
    expect(problems(schema, { proxy: { user: 'x' } })).toEqual([
      { path: ['proxy'], target: 'key', kind: 'required', missing: [['image'], ['build']] },
    ]);
  });

  test('required: [a, b] of one keyword means both are needed', () => {
    expect(problems({ type: 'object', required: ['a', 'b'] }, {})).toEqual([
      { path: [], target: 'key', kind: 'required', missing: [['a', 'b']] },
    ]);
  });

  test('when every branch rejects the type, one problem lists the alternatives', () => {
    const schema = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
    expect(problems(schema, 5)).toEqual([{ path: [], target: 'value', kind: 'type', expected: 'a string or a list' }]);
  });

  test('when a branch matches the type, only its inner errors are kept', () => {
    const schema = { type: 'object', properties: { x: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } } };
    expect(problems(schema, { x: ['a', 1] })).toEqual([
      { path: ['x', '1'], target: 'value', kind: 'type', expected: 'a string' },
    ]);
  });

  test('an x-expected annotation on the combinator names the alternatives', () => {
    const schema = { 'x-expected': 'a map or a list', anyOf: [{ type: 'object' }, { type: 'array' }] };
    expect(problems(schema, 'x')).toEqual([{ path: [], target: 'value', kind: 'type', expected: 'a map or a list' }]);
  });

  test('unknown keys carry the key and the known keys', () => {
    const schema = { type: 'object', properties: { images: { type: 'array' } }, additionalProperties: false };
    expect(problems(schema, { image: 1 })).toEqual([
      { path: ['image'], target: 'key', kind: 'unknown-key', key: 'image', keyNoun: undefined, knownKeys: ['images'] },
    ]);
  });
});

describe('helpers', () => {
  test('splitPointer unescapes JSON pointer segments', () => {
    expect(splitPointer('')).toEqual([]);
    expect(splitPointer('/services/a~1b/0/c~0d')).toEqual(['services', 'a/b', '0', 'c~d']);
  });

  test('closest suggests only near misses', () => {
    expect(closest('banned-modle', ['banned-model', 'proxy-user'])).toBe('banned-model');
    expect(closest('zzz', ['banned-model', 'proxy-user'])).toBeUndefined();
    expect(closest('x', undefined)).toBeUndefined();
  });
});
