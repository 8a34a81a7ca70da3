import { isAboutAnswering, isNegatedAt } from './answering';
import type { CoverLetterFindingKind } from './cover-letter.types';
import { isWordToken, rangeHas } from './normalise';
import {
  ADVERBS,
  FIELD_NOUNS,
  NEGATING_DETERMINERS,
  NEGATORS,
  RECIPIENTS,
  hasAnsweringWordNear,
  startsWithAny,
  ANSWERING_VERB_STEMS,
} from './vocabulary';
import { wordSet } from './words';

type Reading = CoverLetterFindingKind | null;

export const VOLUNTARY_WORDS = wordSet(`
  frivillig frivilligt frivilliga frivillighet frivilligheten valfri valfritt valfria
`);
export const SELF_CHOICE_VERBS = new Set(['väljer', 'bestämmer', 'avgör', 'beslutar']);
/** Words that allow opting out: "kan avstå", "har rätt att avstå", "står er fritt att avstå". */
const MAY = wordSet('kan får kunna välja rätt fritt fria fri');
const TAKING_PART_VERBS = wordSet('delta deltaga medverka svara besvara');
/** "avstå", "tacka nej": declining to take part. */
export const isOptOutAt = (tokens: string[], index: number): boolean =>
  tokens[index] === 'avstå' || (tokens[index] === 'tacka' && tokens[index + 1] === 'nej');

/** "Det är frivilligt att delta", "Deltagandet är inte frivilligt". */
export function readVoluntaryWord(tokens: string[], index: number): Reading {
  if (!isAboutAnswering(tokens, index, tokens[index].startsWith('frivillig'))) return null;
  return isNegatedAt(tokens, index) ? 'voluntary_denied' : 'voluntary_stated';
}

/** "Du väljer själv om du vill delta", "ni bestämmer själva". */
export function readSelfChoice(tokens: string[], index: number): Reading {
  for (let k = index + 1; k < tokens.length && k - index <= 3; k++) {
    const token = tokens[k];
    if (NEGATORS.has(token)) return null;
    if (token === 'själv' || token === 'själva') {
      const next = tokens[k + 1];
      // "avgör själva vem som ska svara" is about who answers, not whether.
      const aboutWhether =
        next === undefined ||
        !isWordToken(next) ||
        next === 'om' ||
        next === 'huruvida' ||
        next === 'att';
      return aboutWhether && !isNegatedAt(tokens, index) ? 'voluntary_stated' : null;
    }
    if (!ADVERBS.has(token)) return null;
  }
  return null;
}

/** "Ni kan avstå från att delta", "Ni har rätt att tacka nej", "Det står er fritt att avstå". */
export function readOptOut(tokens: string[], index: number): Reading {
  let allowed = false;
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (NEGATORS.has(tokens[k])) return null;
    if (MAY.has(tokens[k])) allowed = true;
  }
  if (!allowed) return null;
  const object = tokens[index] === 'tacka' ? index + 1 : index;
  const next = tokens[object + 1];
  const aboutAnswering = !isWordToken(next) || hasAnsweringWordNear(tokens, object, 0, 5);
  return aboutAnswering ? 'voluntary_stated' : null;
}

/** "Ni behöver inte delta", but not "du behöver inte svara på alla frågor". */
export function readNoNeed(tokens: string[], index: number): Reading {
  let k = index + 1;
  while (k < index + 3 && ADVERBS.has(tokens[k])) k++;
  if (!NEGATORS.has(tokens[k])) return null;
  for (let verb = k + 1; verb <= k + 2 && verb < tokens.length; verb++) {
    if (TAKING_PART_VERBS.has(tokens[verb])) {
      return rangeHas(tokens, verb + 1, verb + 3, FIELD_NOUNS) ? null : 'voluntary_stated';
    }
  }
  return null;
}

const WHETHER = wordSet('om huruvida avgöra bestämma välja');
const EACH = new Set(['varje', 'var', 'respektive']);

/** "Det är helt upp till er om ni vill delta", "upp till varje kommun att avgöra om …". */
export function readUpTo(tokens: string[], index: number): Reading {
  if (tokens[index + 1] !== 'till') return null;
  const whom = tokens[index + 2];
  const isRecipient = RECIPIENTS.has(whom) || (EACH.has(whom) && isWordToken(tokens[index + 3]));
  if (!isRecipient || isNegatedAt(tokens, index)) return null;
  return rangeHas(tokens, index + 3, index + 7, WHETHER) ? 'voluntary_stated' : null;
}

/** "Det är inget krav att svara", "det finns inget krav på att delta". */
export function readNoRequirement(tokens: string[], index: number): Reading {
  const negated =
    rangeHas(tokens, index - 2, index - 1, NEGATING_DETERMINERS) || isNegatedAt(tokens, index);
  if (!negated) return null;
  let k = index + 1;
  if (tokens[k] === 'på') k++;
  if (tokens[k] !== 'att') return null;
  for (let verb = k + 1; verb <= k + 3 && verb < tokens.length; verb++) {
    if (startsWithAny(tokens[verb], ANSWERING_VERB_STEMS)) return 'voluntary_stated';
  }
  return null;
}
