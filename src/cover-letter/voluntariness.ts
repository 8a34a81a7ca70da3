import type { CoverLetterFindingKind } from './cover-letter.types';
import {
  COMPULSORY_WORDS,
  isObligationCompound,
  OBLIGATION_WORDS,
  PENALTY_WORDS,
  readCompulsory,
  readObligation,
  readPenalty,
  readShall,
  SHALL,
} from './duty-statements';
import {
  isOptOutAt,
  readNoNeed,
  readNoRequirement,
  readOptOut,
  readSelfChoice,
  readUpTo,
  readVoluntaryWord,
  SELF_CHOICE_VERBS,
  VOLUNTARY_WORDS,
} from './voluntary-statements';

type Reader = (tokens: string[], index: number) => CoverLetterFindingKind | null;

/** The word that can open a statement about answering, and the reader for what follows it. */
function readerFor(token: string): Reader | null {
  if (VOLUNTARY_WORDS.has(token)) return readVoluntaryWord;
  if (SELF_CHOICE_VERBS.has(token)) return readSelfChoice;
  if (token === 'behöver') return readNoNeed;
  if (token === 'upp') return readUpTo;
  if (token === 'krav') return readNoRequirement;
  if (OBLIGATION_WORDS.has(token) || isObligationCompound(token)) return readObligation;
  if (COMPULSORY_WORDS.has(token)) return readCompulsory;
  if (PENALTY_WORDS.has(token)) return readPenalty;
  return null;
}

/** What a tokenised Swedish sentence says about having to answer, one finding per statement. */
export function readVoluntariness(
  tokens: string[],
  citesObligingStatute: () => boolean,
): CoverLetterFindingKind[] {
  const kinds: CoverLetterFindingKind[] = [];
  tokens.forEach((token, index) => {
    let kind: CoverLetterFindingKind | null;
    if (isOptOutAt(tokens, index)) kind = readOptOut(tokens, index);
    else if (SHALL.has(token)) kind = readShall(tokens, index, citesObligingStatute);
    else kind = readerFor(token)?.(tokens, index) ?? null;
    if (kind) kinds.push(kind);
  });
  return kinds;
}
