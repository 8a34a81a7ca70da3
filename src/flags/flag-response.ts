import { ApiProperty } from '@nestjs/swagger';
import { isoOrNull } from '../common/dates';
import { FLAG_CODES } from './flag-codes';
import { Flag, type FlagEvidence, FLAG_SEVERITIES, FLAG_STATES } from './flag.entity';

export class FlagResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) surveyReference: string;
  @ApiProperty({ enum: FLAG_CODES }) code: string;
  @ApiProperty({ enum: FLAG_SEVERITIES }) severity: string;
  @ApiProperty({ enum: FLAG_STATES }) state: string;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dismissedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) dismissedReason: string | null;
  @ApiProperty({ type: String, nullable: true }) dismissedBy: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [
        { type: 'string', nullable: true },
        { type: 'number' },
        { type: 'boolean' },
        { type: 'array', items: { type: 'string' } },
      ],
    },
    description: 'The facts behind the flag: dates, outcome, cover-letter sentence',
    example: { sentAt: '2021-04-06', consultationStatus: 'none' },
  })
  evidence: FlagEvidence;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
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
