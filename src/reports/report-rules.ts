import type { FieldProblem } from '../common/errors';
import type { CreateSurveyDto } from '../surveys/dto/create-survey.dto';
import type { RecipientScope, SurveyStatus } from '../surveys/survey-enums';

/** Decisions about field reports, over plain data. */

export interface ReportedSurvey {
  localAuthorityCode: string;
  receivedAt: Date;
  title: string;
  coverLetterText: string | null;
}

export interface SurveyAsKnown {
  status: SurveyStatus;
  sentAt: Date | null;
  reportedFromField: boolean;
  recipientScope: RecipientScope;
  recipientCodes: readonly string[];
  coverLetterText: string | null;
}

/** Only what changes; an absent field stays as it is. */
export interface ReportEffects {
  status?: 'sent';
  sentAt?: Date;
  recipientCodes?: string[];
  coverLetterText?: string;
}

/** How far ahead of the server's clock a receipt time may lie (clocks disagree a little). */
export const RECEIVED_AT_TOLERANCE_MS = 5 * 60_000;

/** Exactly one of agencyId and agencyName says whose survey it is. */
export function agencyChoiceProblems(input: {
  agencyId?: string;
  agencyName?: string;
}): FieldProblem[] {
  const given = [input.agencyId, input.agencyName].filter((value) => value !== undefined);
  if (given.length === 1) return [];
  const problem =
    given.length === 0
      ? 'one of agencyId and agencyName is required'
      : 'give agencyId or agencyName, not both';
  return [
    { field: 'agencyId', problem },
    { field: 'agencyName', problem },
  ];
}

export function receivedAtProblems(receivedAt: Date, now: Date): FieldProblem[] {
  return receivedAt.getTime() > now.getTime() + RECEIVED_AT_TOLERANCE_MS
    ? [{ field: 'receivedAt', problem: 'must not be in the future' }]
    : [];
}

/**
 * What a report of a registered survey teaches us about it:
 * - a draft that a municipality received has been sent, at the latest when it arrived;
 * - a survey known only from the field was sent when the first report says it arrived, and
 *   reached every authority that reported it: its `selected` recipients grow report by
 *   report (the lower bound of who got it; SKR widens the scope when it learns more);
 * - a cover letter nobody had yet is kept, so that it is read and the flags run on it.
 * Recipients SKR registered itself are not touched: a report from outside them is kept as a
 * report, and SKR decides.
 */
export function reportEffects(survey: SurveyAsKnown, report: ReportedSurvey): ReportEffects {
  const effects: ReportEffects = {};
  if (survey.status === 'draft') {
    effects.status = 'sent';
    effects.sentAt = report.receivedAt;
  } else if (survey.reportedFromField && survey.sentAt && report.receivedAt < survey.sentAt) {
    effects.sentAt = report.receivedAt;
  }
  if (
    survey.reportedFromField &&
    survey.recipientScope === 'selected' &&
    !survey.recipientCodes.includes(report.localAuthorityCode)
  ) {
    effects.recipientCodes = [...survey.recipientCodes, report.localAuthorityCode].sort();
  }
  if (!survey.coverLetterText && report.coverLetterText?.trim()) {
    effects.coverLetterText = report.coverLetterText;
  }
  return effects;
}

/**
 * A survey nobody registered, as the first report describes it: sent when it arrived, to the
 * reporting authority (so far), method not known. The flags then run on it like on any other:
 * a state agency's survey without a consultation is SENT_WITHOUT_CONSULTATION.
 */
export function surveyFromReport(agencyId: string, report: ReportedSurvey): CreateSurveyDto {
  return {
    agencyId,
    title: report.title,
    collectionMethod: 'other',
    recipientScope: 'selected',
    recipientCodes: [report.localAuthorityCode],
    ...(report.coverLetterText ? { coverLetterText: report.coverLetterText } : {}),
  };
}
