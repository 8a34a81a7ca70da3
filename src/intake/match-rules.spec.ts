import { pickSurveyMatch, type SurveyCandidate } from './match-rules';

const settings = { minSimilarity: 0.4, windowDays: 60 };
const candidate = (id: string, similarity: number, distanceDays = 1): SurveyCandidate => ({
  id,
  similarity,
  distanceDays,
});

describe('pickSurveyMatch', () => {
  it('picks the most similar title at or above the threshold', () => {
    expect(
      pickSurveyMatch([candidate('a', 0.45), candidate('b', 0.9), candidate('c', 0.4)], settings),
    ).toEqual(candidate('b', 0.9));
  });

  it('accepts a similarity exactly at the threshold', () => {
    expect(pickSurveyMatch([candidate('a', 0.4)], settings)?.id).toBe('a');
  });

  it('matches nothing below the threshold', () => {
    // "Enkät om kompetensförsörjning" against "Enkät om första linjens chefer": about 0.25.
    expect(pickSurveyMatch([candidate('a', 0.25), candidate('b', 0.39)], settings)).toBeNull();
  });

  it('prefers the nearer survey of two equally similar ones', () => {
    expect(
      pickSurveyMatch([candidate('far', 0.8, 40), candidate('near', 0.8, 2)], settings)?.id,
    ).toBe('near');
  });

  it('ignores a candidate outside the window', () => {
    expect(pickSurveyMatch([candidate('old', 1, 61)], settings)).toBeNull();
  });

  it('matches nothing when there are no candidates', () => {
    expect(pickSurveyMatch([], settings)).toBeNull();
  });
});
