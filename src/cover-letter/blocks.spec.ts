import { forEachBlock, Span } from './blocks';

function blocksOf(text: string): string[] {
  const blocks: Span[] = [];
  forEachBlock(text, (block) => blocks.push({ ...block }));
  return blocks.map(({ start, end }) => text.slice(start, end));
}

describe('forEachBlock', () => {
  it('joins a hard-wrapped line to the next when it cannot end there', () => {
    expect(blocksOf('Samråd har skett med Sveriges Kommuner och\nRegioner (SKR).')).toEqual([
      'Samråd har skett med Sveriges Kommuner och\nRegioner (SKR).',
    ]);
    expect(blocksOf('Enkäten skickas till kommunerna,\nregionerna och SKR.')).toHaveLength(1);
  });

  it('keeps headings, list items and blank-line paragraphs apart', () => {
    expect(blocksOf('Om enkäten\n- Det är frivilligt\n- Tar 5 minuter\n\nHej då.')).toEqual([
      'Om enkäten',
      'Det är frivilligt',
      'Tar 5 minuter',
      'Hej då.',
    ]);
  });

  it('keeps a label and the answer on the next line apart', () => {
    expect(blocksOf('Samråd med SKR\nJa\r\nSvarsplikt\rNej')).toEqual([
      'Samråd med SKR',
      'Ja',
      'Svarsplikt',
      'Nej',
    ]);
  });

  it('joins a word broken by a hyphen but not a line ending in a spaced dash', () => {
    expect(blocksOf('Enkäten har sam-\nråtts med SKR.')).toHaveLength(1);
    expect(blocksOf('Samråd med SKR: –\nUppgiftsskyldighet: -\nKontakt: Lena Ek')).toEqual([
      'Samråd med SKR: –',
      'Uppgiftsskyldighet: -',
      'Kontakt: Lena Ek',
    ]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(blocksOf('')).toEqual([]);
    expect(blocksOf(' \n\t\n')).toEqual([]);
  });
});
