import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: null,
      port: 3000,
      tariffSekPerHour: 600,
      minResponseWorkingDays: 10,
      highBurdenHours: 500,
      duplicateWindowDays: 180,
      logLevel: 'info',
      bootstrapApiKey: null,
      apiKeyFailuresPerMinute: 30,
      metricsEnabled: true,
      metricsToken: null,
    });
  });

  it('reads the limits of failed keys and the metrics settings', () => {
    expect(
      loadConfig({
        API_KEY_FAILURES_PER_MINUTE: '5',
        METRICS_ENABLED: 'false',
        METRICS_TOKEN: 'scrape-token-0123456789',
      }),
    ).toMatchObject({
      apiKeyFailuresPerMinute: 5,
      metricsEnabled: false,
      metricsToken: 'scrape-token-0123456789',
    });
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db.example:5432/sct',
      PORT: '8080',
      BOOTSTRAP_API_KEY: 'a-long-enough-bootstrap-key',
      TARIFF_SEK_PER_HOUR: '712.5',
      MIN_RESPONSE_WORKING_DAYS: '15',
      HIGH_BURDEN_HOURS: '250',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db.example:5432/sct',
      port: 8080,
      bootstrapApiKey: 'a-long-enough-bootstrap-key',
      tariffSekPerHour: 712.5,
      minResponseWorkingDays: 15,
      highBurdenHours: 250,
      logLevel: 'debug',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '30.5' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ TARIFF_SEK_PER_HOUR: '-1' }, 'TARIFF_SEK_PER_HOUR'],
    [{ MIN_RESPONSE_WORKING_DAYS: 'ten' }, 'MIN_RESPONSE_WORKING_DAYS'],
    [{ HIGH_BURDEN_HOURS: 'NaN' }, 'HIGH_BURDEN_HOURS'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ BOOTSTRAP_API_KEY: 'short' }, 'BOOTSTRAP_API_KEY'],
    [{ API_KEY_FAILURES_PER_MINUTE: '0' }, 'API_KEY_FAILURES_PER_MINUTE'],
    [{ METRICS_ENABLED: 'yes' }, 'METRICS_ENABLED'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'a token with spaces in it' }, 'METRICS_TOKEN'],
  ])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
  });
});
