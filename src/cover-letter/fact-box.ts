/**
 * Fact boxes and table rows put a key before a value: "Samråd med SKR: Nej", "Svarsplikt | Ja",
 * "Samråd SKR;Ja;2024-01-15", "Samråd med SKR — nej.". The key is short; the value follows the
 * first separator.
 */
export interface KeyValue {
  key: string[];
  value: string[];
  separator: string;
}

const SEPARATORS = new Set([':', '|', ';', '-']);
/** Separators after which "key: value" reads as "key är value" ("Deltagande: frivilligt"). */
const PREDICATE_SEPARATORS = new Set([':', '|']);
const KEY_MAX_TOKENS = 8;
const PREDICATE_KEY_MAX_TOKENS = 4;
/** Table pipes and list marks before the key: "| Samråd | Ja |", "• Samråd: …", "1) Samråd: …". */
const ROW_OPENERS = new Set(['|', '-', '•', '*', ')']);
const isRowNumber = (token: string | undefined): boolean =>
  token !== undefined && /^\d{1,2}$/u.test(token);

export function splitKeyValue(tokens: string[]): KeyValue | null {
  let start = 0;
  while (
    start < tokens.length &&
    start < 3 &&
    (ROW_OPENERS.has(tokens[start]) || isRowNumber(tokens[start]))
  ) {
    start++;
  }
  for (let k = start + 1; k < tokens.length && k - start <= KEY_MAX_TOKENS; k++) {
    if (!SEPARATORS.has(tokens[k])) continue;
    let end = tokens.length;
    while (end > k + 1 && tokens[end - 1] === '|') end--;
    return { key: tokens.slice(start, k), value: tokens.slice(k + 1, end), separator: tokens[k] };
  }
  return null;
}

/** "Deltagande: frivilligt" as "deltagande är frivilligt", for the statement readers. */
export function asPredicate({ key, value, separator }: KeyValue): string[] | null {
  if (!PREDICATE_SEPARATORS.has(separator) || key.length > PREDICATE_KEY_MAX_TOKENS) return null;
  return [...key, 'är', ...value];
}
