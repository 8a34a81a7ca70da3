import request, { type Response } from 'supertest';
import { api } from './api';
import type { TestApp } from './test-app';

/** A pass phrase that passes the password rules for every test person. */
export const PASSWORD = 'blå tåg över ängen i maj';

export interface Person {
  id: string;
  email: string;
  name: string;
  role: string;
}

export interface PersonInput {
  role: 'admin' | 'skr' | 'network' | 'agency';
  name?: string;
  networkId?: string;
  agencyId?: string;
}

let created = 0;

/** A person with PASSWORD, created by the test app's admin key. */
export async function createPerson(t: TestApp, input: PersonInput): Promise<Person> {
  created += 1;
  const body = {
    ...input,
    name: input.name ?? `Person ${created}`,
    email: `person${created}.${input.role}@example.se`,
    password: PASSWORD,
  };
  const response = await api(t).post('/api/v1/users', body).expect(201);
  return response.body as Person;
}

export function setCookies(response: Response): string[] {
  const header = response.headers['set-cookie'] as unknown;
  if (header === undefined) return [];
  return Array.isArray(header) ? (header as string[]) : [String(header)];
}

export function cookieNamed(response: Response, name: string): string | undefined {
  return setCookies(response).find((cookie) => cookie.startsWith(`${name}=`));
}

export function cookieValue(cookie: string | undefined): string {
  return cookie?.split(';')[0].split('=')[1] ?? '';
}

export function hiddenCsrf(html: string): string {
  return /name="csrfToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
}

export interface SignInForm {
  /** The double-submit cookie's value. */
  cookie: string;
  token: string;
}

export async function signInForm(t: TestApp): Promise<SignInForm> {
  const response = await request(t.baseUrl).get('/logga-in').expect(200);
  return {
    cookie: cookieValue(cookieNamed(response, 'enk_login_csrf')),
    token: hiddenCsrf(response.text),
  };
}

export interface SignInOptions {
  form?: SignInForm;
  next?: string;
  /** Extra cookies sent along, e.g. a session cookie from before. */
  cookies?: string[];
  headers?: Record<string, string>;
}

/** Posts the sign-in form (fetched first unless given); the caller checks the answer. */
export async function postSignIn(
  t: TestApp,
  email: string,
  password: string,
  options: SignInOptions = {},
): Promise<Response> {
  const { cookie, token } = options.form ?? (await signInForm(t));
  let req = request(t.baseUrl)
    .post('/logga-in')
    .type('form')
    .set('Cookie', [`enk_login_csrf=${cookie}`, ...(options.cookies ?? [])].join('; '));
  for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
  const body: Record<string, string> = { email, password, csrfToken: token };
  if (options.next !== undefined) body.next = options.next;
  return req.send(body);
}

export interface SignedIn {
  /** The session cookie's value. */
  session: string;
  /** The session's CSRF token, as /api/v1/me tells it. */
  csrfToken: string;
}

/** Signs the person in and returns the session and its CSRF token. */
export async function signIn(t: TestApp, person: Person): Promise<SignedIn> {
  const response = await postSignIn(t, person.email, PASSWORD);
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  const session = cookieValue(cookieNamed(response, 'enk_session'));
  const me = await request(t.baseUrl)
    .get('/api/v1/me')
    .set('Cookie', `enk_session=${session}`)
    .expect(200);
  return { session, csrfToken: (me.body as { csrfToken: string }).csrfToken };
}

/** Real HTTP in a person's session: the cookie, and the CSRF header on writes. */
export function asPerson(t: TestApp, signedIn: SignedIn, csrfToken = signedIn.csrfToken) {
  const cookie = `enk_session=${signedIn.session}`;
  const http = () => request(t.baseUrl);
  return {
    get: (path: string) => http().get(path).set('Cookie', cookie),
    post: (path: string, body: object = {}) =>
      http().post(path).set('Cookie', cookie).set('X-CSRF-Token', csrfToken).send(body),
    patch: (path: string, body: object = {}) =>
      http().patch(path).set('Cookie', cookie).set('X-CSRF-Token', csrfToken).send(body),
  };
}
