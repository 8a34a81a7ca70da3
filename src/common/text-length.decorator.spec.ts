import { plainToInstance } from 'class-transformer';
import { IsString, validate } from 'class-validator';
import { MaxTextLength, TextLength } from './text-length.decorator';

class Titled {
  @IsString()
  @TextLength(1, 3)
  title!: string;

  @MaxTextLength(2)
  note?: string;
}

async function problems(input: Record<string, unknown>): Promise<string[]> {
  const errors = await validate(plainToInstance(Titled, input), { skipMissingProperties: true });
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('TextLength', () => {
  it('counts code points: three emoji of two UTF-16 units each are three characters', async () => {
    expect(await problems({ title: '😀😀😀' })).toEqual([]);
    expect(await problems({ title: 'abc', note: '😀😀' })).toEqual([]);
  });

  it('counts a variation selector as the character it is in PostgreSQL', async () => {
    expect(await problems({ title: '❤️❤️' })).toEqual(['title must be 1 to 3 characters']);
    expect(await problems({ title: 'a', note: '❤️❤️' })).toEqual([
      'note must be at most 2 characters',
    ]);
  });

  it('refuses a text that is too short, and a value that is not a text', async () => {
    expect(await problems({ title: '' })).toEqual(['title must be 1 to 3 characters']);
    expect(await problems({ title: 'a', note: 12 })).toEqual(['note must be at most 2 characters']);
  });
});
