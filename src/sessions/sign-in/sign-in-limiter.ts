import { Inject, Injectable } from '@nestjs/common';
import { FailedAuthLimiter } from '../../auth/failed-auth-limiter';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

const WINDOW_MS = 15 * 60_000;
const REMEMBERED = 10_000;

/**
 * Failed sign-ins counted per e-mail and per client address, on the service's clock. The
 * e-mail is counted whether or not it has an account, so a lock does not tell that it has.
 */
@Injectable()
export class SignInLimiter {
  private readonly byAccount: FailedAuthLimiter;
  private readonly byAddress: FailedAuthLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig, clock: Clock) {
    const now = () => clock.now();
    this.byAccount = new FailedAuthLimiter(
      {
        maxFailures: config.signInFailuresPerAccount,
        windowMs: WINDOW_MS,
        maxAddresses: REMEMBERED,
      },
      now,
    );
    this.byAddress = new FailedAuthLimiter(
      {
        maxFailures: config.signInFailuresPerAddress,
        windowMs: WINDOW_MS,
        maxAddresses: REMEMBERED,
      },
      now,
    );
  }

  /** Milliseconds until this e-mail may be tried from this address; 0 when now. */
  retryAfterMs(email: string, address: string): number {
    return Math.max(this.byAccount.retryAfterMs(email), this.byAddress.retryAfterMs(address));
  }

  recordFailure(email: string, address: string): void {
    this.byAccount.recordFailure(email);
    this.byAddress.recordFailure(address);
  }
}
