import fc from 'fast-check';
import { canonicalJson, requestHash } from './request-hash';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('hashes the same object in any key order the same', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        return requestHash(object) === requestHash(reversed);
      }),
    );
  });

  it('hashes different bodies differently', () => {
    expect(requestHash({ title: 'Enkät A' })).not.toBe(requestHash({ title: 'Enkät B' }));
    expect(requestHash({ title: 'A', caseNumber: '1' })).not.toBe(requestHash({ title: 'A' }));
    expect(requestHash({ a: [1, 2] })).not.toBe(requestHash({ a: [2, 1] }));
  });

  it('is a sha256 hex digest', () => {
    expect(requestHash({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
