import { forEachSentence } from './sentences';

function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  forEachSentence(text, ({ start, end }) => sentences.push(text.slice(start, end)));
  return sentences;
}

describe('forEachSentence', () => {
  it('splits at full stops, question marks and exclamation marks followed by a capital', () => {
    expect(sentencesOf('Har samråd skett med SKR? Ja. Tack! Hej då')).toEqual([
      'Har samråd skett med SKR?',
      'Ja.',
      'Tack!',
      'Hej då',
    ]);
  });

  it('does not split after abbreviations, initials or inside addresses and numbers', () => {
    expect(
      sentencesOf(
        'Enligt 5 kap. 1 § SoF, t.ex. A. Andersson på www.skr.se, ska uppgifterna 1.2 lämnas.',
      ),
    ).toHaveLength(1);
  });

  it('splits inline bullets pasted without line breaks', () => {
    expect(sentencesOf('Fakta • Samråd: Ja • Frivilligt: Ja')).toEqual([
      'Fakta',
      'Samråd: Ja',
      'Frivilligt: Ja',
    ]);
  });

  it('reads a wall of text longer than any sentence in pieces that end at spaces', () => {
    const wall = 'ord '.repeat(1_500).trim();
    const pieces = sentencesOf(wall);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 2_000 && piece === piece.trim())).toBe(true);
    expect(pieces.join(' ')).toBe(wall);
    expect(sentencesOf('a'.repeat(4_500)).map((piece) => piece.length)).toEqual([
      2_000, 2_000, 500,
    ]);
  });

  it('reads a block without any mark as one sentence, trimmed', () => {
    expect(sentencesOf('  Samråd med SKR  \n\n  Ja  ')).toEqual(['Samråd med SKR', 'Ja']);
  });
});
