/** Agencies and surveys from the seed cases (shared/docs/domain.md), as request bodies. */

export const AGENCIES = {
  socialstyrelsen: {
    name: 'Socialstyrelsen',
    shortName: 'SoS',
    orgNumber: '202100-5554',
    kind: 'state_agency',
  },
  cve: { name: 'Center mot våldsbejakande extremism', shortName: 'CVE', kind: 'state_agency' },
  myva: {
    name: 'Myndigheten för vård- och omsorgsanalys',
    shortName: 'Myva',
    kind: 'state_agency',
  },
  regionDalarna: { name: 'Region Dalarna', kind: 'region' },
  arbetsformedlingen: { name: 'Arbetsförmedlingen', shortName: 'AF', kind: 'state_agency' },
  inquiry: { name: 'Utredningen om en ny socialtjänstlag', kind: 'committee' },
} as const;

export function surveyBody(agencyId: string, overrides: Record<string, unknown> = {}) {
  return {
    agencyId,
    title: 'Enkät om första linjens chefer i socialtjänsten',
    purpose: 'Kartlägga arbetsvillkor för första linjens chefer',
    targetRole: 'socialchef',
    collectionMethod: 'web_questionnaire',
    recipientScope: 'all_municipalities',
    questionCount: 9,
    estimatedMinutesPerResponse: 30,
    voluntary: true,
    plannedSendDate: '2021-04-06',
    ...overrides,
  };
}

/** Case 4: competence supply, 100 municipalities plus follow-up interviews in about 20. */
export const HUNDRED_MUNICIPALITIES_NOT_IN_DALARNA = (codes: string[]) =>
  codes.filter((code) => !code.startsWith('20')).slice(0, 100);
