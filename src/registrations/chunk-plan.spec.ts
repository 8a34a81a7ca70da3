import {
  applyTogether,
  type ChunkItemFacts,
  type ChunkLookups,
  togetherCandidates,
} from './chunk-plan';

function item(n: number, overrides: Partial<ChunkItemFacts> = {}): ChunkItemFacts {
  return {
    type: 'survey_received',
    hasReference: false,
    idempotencyKey: `k-${n}`,
    naturalKey: `x-${n}`,
    ...overrides,
  };
}

/** Lookups of items that all claimed their keys, are new, of agency A unless told. */
function lookups(count: number, overrides: Partial<ChunkLookups> = {}): ChunkLookups {
  const all = <T>(value: T) => Array.from({ length: count }, () => value);
  return {
    claimed: all(true),
    earlier: all(false),
    agencyIds: all<string | null>('A'),
    reaches: all<string[]>([]),
    matched: all<string | null>(null),
    repeatsCase: all(false),
    similarToEarlier: all(false),
    ...overrides,
  };
}

describe('togetherCandidates', () => {
  it('keeps new records and requests, first use of each key and natural key', () => {
    const items = [
      item(1),
      item(2, { type: 'consultation_requested' }),
      item(3, { type: 'consultation_decided' }),
      item(4, { hasReference: true }),
      item(5, { idempotencyKey: 'k-1' }),
      item(6, { naturalKey: 'x-2' }),
    ];
    expect(togetherCandidates(items)).toEqual([true, true, false, false, false, false]);
  });
});

describe('applyTogether', () => {
  it('applies new surveys of known agencies together', () => {
    const items = [item(1), item(2, { type: 'consultation_requested' })];
    expect(applyTogether(items, [true, true], lookups(2))).toEqual([true, true]);
  });

  it('leaves an unknown agency, an earlier registration and a taken key one by one', () => {
    const items = [item(1), item(2), item(3)];
    const facts = lookups(3, {
      agencyIds: [null, 'B', 'C'],
      earlier: [false, true, false],
      claimed: [true, true, false],
    });
    expect(applyTogether(items, [true, true, true], facts)).toEqual([false, false, false]);
  });

  it('applies a request that matches a registered survey together, as a new consultation', () => {
    const items = [item(1), item(2, { type: 'consultation_requested' }), item(3)];
    const matched = lookups(3, { matched: [null, 'S', null] });
    expect(applyTogether(items, [true, true, true], matched)).toEqual([true, true, true]);
  });

  it('leaves a repeated case, a survey matched twice or an earlier title one by one with its agency', () => {
    const request = { type: 'consultation_requested' } as const;
    const items = [item(1), item(2, request), item(3), item(4, request)];
    const agencyIds = ['A', 'A', 'B', 'C'];
    const repeated = lookups(4, {
      agencyIds,
      matched: [null, 'S', null, null],
      repeatsCase: [false, true, false, false],
    });
    expect(applyTogether(items, [true, true, true, true], repeated)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    const twice = lookups(4, { agencyIds, matched: [null, 'S', null, 'S'] });
    expect(applyTogether(items, [true, true, true, true], twice)).toEqual([
      false,
      false,
      true,
      false,
    ]);
    const similar = lookups(4, { agencyIds, similarToEarlier: [false, true, false, false] });
    expect(applyTogether(items, [true, true, true, true], similar)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('keeps items of an agency that a later-applied item names or reaches one by one', () => {
    const items = [
      item(1, { type: 'consultation_decided' }),
      item(2),
      item(3),
      item(4, { hasReference: true }),
      item(5),
    ];
    const facts = lookups(5, {
      agencyIds: ['A', 'A', 'B', 'C', 'D'],
      reaches: [[], [], [], ['D'], []],
    });
    expect(applyTogether(items, [false, true, true, false, true], facts)).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('ignores an item that only replays its key', () => {
    const items = [item(1), item(2)];
    const facts = lookups(2, { claimed: [false, true] });
    expect(applyTogether(items, [true, true], facts)).toEqual([false, true]);
  });
});
