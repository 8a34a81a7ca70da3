import { ApiProperty } from '@nestjs/swagger';
import { isoOrNull } from '../common/dates';
import { Flag, FLAG_STATES } from './flag.entity';

export class FlagResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) surveyReference: string;
  @ApiProperty({ example: 'SENT_WITHOUT_CONSULTATION' }) code: string;
  @ApiProperty({ enum: ['critical', 'warning', 'info'] }) severity: string;
  @ApiProperty({ enum: FLAG_STATES }) state: string;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) dismissedAt: string | null;
  @ApiProperty({ nullable: true }) dismissedReason: string | null;
  @ApiProperty({ nullable: true }) dismissedBy: string | null;
  @ApiProperty({ description: 'The facts behind the flag: dates, outcome, cover-letter sentence' })
  evidence: Record<string, unknown>;
  @ApiProperty() version: number;
}

export function toFlagResponse(flag: Flag, surveyReference: string): FlagResponse {
  return {
    id: flag.id,
    surveyId: flag.surveyId,
    surveyReference,
    code: flag.code,
    severity: flag.severity,
    state: flag.state,
    raisedAt: flag.raisedAt.toISOString(),
    resolvedAt: isoOrNull(flag.resolvedAt),
    dismissedAt: isoOrNull(flag.dismissedAt),
    dismissedReason: flag.dismissedReason,
    dismissedBy: flag.dismissedBy,
    evidence: flag.evidence,
    version: flag.version,
  };
}
