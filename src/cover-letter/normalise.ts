export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const TYPOGRAPHIC =
  /[\u00ad\u200b-\u200d\u2060\ufeff\u2010-\u2015\u2212\u2018-\u201f\u2032\u2033\u00ab\u00bb]/gu;
const NON_ASCII = /[^\t-~]/u;
// Decomposed letters ("a" + ring) and the ångström sign are what NFC changes in Swedish text.
export const NEEDS_COMPOSITION = /[\u0300-\u036f\u212b]/;
const HYPHENATED_LINE_WRAP = /(\p{Ll})-[\t ]*(?:\r\n|\n|\r)\s*(?=\p{Ll})/gu;
export const WHITESPACE_RUN = /\s+/gu;
// SKL (Sveriges Kommuner och Landsting) is SKR's name before 2019; older letters still use it.
const SKR_FULL_NAME = /sveriges kommuner ?(?:och|&) ?(?:regioner|landsting)(s?)(?![\p{L}\p{N}])/gu;
const SKL_ABBREVIATION = /(?<![\p{L}\p{N}])skl(?![\p{L}\p{N}])/gu;
// SKR's English names; SALAR is the acronym of the English name.
const SKR_ENGLISH_NAME = /swedish association of local authorities and regions('s)?/gu;
const SALAR = /(?<![\p{L}\p{N}])salar(?![\p{L}\p{N}])/gu;
// Tables pasted from a word processor keep their cells apart with tabs; they become cell marks.
const TAB_RUN = /\t[\t ]*/g;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[:'-][\p{L}\p{M}\p{N}]+)*|§+|\S/gu;

function plainTypography(char: string): string {
  if (char >= '\u2010' && char <= '\u2015') return '-';
  if (char === '\u2212') return '-';
  if ((char >= '\u2018' && char <= '\u201b') || char === '\u2032') return "'";
  if ((char >= '\u201c' && char <= '\u201f') || char === '\u2033' || char === '«' || char === '»') {
    return '"';
  }
  return '';
}

/**
 * One comparable spelling: "Sveriges Kommuner och Regioner", "SKL", SALAR and SKR's English name
 * all become "skr" (a genitive "skr:s"), and tab-separated cells are split by "|".
 */
export function normaliseForMatching(sentence: string): string {
  // The guards only skip passes that could not change anything; letters can be long.
  let text = sentence;
  if (NON_ASCII.test(text)) {
    if (NEEDS_COMPOSITION.test(text)) text = text.normalize('NFC');
    text = text.replace(TYPOGRAPHIC, plainTypography);
  }
  if (text.includes('\n') || text.includes('\r')) text = text.replace(HYPHENATED_LINE_WRAP, '$1');
  if (text.includes('\t')) text = text.replace(TAB_RUN, ' | ');
  text = text.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  const asSkr = (_match: string, genitive: string | undefined): string =>
    genitive ? 'skr:s' : 'skr';
  if (text.includes('sveriges')) text = text.replace(SKR_FULL_NAME, asSkr);
  if (text.includes('swedish')) text = text.replace(SKR_ENGLISH_NAME, asSkr);
  if (text.includes('salar')) text = text.replace(SALAR, 'skr');
  return text.includes('skl') ? text.replace(SKL_ABBREVIATION, 'skr') : text;
}

export function tokenise(normalised: string): string[] {
  return normalised.match(TOKEN) ?? [];
}

const WORD_START = /^[\p{L}\p{N}]/u;
/** Tokens longer than one character are words, apart from runs of "§". */
export const isWordToken = (token: string | undefined): boolean =>
  token !== undefined && (token.length > 1 ? token[0] !== '§' : WORD_START.test(token));

export function rangeHas(tokens: string[], from: number, to: number, words: Set<string>): boolean {
  for (let k = Math.max(0, from); k <= Math.min(tokens.length - 1, to); k++) {
    if (words.has(tokens[k])) return true;
  }
  return false;
}
