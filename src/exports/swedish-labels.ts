/** The words a Swedish reader of an export sees for the API's enumerations. */

export const SURVEY_STATUS_SV: Readonly<Record<string, string>> = {
  draft: 'Utkast',
  sent: 'Skickad',
  closed: 'Avslutad',
  withdrawn: 'Återkallad',
};

export const RECIPIENT_SCOPE_SV: Readonly<Record<string, string>> = {
  all_municipalities: 'Alla kommuner',
  all_regions: 'Alla regioner',
  all_municipalities_and_regions: 'Alla kommuner och regioner',
  selected: 'Urval',
};

export const RECURRENCE_SV: Readonly<Record<string, string>> = {
  once: 'En gång',
  weekly: 'Varje vecka',
  monthly: 'Varje månad',
  quarterly: 'Varje kvartal',
  yearly: 'Varje år',
};

export const CONSULTATION_STATUS_SV: Readonly<Record<string, string>> = {
  none: 'Inget samråd',
  requested: 'Begärt',
  completed: 'Genomfört',
};

export const SKR_OUTCOME_SV: Readonly<Record<string, string>> = {
  no_objection: 'Inga invändningar',
  changes_recommended: 'Ändringar rekommenderas',
  advised_against: 'Avråder',
  withdrawn_by_agency: 'Myndigheten avstod',
};

export const NETWORK_DECISION_SV: Readonly<Record<string, string>> = {
  approved: 'Godkänd',
  declined: 'Avböjd',
  noted: 'Noterad',
};

export const CONSULTATION_TOPIC_SV: Readonly<Record<string, string>> = {
  collection_method: 'insamlingsmetod',
  target_group: 'målgrupp',
  questions: 'frågor',
  data_sensitivity: 'uppgifternas känslighet',
  timing: 'tidpunkt',
  burden: 'uppgiftslämnarbörda',
  existing_sources: 'befintliga källor',
};

/** null stays empty; a value without a Swedish word is shown as it is rather than hidden. */
export function inSwedish(
  words: Readonly<Record<string, string>>,
  value: string | null,
): string | null {
  if (value === null) return null;
  return words[value] ?? value;
}
