import type { SqlStatement } from '../database/combined-writes';
import { containsPattern, isTitleWord } from './lookup-terms';

/** Drafts are the agency's and SKR's working material; everything that left that stage is public. */
export const PUBLIC_STATUSES = ['sent', 'closed', 'withdrawn'] as const;

export const PUBLIC_STATUS_SQL = `s.status IN (${PUBLIC_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/** What a lookup item needs from `s` (surveys), `a` (agencies) and `c` (the LATERAL below). */
export const PUBLIC_SURVEY_COLUMNS = `
       s.reference, s.title, s.status, s.sent_at, s.response_deadline, s.voluntary,
       s.recipient_count, s.cover_letter, s.consultation_status, s.network_decision, s.open_flags,
       a.name AS agency_name, a.short_name AS agency_short_name, a.kind AS agency_kind,
       c.completed AS completed_consultations`;

/** The completed consultations of one survey, over ix_consultations_survey. */
export const COMPLETED_CONSULTATIONS_LATERAL = `
LEFT JOIN LATERAL (
  SELECT json_agg(json_build_object('completedAt', k.completed_at, 'outcome', k.outcome)
                  ORDER BY k.completed_at, k.requested_at, k.id) AS completed
  FROM consultations k
  WHERE k.survey_id = s.id AND k.completed_at IS NOT NULL
) c ON true`;

/** A reference is unique: one indexed row, no count needed. */
export function referenceQuery(reference: string): SqlStatement {
  const sql = `
SELECT ${PUBLIC_SURVEY_COLUMNS}
FROM surveys s
JOIN agencies a ON a.id = s.agency_id
${COMPLETED_CONSULTATIONS_LATERAL}
WHERE s.reference = $1 AND ${PUBLIC_STATUS_SQL}`;
  return { text: sql, values: [reference] };
}

/** A statement PostgreSQL parses and plans once per connection, under its name (prepared-query.ts). */
export interface PreparedStatement extends SqlStatement {
  name: string;
}

/**
 * Which agencies a word names (`w`: one of the words, `a`: an agency). A word of three
 * characters or more names an agency whose name or short name contains it; any word names an
 * agency whose short name is the word or has it as a part ("AF", the "W" of "Lst W"). Same
 * ILIKE as for titles, so that case folding is PostgreSQL's in both places.
 */
const WORD_NAMES_AGENCY = `(w.long AND (a.name ILIKE w.pattern OR a.short_name ILIKE w.pattern))
    OR w.lowered = ANY (string_to_array(lower(a.short_name), ' '))`;

/** The agencies word `n` (1-based) names, or null: an array for `= ANY`, computed once. */
function agenciesOfWord(n: number): string {
  return `(SELECT n.agency_ids FROM named n WHERE n.word = ${n})::uuid[]`;
}

/**
 * Word `n`'s title pattern, from the statement's own words rather than straight from its
 * parameter (and the page's limit and offset through subqueries too), so that the planner
 * knows the values as little when it plans for given ones as when it plans for any: then it
 * keeps one generic plan for the statement, instead of planning it again on every run because
 * the values at hand looked cheaper.
 */
function patternOfWord(n: number): string {
  return `(SELECT w.pattern FROM words w WHERE w.word = ${n})`;
}

/**
 * Every word must match. A word of three characters or more matches the title or an agency
 * it names. A shorter word ("om", "i") would match nearly every title and cannot use the
 * trigram index: it counts only when it names an agency ("AF") and is otherwise left out; the
 * short words that count together allow the agencies all of them name. Without a word that
 * counts, nothing matches.
 *
 * Each long word's test can use an index whatever the agencies turn out to be: a bitmap of
 * its agencies' surveys (ix_surveys_agency_dated_at; empty when it names none) or'ed with the
 * trigram index's for the title, and the words' bitmaps and'ed.
 */
function wordsCondition(longWords: number, shortWords: boolean): string {
  const conjuncts = Array.from(
    { length: longWords },
    (_, i) =>
      `(s.agency_id = ANY (${agenciesOfWord(i + 1)}) OR s.title ILIKE ${patternOfWord(i + 1)})`,
  );
  if (shortWords) {
    const allowed = 's.agency_id = ANY ((SELECT agency_ids FROM short_words)::uuid[])';
    conjuncts.push(
      longWords > 0 ? `(NOT EXISTS (SELECT FROM named WHERE NOT long) OR ${allowed})` : allowed,
    );
  }
  return conjuncts.join('\n    AND ');
}

function wordsSearchSql(longWords: number, shortWords: boolean): string {
  return `
WITH words AS MATERIALIZED (
  SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[]) WITH ORDINALITY AS w(pattern, lowered, long, word)
),
named AS MATERIALIZED (
  SELECT w.word, w.long, array_agg(a.id) AS agency_ids
  FROM words w
  JOIN agencies a
    ON ${WORD_NAMES_AGENCY}
  GROUP BY w.word, w.long
),
short_words AS (
  SELECT array_agg(every_one.id) AS agency_ids
  FROM (
    SELECT id
    FROM named n CROSS JOIN LATERAL unnest(n.agency_ids) AS id
    WHERE NOT n.long
    GROUP BY id
    HAVING count(*) = (SELECT count(*) FROM named WHERE NOT long)
  ) every_one
),
matched AS MATERIALIZED (
  SELECT s.id, s.sent_at, s.withdrawn_at
  FROM surveys s
  WHERE ${PUBLIC_STATUS_SQL}
    AND ${wordsCondition(longWords, shortWords)}
),
page AS (
  SELECT id, sent_at, withdrawn_at FROM matched
  ORDER BY sent_at DESC NULLS LAST, withdrawn_at DESC NULLS LAST, id
  LIMIT (SELECT $4::int) OFFSET (SELECT $5::int)
)
SELECT t.total, ${PUBLIC_SURVEY_COLUMNS}
FROM (SELECT count(*)::int AS total FROM matched) t
LEFT JOIN page p ON true
LEFT JOIN surveys s ON s.id = p.id
LEFT JOIN agencies a ON a.id = s.agency_id
${COMPLETED_CONSULTATIONS_LATERAL}
ORDER BY p.sent_at DESC NULLS LAST, p.withdrawn_at DESC NULLS LAST, p.id`;
}

/** The statement texts built so far, by name. */
const wordsSearchTexts = new Map<string, string>();

/**
 * A page of the surveys matching every word, and the total, in one prepared statement: the
 * agencies the words name are found in the same statement, so that its text depends only on
 * how many words are long and whether any is short (at most 21 texts, each planned once per
 * connection; planning the statement cost more than running it). The words go in long first;
 * the matching ids are found once (materialized), counted, and only the page's rows are joined
 * to their agency and their completed consultations. The count row comes back even when the
 * page is empty.
 */
export function wordsSearch(
  words: readonly string[],
  limit: number,
  offset: number,
): PreparedStatement {
  const longWords = words.filter(isTitleWord);
  const shortWords = words.filter((word) => !isTitleWord(word));
  const ordered = [...longWords, ...shortWords];
  const name = `lookup_words_${longWords.length}${shortWords.length > 0 ? '_short' : ''}`;
  let text = wordsSearchTexts.get(name);
  if (text === undefined) {
    text = wordsSearchSql(longWords.length, shortWords.length > 0);
    wordsSearchTexts.set(name, text);
  }
  return {
    name,
    text,
    values: [
      ordered.map(containsPattern),
      ordered.map((word) => word.toLowerCase()),
      ordered.map(isTitleWord),
      limit,
      offset,
    ],
  };
}
