import type { FlagCode } from '../flags/flag-codes';

/**
 * Short names for chart labels. The public pages' FLAG_SENTENCES (web/swedish-words.ts) explain
 * each flag in a sentence, too long for a bar label; the dashboard's tables show both.
 */
export const FLAG_LABELS_SV: Readonly<Record<FlagCode, string>> = {
  SENT_WITHOUT_CONSULTATION: 'Skickad utan samråd',
  CONSULTATION_EXEMPTION_CLAIMED: 'Undantag från samråd åberopat',
  CHANGED_AFTER_CONSULTATION: 'Ändrad efter samrådet',
  SENT_DESPITE_SKR_ADVICE: 'Skickad trots SKR:s avrådan',
  SENT_DESPITE_NETWORK_DECLINE: 'Skickad trots nätverkets nej',
  COVER_LETTER_MISSING_CONSULTATION: 'Missivet nämner inte samråd',
  VOLUNTARINESS_UNCLEAR: 'Oklart om svaret är frivilligt',
  SHORT_RESPONSE_WINDOW: 'Kort svarstid',
  SENT_IN_BLACKOUT_PERIOD: 'Skickad under uppehåll',
  HIGH_BURDEN: 'Hög uppgiftsbörda',
  POSSIBLE_DUPLICATE: 'Möjlig dubblett',
  CONSULTATION_MISSING_BEFORE_SEND: 'Samråd saknas inför utskick',
  NETWORK_CHECK_MISSING: 'Nätverket har inte granskat',
};

export const SEVERITY_LABELS_SV = {
  critical: 'kritisk',
  warning: 'varning',
  info: 'information',
} as const;
