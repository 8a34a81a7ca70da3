/** Browser specs: Debian's Chromium driven by playwright-core, on the same real PostgreSQL. */
module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/test/browser'],
  testRegex: '\\.browser-spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  setupFilesAfterEnv: ['<rootDir>/test/setup/response-check.ts'],
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 120000,
};
