import { api } from '../support/api';
import { scenario } from '../support/scenario';
import type { TestApp } from '../support/test-app';

/** The seed cases as the public pages show them; references by case. */
export interface PublicCases {
  cve: string;
  socialstyrelsen: string;
  dalarna: string;
  withdrawn: string;
  draft: string;
  hostileTitle: string;
}

export const HOSTILE_TITLE = '<script>alert("xss")</script> Enkät om <b>skolmiljö</b> & trivsel';

export const SOCIALSTYRELSEN_LETTER =
  'Hej! Socialstyrelsen undersöker arbetsvillkoren för första linjens chefer. ' +
  'Samråd har skett med Sveriges Kommuner och Regioner (SKR). ' +
  'Det är frivilligt att besvara enkäten.';

/** Builds the cases through the API as SKR's staff would; FLAG_SCAN_INTERVAL_SECONDS=0 helps. */
export async function seedPublicCases(t: TestApp): Promise<PublicCases> {
  const s = scenario(t);
  const cve = await s.agency('cve');
  const socialstyrelsen = await s.agency('socialstyrelsen');
  const myva = await s.agency('myva');
  const dalarna = await s.agency('regionDalarna');
  const network = await s.network();

  const cveSurvey = await s.survey(cve, {
    title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
    purpose: 'Kartlägga hur kommunerna arbetar mot våldsbejakande extremism',
    plannedSendDate: '2021-02-01',
    voluntary: null,
    responseDeadline: '2021-03-01T23:59:00+01:00',
  });
  await s.send(cveSurvey.id, '2021-02-01T09:00:00+01:00');

  const sos = await s.survey(socialstyrelsen, {
    title: 'Enkät om första linjens chefer i socialtjänsten',
    plannedSendDate: '2021-04-06',
    coverLetterText: SOCIALSTYRELSEN_LETTER,
    responseDeadline: '2021-05-07T12:00:00+02:00',
  });
  await s.consult(sos.id, '2021-03-22T10:00:00+01:00', {
    completedAt: '2021-04-06T09:00:00+02:00',
    outcome: 'advised_against',
  });
  await s.review(sos.id, network, '2021-04-08', 'noted');
  await s.send(sos.id, '2021-04-06T15:00:00+02:00');

  const dalarnaRequest = await s.survey(dalarna, {
    title: 'Frågor om läget i socialtjänsten',
    plannedSendDate: '2020-09-25',
    recipientScope: 'selected',
    recipientCodes: ['2021', '2023', '2026'],
    responseDeadline: '2020-09-28T12:00:00+02:00',
  });
  await s.send(dalarnaRequest.id, '2020-09-25T15:00:00+02:00');

  const withdrawn = await s.survey(myva, {
    title: 'Enkät om samverkan kring äldre',
    plannedSendDate: '2020-06-01',
  });
  await s.consult(withdrawn.id, '2020-05-04T10:00:00+02:00', {
    completedAt: '2020-05-12T10:00:00+02:00',
    outcome: 'withdrawn_by_agency',
  });
  await api(t)
    .post(`/api/v1/surveys/${withdrawn.id}/withdraw`, {
      reason: 'Befintlig statistik och intervjuer räcker',
      replacedByExistingData: true,
    })
    .expect(200);

  const draft = await s.survey(socialstyrelsen, {
    title: 'Utkast om hemlöshet i socialtjänsten',
    plannedSendDate: '2021-09-01',
  });

  const hostile = await s.survey(cve, { title: HOSTILE_TITLE, plannedSendDate: '2021-03-01' });
  await s.send(hostile.id, '2021-03-01T09:00:00+01:00');

  return {
    cve: cveSurvey.reference as string,
    socialstyrelsen: sos.reference as string,
    dalarna: dalarnaRequest.reference as string,
    withdrawn: withdrawn.reference as string,
    draft: draft.reference as string,
    hostileTitle: hostile.reference as string,
  };
}
