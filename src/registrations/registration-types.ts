export const REGISTRATION_TYPES = [
  'survey_received',
  'consultation_requested',
  'consultation_decided',
] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];
