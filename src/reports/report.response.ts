import { ApiProperty } from '@nestjs/swagger';
import { SurveyResponse } from '../surveys/survey.response';
import { FieldReport } from './field-report.entity';

export class ReportResult {
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ type: SurveyResponse }) survey: SurveyResponse;
  @ApiProperty({ description: 'true: a registered survey; false: registered from this report' })
  matched: boolean;
  @ApiProperty({ description: 'true: this authority had already reported this survey (200)' })
  alreadyReported: boolean;
}

export class FieldReportItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2080' }) localAuthorityCode: string;
  @ApiProperty({ example: 'Falun' }) localAuthorityName: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ description: 'The title as reported' }) title: string;
  @ApiProperty({ type: String, nullable: true }) coverLetterText: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SurveyFieldReports {
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) surveyReference: string;
  @ApiProperty({ type: 'integer', description: 'How many authorities reported the survey' })
  count: number;
  @ApiProperty({ type: [String], example: ['2080', '2081'] }) localAuthorityCodes: string[];
  @ApiProperty({ type: [FieldReportItem], description: 'Oldest receipt first' })
  items: FieldReportItem[];
}

export function toFieldReportItem(report: FieldReport, authorityName: string): FieldReportItem {
  return {
    id: report.id,
    localAuthorityCode: report.localAuthorityCode,
    localAuthorityName: authorityName,
    receivedAt: report.receivedAt.toISOString(),
    title: report.title,
    coverLetterText: report.coverLetterText,
    createdAt: report.createdAt.toISOString(),
  };
}
