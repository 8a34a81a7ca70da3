import { isDigit } from './characters';
import { INVISIBLE, NEEDS_COMPOSITION, WHITESPACE_RUN } from './normalise';
import { wordSet } from './words';

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
const CITATION_HINT = /lag|förordning|balk|§|act|ordinance/iu;
/**
 * English citations: "Section 7 of the Official Statistics Act (2001:99)", "chapter 5, section 1
 * of the Social Services Ordinance (2001:937)", "the Official Statistics Ordinance (2001:100)".
 * Words are bounded in length and number, so a long run of capitals costs no backtracking.
 */
const ENGLISH_CITATION = new RegExp(
  String.raw`(?:(?:[Cc]hapter \d{1,3},? )?[Ss]ections? \d{1,3} ?[a-z]?(?:,? (?:of )?[Cc]hapter \d{1,3})? of (?:the )?(?:[\p{L}-]{1,30} ){0,6}(?:[Aa]ct|[Oo]rdinance|[Cc]ode)|(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]{0,30} ){1,6}(?:Act|Ordinance|Code))(?: \(\d{4}:\d{1,4}\))?`,
  'gu',
);

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
 * Statutes that never oblige a municipality to answer a survey: the consultation ordinance (it
 * obliges the agency), secrecy and data protection (they protect the answers), archives, and an
 * agency's own instruction (it binds the agency). Read from the citation and what follows it.
 */
const NON_OBLIGING =
  /1982:668|uppgiftsinhämtning|sekretess|offentlighets|\bosl\b|tryckfrihet|dataskydd|personuppgift|gdpr|arkiv|förvaltningslag|instruktion|secrecy|data protection|archives|instruction/iu;
/** "förordningen (2015:284) med instruktion för Socialstyrelsen": the name after the number. */
const FOLLOWING_NAME_LENGTH = 40;
const INSTRUCTION_AFTER = /^ ?med \S*instruktion/iu;

/**
 * The first statute cited in a sentence that can oblige the recipient to answer, as written
 * (whitespace collapsed), or null.
 */
export function findObligingCitation(sentence: string): string | null {
  if (!CITATION_HINT.test(sentence)) return null;
  const composed = NEEDS_COMPOSITION.test(sentence) ? sentence.normalize('NFC') : sentence;
  const text = composed.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ');
  CITATION.lastIndex = 0;
  for (let match = CITATION.exec(text); match !== null; match = CITATION.exec(text)) {
    const end = match.index + match[0].length;
    const title = readStatuteTitle(text, end);
    const citation = match[0] + title;
    const following = text.slice(end + title.length, end + title.length + FOLLOWING_NAME_LENGTH);
    const obliges = !NON_OBLIGING.test(citation) && !INSTRUCTION_AFTER.test(following);
    if (isPlausibleCitation(match.groups ?? {}, title) && obliges) return citation;
  }
  return findEnglishCitation(text);
}

function findEnglishCitation(text: string): string | null {
  ENGLISH_CITATION.lastIndex = 0;
  for (
    let match = ENGLISH_CITATION.exec(text);
    match !== null;
    match = ENGLISH_CITATION.exec(text)
  ) {
    if (!NON_OBLIGING.test(match[0])) return match[0];
  }
  return null;
}
