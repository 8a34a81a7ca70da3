import type { CoverLetterFindingKind } from './cover-letter.types';
import { isWordToken, rangeHas } from './normalise';
import {
  ADVERBS,
  ANSWERING_STEMS,
  ANSWERING_VERB_STEMS,
  COPULAS,
  FIELD_NOUNS,
  FUNCTION_WORDS,
  HARD_BOUNDARIES,
  NEGATING_DETERMINERS,
  NEGATORS,
  RECIPIENTS,
  SENDER_SUBJECTS,
  hasAnsweringWordNear,
  previousSignificant,
  startsWithAny,
} from './vocabulary';
import { wordList, wordSet } from './words';

const VOLUNTARY_WORDS = wordSet(`
  frivillig frivilligt frivilliga frivillighet frivilligheten valfri valfritt valfria
`);
const SELF_CHOICE_VERBS = new Set(['väljer', 'bestämmer', 'avgör', 'beslutar']);
const OBLIGATION_COMPOUND_STEMS = wordList(`
  uppgiftsskyldig uppgiftsplikt svarsplikt svarsskyldig rapporteringsskyldig rapporteringsplikt
  inrapporteringsskyldig uppgiftslämnarskyldig uppgiftslämningsskyldig
`);
const OBLIGATION_WORDS = wordSet(`
  skyldig skyldiga skyldigt skyldighet skyldigheten åligger ålagd ålagda ålagt åläggs förpliktad
  förpliktade förpliktigad förpliktigade tvungen tvungna
`);
const COMPULSORY_WORDS = wordSet(`
  obligatorisk obligatoriskt obligatoriska lagstadgad lagstadgat lagstadgade
`);
const PENALTY_WORDS = wordSet('vite vitet viten vitesföreläggande vitesföreläggandet');
/** Words a negation may skip before reaching what it negates ("det finns inte någon skyldighet"). */
const NEGATION_SKIPPABLE = new Set([
  ...ADVERBS,
  ...COPULAS,
  ...wordSet(`
    någon något några en ett det finns föreligger gäller råder på bygger sker baseras formell
    formellt
  `),
]);
const EXISTENCE_VERBS = new Set(['föreligger', 'finns', 'gäller', 'råder']);
const SHALL = new Set(['ska', 'skall']);
const MAY = new Set(['kan', 'får', 'kunna', 'välja']);

function isNegatedAt(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    const token = tokens[k];
    if (NEGATORS.has(token) || NEGATING_DETERMINERS.has(token)) return true;
    if (!NEGATION_SKIPPABLE.has(token)) break;
  }
  // "Uppgiftsskyldighet föreligger inte."
  if (!EXISTENCE_VERBS.has(tokens[index + 1])) return false;
  let k = index + 2;
  while (k < index + 4 && ADVERBS.has(tokens[k])) k++;
  return NEGATORS.has(tokens[k]);
}

/**
 * Whether an adjective such as "frivilligt" or "obligatoriskt" speaks about answering the survey,
 * rather than about "frivilliga insatser" or "obligatoriska fält".
 */
function isAboutAnswering(tokens: string[], index: number, acceptsBarePredicate: boolean): boolean {
  if (rangeHas(tokens, index - 4, index - 1, FIELD_NOUNS)) return false;
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

/** "Du väljer själv om du vill delta", "ni bestämmer själva". */
function readSelfChoice(tokens: string[], index: number): CoverLetterFindingKind | null {
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

/** "Ni kan avstå från att delta." */
function readOptOut(tokens: string[], index: number): CoverLetterFindingKind | null {
  let allowed = false;
  for (let k = index - 1; k >= 0 && index - k <= 3; k--) {
    if (NEGATORS.has(tokens[k])) return null;
    if (MAY.has(tokens[k])) allowed = true;
  }
  if (!allowed) return null;
  const next = tokens[index + 1];
  const aboutAnswering = !isWordToken(next) || hasAnsweringWordNear(tokens, index, 0, 5);
  return aboutAnswering ? 'voluntary_stated' : null;
}

const TAKING_PART_VERBS = wordSet('delta deltaga medverka svara besvara');

/** "Ni behöver inte delta", but not "du behöver inte svara på alla frågor". */
function readNoNeed(tokens: string[], index: number): CoverLetterFindingKind | null {
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

function answeringVerbFollowsAtt(tokens: string[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k - index <= 3; k++) {
    if (tokens[k] !== 'att') continue;
    for (let verb = k + 1; verb < tokens.length && verb - k <= 3; verb++) {
      if (startsWithAny(tokens[verb], ANSWERING_VERB_STEMS)) return true;
    }
    return false;
  }
  return false;
}

function recipientNear(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 10; k--) {
    if (tokens[k] === ',' || HARD_BOUNDARIES.has(tokens[k])) break;
    if (RECIPIENTS.has(tokens[k])) return true;
  }
  return rangeHas(tokens, index + 1, index + 3, RECIPIENTS);
}

/** "Ni är skyldiga", "kommunen är skyldig att besvara", "det åligger kommunen att lämna". */
function obligesRecipient(tokens: string[], index: number): boolean {
  let previous: string | undefined;
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (!NEGATION_SKIPPABLE.has(tokens[k]) && !NEGATORS.has(tokens[k])) {
      previous = tokens[k];
      break;
    }
  }
  if (previous !== undefined && SENDER_SUBJECTS.has(previous)) return false;
  return answeringVerbFollowsAtt(tokens, index) || recipientNear(tokens, index);
}

/** "Enligt 5 kap. 1 § SoF ska kommunen lämna uppgifter": a duty only when a statute is cited. */
function requiresAnswerAfterShall(tokens: string[], index: number): boolean {
  if (SENDER_SUBJECTS.has(tokens[index - 1])) return false;
  for (let k = index + 1; k < tokens.length && k - index <= 4; k++) {
    if (NEGATORS.has(tokens[k])) return false;
    if (startsWithAny(tokens[k], ANSWERING_VERB_STEMS)) return true;
  }
  return false;
}

/** Negating an obligation ("ni är inte skyldiga") states that answering is voluntary. */
const obligationOrRelief = (negated: boolean): CoverLetterFindingKind =>
  negated ? 'voluntary_stated' : 'mandatory_stated';

const VOLUNTARINESS_TRIGGERS = new Set([
  ...VOLUNTARY_WORDS,
  ...SELF_CHOICE_VERBS,
  ...OBLIGATION_WORDS,
  ...COMPULSORY_WORDS,
  ...PENALTY_WORDS,
  ...SHALL,
  'avstå',
  'behöver',
]);

const isObligationCompound = (token: string): boolean =>
  (token.includes('skyldig') || token.includes('plikt')) &&
  startsWithAny(token, OBLIGATION_COMPOUND_STEMS);

/** Fact boxes in letters read "Frivilligt: ja" or "Obligatoriskt: nej". */
function readFactBoxAnswer(tokens: string[], index: number): 'ja' | 'nej' | null {
  if (tokens[index + 1] !== ':') return null;
  const answer = tokens[index + 2];
  return answer === 'ja' || answer === 'nej' ? answer : null;
}

function readVoluntarinessAt(
  tokens: string[],
  index: number,
  citesStatute: () => boolean,
): CoverLetterFindingKind | null {
  const token = tokens[index];
  if (!VOLUNTARINESS_TRIGGERS.has(token) && !isObligationCompound(token)) return null;
  const factBoxAnswer = readFactBoxAnswer(tokens, index);
  if (VOLUNTARY_WORDS.has(token)) {
    if (factBoxAnswer) return factBoxAnswer === 'ja' ? 'voluntary_stated' : 'voluntary_denied';
    if (!isAboutAnswering(tokens, index, token.startsWith('frivillig'))) return null;
    return isNegatedAt(tokens, index) ? 'voluntary_denied' : 'voluntary_stated';
  }
  if (SELF_CHOICE_VERBS.has(token)) return readSelfChoice(tokens, index);
  if (token === 'avstå') return readOptOut(tokens, index);
  if (token === 'behöver') return readNoNeed(tokens, index);
  if (isObligationCompound(token)) {
    return obligationOrRelief(isNegatedAt(tokens, index));
  }
  if (OBLIGATION_WORDS.has(token)) {
    return obligesRecipient(tokens, index) ? obligationOrRelief(isNegatedAt(tokens, index)) : null;
  }
  if (COMPULSORY_WORDS.has(token)) {
    if (factBoxAnswer) return obligationOrRelief(factBoxAnswer === 'nej');
    return isAboutAnswering(tokens, index, false)
      ? obligationOrRelief(isNegatedAt(tokens, index))
      : null;
  }
  if (PENALTY_WORDS.has(token)) return isNegatedAt(tokens, index) ? null : 'mandatory_stated';
  if (SHALL.has(token) && requiresAnswerAfterShall(tokens, index) && citesStatute()) {
    return 'mandatory_stated';
  }
  return null;
}

export function readVoluntariness(
  tokens: string[],
  citesStatute: () => boolean,
): CoverLetterFindingKind[] {
  const kinds: CoverLetterFindingKind[] = [];
  tokens.forEach((_token, index) => {
    const kind = readVoluntarinessAt(tokens, index, citesStatute);
    if (kind) kinds.push(kind);
  });
  return kinds;
}
