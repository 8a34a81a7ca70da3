import { randomUUID } from 'node:crypto';
import { Client, ClientBase } from 'pg';
import type { AgencyKind } from '../../src/agencies/agency-kind';
import { estimatedHours } from '../../src/burden/burden-rules';
import { loadConfig } from '../../src/config/app-config';
import { factsKey } from '../../src/flags/facts-key';
import {
  evaluateFlags,
  type FlagFinding,
  type FlagRuleConfig,
  type SurveyFacts,
} from '../../src/flags/flag-rules';
import { formatReference } from '../../src/surveys/survey-key';
import { Random } from './random';
import {
  AGENCIES,
  CONDUCTED_BY,
  DEPARTMENT_HEADS,
  EXEMPTION_NOTES,
  HANDLERS,
  LEGAL_BASES,
  PURPOSE_GOALS,
  PURPOSE_VERBS,
  TARGET_ROLES,
  TITLE_TEMPLATES,
  TOPICS,
  WEEKLY_TITLES,
  WITHDRAWN_REASONS,
} from './seed-words';

export const SEED_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

const DAY = 86_400_000;
const CHUNK_ROWS = 2_000;
// Every seeded window is at least 28 days, which leaves 10 working days whatever the
// holidays; these few are shorter, like the Dalarna request sent on a Friday for Monday.
const SHORT_WINDOW_MAX_DAYS = 4;
const TOPICS_COVERED = [
  'collection_method',
  'target_group',
  'questions',
  'data_sensitivity',
  'timing',
  'burden',
  'existing_sources',
] as const;
const EXEMPTION_GROUNDS = [
  'obviously_unnecessary',
  'contrary_to_purpose',
  'time_did_not_permit',
] as const;
const REGION_COUNTY: Record<string, string> = {
  'Region Dalarna': '20',
  'Region Stockholm': '01',
  'Västra Götalandsregionen': '14',
  'Region Skåne': '12',
};
// More surveys in later years: SKR's case count doubled between 2005 and 2019, and the
// pandemic years added situation reports.
const YEAR_WEIGHTS: Record<string, number> = {
  2016: 7,
  2017: 7,
  2018: 8,
  2019: 9,
  2020: 13,
  2021: 13,
  2022: 11,
  2023: 10,
  2024: 11,
  2025: 11,
};

export interface SeedOptions {
  surveys: number;
  /** Same seed, same data (ids and references aside). */
  seed?: number;
  /** Statuses and dates are kept at or before this instant. */
  now?: Date;
  /** Titles of a benchmark's own shape instead of the word lists' (drawn from the same generator). */
  title?: (random: Random) => string;
}

export interface SeedSummary {
  surveys: number;
  agencies: number;
  consultations: number;
  rounds: number;
  flags: number;
  /** Per reference year: the numbers this run used. */
  references: Record<string, { first: string; last: string }>;
  milliseconds: number;
}

interface AgencyRow {
  id: string;
  name: string;
  kind: string;
  weight: number;
}

interface AuthorityRow {
  code: string;
  kind: 'municipality' | 'region';
  countyCode: string;
}

type Status = 'draft' | 'sent' | 'closed' | 'withdrawn';
type Recurrence = 'once' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
type Outcome = 'no_objection' | 'changes_recommended' | 'advised_against' | 'withdrawn_by_agency';

interface ConsultationPlan {
  id: string;
  requestedAt: Date;
  completedAt: Date | null;
  outcome: Outcome | null;
  caseNumber: string;
  handler: string;
  topics: string[];
  note: string | null;
  review: { at: Date; reviewer: string; agrees: boolean } | null;
}

interface SurveyPlan {
  id: string;
  year: number;
  createdAt: Date;
  agency: AgencyRow;
  title: string;
  purpose: string;
  governmentAssignment: string | null;
  targetRole: string | null;
  mandate: string | null;
  collectionMethod: string;
  recipientScope: string;
  recipientCodes: string[];
  recipientCount: number;
  questionCount: number | null;
  minutesPerResponse: number | null;
  interviews: { count: number; minutesEach: number } | null;
  recurrence: Recurrence;
  occurrences: number;
  voluntary: boolean | null;
  legalBasis: string | null;
  sensitiveData: boolean;
  plannedSendDate: string | null;
  responseDeadline: Date | null;
  conductedBy: string | null;
  exemption: { ground: (typeof EXEMPTION_GROUNDS)[number]; note: string } | null;
  status: Status;
  sentAt: Date | null;
  closedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  replacedByExistingData: boolean | null;
  reportedFromField: boolean;
  consultation: ConsultationPlan | null;
  rounds: { id: string; sentAt: Date; responses: number }[];
  flags: FlagFinding[];
  reference: string;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** Office hours in Sweden are 06–15 UTC the year round, near enough. */
function atOfficeHour(random: Random, date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() + random.int(6 * 60, 14 * 60) * 60_000);
}

/** Monday–Friday: agencies plan their sends for working days. */
function weekday(date: Date): Date {
  const dow = date.getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, 1) : date;
}

function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

function roundDate(first: Date, recurrence: Recurrence, step: number): Date {
  switch (recurrence) {
    case 'weekly':
      return addDays(first, 7 * step);
    case 'monthly':
      return addMonths(first, step);
    case 'quarterly':
      return addMonths(first, 3 * step);
    default:
      return addMonths(first, 12 * step);
  }
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value}"`).join(',')}}`;
}

class SurveyFactory {
  private readonly municipalities: AuthorityRow[];
  private readonly regions: AuthorityRow[];
  private readonly counties: string[];

  constructor(
    private readonly random: Random,
    private readonly agencies: AgencyRow[],
    authorities: AuthorityRow[],
    private readonly now: Date,
    private readonly rules: FlagRuleConfig,
    private readonly customTitle?: (random: Random) => string,
  ) {
    this.municipalities = authorities.filter((a) => a.kind === 'municipality');
    this.regions = authorities.filter((a) => a.kind === 'region');
    this.counties = [...new Set(this.municipalities.map((m) => m.countyCode))].sort();
  }

  private pickAgency(): AgencyRow {
    const total = this.agencies.reduce((sum, agency) => sum + agency.weight, 0);
    let roll = this.random.next() * total;
    for (const agency of this.agencies) {
      roll -= agency.weight;
      if (roll < 0) return agency;
    }
    return this.agencies[this.agencies.length - 1];
  }

  private recipients(agency: AgencyRow): { scope: string; codes: string[]; count: number } {
    const r = this.random;
    const county = REGION_COUNTY[agency.name];
    const scope =
      agency.kind === 'region'
        ? 'selected'
        : r.weighted({
            all_municipalities: 58,
            selected: 21,
            all_regions: 8,
            all_municipalities_and_regions: 9,
          });
    if (scope !== 'selected') {
      const count =
        scope === 'all_municipalities'
          ? this.municipalities.length
          : scope === 'all_regions'
            ? this.regions.length
            : this.municipalities.length + this.regions.length;
      return { scope, codes: [], count };
    }
    let codes: string[];
    const shape = county ? 'county' : r.weighted({ county: 40, sample: 45, regions: 15 });
    if (shape === 'county') {
      const chosen = county ?? r.pick(this.counties);
      codes = this.municipalities.filter((m) => m.countyCode === chosen).map((m) => m.code);
    } else if (shape === 'sample') {
      codes = r.sample(this.municipalities, r.int(10, 150)).map((m) => m.code);
    } else {
      codes = r.sample(this.regions, r.int(3, this.regions.length)).map((m) => m.code);
    }
    codes = [...new Set(codes)].sort();
    return { scope, codes, count: codes.length };
  }

  private title(recurrence: Recurrence, year: number): string {
    if (this.customTitle) return this.customTitle(this.random);
    if (recurrence === 'weekly') return this.random.pick(WEEKLY_TITLES);
    return this.random
      .pick(TITLE_TEMPLATES)
      .replace('{topic}', this.random.pick(TOPICS))
      .replace('{year}', String(year));
  }

  private consultation(
    year: number,
    requestedAt: Date,
    completedAt: Date | null,
    outcome: Outcome | null,
  ): ConsultationPlan {
    const r = this.random;
    const reviewed = completedAt !== null && r.chance(0.35);
    return {
      id: randomUUID(),
      requestedAt,
      completedAt,
      outcome,
      caseNumber: `${String(year).slice(2)}/${String(r.int(100, 2999)).padStart(5, '0')}`,
      handler: r.pick(HANDLERS),
      topics: completedAt ? r.sample(TOPICS_COVERED, r.int(2, 5)) : [],
      note:
        outcome === 'advised_against'
          ? 'SKR avråder: uppgifterna går att få på annat sätt och belastningen på kommunerna är hög.'
          : null,
      review:
        reviewed && completedAt
          ? {
              at: atOfficeHour(r, addDays(completedAt, r.int(1, 7))),
              reviewer: `${r.pick(HANDLERS)}, ${r.pick(DEPARTMENT_HEADS)}`,
              agrees: r.chance(0.9),
            }
          : null,
    };
  }

  build(year: number): SurveyPlan {
    const r = this.random;
    const agency = this.pickAgency();
    const bound = agency.kind === 'state_agency';
    const recurrence = r.weighted<Recurrence>({
      once: 90,
      weekly: 3,
      monthly: 2,
      quarterly: 2,
      yearly: 3,
    });
    const occurrences =
      recurrence === 'weekly'
        ? r.int(6, 30)
        : recurrence === 'monthly'
          ? r.int(3, 12)
          : recurrence === 'quarterly'
            ? r.int(2, 8)
            : recurrence === 'yearly'
              ? r.int(2, 4)
              : 1;
    let status = r.weighted<Status>({ draft: 4, withdrawn: 9, sent: 17, closed: 70 });
    const consults = r.chance(
      status === 'withdrawn' ? 0.85 : status === 'draft' ? 0.5 : bound ? 0.62 : 0.2,
    );

    // The planned send day decides the reference year, as in SurveysService.create.
    const yearStart = Date.UTC(year, 0, 1);
    // Days 2–362 stay inside the year after moving off a weekend.
    const planned = weekday(new Date(yearStart + r.int(2, 362) * DAY));
    let createdAt = atOfficeHour(r, addDays(planned, -(consults ? r.int(25, 70) : r.int(7, 40))));
    // A draft's reference takes the year it was created in; keep that year the planned one.
    if (status === 'draft' && createdAt.getTime() < yearStart) {
      createdAt = atOfficeHour(r, new Date(yearStart + r.int(1, 5) * DAY));
    }
    const sentAt = atOfficeHour(r, addDays(planned, r.int(0, 2)));

    let consultation: ConsultationPlan | null = null;
    if (consults) {
      const requestedAt = atOfficeHour(r, addDays(createdAt, r.int(1, 3)));
      const timing =
        status === 'withdrawn'
          ? r.weighted({ before: 90, requestedOnly: 10 })
          : status === 'draft'
            ? r.weighted({ before: 40, requestedOnly: 60 })
            : r.weighted({ before: 85, requestedOnly: 8, after: 7 });
      const completedAt =
        timing === 'requestedOnly'
          ? null
          : timing === 'after'
            ? atOfficeHour(r, addDays(sentAt, r.int(1, 12)))
            : atOfficeHour(r, addDays(requestedAt, r.int(3, 18)));
      const outcome: Outcome | null =
        completedAt === null
          ? null
          : status === 'withdrawn'
            ? r.weighted({
                advised_against: 40,
                withdrawn_by_agency: 35,
                changes_recommended: 25,
              })
            : r.weighted({
                no_objection: 55,
                changes_recommended: 34,
                advised_against: 11,
              });
      consultation = this.consultation(year, requestedAt, completedAt, outcome);
    }

    const shortWindow = r.chance(0.04);
    let responseDeadline: Date | null = new Date(
      Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate(), 11) +
        (shortWindow ? r.int(1, SHORT_WINDOW_MAX_DAYS) : r.int(28, 49)) * DAY,
    );
    const roundDates =
      recurrence === 'once'
        ? []
        : Array.from({ length: occurrences }, (_, step) => roundDate(sentAt, recurrence, step));
    const lastRound = roundDates.at(-1);
    let closedAt: Date | null = atOfficeHour(
      r,
      addDays(
        lastRound && lastRound > responseDeadline ? lastRound : responseDeadline,
        r.int(1, 21),
      ),
    );
    // Whatever was drawn, nothing may lie ahead of `now`.
    if (status === 'closed' && closedAt > this.now) status = 'sent';
    if ((status === 'sent' || status === 'closed') && sentAt > this.now) status = 'draft';
    if (status !== 'closed') closedAt = null;

    const out = status === 'sent' || status === 'closed';
    const minutesPerResponse = r.chance(0.7) ? r.int(10, 120) : null;
    const interviews = r.chance(0.06) ? { count: r.int(5, 30), minutesEach: r.int(45, 90) } : null;
    const { scope, codes, count } = this.recipients(agency);
    // A collection still running has recorded some of its first rounds; a closed one all.
    const past = roundDates.filter((at) => at <= this.now);
    const recorded =
      status === 'closed' ? past : past.slice(0, past.length === 0 ? 0 : r.int(1, past.length));
    const rounds = out
      ? recorded.map((at) => ({
          id: randomUUID(),
          sentAt: at,
          responses: Math.round(count * (0.6 + r.next() * 0.37)),
        }))
      : [];

    const consultedBeforeSend =
      consultation?.completedAt != null && consultation.completedAt <= sentAt;
    const exemption =
      out && bound && !consultedBeforeSend && r.chance(0.15)
        ? {
            ground: r.pick(EXEMPTION_GROUNDS),
            note: r.pick(EXEMPTION_NOTES),
          }
        : null;
    const withdrawnAt =
      status === 'withdrawn'
        ? atOfficeHour(r, addDays(consultation?.completedAt ?? createdAt, r.int(1, 14)))
        : null;
    const voluntary = r.weighted({ yes: 70, no: 8, unknown: 22 });
    const mandate = r.weighted({
      government_assignment: 35,
      appropriation_directive: 20,
      statutory: 15,
      own_initiative: 20,
      unknown: 10,
    });
    if (status === 'draft') responseDeadline = null;

    const plan: SurveyPlan = {
      id: randomUUID(),
      year: status === 'draft' ? createdAt.getUTCFullYear() : year,
      createdAt,
      agency,
      title: this.title(recurrence, year),
      purpose: `Syftet är att ${r.pick(PURPOSE_VERBS)} ${r.pick(TOPICS)} för att ${r.pick(PURPOSE_GOALS)}.`,
      governmentAssignment:
        mandate === 'government_assignment'
          ? `Regeringsuppdrag S${year - 1}/0${r.int(1000, 9999)}`
          : null,
      targetRole: r.chance(0.85) ? r.pick(TARGET_ROLES) : null,
      mandate: mandate === 'unknown' ? null : mandate,
      collectionMethod: r.weighted({
        web_questionnaire: 75,
        paper_questionnaire: 3,
        interview: 6,
        register_extract: 10,
        other: 6,
      }),
      recipientScope: scope,
      recipientCodes: codes,
      recipientCount: count,
      questionCount: r.chance(0.85) ? r.int(5, 60) : null,
      minutesPerResponse,
      interviews,
      recurrence,
      occurrences,
      voluntary: voluntary === 'unknown' ? null : voluntary === 'yes',
      legalBasis: voluntary === 'no' ? r.pick(LEGAL_BASES) : null,
      sensitiveData: r.chance(0.08),
      // Still in preparation: a send day years past would read as an overdue draft.
      plannedSendDate: status === 'draft' ? null : dateOnly(planned),
      responseDeadline,
      conductedBy: r.chance(0.07) ? r.pick(CONDUCTED_BY) : null,
      exemption,
      status,
      sentAt: out ? sentAt : null,
      closedAt,
      withdrawnAt,
      withdrawnReason: withdrawnAt ? r.pick(WITHDRAWN_REASONS) : null,
      replacedByExistingData: withdrawnAt ? r.chance(0.5) : null,
      reportedFromField: out && bound && !consultedBeforeSend && r.chance(0.1),
      consultation,
      rounds,
      flags: [],
      reference: '',
    };
    plan.flags = evaluateFlags(factsOf(plan, this.now), this.rules);
    return plan;
  }
}

/**
 * The facts the flag engine would read (src/flags/survey-facts.ts), so that the project's own
 * rules decide the seeded flags and open_flags agrees with the flags table from the start.
 * Possible duplicates need the engine's trigram search; they appear when a survey is next
 * evaluated.
 */
function factsOf(plan: SurveyPlan, now: Date): SurveyFacts {
  const hasEstimate = plan.minutesPerResponse !== null || plan.interviews !== null;
  return {
    agencyKind: plan.agency.kind as AgencyKind,
    status: plan.status,
    sentAt: plan.sentAt,
    plannedSendDate: plan.plannedSendDate,
    responseDeadline: plan.responseDeadline,
    consultationExemption: plan.exemption,
    consultations: plan.consultation
      ? [
          {
            id: plan.consultation.id,
            requestedAt: plan.consultation.requestedAt,
            completedAt: plan.consultation.completedAt,
            outcome: plan.consultation.outcome,
          },
        ]
      : [],
    networkReviews: [],
    coverLetter: null,
    voluntary: plan.voluntary,
    legalBasis: plan.legalBasis,
    contentChangedAt: null,
    estimatedHours: hasEstimate
      ? estimatedHours({
          recipientCount: plan.recipientCount,
          occurrences: plan.occurrences,
          recurrence: plan.recurrence,
          estimatedMinutesPerResponse: plan.minutesPerResponse,
          followUpInterviews: plan.interviews,
          status: plan.status,
          sentAt: plan.sentAt,
          rounds: plan.rounds,
        })
      : null,
    duplicateCandidates: [],
    now,
  };
}

interface ColumnSpec {
  name: string;
  /** The element type of the unnest() parameter. */
  type: string;
  /** When the column's own type cannot travel as an array element (arrays, jsonb). */
  cast?: string;
}

/**
 * Set-based insert: one parameter per column, `INSERT … SELECT FROM unnest(…)`, in chunks so
 * that no single statement carries an unbounded payload.
 */
async function insertRows(
  client: ClientBase,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly unknown[][],
): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const selected = columns.map((c) => (c.cast ? `"${c.name}"::${c.cast}` : `"${c.name}"`));
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selected.join(', ')} FROM unnest(${unnest}) AS t(${names})`;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    await client.query(
      sql,
      columns.map((_, i) => chunk.map((row) => row[i])),
    );
  }
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

async function upsertAgencies(client: ClientBase): Promise<AgencyRow[]> {
  await insertRowsIgnoringNames(client);
  const { rows } = await client.query<{ id: string; name: string; kind: string }>(
    `SELECT id, name, kind FROM agencies WHERE lower(name) = ANY($1::text[])`,
    [AGENCIES.map((a) => a.name.toLowerCase())],
  );
  const byName = new Map(rows.map((row) => [row.name.toLowerCase(), row]));
  return AGENCIES.map((agency) => {
    const row = byName.get(agency.name.toLowerCase());
    if (!row) throw new Error(`agency ${agency.name} was neither inserted nor found`);
    // An agency already in the database keeps its kind; flags follow the stored kind.
    return { id: row.id, name: row.name, kind: row.kind, weight: agency.weight };
  });
}

async function insertRowsIgnoringNames(client: ClientBase): Promise<void> {
  // Names are unique whatever their case (ux_agencies_name): an existing agency is reused.
  await client.query(
    `INSERT INTO agencies (name, short_name, kind)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[])
     ON CONFLICT ((lower(name))) DO NOTHING`,
    [AGENCIES.map((a) => a.name), AGENCIES.map((a) => a.shortName), AGENCIES.map((a) => a.kind)],
  );
}

/** What the service's flag engine uses: its configuration (same environment) and the periods. */
async function ruleConfig(client: ClientBase): Promise<FlagRuleConfig> {
  const config = loadConfig(process.env);
  const { rows } = await client.query<{ from: string; to: string; reason: string }>(
    `SELECT from_date::text AS "from", to_date::text AS "to", reason
       FROM blackout_periods ORDER BY from_date`,
  );
  return {
    minResponseWorkingDays: config.minResponseWorkingDays,
    highBurdenHours: config.highBurdenHours,
    consultationLeadDays: config.consultationLeadDays,
    blackoutPeriods: rows,
  };
}

async function referenceBases(client: ClientBase): Promise<Map<number, number>> {
  const { rows } = await client.query<{ year: number; last: number }>(
    `SELECT year, max(last) AS last FROM (
       SELECT year, last_number AS last FROM survey_reference_counters
       UNION ALL
       SELECT substring(reference from 5 for 4)::int, substring(reference from 10)::int
         FROM surveys WHERE reference ~ '^ENK-[0-9]{4}-[0-9]+$'
     ) AS known GROUP BY year`,
  );
  return new Map(rows.map((row) => [Number(row.year), Number(row.last)]));
}

/** Surveys in creation order get the next numbers of their year, as the service would. */
function assignReferences(plans: SurveyPlan[], bases: Map<number, number>) {
  const byYear = new Map<number, SurveyPlan[]>();
  for (const plan of plans) byYear.set(plan.year, [...(byYear.get(plan.year) ?? []), plan]);
  const counters = new Map<number, number>();
  const references: SeedSummary['references'] = {};
  for (const [year, group] of [...byYear].sort(([a], [b]) => a - b)) {
    group.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    let number = bases.get(year) ?? 0;
    for (const plan of group) plan.reference = formatReference(year, ++number);
    counters.set(year, number);
    references[year] = { first: group[0].reference, last: group[group.length - 1].reference };
  }
  return { counters, references };
}

function updatedAt(plan: SurveyPlan): Date {
  const times = [
    plan.createdAt,
    plan.sentAt,
    plan.closedAt,
    plan.withdrawnAt,
    plan.rounds.at(-1)?.sentAt ?? null,
  ].filter((t): t is Date => t !== null);
  return new Date(Math.max(...times.map((t) => t.getTime())));
}

/** One per state change and recorded round: what the service's version column would show. */
function version(plan: SurveyPlan): number {
  const transitions = plan.status === 'draft' ? 0 : plan.status === 'closed' ? 2 : 1;
  return 1 + transitions + plan.rounds.length;
}

async function writeSurveys(client: ClientBase, plans: SurveyPlan[]): Promise<void> {
  await insertRows(
    client,
    'surveys',
    [
      { name: 'id', type: 'uuid' },
      { name: 'reference', type: 'varchar' },
      { name: 'agency_id', type: 'uuid' },
      { name: 'title', type: 'varchar' },
      { name: 'purpose', type: 'text' },
      { name: 'government_assignment', type: 'text' },
      { name: 'target_role', type: 'varchar' },
      { name: 'mandate', type: 'varchar' },
      { name: 'collection_method', type: 'varchar' },
      { name: 'recipient_scope', type: 'varchar' },
      { name: 'recipient_codes', type: 'text', cast: 'varchar(4)[]' },
      { name: 'recipient_count', type: 'int' },
      { name: 'question_count', type: 'int' },
      { name: 'estimated_minutes_per_response', type: 'int' },
      { name: 'follow_up_interview_count', type: 'int' },
      { name: 'follow_up_interview_minutes', type: 'int' },
      { name: 'recurrence', type: 'varchar' },
      { name: 'occurrences', type: 'int' },
      { name: 'voluntary', type: 'bool' },
      { name: 'legal_basis', type: 'text' },
      { name: 'sensitive_data', type: 'bool' },
      { name: 'planned_send_date', type: 'date' },
      { name: 'response_deadline', type: 'timestamptz' },
      { name: 'conducted_by', type: 'varchar' },
      { name: 'exemption_ground', type: 'varchar' },
      { name: 'exemption_note', type: 'text' },
      { name: 'status', type: 'varchar' },
      { name: 'sent_at', type: 'timestamptz' },
      { name: 'closed_at', type: 'timestamptz' },
      { name: 'withdrawn_at', type: 'timestamptz' },
      { name: 'withdrawn_reason', type: 'text' },
      { name: 'replaced_by_existing_data', type: 'bool' },
      { name: 'reported_from_field', type: 'bool' },
      { name: 'consultation_status', type: 'varchar' },
      { name: 'skr_outcome', type: 'varchar' },
      { name: 'open_flags', type: 'text', cast: 'varchar(40)[]' },
      { name: 'version', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    plans.map((p) => {
      const completed = p.consultation?.completedAt ? p.consultation : null;
      return [
        p.id,
        p.reference,
        p.agency.id,
        p.title,
        p.purpose,
        p.governmentAssignment,
        p.targetRole,
        p.mandate,
        p.collectionMethod,
        p.recipientScope,
        arrayLiteral(p.recipientCodes),
        p.recipientCount,
        p.questionCount,
        p.minutesPerResponse,
        p.interviews?.count ?? null,
        p.interviews?.minutesEach ?? null,
        p.recurrence,
        p.occurrences,
        p.voluntary,
        p.legalBasis,
        p.sensitiveData,
        p.plannedSendDate,
        iso(p.responseDeadline),
        p.conductedBy,
        p.exemption?.ground ?? null,
        p.exemption?.note ?? null,
        p.status,
        iso(p.sentAt),
        iso(p.closedAt),
        iso(p.withdrawnAt),
        p.withdrawnReason,
        p.replacedByExistingData,
        p.reportedFromField,
        // Summaries as summariseSurvey (src/flags/survey-summary.ts) derives them.
        completed ? 'completed' : p.consultation ? 'requested' : 'none',
        completed?.outcome ?? null,
        arrayLiteral(p.flags.map((f) => f.code)),
        version(p),
        iso(p.createdAt),
        iso(updatedAt(p)),
      ];
    }),
  );
}

async function writeDependants(client: ClientBase, plans: SurveyPlan[]) {
  const consultations = plans.flatMap((p) =>
    p.consultation ? [{ ...p.consultation, survey: p }] : [],
  );
  await insertRows(
    client,
    'consultations',
    [
      { name: 'id', type: 'uuid' },
      { name: 'survey_id', type: 'uuid' },
      { name: 'requested_at', type: 'timestamptz' },
      { name: 'skr_case_number', type: 'varchar' },
      { name: 'handler', type: 'varchar' },
      { name: 'completed_at', type: 'timestamptz' },
      { name: 'outcome', type: 'varchar' },
      { name: 'topics_covered', type: 'text', cast: 'varchar(30)[]' },
      { name: 'note', type: 'text' },
      { name: 'department_head_reviewed_at', type: 'timestamptz' },
      { name: 'department_head_reviewer', type: 'varchar' },
      { name: 'department_head_agrees', type: 'bool' },
      { name: 'version', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    consultations.map((c) => [
      c.id,
      c.survey.id,
      iso(c.requestedAt),
      c.caseNumber,
      c.handler,
      iso(c.completedAt),
      c.outcome,
      arrayLiteral(c.topics),
      c.note,
      iso(c.review?.at ?? null),
      c.review?.reviewer ?? null,
      c.review?.agrees ?? null,
      1 + (c.completedAt ? 1 : 0) + (c.review ? 1 : 0),
      iso(c.requestedAt),
      iso(c.review?.at ?? c.completedAt ?? c.requestedAt),
    ]),
  );

  const rounds = plans.flatMap((p) => p.rounds.map((round) => ({ ...round, surveyId: p.id })));
  await insertRows(
    client,
    'survey_rounds',
    [
      { name: 'id', type: 'uuid' },
      { name: 'survey_id', type: 'uuid' },
      { name: 'sent_at', type: 'timestamptz' },
      { name: 'responses', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    rounds.map((round) => [
      round.id,
      round.surveyId,
      iso(round.sentAt),
      round.responses,
      iso(round.sentAt),
    ]),
  );

  const flags = plans.flatMap((p) => p.flags.map((flag) => ({ ...flag, survey: p })));
  await insertRows(
    client,
    'flags',
    [
      { name: 'survey_id', type: 'uuid' },
      { name: 'code', type: 'varchar' },
      { name: 'severity', type: 'varchar' },
      { name: 'state', type: 'varchar' },
      { name: 'evidence', type: 'text', cast: 'jsonb' },
      { name: 'facts_key', type: 'varchar' },
      { name: 'raised_at', type: 'timestamptz' },
    ],
    flags.map((flag) => [
      flag.survey.id,
      flag.code,
      flag.severity,
      'open',
      JSON.stringify(flag.evidence),
      factsKey(flag.code, flag.evidence),
      iso(flag.survey.sentAt ?? flag.survey.createdAt),
    ]),
  );
  return { consultations: consultations.length, rounds: rounds.length, flags: flags.length };
}

/**
 * Writes `options.surveys` surveys spread over 2016–2025, with agencies, consultations, rounds
 * and flags, in one transaction. References continue each year's numbering and the counters
 * are raised to match, so the service goes on allocating without clashes.
 */
export async function seedSurveys(client: ClientBase, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const random = new Random(options.seed ?? 20_160_101);
  const now = options.now ?? new Date();

  await client.query('BEGIN');
  try {
    const agencies = await upsertAgencies(client);
    const { rows: authorities } = await client.query<AuthorityRow>(
      `SELECT code, kind, county_code AS "countyCode" FROM local_authorities ORDER BY code`,
    );
    if (authorities.length === 0)
      throw new Error('local_authorities is empty: is the schema migrated?');

    const factory = new SurveyFactory(
      random,
      agencies,
      authorities,
      now,
      await ruleConfig(client),
      options.title,
    );
    const plans = Array.from({ length: options.surveys }, () =>
      factory.build(Number(random.weighted(YEAR_WEIGHTS))),
    );

    // Held to commit: the service allocating a reference meanwhile would take a seeded number.
    await client.query('LOCK TABLE survey_reference_counters IN EXCLUSIVE MODE');
    const { counters, references } = assignReferences(plans, await referenceBases(client));

    await writeSurveys(client, plans);
    const counts = await writeDependants(client, plans);
    await client.query(
      `INSERT INTO survey_reference_counters (year, last_number)
       SELECT * FROM unnest($1::int[], $2::int[])
       ON CONFLICT (year) DO UPDATE
         SET last_number = GREATEST(survey_reference_counters.last_number, EXCLUDED.last_number)`,
      [[...counters.keys()], [...counters.values()]],
    );
    await client.query('COMMIT');
    // A bulk load leaves the planner without statistics, and GIN indexes with pending entries,
    // until autovacuum gets round to it; a production table has had that time.
    await client.query('VACUUM (ANALYZE) agencies, surveys, consultations, survey_rounds, flags');
    return {
      surveys: plans.length,
      agencies: agencies.length,
      ...counts,
      references,
      milliseconds: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Connects, runs `work`, and always disconnects. */
export async function withDatabase<T>(
  url: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'enkatkollen-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function surveyCount(client: ClientBase): Promise<number> {
  const { rows } = await client.query<{ count: string }>('SELECT count(*) AS count FROM surveys');
  return Number(rows[0].count);
}

/** Seeds up to `total` surveys: an external database may already hold some. */
export async function ensureSurveys(
  client: ClientBase,
  total: number,
  options: Omit<SeedOptions, 'surveys'> = {},
): Promise<SeedSummary | null> {
  const existing = await surveyCount(client);
  if (existing >= total) return null;
  return seedSurveys(client, { ...options, surveys: total - existing });
}
