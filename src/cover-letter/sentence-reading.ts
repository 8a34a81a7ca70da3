import { readConsultation } from './consultation';
import type { CoverLetterFindingKind } from './cover-letter.types';
import { normaliseForMatching, tokenise } from './normalise';
import { findFirstCitation } from './statutes';
import { readVoluntariness } from './voluntariness';

/** What one sentence of a letter says, with its statute looked up only when someone asks. */
export interface SentenceReading {
  text: string;
  normalised: string;
  kinds: CoverLetterFindingKind[];
  citation: () => string | null;
}

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

export function readSentence(text: string): SentenceReading {
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
