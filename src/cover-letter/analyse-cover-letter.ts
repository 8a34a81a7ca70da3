/**
 * Reads a survey cover letter (missiv / följebrev) and reports what it says about the
 * consultation with Sveriges Kommuner och Regioner (SKR) that förordningen (1982:668) requires,
 * and about whether the recipients have to answer.
 *
 * The reading is rule based and deliberately conservative: a finding is reported only when one
 * sentence says it plainly, because the result is shown to people judging whether an agency kept
 * the consultation rule. A missed statement costs a manual look; a wrong one misleads.
 *
 * All matching happens in small, bounded windows over the tokens of one sentence, and the regular
 * expressions avoid ambiguous nested repetition, so the work grows linearly with the length of the
 * letter whatever its content.
 */
import type {
  CoverLetterAnalysis,
  CoverLetterEvidence,
  CoverLetterFindingKind,
  Voluntariness,
} from './cover-letter.types';

// ---------------------------------------------------------------------------------------------
// Characters

/** Word lists are written as plain text, one space between words, to keep them easy to scan. */
const wordList = (words: string): string[] => words.trim().split(/\s+/u);
const wordSet = (words: string): Set<string> => new Set(wordList(words));

function isWhitespaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isWhitespaceAt = (text: string, index: number): boolean =>
  isWhitespaceCode(text.charCodeAt(index));
const isUppercase = (char: string): boolean => char !== char.toLowerCase();
const isLowercase = (char: string): boolean => char !== char.toUpperCase();
const isDigit = (char: string): boolean => char >= '0' && char <= '9';

// ---------------------------------------------------------------------------------------------
// Sentences

interface Span {
  start: number;
  end: number;
}

interface Line extends Span {
  contentStart: number;
  isBlank: boolean;
  isListItem: boolean;
}

const INLINE_SPACE = String.raw`[\t \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]`;
const LIST_MARKER = new RegExp(
  String.raw`${INLINE_SPACE}*(?:[•·▪◦‣●○■□➢➤►✓✔*\-–—]|\(?(?:\d{1,2}|[a-zA-Z])[.)])${INLINE_SPACE}+`,
  'uy',
);

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
// Bullets pasted from word processors often lose their line breaks; they still separate items.
const INLINE_BULLETS = new Set(['•', '▪', '●', '◦', '‣']);
const WORD_OPENERS = new Set(['(', '[', '"', '“', '„', '«']);
const SENTENCE_MARK = /[.!?…•▪●◦‣]/g;

/** Abbreviations that sit inside a sentence, so a following capital ("t.ex. SKR") is no start. */
const NON_FINAL_ABBREVIATIONS = wordSet(`
  bl.a. t.ex. ex. enl. kap. ca. c:a. nr. jfr. resp. s.k. p.g.a. pga. fr.o.m. t.o.m. dvs. d.v.s.
  inkl. exkl. ang. betr. kl. tel. tfn. st. prop. dnr. bil. sid. f.d. ev. obs. art. mom. avd.
  jan. feb. febr. aug. sep. sept. okt. nov. dec. f.ö. m.a.o. i.o.m. fr. vg.
`);

/** Abbreviations that often close a sentence: they end one only when a capital follows. */
const FINAL_ABBREVIATIONS = wordSet(`
  m.m. mm. osv. o.s.v. etc. m.fl. mfl. o.d. e.d. ff.
`);

/** Words that cannot end a line of running text, so the next line continues the sentence. */
const LINE_CONNECTORS = wordSet(`
  och eller samt med i att om av för till på enligt från har hade är ska skall som den det de en
  ett vid mellan hos inom under efter inte ej utan kap. §
`);

const isLineBreakCode = (code: number): boolean =>
  (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isLineBreakCode(code)) continue;
    lines.push(describeLine(text, start, index));
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
    start = index + 1;
  }
  lines.push(describeLine(text, start, text.length));
  return lines;
}

function describeLine(text: string, start: number, end: number): Line {
  if (start === end) return { start, end, contentStart: end, isListItem: false, isBlank: true };
  LIST_MARKER.lastIndex = start;
  const isListItem = LIST_MARKER.exec(text) !== null && LIST_MARKER.lastIndex <= end;
  let contentStart = isListItem ? LIST_MARKER.lastIndex : start;
  while (contentStart < end && isWhitespaceAt(text, contentStart)) contentStart++;
  return { start, end, contentStart, isListItem, isBlank: contentStart >= end };
}

/** The word just before `index` (back to a space or an opening bracket), lower-cased. */
function wordBefore(text: string, index: number, floor: number): string {
  let start = index;
  while (
    start > floor &&
    index - start < 20 &&
    !isWhitespaceAt(text, start - 1) &&
    !WORD_OPENERS.has(text[start - 1])
  ) {
    start--;
  }
  return text.slice(start, index).toLowerCase();
}

function lastVisibleIndex(text: string, line: Line): number {
  let index = line.end - 1;
  while (index > line.contentStart && isWhitespaceAt(text, index)) index--;
  return index;
}

/**
 * Letters are often hard-wrapped ("… med Sveriges Kommuner och\nRegioner"), yet headings, address
 * blocks and list items are separate statements. A line break is kept as a boundary unless the
 * first line plainly cannot end there.
 */
function continuesPreviousLine(text: string, previous: Line, line: Line): boolean {
  if (line.isListItem) return false;
  const lastIndex = lastVisibleIndex(text, previous);
  const last = text[lastIndex];
  const lastWord = wordBefore(text, lastIndex + 1, previous.contentStart);
  if (last === '.') return NON_FINAL_ABBREVIATIONS.has(lastWord);
  if (TERMINATORS.has(last) || last === ':' || last === ';') return false;
  if (last === ',' || last === '-' || last === '–') return true;
  const first = text[line.contentStart];
  if (isLowercase(first) || isDigit(first) || first === '(' || first === '§') return true;
  return LINE_CONNECTORS.has(lastWord);
}

function groupIntoBlocks(text: string, lines: Line[]): Span[] {
  const blocks: Span[] = [];
  let current: Span | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.isBlank) {
      if (current) blocks.push(current);
      current = null;
      previous = null;
      continue;
    }
    if (current && previous && continuesPreviousLine(text, previous, line)) {
      current.end = line.end;
    } else {
      if (current) blocks.push(current);
      current = { start: line.contentStart, end: line.end };
    }
    previous = line;
  }
  if (current) blocks.push(current);
  return blocks;
}

function firstVisibleChar(text: string, from: number, limit: number): string {
  let index = from;
  while (index < limit && isWhitespaceAt(text, index)) index++;
  return index < limit ? text[index] : '';
}

function endsSentence(text: string, run: Span, closeEnd: number, block: Span): boolean {
  // "www.skr.se", "1.2", "bl.a": a terminator glued to the next character is no boundary.
  if (closeEnd < block.end && !isWhitespaceAt(text, closeEnd)) return false;
  const marks = text.slice(run.start, run.end);
  if (marks.includes('?') || marks.includes('!')) return true;
  const next = firstVisibleChar(text, closeEnd, block.end);
  if (next === '') return true;
  if (marks !== '.') return isUppercase(next);
  const word = wordBefore(text, run.start, block.start) + '.';
  if (NON_FINAL_ABBREVIATIONS.has(word)) return false;
  // A lone letter before the period is an initial or a list letter, as in "A. Andersson".
  if (word.length === 2 && isLowercase(word[0])) return false;
  if (FINAL_ABBREVIATIONS.has(word)) return isUppercase(next);
  return !isLowercase(next);
}

function splitBlock(text: string, block: Span, sentences: Span[]): void {
  let sentenceStart = block.start;
  const pushSentence = (end: number): void => {
    let start = sentenceStart;
    let stop = end;
    while (start < stop && isWhitespaceAt(text, start)) start++;
    while (stop > start && isWhitespaceAt(text, stop - 1)) stop--;
    if (stop > start) sentences.push({ start, end: stop });
  };
  let index = block.start;
  while (index < block.end) {
    SENTENCE_MARK.lastIndex = index;
    const mark = SENTENCE_MARK.exec(text);
    if (mark === null || mark.index >= block.end) break;
    index = mark.index;
    if (INLINE_BULLETS.has(mark[0])) {
      pushSentence(index);
      sentenceStart = index + 1;
      index++;
      continue;
    }
    let runEnd = index;
    while (runEnd < block.end && TERMINATORS.has(text[runEnd])) runEnd++;
    let closeEnd = runEnd;
    while (closeEnd < block.end && CLOSERS.has(text[closeEnd])) closeEnd++;
    if (endsSentence(text, { start: index, end: runEnd }, closeEnd, block)) {
      pushSentence(closeEnd);
      sentenceStart = closeEnd;
    }
    index = closeEnd;
  }
  pushSentence(block.end);
}

function splitIntoSentences(text: string): string[] {
  const spans: Span[] = [];
  for (const block of groupIntoBlocks(text, readLines(text))) splitBlock(text, block, spans);
  return spans.map((span) => text.slice(span.start, span.end));
}

// ---------------------------------------------------------------------------------------------
// Normalisation and tokens

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const TYPOGRAPHIC =
  /[\u00ad\u200b-\u200d\u2060\ufeff\u2010-\u2015\u2212\u2018-\u201f\u2032\u2033\u00ab\u00bb]/gu;
const NON_ASCII = /[^\t-~]/u;
// Decomposed letters ("a" + ring) and the ångström sign are what NFC changes in Swedish text.
const NEEDS_COMPOSITION = /[\u0300-\u036f\u212b]/;
const HYPHENATED_LINE_WRAP = /(\p{Ll})-[\t ]*(?:\r\n|\n|\r)\s*(?=\p{Ll})/gu;
const WHITESPACE_RUN = /\s+/gu;
// SKL (Sveriges Kommuner och Landsting) is SKR's name before 2019; older letters still use it.
const SKR_FULL_NAME = /sveriges kommuner ?(?:och|&) ?(?:regioner|landsting)(s?)(?![\p{L}\p{N}])/gu;
const SKL_ABBREVIATION = /(?<![\p{L}\p{N}])skl(?![\p{L}\p{N}])/gu;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[:'-][\p{L}\p{M}\p{N}]+)*|§+|\S/gu;

function plainTypography(char: string): string {
  if (char >= '\u2010' && char <= '\u2015') return '-';
  if (char === '\u2212') return '-';
  if ((char >= '\u2018' && char <= '\u201b') || char === '\u2032') return "'";
  if ((char >= '\u201c' && char <= '\u201f') || char === '\u2033' || char === '«' || char === '»') {
    return '"';
  }
  return '';
}

/** One comparable spelling: "Sveriges Kommuner och Regioner", "SKL" and "SKR" all become "skr". */
function normaliseForMatching(sentence: string): string {
  // The guards only skip passes that could not change anything; letters can be long.
  let text = sentence;
  if (NON_ASCII.test(text)) {
    if (NEEDS_COMPOSITION.test(text)) text = text.normalize('NFC');
    text = text.replace(TYPOGRAPHIC, plainTypography);
  }
  if (text.includes('\n') || text.includes('\r')) text = text.replace(HYPHENATED_LINE_WRAP, '$1');
  text = text.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  if (text.includes('sveriges')) {
    text = text.replace(SKR_FULL_NAME, (_match, genitive: string) => (genitive ? 'skr:s' : 'skr'));
  }
  return text.includes('skl') ? text.replace(SKL_ABBREVIATION, 'skr') : text;
}

function tokenise(normalised: string): string[] {
  return normalised.match(TOKEN) ?? [];
}

const WORD_START = /^[\p{L}\p{N}]/u;
/** Tokens longer than one character are words, apart from runs of "§". */
const isWordToken = (token: string | undefined): boolean =>
  token !== undefined && (token.length > 1 ? token[0] !== '§' : WORD_START.test(token));

function rangeHas(tokens: string[], from: number, to: number, words: Set<string>): boolean {
  for (let k = Math.max(0, from); k <= Math.min(tokens.length - 1, to); k++) {
    if (words.has(tokens[k])) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

const NEGATORS = new Set(['inte', 'ej', 'icke', 'aldrig']);
const NEGATING_DETERMINERS = new Set(['inget', 'ingen', 'inga']);
const HARD_BOUNDARIES = new Set([';', ':', '!', '?']);
const CLAUSE_JOINERS = new Set(['och', 'samt', 'men', 'medan', 'eller']);
const CLAUSE_STARTERS = wordSet(`
  som där vilket vilka vilken men eftersom medan trots fast innan då när
`);
const COPULAS = wordSet(`
  är var vara blir vore varit
`);
const ADVERBS = wordSet(`
  helt alls längre heller alltså dock således därmed därför ju självklart givetvis naturligtvis
  förstås också även fortfarande absolut alltid nu ändå
`);

/** Stems of words about taking part or handing in answers ("delta", "besvara", "enkäten"…). */
const ANSWERING_STEMS = wordList(`
  delta deltag medverk svar besvar lämna uppgift rapporter inrapporter redovis inkomm enkät
  undersökning insamling kartläggning frågeformulär fyll
`);
const ANSWERING_VERB_STEMS = wordList(`
  lämna besvara svara delta medverka rapportera inrapportera redovisa inkomma fylla
`);
/** Single questions or form fields: "frågorna är obligatoriska" is about the form, not the survey. */
const FIELD_NOUNS = wordSet(`
  fråga frågan frågor frågorna delfråga delfrågor följdfrågor fält fältet fälten svarsalternativ
  svarsalternativen
`);
/** Short words that may follow an adjective without it describing some other noun. */
const FUNCTION_WORDS = new Set([
  ...wordSet(`
    att för och men samt eller i på utan som om basis grund både även också dock trots eftersom
    såväl enligt från så då det den detta anonymt anonym konfidentiellt
  `),
  ...ADVERBS,
]);
const RECIPIENTS = wordSet(`
  ni du er dig kommunen kommunerna kommuner regionen regionerna regioner nämnden nämnderna
  huvudmannen huvudmännen huvudmän verksamheten verksamheterna landstinget landstingen
`);
/** Obligations of the sender ("vi är skyldiga att skydda uppgifterna") bind nobody who answers. */
const SENDER_SUBJECTS = new Set(['vi', 'myndigheten', 'myndigheterna']);

const startsWithAny = (token: string | undefined, stems: string[]): boolean =>
  token !== undefined && stems.some((stem) => token.startsWith(stem));

function hasAnsweringWordNear(tokens: string[], index: number, before: number, after: number) {
  for (let k = Math.max(0, index - before); k <= Math.min(tokens.length - 1, index + after); k++) {
    if (k !== index && startsWithAny(tokens[k], ANSWERING_STEMS)) return true;
  }
  return false;
}

/** The nearest earlier token that is not an adverb or a negation ("är" in "är inte helt …"). */
function previousSignificant(tokens: string[], index: number): string | undefined {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (!ADVERBS.has(tokens[k]) && !NEGATORS.has(tokens[k])) return tokens[k];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Consultation

/** Every inflection of "samråd"; the last line is the same words after a system dropped the å. */
const CONSULTATION_WORDS = wordSet(`
  samråd samrådet samrådets samråds samråda samrådas samrådes samrådde samrådd samrådda samrått
  samråtts samrådit samrådits
  samrad samradet samratt samratts
`);
/** The infinitive and present passive describe a duty or plan ("ska samråda"), not a done deal. */
const UNFINISHED_CONSULTATION_WORDS = new Set(['samråda', 'samrådas', 'samrådes']);
const INTENT_MARKERS = wordSet(`
  kommer ska skall avser avses planerar planeras planerat ämnar avsikt bör borde måste behöver
`);
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

type CounterpartKind = 'skr' | 'other' | 'unnamed';

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
  end: number;
}

function readPartnerList(tokens: string[], start: number): PartnerList {
  const limit = Math.min(tokens.length, start + COUNTERPART_WINDOW);
  let namesSomeone = false;
  let k = start;
  for (; k < limit; k++) {
    const token = tokens[k];
    if (endsClause(tokens, k) || COUNTERPART_STOPS.has(token)) break;
    // "med SKR:s sektion för statistik" names SKR; "med NNR och SKR:s statistik" does not.
    if (token === 'skr' || (token === 'skr:s' && k === start)) {
      return { skrIndex: k, namesSomeone: true, end: k + 1 };
    }
    if (isWordToken(token) && !COUNTERPART_GLUE.has(token)) namesSomeone = true;
  }
  return { skrIndex: -1, namesSomeone, end: k };
}

function findPartnerAfter(tokens: string[], index: number): Counterpart {
  const limit = Math.min(tokens.length, index + 1 + FORWARD_WINDOW);
  for (let j = index + 1; j < limit; j++) {
    if (endsClause(tokens, j)) break;
    if (tokens[j] !== 'med' || isFixedPhraseWithMed(tokens, j)) continue;
    const partners = readPartnerList(tokens, j + 1);
    if (partners.skrIndex >= 0) return { kind: 'skr', medIndex: j, anchor: partners.skrIndex };
    // The list already runs on over "och med …", so a later "med" starts something else.
    if (partners.namesSomeone) return { kind: 'other', medIndex: j, anchor: partners.end - 1 };
  }
  return { kind: 'unnamed', medIndex: -1, anchor: index };
}

/** "SKR har samråtts", "SKR har varit föremål för samråd", "med SKR har samråd skett". */
function hasSkrAsSubject(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= BRIDGE_WINDOW + 2; k--) {
    const token = tokens[k];
    if (token === 'skr') return true;
    if (token === 'för' && tokens[k - 1] === 'föremål') continue;
    if (!SUBJECT_BRIDGE.has(token)) return false;
  }
  return false;
}

function findCounterpart(tokens: string[], index: number): Counterpart {
  const after = findPartnerAfter(tokens, index);
  if (after.kind !== 'unnamed') return after;
  return hasSkrAsSubject(tokens, index) ? { ...after, kind: 'skr' } : after;
}

/** "har inte samråtts", "inget samråd", "utan samråd", "utan att SKR har samråtts". */
function isNegatedBefore(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= BRIDGE_WINDOW; k--) {
    const token = tokens[k];
    if (NEGATORS.has(token) || NEGATING_DETERMINERS.has(token)) return true;
    // "inte av oss utan i samråd med SKR" contrasts; it does not negate.
    if (token === 'utan') return !PREPOSITIONS.has(tokens[k + 1]);
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
    after.intended ||
    hasIntentBefore(tokens, index) ||
    between.some((t) => INTENT_MARKERS.has(t));

  if (counterpart.kind === 'other') return null;
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

function readConsultation(tokens: string[]): CoverLetterFindingKind[] {
  const kinds: CoverLetterFindingKind[] = [];
  let mentionsOrdinance: boolean | undefined;
  tokens.forEach((token, index) => {
    if (!CONSULTATION_WORDS.has(token)) return;
    mentionsOrdinance ??= mentionsConsultationOrdinance(tokens);
    const kind = readConsultationAt(tokens, index, mentionsOrdinance);
    if (kind) kinds.push(kind);
  });
  return kinds;
}

// ---------------------------------------------------------------------------------------------
// Voluntariness

const VOLUNTARY_WORDS = wordSet(`
  frivillig frivilligt frivilliga frivillighet frivilligheten valfri valfritt valfria
`);
const SELF_CHOICE_VERBS = new Set(['väljer', 'bestämmer', 'avgör', 'beslutar']);
const OBLIGATION_COMPOUND_STEMS = wordList(`
  uppgiftsskyldig uppgiftsplikt svarsplikt svarsskyldig rapporteringsskyldig rapporteringsplikt
  inrapporteringsskyldig uppgiftslämnarskyldig uppgiftslämningsskyldig
`);
const OBLIGATION_WORDS = wordSet(`
  skyldig skyldiga skyldigt skyldighet skyldigheten åligger ålagd ålagda ålagt åläggs förpliktad
  förpliktade förpliktigad förpliktigade tvungen tvungna
`);
const COMPULSORY_WORDS = wordSet(`
  obligatorisk obligatoriskt obligatoriska lagstadgad lagstadgat lagstadgade
`);
const PENALTY_WORDS = wordSet('vite vitet viten vitesföreläggande vitesföreläggandet');
/** Words a negation may skip before reaching what it negates ("det finns inte någon skyldighet"). */
const NEGATION_SKIPPABLE = new Set([
  ...ADVERBS,
  ...COPULAS,
  ...wordSet(`
    någon något några en ett det finns föreligger gäller råder på bygger sker baseras formell
    formellt
  `),
]);
const EXISTENCE_VERBS = new Set(['föreligger', 'finns', 'gäller', 'råder']);
const SHALL = new Set(['ska', 'skall']);
const MAY = new Set(['kan', 'får', 'kunna', 'välja']);

function isNegatedAt(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    const token = tokens[k];
    if (NEGATORS.has(token) || NEGATING_DETERMINERS.has(token)) return true;
    if (!NEGATION_SKIPPABLE.has(token)) break;
  }
  // "Uppgiftsskyldighet föreligger inte."
  if (!EXISTENCE_VERBS.has(tokens[index + 1])) return false;
  let k = index + 2;
  while (k < index + 4 && ADVERBS.has(tokens[k])) k++;
  return NEGATORS.has(tokens[k]);
}

/**
 * Whether an adjective such as "frivilligt" or "obligatoriskt" speaks about answering the survey,
 * rather than about "frivilliga insatser" or "obligatoriska fält".
 */
function isAboutAnswering(tokens: string[], index: number, acceptsBarePredicate: boolean): boolean {
  if (rangeHas(tokens, index - 4, index - 1, FIELD_NOUNS)) return false;
  const next = tokens[index + 1];
  const previous = previousSignificant(tokens, index);
  const isPredicate =
    (previous !== undefined && COPULAS.has(previous)) || startsWithAny(previous, ANSWERING_STEMS);
  const nextIsOtherNoun =
    isWordToken(next) && !FUNCTION_WORDS.has(next) && !startsWithAny(next, ANSWERING_STEMS);
  if (nextIsOtherNoun && !isPredicate) return false;
  if (hasAnsweringWordNear(tokens, index, 5, 6)) return true;
  // "Det är frivilligt." needs no context: in a cover letter it can only mean answering.
  return acceptsBarePredicate && isPredicate && !nextIsOtherNoun;
}

/** "Du väljer själv om du vill delta", "ni bestämmer själva". */
function readSelfChoice(tokens: string[], index: number): CoverLetterFindingKind | null {
  for (let k = index + 1; k < tokens.length && k - index <= 3; k++) {
    const token = tokens[k];
    if (NEGATORS.has(token)) return null;
    if (token === 'själv' || token === 'själva') {
      const next = tokens[k + 1];
      // "avgör själva vem som ska svara" is about who answers, not whether.
      const aboutWhether =
        next === undefined ||
        !isWordToken(next) ||
        next === 'om' ||
        next === 'huruvida' ||
        next === 'att';
      return aboutWhether && !isNegatedAt(tokens, index) ? 'voluntary_stated' : null;
    }
    if (!ADVERBS.has(token)) return null;
  }
  return null;
}

/** "Ni kan avstå från att delta." */
function readOptOut(tokens: string[], index: number): CoverLetterFindingKind | null {
  let allowed = false;
  for (let k = index - 1; k >= 0 && index - k <= 3; k--) {
    if (NEGATORS.has(tokens[k])) return null;
    if (MAY.has(tokens[k])) allowed = true;
  }
  if (!allowed) return null;
  const next = tokens[index + 1];
  const aboutAnswering = !isWordToken(next) || hasAnsweringWordNear(tokens, index, 0, 5);
  return aboutAnswering ? 'voluntary_stated' : null;
}

const TAKING_PART_VERBS = wordSet('delta deltaga medverka svara besvara');

/** "Ni behöver inte delta", but not "du behöver inte svara på alla frågor". */
function readNoNeed(tokens: string[], index: number): CoverLetterFindingKind | null {
  let k = index + 1;
  while (k < index + 3 && ADVERBS.has(tokens[k])) k++;
  if (!NEGATORS.has(tokens[k])) return null;
  for (let verb = k + 1; verb <= k + 2 && verb < tokens.length; verb++) {
    if (TAKING_PART_VERBS.has(tokens[verb])) {
      return rangeHas(tokens, verb + 1, verb + 3, FIELD_NOUNS) ? null : 'voluntary_stated';
    }
  }
  return null;
}

function answeringVerbFollowsAtt(tokens: string[], index: number): boolean {
  for (let k = index + 1; k < tokens.length && k - index <= 3; k++) {
    if (tokens[k] !== 'att') continue;
    for (let verb = k + 1; verb < tokens.length && verb - k <= 3; verb++) {
      if (startsWithAny(tokens[verb], ANSWERING_VERB_STEMS)) return true;
    }
    return false;
  }
  return false;
}

function recipientNear(tokens: string[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 10; k--) {
    if (tokens[k] === ',' || HARD_BOUNDARIES.has(tokens[k])) break;
    if (RECIPIENTS.has(tokens[k])) return true;
  }
  return rangeHas(tokens, index + 1, index + 3, RECIPIENTS);
}

/** "Ni är skyldiga", "kommunen är skyldig att besvara", "det åligger kommunen att lämna". */
function obligesRecipient(tokens: string[], index: number): boolean {
  let previous: string | undefined;
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    if (!NEGATION_SKIPPABLE.has(tokens[k]) && !NEGATORS.has(tokens[k])) {
      previous = tokens[k];
      break;
    }
  }
  if (previous !== undefined && SENDER_SUBJECTS.has(previous)) return false;
  return answeringVerbFollowsAtt(tokens, index) || recipientNear(tokens, index);
}

/** "Enligt 5 kap. 1 § SoF ska kommunen lämna uppgifter": a duty only when a statute is cited. */
function requiresAnswerAfterShall(tokens: string[], index: number): boolean {
  if (SENDER_SUBJECTS.has(tokens[index - 1])) return false;
  for (let k = index + 1; k < tokens.length && k - index <= 4; k++) {
    if (NEGATORS.has(tokens[k])) return false;
    if (startsWithAny(tokens[k], ANSWERING_VERB_STEMS)) return true;
  }
  return false;
}

/** Negating an obligation ("ni är inte skyldiga") states that answering is voluntary. */
const obligationOrRelief = (negated: boolean): CoverLetterFindingKind =>
  negated ? 'voluntary_stated' : 'mandatory_stated';

const VOLUNTARINESS_TRIGGERS = new Set([
  ...VOLUNTARY_WORDS,
  ...SELF_CHOICE_VERBS,
  ...OBLIGATION_WORDS,
  ...COMPULSORY_WORDS,
  ...PENALTY_WORDS,
  ...SHALL,
  'avstå',
  'behöver',
]);

const isObligationCompound = (token: string): boolean =>
  (token.includes('skyldig') || token.includes('plikt')) &&
  startsWithAny(token, OBLIGATION_COMPOUND_STEMS);

/** Fact boxes in letters read "Frivilligt: ja" or "Obligatoriskt: nej". */
function readFactBoxAnswer(tokens: string[], index: number): 'ja' | 'nej' | null {
  if (tokens[index + 1] !== ':') return null;
  const answer = tokens[index + 2];
  return answer === 'ja' || answer === 'nej' ? answer : null;
}

function readVoluntarinessAt(
  tokens: string[],
  index: number,
  citesStatute: () => boolean,
): CoverLetterFindingKind | null {
  const token = tokens[index];
  if (!VOLUNTARINESS_TRIGGERS.has(token) && !isObligationCompound(token)) return null;
  const factBoxAnswer = readFactBoxAnswer(tokens, index);
  if (VOLUNTARY_WORDS.has(token)) {
    if (factBoxAnswer) return factBoxAnswer === 'ja' ? 'voluntary_stated' : 'voluntary_denied';
    if (!isAboutAnswering(tokens, index, token.startsWith('frivillig'))) return null;
    return isNegatedAt(tokens, index) ? 'voluntary_denied' : 'voluntary_stated';
  }
  if (SELF_CHOICE_VERBS.has(token)) return readSelfChoice(tokens, index);
  if (token === 'avstå') return readOptOut(tokens, index);
  if (token === 'behöver') return readNoNeed(tokens, index);
  if (isObligationCompound(token)) {
    return obligationOrRelief(isNegatedAt(tokens, index));
  }
  if (OBLIGATION_WORDS.has(token)) {
    return obligesRecipient(tokens, index) ? obligationOrRelief(isNegatedAt(tokens, index)) : null;
  }
  if (COMPULSORY_WORDS.has(token)) {
    if (factBoxAnswer) return obligationOrRelief(factBoxAnswer === 'nej');
    return isAboutAnswering(tokens, index, false)
      ? obligationOrRelief(isNegatedAt(tokens, index))
      : null;
  }
  if (PENALTY_WORDS.has(token)) return isNegatedAt(tokens, index) ? null : 'mandatory_stated';
  if (SHALL.has(token) && requiresAnswerAfterShall(tokens, index) && citesStatute()) {
    return 'mandatory_stated';
  }
  return null;
}

function readVoluntariness(
  tokens: string[],
  citesStatute: () => boolean,
): CoverLetterFindingKind[] {
  const kinds: CoverLetterFindingKind[] = [];
  tokens.forEach((_token, index) => {
    const kind = readVoluntarinessAt(tokens, index, citesStatute);
    if (kind) kinds.push(kind);
  });
  return kinds;
}

// ---------------------------------------------------------------------------------------------
// Statutes

const CHAPTER = String.raw`\d{1,3} ?kap\. ?`;
const PARAGRAPH = String.raw`\d{1,3} ?[a-z]? ?§§?`;
const PART = String.raw`(?: (?:första|andra|tredje|fjärde|femte|sjätte) stycket| \d{1,2} ?st\.)`;
const POINT = String.raw`(?: (?:punkt|p\.) ?\d{1,2}| \d{1,2} ?p\.)`;
/** "6 kap. 1 §", "15 a §", "2 kap. 3 § andra stycket 4 p." */
const SECTION = `(?:${CHAPTER})?${PARAGRAPH}${PART}?${POINT}?`;
// The name is taken as a whole word first and its ending checked afterwards, so a long word costs
// one pass instead of a retry per possible ending.
const STATUTE = String.raw`(?:\p{L}{1,30}- (?:och|eller) )?\p{L}[\p{L}-]{2,44}(?![\p{L}\p{N}-])(?<=lag|lagen|förordning|förordningen|balk|balken)`;
const SFS_NUMBER = String.raw`\((?:SFS ?)?\d{4}:\d{1,4}\)`;
const ABBREVIATED_STATUTE = String.raw`(?:SoL|SoF|HSL|LSS|OSL|SkolL|KL|FL|SFB|LVU|LVM)(?![\p{L}\p{N}-])`;
const CITATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<section>${SECTION} )?(?<statute>${STATUTE})(?<number> ?${SFS_NUMBER})?|${SECTION} (?:${ABBREVIATED_STATUTE}|${SFS_NUMBER}|SFS \d{4}:\d{1,4}))`,
  'giu',
);
const BARE_STATUTE_WORDS = wordSet(`
  lag lagen förordning förordningen balk balken
`);
const DEFINITE_STATUTE_ENDING = /(?:lagen|förordningen|balken)$/u;
/** Ordinary words that happen to end like a statute name. */
const NOT_STATUTES = wordSet(`
  underlagen förslagen anslagen arbetslagen bolagen förlagen inslagen avslagen omslagen utslagen
  beslagen påslagen tillslagen upplagen inlagen samlagen slagen
`);
const TITLE_WORD = /^[\p{L}\p{N}-]+$/u;
const TITLE_TRAILING_PUNCTUATION = /[,.;:!?)"”’]+$/u;
const TITLE_STOP_WORDS = wordSet(`
  är ska skall har hade finns gäller föreligger råder innebär framgår följer anger ni du vi
  kommunen regionen kommunerna regionerna er era därför så vilket som att samt eftersom då när
  med enligt skyldig skyldiga också även
`);
const TITLE_GLUE = wordSet(`
  och eller samt i om för till
`);
const TITLE_MAX_WORDS = 12;
const CITATION_HINT = /lag|förordning|balk|§/iu;

/** The " om den officiella statistiken" part of a statute's name, when it follows. */
function readStatuteTitle(text: string, end: number): string {
  if (text.slice(end, end + 4).toLowerCase() !== ' om ') return '';
  const words = text.slice(end + 4, end + 4 + 200).split(' ', TITLE_MAX_WORDS);
  const kept: string[] = [];
  for (const raw of words) {
    const word = raw.replace(TITLE_TRAILING_PUNCTUATION, '');
    const lower = word.toLowerCase();
    const startsAnotherStatute =
      DEFINITE_STATUTE_ENDING.test(lower) || BARE_STATUTE_WORDS.has(lower);
    // A number opens the next reference: "… statistiken och 14 § förordningen …".
    const startsReference = isDigit(word.charAt(0));
    if (!word || !TITLE_WORD.test(word) || TITLE_STOP_WORDS.has(lower)) break;
    if (startsAnotherStatute || startsReference) break;
    kept.push(word);
    if (word !== raw) break;
  }
  while (kept.length > 0 && TITLE_GLUE.has(kept[kept.length - 1].toLowerCase())) kept.pop();
  return kept.length > 0 ? ` om ${kept.join(' ')}` : '';
}

function isPlausibleCitation(groups: Record<string, string | undefined>, title: string): boolean {
  const statute = groups.statute?.toLowerCase();
  if (statute === undefined || groups.section || groups.number) return true;
  if (BARE_STATUTE_WORDS.has(statute)) return title !== '';
  return DEFINITE_STATUTE_ENDING.test(statute) && !NOT_STATUTES.has(statute);
}

/**
 * The first statute cited in a sentence, as written (whitespace collapsed), or null. The
 * consultation ordinance (1982:668) is skipped: it obliges the agency to consult SKR and never
 * obliges anyone to answer.
 */
function findFirstCitation(sentence: string): string | null {
  if (!CITATION_HINT.test(sentence)) return null;
  const composed = NEEDS_COMPOSITION.test(sentence) ? sentence.normalize('NFC') : sentence;
  const text = composed.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ');
  CITATION.lastIndex = 0;
  for (let match = CITATION.exec(text); match !== null; match = CITATION.exec(text)) {
    const end = match.index + match[0].length;
    const title = readStatuteTitle(text, end);
    const citation = match[0] + title;
    const isConsultationOrdinance =
      citation.includes('1982:668') || /uppgiftsinhämtning/iu.test(title);
    if (isPlausibleCitation(match.groups ?? {}, title) && !isConsultationOrdinance) return citation;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading the letter

interface SentenceReading {
  text: string;
  normalised: string;
  kinds: CoverLetterFindingKind[];
  citation: () => string | null;
}

interface IndexedEvidence extends CoverLetterEvidence {
  sentenceIndex: number;
}

interface LegalBasis {
  citation: string;
  sentenceIndex: number;
}

const KIND_ORDER: CoverLetterFindingKind[] = [
  'consultation_stated',
  'consultation_denied',
  'voluntary_stated',
  'voluntary_denied',
  'mandatory_stated',
  'legal_basis',
];
const BASIS_CUE = /med stöd av|enligt|i enlighet med|följer av|framgår av|regleras i|föreskrivs i/u;
const PRIVACY_CUE = /sekretess|personuppgift|dataskydd|gdpr|integritet/u;

function memoise<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Every finding needs one of these fragments; most sentences of a letter have none. */
const FINDING_HINT =
  /samr|frivillig|valfri|skyldig|plikt|obligator|lagstad|vite|ålig|ålag|åläg|förplikt|tvung|själv|avstå|behöver|ska/u;

function readSentence(text: string): SentenceReading {
  const normalised = normaliseForMatching(text);
  const citation = memoise(() => findFirstCitation(text));
  // A question ("Har samråd skett med SKR?") asks; it states nothing.
  if (normalised.endsWith('?') || !FINDING_HINT.test(normalised)) {
    return { text, normalised, kinds: [], citation };
  }
  const tokens = tokenise(normalised);
  const kinds = [
    ...readConsultation(tokens),
    ...readVoluntariness(tokens, () => citation() !== null),
  ];
  return { text, normalised, kinds, citation };
}

const statesObligation = (reading: SentenceReading): boolean =>
  reading.kinds.includes('mandatory_stated') || reading.kinds.includes('voluntary_denied');

/** A neighbouring sentence may carry the statute ("Uppgifterna samlas in med stöd av …"). */
function basisInNeighbour(reading: SentenceReading | undefined): string | null {
  if (reading === undefined || !BASIS_CUE.test(reading.normalised)) return null;
  return PRIVACY_CUE.test(reading.normalised) ? null : reading.citation();
}

/**
 * The statute each obligation rests on: the one cited in the same sentence, else one cited with a
 * legal cue in the sentence just before or after. Sentences about secrecy or personal data are
 * skipped because they cite statutes that protect answers rather than require them.
 */
function findLegalBases(readings: SentenceReading[]): LegalBasis[] {
  const found: LegalBasis[] = [];
  readings.forEach((reading, index) => {
    if (!statesObligation(reading)) return;
    const own = reading.citation();
    if (own !== null) {
      found.push({ citation: own, sentenceIndex: index });
      return;
    }
    for (const neighbour of [index - 1, index + 1]) {
      const citation = basisInNeighbour(readings[neighbour]);
      if (citation !== null) {
        found.push({ citation, sentenceIndex: neighbour });
        return;
      }
    }
  });
  return found;
}

/**
 * Voluntary and mandatory statements together contradict each other, so the letter is unclear.
 * "Inte frivilligt" alone is not enough for 'mandatory': only a statute (a lag, or a förordning
 * issued under one) can oblige a municipality to answer, and a letter that neither cites one nor
 * uses obligation wording may just be careless phrasing that a person should look at.
 */
function decideVoluntariness(
  kinds: Set<CoverLetterFindingKind>,
  hasLegalBasis: boolean,
): Voluntariness {
  const voluntary = kinds.has('voluntary_stated');
  const mandatory = kinds.has('mandatory_stated');
  const denied = kinds.has('voluntary_denied');
  if (voluntary && (mandatory || denied)) return 'unclear';
  if (mandatory) return 'mandatory';
  if (denied) return hasLegalBasis ? 'mandatory' : 'unclear';
  return voluntary ? 'voluntary' : 'unclear';
}

function orderedUniqueEvidence(evidence: IndexedEvidence[]): CoverLetterEvidence[] {
  const sorted = [...evidence].sort(
    (a, b) =>
      a.sentenceIndex - b.sentenceIndex || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  const seen = new Set<string>();
  const unique: CoverLetterEvidence[] = [];
  for (const { kind, sentence } of sorted) {
    const key = `${kind}\u0000${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ kind, sentence });
  }
  return unique;
}

export function analyseCoverLetter(text: string): CoverLetterAnalysis {
  // Callers in plain JavaScript may pass null or undefined; that reads as an empty letter.
  const source = typeof text === 'string' ? text : '';
  // Boilerplate repeats (page footers, pasted paragraphs); identical sentences read identically.
  const readingsByText = new Map<string, SentenceReading>();
  const readings = splitIntoSentences(source).map((sentence) => {
    let reading = readingsByText.get(sentence);
    if (reading === undefined) {
      reading = readSentence(sentence);
      readingsByText.set(sentence, reading);
    }
    return reading;
  });

  const evidence: IndexedEvidence[] = [];
  readings.forEach((reading, sentenceIndex) => {
    // One entry per kind and sentence keeps the later de-duplication cheap for long sentences.
    for (const kind of new Set(reading.kinds)) {
      evidence.push({ kind, sentence: reading.text, sentenceIndex });
    }
  });
  const bases = findLegalBases(readings);
  for (const { sentenceIndex } of bases) {
    evidence.push({ kind: 'legal_basis', sentence: readings[sentenceIndex].text, sentenceIndex });
  }

  const kinds = new Set(evidence.map((item) => item.kind));
  const legalBasis = bases.length > 0 ? bases[0].citation : null;
  return {
    statesConsultation: kinds.has('consultation_stated') && !kinds.has('consultation_denied'),
    voluntariness: decideVoluntariness(kinds, legalBasis !== null),
    legalBasis,
    evidence: orderedUniqueEvidence(evidence),
  };
}
