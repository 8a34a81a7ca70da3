import type { CoverLetterFindingKind } from './cover-letter.types';
import { isWordToken } from './normalise';
import { wordList, wordSet } from './words';

/**
 * Letters in English, or with an English part: "consulted with SKR", "participation is
 * voluntary", "you are obliged to respond under …". The same tokens as the Swedish reading; SKR's
 * English names have already become "skr".
 */

type Reading = CoverLetterFindingKind | null;

const CONSULTATION_VERBS = wordSet('consult consulted consulting');
const CONSULTATION_WORDS = new Set([...CONSULTATION_VERBS, 'consultation', 'consultations']);
const NEGATORS = wordSet('not no never without neither nor');
const isNegator = (token: string | undefined): boolean =>
  token !== undefined && (NEGATORS.has(token) || token.endsWith("n't"));
const INTENT_MARKERS = wordSet(`
  will shall should must plan plans planned intend intends intended going would to may might
`);
const CONDITIONALS = wordSet('if unless whether');
/** Words between SKR as subject and the verb: "SKR has (also) been consulted". */
const SUBJECT_BRIDGE = wordSet(`
  has have had been was were is are be being also already duly formally previously ( )
`);
const NEGATION_BRIDGE = wordSet(`
  has have had been was were is are be also yet ( ) the survey questionnaire
`);
/** Words that end a list of partners: "with SKR about the questions". */
const PARTNER_STOPS = wordSet(`
  about on regarding concerning before after in during due since because for as when which that
  who is was has have had been were will to by
`);
const PARTNER_GLUE = wordSet('and the of with both representatives representative');
const ORDINANCE = '1982:668';
const PARTNER_WINDOW = 10;
const FORWARD_WINDOW = 8;

const isBoundary = (token: string): boolean =>
  !isWordToken(token) && token !== '(' && token !== ')';

function partnerListNamesSkr(tokens: string[], start: number): 'skr' | 'other' | null {
  let namesSomeone = false;
  for (let k = start; k < tokens.length && k - start < PARTNER_WINDOW; k++) {
    const token = tokens[k];
    if (token === 'skr' || token === 'skr:s') return 'skr';
    if (PARTNER_STOPS.has(token) || isBoundary(token)) break;
    if (!PARTNER_GLUE.has(token) && token !== '(' && token !== ')') namesSomeone = true;
  }
  return namesSomeone ? 'other' : null;
}

/** "consulted (with) SKR", "in consultation with SKR", "SKR has been consulted". */
function partnerOf(tokens: string[], index: number): 'skr' | 'other' | null {
  for (let j = index + 1; j < tokens.length && j - index <= FORWARD_WINDOW; j++) {
    if (isBoundary(tokens[j])) break;
    if (tokens[j] === 'with') return partnerListNamesSkr(tokens, j + 1);
  }
  if (CONSULTATION_VERBS.has(tokens[index])) {
    const direct = partnerListNamesSkr(tokens, index + 1);
    if (direct !== null) return direct;
  }
  for (let k = index - 1; k >= 0 && index - k <= 6; k--) {
    if (tokens[k] === 'skr') return 'skr';
    if (!SUBJECT_BRIDGE.has(tokens[k]) && !isNegator(tokens[k])) break;
  }
  return null;
}

function isNegatedBefore(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (isNegator(tokens[k])) return true;
    if (!NEGATION_BRIDGE.has(tokens[k]) && tokens[k] !== 'skr') return false;
  }
  return false;
}

function isUnfinished(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 3; k--) {
    if (INTENT_MARKERS.has(tokens[k])) return true;
    if (isBoundary(tokens[k])) break;
  }
  for (let k = index - 1; k >= 0 && index - k <= 8; k--) {
    if (isBoundary(tokens[k])) return CONDITIONALS.has(tokens[k + 1]);
    if (k === 0) return CONDITIONALS.has(tokens[k]);
  }
  return false;
}

function readConsultationAt(
  tokens: string[],
  index: number,
  mentionsOrdinance: () => boolean,
): Reading {
  const partner = partnerOf(tokens, index);
  if (partner === 'other') return null;
  if (isNegatedBefore(tokens, index)) return 'consultation_denied';
  if (isUnfinished(tokens, index)) return null;
  return partner === 'skr' || mentionsOrdinance() ? 'consultation_stated' : null;
}

const VOLUNTARY_WORDS = wordSet('voluntary optional voluntarily');
const COMPULSORY_WORDS = wordSet('mandatory compulsory obligatory');
const OBLIGED_WORDS = wordSet('obliged obligated required compelled bound');
const OBLIGATION_NOUNS = wordSet('obligation obligations requirement duty');
const ANSWERING_STEMS = wordList(`
  respon answer repl particip part provid submit report complet fill survey questionnaire data
  information
`);
const ANSWERING_VERBS = wordList(
  'respon answer repl particip take provid submit report complet fill',
);
const COPULAS = wordSet('is are be was were remains');
const ADVERBS = wordSet('entirely completely fully strictly naturally always totally');
const RECIPIENTS = wordSet('you municipalities municipality regions region authorities');
const CHOOSING = wordSet('whether if to decide choose');
const OPTING_OUT = wordSet('decline refuse withdraw choose opt not');

const startsWithAny = (token: string | undefined, stems: string[]): boolean =>
  token !== undefined && stems.some((stem) => token.startsWith(stem));

function answeringWordNear(tokens: string[], index: number, before: number, after: number) {
  for (let k = Math.max(0, index - before); k <= index + after && k < tokens.length; k++) {
    if (k !== index && startsWithAny(tokens[k], ANSWERING_STEMS)) return true;
  }
  return false;
}

/** The nearest earlier word that is not an adverb or a negation ("is" in "is not entirely …"). */
function previousSignificant(tokens: string[], index: number): string | undefined {
  for (let k = index - 1; k >= 0 && index - k <= 3; k--) {
    if (!ADVERBS.has(tokens[k]) && !isNegator(tokens[k])) return tokens[k];
  }
  return undefined;
}

/** Words a negation may skip: "is not entirely voluntary", "there is not any obligation". */
const NEGATION_SKIPPABLE = new Set([...COPULAS, ...ADVERBS, 'a', 'an', 'any', 'there']);

function isNegatedAt(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (isNegator(tokens[k])) return true;
    if (!NEGATION_SKIPPABLE.has(tokens[k])) return false;
  }
  return false;
}

/** "obliged to respond", "no obligation to take part": the verb after "to". */
function answeringVerbAfterTo(tokens: string[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k - index <= 3; k++) {
    if (tokens[k] !== 'to') continue;
    return startsWithAny(tokens[k + 1], ANSWERING_VERBS);
  }
  return false;
}

const obligationOrRelief = (negated: boolean): CoverLetterFindingKind =>
  negated ? 'voluntary_stated' : 'mandatory_stated';

function readVoluntarinessAt(
  tokens: string[],
  index: number,
  citesStatute: () => boolean,
): Reading {
  const token = tokens[index];
  if (VOLUNTARY_WORDS.has(token)) {
    // "Participation is voluntary", "It is voluntary", "voluntary participation", "respond
    // voluntarily"; not "voluntary organisations".
    const isPredicate = COPULAS.has(previousSignificant(tokens, index) ?? '');
    const qualifiesAnswering =
      startsWithAny(tokens[index + 1], ANSWERING_STEMS) || answeringWordNear(tokens, index, 2, 0);
    if (!isPredicate && !qualifiesAnswering) return null;
    return isNegatedAt(tokens, index) ? 'voluntary_denied' : 'voluntary_stated';
  }
  if (COMPULSORY_WORDS.has(token)) {
    return answeringWordNear(tokens, index, 4, 3)
      ? obligationOrRelief(isNegatedAt(tokens, index))
      : null;
  }
  if (OBLIGED_WORDS.has(token) || OBLIGATION_NOUNS.has(token)) {
    return answeringVerbAfterTo(tokens, index)
      ? obligationOrRelief(isNegatedAt(tokens, index))
      : null;
  }
  if (token === 'must') {
    const recipient = RECIPIENTS.has(tokens[index - 1]);
    const answers = startsWithAny(tokens[index + 1], ANSWERING_VERBS);
    return recipient && answers && citesStatute() ? 'mandatory_stated' : null;
  }
  // "It is up to you whether …"; "You are free to decline" (not "feel free to contact us").
  if (token === 'up' && tokens[index + 1] === 'to' && RECIPIENTS.has(tokens[index + 2])) {
    return CHOOSING.has(tokens[index + 3]) || CHOOSING.has(tokens[index + 4])
      ? 'voluntary_stated'
      : null;
  }
  if (token === 'free' && tokens[index + 1] === 'to' && OPTING_OUT.has(tokens[index + 2])) {
    return 'voluntary_stated';
  }
  return null;
}

/** English statutes: "Section 7 of the Official Statistics Act (2001:99)". */
const ENGLISH_CITATION = /\b(?:act|ordinance|code)\b|\(\d{4}:\d{1,4}\)|\bsection \d/u;

export const citesEnglishStatute = (normalised: string): boolean =>
  ENGLISH_CITATION.test(normalised.replace('1982:668', ''));

export function readEnglish(
  tokens: string[],
  citesStatute: () => boolean,
): CoverLetterFindingKind[] {
  const kinds: CoverLetterFindingKind[] = [];
  let mentionsOrdinance: boolean | undefined;
  const ordinance = (): boolean => (mentionsOrdinance ??= tokens.includes(ORDINANCE));
  tokens.forEach((token, index) => {
    const kind = CONSULTATION_WORDS.has(token)
      ? readConsultationAt(tokens, index, ordinance)
      : readVoluntarinessAt(tokens, index, citesStatute);
    if (kind) kinds.push(kind);
  });
  return kinds;
}
