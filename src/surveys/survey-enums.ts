export const SURVEY_STATUSES = ['draft', 'sent', 'closed', 'withdrawn'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const COLLECTION_METHODS = [
  'web_questionnaire',
  'paper_questionnaire',
  'interview',
  'register_extract',
  'other',
] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];

export const RECIPIENT_SCOPES = [
  'all_municipalities',
  'all_regions',
  'all_municipalities_and_regions',
  'selected',
] as const;
export type RecipientScope = (typeof RECIPIENT_SCOPES)[number];

export const RECURRENCES = ['once', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const MANDATES = [
  'government_assignment',
  'appropriation_directive',
  'statutory',
  'own_initiative',
] as const;
export type Mandate = (typeof MANDATES)[number];

export const EXEMPTION_GROUNDS = [
  'obviously_unnecessary',
  'contrary_to_purpose',
  'time_did_not_permit',
] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

export const CONSULTATION_STATUSES = ['none', 'requested', 'completed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
