import type { SentenceReading } from './sentence-reading';

export interface LegalBasis {
  citation: string;
  sentenceIndex: number;
}

const BASIS_CUE = /med stöd av|enligt|i enlighet med|följer av|framgår av|regleras i|föreskrivs i/u;
const PRIVACY_CUE = /sekretess|personuppgift|dataskydd|gdpr|integritet/u;

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
export function findLegalBases(readings: SentenceReading[]): LegalBasis[] {
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
