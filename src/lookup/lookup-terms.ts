/** What a lookup query asks for: one survey by reference, or surveys by words. */
export type LookupTerms =
  { kind: 'reference'; reference: string } | { kind: 'words'; words: string[] };

const REFERENCE = /^ENK-\d{4}-\d{4,6}$/i;
/** Enough for any real title; more words only cost the database work. */
export const MAX_LOOKUP_WORDS = 10;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Trigrams are three characters: shorter words cannot use the title index and match nearly every title anyway. */
export const MIN_TITLE_WORD_LENGTH = 3;

/**
 * A reference (ENK-2021-0042, any case) is looked up exactly. Otherwise words: punctuation
 * around them ("(IVO)", "enkät,") is dropped, repeated words count once. How words match is
 * decided in lookup-sql.ts.
 */
export function parseLookupQuery(q: string): LookupTerms {
  const trimmed = q.trim();
  if (REFERENCE.test(trimmed)) return { kind: 'reference', reference: trimmed.toUpperCase() };
  const tokens = trimmed.split(/\s+/).filter((token) => token !== '');
  const words = tokens
    .map((token) => token.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '');
  const seen = new Set<string>();
  const distinct = (words.length > 0 ? words : tokens).filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kind: 'words', words: distinct.slice(0, MAX_LOOKUP_WORDS) };
}

export function isTitleWord(word: string): boolean {
  return [...word].length >= MIN_TITLE_WORD_LENGTH;
}

/** `%word%` for ILIKE, with the pattern characters taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, '\\$&')}%`;
}
