/**
 * Reads a survey cover letter (missiv / följebrev) and reports what it says about the
 * consultation with Sveriges Kommuner och Regioner (SKR) that förordningen (1982:668) requires,
 * and about whether the recipients have to answer.
 *
 * The reading is rule based and deliberately conservative: a finding is reported only when a
 * sentence (or a question with its answer) says it plainly, because the result is shown to people
 * judging whether an agency kept the consultation rule. A missed statement costs a manual look; a
 * wrong one misleads.
 *
 * The parts: the letter is cut into blocks and sentences (`blocks`, `sentences`); each sentence is
 * normalised (`normalise`) and read for consultation (`consultation`, `consultation-partner`),
 * for what it says about answering (`voluntariness`, `voluntary-statements`, `duty-statements`,
 * `answering`, `statutes`), in English (`english`), and as a fact-box line or a question
 * (`fact-box`, `question-answer`), all in `sentence-reading`. Each sentence is then settled with
 * its neighbours (answers, `legal-basis`) and the findings are weighed (`verdict`). Sentences are
 * read one at a time and only three are held at once, so time and memory grow linearly with the
 * letter.
 */
import { answerFindings } from './question-answer';
import type { CoverLetterAnalysis, CoverLetterFindingKind } from './cover-letter.types';
import { findLegalBasis, statesObligation } from './legal-basis';
import { readSentence, SentenceReading } from './sentence-reading';
import { forEachSentence } from './sentences';
import { Verdict } from './verdict';

const propertyOf = (kind: CoverLetterFindingKind): string =>
  kind.startsWith('consultation') ? 'consultation' : 'voluntariness';

/**
 * The findings of `current`, read with its neighbours: a label or question answered by the next
 * line states nothing by itself; an answer states what its question asked, unless it says more
 * itself; and an obligation takes its statute from its own or a neighbouring sentence.
 */
function settle(
  source: string,
  verdict: Verdict,
  index: number,
  previous: SentenceReading | undefined,
  current: SentenceReading,
  next: SentenceReading | undefined,
): void {
  const own = current.asks !== null && next?.answers ? [] : current.kinds;
  // Each kind once: a long sentence may hold a statement many times, and each entry costs its length.
  for (const kind of new Set(own)) verdict.add(kind, current.text, index);

  let answered: CoverLetterFindingKind[] = [];
  if (previous?.asks && current.answers) {
    const covered = new Set(own.map(propertyOf));
    answered = answerFindings(previous.asks, current.answers, current.answerNamesSkr).filter(
      (kind) => !covered.has(propertyOf(kind)),
    );
    const exchange = source.slice(previous.start, current.end);
    for (const kind of new Set(answered)) verdict.add(kind, exchange, index);
  }

  if (!statesObligation(own) && !statesObligation(answered)) return;
  const basis = findLegalBasis(previous, current, next);
  if (basis === null) return;
  const offset = basis.reading === previous ? -1 : basis.reading === next ? 1 : 0;
  verdict.addLegalBasis(basis.citation, basis.reading.text, index + offset);
}

export function analyseCoverLetter(text: string): CoverLetterAnalysis {
  // Callers in plain JavaScript may pass null or undefined; that reads as an empty letter.
  const source = typeof text === 'string' ? text : '';
  const verdict = new Verdict();
  let previous: SentenceReading | undefined;
  let current: SentenceReading | undefined;
  let index = -1;
  forEachSentence(source, (span) => {
    const next = readSentence(source, span);
    if (current) settle(source, verdict, index, previous, current, next);
    previous = current;
    current = next;
    index++;
  });
  if (current) settle(source, verdict, index, previous, current, undefined);
  return verdict.decide();
}
