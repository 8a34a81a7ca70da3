/**
 * Where to go after signing in: only a path of this site. Refused are absolute URLs, protocol-
 * relative ones (`//host`), backslashes (browsers read `/\host` as `//host`), and control
 * characters (a tab or newline inside `/\t/host` is dropped by browsers).
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//')) return null;
  if (next.includes('\\') || [...next].some(isControl)) return null;
  return next;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
