import type {
  CoverLetterAnalysis,
  CoverLetterEvidence,
  CoverLetterFindingKind,
  Voluntariness,
} from './cover-letter.types';

const KIND_ORDER: CoverLetterFindingKind[] = [
  'consultation_stated',
  'consultation_denied',
  'voluntary_stated',
  'voluntary_denied',
  'mandatory_stated',
  'legal_basis',
];

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

interface IndexedEvidence extends CoverLetterEvidence {
  sentenceIndex: number;
}

/** Collects findings as the letter is read and weighs them at the end. */
export class Verdict {
  private readonly evidence: IndexedEvidence[] = [];
  private readonly seen = new Set<string>();
  private legalBasis: string | null = null;

  /** One entry per kind and quoted sentence, however often the sentence repeats. */
  add(kind: CoverLetterFindingKind, sentence: string, sentenceIndex: number): void {
    const key = `${kind}\u0000${sentence}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.evidence.push({ kind, sentence, sentenceIndex });
  }

  /** The first obligation's statute is the letter's legal basis. */
  addLegalBasis(citation: string, sentence: string, sentenceIndex: number): void {
    this.legalBasis ??= citation;
    this.add('legal_basis', sentence, sentenceIndex);
  }

  /** A denial anywhere outweighs a claim: the letter then does not show a complete consultation. */
  decide(): CoverLetterAnalysis {
    const kinds = new Set(this.evidence.map((item) => item.kind));
    const ordered = [...this.evidence].sort(
      (a, b) =>
        a.sentenceIndex - b.sentenceIndex ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
    return {
      statesConsultation: kinds.has('consultation_stated') && !kinds.has('consultation_denied'),
      voluntariness: decideVoluntariness(kinds, this.legalBasis !== null),
      legalBasis: this.legalBasis,
      evidence: ordered.map(({ kind, sentence }) => ({ kind, sentence })),
    };
  }
}
