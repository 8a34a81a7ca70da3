import { wordList, wordSet } from './words';

export const NEGATORS = new Set(['inte', 'ej', 'icke', 'aldrig']);
export const NEGATING_DETERMINERS = new Set(['inget', 'ingen', 'inga']);
export const HARD_BOUNDARIES = new Set([';', ':', '!', '?']);
export const CLAUSE_JOINERS = new Set(['och', 'samt', 'men', 'medan', 'eller']);
export const CLAUSE_STARTERS = wordSet(`
  som där vilket vilka vilken men eftersom medan trots fast innan då när
`);
export const COPULAS = wordSet(`
  är var vara blir vore varit
`);
export const ADVERBS = wordSet(`
  helt alls längre heller alltså dock således därmed därför ju självklart givetvis naturligtvis
  förstås också även fortfarande absolut alltid nu ändå
`);

/** Stems of words about taking part or handing in answers ("delta", "besvara", "enkäten"…). */
export const ANSWERING_STEMS = wordList(`
  delta deltag medverk svar besvar lämna uppgift rapporter inrapporter redovis inkomm enkät
  undersökning insamling kartläggning frågeformulär fyll
`);
export const ANSWERING_VERB_STEMS = wordList(`
  lämna besvara svara delta medverka rapportera inrapportera redovisa inkomma fylla
`);
/** Single questions or form fields: "frågorna är obligatoriska" is about the form, not the survey. */
export const FIELD_NOUNS = wordSet(`
  fråga frågan frågor frågorna delfråga delfrågor följdfrågor fält fältet fälten svarsalternativ
  svarsalternativen
`);
/** Short words that may follow an adjective without it describing some other noun. */
export const FUNCTION_WORDS = new Set([
  ...wordSet(`
    att för och men samt eller i på utan som om basis grund både även också dock trots eftersom
    såväl enligt från så då det den detta anonymt anonym konfidentiellt
  `),
  ...ADVERBS,
]);
export const RECIPIENTS = wordSet(`
  ni du er dig kommunen kommunerna kommuner regionen regionerna regioner nämnden nämnderna
  huvudmannen huvudmännen huvudmän verksamheten verksamheterna landstinget landstingen
`);
/** Obligations of the sender ("vi är skyldiga att skydda uppgifterna") bind nobody who answers. */
const SENDER_SUBJECTS = wordSet(`
  vi myndigheten myndigheterna utredningen utredaren scb ivo msb brå digg cve sis pts
`);
/** Agencies are named "…styrelsen", "…verket", "…myndigheten", "…inspektionen". */
const SENDER_ENDINGS = wordList(`
  styrelsen verket myndigheten inspektionen centralbyrån
`);
/** Municipal and regional boards end like agencies but receive the surveys. */
const RECIPIENT_PREFIXES = wordList('kommun region');

export const isSender = (token: string | undefined): boolean =>
  token !== undefined &&
  (SENDER_SUBJECTS.has(token) ||
    (SENDER_ENDINGS.some((ending) => token.endsWith(ending)) &&
      !RECIPIENT_PREFIXES.some((prefix) => token.startsWith(prefix))));

export const startsWithAny = (token: string | undefined, stems: string[]): boolean =>
  token !== undefined && stems.some((stem) => token.startsWith(stem));

export function hasAnsweringWordNear(
  tokens: string[],
  index: number,
  before: number,
  after: number,
) {
  for (let k = Math.max(0, index - before); k <= Math.min(tokens.length - 1, index + after); k++) {
    if (k !== index && startsWithAny(tokens[k], ANSWERING_STEMS)) return true;
  }
  return false;
}

/** The nearest earlier token that is not an adverb or a negation ("är" in "är inte helt …"). */
export function previousSignificant(tokens: string[], index: number): string | undefined {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (!ADVERBS.has(tokens[k]) && !NEGATORS.has(tokens[k])) return tokens[k];
  }
  return undefined;
}
