import { agencyLetters } from './agency.letters';
import { consultationLetters } from './consultation.letters';
import type { CorpusLetter } from './corpus-letter';
import { dutyLetters } from './duty.letters';
import { englishLetters } from './english.letters';
import { factBoxLetters } from './fact-box.letters';
import { layoutLetters } from './layout.letters';
import { negationLetters } from './negation.letters';
import { questionAnswerLetters } from './question-answer.letters';
import { voluntaryLetters } from './voluntary.letters';

export { isHeldOut } from './corpus-letter';
export type { CorpusKind, CorpusLetter } from './corpus-letter';

/** The labelled cover letters, in a stable order. */
export const CORPUS: CorpusLetter[] = [
  ...agencyLetters,
  ...factBoxLetters,
  ...questionAnswerLetters,
  ...negationLetters,
  ...consultationLetters,
  ...dutyLetters,
  ...voluntaryLetters,
  ...englishLetters,
  ...layoutLetters,
];
