import { ConfigError, loadConfig } from './app-config';

describe('loadConfig: webhook variables', () => {
  it('has defaults for every webhook variable', () => {
    expect(loadConfig({})).toMatchObject({
      webhookPollIntervalMs: 200,
      webhookBatchSize: 50,
      webhookTimeoutMs: 5_000,
      webhookBackoffBaseMs: 1_000,
      webhookBackoffCapMs: 3_600_000,
      webhookMaxFailures: 20,
      webhookAllowPrivateUrls: false,
    });
  });

  it('reads them from the environment', () => {
    const config = loadConfig({
      WEBHOOK_POLL_INTERVAL_MS: '0',
      WEBHOOK_BATCH_SIZE: '10',
      WEBHOOK_TIMEOUT_MS: '2500',
      WEBHOOK_BACKOFF_BASE_MS: '50',
      WEBHOOK_BACKOFF_CAP_MS: '5000',
      WEBHOOK_MAX_FAILURES: '3',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'TRUE',
    });
    expect(config).toMatchObject({
      webhookPollIntervalMs: 0,
      webhookBatchSize: 10,
      webhookTimeoutMs: 2_500,
      webhookBackoffBaseMs: 50,
      webhookBackoffCapMs: 5_000,
      webhookMaxFailures: 3,
      webhookAllowPrivateUrls: true,
    });
  });

  it.each([
    [{ WEBHOOK_ALLOW_PRIVATE_URLS: 'yes' }, 'WEBHOOK_ALLOW_PRIVATE_URLS'],
    [{ WEBHOOK_BATCH_SIZE: '0' }, 'WEBHOOK_BATCH_SIZE'],
    [{ WEBHOOK_TIMEOUT_MS: '5s' }, 'WEBHOOK_TIMEOUT_MS'],
    [{ WEBHOOK_MAX_FAILURES: '0' }, 'WEBHOOK_MAX_FAILURES'],
    [{ WEBHOOK_BACKOFF_BASE_MS: '2000', WEBHOOK_BACKOFF_CAP_MS: '1000' }, 'WEBHOOK_BACKOFF_CAP_MS'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
