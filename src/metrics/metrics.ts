import { Counter, Histogram, Registry } from 'prom-client';

/** Seconds, from a fast health check to a long export. */
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds from an event to its delivery: immediate, after back-offs, after an outage. */
const LAG_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 3600];

export type RegistrationOutcome = 'created' | 'updated' | 'refused';

/**
 * The metrics of one running service, in a registry of its own (never prom-client's global
 * one: several services in one process each have theirs). What the code counts as it goes is
 * here; what is read at scrape time is registered by MetricsCollectors.
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly requestDuration = new Histogram({
    name: 'enkatkollen_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly registrations = new Counter({
    name: 'enkatkollen_registrations_total',
    help: 'Registrations answered, by outcome (a replay counts as its first answer did)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly deliveryLag = new Histogram({
    name: 'enkatkollen_webhook_delivery_lag_seconds',
    help: 'From an event to its successful webhook delivery',
    buckets: LAG_BUCKETS,
    registers: [this.registry],
  });

  requestFinished(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status: String(status) }, seconds);
  }

  registrationAnswered(outcome: RegistrationOutcome): void {
    this.registrations.inc({ outcome });
  }

  webhookDelivered(lagSeconds: number): void {
    this.deliveryLag.observe(Math.max(0, lagSeconds));
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** A registration's answer as an outcome: new, an update of an earlier one, or an error. */
export function registrationOutcome(status: number): RegistrationOutcome {
  if (status === 201) return 'created';
  if (status === 200) return 'updated';
  return 'refused';
}
