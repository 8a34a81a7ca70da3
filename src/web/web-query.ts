import { codePointLength } from '../common/input-text';
import { LOOKUP_QUERY_MAX_LENGTH } from '../lookup/dto/lookup-query.dto';

export const RESULTS_PER_PAGE = 20;
/** Deep pages cost the database as much as the first one and nobody reads them. */
const MAX_PAGE = 500;
const REFERENCE = /^ENK-\d{4}-\d{4,6}$/i;

export type SearchRequest =
  | { kind: 'start' }
  | { kind: 'search'; q: string; page: number }
  | { kind: 'invalid'; q: string; error: string };

/** A repeated parameter arrives as an array; a page reads the first. */
function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** Reads `?q=&sida=` leniently: a page must not answer a stray parameter with an error. */
export function parseSearchRequest(rawQ: unknown, rawPage: unknown): SearchRequest {
  const q = (firstString(rawQ) ?? '').trim();
  if (q === '') return { kind: 'start' };
  if (codePointLength(q) > LOOKUP_QUERY_MAX_LENGTH) {
    return {
      kind: 'invalid',
      q: Array.from(q).slice(0, LOOKUP_QUERY_MAX_LENGTH).join(''),
      error: `Sökningen får vara högst ${LOOKUP_QUERY_MAX_LENGTH} tecken lång.`,
    };
  }
  const page = Number(firstString(rawPage) ?? '1');
  const valid = Number.isInteger(page) && page >= 1 && page <= MAX_PAGE;
  return { kind: 'search', q, page: valid ? page : 1 };
}

export function isReference(raw: string): boolean {
  return REFERENCE.test(raw);
}
