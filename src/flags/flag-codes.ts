import type { FlagSeverity } from './flag.entity';

/** Every flag code, in the order of the domain table; findings and lists keep this order. */
export const FLAG_CODES = [
  'SENT_WITHOUT_CONSULTATION',
  'CONSULTATION_EXEMPTION_CLAIMED',
  'CHANGED_AFTER_CONSULTATION',
  'SENT_DESPITE_SKR_ADVICE',
  'SENT_DESPITE_NETWORK_DECLINE',
  'COVER_LETTER_MISSING_CONSULTATION',
  'VOLUNTARINESS_UNCLEAR',
  'SHORT_RESPONSE_WINDOW',
  'SENT_IN_BLACKOUT_PERIOD',
  'HIGH_BURDEN',
  'POSSIBLE_DUPLICATE',
  'CONSULTATION_MISSING_BEFORE_SEND',
  'NETWORK_CHECK_MISSING',
] as const;

export type FlagCode = (typeof FLAG_CODES)[number];

export const FLAG_SEVERITY: Readonly<Record<FlagCode, FlagSeverity>> = {
  SENT_WITHOUT_CONSULTATION: 'critical',
  CONSULTATION_EXEMPTION_CLAIMED: 'warning',
  CHANGED_AFTER_CONSULTATION: 'warning',
  SENT_DESPITE_SKR_ADVICE: 'warning',
  SENT_DESPITE_NETWORK_DECLINE: 'warning',
  COVER_LETTER_MISSING_CONSULTATION: 'warning',
  VOLUNTARINESS_UNCLEAR: 'warning',
  SHORT_RESPONSE_WINDOW: 'warning',
  SENT_IN_BLACKOUT_PERIOD: 'warning',
  HIGH_BURDEN: 'info',
  POSSIBLE_DUPLICATE: 'info',
  CONSULTATION_MISSING_BEFORE_SEND: 'warning',
  NETWORK_CHECK_MISSING: 'info',
};

/**
 * Flags about the duty to consult under SFS 1982:668, which binds only state agencies;
 * committees, agencies under the Riksdag, regions and the rest never get them.
 */
export const ORDINANCE_FLAG_CODES: readonly FlagCode[] = [
  'SENT_WITHOUT_CONSULTATION',
  'CONSULTATION_EXEMPTION_CLAIMED',
  'CHANGED_AFTER_CONSULTATION',
  'COVER_LETTER_MISSING_CONSULTATION',
  'CONSULTATION_MISSING_BEFORE_SEND',
  'NETWORK_CHECK_MISSING',
];
