import {
  agencyChoiceProblems,
  receivedAtProblems,
  reportEffects,
  type ReportedSurvey,
  type SurveyAsKnown,
  surveyFromReport,
} from './report-rules';

const report = (overrides: Partial<ReportedSurvey> = {}): ReportedSurvey => ({
  localAuthorityCode: '2080',
  receivedAt: new Date('2021-02-03T09:15:00Z'),
  title: 'Kartläggning av arbetet mot våldsbejakande extremism',
  coverLetterText: null,
  ...overrides,
});

const known = (overrides: Partial<SurveyAsKnown> = {}): SurveyAsKnown => ({
  status: 'sent',
  sentAt: new Date('2021-02-01T08:00:00Z'),
  reportedFromField: false,
  recipientScope: 'all_municipalities',
  recipientCodes: [],
  coverLetterText: 'Samråd har skett med SKR.',
  ...overrides,
});

describe('agencyChoiceProblems', () => {
  it('accepts exactly one of agencyId and agencyName', () => {
    expect(agencyChoiceProblems({ agencyName: 'CVE' })).toEqual([]);
    expect(agencyChoiceProblems({ agencyId: '6f1c0c8e-7d0a-4d4f-9f3e-3f1d2b9c1a00' })).toEqual([]);
  });

  it('names both fields when none or both are given', () => {
    expect(agencyChoiceProblems({}).map((p) => p.field)).toEqual(['agencyId', 'agencyName']);
    const both = agencyChoiceProblems({ agencyName: 'CVE', agencyId: 'x' });
    expect(both).toEqual([
      { field: 'agencyId', problem: 'give agencyId or agencyName, not both' },
      { field: 'agencyName', problem: 'give agencyId or agencyName, not both' },
    ]);
  });
});

describe('receivedAtProblems', () => {
  const now = new Date('2021-02-03T12:00:00Z');
  it('allows a receipt up to five minutes ahead of the clock', () => {
    expect(receivedAtProblems(new Date('2021-02-03T12:05:00Z'), now)).toEqual([]);
  });
  it('refuses a receipt in the future', () => {
    expect(receivedAtProblems(new Date('2021-02-03T12:05:01Z'), now)).toEqual([
      { field: 'receivedAt', problem: 'must not be in the future' },
    ]);
  });
});

describe('reportEffects', () => {
  it('changes nothing in a sent survey SKR registered with its cover letter', () => {
    expect(
      reportEffects(known(), report({ receivedAt: new Date('2021-01-01T00:00:00Z') })),
    ).toEqual({});
  });

  it('sends a draft that arrived, at the receipt', () => {
    expect(reportEffects(known({ status: 'draft', sentAt: null }), report())).toEqual({
      status: 'sent',
      sentAt: report().receivedAt,
    });
  });

  it('leaves a withdrawn or closed survey in its state', () => {
    expect(reportEffects(known({ status: 'withdrawn', sentAt: null }), report())).toEqual({});
    expect(reportEffects(known({ status: 'closed' }), report())).toEqual({});
  });

  it('widens the recipients of a survey known only from the field, sorted, once', () => {
    const fieldSurvey = known({
      reportedFromField: true,
      recipientScope: 'selected',
      recipientCodes: ['2080', '2081'],
    });
    expect(reportEffects(fieldSurvey, report({ localAuthorityCode: '0180' }))).toEqual({
      recipientCodes: ['0180', '2080', '2081'],
    });
    expect(reportEffects(fieldSurvey, report({ localAuthorityCode: '2081' }))).toEqual({});
  });

  it('does not widen recipients SKR registered, nor a whole-group scope', () => {
    const registered = known({ recipientScope: 'selected', recipientCodes: ['2081'] });
    expect(reportEffects(registered, report()).recipientCodes).toBeUndefined();
    const allFromField = known({ reportedFromField: true });
    expect(reportEffects(allFromField, report()).recipientCodes).toBeUndefined();
  });

  it('moves the send date of a field survey back to an earlier receipt, never forward', () => {
    const fieldSurvey = known({
      reportedFromField: true,
      sentAt: new Date('2021-02-04T00:00:00Z'),
    });
    expect(reportEffects(fieldSurvey, report()).sentAt).toEqual(report().receivedAt);
    expect(
      reportEffects(fieldSurvey, report({ receivedAt: new Date('2021-02-05T00:00:00Z') })).sentAt,
    ).toBeUndefined();
  });

  it('keeps a cover letter nobody had yet, and not over one already known', () => {
    const letter = 'Det är frivilligt att besvara enkäten.';
    expect(
      reportEffects(known({ coverLetterText: null }), report({ coverLetterText: letter })),
    ).toEqual({ coverLetterText: letter });
    expect(reportEffects(known(), report({ coverLetterText: letter }))).toEqual({});
  });
});

describe('surveyFromReport', () => {
  it('describes a survey sent to the reporting authority, method unknown', () => {
    expect(surveyFromReport('agency-1', report({ coverLetterText: 'Hej' }))).toEqual({
      agencyId: 'agency-1',
      title: report().title,
      collectionMethod: 'other',
      recipientScope: 'selected',
      recipientCodes: ['2080'],
      coverLetterText: 'Hej',
    });
  });

  it('leaves the cover letter out when none was reported', () => {
    expect(surveyFromReport('agency-1', report())).not.toHaveProperty('coverLetterText');
  });
});
