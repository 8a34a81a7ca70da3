import { randomUUID } from 'node:crypto';
import { type AuditRecord, auditInsert } from '../audit/audit.service';
import { type SqlStatement, valueRows } from '../database/combined-writes';
import type { Actor } from '../auth/roles';
import { type OutboxRecord, outboxInsert } from '../outbox/outbox.service';
import type { FlagChanges } from './flag-changes';
import type { Survey } from '../surveys/survey.entity';
import type { SurveySummary } from './survey-summary';

const FLAG_COLUMNS = 7;

/** One survey's evaluation: what changes in its flags, and its new summary. */
export interface FlagEvaluation {
  /** As read before the evaluation. */
  survey: Pick<
    Survey,
    'id' | 'reference' | 'consultationStatus' | 'skrOutcome' | 'networkDecision' | 'openFlags'
  >;
  changes: FlagChanges;
  summary: SurveySummary;
}

/**
 * The rows evaluations write, as independent statements for `runWrites` (one round trip):
 * new flags, changed flags, their audit events and outbox events (each one multi-row INSERT,
 * survey by survey in the order given, and per survey in the order of the changes: raised,
 * then resolved), and the surveys' summaries where they changed (most evaluations change
 * nothing, and an UPDATE that changes nothing still writes a new row version).
 */
export function flagWrites(
  evaluations: readonly FlagEvaluation[],
  actor: Actor,
  now: Date,
): SqlStatement[] {
  const statements: SqlStatement[] = [];
  const flagValues: unknown[] = [];
  const audit: AuditRecord[] = [];
  const events: OutboxRecord[] = [];
  for (const { survey, changes } of evaluations) {
    /** A flag raised or resolved: its audit event and its outbox event, with the same details. */
    const record = (
      action: 'flag.raised' | 'flag.resolved',
      details: { flagId: string } & Record<string, unknown>,
    ) => {
      const { id: surveyId, reference: surveyReference } = survey;
      audit.push({
        actor,
        entityType: 'flag',
        entityId: details.flagId,
        surveyId,
        action,
        changes: details,
      });
      events.push({ type: action, surveyId, data: { ...details, surveyId, surveyReference } });
    };
    for (const { finding, factsKey } of changes.raise) {
      const id = randomUUID();
      flagValues.push(
        id,
        survey.id,
        finding.code,
        finding.severity,
        JSON.stringify(finding.evidence),
        factsKey,
        now,
      );
      record('flag.raised', {
        flagId: id,
        code: finding.code,
        severity: finding.severity,
        evidence: finding.evidence,
      });
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
      record('flag.resolved', { flagId: flag.id, code: flag.code, severity: flag.severity });
    }
  }
  if (flagValues.length > 0) {
    statements.push({
      text: `INSERT INTO flags (id, survey_id, code, severity, evidence, facts_key, raised_at)
             VALUES ${valueRows(flagValues.length / FLAG_COLUMNS, FLAG_COLUMNS)}`,
      values: flagValues,
    });
  }
  if (audit.length > 0) statements.push(auditInsert(audit));
  if (events.length > 0) statements.push(outboxInsert(events));
  const changed = evaluations.filter(summaryChanged);
  if (changed.length > 0) statements.push(summaryUpdate(changed));
  return statements;
}

function summaryChanged({ survey, summary, changes }: FlagEvaluation): boolean {
  return (
    survey.consultationStatus !== summary.consultationStatus ||
    survey.skrOutcome !== summary.skrOutcome ||
    survey.networkDecision !== summary.networkDecision ||
    survey.openFlags.length !== changes.openCodes.length ||
    survey.openFlags.some((code, i) => code !== changes.openCodes[i])
  );
}

/**
 * Each survey's summary, one UPDATE for all: its open flag codes travel as one text each,
 * comma-separated (codes are identifiers), since arrays of arrays cannot be unnested.
 */
function summaryUpdate(evaluations: readonly FlagEvaluation[]): SqlStatement {
  return {
    text: `UPDATE surveys s SET consultation_status = v.consultation_status,
                  skr_outcome = v.skr_outcome, network_decision = v.network_decision,
                  open_flags = string_to_array(v.open_flags, ',')
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
                  AS v(id, consultation_status, skr_outcome, network_decision, open_flags)
            WHERE s.id = v.id`,
    values: [
      evaluations.map(({ survey }) => survey.id),
      evaluations.map(({ summary }) => summary.consultationStatus),
      evaluations.map(({ summary }) => summary.skrOutcome),
      evaluations.map(({ summary }) => summary.networkDecision),
      evaluations.map(({ changes }) => changes.openCodes.join(',')),
    ],
  };
}
