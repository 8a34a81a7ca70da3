import type { RegistrationType } from './registration-types';

/**
 * Which registrations of a batch chunk are applied together, set-based, before the others are
 * applied one by one in order. Together means: each creates a new survey (for a request, with
 * its consultation) or requests consultation on the registered survey its title matches, and
 * depends on no other item of the chunk, nor any other item on it, so that the outcome is the
 * one of applying the items one after the other.
 */

export interface ChunkItemFacts {
  type: RegistrationType;
  /** Names its survey by reference. */
  hasReference: boolean;
  idempotencyKey: string;
  /** sourceSystem + externalId. */
  naturalKey: string;
}

/** What the database said about each item (all in the order of the items). */
export interface ChunkLookups {
  /** Its Idempotency-Key was free and is now claimed (only asked for candidates). */
  claimed: readonly boolean[];
  /** An earlier registration with its natural key exists. */
  earlier: readonly boolean[];
  /** Its agency, when known. */
  agencyIds: readonly (string | null)[];
  /**
   * The agencies of the registered surveys it names or may reach: by reference, through its
   * earlier registration, by SKR's case number.
   */
  reaches: readonly (readonly string[])[];
  /** For a request, the registered survey of its agency that its title matches, if any. */
  matched: readonly (string | null)[];
  /**
   * The matched survey has a consultation with the request's SKR case number already: the
   * request is registered again, which updates that consultation.
   */
  repeatsCase: readonly boolean[];
  /** Its title resembles an earlier item's of the same agency. */
  similarToEarlier: readonly boolean[];
}

/** Before asking the database: new surveys only, first use of their key and natural key. */
export function togetherCandidates(items: readonly ChunkItemFacts[]): boolean[] {
  const keys = new Set<string>();
  const naturalKeys = new Set<string>();
  return items.map((item) => {
    const firstKey = !keys.has(item.idempotencyKey);
    const firstNaturalKey = !naturalKeys.has(item.naturalKey);
    keys.add(item.idempotencyKey);
    naturalKeys.add(item.naturalKey);
    return (
      firstKey &&
      firstNaturalKey &&
      !item.hasReference &&
      (item.type === 'survey_received' || item.type === 'consultation_requested')
    );
  });
}

/**
 * The items applied together. Of the candidates, those whose key was claimed, with no earlier
 * registration, of a known agency (a new agency is registered one by one) and, for a request,
 * not resembling an earlier item's title; a request that matches a registered survey only when
 * it is a new consultation (no repeated case number) and no other item matches that survey.
 * Then none of an agency that an item applied afterwards names or reaches: whatever that item
 * finds, retitles or flags as a possible duplicate among the agency's surveys must be what it
 * would have found in order. (Items of agencies nothing else touches cannot see each other's
 * surveys but as duplicates, which the flag engine orders as the items are ordered.)
 */
export function applyTogether(
  items: readonly ChunkItemFacts[],
  candidates: readonly boolean[],
  lookups: ChunkLookups,
): boolean[] {
  const matchedBy = countOf(lookups.matched);
  const eligible = items.map(
    (item, i) =>
      candidates[i] &&
      lookups.claimed[i] &&
      !lookups.earlier[i] &&
      lookups.agencyIds[i] !== null &&
      (item.type !== 'consultation_requested' ||
        (!lookups.similarToEarlier[i] && attachesAlone(lookups, i, matchedBy))),
  );
  const touchedLater = new Set<string>();
  items.forEach((_, i) => {
    // A candidate whose key was taken before this chunk only replays or refuses.
    const replays = candidates[i] && !lookups.claimed[i];
    if (eligible[i] || replays) return;
    const agencyId = lookups.agencyIds[i];
    if (agencyId !== null) touchedLater.add(agencyId);
    for (const reached of lookups.reaches[i]) touchedLater.add(reached);
  });
  return items.map((_, i) => eligible[i] && !touchedLater.has(lookups.agencyIds[i]!));
}

/** A request that matches nothing, or a new consultation on a survey no other item matches. */
function attachesAlone(
  lookups: ChunkLookups,
  i: number,
  matchedBy: ReadonlyMap<string, number>,
): boolean {
  const survey = lookups.matched[i];
  return survey === null || (!lookups.repeatsCase[i] && matchedBy.get(survey) === 1);
}

function countOf(values: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
