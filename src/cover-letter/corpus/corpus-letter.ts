import type { Voluntariness } from '../cover-letter.types';

/**
 * One cover letter of the labelled corpus, labelled as a careful reader would label it.
 *
 * - `statesConsultation`: the letter says that SKR (also as "Sveriges Kommuner och Regioner",
 *   its English name or its old name SKL / Landsting) was consulted about this collection, or
 *   that the consultation under förordningen (1982:668) took place. A consultation only planned,
 *   conditional, offered to someone else or denied for any part of the collection does not count.
 * - `voluntariness`: 'voluntary' when the letter says that answering is voluntary (or that there is
 *   no duty to answer) and states no duty; 'mandatory' when it states that the recipient has to
 *   answer (obligation wording, or "ska lämna" under a statute that obliges the recipient) and does
 *   not call the same answering voluntary; 'unclear' otherwise, including "inte frivilligt" with
 *   no statute, a bare "ska besvaras senast", and letters contradicting themselves.
 */
export interface CorpusLetter {
  /** `<group>-<two digits>`; the number decides whether the letter is held out. */
  id: string;
  kind: CorpusKind;
  /** The kind of public letter the wording paraphrases, or "written: <what it tests>". */
  source: string;
  statesConsultation: boolean;
  voluntariness: Voluntariness;
  text: string;
}

export type CorpusKind =
  | 'agency letter'
  | 'fact box'
  | 'question and answer'
  | 'negation scope'
  | 'consultation wording'
  | 'conditional or planned consultation'
  | 'SKR in another role'
  | 'duty under a statute'
  | 'unrelated statute'
  | 'legal prose'
  | 'partial voluntariness'
  | 'voluntary wording'
  | 'English'
  | 'mixed languages'
  | 'layout';

/**
 * Every third letter of each group (numbers 03, 06, 09 …) is held out: the rules are tuned on
 * the others, and the held-out score shows how they fare on wording they were not tuned to.
 */
export function isHeldOut(letter: Pick<CorpusLetter, 'id'>): boolean {
  const number = Number(letter.id.slice(letter.id.lastIndexOf('-') + 1));
  return number % 3 === 0;
}
