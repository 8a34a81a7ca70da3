import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { backoffDelayMs } from './backoff';

/** The channel the outbox trigger notifies on commit of a transaction that wrote events. */
export const OUTBOX_CHANNEL = 'webhook_outbox';

const RECONNECT_BASE_MS = 500;
const RECONNECT_CAP_MS = 15_000;

/**
 * LISTENs for new outbox events on a connection of its own, so the dispatcher starts within
 * milliseconds instead of at its next poll. Only a hint: polling still finds everything, and
 * a lost connection is re-established with back-off.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
  private client: Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly onEvent: () => void,
  ) {}

  start(): void {
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'enkatkollen-webhook-listener',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    // A dropped connection shows as 'error' and then 'end'; reconnecting happens on 'end'.
    client.on('error', () => undefined);
    client.on('notification', () => this.onEvent());
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.failures > 0) this.logger.log('Listening for outbox events again');
      this.failures = 0;
      // Events may have been written while nobody listened.
      this.onEvent();
    } catch {
      await client.end().catch(() => undefined);
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.failures += 1;
    if (this.failures === 1) {
      this.logger.warn('Lost the outbox LISTEN connection; polling until it is back');
    }
    const delay = Math.max(
      RECONNECT_BASE_MS,
      backoffDelayMs(this.failures, RECONNECT_BASE_MS, RECONNECT_CAP_MS),
    );
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }
}
