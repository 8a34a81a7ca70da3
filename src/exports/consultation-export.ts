import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsultationExportQueryDto } from './dto/consultation-export-query.dto';
import { EXPORT_BATCH_SIZE } from './survey-export';
import {
  CONSULTATION_TOPIC_SV,
  inSwedish,
  NETWORK_DECISION_SV,
  SKR_OUTCOME_SV,
  SURVEY_STATUS_SV,
} from './swedish-labels';
import { type Column, keysetBatches } from './table';

export interface ConsultationExportRow {
  id: string;
  /** The keyset position as PostgreSQL wrote it: microseconds survive the round trip. */
  requested_key: string;
  reference: string;
  title: string;
  agency_name: string;
  consulted_organisation: string;
  requested_at: Date;
  skr_case_number: string | null;
  handler: string | null;
  completed_at: Date | null;
  outcome: string | null;
  topics_covered: string[];
  note: string | null;
  department_head_reviewed_at: Date | null;
  department_head_reviewer: string | null;
  department_head_agrees: boolean | null;
  survey_status: string;
  sent_at: Date | null;
  network_decision: string | null;
}

export const CONSULTATION_EXPORT_COLUMNS: readonly Column<ConsultationExportRow>[] = [
  { header: 'Referens', type: 'text', width: 16, value: (r) => r.reference },
  { header: 'Titel', type: 'text', width: 50, value: (r) => r.title },
  { header: 'Myndighet', type: 'text', width: 36, value: (r) => r.agency_name },
  { header: 'Samrådspart', type: 'text', width: 12, value: (r) => r.consulted_organisation },
  { header: 'Begärt', type: 'date', width: 12, value: (r) => r.requested_at },
  { header: 'Diarienummer', type: 'text', width: 18, value: (r) => r.skr_case_number },
  { header: 'Handläggare', type: 'text', width: 24, value: (r) => r.handler },
  { header: 'Klart', type: 'date', width: 12, value: (r) => r.completed_at },
  {
    header: 'SKR:s ställningstagande',
    type: 'text',
    width: 24,
    value: (r) => inSwedish(SKR_OUTCOME_SV, r.outcome),
  },
  {
    header: 'Behandlade områden',
    type: 'text',
    width: 40,
    value: (r) =>
      r.topics_covered.map((topic) => inSwedish(CONSULTATION_TOPIC_SV, topic)).join(', '),
  },
  { header: 'Anteckning', type: 'text', width: 50, value: (r) => r.note },
  {
    header: 'Avdelningschefens granskning',
    type: 'date',
    width: 14,
    value: (r) => r.department_head_reviewed_at,
  },
  { header: 'Granskad av', type: 'text', width: 24, value: (r) => r.department_head_reviewer },
  {
    header: 'Avdelningschefen instämmer',
    type: 'boolean',
    width: 12,
    value: (r) => r.department_head_agrees,
  },
  {
    header: 'Enkätens status',
    type: 'text',
    width: 12,
    value: (r) => inSwedish(SURVEY_STATUS_SV, r.survey_status),
  },
  { header: 'Skickad', type: 'date', width: 12, value: (r) => r.sent_at },
  {
    header: 'Nätverkets beslut',
    type: 'text',
    width: 16,
    value: (r) => inSwedish(NETWORK_DECISION_SV, r.network_decision),
  },
];

/**
 * The statistics section's log with the filters of GET /consultations (the `to` day included,
 * as there), newest request first, in keyset batches on (requested_at, id).
 */
const CONSULTATION_EXPORT_SQL = `SELECT k.id, k.requested_at::text AS requested_key,
       s.reference, s.title, a.name AS agency_name, k.consulted_organisation, k.requested_at,
       k.skr_case_number, k.handler, k.completed_at, k.outcome, k.topics_covered, k.note,
       k.department_head_reviewed_at, k.department_head_reviewer, k.department_head_agrees,
       s.status AS survey_status, s.sent_at, s.network_decision
FROM consultations k
JOIN surveys s ON s.id = k.survey_id
JOIN agencies a ON a.id = s.agency_id
WHERE ($1::varchar IS NULL OR k.outcome = $1::varchar)
  AND ($2::uuid IS NULL OR k.survey_id = $2::uuid)
  AND ($3::uuid IS NULL OR s.agency_id = $3::uuid)
  AND ($4::date IS NULL OR k.requested_at >= $4::date::timestamp AT TIME ZONE 'Europe/Stockholm')
  AND ($5::date IS NULL OR k.requested_at < ($5::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
  AND ($6::timestamptz IS NULL OR (k.requested_at, k.id) < ($6::timestamptz, $7::uuid))
ORDER BY k.requested_at DESC, k.id DESC
LIMIT ${EXPORT_BATCH_SIZE}`;

@Injectable()
export class ConsultationExportSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  batches(filter: ConsultationExportQueryDto): AsyncGenerator<ConsultationExportRow[]> {
    return keysetBatches(
      (after: { at: string; id: string } | null) =>
        this.dataSource.query(CONSULTATION_EXPORT_SQL, [
          filter.outcome ?? null,
          filter.surveyId ?? null,
          filter.agencyId ?? null,
          filter.from ?? null,
          filter.to ?? null,
          after?.at ?? null,
          after?.id ?? null,
        ]),
      (row) => ({ at: row.requested_key, id: row.id }),
      EXPORT_BATCH_SIZE,
    );
  }
}
