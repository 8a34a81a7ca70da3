import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS } from '../agencies/agency-kind';
import { isoOrNull } from '../common/dates';
import { CONSULTATION_OUTCOMES } from '../consultations/consultation-enums';
import { FLAG_CODES } from '../flags/flag-codes';
import { NETWORK_DECISIONS } from '../network-reviews/network-review.entity';
import { CONSULTATION_STATUSES, SURVEY_STATUSES } from '../surveys/survey-enums';
import { completedConsultationsOf, type PublicSurveyRow } from './lookup-row';
import { consultationVerdict, latestCompletedConsultation, VERDICTS } from './verdict';

export class LookupAgency {
  @ApiProperty({ example: 'Center mot våldsbejakande extremism' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'CVE' }) shortName: string | null;
  @ApiProperty({ enum: AGENCY_KINDS, description: 'Only state_agency is bound by SFS 1982:668' })
  kind: string;
}

export class LookupConsultation {
  @ApiProperty({ enum: CONSULTATION_STATUSES }) status: string;
  @ApiProperty({
    enum: CONSULTATION_OUTCOMES,
    nullable: true,
    description: 'Outcome of the latest completed consultation',
  })
  outcome: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
}

export class LookupCoverLetter {
  @ApiProperty({ description: 'The cover letter states that SKR was consulted' })
  statesConsultation: boolean;
  @ApiProperty({ enum: ['voluntary', 'mandatory', 'unclear'] }) voluntariness: string;
}

export class LookupItem {
  @ApiProperty({ example: 'ENK-2021-0042' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: LookupAgency }) agency: LookupAgency;
  @ApiProperty({ enum: SURVEY_STATUSES.filter((status) => status !== 'draft') }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  responseDeadline: string | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'As registered for the survey; null = not known (see coverLetter.voluntariness)',
  })
  voluntary: boolean | null;
  @ApiProperty({ example: 290 }) recipientCount: number;
  @ApiProperty({ type: LookupCoverLetter, nullable: true, description: 'What the letter says' })
  coverLetter: LookupCoverLetter | null;
  @ApiProperty({ type: LookupConsultation }) consultation: LookupConsultation;
  @ApiProperty({ enum: NETWORK_DECISIONS, nullable: true })
  networkDecision: string | null;
  @ApiProperty({
    enum: VERDICTS,
    description:
      'consulted / consulted_advised_against: a consultation was completed by the send day; ' +
      'not_consulted: sent without one; not_required: the sender is not a state agency',
  })
  verdict: string;
  @ApiProperty({ enum: FLAG_CODES, isArray: true, example: ['SENT_WITHOUT_CONSULTATION'] })
  openFlags: string[];
}

/** Explicit mapping from a stored row to the public contract. */
export function toLookupItem(row: PublicSurveyRow): LookupItem {
  const completed = completedConsultationsOf(row);
  const latest = latestCompletedConsultation(completed);
  return {
    reference: row.reference,
    title: row.title,
    agency: { name: row.agency_name, shortName: row.agency_short_name, kind: row.agency_kind },
    status: row.status,
    sentAt: isoOrNull(row.sent_at),
    responseDeadline: isoOrNull(row.response_deadline),
    voluntary: row.voluntary,
    recipientCount: row.recipient_count,
    coverLetter: row.cover_letter
      ? {
          statesConsultation: row.cover_letter.statesConsultation,
          voluntariness: row.cover_letter.voluntariness,
        }
      : null,
    consultation: {
      status: row.consultation_status,
      outcome: latest?.outcome ?? null,
      completedAt: isoOrNull(latest?.completedAt),
    },
    networkDecision: row.network_decision,
    verdict: consultationVerdict({
      agencyKind: row.agency_kind,
      status: row.status,
      sentAt: row.sent_at,
      completedConsultations: completed,
    }),
    openFlags: row.open_flags,
  };
}
