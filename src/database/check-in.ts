/** SQL for a CHECK that keeps a varchar column inside an enumeration. */
export function checkIn(column: string, values: readonly string[], nullable = false): string {
  const list = values.map((value) => `'${value}'`).join(', ');
  return nullable ? `"${column}" IS NULL OR "${column}" IN (${list})` : `"${column}" IN (${list})`;
}
