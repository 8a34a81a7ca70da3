import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS } from '../agencies/agency-kind';
import { FLAG_CODES } from '../flags/flag-codes';
import { FLAG_SEVERITIES } from '../flags/flag.entity';

export class ConsultationStatisticsFigures {
  @ApiProperty({ example: 14 }) surveysSent: number;
  @ApiProperty({ description: 'A consultation was completed by the send day', example: 9 })
  consultedBeforeSending: number;
  @ApiProperty({ description: "Sent although SKR's latest advice was advised_against" })
  sentDespiteAdvice: number;
  @ApiProperty({ description: "Sent although a network's latest review had declined it" })
  declinedByNetwork: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from the first consultation request to sending, one decimal',
    example: 21.5,
  })
  medianDaysFromRequestToSend: number | null;
}

export class ConsultationStatisticsRow extends ConsultationStatisticsFigures {
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ example: 'Socialstyrelsen' }) agencyName: string;
  @ApiProperty({ enum: AGENCY_KINDS }) agencyKind: string;
  @ApiProperty({ example: 2021, description: 'Year of sending, Swedish time' }) year: number;
}

export class ConsultationStatisticsResponse {
  @ApiProperty({ type: [ConsultationStatisticsRow] }) rows: ConsultationStatisticsRow[];
  @ApiProperty({ type: ConsultationStatisticsFigures }) totals: ConsultationStatisticsFigures;
}

export class FlagCount {
  @ApiProperty({ enum: FLAG_CODES }) code: string;
  @ApiProperty({ enum: FLAG_SEVERITIES, nullable: true }) severity: string | null;
  @ApiProperty({ description: 'Raisings (a flag raised again counts again)' }) raised: number;
  @ApiProperty({ description: 'Of those, still open now' }) stillOpen: number;
  @ApiProperty({ description: 'Of those, dismissed by a person' }) dismissed: number;
}

export class FlagMonthRow extends FlagCount {
  @ApiProperty({ example: '2021-04', description: 'Month raised, Swedish time' }) month: string;
}

export class FlagStatisticsResponse {
  @ApiProperty({ type: [FlagMonthRow] }) rows: FlagMonthRow[];
  @ApiProperty({ type: [FlagCount], description: 'Per code over the whole period' })
  totalsByCode: FlagCount[];
  @ApiProperty({ description: 'All raisings in the period' }) total: number;
}
