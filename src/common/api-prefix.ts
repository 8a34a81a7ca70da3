/** Every REST route lives under this prefix; pages and health checks do not. */
export const API_PREFIX = 'api/v1';
