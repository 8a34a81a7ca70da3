import type { Logger } from '@nestjs/common';

export interface PeriodicJobOptions {
  /** For the log: "Flag scan", "Retention". */
  label: string;
  /** 0: never runs. */
  intervalSeconds: number;
  run(): Promise<unknown>;
  logger: Logger;
}

/**
 * Runs a job every interval in this process, never two runs at once, logging a failure
 * rather than crashing; `stop()` waits for a run under way (call it before the database
 * pool closes). Which of several instances does the work is the job's business (claimJob).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;

  constructor(private readonly options: PeriodicJobOptions) {}

  start(): void {
    const { intervalSeconds } = this.options;
    if (intervalSeconds === 0) return;
    this.timer = setInterval(() => this.tick(), intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    const { label, logger } = this.options;
    this.running = this.options
      .run()
      .then(
        () => undefined,
        (error: unknown) =>
          logger.warn(`${label} failed: ${error instanceof Error ? error.message : error}`),
      )
      .finally(() => {
        this.running = null;
      });
  }
}
