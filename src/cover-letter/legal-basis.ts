import type { CoverLetterFindingKind } from './cover-letter.types';
import type { SentenceReading } from './sentence-reading';

const BASIS_CUE =
  /med stöd av|enligt|i enlighet med|följer av|framgår av|regleras i|föreskrivs i|lagstöd|lagrum/u;
const PRIVACY_CUE = /sekretess|personuppgift|dataskydd|gdpr|integritet/u;

export const statesObligation = (kinds: CoverLetterFindingKind[]): boolean =>
  kinds.includes('mandatory_stated') || kinds.includes('voluntary_denied');

/** A neighbouring sentence may carry the statute ("Uppgifterna samlas in med stöd av …"). */
function basisInNeighbour(reading: SentenceReading | undefined): string | null {
  if (reading === undefined || !BASIS_CUE.test(reading.normalised)) return null;
  return PRIVACY_CUE.test(reading.normalised) ? null : reading.citation();
}

/**
 * The statute an obligation rests on: the one cited in the same sentence, else one cited with a
 * legal cue in the sentence just before or after. Sentences about secrecy or personal data are
 * skipped because they cite statutes that protect answers rather than require them.
 */
export function findLegalBasis(
  previous: SentenceReading | undefined,
  current: SentenceReading,
  next: SentenceReading | undefined,
): { citation: string; reading: SentenceReading } | null {
  const own = current.citation();
  if (own !== null) return { citation: own, reading: current };
  for (const neighbour of [previous, next]) {
    const citation = basisInNeighbour(neighbour);
    if (citation !== null && neighbour) return { citation, reading: neighbour };
  }
  return null;
}
