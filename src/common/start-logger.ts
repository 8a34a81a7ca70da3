import { ConsoleLogger } from '@nestjs/common';

/** Nest's own start-up chatter: one line per module and route, wanted only when debugging. */
const ROUTINE_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * The service's logger: Nest's module and route lines go to debug, so that a start says in a
 * few lines where the service listens, which database it uses and, on first run, the link.
 */
export class ServiceLogger extends ConsoleLogger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && ROUTINE_CONTEXTS.has(context)) {
      super.debug(message, ...optionalParams);
      return;
    }
    super.log(message, ...optionalParams);
  }
}

/** A database URL without its password, for the log. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
