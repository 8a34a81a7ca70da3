import { parseTrustProxy, type TrustProxy } from './trust-proxy';

export const APP_CONFIG = Symbol('APP_CONFIG');

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface AppConfig {
  /** null: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  port: number;
  bootstrapApiKey: string | null;
  tariffSekPerHour: number;
  minResponseWorkingDays: number;
  highBurdenHours: number;
  duplicateWindowDays: number;
  duplicateSimilarity: number;
  /** Field reports and registrations: how similar a title must be to match a survey. */
  reportMatchSimilarity: number;
  /** Field reports and registrations: how many days around the receipt a match may lie. */
  reportMatchWindowDays: number;
  consultationLeadDays: number;
  /** How often time-based flags are re-evaluated; 0 turns the schedule off. */
  flagScanIntervalSeconds: number;
  logLevel: LogLevel;
  bodyLimitBytes: number;
  lookupRateLimitPerMinute: number;
  /** Public lookup answers kept in memory until the data behind them changes; 0 turns it off. */
  lookupCacheEntries: number;
  /** Burden ledgers kept in memory (as JSON) until the data behind them changes; 0 turns it off. */
  ledgerCacheEntries: number;
  /** How often the webhook dispatcher looks for work (NOTIFY wakes it sooner); 0 turns it off. */
  webhookPollIntervalMs: number;
  /** Deliveries claimed at a time, and the most one instance has in flight. */
  webhookBatchSize: number;
  webhookTimeoutMs: number;
  webhookBackoffBaseMs: number;
  webhookBackoffCapMs: number;
  /** Failed attempts in a row after which a subscription is disabled. */
  webhookMaxFailures: number;
  /** Lets subscribers use private, loopback and link-local addresses (tests, closed networks). */
  webhookAllowPrivateUrls: boolean;
  /** Reverse proxies whose X-Forwarded-For names the client (for the public rate limit). */
  trustProxy: TrustProxy;
  /** How often old bookkeeping rows are pruned; 0 turns it off. */
  retentionIntervalSeconds: number;
  /** Days a fully delivered webhook event (and its delivery log) is kept; 0: for ever. */
  webhookEventRetentionDays: number;
  /** Days an answered Idempotency-Key is kept for replays; 0: for ever. */
  idempotencyKeyRetentionDays: number;
  /** Failed API-key authentications per client address and minute before it gets 429. */
  apiKeyFailuresPerMinute: number;
  /** GET /metrics and the request timing; off: neither. */
  metricsEnabled: boolean;
  /** A bearer token that may read GET /metrics besides admin keys; null: admin keys only. */
  metricsToken: string | null;
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  sessionAbsoluteHours: number;
  /** Failed sign-ins for one e-mail within 15 minutes before it is locked for the rest of them. */
  signInFailuresPerAccount: number;
  /** Failed sign-ins from one client address within 15 minutes before it must wait. */
  signInFailuresPerAddress: number;
  /** With the password: the first administrator, created on start while there is no person. */
  bootstrapAdmin: { email: string; password: string } | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function numberVar(
  env: Env,
  name: string,
  fallback: number,
  range: { min: number; max: number; integer?: boolean },
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || (range.integer && !Number.isInteger(value))) {
    throw new ConfigError(
      name,
      `must be a${range.integer ? 'n integer' : ' number'}, got "${raw}"`,
    );
  }
  if (value < range.min || value > range.max) {
    throw new ConfigError(name, `must be between ${range.min} and ${range.max}, got ${value}`);
  }
  return value;
}

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  return numberVar(env, name, fallback, { min, max, integer: true });
}

function trustProxyVar(env: Env): TrustProxy {
  const parsed = parseTrustProxy(env.TRUST_PROXY);
  if (typeof parsed === 'object' && !Array.isArray(parsed)) {
    throw new ConfigError('TRUST_PROXY', parsed.problem);
  }
  return parsed;
}

function databaseUrlVar(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://`);
  }
  return raw;
}

function booleanVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function webhookBackoffCapVar(env: Env, baseMs: number): number {
  const cap = numberVar(env, 'WEBHOOK_BACKOFF_CAP_MS', Math.max(3_600_000, baseMs), {
    min: 1,
    max: 86_400_000,
    integer: true,
  });
  if (cap < baseMs) {
    throw new ConfigError('WEBHOOK_BACKOFF_CAP_MS', `must not be below WEBHOOK_BACKOFF_BASE_MS`);
  }
  return cap;
}

function logLevelVar(env: Env): LogLevel {
  const raw = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  const levels: LogLevel[] = ['error', 'warn', 'info', 'debug'];
  if (!levels.includes(raw as LogLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `must be one of ${levels.join(', ')}, got "${env.LOG_LEVEL}"`,
    );
  }
  return raw as LogLevel;
}

function bootstrapKeyVar(env: Env): string | null {
  const raw = env.BOOTSTRAP_API_KEY;
  if (raw === undefined || raw === '') return null;
  // A short bootstrap key would be the weakest admin credential in the system.
  if (raw.length < 16) throw new ConfigError('BOOTSTRAP_API_KEY', 'must be at least 16 characters');
  return raw;
}

function metricsTokenVar(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
  if (!/^[\x21-\x7e]+$/.test(raw)) {
    throw new ConfigError('METRICS_TOKEN', 'must be printable ASCII without spaces');
  }
  return raw;
}

function bootstrapAdminVar(env: Env): AppConfig['bootstrapAdmin'] {
  const email = env.BOOTSTRAP_ADMIN_EMAIL?.trim();
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) {
    throw new ConfigError(
      email ? 'BOOTSTRAP_ADMIN_PASSWORD' : 'BOOTSTRAP_ADMIN_EMAIL',
      'must be set together with the other BOOTSTRAP_ADMIN_ variable',
    );
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new ConfigError('BOOTSTRAP_ADMIN_EMAIL', 'must be an e-mail address');
  }
  return { email, password };
}

/** Reads and validates the environment once at start; a wrong value names its variable. */
export function loadConfig(env: Env): AppConfig {
  const webhookBackoffBaseMs = intVar(env, 'WEBHOOK_BACKOFF_BASE_MS', 1_000, 1, 3_600_000);
  return {
    databaseUrl: databaseUrlVar(env),
    dataDir: env.DATA_DIR?.trim() || './data',
    embeddedPostgresPort: intVar(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    port: intVar(env, 'PORT', 3000, 0, 65535),
    bootstrapApiKey: bootstrapKeyVar(env),
    tariffSekPerHour: numberVar(env, 'TARIFF_SEK_PER_HOUR', 600, { min: 0, max: 100000 }),
    minResponseWorkingDays: numberVar(env, 'MIN_RESPONSE_WORKING_DAYS', 10, { min: 0, max: 365 }),
    highBurdenHours: numberVar(env, 'HIGH_BURDEN_HOURS', 500, { min: 0, max: 10_000_000 }),
    duplicateWindowDays: intVar(env, 'DUPLICATE_WINDOW_DAYS', 180, 1, 3650),
    duplicateSimilarity: numberVar(env, 'DUPLICATE_SIMILARITY', 0.5, { min: 0.05, max: 1 }),
    reportMatchSimilarity: numberVar(env, 'REPORT_MATCH_SIMILARITY', 0.4, { min: 0.05, max: 1 }),
    reportMatchWindowDays: intVar(env, 'REPORT_MATCH_WINDOW_DAYS', 60, 1, 3650),
    consultationLeadDays: intVar(env, 'CONSULTATION_LEAD_DAYS', 14, 0, 365),
    flagScanIntervalSeconds: intVar(env, 'FLAG_SCAN_INTERVAL_SECONDS', 600, 0, 86400),
    logLevel: logLevelVar(env),
    bodyLimitBytes: intVar(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 50_000_000),
    lookupRateLimitPerMinute: intVar(env, 'LOOKUP_RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    lookupCacheEntries: intVar(env, 'LOOKUP_CACHE_ENTRIES', 2_000, 0, 1_000_000),
    ledgerCacheEntries: intVar(env, 'LEDGER_CACHE_ENTRIES', 128, 0, 100_000),
    webhookPollIntervalMs: intVar(env, 'WEBHOOK_POLL_INTERVAL_MS', 200, 0, 60_000),
    webhookBatchSize: intVar(env, 'WEBHOOK_BATCH_SIZE', 50, 1, 1000),
    webhookTimeoutMs: intVar(env, 'WEBHOOK_TIMEOUT_MS', 5_000, 100, 60_000),
    webhookBackoffBaseMs,
    webhookBackoffCapMs: webhookBackoffCapVar(env, webhookBackoffBaseMs),
    webhookMaxFailures: intVar(env, 'WEBHOOK_MAX_FAILURES', 20, 1, 1_000_000),
    webhookAllowPrivateUrls: booleanVar(env, 'WEBHOOK_ALLOW_PRIVATE_URLS', false),
    trustProxy: trustProxyVar(env),
    retentionIntervalSeconds: intVar(env, 'RETENTION_INTERVAL_SECONDS', 3_600, 0, 604_800),
    webhookEventRetentionDays: intVar(env, 'WEBHOOK_EVENT_RETENTION_DAYS', 90, 0, 36_500),
    idempotencyKeyRetentionDays: intVar(env, 'IDEMPOTENCY_KEY_RETENTION_DAYS', 90, 0, 36_500),
    apiKeyFailuresPerMinute: intVar(env, 'API_KEY_FAILURES_PER_MINUTE', 30, 1, 1_000_000),
    metricsEnabled: booleanVar(env, 'METRICS_ENABLED', true),
    metricsToken: metricsTokenVar(env),
    sessionIdleMinutes: intVar(env, 'SESSION_IDLE_MINUTES', 60, 1, 10_080),
    sessionAbsoluteHours: intVar(env, 'SESSION_ABSOLUTE_HOURS', 10, 1, 720),
    signInFailuresPerAccount: intVar(env, 'SIGN_IN_FAILURES_PER_ACCOUNT', 5, 1, 1_000),
    signInFailuresPerAddress: intVar(env, 'SIGN_IN_FAILURES_PER_ADDRESS', 30, 1, 100_000),
    bootstrapAdmin: bootstrapAdminVar(env),
  };
}
