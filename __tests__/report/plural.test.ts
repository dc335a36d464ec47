import { plural } from '../../src/report/plural.js';

test('plural: the count and the word, plural unless the count is 1; an irregular plural can be given', () => {
  expect([0, 1, 2].map((n) => plural(n, 'file'))).toEqual(['0 files', '1 file', '2 files']);
  expect([1, 3].map((n) => plural(n, 'fix', 'fixes'))).toEqual(['1 fix', '3 fixes']);
  expect(plural(1, 'more finding')).toBe('1 more finding');
});
