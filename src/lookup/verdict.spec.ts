import type { AgencyKind } from '../agencies/agency-kind';
import { consultationVerdict, latestCompletedConsultation, type VerdictFacts } from './verdict';

const SENT = new Date('2021-04-06T13:00:00Z');

function facts(overrides: Partial<VerdictFacts> = {}): VerdictFacts {
  return {
    agencyKind: 'state_agency',
    status: 'sent',
    sentAt: SENT,
    completedConsultations: [],
    ...overrides,
  };
}

function completed(at: string, outcome: string | null) {
  return { completedAt: new Date(at), outcome };
}

describe('consultationVerdict', () => {
  it('says not_consulted for a state agency survey sent without any consultation (CVE)', () => {
    expect(consultationVerdict(facts())).toBe('not_consulted');
  });

  it('says consulted_advised_against when SKR advised against it the same day (Socialstyrelsen)', () => {
    const advised = completed('2021-04-06T08:00:00Z', 'advised_against');
    expect(consultationVerdict(facts({ completedConsultations: [advised] }))).toBe(
      'consulted_advised_against',
    );
  });

  it('counts a consultation completed later on the send day, by the Stockholm calendar', () => {
    const sameDayLater = completed('2021-04-06T20:00:00Z', 'no_objection');
    expect(consultationVerdict(facts({ completedConsultations: [sameDayLater] }))).toBe(
      'consulted',
    );
  });

  it.each(['no_objection', 'changes_recommended', 'withdrawn_by_agency'])(
    'says consulted when the outcome before sending was %s',
    (outcome) => {
      const before = completed('2021-03-20T10:00:00Z', outcome);
      expect(consultationVerdict(facts({ completedConsultations: [before] }))).toBe('consulted');
    },
  );

  it('says not_consulted when the only consultation was completed after sending', () => {
    const after = completed('2021-04-07T08:00:00Z', 'no_objection');
    expect(consultationVerdict(facts({ completedConsultations: [after] }))).toBe('not_consulted');
  });

  it('judges by the latest consultation completed by the send date, not a later one', () => {
    const consultations = [
      completed('2021-03-01T10:00:00Z', 'advised_against'),
      completed('2021-03-15T10:00:00Z', 'no_objection'),
      completed('2021-05-01T10:00:00Z', 'advised_against'),
    ];
    expect(consultationVerdict(facts({ completedConsultations: consultations }))).toBe('consulted');
  });

  it('applies to closed surveys as to sent ones', () => {
    expect(consultationVerdict(facts({ status: 'closed' }))).toBe('not_consulted');
  });

  it.each<AgencyKind>(['region', 'committee', 'riksdag_agency', 'municipality', 'skr', 'other'])(
    'says not_required for a %s, which the ordinance does not bind (Region Dalarna)',
    (agencyKind) => {
      expect(consultationVerdict(facts({ agencyKind }))).toBe('not_required');
    },
  );

  it('says consulted for a withdrawn survey whose consultation was completed (Myva)', () => {
    const withdrawn = facts({
      status: 'withdrawn',
      sentAt: null,
      completedConsultations: [completed('2020-05-01T10:00:00Z', 'withdrawn_by_agency')],
    });
    expect(consultationVerdict(withdrawn)).toBe('consulted');
  });

  it('says unknown for a withdrawn survey without a completed consultation', () => {
    expect(consultationVerdict(facts({ status: 'withdrawn', sentAt: null }))).toBe('unknown');
  });

  it('says unknown for a draft, whatever its consultations', () => {
    const draft = facts({
      status: 'draft',
      sentAt: null,
      completedConsultations: [completed('2021-03-01T10:00:00Z', 'no_objection')],
    });
    expect(consultationVerdict(draft)).toBe('unknown');
  });
});

describe('latestCompletedConsultation', () => {
  it('returns null for none and the later of equal times', () => {
    expect(latestCompletedConsultation([])).toBeNull();
    const first = completed('2021-03-01T10:00:00Z', 'no_objection');
    const second = completed('2021-03-01T10:00:00Z', 'advised_against');
    expect(latestCompletedConsultation([first, second])).toBe(second);
  });
});
