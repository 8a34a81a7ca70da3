import type { AgencyKind } from '../agencies/agency-kind';
import type { CoverLetterAnalysis } from '../cover-letter/cover-letter.types';
import type { ConsultationStatus, SurveyStatus } from '../surveys/survey-enums';
import type { CompletedConsultationFact } from './verdict';

/** One public survey as the lookup statements return it (snake_case, as PostgreSQL names it). */
export interface PublicSurveyRow {
  reference: string;
  title: string;
  status: SurveyStatus;
  sent_at: Date | null;
  response_deadline: Date | null;
  voluntary: boolean | null;
  recipient_count: number;
  cover_letter: CoverLetterAnalysis | null;
  consultation_status: ConsultationStatus;
  network_decision: string | null;
  open_flags: string[];
  agency_name: string;
  agency_short_name: string | null;
  agency_kind: AgencyKind;
  /** json_agg of the completed consultations, oldest completion first; null when none. */
  completed_consultations: { completedAt: string; outcome: string | null }[] | null;
}

/** The count row of a page comes back even when the page is empty: then only `total` is set. */
export type LookupPageRow = { total: number } & (PublicSurveyRow | { reference: null });

export function completedConsultationsOf(row: PublicSurveyRow): CompletedConsultationFact[] {
  return (row.completed_consultations ?? []).map((consultation) => ({
    completedAt: new Date(consultation.completedAt),
    outcome: consultation.outcome,
  }));
}
