import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, validate } from 'class-validator';
import { validationFailed } from './validation';

class Query {
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year!: number;

  @IsString()
  @MaxLength(5)
  name!: string;
}

async function problems(input: Record<string, unknown>) {
  const errors = await validate(plainToInstance(Query, input));
  return validationFailed(errors).details;
}

describe('validationFailed', () => {
  it('names only the type when a value is not of its type', async () => {
    expect(await problems({ year: '20x1', name: 'Ale' })).toEqual([
      { field: 'year', problem: 'year must be an integer number' },
    ]);
  });

  it('names the range when the type is right', async () => {
    expect(await problems({ year: '1850', name: 'Alingsås' })).toEqual([
      { field: 'year', problem: 'year must not be less than 1900' },
      { field: 'name', problem: 'name must be shorter than or equal to 5 characters' },
    ]);
  });
});
