import { runInNewContext } from 'node:vm';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code?: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connect', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
    ['an admin shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['a crash shutdown', withCode('terminating connection because of crash of another', '57P02')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['too many clients', withCode('sorry, too many clients already', '53300')],
    ['a connection exception class 08', withCode('connection failure', '08006')],
    ['an unreachable host', withCode('connect EHOSTUNREACH 10.0.0.9:5432', 'EHOSTUNREACH')],
    ['an unresolvable host', withCode('getaddrinfo ENOTFOUND db', 'ENOTFOUND')],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises a dual-stack AggregateError with an empty message by its code or causes', () => {
    const causes = [
      withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'),
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    ];
    expect(isDatabaseUnavailable(Object.assign(new AggregateError(causes, ''), {}))).toBe(true);
    expect(isDatabaseUnavailable(withCode('', 'ECONNREFUSED'))).toBe(true);
  });

  it('recognises errors made in another realm (Node core errors as Jest sees them)', () => {
    const foreign: unknown = runInNewContext(
      `Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })`,
    );
    expect(foreign instanceof Error).toBe(false);
    expect(isDatabaseUnavailable(foreign)).toBe(true);
  });

  it('recognises a QueryFailedError cut off by a shutdown', () => {
    const driverError = withCode('terminating connection due to administrator command', '57P01');
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], driverError))).toBe(true);
  });

  it('recognises the released query runner TypeORM leaves behind when a connection errors', () => {
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['a statement timeout', withCode('canceling statement due to statement timeout', '57014')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string', 'ECONNREFUSED'],
    ['null', null],
  ])('does not take %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
