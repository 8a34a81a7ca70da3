/** Decisions about matching what the field or a registrar says to a registered survey. */

export interface SurveyCandidate {
  id: string;
  /** Trigram similarity (0–1) of the folded titles: the survey's, or any title it was reported under. */
  similarity: number;
  /** How far the survey's date (sent, else planned, else registered) lies from the report's. */
  distanceDays: number;
}

export interface MatchSettings {
  minSimilarity: number;
  windowDays: number;
}

/** The configured matching: the same for field reports and registrations. */
export function matchSettings(config: {
  reportMatchSimilarity: number;
  reportMatchWindowDays: number;
}): MatchSettings {
  return { minSimilarity: config.reportMatchSimilarity, windowDays: config.reportMatchWindowDays };
}

/**
 * The candidate a report or registration belongs to: the most similar title at or above the
 * threshold, and of equally similar ones the nearest in time; none when nothing is similar
 * enough or lies inside the window.
 */
export function pickSurveyMatch(
  candidates: readonly SurveyCandidate[],
  settings: MatchSettings,
): SurveyCandidate | null {
  const eligible = candidates.filter(
    (candidate) =>
      candidate.similarity >= settings.minSimilarity &&
      candidate.distanceDays <= settings.windowDays,
  );
  eligible.sort((a, b) => b.similarity - a.similarity || a.distanceDays - b.distanceDays);
  return eligible[0] ?? null;
}
