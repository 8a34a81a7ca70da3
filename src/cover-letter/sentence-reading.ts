import type { Span } from './blocks';
import { readConsultation } from './consultation';
import type { CoverLetterFindingKind } from './cover-letter.types';
import { citesEnglishStatute, readEnglish } from './english';
import { asPredicate, splitKeyValue } from './fact-box';
import { isWordToken, normaliseForMatching, tokenise } from './normalise';
import { answerFindings, Polarity, readPolarity, readTopic, Topic } from './question-answer';
import { findObligingCitation } from './statutes';
import { readVoluntariness } from './voluntariness';

/** What one sentence of a letter says, with its statute looked up only when someone asks. */
export interface SentenceReading extends Span {
  text: string;
  normalised: string;
  /** What the sentence states by itself. */
  kinds: CoverLetterFindingKind[];
  /** What a question, or a short label that the next line may answer, asks about. */
  asks: Topic | null;
  /** How the sentence answers, when it opens with "Ja", "Nej", "Yes" or "No". */
  answers: Polarity | null;
  answerNamesSkr: boolean;
  citation: () => string | null;
}

function memoise<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Every finding or topic needs one of these fragments; most sentences of a letter have none. */
const FINDING_HINT =
  /samr|frivillig|valfri|skyldig|plikt|obligator|lagstad|vite|ålig|ålag|åläg|förplikt|tvung|tvingande|själv|avstå|tacka nej|behöver|ska|måste|krav|upp till|fritt|fria|consult|voluntar|optional|mandator|compulsor|oblig|requir|must|up to|free to|decline/u;
const ANSWER_START =
  /^[^\p{L}\p{N}]{0,4}(?:(?:s|svar|a|answer) ?: ?)?(?:ja|nej|jo|yes|no)(?![\p{L}\p{N}])/u;
/** A label is short and has no full stop: "Samråd med SKR", "Svarsplikt". */
const LABEL_MAX_LENGTH = 60;
const FULL_STOP = /[.!]$/u;
const namesSkr = (tokens: string[]): boolean => tokens.includes('skr') || tokens.includes('skr:s');

function readStatements(
  tokens: string[],
  citesObligingStatute: () => boolean,
  citesEnglish: () => boolean,
): CoverLetterFindingKind[] {
  return [
    ...readConsultation(tokens),
    ...readVoluntariness(tokens, citesObligingStatute),
    ...readEnglish(tokens, citesEnglish),
  ];
}

/**
 * A fact-box line answers its key ("Samråd med SKR: Nej"); a short key reads as the subject of its
 * value ("Deltagande: frivilligt"); any other sentence is read as it stands.
 */
function readOwnFindings(
  tokens: string[],
  citesObligingStatute: () => boolean,
  citesEnglish: () => boolean,
): CoverLetterFindingKind[] {
  const read = (part: string[]) => readStatements(part, citesObligingStatute, citesEnglish);
  const keyValue = splitKeyValue(tokens);
  if (keyValue === null) return read(tokens);
  const topic = readTopic(keyValue.key);
  const polarity = readPolarity(keyValue.value);
  if (topic !== null && polarity !== null) {
    return [...answerFindings(topic, polarity, namesSkr(keyValue.value)), ...read(keyValue.value)];
  }
  const predicate = asPredicate(keyValue);
  if (predicate === null) return read(tokens);
  return keyValue.value.some(isWordToken) ? read(predicate) : [];
}

export function readSentence(source: string, span: Span): SentenceReading {
  const text = source.slice(span.start, span.end);
  const normalised = normaliseForMatching(text);
  const citation = memoise(() => findObligingCitation(text));
  // Explicit fields, not a spread of `span`: spread objects take V8's slow path, and a letter may
  // have a hundred thousand sentences.
  const reading: SentenceReading = {
    start: span.start,
    end: span.end,
    text,
    normalised,
    kinds: [],
    asks: null,
    answers: null,
    answerNamesSkr: false,
    citation,
  };
  const hinted = FINDING_HINT.test(normalised);
  const opensWithAnswer = ANSWER_START.test(normalised);
  if (!hinted && !opensWithAnswer) return reading;

  const tokens = tokenise(normalised);
  if (opensWithAnswer) {
    reading.answers = readPolarity(tokens);
    reading.answerNamesSkr = namesSkr(tokens);
  }
  if (!hinted) return reading;
  const isQuestion = normalised.endsWith('?');
  const isLabel = normalised.length <= LABEL_MAX_LENGTH && !FULL_STOP.test(normalised);
  if (isQuestion || isLabel) reading.asks = readTopic(tokens);
  // A question asks; it states nothing.
  if (!isQuestion) {
    const citesEnglish = memoise(() => citesEnglishStatute(normalised));
    reading.kinds = readOwnFindings(tokens, () => citation() !== null, citesEnglish);
  }
  return reading;
}
