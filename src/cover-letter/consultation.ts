import type { CoverLetterFindingKind } from './cover-letter.types';
import { contrastsToSkr, findCounterpart, isSkrCompound } from './consultation-partner';
import { CLAUSE_JOINERS, HARD_BOUNDARIES, NEGATING_DETERMINERS, NEGATORS } from './vocabulary';
import { wordSet } from './words';

/**
 * Whether a sentence says that SKR was consulted: a consultation word, with SKR as its partner
 * (see consultation-partner), not negated, not only intended, planned or conditional.
 */

/** Every inflection of "samråd"; the last line is the same words after a system dropped the å. */
const CONSULTATION_WORDS = wordSet(`
  samråd samrådet samrådets samråds samråden samråda samrådas samrådes samrådde samråddes samrådd
  samrådda samrått samråtts samrådit samrådits samrådsmöte samrådsmötet samrådsmöten
  samrad samradet samratt samratts
`);
/** The infinitive and present passive describe a duty or plan ("ska samråda"), not a done deal. */
const UNFINISHED_CONSULTATION_WORDS = new Set(['samråda', 'samrådas', 'samrådes']);
const INTENT_MARKERS = wordSet(`
  kommer ska skall avser avses planerar planeras planerat ämnar avsikt bör borde måste behöver
  skulle
`);
/** Words opening a conditional clause ("Om samråd hade skett …", "Om ni har samrått …"). */
const CONDITIONALS = new Set(['om', 'ifall']);
const BRIDGE_WINDOW = 6;
const INTENT_WINDOW = 5;

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
