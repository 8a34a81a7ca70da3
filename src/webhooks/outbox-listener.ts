import { NotificationListener } from '../database/notification-listener';

/** The channel the outbox trigger notifies on commit of a transaction that wrote events. */
export const OUTBOX_CHANNEL = 'webhook_outbox';

/**
 * Wakes the dispatcher within milliseconds of a new outbox event instead of at its next
 * poll. Only a hint: polling still finds everything, also while the connection is lost.
 */
export function outboxListener(connectionString: string, wake: () => void): NotificationListener {
  return new NotificationListener({
    connectionString,
    channel: OUTBOX_CHANNEL,
    applicationName: 'enkatkollen-webhook-listener',
    onNotification: wake,
    // Events may have been written while nobody listened.
    onListening: wake,
  });
}
