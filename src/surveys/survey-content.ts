import { Survey } from './survey.entity';

/** Fields whose change after a consultation means SKR has not seen the survey as it is. */
export const CONSULTED_CONTENT_FIELDS = [
  'collectionMethod',
  'recipientScope',
  'recipientCodes',
  'questionCount',
  'followUpInterviewCount',
  'followUpInterviewMinutes',
] as const satisfies readonly (keyof Survey)[];

export const AUDITED_SURVEY_FIELDS = [
  'agencyId',
  'title',
  'purpose',
  'governmentAssignment',
  'targetRole',
  'mandate',
  ...CONSULTED_CONTENT_FIELDS,
  'recipientCount',
  'estimatedMinutesPerResponse',
  'recurrence',
  'occurrences',
  'voluntary',
  'legalBasis',
  'sensitiveData',
  'plannedSendDate',
  'responseDeadline',
  'coverLetterText',
  'conductedBy',
  'exemptionGround',
  'exemptionNote',
  'status',
  'sentAt',
  'closedAt',
  'withdrawnAt',
  'withdrawnReason',
  'replacedByExistingData',
] as const satisfies readonly (keyof Survey)[];
