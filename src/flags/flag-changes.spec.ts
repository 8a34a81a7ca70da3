import { type CurrentFlag, planFlagChanges } from './flag-changes';
import { factsKey } from './facts-key';
import type { FlagFinding } from './flag-rules';

const duplicate: FlagFinding = {
  code: 'POSSIBLE_DUPLICATE',
  severity: 'info',
  evidence: { references: ['ENK-2021-0001'] },
};
const unsent: FlagFinding = {
  code: 'SENT_WITHOUT_CONSULTATION',
  severity: 'critical',
  evidence: { sentAt: '2021-02-01T08:00:00.000Z' },
};

function flag(finding: FlagFinding, state: string, overrides: Partial<CurrentFlag> = {}) {
  return {
    id: `${finding.code}-${state}`,
    code: finding.code,
    state,
    severity: finding.severity,
    factsKey: factsKey(finding.code, finding.evidence),
    version: 1,
    ...overrides,
  };
}

describe('planFlagChanges', () => {
  it('raises what newly holds, with open codes in the order of FLAG_CODES', () => {
    const changes = planFlagChanges([], [duplicate, unsent]);
    expect(changes.raise.map((r) => r.finding.code)).toEqual([
      'POSSIBLE_DUPLICATE',
      'SENT_WITHOUT_CONSULTATION',
    ]);
    expect(changes.raise[0].factsKey).toBe(factsKey(duplicate.code, duplicate.evidence));
    expect(changes.openCodes).toEqual(['SENT_WITHOUT_CONSULTATION', 'POSSIBLE_DUPLICATE']);
    expect(changes.reword).toEqual([]);
    expect(changes.resolve).toEqual([]);
  });

  it('keeps an open flag on the same facts, rewords it on new facts, resolves what is gone', () => {
    const open = flag(duplicate, 'open', { factsKey: 'older facts' });
    const stale = flag(unsent, 'open');
    const changes = planFlagChanges([open, stale], [duplicate]);
    expect(changes.raise).toEqual([]);
    expect(changes.reword).toEqual([
      { flag: open, finding: duplicate, factsKey: factsKey(duplicate.code, duplicate.evidence) },
    ]);
    expect(changes.resolve).toEqual([stale]);
    expect(changes.openCodes).toEqual(['POSSIBLE_DUPLICATE']);
  });

  it('keeps a dismissal while its facts hold, and raises again when they change', () => {
    const dismissed = flag(duplicate, 'dismissed');
    expect(planFlagChanges([dismissed], [duplicate])).toEqual({
      raise: [],
      reword: [],
      resolve: [],
      openCodes: [],
    });
    const changed = { ...duplicate, evidence: { references: ['ENK-2021-0002'] } };
    expect(planFlagChanges([dismissed], [changed]).raise.map((r) => r.finding)).toEqual([changed]);
  });
});
