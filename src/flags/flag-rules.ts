import { isBoundByOrdinance } from '../agencies/agency-kind';
import {
  atStockholmTime,
  calendarDaysBetween,
  stockholmDate,
  workingDaysBetween,
} from '../calendar/working-days';
import type {
  CoverLetterAnalysis,
  CoverLetterFindingKind,
} from '../cover-letter/cover-letter.types';
import { FLAG_CODES, FLAG_SEVERITY, ORDINANCE_FLAG_CODES, type FlagCode } from './flag-codes';

/**
 * The flag rules: which flags hold for one survey, decided from plain facts. The flag engine
 * loads the facts, calls `evaluateFlags`, raises what is new and resolves what is gone.
 */

export type AgencyKind =
  'state_agency' | 'committee' | 'riksdag_agency' | 'region' | 'municipality' | 'skr' | 'other';
export type SurveyStatus = 'draft' | 'sent' | 'closed' | 'withdrawn';
export type ConsultationOutcome =
  'no_objection' | 'changes_recommended' | 'advised_against' | 'withdrawn_by_agency';
export type NetworkDecision = 'approved' | 'declined' | 'noted';
export type ExemptionGround =
  'obviously_unnecessary' | 'contrary_to_purpose' | 'time_did_not_permit';

export interface ConsultationFact {
  id: string;
  requestedAt: Date;
  completedAt: Date | null;
  outcome: ConsultationOutcome | null;
}

export interface NetworkReviewFact {
  id: string;
  networkId: string;
  networkName: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  decision: NetworkDecision;
  recordedAt: Date;
}

export interface DuplicateCandidate {
  surveyId: string;
  reference: string;
  title: string;
  similarity: number;
  reason: 'same_agency' | 'same_target_group';
}

export interface SurveyFacts {
  agencyKind: AgencyKind;
  status: SurveyStatus;
  sentAt: Date | null;
  /** YYYY-MM-DD */
  plannedSendDate: string | null;
  responseDeadline: Date | null;
  consultationExemption: { ground: ExemptionGround; note: string | null } | null;
  consultations: ConsultationFact[];
  networkReviews: NetworkReviewFact[];
  /** null = no cover letter text known */
  coverLetter: CoverLetterAnalysis | null;
  voluntary: boolean | null;
  legalBasis: string | null;
  /** Last time questions, recipients or method changed (null = never since creation). */
  contentChangedAt: Date | null;
  estimatedHours: number | null;
  /** Already found by the caller (trigram search); the rule only decides. */
  duplicateCandidates: DuplicateCandidate[];
  now: Date;
}

/** Inclusive dates (YYYY-MM-DD). */
export interface BlackoutPeriod {
  from: string;
  to: string;
  reason: string;
}

export interface FlagRuleConfig {
  minResponseWorkingDays: number;
  highBurdenHours: number;
  /** "Planned send date is near": within this many calendar days (default 14). */
  consultationLeadDays: number;
  blackoutPeriods: BlackoutPeriod[];
}

export interface FlagFinding {
  code: FlagCode;
  severity: 'critical' | 'warning' | 'info';
  evidence: Record<string, string | number | boolean | null | string[]>;
}

type Evidence = FlagFinding['evidence'];
type Rule = (facts: SurveyFacts, config: FlagRuleConfig) => Evidence | null;
type CompletedConsultation = ConsultationFact & { completedAt: Date };

// A planned send date has no time; agencies usually send in the morning of a working day.
const PLANNED_SEND_TIME = '09:00';

const VOLUNTARINESS_EVIDENCE: readonly CoverLetterFindingKind[] = [
  'voluntary_stated',
  'voluntary_denied',
  'mandatory_stated',
];

function iso(instant: Date | null): string | null {
  return instant ? instant.toISOString() : null;
}

/** When the survey went out, or null while it has not (a draft's stray sentAt means nothing). */
function sentAtOf(facts: SurveyFacts): Date | null {
  return facts.status === 'sent' || facts.status === 'closed' ? facts.sentAt : null;
}

function isCompleted(consultation: ConsultationFact): consultation is CompletedConsultation {
  return consultation.completedAt !== null;
}

function latestCompleted(consultations: readonly ConsultationFact[]): CompletedConsultation | null {
  const completed = consultations.filter(isCompleted);
  completed.sort(
    (a, b) =>
      a.completedAt.getTime() - b.completedAt.getTime() ||
      a.requestedAt.getTime() - b.requestedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
  return completed.at(-1) ?? null;
}

/**
 * Compared by Stockholm day, not by instant: send times are often known only to the day
 * (field reports, registrars store midnight), and a consultation finished on the send day
 * counts as done before sending, as in the Socialstyrelsen case of 2021-04-06.
 */
function completedBySending(consultation: ConsultationFact, sentAt: Date): boolean {
  return (
    consultation.completedAt !== null &&
    stockholmDate(consultation.completedAt) <= stockholmDate(sentAt)
  );
}

type ConsultationAtSending =
  | { state: 'completed_before_sending' | 'none' | 'requested' }
  | { state: 'completed_after_sending'; completedAt: Date };

function consultationAtSending(facts: SurveyFacts, sentAt: Date): ConsultationAtSending {
  const { consultations } = facts;
  if (consultations.some((consultation) => completedBySending(consultation, sentAt))) {
    return { state: 'completed_before_sending' };
  }
  // The first completion after sending is when SKR was consulted at last.
  const completedAfter = consultations
    .filter(isCompleted)
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime())[0];
  if (completedAfter) {
    return { state: 'completed_after_sending', completedAt: completedAfter.completedAt };
  }
  return { state: consultations.length > 0 ? 'requested' : 'none' };
}

function sentWithoutConsultation(facts: SurveyFacts): Evidence | null {
  const sentAt = sentAtOf(facts);
  // A claimed §3 exemption turns this into CONSULTATION_EXEMPTION_CLAIMED for SKR to review.
  if (!sentAt || facts.consultationExemption) return null;
  const consultation = consultationAtSending(facts, sentAt);
  if (consultation.state === 'completed_before_sending') return null;
  return {
    sentAt: iso(sentAt),
    consultationStatus: consultation.state,
    completedAt:
      consultation.state === 'completed_after_sending' ? iso(consultation.completedAt) : null,
  };
}

function consultationExemptionClaimed(facts: SurveyFacts): Evidence | null {
  const sentAt = sentAtOf(facts);
  const exemption = facts.consultationExemption;
  if (!sentAt || !exemption) return null;
  // An exemption is moot once SKR was consulted anyway.
  if (consultationAtSending(facts, sentAt).state === 'completed_before_sending') return null;
  return { ground: exemption.ground, note: exemption.note };
}

/**
 * For a sent survey only consultations done by the send date count: one completed later
 * cannot have seen the version that went out, so it must not hide a change made before.
 */
function changedAfterConsultation(facts: SurveyFacts): Evidence | null {
  const changedAt = facts.contentChangedAt;
  if (!changedAt) return null;
  const sentAt = sentAtOf(facts);
  if (facts.status !== 'draft' && !sentAt) return null;
  const consultation = latestCompleted(
    sentAt ? facts.consultations.filter((c) => completedBySending(c, sentAt)) : facts.consultations,
  );
  if (!consultation || changedAt <= consultation.completedAt) return null;
  // Edits after sending (corrections of the record) are not a new version sent to anyone.
  if (sentAt && changedAt >= sentAt) return null;
  return { consultationCompletedAt: iso(consultation.completedAt), changedAt: iso(changedAt) };
}

/**
 * The advice that counts is the latest given by the send date; when SKR was only consulted
 * afterwards, its latest advice still says what it thinks of the survey that went out.
 */
function sentDespiteSkrAdvice(facts: SurveyFacts): Evidence | null {
  const sentAt = sentAtOf(facts);
  if (!sentAt) return null;
  const consultation =
    latestCompleted(facts.consultations.filter((c) => completedBySending(c, sentAt))) ??
    latestCompleted(facts.consultations);
  if (consultation?.outcome !== 'advised_against') return null;
  return {
    sentAt: iso(sentAt),
    consultationCompletedAt: iso(consultation.completedAt),
    completedBeforeSending: completedBySending(consultation, sentAt),
  };
}

function latestReviewPerNetwork(reviews: readonly NetworkReviewFact[]): NetworkReviewFact[] {
  const latest = new Map<string, NetworkReviewFact>();
  for (const review of reviews) {
    const current = latest.get(review.networkId);
    if (!current || compareReviews(current, review) < 0) latest.set(review.networkId, review);
  }
  return [...latest.values()];
}

function compareReviews(a: NetworkReviewFact, b: NetworkReviewFact): number {
  return (
    a.meetingDate.localeCompare(b.meetingDate) ||
    a.recordedAt.getTime() - b.recordedAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

/** Only a network's current word counts, and only if it was said before the survey went out. */
function sentDespiteNetworkDecline(facts: SurveyFacts): Evidence | null {
  const sentAt = sentAtOf(facts);
  if (!sentAt) return null;
  const sentOn = stockholmDate(sentAt);
  const declined = latestReviewPerNetwork(facts.networkReviews)
    .filter((review) => review.decision === 'declined' && review.meetingDate <= sentOn)
    .sort(
      (a, b) =>
        a.meetingDate.localeCompare(b.meetingDate) ||
        a.networkName.localeCompare(b.networkName, 'sv'),
    );
  if (declined.length === 0) return null;
  return {
    sentOn,
    networkNames: declined.map((review) => review.networkName),
    meetingDates: declined.map((review) => review.meetingDate),
  };
}

/** Recipients judge a survey by its letter, so it must show that SKR was consulted. */
function coverLetterMissingConsultation(facts: SurveyFacts): Evidence | null {
  const letter = facts.coverLetter;
  if (!letter || letter.statesConsultation) return null;
  const denial = letter.evidence.find((item) => item.kind === 'consultation_denied');
  return { consultationDenied: denial !== undefined, sentence: denial?.sentence ?? null };
}

function nonBlank(text: string | null): string | null {
  return text && text.trim() !== '' ? text.trim() : null;
}

/**
 * About what recipients read: a voluntariness registered in the facts does not make the
 * letter clear. A legal basis registered for the survey does back a mandatory letter (§4).
 */
function voluntarinessUnclear(facts: SurveyFacts): Evidence | null {
  const letter = facts.coverLetter;
  if (!letter) return null;
  const legalBasis = nonBlank(letter.legalBasis) ?? nonBlank(facts.legalBasis);
  let reason: 'unclear' | 'mandatory_without_legal_basis';
  if (letter.voluntariness === 'unclear') reason = 'unclear';
  else if (letter.voluntariness === 'mandatory' && !legalBasis) {
    reason = 'mandatory_without_legal_basis';
  } else return null;
  return {
    reason,
    voluntariness: letter.voluntariness,
    sentences: letter.evidence
      .filter((item) => VOLUNTARINESS_EVIDENCE.includes(item.kind))
      .map((item) => item.sentence),
  };
}

function responseWindowStart(facts: SurveyFacts): Date | null {
  const sentAt = sentAtOf(facts);
  if (sentAt) return sentAt;
  if (facts.status === 'draft' && facts.plannedSendDate) {
    return atStockholmTime(facts.plannedSendDate, PLANNED_SEND_TIME);
  }
  return null;
}

/** Rounded down, so the evidence never shows the minimum for a window that is shorter. */
function floorToTenth(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

function shortResponseWindow(facts: SurveyFacts, config: FlagRuleConfig): Evidence | null {
  const start = responseWindowStart(facts);
  const deadline = facts.responseDeadline;
  if (!start || !deadline) return null;
  const workingDays = workingDaysBetween(start, deadline);
  if (workingDays >= config.minResponseWorkingDays) return null;
  return {
    workingDays: floorToTenth(workingDays),
    minimumWorkingDays: config.minResponseWorkingDays,
    from: iso(start),
    deadline: iso(deadline),
    planned: sentAtOf(facts) === null,
  };
}

function sentInBlackoutPeriod(facts: SurveyFacts, config: FlagRuleConfig): Evidence | null {
  const sentAt = sentAtOf(facts);
  if (!sentAt) return null;
  // Recipients live by the Stockholm calendar: 23:30 UTC on 31 May is already 1 June there.
  const sentOn = stockholmDate(sentAt);
  const period = [...config.blackoutPeriods]
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .find(({ from, to }) => from <= sentOn && sentOn <= to);
  if (!period) return null;
  return { sentOn, from: period.from, to: period.to, reason: period.reason };
}

function highBurden(facts: SurveyFacts, config: FlagRuleConfig): Evidence | null {
  const hours = facts.estimatedHours;
  if (hours === null || hours <= config.highBurdenHours) return null;
  return { estimatedHours: Math.round(hours * 10) / 10, thresholdHours: config.highBurdenHours };
}

function possibleDuplicate(facts: SurveyFacts): Evidence | null {
  if (facts.duplicateCandidates.length === 0) return null;
  // Sorted, so that a shift in similarity scores alone does not look like new facts.
  const references = [...new Set(facts.duplicateCandidates.map((c) => c.reference))].sort();
  return { references };
}

/**
 * A claimed exemption or any request, even unanswered, means the agency has acted. The date
 * is compared to today's Stockholm date; evidence leaves out the days left, which change
 * daily and would re-raise a dismissed flag every morning.
 */
function consultationMissingBeforeSend(
  facts: SurveyFacts,
  config: FlagRuleConfig,
): Evidence | null {
  const planned = facts.plannedSendDate;
  if (facts.status !== 'draft' || !planned) return null;
  if (facts.consultationExemption || facts.consultations.length > 0) return null;
  const daysLeft = calendarDaysBetween(stockholmDate(facts.now), planned);
  if (daysLeft > config.consultationLeadDays) return null;
  return { plannedSendDate: planned, consultationLeadDays: config.consultationLeadDays };
}

/** The agreed order (2020-10-27): SKR first, then the network, then sending. */
function networkCheckMissing(facts: SurveyFacts): Evidence | null {
  const planned = facts.plannedSendDate;
  if (facts.status !== 'draft' || !planned || facts.networkReviews.length > 0) return null;
  const consultation = latestCompleted(facts.consultations);
  if (!consultation) return null;
  return { plannedSendDate: planned, consultationCompletedAt: iso(consultation.completedAt) };
}

const RULES: Readonly<Record<FlagCode, Rule>> = {
  SENT_WITHOUT_CONSULTATION: sentWithoutConsultation,
  CONSULTATION_EXEMPTION_CLAIMED: consultationExemptionClaimed,
  CHANGED_AFTER_CONSULTATION: changedAfterConsultation,
  SENT_DESPITE_SKR_ADVICE: sentDespiteSkrAdvice,
  SENT_DESPITE_NETWORK_DECLINE: sentDespiteNetworkDecline,
  COVER_LETTER_MISSING_CONSULTATION: coverLetterMissingConsultation,
  VOLUNTARINESS_UNCLEAR: voluntarinessUnclear,
  SHORT_RESPONSE_WINDOW: shortResponseWindow,
  SENT_IN_BLACKOUT_PERIOD: sentInBlackoutPeriod,
  HIGH_BURDEN: highBurden,
  POSSIBLE_DUPLICATE: possibleDuplicate,
  CONSULTATION_MISSING_BEFORE_SEND: consultationMissingBeforeSend,
  NETWORK_CHECK_MISSING: networkCheckMissing,
};

/** The flags that hold for one survey now, in the order of FLAG_CODES. */
export function evaluateFlags(facts: SurveyFacts, config: FlagRuleConfig): FlagFinding[] {
  // A withdrawn survey reaches no one, so nothing about it needs anyone's attention.
  if (facts.status === 'withdrawn') return [];
  // SFS 1982:668 §1 binds state agencies only; the others still cost recipients time.
  const bound = isBoundByOrdinance(facts.agencyKind);
  const findings: FlagFinding[] = [];
  for (const code of FLAG_CODES) {
    if (!bound && ORDINANCE_FLAG_CODES.includes(code)) continue;
    const evidence = RULES[code](facts, config);
    if (evidence) findings.push({ code, severity: FLAG_SEVERITY[code], evidence });
  }
  return findings;
}
