/** Word → vocabulary row, for a vocabulary of hundreds of thousands of words. */
export interface WordRows {
  get(word: string): number | undefined;
  has(word: string): boolean;
  /** Distinct words. */
  readonly size: number;
  /** Rows (lines) of the vocabulary, repeats included. */
  readonly rowCount: number;
}

/**
 * Indexes a newline-separated vocabulary (row = line number) in an open-addressing hash table over the one
 * vocabulary string: about 10 MB for 341k words, where a Map of as many strings takes over 30 MB. The first
 * (most frequent) row of a repeated word wins.
 */
export function buildWordRows(vocabulary: string): WordRows {
  let size = 1;
  for (let position = vocabulary.indexOf("\n"); position !== -1; position = vocabulary.indexOf("\n", position + 1))
    size += 1;
  const offsets = new Uint32Array(size + 1);
  let next = 1;
  for (let position = vocabulary.indexOf("\n"); position !== -1; position = vocabulary.indexOf("\n", position + 1))
    offsets[next++] = position + 1;
  offsets[size] = vocabulary.length + 1;
  let capacity = 1;
  while (capacity < size * 2) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const mask = capacity - 1;

  const matches = (row: number, word: string) => {
    const start = offsets[row]!;
    const end = offsets[row + 1]! - 1;
    if (end - start !== word.length) return false;
    for (let index = 0; index < word.length; index += 1)
      if (vocabulary.charCodeAt(start + index) !== word.charCodeAt(index)) return false;
    return true;
  };
  // Whether two rows hold the same word, compared in place (no string is made per row).
  const sameWord = (row: number, otherStart: number, otherEnd: number) => {
    const start = offsets[row]!;
    const length = offsets[row + 1]! - 1 - start;
    if (length !== otherEnd - otherStart) return false;
    for (let index = 0; index < length; index += 1)
      if (vocabulary.charCodeAt(start + index) !== vocabulary.charCodeAt(otherStart + index)) return false;
    return true;
  };
  const find = (word: string): number => {
    for (let slot = hash(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot]!;
      if (row === -1 || matches(row, word)) return slot;
    }
  };
  let distinct = 0;
  for (let row = 0; row < size; row += 1) {
    const start = offsets[row]!;
    const end = offsets[row + 1]! - 1;
    for (let slot = hash(vocabulary, start, end) & mask; ; slot = (slot + 1) & mask) {
      const existing = slots[slot]!;
      if (existing === -1) {
        slots[slot] = row;
        distinct += 1;
        break;
      }
      if (sameWord(existing, start, end)) break;
    }
  }
  return {
    size: distinct,
    rowCount: size,
    get(word) {
      const row = slots[find(word)]!;
      return row === -1 ? undefined : row;
    },
    has(word) {
      return slots[find(word)]! !== -1;
    },
  };
}

// FNV-1a over UTF-16 code units.
function hash(text: string, start: number, end: number): number {
  let value = 0x811c9dc5;
  for (let index = start; index < end; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}
