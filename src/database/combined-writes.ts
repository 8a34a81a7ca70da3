import type { EntityManager } from 'typeorm';

/** One SQL statement with its `$n` parameters. */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

const PARAMETER = /\$(\d+)/g;

/**
 * Independent writes as one statement, so they cost one round trip: each becomes a
 * data-modifying CTE, its `$n` renumbered after those of the ones before it. PostgreSQL runs
 * all of them exactly once, on one snapshot, in no defined order between them: they must
 * touch different rows, and writes whose order matters (rows of one sequence) belong in one
 * multi-row statement. The texts must not contain `$` other than parameters.
 */
export function combineWrites(statements: readonly SqlStatement[]): SqlStatement {
  if (statements.length === 1) return statements[0];
  const values: unknown[] = [];
  const parts = statements.map((statement, i) => {
    const offset = values.length;
    values.push(...statement.values);
    const text = statement.text.replace(PARAMETER, (_, n: string) => `$${Number(n) + offset}`);
    return `w${i} AS (${text})`;
  });
  return { text: `WITH ${parts.join(',\n')}\nSELECT 1 AS written`, values };
}

export async function runWrites(
  manager: EntityManager,
  statements: readonly SqlStatement[],
): Promise<void> {
  if (statements.length === 0) return;
  const { text, values } = combineWrites(statements);
  await manager.query(text, values);
}

/** `($1, $2), ($3, $4)`: rows of `width` parameters each, in order, for a multi-row VALUES. */
export function valueRows(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, row) =>
      `(${Array.from({ length: width }, (_, column) => `$${row * width + column + 1}`).join(', ')})`,
  ).join(', ');
}
