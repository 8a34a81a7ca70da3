import { api } from './api';
import { scenario } from './scenario';
import type { TestApp } from './test-app';

type Body = Record<string, unknown>;

/** A survey as the API answers for it: what the specs look at. */
export type SurveyResource = Body & { id: string; reference: string; openFlags: string[] };

/** SKR's consultation: when it was requested, then what completing it sets. */
export type Consultation = { requestedAt: string } & Body;

export interface NetworkReview {
  networkId: string;
  meetingDate: string;
  decision: string;
}

/**
 * Variants of a seed case: survey fields, consultation fields and the send instant are
 * merged over the case's own, so a spec only names what it needs to be different.
 */
export interface CaseOptions {
  survey?: Body;
  consultation?: Partial<Consultation>;
  sentAt?: string;
}

interface Steps {
  consultation?: Consultation;
  review?: NetworkReview;
  sentAt?: string;
}

/** Creates the survey, then consults SKR, has the network review it and sends it (each if given). */
async function surveyThrough(
  t: TestApp,
  agencyId: string,
  survey: Body,
  { consultation, review, sentAt }: Steps,
): Promise<SurveyResource> {
  const s = scenario(t);
  const created = (await s.survey(agencyId, survey)) as SurveyResource;
  if (consultation) {
    const { requestedAt, ...completion } = consultation;
    await s.consult(created.id, requestedAt, completion);
  }
  if (review) await s.review(created.id, review.networkId, review.meetingDate, review.decision);
  if (!sentAt) return created;
  return (await s.send(created.id, sentAt)) as SurveyResource;
}

/** The agencies of the seed cases and the network of social services chiefs, created in that order. */
export async function caseAgencies(t: TestApp) {
  const s = scenario(t);
  return {
    cve: await s.agency('cve'),
    socialstyrelsen: await s.agency('socialstyrelsen'),
    myva: await s.agency('myva'),
    regionDalarna: await s.agency('regionDalarna'),
    network: await s.network(),
  };
}

/** Case 1: CVE maps the work against violent extremism in all municipalities, unconsulted. */
export function cveUnconsulted(
  t: TestApp,
  cveId: string,
  options: Omit<CaseOptions, 'consultation'> = {},
): Promise<SurveyResource> {
  return surveyThrough(
    t,
    cveId,
    {
      title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
      plannedSendDate: '2021-02-01',
      ...options.survey,
    },
    { sentAt: options.sentAt ?? '2021-02-01T09:00:00+01:00' },
  );
}

/**
 * Case 2: Socialstyrelsen sends its survey of first-line managers the day SKR advised
 * against it; `review` records a network meeting before the send.
 */
export function sentDespiteSkrAdvice(
  t: TestApp,
  socialstyrelsenId: string,
  options: CaseOptions & { review?: NetworkReview } = {},
): Promise<SurveyResource> {
  return surveyThrough(
    t,
    socialstyrelsenId,
    {
      title: 'Enkät om första linjens chefer i socialtjänsten',
      plannedSendDate: '2021-04-06',
      ...options.survey,
    },
    {
      consultation: {
        requestedAt: '2021-03-22T10:00:00+01:00',
        completedAt: '2021-04-06T09:00:00+02:00',
        outcome: 'advised_against',
        ...options.consultation,
      },
      review: options.review,
      sentAt: options.sentAt ?? '2021-04-06T15:00:00+02:00',
    },
  );
}

/** SKR had no objection, then the network declined at its meeting, and the survey went out. */
export function consultedFirstNetworkDeclined(
  t: TestApp,
  socialstyrelsenId: string,
  networkId: string,
): Promise<SurveyResource> {
  return surveyThrough(
    t,
    socialstyrelsenId,
    { title: 'Kompetensförsörjning i socialtjänsten', plannedSendDate: '2020-09-15' },
    {
      consultation: {
        requestedAt: '2020-08-20T10:00:00+02:00',
        completedAt: '2020-09-01T10:00:00+02:00',
        outcome: 'no_objection',
      },
      review: { networkId, meetingDate: '2020-09-10', decision: 'declined' },
      sentAt: '2020-09-15T09:00:00+02:00',
    },
  );
}

/** Myva sends first and asks SKR afterwards; SKR completes the consultation a week later. */
export async function myvaConsultedLate(t: TestApp, myvaId: string): Promise<SurveyResource> {
  const sent = await surveyThrough(
    t,
    myvaId,
    { title: 'Uppföljning av äldreomsorgens digitalisering', plannedSendDate: '2021-05-03' },
    { sentAt: '2021-05-03T09:00:00+02:00' },
  );
  await scenario(t).consult(sent.id, '2021-04-20T10:00:00+02:00', {
    completedAt: '2021-05-10T10:00:00+02:00',
    outcome: 'no_objection',
  });
  return sent;
}

/**
 * Case 3: after consulting SKR, Myva withdraws its survey and uses existing data instead.
 * Answers with the withdrawn survey.
 */
export async function myvaWithdrawn(
  t: TestApp,
  myvaId: string,
  options: Omit<CaseOptions, 'sentAt'> & { reason?: string } = {},
): Promise<SurveyResource> {
  const survey = await surveyThrough(
    t,
    myvaId,
    { title: 'Enkät om samverkan kring äldre', plannedSendDate: '2020-06-01', ...options.survey },
    {
      consultation: {
        requestedAt: '2020-05-04T10:00:00+02:00',
        completedAt: '2020-05-12T10:00:00+02:00',
        outcome: 'withdrawn_by_agency',
        ...options.consultation,
      },
    },
  );
  return (
    await api(t)
      .post(`/api/v1/surveys/${survey.id}/withdraw`, {
        reason: options.reason ?? 'Befintlig statistik och intervjuer räcker',
        replacedByExistingData: true,
      })
      .expect(200)
  ).body as SurveyResource;
}

/**
 * Case 6: Region Dalarna asks its municipalities on a Friday afternoon for answers by
 * Monday noon. A region owes no consultation.
 */
export function dalarnaAsksItsMunicipalities(
  t: TestApp,
  regionId: string,
  options: Omit<CaseOptions, 'consultation' | 'sentAt'> = {},
): Promise<SurveyResource> {
  return surveyThrough(
    t,
    regionId,
    {
      title: 'Frågor om läget i socialtjänsten',
      plannedSendDate: '2020-09-25',
      recipientScope: 'selected',
      recipientCodes: ['2021', '2023', '2026'],
      responseDeadline: '2020-09-28T12:00:00+02:00',
      ...options.survey,
    },
    { sentAt: '2020-09-25T15:00:00+02:00' },
  );
}

/** Arbetsförmedlingen ("AF"), a state agency of its own, sends unconsulted in 2019. */
export async function arbetsformedlingenUnconsulted(t: TestApp): Promise<SurveyResource> {
  const af = await scenario(t).agency('arbetsformedlingen');
  return surveyThrough(
    t,
    af,
    { title: 'Kommunernas arbetsmarknadsinsatser för unga', plannedSendDate: '2019-10-01' },
    { sentAt: '2019-10-01T09:00:00+02:00' },
  );
}

/**
 * Case 5: the weekly situation report during the pandemic, 40 rounds planned to all 290
 * municipalities; `rounds` are the ones answered so far (253, then 239 of 290).
 */
export async function weeklySituationReport(
  t: TestApp,
  socialstyrelsenId: string,
  options: CaseOptions & {
    rounds?: readonly (readonly [sentAt: string, responses: number])[];
  } = {},
): Promise<SurveyResource> {
  const survey = await surveyThrough(
    t,
    socialstyrelsenId,
    {
      title: 'Lägesrapport socialtjänsten under pandemin',
      recurrence: 'weekly',
      occurrences: 40,
      estimatedMinutesPerResponse: 30,
      plannedSendDate: '2020-04-01',
      ...options.survey,
    },
    {
      consultation: {
        requestedAt: '2020-03-20T10:00:00+01:00',
        completedAt: '2020-03-27T10:00:00+01:00',
        outcome: 'no_objection',
        ...options.consultation,
      },
      sentAt: options.sentAt ?? '2020-04-01T09:00:00+02:00',
    },
  );
  const rounds = options.rounds ?? [
    ['2020-04-01T09:00:00+02:00', 253],
    ['2020-04-08T09:00:00+02:00', 239],
  ];
  for (const [sentAt, responses] of rounds) {
    await api(t).post(`/api/v1/surveys/${survey.id}/rounds`, { sentAt, responses }).expect(201);
  }
  return survey;
}

/**
 * Case 4, up to SKR's answer: the competence-supply survey to 100 municipalities with
 * follow-up interviews in 20 of them, consulted with SKR, who recommended changes. Answers
 * with the survey as created.
 */
export async function competenceSupplyConsulted(
  t: TestApp,
  socialstyrelsenId: string,
  options: Pick<CaseOptions, 'consultation'> = {},
): Promise<SurveyResource> {
  const codes = (
    await api(t).get('/api/v1/local-authorities?kind=municipality&limit=100').expect(200)
  ).body.items.map((item: { code: string }) => item.code);
  return surveyThrough(
    t,
    socialstyrelsenId,
    {
      title: 'Kompetensförsörjning inom socialtjänsten',
      recipientScope: 'selected',
      recipientCodes: codes,
      estimatedMinutesPerResponse: 45,
      followUpInterviews: { count: 20, minutesEach: 90 },
      plannedSendDate: '2020-09-28',
    },
    {
      consultation: {
        requestedAt: '2020-09-01T10:00:00+02:00',
        completedAt: '2020-09-10T10:00:00+02:00',
        outcome: 'changes_recommended',
        ...options.consultation,
      },
    },
  );
}

/** Case 4 in full: the network declines on 25 September and the survey goes out anyway. */
export async function competenceSupply(
  t: TestApp,
  socialstyrelsenId: string,
  networkId: string,
): Promise<SurveyResource> {
  const survey = await competenceSupplyConsulted(t, socialstyrelsenId);
  const s = scenario(t);
  await s.review(survey.id, networkId, '2020-09-25', 'declined');
  return (await s.send(survey.id, '2020-09-28T09:00:00+02:00')) as SurveyResource;
}
