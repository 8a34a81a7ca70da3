import { isDigit, isLineBreakCode, isLowercase, isWhitespaceAt } from './characters';
import { NON_FINAL_ABBREVIATIONS, wordBefore } from './abbreviations';
import { wordSet } from './words';

/** A stretch of the letter, as indices into its text. */
export interface Span {
  start: number;
  end: number;
}

interface Line extends Span {
  contentStart: number;
  isBlank: boolean;
  isListItem: boolean;
}

const INLINE_SPACE = String.raw`[\t \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]`;
const LIST_MARKER = new RegExp(
  String.raw`${INLINE_SPACE}*(?:[•·▪◦‣●○■□➢➤►✓✔*\-–—]|\(?(?:\d{1,2}|[a-zA-Z])[.)])${INLINE_SPACE}+`,
  'uy',
);

const LINE_ENDING_MARKS = new Set(['.', '!', '?', '…', ':', ';']);

/** Words that cannot end a line of running text, so the next line continues the sentence. */
const LINE_CONNECTORS = wordSet(`
  och eller samt med i att om av för till på enligt från har hade är ska skall som den det de en
  ett vid mellan hos inom under efter inte ej utan kap. §
`);

function describeLine(text: string, start: number, end: number): Line {
  if (start === end) return { start, end, contentStart: end, isListItem: false, isBlank: true };
  LIST_MARKER.lastIndex = start;
  const isListItem = LIST_MARKER.test(text) && LIST_MARKER.lastIndex <= end;
  let contentStart = isListItem ? LIST_MARKER.lastIndex : start;
  while (contentStart < end && isWhitespaceAt(text, contentStart)) contentStart++;
  return { start, end, contentStart, isListItem, isBlank: contentStart >= end };
}

function lastVisibleIndex(text: string, line: Line): number {
  let index = line.end - 1;
  while (index > line.contentStart && isWhitespaceAt(text, index)) index--;
  return index;
}

/**
 * Letters are often hard-wrapped ("… med Sveriges Kommuner och\nRegioner"), yet headings, address
 * blocks and list items are separate statements. A line break is kept as a boundary unless the
 * first line plainly cannot end there.
 */
function continuesPreviousLine(text: string, previous: Line, line: Line): boolean {
  if (line.isListItem) return false;
  const lastIndex = lastVisibleIndex(text, previous);
  const last = text[lastIndex];
  const lastWord = wordBefore(text, lastIndex + 1, previous.contentStart);
  if (last === '.') return NON_FINAL_ABBREVIATIONS.has(lastWord);
  if (LINE_ENDING_MARKS.has(last)) return false;
  if (last === ',') return true;
  // "sam-" breaks a word; "Samråd med SKR: –" is an empty value, and its line ends there.
  if (last === '-' || last === '–') return !isWhitespaceAt(text, lastIndex - 1);
  const first = text[line.contentStart];
  if (isLowercase(first) || isDigit(first) || first === '(' || first === '§') return true;
  return LINE_CONNECTORS.has(lastWord);
}

/**
 * Paragraphs, headings and list items: the units a sentence never crosses, handed to `visit` in
 * order. Lines are read one at a time and forgotten, so that memory stays small on long letters.
 */
export function forEachBlock(text: string, visit: (block: Span) => void): void {
  let current: Span | null = null;
  let previous: Line | null = null;
  const take = (line: Line): void => {
    if (line.isBlank) {
      if (current) visit(current);
      current = null;
      previous = null;
      return;
    }
    if (current && previous && continuesPreviousLine(text, previous, line)) {
      current.end = line.end;
    } else {
      if (current) visit(current);
      current = { start: line.contentStart, end: line.end };
    }
    previous = line;
  };
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isLineBreakCode(code)) continue;
    take(describeLine(text, start, index));
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
    start = index + 1;
  }
  take(describeLine(text, start, text.length));
  if (current) visit(current);
}
