import { FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, wordBefore } from './abbreviations';
import { forEachBlock, Span } from './blocks';
import { isLowercase, isUppercase, isWhitespaceAt } from './characters';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
// Bullets pasted from word processors often lose their line breaks; they still separate items.
const INLINE_BULLETS = new Set(['•', '▪', '●', '◦', '‣']);

function firstVisibleChar(text: string, from: number, limit: number): string {
  let index = from;
  while (index < limit && isWhitespaceAt(text, index)) index++;
  return index < limit ? text[index] : '';
}

function endsSentence(text: string, run: Span, closeEnd: number, block: Span): boolean {
  // "www.skr.se", "1.2", "bl.a": a terminator glued to the next character is no boundary.
  if (closeEnd < block.end && !isWhitespaceAt(text, closeEnd)) return false;
  const marks = text.slice(run.start, run.end);
  if (marks.includes('?') || marks.includes('!')) return true;
  const next = firstVisibleChar(text, closeEnd, block.end);
  if (next === '') return true;
  if (marks !== '.') return isUppercase(next);
  const word = wordBefore(text, run.start, block.start) + '.';
  if (NON_FINAL_ABBREVIATIONS.has(word)) return false;
  // A lone letter before the period is an initial or a list letter, as in "A. Andersson".
  if (word.length === 2 && isLowercase(word[0])) return false;
  if (FINAL_ABBREVIATIONS.has(word)) return isUppercase(next);
  return !isLowercase(next);
}

/**
 * A "sentence" longer than any real one (a wall of text, a table pasted without marks) is read in
 * pieces that end at a space where there is one, so that no reading holds more than a small,
 * short-lived amount of memory.
 */
const MAX_SENTENCE_LENGTH = 2_000;
const SPACE_SEARCH = 200;

function visitTrimmed(text: string, from: number, to: number, visit: (s: Span) => void): void {
  let start = from;
  let end = to;
  while (start < end && isWhitespaceAt(text, start)) start++;
  while (end > start && isWhitespaceAt(text, end - 1)) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    let cut = start + MAX_SENTENCE_LENGTH;
    const floor = cut - SPACE_SEARCH;
    while (cut > floor && !isWhitespaceAt(text, cut)) cut--;
    if (cut === floor) cut = start + MAX_SENTENCE_LENGTH;
    let pieceEnd = cut;
    while (pieceEnd > start && isWhitespaceAt(text, pieceEnd - 1)) pieceEnd--;
    if (pieceEnd > start) visit({ start, end: pieceEnd });
    start = cut;
    while (start < end && isWhitespaceAt(text, start)) start++;
  }
  if (end > start) visit({ start, end });
}

function splitBlock(text: string, block: Span, visit: (sentence: Span) => void): void {
  let sentenceStart = block.start;
  const pushSentence = (end: number): void => visitTrimmed(text, sentenceStart, end, visit);
  // The search for the next mark stays inside the block: a block without one (a table row, a list
  // item) must not send each search to the end of the letter.
  for (let index = block.start; index < block.end;) {
    const mark = text[index];
    if (INLINE_BULLETS.has(mark)) {
      pushSentence(index);
      sentenceStart = index + 1;
      index++;
      continue;
    }
    if (!TERMINATORS.has(mark)) {
      index++;
      continue;
    }
    let runEnd = index;
    while (runEnd < block.end && TERMINATORS.has(text[runEnd])) runEnd++;
    let closeEnd = runEnd;
    while (closeEnd < block.end && CLOSERS.has(text[closeEnd])) closeEnd++;
    if (endsSentence(text, { start: index, end: runEnd }, closeEnd, block)) {
      pushSentence(closeEnd);
      sentenceStart = closeEnd;
    }
    index = closeEnd;
  }
  pushSentence(block.end);
}

/** The sentences of a letter, as spans of its text, handed to `visit` in order. */
export function forEachSentence(text: string, visit: (sentence: Span) => void): void {
  forEachBlock(text, (block) => splitBlock(text, block, visit));
}
