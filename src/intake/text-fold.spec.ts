import fc from 'fast-check';
import { foldSql, foldText } from './text-fold';

describe('foldText', () => {
  it.each([
    ['Center mot våldsbejakande extremism', 'center mot valdsbejakande extremism'],
    ['MYNDIGHETEN FÖR VÅRD- OCH OMSORGSANALYS', 'myndigheten for vard- och omsorgsanalys'],
    ['  Socialstyrelsen \t (SoS) ', 'socialstyrelsen (sos)'],
    ['Ärende Över Åren', 'arende over aren'],
    ['Café Noël', 'cafe noel'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('treats names that differ only in case, accents and spacing as equal', () => {
    expect(foldText('Inspektionen för vård och omsorg')).toBe(
      foldText('INSPEKTIONEN  FOR VARD OCH OMSORG'),
    );
    expect(foldText('Skolverket')).not.toBe(foldText('Skolinspektionen'));
  });

  it('is idempotent and never longer than its input', () => {
    const swedish = fc.string({
      unit: fc.constantFrom('a', 'Å', 'ä', 'Ö', 'é', 'E', ' ', '\t', '-', 'x', 'ü', 'Ç'),
    });
    fc.assert(
      fc.property(swedish, (text) => {
        const folded = foldText(text);
        return foldText(folded) === folded && folded.length <= text.length;
      }),
    );
  });

  it('leaves no upper-case or accented Swedish letter behind', () => {
    const letters = fc.string({
      unit: fc.constantFrom('Å', 'Ä', 'Ö', 'å', 'ä', 'ö', 'A', 'É', 'z'),
    });
    fc.assert(fc.property(letters, (text) => /^[aeoz]*$/.test(foldText(text))));
  });
});

describe('foldSql', () => {
  it('translates before lowering, so the C locale folds Swedish letters too', () => {
    const sql = foldSql('a.name');
    expect(sql.indexOf('translate(')).toBeLessThan(sql.indexOf('a.name'));
    expect(sql).toMatch(/^btrim\(regexp_replace\(lower\(translate\(a\.name, '[^']+', '[a-z]+'\)\)/);
  });
});
