import type { FieldProblem } from '../common/errors';
import type { RecipientScope } from './survey-enums';

export interface RecipientCounts {
  municipalities: number;
  regions: number;
}

export interface RecipientCheck {
  codes: string[];
  count: number;
  problems: FieldProblem[];
}

/**
 * Recipients of a survey: a whole group (290 / 21 / 311) or a list of known codes. Gotland
 * counts twice in "all municipalities and regions": it answers in both roles.
 */
export function checkRecipients(
  scope: RecipientScope,
  codes: readonly string[] | null | undefined,
  counts: RecipientCounts,
  unknownCodes: (codes: readonly string[]) => string[],
): RecipientCheck {
  if (scope !== 'selected') {
    const problems: FieldProblem[] =
      codes && codes.length > 0
        ? [{ field: 'recipientCodes', problem: `must be absent when recipientScope is ${scope}` }]
        : [];
    const count =
      scope === 'all_municipalities'
        ? counts.municipalities
        : scope === 'all_regions'
          ? counts.regions
          : counts.municipalities + counts.regions;
    return { codes: [], count, problems };
  }
  if (!codes || codes.length === 0) {
    return {
      codes: [],
      count: 0,
      problems: [
        { field: 'recipientCodes', problem: 'is required when recipientScope is selected' },
      ],
    };
  }
  const unique = [...new Set(codes)].sort();
  const unknown = unknownCodes(unique);
  const problems = unknown.map((code) => ({
    field: 'recipientCodes',
    problem: `${code} is not a known municipality or region code`,
  }));
  return { codes: unique, count: unique.length, problems };
}
