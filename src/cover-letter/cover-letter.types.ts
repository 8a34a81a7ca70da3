export type Voluntariness = 'voluntary' | 'mandatory' | 'unclear';

export type CoverLetterFindingKind =
  | 'consultation_stated'
  | 'consultation_denied'
  | 'voluntary_stated'
  | 'mandatory_stated'
  | 'voluntary_denied'
  | 'legal_basis';

/** One statement found in a cover letter, with the sentence it was read from. */
export interface CoverLetterEvidence {
  kind: CoverLetterFindingKind;
  sentence: string;
}

export interface CoverLetterAnalysis {
  /** True when the letter states that SKR was consulted (and does not deny it). */
  statesConsultation: boolean;
  voluntariness: Voluntariness;
  /** The statute named as the obligation to answer, e.g. "5 kap. 1 § socialtjänstförordningen". */
  legalBasis: string | null;
  evidence: CoverLetterEvidence[];
}
