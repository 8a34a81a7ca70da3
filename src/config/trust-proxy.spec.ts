import { parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7', ['10.0.0.0/8', '192.168.1.7']],
    ['loopback,uniquelocal,fd00::/8', ['loopback', 'uniquelocal', 'fd00::/8']],
  ])('reads %p as %p', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each([
    ['true', /true would trust any client/],
    ['11', /at most 10 hops/],
    ['proxy.example', /"proxy.example", which is neither/],
    ['10.0.0.0/33', /"10.0.0.0\/33"/],
    ['10.0.0.1/8/2', /"10.0.0.1\/8\/2"/],
    ['loopback,', /"", which is neither/],
  ])('refuses %p', (raw, message) => {
    const parsed = parseTrustProxy(raw);
    expect(parsed).toHaveProperty('problem');
    expect((parsed as { problem: string }).problem).toMatch(message);
  });
});
