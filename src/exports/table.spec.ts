import { keysetBatches, singleBatch, swedishCalendarDate } from './table';

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('swedishCalendarDate', () => {
  it('is the Swedish day at UTC midnight, also late in the Swedish evening', () => {
    // 22:30 UTC on 5 April is 00:30 on 6 April in Swedish summer time.
    expect(swedishCalendarDate(new Date('2021-04-05T22:30:00Z')).toISOString()).toBe(
      '2021-04-06T00:00:00.000Z',
    );
    // 22:30 UTC on 5 January is 23:30 the same day in Swedish winter time.
    expect(swedishCalendarDate(new Date('2021-01-05T22:30:00Z')).toISOString()).toBe(
      '2021-01-05T00:00:00.000Z',
    );
  });
});

describe('keysetBatches', () => {
  const rows = Array.from({ length: 7 }, (_, index) => ({ key: index + 1 }));
  const fetches: (number | null)[] = [];
  const fetchAfter = async (after: number | null) => {
    fetches.push(after);
    return rows.filter((row) => after === null || row.key > after).slice(0, 3);
  };

  beforeEach(() => fetches.splice(0));

  it('continues after the last key until a batch comes back short', async () => {
    const batches = await collect(keysetBatches(fetchAfter, (row) => row.key, 3));
    expect(batches.map((batch) => batch.map((row) => row.key))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7],
    ]);
    expect(fetches).toEqual([null, 3, 6]);
  });

  it('asks once more after a full last batch, and yields no empty batch', async () => {
    const six = (after: number | null) =>
      fetchAfter(after).then((r) => r.filter((x) => x.key <= 6));
    const batches = await collect(keysetBatches(six, (row) => row.key, 3));
    expect(batches).toHaveLength(2);
    expect(fetches).toEqual([null, 3, 6]);
  });
});

describe('singleBatch', () => {
  it('yields the rows as one batch', async () => {
    expect(await collect(singleBatch([1, 2]))).toEqual([[1, 2]]);
  });
});
