import type { CoverLetterFindingKind } from './cover-letter.types';
import { isWordToken } from './normalise';
import {
  CLAUSE_JOINERS,
  CLAUSE_STARTERS,
  HARD_BOUNDARIES,
  NEGATING_DETERMINERS,
  NEGATORS,
} from './vocabulary';
import { wordList, wordSet } from './words';

/** Every inflection of "samråd"; the last line is the same words after a system dropped the å. */
const CONSULTATION_WORDS = wordSet(`
  samråd samrådet samrådets samråds samråden samråda samrådas samrådes samrådde samråddes samrådd
  samrådda samrått samråtts samrådit samrådits samrådsmöte samrådsmötet samrådsmöten
  samrad samradet samratt samratts
`);
/** "SKR-samråd", "SKR-samrådet": the partner is part of the word. */
const isSkrCompound = (token: string): boolean => token.startsWith('skr-samr');
/** The infinitive and present passive describe a duty or plan ("ska samråda"), not a done deal. */
const UNFINISHED_CONSULTATION_WORDS = new Set(['samråda', 'samrådas', 'samrådes']);
const INTENT_MARKERS = wordSet(`
  kommer ska skall avser avses planerar planeras planerat ämnar avsikt bör borde måste behöver
  skulle
`);
/** Words opening a conditional clause ("Om samråd hade skett …", "Om ni har samrått …"). */
const CONDITIONALS = new Set(['om', 'ifall']);
/** Named parts of SKR that stand for SKR itself ("SKR:s sektion för statistik har samråtts"). */
const SKR_PART_ENDINGS = wordList(`
  sektion sektionen avdelning avdelningen enhet enheten företrädare företrädarna representant
  representanter representanterna handläggare handläggarna kansli kansliet
`);
/** After a denial naming someone else, "men (väl) med SKR" turns to SKR. */
const CONTRAST_WORDS = new Set(['men', 'utan']);
const CONTRAST_FILLERS = wordSet(`
  väl även också däremot dock har det har skett ha
`);
const CONTRAST_WINDOW = 25;
const FORWARD_WINDOW = 15;
const COUNTERPART_WINDOW = 12;
const BRIDGE_WINDOW = 6;
const INTENT_WINDOW = 5;

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
/** Words that may stand between a negation and the consultation word ("har inte skett något"). */
const NEGATION_BRIDGE = wordSet(`
  har hade är var blivit varit ha att ännu heller dock tyvärr därför också även något någon
  några det skett förekommit genomförts gjorts ägt rum föremål för formellt formella föregående
  egentligt egentliga ett en skr ( ) enkäten undersökningen frågorna kunnat hunnit ske än så
  länge däremot emellertid alltså därmed fortfarande
`);
const PREPOSITIONS = wordSet(`
  i efter genom via med på av
`);

type CounterpartKind = 'skr' | 'other' | 'all-but-skr' | 'unnamed';

interface Counterpart {
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
  for (let k = index - 1; k >= 0 && index - k <= BRIDGE_WINDOW + 2; k--) {
    const token = tokens[k];
    if (token === 'skr' || isSkrPartEndingAt(tokens, k)) return true;
    if (token === 'för' && tokens[k - 1] === 'föremål') continue;
    if (!SUBJECT_BRIDGE.has(token)) return false;
  }
  return false;
}

function findCounterpart(tokens: string[], index: number): Counterpart {
  if (isSkrCompound(tokens[index])) return { kind: 'skr', medIndex: -1, anchor: index };
  const after = findPartnerAfter(tokens, index);
  if (after.kind !== 'unnamed') return after;
  return hasSkrAsSubject(tokens, index) ? { ...after, kind: 'skr' } : after;
}

/** "har inte skickats ut utan samråd": two negations make a (partnerless) statement. */
function isNegatedUtan(tokens: string[], utan: number): boolean {
  for (let k = utan - 1; k >= 0 && utan - k <= 4; k--) {
    if (NEGATORS.has(tokens[k])) return true;
  }
  return false;
}

/** "har inte samråtts", "inget samråd", "utan samråd", "utan att SKR har samråtts". */
function isNegatedBefore(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= BRIDGE_WINDOW; k--) {
    const token = tokens[k];
    if (NEGATORS.has(token) || NEGATING_DETERMINERS.has(token)) return true;
    // "inte av oss utan i samråd med SKR" contrasts; it does not negate.
    if (token === 'utan') return !PREPOSITIONS.has(tokens[k + 1]) && !isNegatedUtan(tokens, k);
    if (!NEGATION_BRIDGE.has(token)) return false;
  }
  return false;
}

/** "Samråd med SKR har ännu inte genomförts", "samråd kommer att ske". */
function readAfterAnchor(
  tokens: string[],
  anchor: number,
): { negated: boolean; intended: boolean } {
  let intended = false;
  for (let k = anchor + 1; k < tokens.length && k - anchor <= BRIDGE_WINDOW; k++) {
    const token = tokens[k];
    if (NEGATORS.has(token)) return { negated: true, intended };
    if (INTENT_MARKERS.has(token)) intended = true;
    else if (!NEGATION_BRIDGE.has(token)) break;
  }
  return { negated: false, intended };
}

function hasIntentBefore(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= INTENT_WINDOW; k--) {
    const token = tokens[k];
    if (INTENT_MARKERS.has(token)) return true;
    if (token === ',' || HARD_BOUNDARIES.has(token) || CLAUSE_JOINERS.has(token)) return false;
  }
  return false;
}

/** The consultation word stands in an "om …" clause: a condition, not a fact. */
function isConditional(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= INTENT_WINDOW + 3; k--) {
    const token = tokens[k];
    if (token === ',' || HARD_BOUNDARIES.has(token)) return CONDITIONALS.has(tokens[k + 1]);
    if (k === 0) return CONDITIONALS.has(token);
  }
  return false;
}

/** "inte med NNR men (väl) med SKR": SKR named after a contrast later in the sentence. */
function contrastsToSkr(tokens: string[], from: number): boolean {
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

function mentionsConsultationOrdinance(tokens: string[]): boolean {
  return tokens.some(
    (token, k) =>
      token === '1982:668' ||
      token.startsWith('uppgiftsinhämtningsförordning') ||
      (token === 'uppgiftsinhämtning' &&
        tokens[k + 1] === 'från' &&
        (tokens[k + 2] === 'kommuner' || tokens[k + 2] === 'kommunerna')),
  );
}

function readConsultationAt(
  tokens: string[],
  index: number,
  mentionsOrdinance: boolean,
): CoverLetterFindingKind | null {
  const counterpart = findCounterpart(tokens, index);
  const after = readAfterAnchor(tokens, counterpart.anchor);
  const between = counterpart.medIndex > index ? tokens.slice(index + 1, counterpart.medIndex) : [];
  const negated =
    isNegatedBefore(tokens, index) || after.negated || between.some((t) => NEGATORS.has(t));
  const intended =
    UNFINISHED_CONSULTATION_WORDS.has(tokens[index]) ||
    isConditional(tokens, index) ||
    after.intended ||
    hasIntentBefore(tokens, index) ||
    between.some((t) => INTENT_MARKERS.has(t));

  if (counterpart.kind === 'other') {
    return negated && contrastsToSkr(tokens, counterpart.anchor) ? 'consultation_stated' : null;
  }
  // "Samråd har inte skett med någon annan än SKR" says that SKR was consulted.
  if (counterpart.kind === 'all-but-skr') return negated ? 'consultation_stated' : null;
  // A denial without a named partner ("Samråd har inte skett.") still refers, in a cover letter,
  // to the one consultation the ordinance asks for, so it outweighs any claim elsewhere.
  if (negated) return 'consultation_denied';
  if (intended) return null;
  if (counterpart.kind === 'skr') return 'consultation_stated';
  // The consultation förordningen (1982:668) asks for is with the organisation representing the
  // municipalities and regions, which is SKR. A letter saying that consultation took place thus
  // states that SKR was consulted even when SKR is not named. A bare "samråd har skett" could mean
  // any consultation and is not counted.
  return mentionsOrdinance ? 'consultation_stated' : null;
}

export function readConsultation(tokens: string[]): CoverLetterFindingKind[] {
  const kinds: CoverLetterFindingKind[] = [];
  let mentionsOrdinance: boolean | undefined;
  tokens.forEach((token, index) => {
    if (!CONSULTATION_WORDS.has(token) && !isSkrCompound(token)) return;
    mentionsOrdinance ??= mentionsConsultationOrdinance(tokens);
    const kind = readConsultationAt(tokens, index, mentionsOrdinance);
    if (kind) kinds.push(kind);
  });
  return kinds;
}
