import { scenario } from '../support/scenario';
import {
  caseAgencies,
  cveUnconsulted,
  dalarnaAsksItsMunicipalities,
  myvaWithdrawn,
  sentDespiteSkrAdvice,
} from '../support/seed-cases';
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
  const { cve, socialstyrelsen, myva, regionDalarna, network } = await caseAgencies(t);

  const cveSurvey = await cveUnconsulted(t, cve, {
    survey: {
      purpose: 'Kartlägga hur kommunerna arbetar mot våldsbejakande extremism',
      voluntary: null,
      responseDeadline: '2021-03-01T23:59:00+01:00',
    },
  });
  const sos = await sentDespiteSkrAdvice(t, socialstyrelsen, {
    survey: {
      coverLetterText: SOCIALSTYRELSEN_LETTER,
      responseDeadline: '2021-05-07T12:00:00+02:00',
    },
    review: { networkId: network, meetingDate: '2021-04-08', decision: 'noted' },
  });
  const dalarnaRequest = await dalarnaAsksItsMunicipalities(t, regionDalarna);
  const withdrawn = await myvaWithdrawn(t, myva);

  const draft = await s.survey(socialstyrelsen, {
    title: 'Utkast om hemlöshet i socialtjänsten',
    plannedSendDate: '2021-09-01',
  });

  const hostile = await s.survey(cve, { title: HOSTILE_TITLE, plannedSendDate: '2021-03-01' });
  await s.send(hostile.id, '2021-03-01T09:00:00+01:00');

  return {
    cve: cveSurvey.reference,
    socialstyrelsen: sos.reference,
    dalarna: dalarnaRequest.reference,
    withdrawn: withdrawn.reference,
    draft: draft.reference as string,
    hostileTitle: hostile.reference as string,
  };
}
