export const CONSULTATION_OUTCOMES = [
  'no_objection',
  'changes_recommended',
  'advised_against',
  'withdrawn_by_agency',
] as const;
export type ConsultationOutcome = (typeof CONSULTATION_OUTCOMES)[number];

export const CONSULTATION_TOPICS = [
  'collection_method',
  'target_group',
  'questions',
  'data_sensitivity',
  'timing',
  'burden',
  'existing_sources',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];
