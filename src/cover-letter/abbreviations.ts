import { isWhitespaceAt } from './characters';
import { wordSet } from './words';

/** Abbreviations that sit inside a sentence, so a following capital ("t.ex. SKR") is no start. */
export const NON_FINAL_ABBREVIATIONS = wordSet(`
  bl.a. t.ex. ex. enl. kap. ca. c:a. nr. jfr. resp. s.k. p.g.a. pga. fr.o.m. t.o.m. dvs. d.v.s.
  inkl. exkl. ang. betr. kl. tel. tfn. st. prop. dnr. bil. sid. f.d. ev. obs. art. mom. avd.
  jan. feb. febr. aug. sep. sept. okt. nov. dec. f.ö. m.a.o. i.o.m. fr. vg.
`);

/** Abbreviations that often close a sentence: they end one only when a capital follows. */
export const FINAL_ABBREVIATIONS = wordSet(`
  m.m. mm. osv. o.s.v. etc. m.fl. mfl. o.d. e.d. ff.
`);

const WORD_OPENERS = new Set(['(', '[', '"', '“', '„', '«']);

/** The word just before `index` (back to a space or an opening bracket), lower-cased. */
export function wordBefore(text: string, index: number, floor: number): string {
  let start = index;
  while (
    start > floor &&
    index - start < 20 &&
    !isWhitespaceAt(text, start - 1) &&
    !WORD_OPENERS.has(text[start - 1])
  ) {
    start--;
  }
  return text.slice(start, index).toLowerCase();
}
