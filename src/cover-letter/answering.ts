import { isWordToken } from './normalise';
import {
  ADVERBS,
  ANSWERING_STEMS,
  CLAUSE_JOINERS,
  CLAUSE_STARTERS,
  COPULAS,
  FIELD_NOUNS,
  FUNCTION_WORDS,
  NEGATING_DETERMINERS,
  NEGATORS,
  hasAnsweringWordNear,
  previousSignificant,
  startsWithAny,
} from './vocabulary';
import { wordList, wordSet } from './words';

/** Words a negation may skip before reaching what it negates ("det finns inte någon skyldighet"). */
export const NEGATION_SKIPPABLE = new Set([
  ...ADVERBS,
  ...COPULAS,
  ...wordSet(`
    någon något några en ett det finns föreligger gäller råder på bygger sker baseras formell
    formellt
  `),
]);
const EXISTENCE_VERBS = new Set(['föreligger', 'finns', 'gäller', 'råder']);

/** "inte frivilligt", "ingen skyldighet", "Uppgiftsskyldighet föreligger inte." */
export function isNegatedAt(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    const token = tokens[k];
    if (NEGATORS.has(token) || NEGATING_DETERMINERS.has(token)) return true;
    if (!NEGATION_SKIPPABLE.has(token)) break;
  }
  if (!EXISTENCE_VERBS.has(tokens[index + 1])) return false;
  let k = index + 2;
  while (k < index + 4 && ADVERBS.has(tokens[k])) k++;
  return NEGATORS.has(tokens[k]);
}

/** Parts of a survey, as opposed to the survey: comments, attachments, single questions. */
const PART_STEMS = wordList(`
  kommentar synpunkt fritext bilag dokument fält delfråg tilläggsfråg följdfråg kontaktuppgift
`);
/** Words between an answering verb and its object ("svara på alla frågor"). */
const OBJECT_LEAD_INS = wordSet(`
  på i till om alla samtliga vissa enskilda några de den det ett en egna era
`);
const PART_WORDS = wordSet('del delen delar delarna avsnitt avsnittet avsnitten bilaga bilagan');
const isPart = (token: string | undefined): boolean =>
  token !== undefined &&
  (FIELD_NOUNS.has(token) || PART_WORDS.has(token) || startsWithAny(token, PART_STEMS));
/** How far back the subject of "… är frivilliga" may stand ("Frågorna i avsnitt D är dock …"). */
const SUBJECT_WINDOW = 6;
const PRONOUNS = wordSet('det detta den denna');
const NEAR_WINDOW = 4;

/**
 * A part of the survey as what the adjective at `index` describes: just before it ("kommentarer
 * frivilligt"), or as the subject before its copula ("Frågorna i avsnitt D är dock frivilliga").
 * With the subject after the copula ("Enligt bilagan är enkäten frivillig") the part is not it.
 */
function hasPartAsSubject(tokens: string[], index: number): boolean {
  let k = index - 1;
  while (k >= 0 && (ADVERBS.has(tokens[k]) || NEGATORS.has(tokens[k]))) k--;
  if (!COPULAS.has(tokens[k])) {
    for (let near = index - 1; near >= 0 && index - near <= NEAR_WINDOW; near--) {
      if (isPart(tokens[near])) return true;
    }
    return false;
  }
  if (PRONOUNS.has(tokens[k - 1])) return false;
  for (let subject = k - 1; subject >= 0 && k - subject <= SUBJECT_WINDOW; subject--) {
    const token = tokens[subject];
    if (!isWordToken(token) || CLAUSE_JOINERS.has(token) || CLAUSE_STARTERS.has(token))
      return false;
    if (isPart(token)) return true;
  }
  return false;
}

/** "Frivilliga delar: fråga 14–16 (kommentarer)": the words name a part of the survey. */
export const mentionsPart = (tokens: string[]): boolean => tokens.some(isPart);

/**
 * "frivilligt att lämna kommentarer", "inte obligatoriskt att svara på alla frågor": the adjective
 * is about a part of the survey, which says nothing about answering the survey itself.
 */
function isAboutPartOnly(tokens: string[], index: number): boolean {
  if (tokens[index + 1] !== 'att') return false;
  let k = index + 3;
  while (k < index + 6 && OBJECT_LEAD_INS.has(tokens[k])) k++;
  return isPart(tokens[k]);
}

/**
 * Whether an adjective such as "frivilligt" or "obligatoriskt" speaks about answering the survey,
 * rather than about "frivilliga insatser", "obligatoriska fält" or "frivilligt att lämna
 * kommentarer".
 */
export function isAboutAnswering(
  tokens: string[],
  index: number,
  acceptsBarePredicate: boolean,
): boolean {
  if (hasPartAsSubject(tokens, index)) return false;
  if (isAboutPartOnly(tokens, index)) return false;
  const next = tokens[index + 1];
  const previous = previousSignificant(tokens, index);
  const isPredicate =
    (previous !== undefined && COPULAS.has(previous)) || startsWithAny(previous, ANSWERING_STEMS);
  const nextIsOtherNoun =
    isWordToken(next) && !FUNCTION_WORDS.has(next) && !startsWithAny(next, ANSWERING_STEMS);
  if (nextIsOtherNoun && !isPredicate) return false;
  if (hasAnsweringWordNear(tokens, index, 5, 6)) return true;
  // "Det är frivilligt." needs no context: in a cover letter it can only mean answering.
  return acceptsBarePredicate && isPredicate && !nextIsOtherNoun;
}
