import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const MINUTE_MS = 60_000;

/**
 * The budget of requests per client IP and minute shared by the public lookup and the public
 * pages (one bucket, not one per route: a scraper gets no more by switching between them).
 * The API behind a key is not limited here. Behind a reverse proxy, TRUST_PROXY must name it,
 * or every client shares the proxy's address.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: MINUTE_MS, limit: config.lookupRateLimitPerMinute }],
        errorMessage: `Too many requests: at most ${config.lookupRateLimitPerMinute} per minute`,
        generateKey: (_context, tracker, name) =>
          createHash('sha256').update(`public:${name}:${tracker}`).digest('hex'),
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class PublicRateLimitModule {}
