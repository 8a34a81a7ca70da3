import {
  chooseConsultation,
  consultationToDecide,
  draftFromRegistration,
  planRegistration,
  registrationProblems,
} from './registration-rules';

const at = (iso: string) => new Date(iso);
const consultation = (
  id: string,
  requestedAt: string,
  completedAt: string | null = null,
  skrCaseNumber: string | null = null,
) => ({
  id,
  requestedAt: at(requestedAt),
  completedAt: completedAt ? at(completedAt) : null,
  skrCaseNumber,
});

describe('planRegistration', () => {
  it('survey_received: the registrar’s own record, never merged by title', () => {
    expect(planRegistration('survey_received')).toEqual({
      surveyLookups: ['reference', 'earlier_registration'],
      whenNoSurvey: 'create_draft',
      setsTitle: true,
      consultation: 'none',
    });
  });

  it('consultation_requested: also by a similar title, else a new draft', () => {
    expect(planRegistration('consultation_requested')).toMatchObject({
      surveyLookups: ['reference', 'earlier_registration', 'similar_title'],
      whenNoSurvey: 'create_draft',
      setsTitle: false,
      consultation: 'request',
    });
  });

  it('consultation_decided: also by case number, and refuses without a survey', () => {
    expect(planRegistration('consultation_decided')).toMatchObject({
      surveyLookups: ['reference', 'earlier_registration', 'case_number', 'similar_title'],
      whenNoSurvey: 'refuse',
      consultation: 'decide',
    });
  });
});

describe('registrationProblems', () => {
  it('requires a decision with consultation_decided', () => {
    expect(registrationProblems({ type: 'consultation_decided' })).toEqual([
      { field: 'decision', problem: 'is required when type is consultation_decided' },
    ]);
    expect(
      registrationProblems({ type: 'consultation_decided', decision: 'no_objection' }),
    ).toEqual([]);
  });

  it.each(['survey_received', 'consultation_requested'] as const)(
    'refuses a decision with %s',
    (type) => {
      expect(registrationProblems({ type, decision: 'advised_against' })).toEqual([
        { field: 'decision', problem: 'is only allowed when type is consultation_decided' },
      ]);
      expect(registrationProblems({ type })).toEqual([]);
    },
  );
});

describe('draftFromRegistration', () => {
  it('is a draft to all municipalities with the method unknown', () => {
    expect(draftFromRegistration('a-1', '  Enkät om hemtjänst ')).toEqual({
      agencyId: 'a-1',
      title: 'Enkät om hemtjänst',
      collectionMethod: 'other',
      recipientScope: 'all_municipalities',
    });
  });
});

describe('consultationToDecide', () => {
  it('takes the latest open consultation', () => {
    const list = [
      consultation('old-open', '2021-01-01T00:00:00Z'),
      consultation('new-open', '2021-03-01T00:00:00Z'),
      consultation('newest-done', '2021-04-01T00:00:00Z', '2021-04-02T00:00:00Z'),
    ];
    expect(consultationToDecide(list)?.id).toBe('new-open');
  });

  it('takes the latest when all are completed, none when there is none', () => {
    const list = [
      consultation('a', '2021-01-01T00:00:00Z', '2021-01-05T00:00:00Z'),
      consultation('b', '2021-02-01T00:00:00Z', '2021-02-05T00:00:00Z'),
    ];
    expect(consultationToDecide(list)?.id).toBe('b');
    expect(consultationToDecide([])).toBeNull();
  });
});

describe('chooseConsultation', () => {
  const list = [
    consultation('first', '2021-01-01T00:00:00Z', null, 'SKR 2021/1'),
    consultation('second', '2021-02-01T00:00:00Z', null, 'SKR 2021/2'),
  ];

  it('prefers the one the earlier registration pointed to', () => {
    expect(
      chooseConsultation(list, { earlierId: 'first', caseNumber: 'SKR 2021/2', orLatest: true })
        ?.id,
    ).toBe('first');
  });

  it('else the one with the same case number', () => {
    expect(
      chooseConsultation(list, { earlierId: 'gone', caseNumber: 'SKR 2021/1', orLatest: true })?.id,
    ).toBe('first');
  });

  it('else the latest open one for a decision, and none for a request', () => {
    const hints = { earlierId: null, caseNumber: 'SKR 2021/9' };
    expect(chooseConsultation(list, { ...hints, orLatest: true })?.id).toBe('second');
    expect(chooseConsultation(list, { ...hints, orLatest: false })).toBeNull();
  });
});
