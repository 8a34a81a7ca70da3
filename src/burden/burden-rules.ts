/**
 * Response burden of one survey (Standard Cost Model style), see docs/domain.md "Response burden".
 *
 * All sums are kept in minutes and converted to hours last, so that adding up the same work in a
 * different order (per period, per survey) gives the same figure; rounding happens only at
 * presentation, through `roundHours`.
 */

export type Recurrence = 'once' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
export type BurdenSurveyStatus = 'draft' | 'sent' | 'closed' | 'withdrawn';

export interface FollowUpInterviews {
  count: number;
  minutesEach: number;
}

export interface RecordedRound {
  sentAt: Date;
  responses: number;
}

export interface BurdenInput {
  recipientCount: number;
  occurrences: number;
  recurrence: Recurrence;
  /** Null when the agency gave no estimate: the questionnaire part then counts as 0 minutes. */
  estimatedMinutesPerResponse: number | null;
  followUpInterviews: FollowUpInterviews | null;
  status: BurdenSurveyStatus;
  sentAt: Date | null;
  rounds: RecordedRound[];
}

export interface ScheduledOccurrence {
  at: Date;
  recipients: number;
  /** Responses recorded for this round; null for an occurrence that has no recorded round. */
  responses: number | null;
}

export interface BurdenHours {
  estimatedHours: number;
  realizedHours: number;
}

const MINUTES_PER_HOUR = 60;
const MS_PER_DAY = 86_400_000;
const MONTHS_PER_STEP: Record<Exclude<Recurrence, 'once' | 'weekly'>, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

/** Internal occurrence: `at` is null when the survey has no date yet (an unsent draft). */
interface Slot {
  at: Date | null;
  recipients: number;
  responses: number | null;
}

interface SlotMinutes {
  at: Date | null;
  estimated: number;
  realized: number;
}

/**
 * Estimated hours, whatever the status: a withdrawn survey keeps its estimate because that is
 * the burden it would have caused (see `avoidedHours`).
 *
 * A collection that ran more recorded rounds than planned is estimated over the rounds it
 * actually ran, so the estimate never understates work known to have been asked for (the
 * weekly situation report went on for far longer than first planned).
 */
export function estimatedHours(input: BurdenInput): number {
  assertValidInput(input);
  const occurrences = plannedOccurrenceCount(input);
  const questionnaire = input.recipientCount * occurrences * minutesPerResponse(input);
  return toHours(questionnaire + interviewMinutes(input));
}

/**
 * Realized hours: only sent or closed surveys cost anything; a draft was never answered and a
 * withdrawn survey was stopped before sending.
 *
 * Why the no-rounds assumption: rounds are recorded only for recurring collections, so a sent
 * once-survey without rounds would otherwise always show 0 realized hours, although its
 * recipients did answer. Without response counts we assume that every recipient answered the
 * occurrences known to have happened: all of a once-survey, and the first send of a recurring
 * one. Later occurrences of a recurring collection count only once a round is recorded, because
 * these functions have no clock and cannot tell whether they have happened yet.
 */
export function realizedHours(input: BurdenInput): number {
  assertValidInput(input);
  return toHours(sum(slotMinutes(input).map((slot) => slot.realized)));
}

/**
 * The dated occurrences of a survey. Recorded rounds come first (oldest first); planned
 * occurrences not yet recorded follow one recurrence step apart, after the last round or from
 * `sentAt`. A survey with neither rounds nor `sentAt` has no schedule.
 */
export function occurrenceSchedule(input: BurdenInput): ScheduledOccurrence[] {
  assertValidInput(input);
  return slots(input).flatMap((slot) => (slot.at === null ? [] : [{ ...slot, at: slot.at }]));
}

/**
 * Hours of the occurrences dated in [from, to); null means unbounded. The half-open interval
 * makes adjacent periods (months, years) partition the timeline, so splitting a period never
 * changes the total. Follow-up interviews belong to the first occurrence.
 *
 * A survey without any date has not been sent, so its burden lies in the future: it counts in
 * every period open towards the future (`to` null) and in no period with an end. This keeps
 * `hoursInPeriod(input, null, null)` equal to the totals without breaking the split rule.
 */
export function hoursInPeriod(input: BurdenInput, from: Date | null, to: Date | null): BurdenHours {
  assertValidInput(input);
  assertValidBound(from, 'from');
  assertValidBound(to, 'to');
  const inside = slotMinutes(input).filter((slot) => isInPeriod(slot.at, from, to));
  return {
    estimatedHours: toHours(sum(inside.map((slot) => slot.estimated))),
    realizedHours: toHours(sum(inside.map((slot) => slot.realized))),
  };
}

/** Burden avoided: the estimate of a survey that was withdrawn (e.g. after SKR's advice). */
export function avoidedHours(input: BurdenInput): number {
  return input.status === 'withdrawn' ? estimatedHours(input) : 0;
}

/** Full precision, like hours; round at presentation (`roundHours` gives öre). */
export function costSek(hours: number, tariffSekPerHour: number): number {
  assertNonNegative(hours, 'hours');
  assertNonNegative(tariffSekPerHour, 'tariffSekPerHour');
  return hours * tariffSekPerHour;
}

/**
 * Two decimals, half away from zero. `toPrecision(15)` first removes binary noise so that e.g.
 * 1.005 (stored as 1.00499999…) rounds the way a person reading the decimal expects.
 */
export function roundHours(hours: number): number {
  const scaled = Number((hours * 100).toPrecision(15));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / 100 + 0;
}

function slots(input: BurdenInput): Slot[] {
  const rounds = [...input.rounds].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  const recorded: Slot[] = rounds.map((round) => ({
    at: round.sentAt,
    recipients: input.recipientCount,
    responses: round.responses,
  }));
  const lastRound = rounds.at(-1);
  const anchor = lastRound ? lastRound.sentAt : input.sentAt;
  // After a recorded round the next planned occurrence is one step later; from sentAt it is
  // the send itself.
  const firstStep = lastRound ? 1 : 0;
  const planned: Slot[] = Array.from(
    { length: plannedOccurrenceCount(input) - rounds.length },
    (_, k) => ({
      at: anchor === null ? null : addSteps(anchor, input.recurrence, firstStep + k),
      recipients: input.recipientCount,
      responses: null,
    }),
  );
  return [...recorded, ...planned];
}

function slotMinutes(input: BurdenInput): SlotMinutes[] {
  const perResponse = minutesPerResponse(input);
  const counted = countsAsRealized(input.status);
  return slots(input).map((slot, index) => {
    const interviews = index === 0 ? interviewMinutes(input) : 0;
    const answered = counted ? answeredResponses(input, slot, index) : 0;
    return {
      at: slot.at,
      estimated: slot.recipients * perResponse + interviews,
      realized: counted ? answered * perResponse + interviews : 0,
    };
  });
}

/** See `realizedHours` for why unrecorded occurrences are assumed answered in full. */
function answeredResponses(input: BurdenInput, slot: Slot, index: number): number {
  if (slot.responses !== null) return slot.responses;
  if (input.rounds.length > 0) return 0;
  const assumedAnswered = input.recurrence === 'once' ? input.occurrences : 1;
  return index < assumedAnswered ? slot.recipients : 0;
}

function countsAsRealized(status: BurdenSurveyStatus): boolean {
  return status === 'sent' || status === 'closed';
}

function plannedOccurrenceCount(input: BurdenInput): number {
  return Math.max(input.occurrences, input.rounds.length);
}

function minutesPerResponse(input: BurdenInput): number {
  return input.estimatedMinutesPerResponse ?? 0;
}

function interviewMinutes(input: BurdenInput): number {
  const interviews = input.followUpInterviews;
  return interviews === null ? 0 : interviews.count * interviews.minutesEach;
}

function isInPeriod(at: Date | null, from: Date | null, to: Date | null): boolean {
  if (at === null) return to === null;
  const time = at.getTime();
  return (from === null || time >= from.getTime()) && (to === null || time < to.getTime());
}

/**
 * Calendar steps are taken in UTC: agencies send during Swedish office hours, when the UTC date
 * is the Swedish date. Each step counts from the anchor (not from the previous step) so that a
 * send on the 31st stays at month end instead of drifting to the 28th.
 */
function addSteps(anchor: Date, recurrence: Recurrence, steps: number): Date {
  switch (recurrence) {
    case 'once':
      return new Date(anchor.getTime());
    case 'weekly':
      return new Date(anchor.getTime() + steps * 7 * MS_PER_DAY);
    default:
      return addMonthsUtc(anchor, steps * MONTHS_PER_STEP[recurrence]);
  }
}

/** Clamps to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb), as people count. */
function addMonthsUtc(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return result;
}

function toHours(minutes: number): number {
  return minutes / MINUTES_PER_HOUR;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Bad stored data should fail loudly rather than show up as a plausible burden figure. */
function assertValidInput(input: BurdenInput): void {
  assertNonNegative(input.recipientCount, 'recipientCount');
  if (!Number.isInteger(input.occurrences) || input.occurrences < 1) {
    throw new RangeError(`occurrences must be an integer >= 1, got ${input.occurrences}`);
  }
  if (input.estimatedMinutesPerResponse !== null) {
    assertNonNegative(input.estimatedMinutesPerResponse, 'estimatedMinutesPerResponse');
  }
  if (input.followUpInterviews !== null) {
    assertNonNegative(input.followUpInterviews.count, 'followUpInterviews.count');
    assertNonNegative(input.followUpInterviews.minutesEach, 'followUpInterviews.minutesEach');
  }
  assertValidBound(input.sentAt, 'sentAt');
  for (const round of input.rounds) {
    assertValidBound(round.sentAt, 'rounds.sentAt');
    assertNonNegative(round.responses, 'rounds.responses');
  }
}

function assertNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
  }
}

function assertValidBound(value: Date | null, name: string): void {
  if (value !== null && Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} is not a valid date`);
  }
}
