/** `1 file`, `2 files`, `0 files`: the count and the word, plural unless the count is 1. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
