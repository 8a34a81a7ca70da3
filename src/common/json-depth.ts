/** How deep a request body may nest: DTOs need a handful of levels; 32 leaves room and is cheap. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, read from its UTF-8 bytes
 * before it is parsed: one pass with a counter, no recursion, so that neither the parser nor
 * the recursive transformation and validation after it ever see a body of 100 000 `[`.
 * Bytes inside strings do not count; in UTF-8 no byte of a multi-byte character is ASCII.
 */
export function jsonNestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPEN.has(byte)) {
      depth++;
      if (depth > limit) return true;
    } else if (CLOSE.has(byte)) {
      depth--;
    }
  }
  return false;
}
