import request from 'supertest';
import type { TestApp } from './test-app';

type Method = 'get' | 'post' | 'patch' | 'delete' | 'put';

/** Real HTTP against the running test app, with the given key (default: admin). */
export function api(testApp: TestApp, key: string | null = testApp.adminKey) {
  const call = (method: Method, path: string, headers: Record<string, string> = {}) => {
    let req = request(testApp.baseUrl)[method](path);
    if (key) req = req.set('Authorization', `Bearer ${key}`);
    for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
    return req;
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('get', path, headers),
    post: (path: string, body?: object, headers?: Record<string, string>) =>
      call('post', path, headers).send(body ?? {}),
    patch: (path: string, body?: object, headers?: Record<string, string>) =>
      call('patch', path, headers).send(body ?? {}),
    delete: (path: string, headers?: Record<string, string>) => call('delete', path, headers),
  };
}
