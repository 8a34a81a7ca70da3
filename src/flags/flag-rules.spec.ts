import fc from 'fast-check';
import { atStockholmTime, stockholmDate } from '../calendar/working-days';
import type { CoverLetterAnalysis } from '../cover-letter/cover-letter.types';
import { FLAG_CODES, FLAG_SEVERITY, ORDINANCE_FLAG_CODES, type FlagCode } from './flag-codes';
import {
  evaluateFlags,
  type AgencyKind,
  type ConsultationFact,
  type ConsultationOutcome,
  type DuplicateCandidate,
  type FlagFinding,
  type FlagRuleConfig,
  type NetworkReviewFact,
  type SurveyFacts,
} from './flag-rules';

const at = (date: string, time: string): Date => atStockholmTime(date, time);
const isoAt = (date: string, time: string): string => at(date, time).toISOString();

const SUMMER_2021 = { from: '2021-06-28', to: '2021-08-06', reason: 'Sommarveckorna' };

const config: FlagRuleConfig = {
  minResponseWorkingDays: 10,
  highBurdenHours: 500,
  consultationLeadDays: 14,
  blackoutPeriods: [
    SUMMER_2021,
    { from: '2020-03-16', to: '2020-06-14', reason: 'Pandemin: SKR bad om uppehåll med enkäter' },
  ],
};

function draft(overrides: Partial<SurveyFacts> = {}): SurveyFacts {
  return {
    agencyKind: 'state_agency',
    status: 'draft',
    sentAt: null,
    plannedSendDate: null,
    responseDeadline: null,
    consultationExemption: null,
    consultations: [],
    networkReviews: [],
    coverLetter: null,
    voluntary: null,
    legalBasis: null,
    contentChangedAt: null,
    estimatedHours: null,
    duplicateCandidates: [],
    now: at('2021-03-01', '10:00'),
    ...overrides,
  };
}

function sent(sentAt: Date, overrides: Partial<SurveyFacts> = {}): SurveyFacts {
  return draft({ status: 'sent', sentAt, now: sentAt, ...overrides });
}

function consultation(
  requestedAt: Date,
  completedAt: Date | null,
  outcome: ConsultationOutcome | null = completedAt ? 'no_objection' : null,
  id = `c-${requestedAt.toISOString()}`,
): ConsultationFact {
  return { id, requestedAt, completedAt, outcome };
}

function review(
  meetingDate: string,
  decision: NetworkReviewFact['decision'],
  network = { id: 'n-national', name: 'Socialchefsnätverket' },
  recordedAt = at(meetingDate, '16:00'),
): NetworkReviewFact {
  return {
    id: `r-${network.id}-${meetingDate}-${decision}`,
    networkId: network.id,
    networkName: network.name,
    meetingDate,
    decision,
    recordedAt,
  };
}

function letter(overrides: Partial<CoverLetterAnalysis> = {}): CoverLetterAnalysis {
  return {
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [],
    ...overrides,
  };
}

function duplicate(reference: string): DuplicateCandidate {
  return {
    surveyId: `s-${reference}`,
    reference,
    title: 'Kompetensförsörjning inom socialtjänsten',
    similarity: 0.8,
    reason: 'same_agency',
  };
}

/** A survey consulted well before it was sent, so that only the rule under test fires. */
function consultedAndSent(sentAt: Date, overrides: Partial<SurveyFacts> = {}): SurveyFacts {
  const requestedAt = new Date(sentAt.getTime() - 30 * 86_400_000);
  const completedAt = new Date(sentAt.getTime() - 10 * 86_400_000);
  return sent(sentAt, { consultations: [consultation(requestedAt, completedAt)], ...overrides });
}

const codesOf = (facts: SurveyFacts, ruleConfig = config): FlagCode[] =>
  evaluateFlags(facts, ruleConfig).map((finding) => finding.code);

function findingOf(facts: SurveyFacts, code: FlagCode): FlagFinding | undefined {
  return evaluateFlags(facts, config).find((finding) => finding.code === code);
}

const NOT_BOUND: AgencyKind[] = [
  'committee',
  'riksdag_agency',
  'region',
  'municipality',
  'skr',
  'other',
];

describe('evaluateFlags: the cases from the seeds', () => {
  const cve = sent(at('2021-02-15', '09:00'));
  const firstLineManagers = sent(at('2021-04-06', '15:00'), {
    consultations: [
      consultation(at('2021-03-22', '09:00'), at('2021-04-06', '10:00'), 'advised_against'),
    ],
  });
  const myva = draft({
    status: 'withdrawn',
    plannedSendDate: '2020-10-01',
    consultations: [
      consultation(at('2020-08-20', '09:00'), at('2020-09-02', '14:00'), 'withdrawn_by_agency'),
    ],
    coverLetter: letter({ statesConsultation: false, voluntariness: 'unclear' }),
    estimatedHours: 870,
    duplicateCandidates: [duplicate('ENK-2020-0012')],
    contentChangedAt: at('2020-09-10', '09:00'),
  });
  const competenceSupply = sent(at('2020-09-21', '09:00'), {
    consultations: [
      consultation(at('2020-08-17', '09:00'), at('2020-09-01', '11:00'), 'changes_recommended'),
    ],
    networkReviews: [review('2020-09-11', 'declined')],
    responseDeadline: at('2020-10-19', '17:00'),
    // 100 municipalities × 60 minutes, plus 20 follow-up interviews × 90 minutes.
    estimatedHours: 130,
  });
  const dalarna = sent(at('2020-09-25', '15:00'), {
    agencyKind: 'region',
    responseDeadline: at('2020-09-28', '12:00'),
  });

  it.each<[string, SurveyFacts, FlagCode[]]>([
    [
      'CVE 2021: sent to all municipalities without consulting SKR',
      cve,
      ['SENT_WITHOUT_CONSULTATION'],
    ],
    [
      'Socialstyrelsen 2021-04-06: SKR advised against, sent the same day',
      firstLineManagers,
      ['SENT_DESPITE_SKR_ADVICE'],
    ],
    ['Myva 2020: withdrawn after consultation', myva, []],
    [
      'Socialstyrelsen competence supply 2020-09: declined by the network, sent anyway',
      competenceSupply,
      ['SENT_DESPITE_NETWORK_DECLINE'],
    ],
    [
      'Dalarna 2020-09-25: a region, Friday 15:00 to Monday 12:00',
      dalarna,
      ['SHORT_RESPONSE_WINDOW'],
    ],
  ])('%s', (_label, facts, expected) => {
    expect(codesOf(facts)).toEqual(expected);
  });

  it('CVE: the critical flag says that no consultation was ever requested', () => {
    expect(findingOf(cve, 'SENT_WITHOUT_CONSULTATION')).toEqual({
      code: 'SENT_WITHOUT_CONSULTATION',
      severity: 'critical',
      evidence: {
        sentAt: '2021-02-15T08:00:00.000Z',
        consultationStatus: 'none',
        completedAt: null,
      },
    });
  });

  it('Socialstyrelsen: the advice flag shows the consultation was done before sending', () => {
    expect(findingOf(firstLineManagers, 'SENT_DESPITE_SKR_ADVICE')).toEqual({
      code: 'SENT_DESPITE_SKR_ADVICE',
      severity: 'warning',
      evidence: {
        sentAt: isoAt('2021-04-06', '15:00'),
        consultationCompletedAt: isoAt('2021-04-06', '10:00'),
        completedBeforeSending: true,
      },
    });
  });

  it('Socialstyrelsen: a send time known only to the day (midnight UTC) still counts as consulted', () => {
    const dateOnly = { ...firstLineManagers, sentAt: new Date('2021-04-06T00:00:00Z') };
    expect(codesOf(dateOnly)).toEqual(['SENT_DESPITE_SKR_ADVICE']);
  });

  it('competence supply: the decline names the network and the meeting', () => {
    expect(findingOf(competenceSupply, 'SENT_DESPITE_NETWORK_DECLINE')?.evidence).toEqual({
      sentOn: '2020-09-21',
      networkNames: ['Socialchefsnätverket'],
      meetingDates: ['2020-09-11'],
    });
  });

  it('Dalarna: less than one working day was left', () => {
    expect(findingOf(dalarna, 'SHORT_RESPONSE_WINDOW')).toEqual({
      code: 'SHORT_RESPONSE_WINDOW',
      severity: 'warning',
      evidence: {
        workingDays: 0.6,
        minimumWorkingDays: 10,
        from: '2020-09-25T13:00:00.000Z',
        deadline: '2020-09-28T10:00:00.000Z',
        planned: false,
      },
    });
  });

  it('Dalarna: the same request from a state agency would also lack consultation', () => {
    expect(codesOf({ ...dalarna, agencyKind: 'state_agency' })).toEqual([
      'SENT_WITHOUT_CONSULTATION',
      'SHORT_RESPONSE_WINDOW',
    ]);
  });
});

describe('SENT_WITHOUT_CONSULTATION and CONSULTATION_EXEMPTION_CLAIMED', () => {
  const sentAt = at('2021-02-15', '15:00');

  it.each<[string, ConsultationFact[], string, string | null]>([
    [
      'completed after sending',
      [consultation(at('2021-02-16', '09:00'), at('2021-03-01', '10:00'))],
      'completed_after_sending',
      isoAt('2021-03-01', '10:00'),
    ],
    [
      'completed the morning after the send day',
      [consultation(at('2021-02-10', '09:00'), at('2021-02-16', '08:00'))],
      'completed_after_sending',
      isoAt('2021-02-16', '08:00'),
    ],
    [
      'completed twice after sending: the first completion is reported',
      [
        consultation(at('2021-02-20', '09:00'), at('2021-03-10', '10:00'), 'no_objection', 'b'),
        consultation(at('2021-02-16', '09:00'), at('2021-03-01', '10:00'), 'no_objection', 'a'),
      ],
      'completed_after_sending',
      isoAt('2021-03-01', '10:00'),
    ],
    ['only requested', [consultation(at('2021-02-01', '09:00'), null)], 'requested', null],
    ['none at all', [], 'none', null],
  ])('is critical when the consultation was %s', (_label, consultations, status, completedAt) => {
    expect(evaluateFlags(sent(sentAt, { consultations }), config)).toEqual([
      {
        code: 'SENT_WITHOUT_CONSULTATION',
        severity: 'critical',
        evidence: { sentAt: sentAt.toISOString(), consultationStatus: status, completedAt },
      },
    ]);
  });

  it.each<[string, Date]>([
    ['completed earlier the same day', at('2021-02-15', '10:00')],
    [
      'completed later on the send day (send times are often known only to the day)',
      at('2021-02-15', '16:30'),
    ],
    ['completed the day before', at('2021-02-14', '23:59')],
  ])('is not raised when the consultation was %s', (_label, completedAt) => {
    const facts = sent(sentAt, {
      consultations: [consultation(at('2021-02-01', '09:00'), completedAt)],
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('also holds for a closed survey', () => {
    expect(codesOf(sent(sentAt, { status: 'closed' }))).toEqual(['SENT_WITHOUT_CONSULTATION']);
  });

  it('is replaced by the exemption warning when a §3 ground is claimed', () => {
    const facts = sent(sentAt, {
      consultationExemption: { ground: 'time_did_not_permit', note: 'Regeringsuppdrag, kort tid' },
    });
    expect(evaluateFlags(facts, config)).toEqual([
      {
        code: 'CONSULTATION_EXEMPTION_CLAIMED',
        severity: 'warning',
        evidence: { ground: 'time_did_not_permit', note: 'Regeringsuppdrag, kort tid' },
      },
    ]);
  });

  it('drops the exemption warning when SKR was consulted anyway', () => {
    const facts = consultedAndSent(sentAt, {
      consultationExemption: { ground: 'obviously_unnecessary', note: null },
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('does not judge a draft that claims an exemption', () => {
    const facts = draft({
      plannedSendDate: '2021-03-05',
      consultationExemption: { ground: 'contrary_to_purpose', note: null },
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('does not treat a draft with a stray sentAt as sent', () => {
    expect(codesOf(draft({ sentAt }))).toEqual([]);
  });

  it.each(NOT_BOUND)('does not apply to a survey from a %s', (agencyKind) => {
    const facts = sent(sentAt, {
      agencyKind,
      coverLetter: letter({ statesConsultation: false }),
      consultationExemption: { ground: 'time_did_not_permit', note: null },
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('does not apply to a commission of inquiry without an exemption either', () => {
    expect(codesOf(sent(sentAt, { agencyKind: 'committee' }))).toEqual([]);
  });
});

describe('CHANGED_AFTER_CONSULTATION', () => {
  const completedAt = at('2021-03-01', '10:00');
  const consulted = [consultation(at('2021-02-15', '09:00'), completedAt)];

  it('is raised for a draft changed after the consultation', () => {
    const facts = draft({ consultations: consulted, contentChangedAt: at('2021-03-05', '09:00') });
    expect(evaluateFlags(facts, config)).toEqual([
      {
        code: 'CHANGED_AFTER_CONSULTATION',
        severity: 'warning',
        evidence: {
          consultationCompletedAt: completedAt.toISOString(),
          changedAt: isoAt('2021-03-05', '09:00'),
        },
      },
    ]);
  });

  it.each<[string, Date | null]>([
    ['at the moment the consultation was completed', completedAt],
    ['before the consultation was completed', at('2021-02-20', '09:00')],
    ['never', null],
  ])('is not raised for a change made %s', (_label, contentChangedAt) => {
    expect(codesOf(draft({ consultations: consulted, contentChangedAt }))).toEqual([]);
  });

  it('is not raised when a newer consultation saw the change', () => {
    const facts = draft({
      consultations: [
        ...consulted,
        consultation(at('2021-03-06', '09:00'), at('2021-03-08', '09:00')),
      ],
      contentChangedAt: at('2021-03-05', '09:00'),
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('is not raised without a completed consultation', () => {
    const facts = draft({
      consultations: [consultation(at('2021-02-15', '09:00'), null)],
      contentChangedAt: at('2021-03-05', '09:00'),
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('is raised when the changed version was sent', () => {
    const facts = sent(at('2021-03-10', '09:00'), {
      consultations: consulted,
      contentChangedAt: at('2021-03-05', '09:00'),
    });
    expect(codesOf(facts)).toEqual(['CHANGED_AFTER_CONSULTATION']);
  });

  it('is not raised for corrections made after sending', () => {
    const facts = sent(at('2021-03-10', '09:00'), {
      consultations: consulted,
      contentChangedAt: at('2021-03-12', '09:00'),
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('is still raised when SKR was consulted again only after sending', () => {
    const facts = sent(at('2021-03-10', '09:00'), {
      consultations: [
        ...consulted,
        consultation(at('2021-03-15', '09:00'), at('2021-03-20', '09:00')),
      ],
      contentChangedAt: at('2021-03-05', '09:00'),
    });
    expect(codesOf(facts)).toEqual(['CHANGED_AFTER_CONSULTATION']);
  });
});

describe('SENT_DESPITE_SKR_ADVICE', () => {
  const sentAt = at('2021-04-06', '15:00');

  it('is raised, next to the critical flag, when the advice came only after sending', () => {
    const facts = sent(sentAt, {
      consultations: [
        consultation(at('2021-04-07', '09:00'), at('2021-04-12', '10:00'), 'advised_against'),
      ],
    });
    expect(codesOf(facts)).toEqual(['SENT_WITHOUT_CONSULTATION', 'SENT_DESPITE_SKR_ADVICE']);
    expect(findingOf(facts, 'SENT_DESPITE_SKR_ADVICE')?.evidence.completedBeforeSending).toBe(
      false,
    );
  });

  it('follows the latest advice given before sending', () => {
    const facts = sent(sentAt, {
      consultations: [
        consultation(at('2021-03-01', '09:00'), at('2021-03-10', '10:00'), 'advised_against'),
        consultation(at('2021-03-20', '09:00'), at('2021-03-30', '10:00'), 'no_objection'),
      ],
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('ignores later advice when advice before sending exists', () => {
    const facts = sent(sentAt, {
      consultations: [
        consultation(at('2021-03-01', '09:00'), at('2021-03-10', '10:00'), 'no_objection'),
        consultation(at('2021-04-08', '09:00'), at('2021-04-12', '10:00'), 'advised_against'),
      ],
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('is not raised for a draft that SKR advised against', () => {
    const facts = draft({
      consultations: [
        consultation(at('2021-03-01', '09:00'), at('2021-03-10', '10:00'), 'advised_against'),
      ],
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('also applies to a committee that consulted SKR of its own accord', () => {
    const facts = sent(sentAt, {
      agencyKind: 'committee',
      consultations: [
        consultation(at('2021-03-01', '09:00'), at('2021-03-10', '10:00'), 'advised_against'),
      ],
    });
    expect(codesOf(facts)).toEqual(['SENT_DESPITE_SKR_ADVICE']);
  });
});

describe('SENT_DESPITE_NETWORK_DECLINE', () => {
  const sentAt = at('2020-09-21', '09:00');
  const dalarnaNetwork = { id: 'n-dalarna', name: 'Socialchefsnätverket i Dalarna' };

  it.each<[string, NetworkReviewFact[], string[] | null]>([
    ['declined at a meeting on the send date', [review('2020-09-21', 'declined')], ['2020-09-21']],
    ['declined at a meeting after the send date', [review('2020-09-22', 'declined')], null],
    [
      'declined, then approved at a later meeting',
      [review('2020-09-04', 'declined'), review('2020-09-11', 'approved')],
      null,
    ],
    [
      'approved, then declined at a later meeting',
      [review('2020-09-04', 'approved'), review('2020-09-11', 'declined')],
      ['2020-09-11'],
    ],
    [
      'declined and noted at the same meeting, noted recorded last',
      [
        review('2020-09-11', 'declined', undefined, at('2020-09-11', '10:00')),
        review('2020-09-11', 'noted', undefined, at('2020-09-11', '11:00')),
      ],
      null,
    ],
    ['only approved', [review('2020-09-11', 'approved')], null],
  ])('%s', (_label, networkReviews, meetingDates) => {
    const finding = findingOf(
      consultedAndSent(sentAt, { networkReviews }),
      'SENT_DESPITE_NETWORK_DECLINE',
    );
    expect(finding?.evidence.meetingDates ?? null).toEqual(meetingDates);
  });

  it('names every network whose latest word was a decline, earliest meeting first', () => {
    const facts = consultedAndSent(sentAt, {
      networkReviews: [
        review('2020-09-15', 'declined', dalarnaNetwork),
        review('2020-09-11', 'declined'),
        review('2020-09-01', 'declined', { id: 'n-other', name: 'Ett tredje nätverk' }),
        review('2020-09-08', 'approved', { id: 'n-other', name: 'Ett tredje nätverk' }),
      ],
    });
    expect(findingOf(facts, 'SENT_DESPITE_NETWORK_DECLINE')?.evidence).toEqual({
      sentOn: '2020-09-21',
      networkNames: ['Socialchefsnätverket', 'Socialchefsnätverket i Dalarna'],
      meetingDates: ['2020-09-11', '2020-09-15'],
    });
  });

  it('is not raised before sending', () => {
    expect(codesOf(draft({ networkReviews: [review('2020-09-11', 'declined')] }))).toEqual([]);
  });
});

describe('COVER_LETTER_MISSING_CONSULTATION', () => {
  const sentAt = at('2021-05-03', '09:00');

  it('quotes the sentence that denies the consultation', () => {
    const sentence = 'Enkäten har inte samråtts med SKR.';
    const facts = consultedAndSent(sentAt, {
      coverLetter: letter({
        statesConsultation: false,
        evidence: [{ kind: 'consultation_denied', sentence }],
      }),
    });
    expect(evaluateFlags(facts, config)).toEqual([
      {
        code: 'COVER_LETTER_MISSING_CONSULTATION',
        severity: 'warning',
        evidence: { consultationDenied: true, sentence },
      },
    ]);
  });

  it('is raised when the letter is silent about consultation', () => {
    const facts = consultedAndSent(sentAt, { coverLetter: letter({ statesConsultation: false }) });
    expect(findingOf(facts, 'COVER_LETTER_MISSING_CONSULTATION')?.evidence).toEqual({
      consultationDenied: false,
      sentence: null,
    });
  });

  it.each<[string, CoverLetterAnalysis | null]>([
    ['states the consultation', letter({ statesConsultation: true })],
    ['is not known', null],
  ])('is not raised when the letter %s', (_label, coverLetter) => {
    expect(codesOf(consultedAndSent(sentAt, { coverLetter }))).toEqual([]);
  });
});

describe('VOLUNTARINESS_UNCLEAR', () => {
  const sentAt = at('2021-05-03', '09:00');
  const mandatorySentence = 'Ni är skyldiga att lämna uppgifter.';

  it('is raised when the letter leaves voluntariness unclear', () => {
    const facts = consultedAndSent(sentAt, {
      coverLetter: letter({
        voluntariness: 'unclear',
        evidence: [
          { kind: 'consultation_stated', sentence: 'Samråd har skett med SKR.' },
          { kind: 'voluntary_denied', sentence: 'Deltagandet är inte frivilligt.' },
        ],
      }),
    });
    expect(evaluateFlags(facts, config)).toEqual([
      {
        code: 'VOLUNTARINESS_UNCLEAR',
        severity: 'warning',
        evidence: {
          reason: 'unclear',
          voluntariness: 'unclear',
          sentences: ['Deltagandet är inte frivilligt.'],
        },
      },
    ]);
  });

  it.each<[string, string | null, string | null, boolean]>([
    ['no legal basis anywhere', null, null, true],
    ['only a blank registered legal basis', null, '   ', true],
    ['a legal basis in the letter', '5 kap. 1 § socialtjänstförordningen', null, false],
    ['a registered legal basis', null, '5 kap. 1 § socialtjänstförordningen', false],
  ])('for a mandatory letter with %s: raised %s', (_label, letterBasis, factsBasis, raised) => {
    const facts = consultedAndSent(sentAt, {
      legalBasis: factsBasis,
      coverLetter: letter({
        voluntariness: 'mandatory',
        legalBasis: letterBasis,
        evidence: [{ kind: 'mandatory_stated', sentence: mandatorySentence }],
      }),
    });
    const finding = findingOf(facts, 'VOLUNTARINESS_UNCLEAR');
    expect(finding?.evidence ?? null).toEqual(
      raised
        ? {
            reason: 'mandatory_without_legal_basis',
            voluntariness: 'mandatory',
            sentences: [mandatorySentence],
          }
        : null,
    );
  });

  it('is not raised for a letter that says answering is voluntary, whatever the record says', () => {
    const facts = consultedAndSent(sentAt, {
      voluntary: false,
      coverLetter: letter({ voluntariness: 'voluntary' }),
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('applies to a region too, and without the consultation flags', () => {
    const facts = sent(sentAt, {
      agencyKind: 'region',
      coverLetter: letter({ statesConsultation: false, voluntariness: 'unclear' }),
    });
    expect(codesOf(facts)).toEqual(['VOLUNTARINESS_UNCLEAR']);
  });
});

describe('SHORT_RESPONSE_WINDOW', () => {
  // Two ordinary weeks in September 2021: Monday 08:00 to Monday 08:00 is 10 working days.
  const monday = at('2021-09-06', '08:00');

  it.each<[string, Date, number | null]>([
    ['exactly the minimum', at('2021-09-20', '08:00'), null],
    ['more than the minimum', at('2021-09-21', '12:00'), null],
    ['one working hour short', at('2021-09-17', '16:00'), 9.8],
    ['one minute short', at('2021-09-17', '16:59'), 9.9],
  ])('sent with %s', (_label, responseDeadline, workingDays) => {
    const finding = findingOf(
      consultedAndSent(monday, { responseDeadline }),
      'SHORT_RESPONSE_WINDOW',
    );
    expect(finding?.evidence.workingDays ?? null).toBe(workingDays);
  });

  it('measures a draft from its planned send date at 09:00', () => {
    const planned = draft({
      plannedSendDate: '2021-09-06',
      responseDeadline: at('2021-09-20', '09:00'),
      now: at('2021-08-01', '10:00'),
      consultationExemption: { ground: 'obviously_unnecessary', note: null },
    });
    expect(codesOf(planned)).toEqual([]);
    const oneMinuteShort = { ...planned, responseDeadline: at('2021-09-20', '08:59') };
    expect(findingOf(oneMinuteShort, 'SHORT_RESPONSE_WINDOW')?.evidence).toEqual({
      workingDays: 9.9,
      minimumWorkingDays: 10,
      from: isoAt('2021-09-06', '09:00'),
      deadline: isoAt('2021-09-20', '08:59'),
      planned: true,
    });
  });

  it.each<[string, SurveyFacts]>([
    ['a draft without a planned send date', draft({ responseDeadline: at('2021-09-07', '12:00') })],
    ['a sent survey without a deadline', consultedAndSent(monday)],
  ])('is not raised for %s', (_label, facts) => {
    expect(codesOf(facts)).toEqual([]);
  });

  it('is never raised with a minimum of 0', () => {
    const facts = consultedAndSent(monday, { responseDeadline: at('2021-09-06', '09:00') });
    expect(codesOf(facts, { ...config, minResponseWorkingDays: 0 })).toEqual([]);
  });
});

describe('SENT_IN_BLACKOUT_PERIOD', () => {
  it.each<[string, Date, string | null]>([
    [
      'half past midnight on the first day (22:30 UTC the day before)',
      at('2021-06-28', '00:30'),
      '2021-06-28',
    ],
    ['late on the day before the period', at('2021-06-27', '23:30'), null],
    ['late on the last day', at('2021-08-06', '23:30'), '2021-08-06'],
    ['just after the period', at('2021-08-07', '00:30'), null],
  ])('sent %s', (_label, sentAt, sentOn) => {
    const finding = findingOf(consultedAndSent(sentAt), 'SENT_IN_BLACKOUT_PERIOD');
    expect(finding?.evidence ?? null).toEqual(sentOn ? { sentOn, ...SUMMER_2021 } : null);
  });

  it('is not raised for a draft planned inside the period', () => {
    expect(
      codesOf(
        draft({
          plannedSendDate: '2021-07-05',
          now: at('2021-05-01', '10:00'),
          consultations: [consultation(at('2021-04-01', '09:00'), null)],
        }),
      ),
    ).toEqual([]);
  });
});

describe('HIGH_BURDEN', () => {
  it.each<[number | null, boolean]>([
    [null, false],
    [499.9, false],
    [500, false],
    [500.1, true],
  ])('estimated %p hours: raised %p', (estimatedHours, raised) => {
    const finding = findingOf(draft({ estimatedHours }), 'HIGH_BURDEN');
    expect(finding ?? null).toEqual(
      raised
        ? {
            code: 'HIGH_BURDEN',
            severity: 'info',
            evidence: { estimatedHours, thresholdHours: 500 },
          }
        : null,
    );
  });
});

describe('POSSIBLE_DUPLICATE', () => {
  it('lists the references, sorted and once each', () => {
    const facts = draft({
      duplicateCandidates: [
        duplicate('ENK-2021-0040'),
        duplicate('ENK-2020-0311'),
        duplicate('ENK-2021-0040'),
      ],
    });
    expect(evaluateFlags(facts, config)).toEqual([
      {
        code: 'POSSIBLE_DUPLICATE',
        severity: 'info',
        evidence: { references: ['ENK-2020-0311', 'ENK-2021-0040'] },
      },
    ]);
  });

  it('is not raised without candidates', () => {
    expect(codesOf(draft())).toEqual([]);
  });
});

describe('CONSULTATION_MISSING_BEFORE_SEND', () => {
  const now = at('2021-03-01', '10:00');

  it.each<[string, string, boolean]>([
    ['in exactly the lead time', '2021-03-15', true],
    ['one day beyond the lead time', '2021-03-16', false],
    ['today', '2021-03-01', true],
    ['already passed', '2021-02-20', true],
  ])('planned %s (%s): raised %p', (_label, plannedSendDate, raised) => {
    const finding = findingOf(draft({ now, plannedSendDate }), 'CONSULTATION_MISSING_BEFORE_SEND');
    expect(finding ?? null).toEqual(
      raised
        ? {
            code: 'CONSULTATION_MISSING_BEFORE_SEND',
            severity: 'warning',
            evidence: { plannedSendDate, consultationLeadDays: 14 },
          }
        : null,
    );
  });

  it('counts days from the Stockholm date of now', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Stockholm: 16 March is then 14 days away.
    const facts = draft({ now: new Date('2021-03-01T23:30:00Z'), plannedSendDate: '2021-03-16' });
    expect(codesOf(facts)).toEqual(['CONSULTATION_MISSING_BEFORE_SEND']);
  });

  it.each<[string, Partial<SurveyFacts>]>([
    [
      'a consultation has been requested',
      { consultations: [consultation(at('2021-02-25', '09:00'), null)] },
    ],
    [
      'an exemption is claimed',
      { consultationExemption: { ground: 'time_did_not_permit', note: null } },
    ],
    ['there is no planned send date', { plannedSendDate: null }],
    ['the agency is a committee', { agencyKind: 'committee' }],
  ])('is not raised when %s', (_label, overrides) => {
    expect(codesOf(draft({ now, plannedSendDate: '2021-03-08', ...overrides }))).toEqual([]);
  });
});

describe('NETWORK_CHECK_MISSING', () => {
  const completed = consultation(at('2021-03-01', '09:00'), at('2021-03-10', '14:00'));

  it('is raised for a consulted draft with a planned send date and no network review', () => {
    const facts = draft({ consultations: [completed], plannedSendDate: '2021-04-12' });
    expect(evaluateFlags(facts, config)).toEqual([
      {
        code: 'NETWORK_CHECK_MISSING',
        severity: 'info',
        evidence: {
          plannedSendDate: '2021-04-12',
          consultationCompletedAt: isoAt('2021-03-10', '14:00'),
        },
      },
    ]);
  });

  it.each<[string, Partial<SurveyFacts>]>([
    ['a network has reviewed it', { networkReviews: [review('2021-03-19', 'noted')] }],
    ['no send date is planned', { plannedSendDate: null }],
    [
      'the consultation is only requested',
      { consultations: [consultation(at('2021-03-01', '09:00'), null)] },
    ],
    ['the agency is not bound', { agencyKind: 'riksdag_agency' }],
  ])('is not raised when %s', (_label, overrides) => {
    const facts = draft({
      consultations: [completed],
      plannedSendDate: '2021-04-12',
      ...overrides,
    });
    expect(codesOf(facts)).toEqual([]);
  });

  it('is not raised once the survey is sent', () => {
    const facts = sent(at('2021-04-12', '09:00'), {
      consultations: [completed],
      plannedSendDate: '2021-04-12',
    });
    expect(codesOf(facts)).toEqual([]);
  });
});

describe('evaluateFlags: order and shape', () => {
  it('returns findings in the order of the domain table', () => {
    const facts = sent(at('2021-06-30', '09:00'), {
      consultations: [
        consultation(at('2021-07-01', '09:00'), at('2021-07-05', '10:00'), 'advised_against'),
      ],
      networkReviews: [review('2021-06-15', 'declined')],
      coverLetter: letter({ statesConsultation: false, voluntariness: 'unclear' }),
      responseDeadline: at('2021-07-02', '12:00'),
      estimatedHours: 1200,
      duplicateCandidates: [duplicate('ENK-2021-0101')],
    });
    expect(codesOf(facts)).toEqual([
      'SENT_WITHOUT_CONSULTATION',
      'SENT_DESPITE_SKR_ADVICE',
      'SENT_DESPITE_NETWORK_DECLINE',
      'COVER_LETTER_MISSING_CONSULTATION',
      'VOLUNTARINESS_UNCLEAR',
      'SHORT_RESPONSE_WINDOW',
      'SENT_IN_BLACKOUT_PERIOD',
      'HIGH_BURDEN',
      'POSSIBLE_DUPLICATE',
    ]);
  });

  it('keeps the codes and severities of the domain table', () => {
    expect(FLAG_CODES.map((code) => `${code}:${FLAG_SEVERITY[code]}`)).toEqual([
      'SENT_WITHOUT_CONSULTATION:critical',
      'CONSULTATION_EXEMPTION_CLAIMED:warning',
      'CHANGED_AFTER_CONSULTATION:warning',
      'SENT_DESPITE_SKR_ADVICE:warning',
      'SENT_DESPITE_NETWORK_DECLINE:warning',
      'COVER_LETTER_MISSING_CONSULTATION:warning',
      'VOLUNTARINESS_UNCLEAR:warning',
      'SHORT_RESPONSE_WINDOW:warning',
      'SENT_IN_BLACKOUT_PERIOD:warning',
      'HIGH_BURDEN:info',
      'POSSIBLE_DUPLICATE:info',
      'CONSULTATION_MISSING_BEFORE_SEND:warning',
      'NETWORK_CHECK_MISSING:info',
    ]);
  });
});

describe('evaluateFlags: properties', () => {
  const instant = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2022-12-31T23:59:59Z'),
    noInvalidDate: true,
  });
  const day = instant.map(stockholmDate);
  const consultationFact = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    requestedAt: instant,
    completedAt: fc.option(instant, { nil: null }),
    outcome: fc.option(
      fc.constantFrom<ConsultationOutcome>(
        'no_objection',
        'changes_recommended',
        'advised_against',
        'withdrawn_by_agency',
      ),
      { nil: null },
    ),
  });
  const networkReviewFact = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    networkId: fc.constantFrom('n1', 'n2'),
    networkName: fc.constantFrom('Socialchefsnätverket', 'Dalarna'),
    meetingDate: day,
    decision: fc.constantFrom<NetworkReviewFact['decision']>('approved', 'declined', 'noted'),
    recordedAt: instant,
  });
  const coverLetter = fc.record({
    statesConsultation: fc.boolean(),
    voluntariness: fc.constantFrom<CoverLetterAnalysis['voluntariness']>(
      'voluntary',
      'mandatory',
      'unclear',
    ),
    legalBasis: fc.option(fc.string(), { nil: null }),
    evidence: fc.array(
      fc.record({
        kind: fc.constantFrom<CoverLetterAnalysis['evidence'][number]['kind']>(
          'consultation_stated',
          'consultation_denied',
          'voluntary_stated',
          'mandatory_stated',
          'voluntary_denied',
          'legal_basis',
        ),
        sentence: fc.string(),
      }),
      { maxLength: 3 },
    ),
  });
  const surveyFacts: fc.Arbitrary<SurveyFacts> = fc.record({
    agencyKind: fc.constantFrom<AgencyKind>('state_agency', ...NOT_BOUND),
    status: fc.constantFrom<SurveyFacts['status']>('draft', 'sent', 'closed', 'withdrawn'),
    sentAt: fc.option(instant, { nil: null }),
    plannedSendDate: fc.option(day, { nil: null }),
    responseDeadline: fc.option(instant, { nil: null }),
    consultationExemption: fc.option(
      fc.record({
        ground: fc.constantFrom<NonNullable<SurveyFacts['consultationExemption']>['ground']>(
          'obviously_unnecessary',
          'contrary_to_purpose',
          'time_did_not_permit',
        ),
        note: fc.option(fc.string(), { nil: null }),
      }),
      { nil: null },
    ),
    consultations: fc.array(consultationFact, { maxLength: 3 }),
    networkReviews: fc.array(networkReviewFact, { maxLength: 3 }),
    coverLetter: fc.option(coverLetter, { nil: null }),
    voluntary: fc.option(fc.boolean(), { nil: null }),
    legalBasis: fc.option(fc.string(), { nil: null }),
    contentChangedAt: fc.option(instant, { nil: null }),
    estimatedHours: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null }),
    duplicateCandidates: fc.array(
      fc.constantFrom('ENK-2021-0001', 'ENK-2021-0002').map(duplicate),
      {
        maxLength: 2,
      },
    ),
    now: instant,
  });
  const ordinanceCodes: ReadonlySet<string> = new Set(ORDINANCE_FLAG_CODES);

  it('never holds both SENT_WITHOUT_CONSULTATION and CONSULTATION_EXEMPTION_CLAIMED', () => {
    fc.assert(
      fc.property(surveyFacts, (facts) => {
        const codes = codesOf(facts);
        expect(
          codes.includes('SENT_WITHOUT_CONSULTATION') &&
            codes.includes('CONSULTATION_EXEMPTION_CLAIMED'),
        ).toBe(false);
      }),
    );
  });

  it('never gives consultation flags to agencies the ordinance does not bind', () => {
    fc.assert(
      fc.property(surveyFacts, fc.constantFrom(...NOT_BOUND), (facts, agencyKind) => {
        const codes = codesOf({ ...facts, agencyKind });
        expect(codes.filter((code) => ordinanceCodes.has(code))).toEqual([]);
      }),
    );
  });

  it('gives an unbound agency exactly the flags a state agency gets, minus the consultation ones', () => {
    fc.assert(
      fc.property(surveyFacts, fc.constantFrom(...NOT_BOUND), (facts, agencyKind) => {
        const asStateAgency = evaluateFlags({ ...facts, agencyKind: 'state_agency' }, config);
        expect(evaluateFlags({ ...facts, agencyKind }, config)).toEqual(
          asStateAgency.filter((finding) => !ordinanceCodes.has(finding.code)),
        );
      }),
    );
  });

  it('gives a withdrawn survey no flags', () => {
    fc.assert(
      fc.property(surveyFacts, (facts) => {
        expect(evaluateFlags({ ...facts, status: 'withdrawn' }, config)).toEqual([]);
      }),
    );
  });

  it('returns each code at most once, in table order, with its severity and JSON-safe evidence', () => {
    fc.assert(
      fc.property(surveyFacts, (facts) => {
        const findings = evaluateFlags(facts, config);
        const positions = findings.map((finding) => FLAG_CODES.indexOf(finding.code));
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        for (const finding of findings) {
          expect(finding.severity).toBe(FLAG_SEVERITY[finding.code]);
          expect(JSON.parse(JSON.stringify(finding.evidence))).toEqual(finding.evidence);
        }
      }),
    );
  });
});
