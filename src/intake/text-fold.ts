/**
 * Case- and accent-insensitive comparison of names and titles, the same in Node and in SQL.
 *
 * `unaccent` is a contrib extension that not every server has, and `lower()` of a non-ASCII
 * letter depends on the database's locale (under the C locale it changes nothing). So the
 * accented letters are mapped to plain lower-case ASCII by `translate()`, with both cases
 * listed, before `lower()` sees them; Node applies the very same map.
 */
const GROUPS: readonly [plain: string, accented: string][] = [
  ['a', 'ÁÀÂÄÃÅĀáàâäãåā'],
  ['e', 'ÉÈÊËĒéèêëē'],
  ['i', 'ÍÌÎÏíìîï'],
  ['o', 'ÓÒÔÖÕŌóòôöõō'],
  ['u', 'ÚÙÛÜŪúùûüū'],
  ['y', 'ÝýÿŸ'],
  ['c', 'Çç'],
  ['n', 'Ññ'],
];

const ACCENTED = GROUPS.map(([, accented]) => accented).join('');
const PLAIN = GROUPS.map(([plain, accented]) => plain.repeat([...accented].length)).join('');
const MAP = new Map(GROUPS.flatMap(([plain, accented]) => [...accented].map((l) => [l, plain])));

/** Folded text: accents off, lower case, runs of whitespace as one space, trimmed. */
export function foldText(text: string): string {
  const mapped = [...text].map((letter) => MAP.get(letter) ?? letter).join('');
  return mapped.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The SQL expression that folds `column` exactly as `foldText` does (for these letters). */
export function foldSql(column: string): string {
  return `btrim(regexp_replace(lower(translate(${column}, '${ACCENTED}', '${PLAIN}')), '\\s+', ' ', 'g'))`;
}
