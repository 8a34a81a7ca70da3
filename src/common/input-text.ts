/** A UTF-16 code unit of a surrogate pair that stands alone: no Unicode character at all. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * What is wrong with a text from a client that no column could store: PostgreSQL refuses NUL
 * in text and a lone surrogate in UTF-8. Null when nothing is.
 */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) {
    return 'contains a lone UTF-16 surrogate (\\ud800–\\udfff), which is not a character';
  }
  return null;
}

/**
 * Length in Unicode code points, as PostgreSQL counts varchar(n): "❤️" is two (a heart and a
 * variation selector), "😀" one, though JavaScript's `length` says two for each.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}
