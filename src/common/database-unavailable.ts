/** Socket errors: the database host refuses, drops or cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away or turning connections down: admin shutdown, crash
 * shutdown, cannot connect now (starting up, shutting down), too many connections. Class 08
 * (connection exception) is matched as a class.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * TypeORM releases a query runner whose connection emits 'error' (the server went away
 * between two statements of a transaction); the next statement then fails with one of these
 * instead of a connection error.
 */
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

const DATABASE_DOWN_PATTERN =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/**
 * Whether an error means the database cannot be reached right now (a 503, not a 500).
 * Duck-typed rather than `instanceof Error`: errors made by Node's net module belong to
 * another realm under Jest, and Node 20 reports a refused dual-stack connect as an
 * AggregateError with an empty message and the causes in `errors`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, errors, name } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    name?: unknown;
  };
  if (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name)) return true;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
  }
  if (typeof message === 'string' && DATABASE_DOWN_PATTERN.test(message)) return true;
  return Array.isArray(errors) && errors.some((cause) => isDatabaseUnavailable(cause, depth + 1));
}
