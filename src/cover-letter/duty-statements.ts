import { isAboutAnswering, isNegatedAt, NEGATION_SKIPPABLE } from './answering';
import type { CoverLetterFindingKind } from './cover-letter.types';
import { rangeHas } from './normalise';
import {
  ANSWERING_VERB_STEMS,
  HARD_BOUNDARIES,
  NEGATORS,
  RECIPIENTS,
  isSender,
  startsWithAny,
} from './vocabulary';
import { wordList, wordSet } from './words';

type Reading = CoverLetterFindingKind | null;

const OBLIGATION_COMPOUND_STEMS = wordList(`
  uppgiftsskyldig uppgiftsplikt svarsplikt svarsskyldig rapporteringsskyldig rapporteringsplikt
  inrapporteringsskyldig uppgiftslämnarskyldig uppgiftslämningsskyldig
`);
export const OBLIGATION_WORDS = wordSet(`
  skyldig skyldiga skyldigt skyldighet skyldigheten åligger ålagd ålagda ålagt åläggs förpliktad
  förpliktade förpliktigad förpliktigade tvungen tvungna
`);
export const COMPULSORY_WORDS = wordSet(`
  obligatorisk obligatoriskt obligatoriska lagstadgad lagstadgat lagstadgade tvingande
`);
export const PENALTY_WORDS = wordSet('vite vitet viten vitesföreläggande vitesföreläggandet');
export const SHALL = new Set(['ska', 'skall']);
/** The verb after "ska" may follow a long subject and asides ("ska nämnden, på begäran, lämna"). */
const SHALL_WINDOW = 14;
/** A statute's name between "ska" and its verb may be long ("ska enligt lagen (2006:544) om …"). */
const STATUTE_NAME_ALLOWANCE = 20;
const STATUTE_WORD = /(?:lag|lagen|förordning|förordningen|balk|balken|§)$/u;
/** Answering verbs as they follow "ska": infinitive or passive ("ska lämna", "ska lämnas"). */
const ANSWERING_INFINITIVES = wordSet(`
  lämna lämnas besvara besvaras svara rapportera rapporteras inrapportera inrapporteras redovisa
  redovisas delta medverka inkomma fylla fyllas uppge uppges tillhandahålla
`);

export const isObligationCompound = (token: string): boolean =>
  (token.includes('skyldig') || token.includes('plikt')) &&
  startsWithAny(token, OBLIGATION_COMPOUND_STEMS);

/** Negating an obligation ("ni är inte skyldiga") states that answering is voluntary. */
const obligationOrRelief = (negated: boolean): CoverLetterFindingKind =>
  negated ? 'voluntary_stated' : 'mandatory_stated';

/** The verb of "skyldig att …": 'answering' for "att lämna", 'other' for "att analysera". */
function dutyVerb(tokens: string[], index: number): 'answering' | 'other' | null {
  for (let k = index + 1; k < tokens.length && k - index <= 3; k++) {
    if (tokens[k] !== 'att') continue;
    for (let verb = k + 1; verb < tokens.length && verb - k <= 4; verb++) {
      if (startsWithAny(tokens[verb], ANSWERING_VERB_STEMS)) return 'answering';
    }
    return 'other';
  }
  return null;
}

function recipientNear(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 10; k--) {
    if (tokens[k] === ',' || HARD_BOUNDARIES.has(tokens[k])) break;
    if (RECIPIENTS.has(tokens[k])) return true;
  }
  return rangeHas(tokens, index + 1, index + 3, RECIPIENTS);
}

/**
 * "Ni är skyldiga", "kommunen är skyldig att besvara", "det åligger kommunen att lämna". A duty to
 * do something else ("skyldiga att analysera risker") is background, not a duty to answer.
 */
function obligesRecipient(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (NEGATION_SKIPPABLE.has(tokens[k]) || NEGATORS.has(tokens[k])) continue;
    if (isSender(tokens[k])) return false;
    break;
  }
  const verb = dutyVerb(tokens, index);
  return verb === null ? recipientNear(tokens, index) : verb === 'answering';
}

export function readObligation(tokens: string[], index: number): Reading {
  if (isObligationCompound(tokens[index])) return obligationOrRelief(isNegatedAt(tokens, index));
  return obligesRecipient(tokens, index) ? obligationOrRelief(isNegatedAt(tokens, index)) : null;
}

/** "Uppgiftslämnandet är obligatoriskt", "Deltagandet är inte tvingande". */
export function readCompulsory(tokens: string[], index: number): Reading {
  return isAboutAnswering(tokens, index, false)
    ? obligationOrRelief(isNegatedAt(tokens, index))
    : null;
}

export const readPenalty = (tokens: string[], index: number): Reading =>
  isNegatedAt(tokens, index) ? null : 'mandatory_stated';

/**
 * "Enligt 5 kap. 1 § SoF ska nämnden … lämna uppgifter": a duty only when the sentence cites a
 * statute that can oblige the recipient, and "ska" is not about the sender ("Socialstyrelsen ska
 * redovisa uppdraget").
 */
export function readShall(
  tokens: string[],
  index: number,
  citesObligingStatute: () => boolean,
): Reading {
  if (isSender(tokens[index - 1]) || isSender(tokens[index + 1])) return null;
  let inAside = false;
  let limit = index + SHALL_WINDOW;
  let allowedForStatute = false;
  for (let k = index + 1; k < tokens.length && k <= limit; k++) {
    const token = tokens[k];
    if (!allowedForStatute && STATUTE_WORD.test(token)) {
      limit += STATUTE_NAME_ALLOWANCE;
      allowedForStatute = true;
    }
    if (token === ',') {
      inAside = !inAside;
      continue;
    }
    if (HARD_BOUNDARIES.has(token)) break;
    // "ska, om inget annat anges, lämna": a negation in an aside leaves the duty standing.
    if (NEGATORS.has(token) && !inAside) return null;
    // "ska svara för" is to be responsible for, not to answer.
    if (ANSWERING_INFINITIVES.has(token) && tokens[k + 1] !== 'för') {
      return citesObligingStatute() ? 'mandatory_stated' : null;
    }
  }
  return null;
}
