import type { DataSource } from 'typeorm';
import type { SqlStatement } from '../../src/database/combined-writes';
import {
  COMPLETED_CONSULTATIONS_LATERAL,
  PUBLIC_STATUS_SQL,
  PUBLIC_SURVEY_COLUMNS,
} from '../../src/lookup/lookup-sql';
import { containsPattern, isTitleWord } from '../../src/lookup/lookup-terms';

/*
 * The search by words as the lookup ran it before it became one prepared statement: the
 * agencies each word names, then a statement written for those agencies. Kept as the oracle
 * the new statement is compared with (test/lookup-equivalence.e2e-spec.ts).
 */

/**
 * Which agencies each word names (`word` is 1-based, in the order given). A word of three
 * characters or more names an agency whose name or short name contains it; any word names an
 * agency whose short name is the word or has it as a part ("AF", the "W" of "Lst W"). Same
 * ILIKE as for titles, so that case folding is PostgreSQL's in both places.
 */
export function agencyMatchQuery(words: readonly string[]): SqlStatement {
  const sql = `
SELECT a.id, array_agg(w.word::int ORDER BY w.word) AS words
FROM agencies a
JOIN unnest($1::text[], $2::text[], $3::boolean[]) WITH ORDINALITY AS w(pattern, lowered, long, word)
  ON (w.long AND (a.name ILIKE w.pattern OR a.short_name ILIKE w.pattern))
  OR w.lowered = ANY (string_to_array(lower(a.short_name), ' '))
GROUP BY a.id`;
  return {
    text: sql,
    values: [
      words.map(containsPattern),
      words.map((word) => word.toLowerCase()),
      words.map(isTitleWord),
    ],
  };
}

export interface AgencyMatchRow {
  id: string;
  words: number[];
}

/** The agency ids per word (index 0 = first word), from the rows of `agencyMatchQuery`. */
export function agencyIdsPerWord(wordCount: number, rows: readonly AgencyMatchRow[]): string[][] {
  const perWord = Array.from({ length: wordCount }, () => [] as string[]);
  for (const row of rows) {
    for (const word of row.words) perWord[word - 1]?.push(row.id);
  }
  return perWord;
}

/** One word's test: its agencies, its title pattern, or both. */
export interface WordMatch {
  agencyIds: readonly string[];
  /** `%word%`, or null for a short word, which is matched against agencies only. */
  titlePattern: string | null;
}

/**
 * How each word is matched, or null when nothing could match. Words of three characters or
 * more match the title or an agency. A shorter word ("om", "i") would match nearly every
 * title and cannot use the trigram index: it counts only when it names an agency ("AF") and is
 * otherwise left out. Every search thus has at least one indexed condition.
 */
export function wordMatches(
  words: readonly string[],
  agencyIds: readonly string[][],
): WordMatch[] | null {
  const matches = words.flatMap((word, index): WordMatch[] => {
    const agencies = agencyIds[index] ?? [];
    if (isTitleWord(word)) return [{ agencyIds: agencies, titlePattern: containsPattern(word) }];
    return agencies.length > 0 ? [{ agencyIds: agencies, titlePattern: null }] : [];
  });
  return matches.length > 0 ? matches : null;
}

/**
 * Every word must match. The agency ids are constants, so the planner sees real
 * selectivities and combines bitmap scans of the trigram index (title ILIKE) and
 * ix_surveys_agency. The agency test comes first in each OR because it is cheap and, when
 * true, spares that row the ILIKE.
 */
export function wordsCondition(matches: readonly WordMatch[], first: number): SqlStatement {
  const params: unknown[] = [];
  const parameter = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  const conjuncts = matches.map((match) => {
    const agencies =
      match.agencyIds.length > 0
        ? `s.agency_id = ANY (${parameter(match.agencyIds)}::uuid[])`
        : null;
    const title =
      match.titlePattern !== null ? `s.title ILIKE ${parameter(match.titlePattern)}` : null;
    return agencies && title ? `(${agencies} OR ${title})` : (agencies ?? title)!;
  });
  return { text: conjuncts.join(' AND '), values: params };
}

/**
 * One statement for a page of results and the total: the matching ids are found once
 * (materialized), counted, and only the page's rows are joined to their agency and their
 * completed consultations. The count row comes back even when the page is empty.
 */
export function wordsPageQuery(
  matches: readonly WordMatch[],
  limit: number,
  offset: number,
): SqlStatement {
  const condition = wordsCondition(matches, 3);
  const sql = `
WITH matched AS MATERIALIZED (
  SELECT s.id, s.sent_at, s.withdrawn_at
  FROM surveys s
  WHERE ${PUBLIC_STATUS_SQL} AND ${condition.text}
),
page AS (
  SELECT id, sent_at, withdrawn_at FROM matched
  ORDER BY sent_at DESC NULLS LAST, withdrawn_at DESC NULLS LAST, id
  LIMIT $1 OFFSET $2
)
SELECT t.total, ${PUBLIC_SURVEY_COLUMNS}
FROM (SELECT count(*)::int AS total FROM matched) t
LEFT JOIN page p ON true
LEFT JOIN surveys s ON s.id = p.id
LEFT JOIN agencies a ON a.id = s.agency_id
${COMPLETED_CONSULTATIONS_LATERAL}
ORDER BY p.sent_at DESC NULLS LAST, p.withdrawn_at DESC NULLS LAST, p.id`;
  return { text: sql, values: [limit, offset, ...condition.values] };
}

/** The total and the page's references for words, in the order the lookup gave them. */
export async function searchBefore(
  dataSource: DataSource,
  words: readonly string[],
  limit: number,
  offset: number,
): Promise<{ total: number; references: string[] }> {
  const agencies = agencyMatchQuery(words);
  const agencyRows: AgencyMatchRow[] = await dataSource.query(agencies.text, agencies.values);
  const matches = wordMatches(words, agencyIdsPerWord(words.length, agencyRows));
  if (!matches) return { total: 0, references: [] };
  const query = wordsPageQuery(matches, limit, offset);
  const rows: { total: number; reference: string | null }[] = await dataSource.query(
    query.text,
    query.values,
  );
  return {
    total: rows[0]?.total ?? 0,
    references: rows.flatMap((row) => (row.reference === null ? [] : [row.reference])),
  };
}
