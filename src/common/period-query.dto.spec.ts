import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { PeriodQueryDto } from './period-query.dto';

async function problems(query: Record<string, string>): Promise<string[]> {
  const errors = await validate(plainToInstance(PeriodQueryDto, query));
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('PeriodQueryDto', () => {
  it('accepts a period, an empty one, and open ends', async () => {
    expect(await problems({ from: '2021-01-01', to: '2022-01-01' })).toEqual([]);
    expect(await problems({ from: '2021-01-01', to: '2021-01-01' })).toEqual([]);
    expect(await problems({ from: '2021-01-01' })).toEqual([]);
    expect(await problems({ to: '2021-01-01' })).toEqual([]);
  });

  it('refuses to before from', async () => {
    expect(await problems({ from: '2021-02-01', to: '2021-01-31' })).toEqual([
      'to must not be before from',
    ]);
  });

  it('reports a malformed date once, as a date problem', async () => {
    expect(await problems({ from: '2021-02-30', to: '2021-01-01' })).toEqual([
      'from must be a date YYYY-MM-DD',
    ]);
  });
});
