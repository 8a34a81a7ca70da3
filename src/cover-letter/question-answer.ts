import type { CoverLetterFindingKind } from './cover-letter.types';
import { COMPULSORY_WORDS, isObligationCompound, OBLIGATION_WORDS } from './duty-statements';
import { mentionsPart } from './answering';
import { isWordToken } from './normalise';
import { ANSWERING_VERB_STEMS, NEGATORS, startsWithAny } from './vocabulary';
import { VOLUNTARY_WORDS } from './voluntary-statements';
import { wordList, wordSet } from './words';

/**
 * Questions and their answers ("Har samråd skett med SKR? Ja."), and fact boxes whose keys work
 * the same way ("Samråd med SKR: Nej", "Svarsplikt | Ja"): a key names a topic, the answer gives
 * its polarity, and together they state what neither says alone.
 */

export type Polarity = 'yes' | 'no';

export type Topic =
  | { about: 'consultation'; namesSkr: boolean; namesOther: boolean }
  | { about: 'voluntary' | 'obligation' | 'opt-out' };

const YES = wordSet(`
  ja yes jo genomfört genomförd genomförts skett gjort gjorts klart utfört done completed
`);
const NO = wordSet('nej no ej inte not saknas ingen inget inga none');
/** Words before the answer: "S: Ja", "Svar: Nej", "– Ja", "SKR (genomfört …)", "Har skett". */
const ANSWER_LEAD_INS = wordSet('s svar a answer - * • ( [ ] skr har has have');
const LEAD_IN_LIMIT = 4;
const CHOICE_WINDOW = 8;

/** "Ja", "Nej, …", "Genomfört 12 januari", "Har skett med SKR": the first polar word, if any. */
export function readPolarity(tokens: string[]): Polarity | null {
  let k = 0;
  while (
    k < tokens.length &&
    k < LEAD_IN_LIMIT &&
    (ANSWER_LEAD_INS.has(tokens[k]) || tokens[k] === ':')
  ) {
    k++;
  }
  const first = tokens[k];
  const polarity = YES.has(first) ? 'yes' : NO.has(first) ? 'no' : null;
  // "[ ] Ja [ ] Nej" offers a choice; it does not answer.
  const opening = tokens.slice(0, CHOICE_WINDOW);
  const offersChoice = opening.includes('ja') && opening.includes('nej');
  return offersChoice ? null : polarity;
}

const CONSULTATION_STEMS = wordList('samråd samrått samråtts samrad samratt skr-samr consult');
const isConsultationToken = (token: string): boolean =>
  startsWithAny(token, CONSULTATION_STEMS) && !token.includes('skyldig');
const ENGLISH_VOLUNTARY = wordSet('voluntary optional');
const ENGLISH_OBLIGATION = wordSet(`
  mandatory compulsory obligatory obliged obligated required obligation must
`);
const OPT_OUT = wordSet('avstå decline');
const SKR_TOKENS = new Set(['skr', 'skr:s']);
const PARTNER_INTRODUCERS = new Set(['med', 'with']);

function readConsultationTopic(tokens: string[]): Topic {
  const namesSkr =
    tokens.some((token) => SKR_TOKENS.has(token) || token.startsWith('skr-')) ||
    tokens.includes('1982:668');
  const introducer = tokens.findIndex((token) => PARTNER_INTRODUCERS.has(token));
  const namesOther = !namesSkr && introducer >= 0 && isWordToken(tokens[introducer + 1]);
  return { about: 'consultation', namesSkr, namesOther };
}

/** What a question or a key asks about, or null. A negated question has no clear answer. */
export function readTopic(tokens: string[]): Topic | null {
  if (tokens.some((token) => NEGATORS.has(token))) return null;
  if (tokens.some(isConsultationToken)) return readConsultationTopic(tokens);
  // "Frivilliga delar: fråga 14–16" is about some questions, not about answering.
  if (mentionsPart(tokens)) return null;
  if (tokens.some((token) => VOLUNTARY_WORDS.has(token) || ENGLISH_VOLUNTARY.has(token))) {
    return { about: 'voluntary' };
  }
  const mustAnswer = tokens.some(
    (token, k) =>
      token === 'måste' &&
      tokens.slice(k + 1, k + 4).some((next) => startsWithAny(next, ANSWERING_VERB_STEMS)),
  );
  const obliges = tokens.some(
    (token) =>
      OBLIGATION_WORDS.has(token) ||
      isObligationCompound(token) ||
      COMPULSORY_WORDS.has(token) ||
      ENGLISH_OBLIGATION.has(token),
  );
  if (mustAnswer || obliges) return { about: 'obligation' };
  if (tokens.some((token) => OPT_OUT.has(token))) return { about: 'opt-out' };
  return null;
}

/** What a topic and an answer state together. */
export function answerFindings(
  topic: Topic,
  polarity: Polarity,
  answerNamesSkr: boolean,
): CoverLetterFindingKind[] {
  switch (topic.about) {
    case 'consultation':
      if (topic.namesOther) return [];
      if (polarity === 'no') return ['consultation_denied'];
      return topic.namesSkr || answerNamesSkr ? ['consultation_stated'] : [];
    case 'voluntary':
    case 'opt-out':
      return [polarity === 'yes' ? 'voluntary_stated' : 'voluntary_denied'];
    case 'obligation':
      return [polarity === 'yes' ? 'mandatory_stated' : 'voluntary_stated'];
  }
}
