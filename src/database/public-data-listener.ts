import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationListener } from './notification-listener';

/**
 * Notified on commit by statement triggers on every table the cached answers come from
 * (migrations PublicDataNotifications and SurveyRoundsNotifications).
 */
export const PUBLIC_DATA_CHANNEL = 'public_data_changed';

/** How the LISTEN connection shows in pg_stat_activity. */
export const PUBLIC_DATA_LISTENER_NAME = 'enkatkollen-public-data-listener';

/** What a cache is told by the listener (see NotificationListenerOptions). */
export interface PublicDataSubscriber {
  onNotification(): void;
  onListening(): void;
  onLost(): void;
}

/**
 * One LISTEN connection on PUBLIC_DATA_CHANNEL for every cache of this instance: each
 * subscriber hears every notification, and when the connection is in place or lost. It
 * connects only when something subscribed before the application started.
 */
@Injectable()
export class PublicDataListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly subscribers: PublicDataSubscriber[] = [];
  private listener: NotificationListener | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  subscribe(subscriber: PublicDataSubscriber): void {
    this.subscribers.push(subscriber);
  }

  onApplicationBootstrap(): void {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || this.subscribers.length === 0) return;
    this.listener = new NotificationListener({
      connectionString: url,
      channel: PUBLIC_DATA_CHANNEL,
      applicationName: PUBLIC_DATA_LISTENER_NAME,
      onNotification: () => this.subscribers.forEach((s) => s.onNotification()),
      onListening: () => this.subscribers.forEach((s) => s.onListening()),
      onLost: () => this.subscribers.forEach((s) => s.onLost()),
    });
    this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscribers.forEach((s) => s.onLost());
    await this.listener?.close();
  }
}
