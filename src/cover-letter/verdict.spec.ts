import type { CoverLetterFindingKind } from './cover-letter.types';
import { decideVoluntariness, Verdict } from './verdict';

const kinds = (...list: CoverLetterFindingKind[]) => new Set(list);

describe('decideVoluntariness', () => {
  it.each([
    [kinds(), false, 'unclear'],
    [kinds('voluntary_stated'), false, 'voluntary'],
    [kinds('mandatory_stated'), false, 'mandatory'],
    [kinds('voluntary_denied'), false, 'unclear'],
    [kinds('voluntary_denied'), true, 'mandatory'],
    [kinds('voluntary_stated', 'mandatory_stated'), true, 'unclear'],
    [kinds('voluntary_stated', 'voluntary_denied'), true, 'unclear'],
  ])('decides %p with legal basis %p as %s', (found, hasLegalBasis, expected) => {
    expect(decideVoluntariness(found, hasLegalBasis)).toBe(expected);
  });
});

describe('Verdict', () => {
  it('orders evidence by sentence and kind, once per kind and sentence', () => {
    const verdict = new Verdict();
    verdict.add('voluntary_stated', 'B', 1);
    verdict.add('consultation_stated', 'A', 0);
    verdict.add('mandatory_stated', 'B', 1);
    verdict.add('voluntary_stated', 'B', 3);
    expect(verdict.decide().evidence).toEqual([
      { kind: 'consultation_stated', sentence: 'A' },
      { kind: 'voluntary_stated', sentence: 'B' },
      { kind: 'mandatory_stated', sentence: 'B' },
    ]);
  });

  it('lets a denial outweigh a claim of consultation', () => {
    const verdict = new Verdict();
    verdict.add('consultation_stated', 'A', 0);
    expect(verdict.decide().statesConsultation).toBe(true);
    verdict.add('consultation_denied', 'B', 1);
    expect(verdict.decide().statesConsultation).toBe(false);
  });

  it("keeps the first legal basis as the letter's", () => {
    const verdict = new Verdict();
    verdict.add('voluntary_denied', 'A', 0);
    verdict.addLegalBasis('5 kap. 1 § SoF', 'A', 0);
    verdict.addLegalBasis('7 § lagen (2001:99)', 'C', 2);
    const analysis = verdict.decide();
    expect(analysis.legalBasis).toBe('5 kap. 1 § SoF');
    expect(analysis.voluntariness).toBe('mandatory');
  });
});
