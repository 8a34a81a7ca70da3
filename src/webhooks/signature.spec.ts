import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { signBody, verifySignature } from './signature';
import { webhookBody } from './webhook-payload';

describe('webhook signature', () => {
  it('is sha256=<hex HMAC-SHA256> of the exact body', () => {
    // RFC 4231 test case 2.
    expect(signBody('Jefe', 'what do ya want for nothing?')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('verifies what it signs, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 16 }),
        fc.string(),
        fc.string({ minLength: 1 }),
        (secret, body, tail) => {
          const signature = signBody(secret, body);
          expect(verifySignature(secret, body, signature)).toBe(true);
          expect(verifySignature(secret, body + tail, signature)).toBe(false);
          expect(verifySignature(secret + tail, body, signature)).toBe(false);
          expect(verifySignature(secret, body, undefined)).toBe(false);
        },
      ),
    );
  });

  it('signs the body a receiver gets: {id, type, occurredAt, data}', () => {
    const body = webhookBody({
      eventId: '7b0c6d1e-9d0a-4d55-8a4c-0f1e2d3c4b5a',
      eventType: 'survey.sent',
      occurredAt: new Date('2021-04-06T09:00:00Z'),
      data: { surveyId: 's', reference: 'ENK-2021-0001' },
    });
    expect(JSON.parse(body)).toEqual({
      id: '7b0c6d1e-9d0a-4d55-8a4c-0f1e2d3c4b5a',
      type: 'survey.sent',
      occurredAt: '2021-04-06T09:00:00.000Z',
      data: { surveyId: 's', reference: 'ENK-2021-0001' },
    });
    const hex = createHmac('sha256', 'a-secret-of-16-chars').update(body).digest('hex');
    expect(signBody('a-secret-of-16-chars', body)).toBe(`sha256=${hex}`);
  });
});
