import type { CoverLetterFindingKind } from '../cover-letter/cover-letter.types';
import type { FlagCode } from '../flags/flag-codes';
import type { Verdict } from '../lookup/verdict';

/** Every flag as a sentence a social services chief understands. */
export const FLAG_SENTENCES: Readonly<Record<FlagCode, string>> = {
  SENT_WITHOUT_CONSULTATION: 'Skickad utan samråd med SKR',
  CONSULTATION_EXEMPTION_CLAIMED:
    'Skickad utan samråd med SKR; myndigheten hänvisar till ett undantag i förordningen som SKR granskar',
  CHANGED_AFTER_CONSULTATION: 'Frågor, mottagare eller metod ändrades efter samrådet med SKR',
  SENT_DESPITE_SKR_ADVICE: 'Skickad trots att SKR avrådde',
  SENT_DESPITE_NETWORK_DECLINE: 'Skickad trots att socialchefsnätverket avböjde den',
  COVER_LETTER_MISSING_CONSULTATION: 'Missivet säger inte att SKR har samråtts',
  VOLUNTARINESS_UNCLEAR: 'Missivet säger inte tydligt om det är frivilligt att svara',
  SHORT_RESPONSE_WINDOW: 'Kort svarstid: färre arbetsdagar än SKR rekommenderar',
  SENT_IN_BLACKOUT_PERIOD:
    'Skickad under en period då SKR bett myndigheterna att inte skicka enkäter',
  HIGH_BURDEN: 'Stor beräknad arbetsbörda för kommunerna',
  POSSIBLE_DUPLICATE: 'Liknar en annan enkät från samma myndighet eller till samma målgrupp',
  CONSULTATION_MISSING_BEFORE_SEND: 'Utskicket närmar sig men samråd med SKR har inte begärts',
  NETWORK_CHECK_MISSING: 'Socialchefsnätverket har inte granskat enkäten',
};

export function flagSentence(code: string): string {
  return (FLAG_SENTENCES as Record<string, string>)[code] ?? code;
}

/** "Samråd med SKR: …" */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  consulted: 'ja',
  consulted_advised_against: 'ja',
  not_consulted: 'nej',
  not_required: 'krävs inte',
  unknown: 'okänt',
};

export function verdictWords(verdict: string): string {
  return (VERDICT_WORDS as Record<string, string>)[verdict] ?? 'okänt';
}

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  no_objection: 'inga invändningar',
  changes_recommended: 'rekommenderade ändringar',
  advised_against: 'avrådde',
  withdrawn_by_agency: 'myndigheten drog tillbaka',
};

/** SKR's position after the latest completed consultation. */
export function outcomeWords(outcome: string | null): string {
  return outcome ? (OUTCOME_WORDS[outcome] ?? outcome) : 'inget besked';
}

const DECISION_WORDS: Readonly<Record<string, string>> = {
  approved: 'godkänd',
  declined: 'avböjd',
  noted: 'noterad',
};

export function networkDecisionWords(decision: string | null): string {
  return decision ? (DECISION_WORDS[decision] ?? decision) : 'ingen';
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  sent: 'skickad',
  closed: 'avslutad',
  withdrawn: 'dragen tillbaka före utskick',
};

export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

/**
 * "Frivillig att besvara": what is registered for the survey, else what the cover letter says.
 */
export function voluntaryWords(
  voluntary: boolean | null,
  coverLetterVoluntariness: string | null,
): 'ja' | 'nej' | 'oklart' {
  if (voluntary !== null) return voluntary ? 'ja' : 'nej';
  if (coverLetterVoluntariness === 'voluntary') return 'ja';
  if (coverLetterVoluntariness === 'mandatory') return 'nej';
  return 'oklart';
}

const METHOD_WORDS: Readonly<Record<string, string>> = {
  web_questionnaire: 'webbenkät',
  paper_questionnaire: 'pappersenkät',
  interview: 'intervjuer',
  register_extract: 'uttag ur register',
  other: 'annat sätt',
};

export function collectionMethodWords(method: string): string {
  return METHOD_WORDS[method] ?? method;
}

const SCOPE_WORDS: Readonly<Record<string, string>> = {
  all_municipalities: 'alla kommuner',
  all_regions: 'alla regioner',
  all_municipalities_and_regions: 'alla kommuner och regioner',
  selected: 'ett urval',
};

export function recipientScopeWords(scope: string): string {
  return SCOPE_WORDS[scope] ?? scope;
}

const RECURRENCE_WORDS: Readonly<Record<string, string>> = {
  once: 'en gång',
  weekly: 'varje vecka',
  monthly: 'varje månad',
  quarterly: 'varje kvartal',
  yearly: 'varje år',
};

export function recurrenceWords(recurrence: string): string {
  return RECURRENCE_WORDS[recurrence] ?? recurrence;
}

const EVIDENCE_WORDS: Readonly<Record<CoverLetterFindingKind, string>> = {
  consultation_stated: 'Säger att SKR har samråtts',
  consultation_denied: 'Säger att SKR inte har samråtts',
  voluntary_stated: 'Säger att det är frivilligt att svara',
  mandatory_stated: 'Säger att kommunen är skyldig att svara',
  voluntary_denied: 'Säger att det inte är frivilligt att svara',
  legal_basis: 'Anger lagstöd för skyldigheten att svara',
};

export function evidenceWords(kind: string): string {
  return (EVIDENCE_WORDS as Record<string, string>)[kind] ?? kind;
}

const EXEMPTION_WORDS: Readonly<Record<string, string>> = {
  obviously_unnecessary: 'samråd är uppenbart onödigt',
  contrary_to_purpose: 'samråd skulle motverka syftet med insamlingen',
  time_did_not_permit: 'tiden medgav inte samråd',
};

export function exemptionWords(ground: string): string {
  return EXEMPTION_WORDS[ground] ?? ground;
}

/** "en enkät", "2 enkäter" */
export function surveyCount(count: number): string {
  return count === 1 ? '1 enkät' : `${count} enkäter`;
}
