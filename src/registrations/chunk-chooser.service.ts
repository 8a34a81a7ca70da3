import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { lockIntakeMany } from '../intake/advisory-lock';
import { matchSettings, type MatchSettings, pickSurveyMatch } from '../intake/match-rules';
import { findSurveyCandidatesMany, similarToEarlier } from '../intake/survey-candidates';
import { applyTogether, type ChunkItemFacts, togetherCandidates } from './chunk-plan';
import type { CreateRegistrationDto } from './dto/create-registration.dto';
import { claimIdempotencyKeys, releaseIdempotencyKeys } from './idempotency';
import { lockMatchedSurveys } from './matched-surveys';
import { lookUpRegistrations, naturalKey } from './registration-rows';
import { requestHash } from './request-hash';

export interface ChunkItem {
  input: CreateRegistrationDto;
  idempotencyKey: string;
}

/** An item of the chunk that is applied together, with what the database said about it. */
export interface Together extends ChunkItem {
  position: number;
  agencyId: string;
  /** For a request, the registered survey it requests consultation on; else a new survey. */
  matchedSurveyId: string | null;
}

/**
 * Which items of a chunk RegistrationChunk applies together: asks the database what
 * chunk-plan.ts needs, in a statement per step for all items, claiming their keys and taking
 * the locks a single registration takes on the way (held until commit). The keys of the items
 * left to be applied one by one are released again.
 */
@Injectable()
export class ChunkChooser {
  private readonly matching: MatchSettings;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.matching = matchSettings(config);
  }

  /** Asks the database what chunk-plan.ts needs, claiming and locking on the way. */
  async chooseTogether(
    manager: EntityManager,
    items: readonly ChunkItem[],
    apiKeyId: string,
  ): Promise<Together[]> {
    const facts: ChunkItemFacts[] = items.map(({ input, idempotencyKey }) => ({
      type: input.type,
      hasReference: input.surveyReference !== undefined,
      idempotencyKey,
      naturalKey: naturalKey(input),
    }));
    const candidates = togetherCandidates(facts);
    const claimedKeys = await claimIdempotencyKeys(
      manager,
      apiKeyId,
      items.flatMap(({ input, idempotencyKey }, i) =>
        candidates[i] ? [{ key: idempotencyKey, requestHash: requestHash(input) }] : [],
      ),
    );
    const claimed = items.map((item, i) => candidates[i] && claimedKeys.has(item.idempotencyKey));
    if (!claimed.includes(true)) return [];
    await lockIntakeMany(
      manager,
      'registration',
      items.filter((_, i) => claimed[i]).map(({ input }) => naturalKey(input)),
    );
    const { earlier, agencyIds, reaches } = await lookUpRegistrations(
      manager,
      items.map(({ input }) => input),
    );
    const searching = items.flatMap((item, i) =>
      claimed[i] && !earlier[i] && agencyIds[i] && item.input.type === 'consultation_requested'
        ? [i]
        : [],
    );
    const matched = await this.matchExisting(manager, items, agencyIds, searching);
    const repeatsCase = await lockMatchedSurveys(
      manager,
      items.map(({ input }, i) => ({
        surveyId: matched[i],
        caseNumber: input.caseNumber?.trim() ?? null,
      })),
    );
    // Only the requests searched for tell: the others are not applied together anyway.
    const similar =
      searching.length > 0
        ? await similarToEarlier(
            manager,
            items.map(({ input }, i) => ({
              agencyId: agencyIds[i],
              title: input.title,
              around: new Date(input.registeredAt),
            })),
            this.matching,
          )
        : items.map(() => false);
    const chosen = applyTogether(facts, candidates, {
      claimed,
      earlier,
      agencyIds,
      reaches,
      matched,
      repeatsCase,
      similarToEarlier: similar,
    });
    await releaseIdempotencyKeys(
      manager,
      apiKeyId,
      items.filter((_, i) => claimed[i] && !chosen[i]).map((item) => item.idempotencyKey),
    );
    return items.flatMap((item, i) =>
      chosen[i]
        ? [{ ...item, position: i, agencyId: agencyIds[i]!, matchedSurveyId: matched[i] }]
        : [],
    );
  }

  /**
   * The registered survey of its agency that each searching request's title matches (null:
   * none, or not searching), with the agencies' surveys locked as a single request locks them
   * (held until commit).
   */
  private async matchExisting(
    manager: EntityManager,
    items: readonly ChunkItem[],
    agencyIds: readonly (string | null)[],
    searching: readonly number[],
  ): Promise<(string | null)[]> {
    const matched = items.map((): string | null => null);
    await lockIntakeMany(
      manager,
      'agency-surveys',
      searching.map((i) => agencyIds[i]!),
    );
    const candidates = await findSurveyCandidatesMany(
      manager,
      searching.map((i) => ({
        agencyId: agencyIds[i]!,
        title: items[i].input.title,
        around: new Date(items[i].input.registeredAt),
      })),
      this.matching,
    );
    searching.forEach(
      (i, n) => (matched[i] = pickSurveyMatch(candidates[n], this.matching)?.id ?? null),
    );
    return matched;
  }
}
