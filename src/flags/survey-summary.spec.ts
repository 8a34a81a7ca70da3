import { latestReview, summariseSurvey } from './survey-summary';

const at = (iso: string) => new Date(iso);

describe('summariseSurvey', () => {
  it('has no consultation and no decision for a bare survey', () => {
    expect(summariseSurvey([], [])).toEqual({
      consultationStatus: 'none',
      skrOutcome: null,
      networkDecision: null,
    });
  });

  it('is requested while no consultation is completed', () => {
    const requested = { requestedAt: at('2021-03-01T09:00:00Z'), completedAt: null, outcome: null };
    expect(summariseSurvey([requested], []).consultationStatus).toBe('requested');
  });

  it('takes the outcome of the latest completed consultation', () => {
    const first = {
      requestedAt: at('2021-03-01T09:00:00Z'),
      completedAt: at('2021-03-10T09:00:00Z'),
      outcome: 'advised_against',
    };
    const revised = {
      requestedAt: at('2021-03-20T09:00:00Z'),
      completedAt: at('2021-03-25T09:00:00Z'),
      outcome: 'no_objection',
    };
    const pending = { requestedAt: at('2021-04-01T09:00:00Z'), completedAt: null, outcome: null };
    expect(summariseSurvey([revised, first, pending], [])).toEqual({
      consultationStatus: 'completed',
      skrOutcome: 'no_objection',
      networkDecision: null,
    });
  });

  it('takes the decision of the latest meeting, then the latest recorded', () => {
    const declined = {
      meetingDate: '2020-09-25',
      createdAt: at('2020-09-25T10:00:00Z'),
      decision: 'declined',
    };
    const noted = {
      meetingDate: '2020-09-25',
      createdAt: at('2020-09-26T10:00:00Z'),
      decision: 'noted',
    };
    const approvedEarlier = {
      meetingDate: '2020-09-01',
      createdAt: at('2020-10-01T10:00:00Z'),
      decision: 'approved',
    };
    expect(latestReview([approvedEarlier, declined])?.decision).toBe('declined');
    expect(summariseSurvey([], [declined, noted, approvedEarlier]).networkDecision).toBe('noted');
  });
});
