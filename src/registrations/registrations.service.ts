import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { auditInsert } from '../audit/audit.service';
import { runWrites } from '../database/combined-writes';
import type { Actor } from '../auth/roles';
import { assertMayUseSourceSystem, boundSourceSystems } from '../auth/source-systems';
import { UnauthenticatedError, ValidationFailedError } from '../common/errors';
import { toErrorBody } from '../common/http-exception.filter';
import { validationFailed } from '../common/validation';
import { Metrics, registrationOutcome } from '../metrics/metrics';
import { runInChunks } from './chunked-transactions';
import { GroupCommit, type Outcome } from './group-commit';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { NotAnObjectItem, RegistrationBatchItemDto } from './dto/registration-batch.dto';
import { RegistrationQueryDto } from './dto/registration-query.dto';
import { claimIdempotencyKey, storeAnswerStatement, type StoredAnswer } from './idempotency';
import { RegistrationApplier } from './registration-applier.service';
import { RegistrationChunk } from './registration-chunk.service';
import {
  type RegistrationBatchResult,
  type RegistrationResponse,
  type RegistrationRow,
  toRegistrationResponse,
} from './registration.response';
import { registrationProblems } from './registration-rules';
import { requestHash } from './request-hash';

const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
} as const;

/**
 * A batch commits every BATCH_CHUNK.chunkSize items rather than every item: a commit waits for
 * the WAL to reach the disk, and new surveys queue on the year's reference counter until
 * commit. Chunks (of batches and of grouped single requests) run one at a time, also across
 * instances (they would otherwise deadlock on each other's survey, agency and counter locks);
 * survey creation is serial anyway.
 */
const BATCH_CHUNK = { chunkSize: 100, lockName: 'enkatkollen.registrations.batch', retries: 2 };

/** Single requests waiting while a group is applied become the next group, up to this many. */
const SINGLE_GROUP_MAX = 100;
/** How long a group waits for the clients of the one before to come back (see GroupCommit). */
const SINGLE_GROUP_LINGER_MS = 10;

interface PendingRegistration {
  input: CreateRegistrationDto;
  idempotencyKey: string;
  actor: Actor;
}

@Injectable()
export class RegistrationsService {
  private readonly logger = new Logger(RegistrationsService.name);
  /** Per API key: its single requests, grouped while others are applied. */
  private readonly singles = new GroupCommit<PendingRegistration, StoredAnswer>(
    SINGLE_GROUP_MAX,
    (keyId, group) => this.applyAll(group, keyId, (error) => ({ error })),
    SINGLE_GROUP_LINGER_MS,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applier: RegistrationApplier,
    private readonly chunk: RegistrationChunk,
    private readonly metrics: Metrics,
  ) {}

  /**
   * One registration; 201 when new, 200 when it updated its key's. Applied as a batch item
   * is, together with the requests of its API key that arrive while others are applied (so
   * that under load many commit at once); it fails alone.
   */
  async register(
    input: CreateRegistrationDto,
    idempotencyKey: string,
    actor: Actor,
  ): Promise<StoredAnswer> {
    try {
      assertNoProblems(input);
      assertMayUseSourceSystem(actor, input.sourceSystem);
      const answer = await this.singles.submit(scopeOf(actor), { input, idempotencyKey, actor });
      this.metrics.registrationAnswered(registrationOutcome(answer.status));
      return answer;
    } catch (error) {
      this.metrics.registrationAnswered('refused');
      throw error;
    }
  }

  /**
   * Each item on its own, in order, with its own key; one failing fails alone. Items are
   * checked first, so that a malformed one costs no database work (nor a chunk's retry).
   */
  async registerBatch(
    items: readonly (RegistrationBatchItemDto | NotAnObjectItem)[],
    actor: Actor,
  ): Promise<RegistrationBatchResult[]> {
    const answers: StoredAnswer[] = new Array<StoredAnswer>(items.length);
    const valid: { index: number; pending: PendingRegistration }[] = [];
    for (const [index, item] of items.entries()) {
      try {
        if (item instanceof NotAnObjectItem) throw notAnObject(index);
        const input = await parseItem(item.registration);
        assertMayUseSourceSystem(actor, input.sourceSystem);
        valid.push({ index, pending: { input, idempotencyKey: item.idempotencyKey, actor } });
      } catch (error) {
        answers[index] = this.errorAnswer(error);
      }
    }
    const applied = await this.applyAll(
      valid.map(({ pending }) => pending),
      scopeOf(actor),
      (error) => ({ value: this.errorAnswer(error) }),
    );
    valid.forEach(({ index }, i) => (answers[index] = valueOf(applied[i])));
    for (const answer of answers)
      this.metrics.registrationAnswered(registrationOutcome(answer.status));
    return answers.map((answer, i) => ({
      idempotencyKey: items[i] instanceof RegistrationBatchItemDto ? items[i].idempotencyKey : null,
      status: answer.status,
      body: JSON.parse(answer.body) as RegistrationBatchResult['body'],
    }));
  }

  /**
   * Registrations of one API key in chunks: what can be applied together is (see
   * RegistrationChunk), the rest one by one, in order; `onError` says what a failed one
   * comes to.
   */
  private applyAll(
    pending: readonly PendingRegistration[],
    keyId: string,
    onError: (error: unknown) => Outcome<StoredAnswer>,
  ): Promise<Outcome<StoredAnswer>[]> {
    return runInChunks(
      this.dataSource,
      pending,
      BATCH_CHUNK,
      async (manager, { input, idempotencyKey, actor }) => ({
        value: await this.applyOnce(manager, input, idempotencyKey, actor),
      }),
      onError,
      async (manager, chunk) => {
        const answers = await this.chunk.applyTogether(manager, chunk, {
          ...chunk[0].actor,
          keyId,
        });
        return answers.map((answer) => (answer ? { value: answer } : undefined));
      },
    );
  }

  /** What POST /registrations would have answered for this error. */
  private errorAnswer(error: unknown): StoredAnswer {
    const body = toErrorBody(error, this.logger);
    return { status: body.statusCode, body: JSON.stringify(body) };
  }

  /** What was applied; a registrar key sees its own systems' registrations only. */
  async list(query: RegistrationQueryDto, actor: Actor): Promise<[RegistrationResponse[], number]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const bound = boundSourceSystems(actor);
    if (query.sourceSystem) {
      assertMayUseSourceSystem(actor, query.sourceSystem);
      parameters.push(query.sourceSystem);
      conditions.push(`r.source_system = $${parameters.length}`);
    } else if (bound) {
      parameters.push(bound);
      conditions.push(`r.source_system = ANY($${parameters.length}::text[])`);
    }
    if (query.since) {
      parameters.push(new Date(query.since));
      conditions.push(`r.applied_at >= $${parameters.length}`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [rows, counted]: [RegistrationRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT r.*, s.reference AS survey_reference
           FROM registrations r JOIN surveys s ON s.id = r.survey_id
           ${where}
          ORDER BY r.applied_at, r.id
          LIMIT ${query.limit} OFFSET ${query.offset}`,
        parameters,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM registrations r ${where}`,
        parameters,
      ),
    ]);
    return [rows.map(toRegistrationResponse), counted[0].total];
  }

  /**
   * Inside the caller's transaction: the key's row first (a second request with the key waits
   * here, then replays), the change, and the answer stored with it.
   */
  private async applyOnce(
    manager: EntityManager,
    input: CreateRegistrationDto,
    idempotencyKey: string,
    actor: Actor,
  ): Promise<StoredAnswer> {
    const scope = {
      apiKeyId: scopeOf(actor),
      key: idempotencyKey,
      requestHash: requestHash(input),
    };
    const claim = await claimIdempotencyKey(manager, scope);
    if (!claim.fresh) return claim.answer;
    const { row, created, audit } = await this.applier.apply(manager, input, actor);
    const answer = {
      status: created ? 201 : 200,
      body: JSON.stringify(toRegistrationResponse(row)),
    };
    await runWrites(manager, [auditInsert([audit]), storeAnswerStatement(scope, answer)]);
    return answer;
  }
}

function notAnObject(index: number): ValidationFailedError {
  const problem = 'must be an object with idempotencyKey and registration';
  return new ValidationFailedError(`items.${index} ${problem}`, [
    { field: `items.${index}`, problem },
  ]);
}

/** A batch item's registration, checked as POST /registrations checks its body. */
async function parseItem(registration: Record<string, unknown>): Promise<CreateRegistrationDto> {
  const input = plainToInstance(CreateRegistrationDto, registration);
  const errors = await validate(input, VALIDATION_OPTIONS);
  if (errors.length > 0) throw validationFailed(errors);
  assertNoProblems(input);
  return input;
}

function assertNoProblems(input: CreateRegistrationDto): void {
  const problems = registrationProblems(input);
  if (problems.length > 0) {
    throw new ValidationFailedError(
      problems.map((p) => `${p.field} ${p.problem}`).join('; '),
      problems,
    );
  }
}

function valueOf<R>(outcome: Outcome<R>): R {
  if ('value' in outcome) return outcome.value;
  throw outcome.error;
}

/** Keys are scoped per API key: each registrar system's keys are its own. */
function scopeOf(actor: Actor): string {
  if (!actor.keyId) throw new UnauthenticatedError('Registrations need an API key');
  return actor.keyId;
}
