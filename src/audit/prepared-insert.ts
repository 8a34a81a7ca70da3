import type { SqlStatement } from '../database/combined-writes';
import type { AuditRecord } from './audit.service';

/**
 * New rows not yet written: the statements that write them and their audit events, for the
 * caller to run with its other writes in one round trip (runWrites). The events go into one
 * INSERT with the caller's others (auditInsert), so that their order is the order given.
 */
export interface PreparedInsert<Row> {
  rows: Row[];
  statements: SqlStatement[];
  audit: AuditRecord[];
}
