import { isWordToken } from './normalise';
import { CLAUSE_JOINERS, CLAUSE_STARTERS, HARD_BOUNDARIES, NEGATORS } from './vocabulary';
import { wordList, wordSet } from './words';

/**
 * Whom a consultation was held with: the partners after "med" ("samråd med Socialstyrelsen och
 * SKR"), SKR as the subject ("SKR har samråtts"), SKR as the one exception ("med någon annan än
 * SKR"), and SKR named after a contrast ("inte med NNR men med SKR").
 */

/** "SKR-samråd", "SKR-samrådet": the partner is part of the word. */
export const isSkrCompound = (token: string): boolean => token.startsWith('skr-samr');
/** Named parts of SKR that stand for SKR itself ("SKR:s sektion för statistik har samråtts"). */
const SKR_PART_ENDINGS = wordList(`
  sektion sektionen avdelning avdelningen enhet enheten företrädare företrädarna representant
  representanter representanterna handläggare handläggarna kansli kansliet
`);
/** After a denial naming someone else, "men (väl) med SKR" turns to SKR. */
const CONTRAST_WORDS = new Set(['men', 'utan']);
const CONTRAST_FILLERS = wordSet(`
  väl även också däremot dock har det skett ha
`);
const CONTRAST_WINDOW = 25;
const FORWARD_WINDOW = 15;
const COUNTERPART_WINDOW = 12;
/** How far before the consultation word SKR may stand as its subject. */
const SUBJECT_WINDOW = 8;

/** Words that end a list of consultation partners ("med SKR inför utskicket"). */
const COUNTERPART_STOPS = wordSet(`
  om inför kring angående rörande gällande avseende under innan efter före att har hade är var
  blev enligt via genom inom den det i till ska skall kommer kan vid sedan utan
`);
/** Words inside a partner list that name no organisation ("med företrädare för SKR"). */
const COUNTERPART_GLUE = wordSet(`
  och samt med både även också bland annat bl a för från hos på
`);
/** "i enlighet med", "med stöd av": a "med" that introduces no partner. */
const WORDS_BEFORE_FIXED_MED = new Set(['enlighet', 'överensstämmelse', 'linje', 'samband']);
const WORDS_AFTER_FIXED_MED = wordSet(`
  stöd anledning hänvisning hjälp utgångspunkt avseende hänsyn början syfte tanke start
`);
/** Words allowed between "SKR" and the consultation word when SKR is the subject. */
const SUBJECT_BRIDGE = wordSet(`
  har hade är var blivit blev varit ha ännu också även redan tidigare nu dock därför sedan inte
  ej icke aldrig föremål beretts getts givits fått erbjudits tillfälle möjlighet till ( )
`);

type CounterpartKind = 'skr' | 'other' | 'all-but-skr' | 'unnamed';

export interface Counterpart {
  kind: CounterpartKind;
  /** Index of the "med" that introduced the partner, or -1. */
  medIndex: number;
  /** Last token that belongs to the statement's partner, or the consultation word itself. */
  anchor: number;
}

function endsClause(tokens: string[], index: number): boolean {
  const token = tokens[index];
  if (HARD_BOUNDARIES.has(token) || CLAUSE_STARTERS.has(token)) return true;
  return token === ',' && CLAUSE_JOINERS.has(tokens[index + 1]);
}

function isFixedPhraseWithMed(tokens: string[], medIndex: number): boolean {
  return (
    WORDS_BEFORE_FIXED_MED.has(tokens[medIndex - 1]) ||
    WORDS_AFTER_FIXED_MED.has(tokens[medIndex + 1])
  );
}

interface PartnerList {
  skrIndex: number;
  namesSomeone: boolean;
  /** "med någon annan än SKR": SKR is named as the one left out. */
  exceptsSkr: boolean;
  end: number;
}

const OTHER_WORDS = new Set(['annan', 'andra', 'annat']);

function readPartnerList(tokens: string[], start: number): PartnerList {
  const limit = Math.min(tokens.length, start + COUNTERPART_WINDOW);
  let namesSomeone = false;
  let namesOthers = false;
  let k = start;
  for (; k < limit; k++) {
    const token = tokens[k];
    if (endsClause(tokens, k) || COUNTERPART_STOPS.has(token)) break;
    // "med SKR:s sektion för statistik" names SKR; "med NNR och SKR:s statistik" does not.
    if (token === 'skr' || (token === 'skr:s' && k === start)) {
      const exceptsSkr = namesOthers && tokens[k - 1] === 'än';
      return { skrIndex: exceptsSkr ? -1 : k, namesSomeone: true, exceptsSkr, end: k + 1 };
    }
    if (OTHER_WORDS.has(token)) namesOthers = true;
    if (isWordToken(token) && !COUNTERPART_GLUE.has(token)) namesSomeone = true;
  }
  return { skrIndex: -1, namesSomeone, exceptsSkr: false, end: k };
}

function findPartnerAfter(tokens: string[], index: number): Counterpart {
  const limit = Math.min(tokens.length, index + 1 + FORWARD_WINDOW);
  for (let j = index + 1; j < limit; j++) {
    if (endsClause(tokens, j)) break;
    if (tokens[j] !== 'med' || isFixedPhraseWithMed(tokens, j)) continue;
    const partners = readPartnerList(tokens, j + 1);
    if (partners.skrIndex >= 0) return { kind: 'skr', medIndex: j, anchor: partners.skrIndex };
    if (partners.exceptsSkr) return { kind: 'all-but-skr', medIndex: j, anchor: partners.end - 1 };
    // The list already runs on over "och med …", so a later "med" starts something else.
    if (partners.namesSomeone) return { kind: 'other', medIndex: j, anchor: partners.end - 1 };
  }
  return { kind: 'unnamed', medIndex: -1, anchor: index };
}

/** "SKR:s sektion" or "SKR:s sektion för statistik" ending at `end`. */
function isSkrPartEndingAt(tokens: string[], end: number): boolean {
  const partAt = (k: number): boolean =>
    tokens[k - 1] === 'skr:s' && SKR_PART_ENDINGS.some((ending) => tokens[k]?.endsWith(ending));
  if (partAt(end)) return true;
  return (tokens[end - 1] === 'för' || tokens[end - 1] === 'inom') && partAt(end - 2);
}

/** "SKR har samråtts", "SKR har varit föremål för samråd", "med SKR har samråd skett". */
function hasSkrAsSubject(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= SUBJECT_WINDOW; k--) {
    const token = tokens[k];
    if (token === 'skr' || isSkrPartEndingAt(tokens, k)) return true;
    if (token === 'för' && tokens[k - 1] === 'föremål') continue;
    if (!SUBJECT_BRIDGE.has(token)) return false;
  }
  return false;
}

export function findCounterpart(tokens: string[], index: number): Counterpart {
  if (isSkrCompound(tokens[index])) return { kind: 'skr', medIndex: -1, anchor: index };
  const after = findPartnerAfter(tokens, index);
  if (after.kind !== 'unnamed') return after;
  return hasSkrAsSubject(tokens, index) ? { ...after, kind: 'skr' } : after;
}

/** "inte med NNR men (väl) med SKR": SKR named after a contrast later in the sentence. */
export function contrastsToSkr(tokens: string[], from: number): boolean {
  const limit = Math.min(tokens.length, from + CONTRAST_WINDOW);
  for (let k = from + 1; k < limit; k++) {
    if (!CONTRAST_WORDS.has(tokens[k])) continue;
    let med = k + 1;
    while (med < limit && med - k <= 3 && CONTRAST_FILLERS.has(tokens[med])) med++;
    if (tokens[med] !== 'med' || NEGATORS.has(tokens[med - 1])) continue;
    return readPartnerList(tokens, med + 1).skrIndex >= 0;
  }
  return false;
}
