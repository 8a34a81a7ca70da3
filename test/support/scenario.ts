import { api } from './api';
import { AGENCIES, surveyBody } from './fixtures';
import type { TestApp } from './test-app';

type Body = Record<string, unknown>;

/** Builds the seed cases through the public API, step by step, as SKR's staff would. */
export function scenario(t: TestApp) {
  const http = () => api(t);
  return {
    async agency(key: keyof typeof AGENCIES): Promise<string> {
      return (await http().post('/api/v1/agencies', AGENCIES[key]).expect(201)).body.id;
    },
    async network(name = 'Socialchefsnätverket'): Promise<string> {
      return (await http().post('/api/v1/networks', { name, scope: 'national' }).expect(201)).body
        .id;
    },
    async survey(agencyId: string, overrides: Body = {}): Promise<Body & { id: string }> {
      return (await http().post('/api/v1/surveys', surveyBody(agencyId, overrides)).expect(201))
        .body;
    },
    async consult(surveyId: string, requestedAt: string, completion?: Body): Promise<Body> {
      const consultation = (
        await http()
          .post(`/api/v1/surveys/${surveyId}/consultations`, {
            requestedAt,
            skrCaseNumber: 'SKR 2021/00042',
          })
          .expect(201)
      ).body;
      if (!completion) return consultation;
      return (
        await http().patch(`/api/v1/consultations/${consultation.id}`, completion).expect(200)
      ).body;
    },
    async review(surveyId: string, networkId: string, meetingDate: string, decision: string) {
      return (
        await http()
          .post(`/api/v1/surveys/${surveyId}/network-reviews`, { networkId, meetingDate, decision })
          .expect(201)
      ).body;
    },
    async send(surveyId: string, sentAt: string): Promise<Body & { openFlags: string[] }> {
      return (await http().post(`/api/v1/surveys/${surveyId}/send`, { sentAt }).expect(200)).body;
    },
    async get(surveyId: string): Promise<Body & { openFlags: string[] }> {
      return (await http().get(`/api/v1/surveys/${surveyId}`).expect(200)).body;
    },
    async patch(surveyId: string, body: Body): Promise<Body & { openFlags: string[] }> {
      return (await http().patch(`/api/v1/surveys/${surveyId}`, body).expect(200)).body;
    },
    async flags(surveyId: string, state?: string): Promise<Body[]> {
      const query = state ? `&state=${state}` : '';
      return (await http().get(`/api/v1/flags?surveyId=${surveyId}${query}`).expect(200)).body
        .items;
    },
  };
}
