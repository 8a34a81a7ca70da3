import type { CoverLetterEvidence } from '../cover-letter/cover-letter.types';
import { PUBLIC_STATUS_SQL } from './lookup-sql';
import type { PublicSurveyRow } from './lookup-row';
import { type LookupItem, toLookupItem } from './lookup.response';

export interface PublicConsultation {
  organisation: string;
  requestedAt: string;
  completedAt: string | null;
  outcome: string | null;
}

export interface PublicNetworkReview {
  network: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  decision: string;
}

/** Everything the public page of one survey shows: the lookup item and the record behind it. */
export interface PublicSurvey extends LookupItem {
  purpose: string | null;
  targetRole: string | null;
  collectionMethod: string;
  recipientScope: string;
  questionCount: number | null;
  estimatedMinutesPerResponse: number | null;
  recurrence: string;
  occurrences: number;
  legalBasis: string | null;
  conductedBy: string | null;
  exemptionGround: string | null;
  withdrawnReason: string | null;
  coverLetterEvidence: CoverLetterEvidence[];
  consultations: PublicConsultation[];
  networkReviews: PublicNetworkReview[];
}

export interface PublicSurveyDetailRow extends PublicSurveyRow {
  purpose: string | null;
  target_role: string | null;
  collection_method: string;
  recipient_scope: string;
  question_count: number | null;
  estimated_minutes_per_response: number | null;
  recurrence: string;
  occurrences: number;
  legal_basis: string | null;
  conducted_by: string | null;
  exemption_ground: string | null;
  withdrawn_reason: string | null;
  consultations: PublicConsultation[] | null;
  network_reviews: PublicNetworkReview[] | null;
}

/** One public survey by reference, its consultations and reviews aggregated in the same row. */
export const PUBLIC_SURVEY_SQL = `
SELECT s.reference, s.title, s.status, s.sent_at, s.response_deadline, s.voluntary,
       s.recipient_count, s.cover_letter, s.consultation_status, s.network_decision, s.open_flags,
       s.purpose, s.target_role, s.collection_method, s.recipient_scope, s.question_count,
       s.estimated_minutes_per_response, s.recurrence, s.occurrences, s.legal_basis,
       s.conducted_by, s.exemption_ground, s.withdrawn_reason,
       a.name AS agency_name, a.short_name AS agency_short_name, a.kind AS agency_kind,
       (SELECT json_agg(json_build_object('completedAt', k.completed_at, 'outcome', k.outcome)
                        ORDER BY k.completed_at, k.requested_at, k.id)
          FROM consultations k
         WHERE k.survey_id = s.id AND k.completed_at IS NOT NULL) AS completed_consultations,
       (SELECT json_agg(json_build_object('organisation', k.consulted_organisation,
                                          'requestedAt', k.requested_at,
                                          'completedAt', k.completed_at,
                                          'outcome', k.outcome)
                        ORDER BY k.requested_at, k.id)
          FROM consultations k
         WHERE k.survey_id = s.id) AS consultations,
       (SELECT json_agg(json_build_object('network', n.name, 'meetingDate', r.meeting_date,
                                          'decision', r.decision)
                        ORDER BY r.meeting_date, r.created_at, r.id)
          FROM network_reviews r JOIN networks n ON n.id = r.network_id
         WHERE r.survey_id = s.id) AS network_reviews
FROM surveys s
JOIN agencies a ON a.id = s.agency_id
WHERE s.reference = $1 AND ${PUBLIC_STATUS_SQL}`;

function isoFromJson(value: string | null): string | null {
  return value ? new Date(value).toISOString() : null;
}

export function toPublicSurvey(row: PublicSurveyDetailRow): PublicSurvey {
  return {
    ...toLookupItem(row),
    purpose: row.purpose,
    targetRole: row.target_role,
    collectionMethod: row.collection_method,
    recipientScope: row.recipient_scope,
    questionCount: row.question_count,
    estimatedMinutesPerResponse: row.estimated_minutes_per_response,
    recurrence: row.recurrence,
    occurrences: row.occurrences,
    legalBasis: row.legal_basis,
    conductedBy: row.conducted_by,
    exemptionGround: row.exemption_ground,
    withdrawnReason: row.withdrawn_reason,
    coverLetterEvidence: row.cover_letter?.evidence ?? [],
    consultations: (row.consultations ?? []).map((consultation) => ({
      organisation: consultation.organisation,
      requestedAt: isoFromJson(consultation.requestedAt)!,
      completedAt: isoFromJson(consultation.completedAt),
      outcome: consultation.outcome,
    })),
    networkReviews: row.network_reviews ?? [],
  };
}
