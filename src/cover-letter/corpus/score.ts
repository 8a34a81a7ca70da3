/** How often a reader's answers match the labels, per class and overall. */
export interface ClassScore {
  /** Of the letters read as this class, the share that are labelled so (1 when none are read so). */
  precision: number;
  /** Of the letters labelled this class, the share read so (1 when none are labelled so). */
  recall: number;
}

export interface PropertyScore<T extends string | boolean> {
  total: number;
  correct: number;
  accuracy: number;
  classes: Map<T, ClassScore>;
}

export interface Judgement<T> {
  expected: T;
  actual: T;
}

const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreProperty<T extends string | boolean>(
  judgements: Judgement<T>[],
  classes: T[],
): PropertyScore<T> {
  const correct = judgements.filter((j) => j.expected === j.actual).length;
  const scores = new Map<T, ClassScore>();
  for (const value of classes) {
    const hits = judgements.filter((j) => j.expected === value && j.actual === value).length;
    const predicted = judgements.filter((j) => j.actual === value).length;
    const labelled = judgements.filter((j) => j.expected === value).length;
    scores.set(value, { precision: share(hits, predicted), recall: share(hits, labelled) });
  }
  return {
    total: judgements.length,
    correct,
    accuracy: share(correct, judgements.length),
    classes: scores,
  };
}
