import fc from 'fast-check';
import { jsonNestsDeeperThan } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Depth of a parsed value, by the definition: a scalar 0, a container one more than its deepest part. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) {
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  }
  return 0;
}

/** The fastest of a few runs: the least disturbed by whatever else the machine does. */
function fastestMs(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

describe('jsonNestsDeeperThan', () => {
  it('allows the limit and refuses one level more, of arrays and objects alike', () => {
    expect(jsonNestsDeeperThan(bytes(nested(32)), 32)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(nested(33)), 32)).toBe(true);
    const objects = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
    expect(jsonNestsDeeperThan(bytes(objects(32)), 32)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(objects(33)), 32)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ title: '[[[{{{ "quoted [[[" \\ ]]]', list: ['[', '{', '\\"['] });
    expect(jsonNestsDeeperThan(bytes(text), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(text), 1)).toBe(true);
  });

  it('agrees with the depth of the parsed value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(jsonNestsDeeperThan(bytes(text), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });

  it('reads a million levels without recursion', () => {
    expect(jsonNestsDeeperThan(bytes(nested(1_000_000)), 32)).toBe(true);
  });

  it('takes time linear in the body: four times the bytes, about four times the time', () => {
    const body = (items: number) =>
      bytes(JSON.stringify({ items: Array.from({ length: items }, () => ({ t: 'a\\"[{b' })) }));
    const small = body(50_000);
    const large = body(200_000);
    const ratio =
      fastestMs(() => jsonNestsDeeperThan(large, 32)) /
      fastestMs(() => jsonNestsDeeperThan(small, 32));
    expect(ratio).toBeLessThan(12);
  });
});
