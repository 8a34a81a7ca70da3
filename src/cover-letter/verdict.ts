import type {
  CoverLetterEvidence,
  CoverLetterFindingKind,
  Voluntariness,
} from './cover-letter.types';

export interface IndexedEvidence extends CoverLetterEvidence {
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

/** A denial anywhere outweighs a claim: the letter then does not show a complete consultation. */
export const decideConsultation = (kinds: Set<CoverLetterFindingKind>): boolean =>
  kinds.has('consultation_stated') && !kinds.has('consultation_denied');

/**
 * Voluntary and mandatory statements together contradict each other, so the letter is unclear.
 * "Inte frivilligt" alone is not enough for 'mandatory': only a statute (a lag, or a förordning
 * issued under one) can oblige a municipality to answer, and a letter that neither cites one nor
 * uses obligation wording may just be careless phrasing that a person should look at.
 */
export function decideVoluntariness(
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

/** Evidence in the order of the letter, one entry per kind and sentence. */
export function orderedUniqueEvidence(evidence: IndexedEvidence[]): CoverLetterEvidence[] {
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
