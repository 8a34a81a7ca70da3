import { FLAG_CODES } from './flag-codes';
import type { FlagFinding } from './flag-rules';
import { factsKey } from './facts-key';

/** What the engine knows of a flag that is open or dismissed now. */
export interface CurrentFlag {
  id: string;
  code: string;
  state: string;
  factsKey: string;
  version: number;
  severity: string;
}

export interface FlagChanges {
  /** Findings newly holding, in the order of the findings. */
  raise: { finding: FlagFinding; factsKey: string }[];
  /** Open flags that still hold on other facts: new evidence, same flag. */
  reword: { flag: CurrentFlag; finding: FlagFinding; factsKey: string }[];
  /** Open flags that no longer hold, oldest first. */
  resolve: CurrentFlag[];
  /** The open codes afterwards, in the order of FLAG_CODES. */
  openCodes: string[];
}

function flagOrder(code: string): number {
  const index = (FLAG_CODES as readonly string[]).indexOf(code);
  return index === -1 ? FLAG_CODES.length : index;
}

/**
 * Raises what newly holds, resolves what no longer does, keeps a dismissal while the facts it
 * was dismissed on hold. `current` is the survey's open and dismissed flags, oldest first.
 */
export function planFlagChanges(
  current: readonly CurrentFlag[],
  findings: readonly FlagFinding[],
): FlagChanges {
  const open = new Map(current.filter((f) => f.state === 'open').map((f) => [f.code, f]));
  const dismissed = new Map(current.filter((f) => f.state === 'dismissed').map((f) => [f.code, f]));
  const changes: FlagChanges = { raise: [], reword: [], resolve: [], openCodes: [] };
  for (const finding of findings) {
    const key = factsKey(finding.code, finding.evidence);
    const existing = open.get(finding.code);
    open.delete(finding.code);
    if (existing) {
      changes.openCodes.push(finding.code);
      if (existing.factsKey !== key)
        changes.reword.push({ flag: existing, finding, factsKey: key });
      continue;
    }
    if (dismissed.get(finding.code)?.factsKey === key) continue;
    changes.raise.push({ finding, factsKey: key });
    changes.openCodes.push(finding.code);
  }
  changes.resolve = [...open.values()];
  changes.openCodes.sort((a, b) => flagOrder(a) - flagOrder(b));
  return changes;
}
