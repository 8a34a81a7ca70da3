import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { BootstrapKeyService } from './bootstrap-key.service';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { KeyAuthenticator } from './key-authenticator';
import { NoStoreInterceptor } from './no-store.interceptor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionsModule } from '../sessions/sessions.module';

/** Client addresses whose failures are remembered: about a megabyte at most. */
const FAILING_ADDRESSES_KEPT = 10_000;

@Module({
  imports: [SessionsModule],
  controllers: [ApiKeysController],
  providers: [
    ApiKeysService,
    BootstrapKeyService,
    KeyAuthenticator,
    {
      provide: FailedAuthLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new FailedAuthLimiter({
          maxFailures: config.apiKeyFailuresPerMinute,
          windowMs: 60_000,
          maxAddresses: FAILING_ADDRESSES_KEPT,
        }),
    },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
  ],
  exports: [ApiKeysService, KeyAuthenticator],
})
export class AuthModule {}
