import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { backoffDelayMs } from '../common/backoff';

const RECONNECT_BASE_MS = 500;
const RECONNECT_CAP_MS = 15_000;

export interface NotificationListenerOptions {
  connectionString: string;
  /** The channel to LISTEN on; a plain identifier. */
  channel: string;
  /** Shows in pg_stat_activity. */
  applicationName: string;
  onNotification(): void;
  /** LISTEN is in place (first time or again): anything may have changed while nobody listened. */
  onListening(): void;
  /** The connection is gone; notifications are missed until onListening is called again. */
  onLost?(): void;
}

/**
 * LISTENs on a PostgreSQL channel on a connection of its own (not one of the pool's), and
 * re-establishes a lost connection with back-off.
 */
export class NotificationListener {
  private readonly logger: Logger;
  private client: Client | null = null;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(private readonly options: NotificationListenerOptions) {
    this.logger = new Logger(`NotificationListener(${options.channel})`);
  }

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
      connectionString: this.options.connectionString,
      application_name: this.options.applicationName,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    // A dropped connection shows as 'error' and then 'end'; reconnecting happens on 'end'.
    client.on('error', () => undefined);
    client.on('notification', () => this.options.onNotification());
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
      if (this.failures > 0) this.logger.log(`Listening on ${this.options.channel} again`);
      this.failures = 0;
      this.options.onListening();
    } catch {
      await client.end().catch(() => undefined);
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.failures += 1;
    this.options.onLost?.();
    if (this.failures === 1) {
      this.logger.warn(`Lost the LISTEN connection for ${this.options.channel}; reconnecting`);
    }
    const delay = Math.max(
      RECONNECT_BASE_MS,
      backoffDelayMs(this.failures, RECONNECT_BASE_MS, RECONNECT_CAP_MS),
    );
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }
}
