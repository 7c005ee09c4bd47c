import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors.js';

describe('a database that cannot be reached', () => {
  it('is told apart from a query that was wrong, however the driver wraps it', () => {
    const pg = (code: string, message: string) => Object.assign(new Error(message), { code });
    for (const err of [
      pg('57P01', 'terminating connection due to administrator command'),
      pg('55000', 'database "cbt" is not currently accepting connections'),
      pg('57P03', 'the database system is starting up'),
      pg('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      pg('CONNECTION_CLOSED', 'write CONNECTION_CLOSED'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Failed query: select 1'), { cause: pg('08006', 'connection failure') }),
    ])
      expect(isDatabaseUnavailable(err), String(err)).toBe(true);
    for (const err of [pg('23505', 'duplicate key value violates unique constraint'), pg('55000', 'object not in prerequisite state'), pg('42P01', 'relation does not exist'), new Error('boom'), null])
      expect(isDatabaseUnavailable(err), String(err)).toBe(false);
  });
});
