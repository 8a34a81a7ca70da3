import { type RunningService, startService } from './test-app';

export type BareApp = Omit<RunningService, 'config'>;

/**
 * The whole service like `startTestApp`, but without the reset afterwards: what the service
 * did on start (the bootstrap key) stays in the database for the test to see.
 */
export function startBareApp(env: Record<string, string> = {}): Promise<BareApp> {
  return startService(env);
}
