import { analyseCoverLetter } from './analyse-cover-letter';

/**
 * The reader runs on the request path, so its work must grow linearly with the letter whatever the
 * letter holds. Each input is read at n and at 4n characters: linear work takes about 4 times as
 * long, quadratic work 16 times. The bound of 8 leaves room for noise yet catches the quadratic.
 */
const N = 25_000;
const RATIO_BOUND = 8;

const repeatTo = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Distinct lines, so that no sentence is read from the cache of repeated sentences. */
const numberedLines =
  (line: (n: number) => string) =>
  (length: number): string => {
    const parts: string[] = [];
    let total = 0;
    for (let n = 0; total < length; n++) {
      const part = line(n);
      parts.push(part);
      total += part.length;
    }
    return parts.join('').slice(0, length);
  };

/** One sentence stating a duty, so that its statute is looked for in what follows. */
function obligationBefore(length: number, rest: (length: number) => string): string {
  const duty = 'Kommunen är skyldig att lämna uppgifter enligt lagen ';
  return duty + rest(length - duty.length);
}

const LETTER_SENTENCES = [
  'Socialstyrelsen genomför en kartläggning av hemtjänsten i kommun nr N.',
  'Samråd har skett med Sveriges Kommuner och Regioner (SKR) den N mars.',
  'Det är frivilligt att besvara enkäten, t.ex. via webbformuläret på sida N.',
  'Ni är skyldiga att lämna uppgifter enligt 6 kap. 1 § lagen (2001:99) om den officiella statistiken, se punkt N.',
  'Enkäten har inte samråtts med SKL, bl.a. på grund av tidsbrist i ärende N.',
  'Kontakta SKR för frågor om rapport N.',
  'Frågorna gäller verksamhetsåret och ska besvaras senast den N maj.',
  'Uppgifterna skyddas av sekretess enligt 24 kap. 8 § offentlighets- och sekretesslagen (2009:400) för N personer.',
  'Har samråd skett med SKR? Ja.',
  'Samråd med SKR: Nej',
  'The survey has been consulted with SKR. Participation is voluntary.',
];
const BREAKS = [' ', ' ', ' ', '\n', '\n\n', '\n• '];

const INPUTS: Array<[string, (length: number) => string]> = [
  [
    'a letter of distinct sentences',
    numberedLines(
      (n) =>
        LETTER_SENTENCES[(n * 7) % LETTER_SENTENCES.length].replace('N', String(n)) +
        BREAKS[n % BREAKS.length],
    ),
  ],
  ['a dash list without full stops', (length) => repeatTo('- a\n', length)],
  ['"Ja" on every line', (length) => repeatTo('Ja\n', length)],
  ['short distinct lines without full stops', numberedLines((n) => `Rad ${n} med text\n`)],
  ['a table of tab-separated rows', numberedLines((n) => `Kolumn ${n}\tvärde\n`)],
  ['a numbered list', (length) => repeatTo('1. a\n', length)],
  ['fact-box lines', (length) => repeatTo('Samråd med SKR: Nej\n', length)],
  [
    'questions each followed by an answer',
    (length) => repeatTo('Har samråd skett med SKR?\nJa\n', length),
  ],
  ['one line of words', (length) => repeatTo('ord ', length)],
  ['one word', (length) => 'a'.repeat(length)],
  ['a run of spaces', (length) => `a${' '.repeat(length - 2)}b`],
  ['a run of digits', (length) => '1'.repeat(length)],
  ['punctuation', (length) => repeatTo('.,;:-!?', length)],
  ['section signs', (length) => repeatTo('§ §§', length)],
  ['"SKR" over and over', (length) => repeatTo('SKR ', length)],
  ['"samråd med" over and over', (length) => repeatTo('samråd med ', length)],
  [
    'an obligation over and over',
    (length) => repeatTo('ni är skyldiga att lämna 5 kap. 1 § lagen om ', length),
  ],
  [
    'statute citations over and over',
    (length) => repeatTo('5 kap. 1 § lagen (2001:99) om den officiella statistiken ', length),
  ],
  ['"consulted" over and over', (length) => repeatTo('consulted, ', length)],
  ['"ska" over and over', (length) => repeatTo('kommunen ska ', length)],
  [
    'negations with contrasts over and over',
    (length) => repeatTo('samråd har inte skett med NNR men med ', length),
  ],
  ['"frivilligt" over and over', (length) => repeatTo('frivilligt ', length)],
  [
    'a duty citing a run of capitals',
    (length) => obligationBefore(length, (rest) => 'A'.repeat(rest)),
  ],
  [
    'a duty citing capitalised words',
    (length) => obligationBefore(length, (rest) => repeatTo('Ab ', rest)),
  ],
  [
    'English citations over and over',
    (length) =>
      repeatTo('must provide under Section 7 of the Official Statistics Act (2001:99) ', length),
  ],
  ['line breaks only', (length) => '\n'.repeat(length)],
  ['hyphenated line wraps', (length) => repeatTo('a-\n', length)],
  ['initials and abbreviations', (length) => repeatTo('A. bl.a. t.ex. ', length)],
  [
    'English statements over and over',
    (length) => repeatTo('consulted with SKR, participation is voluntary ', length),
  ],
];

/** CPU time of this process, so that other processes on a busy machine do not count. */
function cpuMicroseconds(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function cpuTimeOf(text: string, repetitions: number): number {
  const start = cpuMicroseconds();
  for (let i = 0; i < repetitions; i++) analyseCoverLetter(text);
  return cpuMicroseconds() - start;
}

/**
 * Least time of several interleaved rounds, after a warm-up so that compiling the code does not
 * count. Each round repeats the reading until n takes 15 ms at least (judged on the least of two
 * tries, as one try may catch a garbage collection), to rise above the grain of the clock.
 */
function leastTimes(small: string, large: string): { small: number; large: number } {
  cpuTimeOf(small, 5);
  cpuTimeOf(large, 2);
  const leastOf = (text: string, repetitions: number, rounds: number): number =>
    Math.min(...Array.from({ length: rounds }, () => cpuTimeOf(text, repetitions)));
  let repetitions = 1;
  while (leastOf(small, repetitions, 2) < 15_000 && repetitions < 1024) repetitions *= 2;
  let least = { small: Number.POSITIVE_INFINITY, large: Number.POSITIVE_INFINITY };
  for (let round = 0; round < 5; round++) {
    least = {
      small: Math.min(least.small, cpuTimeOf(small, repetitions)),
      large: Math.min(least.large, cpuTimeOf(large, repetitions)),
    };
  }
  return least;
}

describe('analyseCoverLetter in linear time', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`CPU time at n = ${N} and 4n characters:\n${figures.join('\n')}`));

  it.each(INPUTS)('reads %s in time linear in its length', (name, make) => {
    const small = make(N);
    const large = make(4 * N);
    expect([small.length, large.length]).toEqual([N, 4 * N]);
    const times = leastTimes(small, large);
    const ratio = (times.large / times.small).toFixed(1);
    figures.push(`  ${name}: ${times.small} µs, ${times.large} µs, ratio ${ratio}`);
    expect(times.large).toBeLessThan(RATIO_BOUND * times.small);
  });
});
