import { describeDatabase, ServiceLogger } from './start-logger';

describe('ServiceLogger', () => {
  it('sends Nest route and module lines to debug and keeps the others at log', () => {
    const logger = new ServiceLogger({ logLevels: ['log'] });
    const written: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      logger.log('Mapped {/api/v1/users, GET} route', 'RouterExplorer');
      logger.log('UsersModule dependencies initialized', 'InstanceLoader');
      logger.log('Enkätkollen listens on http://localhost:3000', 'Startup');
    } finally {
      jest.restoreAllMocks();
    }
    expect(written.join('')).not.toContain('Mapped');
    expect(written.join('')).not.toContain('UsersModule');
    expect(written.join('')).toContain('Enkätkollen listens');
  });
});

describe('describeDatabase', () => {
  it('names host, port and database but never the password', () => {
    const text = describeDatabase('postgres://app:s3cret@db.internal:5433/enkat');
    expect(text).toBe('PostgreSQL db.internal:5433/enkat');
  });
});
