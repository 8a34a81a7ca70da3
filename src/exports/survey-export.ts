import { Inject, Injectable } from '@nestjs/common';
import {
  type BurdenInput,
  costSek,
  estimatedHours,
  realizedHours,
  roundHours,
} from '../burden/burden-rules';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { SurveyFilterDto } from '../surveys/dto/survey-query.dto';
import type { Recurrence, SurveyStatus } from '../surveys/survey-enums';
import { SurveysService } from '../surveys/surveys.service';
import {
  CONSULTATION_STATUS_SV,
  inSwedish,
  NETWORK_DECISION_SV,
  RECIPIENT_SCOPE_SV,
  RECURRENCE_SV,
  SKR_OUTCOME_SV,
  SURVEY_STATUS_SV,
} from './swedish-labels';
import { type Column, keysetBatches } from './table';

export const EXPORT_BATCH_SIZE = 1000;

export interface SurveyExportRow {
  reference: string;
  title: string;
  agency: string;
  status: string;
  sentAt: Date | null;
  responseDeadline: Date | null;
  recipientScope: string;
  recipientCount: number;
  recurrence: string;
  occurrences: number;
  voluntary: boolean | null;
  consultationStatus: string;
  skrOutcome: string | null;
  networkDecision: string | null;
  estimatedHours: number | null;
  realizedHours: number;
  costSek: number;
  openFlags: string;
}

export const SURVEY_EXPORT_COLUMNS: readonly Column<SurveyExportRow>[] = [
  { header: 'Referens', type: 'text', width: 16, value: (r) => r.reference },
  { header: 'Titel', type: 'text', width: 50, value: (r) => r.title },
  { header: 'Myndighet', type: 'text', width: 36, value: (r) => r.agency },
  {
    header: 'Status',
    type: 'text',
    width: 12,
    value: (r) => inSwedish(SURVEY_STATUS_SV, r.status),
  },
  { header: 'Skickad', type: 'date', width: 12, value: (r) => r.sentAt },
  { header: 'Sista svarsdag', type: 'date', width: 14, value: (r) => r.responseDeadline },
  {
    header: 'Mottagare',
    type: 'text',
    width: 26,
    value: (r) => inSwedish(RECIPIENT_SCOPE_SV, r.recipientScope),
  },
  { header: 'Antal mottagare', type: 'integer', width: 10, value: (r) => r.recipientCount },
  {
    header: 'Återkommande',
    type: 'text',
    width: 14,
    value: (r) => inSwedish(RECURRENCE_SV, r.recurrence),
  },
  { header: 'Antal tillfällen', type: 'integer', width: 10, value: (r) => r.occurrences },
  { header: 'Frivillig', type: 'boolean', width: 9, value: (r) => r.voluntary },
  {
    header: 'Samråd',
    type: 'text',
    width: 14,
    value: (r) => inSwedish(CONSULTATION_STATUS_SV, r.consultationStatus),
  },
  {
    header: 'SKR:s ställningstagande',
    type: 'text',
    width: 24,
    value: (r) => inSwedish(SKR_OUTCOME_SV, r.skrOutcome),
  },
  {
    header: 'Nätverkets beslut',
    type: 'text',
    width: 16,
    value: (r) => inSwedish(NETWORK_DECISION_SV, r.networkDecision),
  },
  { header: 'Beräknad tid (h)', type: 'decimal', width: 14, value: (r) => r.estimatedHours },
  { header: 'Faktisk tid (h)', type: 'decimal', width: 14, value: (r) => r.realizedHours },
  { header: 'Kostnad (kr)', type: 'decimal', width: 14, value: (r) => r.costSek },
  { header: 'Öppna flaggor', type: 'text', width: 40, value: (r) => r.openFlags },
];

/** One survey as the export query returns it; the rounds come along as JSON. */
interface SurveySqlRow {
  id: string;
  reference: string;
  title: string;
  status: SurveyStatus;
  sent_at: Date | null;
  response_deadline: Date | null;
  recipient_scope: string;
  recipient_count: number;
  recurrence: Recurrence;
  occurrences: number;
  voluntary: boolean | null;
  estimated_minutes_per_response: number | null;
  follow_up_interview_count: number | null;
  follow_up_interview_minutes: number | null;
  consultation_status: string;
  skr_outcome: string | null;
  network_decision: string | null;
  open_flags: string[];
  agency_name: string;
  rounds: [sentAt: string, responses: number][];
}

const SELECTED: readonly [property: string, alias: string][] = [
  ['survey.id', 'id'],
  ['survey.reference', 'reference'],
  ['survey.title', 'title'],
  ['survey.status', 'status'],
  ['survey.sentAt', 'sent_at'],
  ['survey.responseDeadline', 'response_deadline'],
  ['survey.recipientScope', 'recipient_scope'],
  ['survey.recipientCount', 'recipient_count'],
  ['survey.recurrence', 'recurrence'],
  ['survey.occurrences', 'occurrences'],
  ['survey.voluntary', 'voluntary'],
  ['survey.estimatedMinutesPerResponse', 'estimated_minutes_per_response'],
  ['survey.followUpInterviewCount', 'follow_up_interview_count'],
  ['survey.followUpInterviewMinutes', 'follow_up_interview_minutes'],
  ['survey.consultationStatus', 'consultation_status'],
  ['survey.skrOutcome', 'skr_outcome'],
  ['survey.networkDecision', 'network_decision'],
  ['survey.openFlags', 'open_flags'],
  ['agency.name', 'agency_name'],
];

const ROUNDS_AS_JSON = `(SELECT coalesce(json_agg(json_build_array(r.sent_at, r.responses)), '[]'::json)
   FROM survey_rounds r WHERE r.survey_id = survey.id)`;

/**
 * Every survey matching the list filters (SurveysService.filtered), in batches by reference
 * (keyset on its unique index), read as plain rows with their rounds in the same statement. The
 * hours come from the pure rules, exactly as the survey resource shows them.
 */
@Injectable()
export class SurveyExportSource {
  constructor(
    private readonly surveys: SurveysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  batches(filter: SurveyFilterDto): AsyncGenerator<SurveyExportRow[]> {
    return keysetBatches(
      async (after: string | null) =>
        (await this.page(filter, after)).map((row) => this.toRow(row)),
      (row) => row.reference,
      EXPORT_BATCH_SIZE,
    );
  }

  private page(filter: SurveyFilterDto, after: string | null): Promise<SurveySqlRow[]> {
    const builder = this.surveys.filtered(filter).select(SELECTED[0][0], SELECTED[0][1]);
    for (const [property, alias] of SELECTED.slice(1)) builder.addSelect(property, alias);
    builder
      .addSelect(ROUNDS_AS_JSON, 'rounds')
      .orderBy('survey.reference', 'ASC')
      .limit(EXPORT_BATCH_SIZE);
    if (after !== null) builder.andWhere('survey.reference > :exportAfter', { exportAfter: after });
    return builder.getRawMany<SurveySqlRow>();
  }

  private toRow(row: SurveySqlRow): SurveyExportRow {
    const interviews =
      row.follow_up_interview_count !== null && row.follow_up_interview_minutes !== null
        ? { count: row.follow_up_interview_count, minutesEach: row.follow_up_interview_minutes }
        : null;
    const input: BurdenInput = {
      recipientCount: row.recipient_count,
      occurrences: row.occurrences,
      recurrence: row.recurrence,
      estimatedMinutesPerResponse: row.estimated_minutes_per_response,
      followUpInterviews: interviews,
      status: row.status,
      sentAt: row.sent_at,
      rounds: row.rounds.map(([sentAt, responses]) => ({ sentAt: new Date(sentAt), responses })),
    };
    const hasEstimate =
      row.estimated_minutes_per_response !== null || row.follow_up_interview_count !== null;
    const realized = realizedHours(input);
    return {
      reference: row.reference,
      title: row.title,
      agency: row.agency_name,
      status: row.status,
      sentAt: row.sent_at,
      responseDeadline: row.response_deadline,
      recipientScope: row.recipient_scope,
      recipientCount: row.recipient_count,
      recurrence: row.recurrence,
      occurrences: row.occurrences,
      voluntary: row.voluntary,
      consultationStatus: row.consultation_status,
      skrOutcome: row.skr_outcome,
      networkDecision: row.network_decision,
      estimatedHours: hasEstimate ? roundHours(estimatedHours(input)) : null,
      realizedHours: roundHours(realized),
      costSek: roundHours(costSek(realized, this.config.tariffSekPerHour)),
      openFlags: row.open_flags.join(', '),
    };
  }
}
