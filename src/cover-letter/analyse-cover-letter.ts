/**
 * Reads a survey cover letter (missiv / följebrev) and reports what it says about the
 * consultation with Sveriges Kommuner och Regioner (SKR) that förordningen (1982:668) requires,
 * and about whether the recipients have to answer.
 *
 * The reading is rule based and deliberately conservative: a finding is reported only when one
 * sentence says it plainly, because the result is shown to people judging whether an agency kept
 * the consultation rule. A missed statement costs a manual look; a wrong one misleads.
 *
 * The parts: the letter is cut into blocks and sentences (`blocks`, `sentences`), each sentence is
 * normalised and tokenised (`normalise`) and read for consultation (`consultation`) and duties
 * (`voluntariness`, `statutes`); the findings are then weighed (`legal-basis`, `verdict`).
 */
import type { CoverLetterAnalysis } from './cover-letter.types';
import { findLegalBases } from './legal-basis';
import { readSentence, SentenceReading } from './sentence-reading';
import { splitIntoSentences } from './sentences';
import {
  decideConsultation,
  decideVoluntariness,
  IndexedEvidence,
  orderedUniqueEvidence,
} from './verdict';

export function analyseCoverLetter(text: string): CoverLetterAnalysis {
  // Callers in plain JavaScript may pass null or undefined; that reads as an empty letter.
  const source = typeof text === 'string' ? text : '';
  // Boilerplate repeats (page footers, pasted paragraphs); identical sentences read identically.
  const readingsByText = new Map<string, SentenceReading>();
  const readings = splitIntoSentences(source).map(({ start, end }) => {
    const sentence = source.slice(start, end);
    let reading = readingsByText.get(sentence);
    if (reading === undefined) {
      reading = readSentence(sentence);
      readingsByText.set(sentence, reading);
    }
    return reading;
  });

  const evidence: IndexedEvidence[] = [];
  readings.forEach((reading, sentenceIndex) => {
    // One entry per kind and sentence keeps the later de-duplication cheap for long sentences.
    for (const kind of new Set(reading.kinds)) {
      evidence.push({ kind, sentence: reading.text, sentenceIndex });
    }
  });
  const bases = findLegalBases(readings);
  for (const { sentenceIndex } of bases) {
    evidence.push({ kind: 'legal_basis', sentence: readings[sentenceIndex].text, sentenceIndex });
  }

  const kinds = new Set(evidence.map((item) => item.kind));
  const legalBasis = bases.length > 0 ? bases[0].citation : null;
  return {
    statesConsultation: decideConsultation(kinds),
    voluntariness: decideVoluntariness(kinds, legalBasis !== null),
    legalBasis,
    evidence: orderedUniqueEvidence(evidence),
  };
}
