import { randomUUID } from 'node:crypto';
import { type AuditRecord, auditInsert } from '../audit/audit.service';
import { type SqlStatement, valueRows } from '../database/combined-writes';
import type { Actor } from '../auth/roles';
import { type OutboxRecord, outboxInsert } from '../outbox/outbox.service';
import type { FlagChanges } from './flag-changes';
import type { SurveySummary } from './survey-summary';

const FLAG_COLUMNS = 7;

/**
 * The rows one evaluation writes, as independent statements for `runWrites` (one round
 * trip): new flags, changed flags, their audit events and outbox events (each one multi-row
 * INSERT, in the order of the changes: raised, then resolved), and the survey's summary.
 */
export function flagWrites(
  survey: { id: string; reference: string },
  changes: FlagChanges,
  summary: SurveySummary,
  actor: Actor,
  now: Date,
): SqlStatement[] {
  const statements: SqlStatement[] = [];
  const audit: AuditRecord[] = [];
  const events: OutboxRecord[] = [];
  const about = { surveyId: survey.id, surveyReference: survey.reference };

  const raised = changes.raise.map(({ finding, factsKey }) => ({
    id: randomUUID(),
    finding,
    factsKey,
  }));
  if (raised.length > 0) {
    statements.push({
      text: `INSERT INTO flags (id, survey_id, code, severity, evidence, facts_key, raised_at)
             VALUES ${valueRows(raised.length, FLAG_COLUMNS)}`,
      values: raised.flatMap(({ id, finding, factsKey }) => [
        id,
        survey.id,
        finding.code,
        finding.severity,
        JSON.stringify(finding.evidence),
        factsKey,
        now,
      ]),
    });
  }
  for (const { id, finding } of raised) {
    const details = {
      flagId: id,
      code: finding.code,
      severity: finding.severity,
      evidence: finding.evidence,
    };
    audit.push({
      actor,
      entityType: 'flag',
      entityId: id,
      surveyId: survey.id,
      action: 'flag.raised',
      changes: details,
    });
    events.push({ type: 'flag.raised', surveyId: survey.id, data: { ...details, ...about } });
  }
  for (const { flag, finding, factsKey } of changes.reword) {
    statements.push({
      text: 'UPDATE flags SET evidence = $2, facts_key = $3, version = version + 1 WHERE id = $1',
      values: [flag.id, JSON.stringify(finding.evidence), factsKey],
    });
  }
  for (const flag of changes.resolve) {
    statements.push({
      text: `UPDATE flags SET state = 'resolved', resolved_at = $2, version = $3 WHERE id = $1`,
      values: [flag.id, now, flag.version + 1],
    });
    const details = { flagId: flag.id, code: flag.code, severity: flag.severity };
    audit.push({
      actor,
      entityType: 'flag',
      entityId: flag.id,
      surveyId: survey.id,
      action: 'flag.resolved',
      changes: details,
    });
    events.push({ type: 'flag.resolved', surveyId: survey.id, data: { ...details, ...about } });
  }
  if (audit.length > 0) statements.push(auditInsert(audit));
  if (events.length > 0) statements.push(outboxInsert(events));
  statements.push({
    text: `UPDATE surveys SET consultation_status = $2, skr_outcome = $3, network_decision = $4,
                  open_flags = $5 WHERE id = $1`,
    values: [
      survey.id,
      summary.consultationStatus,
      summary.skrOutcome,
      summary.networkDecision,
      changes.openCodes,
    ],
  });
  return statements;
}
