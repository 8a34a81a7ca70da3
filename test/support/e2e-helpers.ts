import { STATUS_CODES } from 'node:http';
import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';

/** The contract's error body: `{statusCode, error, code, message, details}`. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  details: { field: string; problem: string }[];
}

/** The parts of a survey resource the specs look at. */
export interface SurveyView {
  id: string;
  reference: string;
  status: string;
  title: string;
  purpose: string | null;
  agency: { id: string; name: string; kind: string };
  recipientScope: string;
  recipientCodes: string[];
  recipientCount: number;
  sentAt: string | null;
  closedAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  replacedByExistingData: boolean | null;
  burden: { estimatedHours: number | null; realizedHours: number };
  rounds: { id: string; sentAt: string; responses: number }[];
  openFlags: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface HistoryEntry {
  at: string;
  actor: { type: 'person' | 'key' | 'system'; id: string | null; name: string; email?: string };
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}

export interface PageBody<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Asserts the status and the contract's error shape; `field` must be named in `details`. */
export function expectError(
  response: Response,
  status: number,
  code?: string,
  field?: string,
): ErrorBody {
  // Status and body together, so that a failure shows what the service answered.
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
  const body = response.body as ErrorBody;
  expect(Object.keys(body).sort()).toEqual(['code', 'details', 'error', 'message', 'statusCode']);
  expect(body.statusCode).toBe(status);
  expect(body.error).toBe(STATUS_CODES[status]);
  expect(body.code).toMatch(/^[A-Z_]+$/);
  if (code !== undefined) expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(Array.isArray(body.details)).toBe(true);
  for (const detail of body.details) {
    expect(typeof detail.field).toBe('string');
    expect(typeof detail.problem).toBe('string');
  }
  if (field !== undefined) {
    expect({ fields: body.details.map((detail) => detail.field) }).toEqual({
      fields: expect.arrayContaining([field]),
    });
  }
  return body;
}

export interface DbSnapshot {
  agencies: number;
  networks: number;
  api_keys: number;
  surveys: number;
  survey_rounds: number;
  audit_events: number;
  outbox_events: number;
  flags: number;
  max_survey_version: number | null;
  max_survey_updated_at: string | null;
}

/** Row counts and the newest survey change: equal before and after means nothing was written. */
export async function dbSnapshot(dataSource: DataSource): Promise<DbSnapshot> {
  const rows: DbSnapshot[] = await dataSource.query(
    `SELECT (SELECT count(*) FROM agencies)::int AS agencies,
            (SELECT count(*) FROM networks)::int AS networks,
            (SELECT count(*) FROM api_keys)::int AS api_keys,
            (SELECT count(*) FROM surveys)::int AS surveys,
            (SELECT count(*) FROM survey_rounds)::int AS survey_rounds,
            (SELECT count(*) FROM audit_events)::int AS audit_events,
            (SELECT count(*) FROM outbox_events)::int AS outbox_events,
            (SELECT count(*) FROM flags)::int AS flags,
            (SELECT max(version) FROM surveys)::int AS max_survey_version,
            (SELECT max(updated_at) FROM surveys)::text AS max_survey_updated_at`,
  );
  return rows[0];
}
