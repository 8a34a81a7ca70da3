import { analyseCoverLetter } from './analyse-cover-letter';
import { CORPUS, CorpusLetter, isHeldOut } from './corpus';
import { PropertyScore, scoreProperty } from './corpus/score';
import type { CoverLetterAnalysis, Voluntariness } from './cover-letter.types';

interface Reading {
  letter: CorpusLetter;
  analysis: CoverLetterAnalysis;
}

interface PartScore {
  letters: number;
  consultation: PropertyScore<boolean>;
  voluntariness: PropertyScore<Voluntariness>;
}

function scorePart(readings: Reading[]): PartScore {
  return {
    letters: readings.length,
    consultation: scoreProperty(
      readings.map(({ letter, analysis }) => ({
        expected: letter.statesConsultation,
        actual: analysis.statesConsultation,
      })),
      [true],
    ),
    voluntariness: scoreProperty(
      readings.map(({ letter, analysis }) => ({
        expected: letter.voluntariness,
        actual: analysis.voluntariness,
      })),
      ['voluntary', 'mandatory'],
    ),
  };
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

function describePart(name: string, part: PartScore): string {
  const consulted = part.consultation.classes.get(true)!;
  const voluntary = part.voluntariness.classes.get('voluntary')!;
  const mandatory = part.voluntariness.classes.get('mandatory')!;
  return [
    `${name} (${part.letters} letters)`,
    `  statesConsultation  accuracy ${percent(part.consultation.accuracy)}` +
      `  true: precision ${percent(consulted.precision)} recall ${percent(consulted.recall)}`,
    `  voluntariness       accuracy ${percent(part.voluntariness.accuracy)}` +
      `  voluntary: precision ${percent(voluntary.precision)} recall ${percent(voluntary.recall)}` +
      `  mandatory: precision ${percent(mandatory.precision)} recall ${percent(mandatory.recall)}`,
  ].join('\n');
}

function misreadings(readings: Reading[]): string[] {
  return readings
    .filter(
      ({ letter, analysis }) =>
        letter.statesConsultation !== analysis.statesConsultation ||
        letter.voluntariness !== analysis.voluntariness,
    )
    .map(
      ({ letter, analysis }) =>
        `${letter.id}: consultation ${String(analysis.statesConsultation)} (label ${String(letter.statesConsultation)}), ` +
        `voluntariness ${analysis.voluntariness} (label ${letter.voluntariness})`,
    );
}

describe('labelled cover-letter corpus', () => {
  const readings: Reading[] = CORPUS.map((letter) => ({
    letter,
    analysis: analyseCoverLetter(letter.text),
  }));
  const heldOut = readings.filter(({ letter }) => isHeldOut(letter));
  const tuning = readings.filter(({ letter }) => !isHeldOut(letter));
  const whole = scorePart(readings);

  it('is big enough, with unique ids, and holds out about a third of every kind', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((letter) => letter.id)).size).toBe(CORPUS.length);
    for (const letter of CORPUS) {
      expect(letter.id).toMatch(/^[a-z]+(?:-[a-z]+)*-\d{2}$/);
      expect(letter.text.trim().length).toBeGreaterThan(0);
      expect(letter.source.length).toBeGreaterThan(0);
    }
    expect(heldOut.length / CORPUS.length).toBeGreaterThan(0.3);
    expect(heldOut.length / CORPUS.length).toBeLessThan(0.36);
  });

  it('is read right at least 95 % of the time for each property, and reports the held-out part', () => {
    const report = [
      describePart('whole corpus', whole),
      describePart('tuning part', scorePart(tuning)),
      describePart('held-out part', scorePart(heldOut)),
      'misread letters:',
      ...misreadings(readings).map((line) => `  ${line}`),
    ].join('\n');
    console.log(report);
    expect(whole.consultation.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(whole.voluntariness.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
