import { inSwedish, SKR_OUTCOME_SV, SURVEY_STATUS_SV } from './swedish-labels';

describe('inSwedish', () => {
  it('translates known values, keeps unknown ones and leaves null empty', () => {
    expect(inSwedish(SURVEY_STATUS_SV, 'withdrawn')).toBe('Återkallad');
    expect(inSwedish(SKR_OUTCOME_SV, 'advised_against')).toBe('Avråder');
    expect(inSwedish(SKR_OUTCOME_SV, 'something_new')).toBe('something_new');
    expect(inSwedish(SKR_OUTCOME_SV, null)).toBeNull();
  });
});
