import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSULTATION_OUTCOMES } from '../consultations/consultation-enums';
import { LOCAL_AUTHORITY_KINDS } from '../local-authorities/local-authority.entity';
import { RECIPIENT_SCOPES, SURVEY_STATUSES } from '../surveys/survey-enums';
import { BURDEN_GROUPINGS } from './dto/burden-query.dto';

export class BurdenTotals {
  @ApiProperty({ description: 'Distinct surveys with an occurrence in the period', example: 12 })
  surveys: number;
  @ApiProperty({ example: 1450.5 }) estimatedHours: number;
  @ApiProperty({ example: 1190.25 }) realizedHours: number;
  @ApiProperty({ description: 'realizedHours × tariff, in SEK', example: 714150 })
  costSek: number;
  @ApiProperty({ description: 'estimatedHours × tariff, in SEK', example: 870300 })
  estimatedCostSek: number;
}

export class BurdenRow extends BurdenTotals {
  @ApiProperty({
    description: 'Agency id, municipality/region code, YYYY-MM or YYYY',
    example: '2080',
  })
  key: string;
  @ApiProperty({
    description:
      'Agency name, authority name, "april 2021" or "2021". Gotland is one organisation in ' +
      'two roles: "Region Gotland (kommun 0980)" and "Region Gotland (region 09)".',
    example: 'Falun',
  })
  label: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'local_authority only: the same organisation in its other role (0980 ↔ 09)',
    example: null,
  })
  sameOrganisationAs?: string | null;
}

export class BurdenReportResponse {
  @ApiProperty({ enum: BURDEN_GROUPINGS }) groupBy: string;
  @ApiProperty({ type: [BurdenRow] }) rows: BurdenRow[];
  @ApiProperty({ type: BurdenTotals }) totals: BurdenTotals;
  @ApiProperty({ example: 600 }) tariffSekPerHour: number;
}

export class LedgerAuthority {
  @ApiProperty({ example: '0980' }) code: string;
  @ApiProperty({ example: 'Gotland' }) name: string;
  @ApiProperty({ example: 'Region Gotland (kommun 0980)' }) label: string;
  @ApiProperty({ enum: LOCAL_AUTHORITY_KINDS }) kind: string;
  @ApiProperty({ type: String, nullable: true, example: '09' }) sameOrganisationAs: string | null;
}

export class LedgerAgency {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class LedgerItem {
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: LedgerAgency }) agency: LedgerAgency;
  @ApiProperty({ enum: SURVEY_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ enum: RECIPIENT_SCOPES }) recipientScope: string;
  @ApiProperty({ example: 290 }) recipientCount: number;
  @ApiProperty({ description: 'Occurrences of the survey inside the year', example: 1 })
  occurrences: number;
  @ApiProperty({ description: "This authority's share: hours ÷ recipients" })
  estimatedHours: number;
  @ApiProperty({ description: "This authority's share of the realized hours" })
  realizedHours: number;
  @ApiProperty() costSek: number;
  @ApiProperty() estimatedCostSek: number;
}

export class LedgerTotals extends BurdenTotals {
  @ApiProperty({ example: 14 }) occurrences: number;
}

export class LedgerResponse {
  @ApiProperty({ type: LedgerAuthority }) localAuthority: LedgerAuthority;
  @ApiProperty({ example: 2021 }) year: number;
  @ApiProperty({ type: [LedgerItem] }) items: LedgerItem[];
  @ApiProperty({ type: LedgerTotals }) totals: LedgerTotals;
  @ApiProperty({ example: 600 }) tariffSekPerHour: number;
}

export class AvoidedItem {
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty() reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: LedgerAgency }) agency: LedgerAgency;
  @ApiProperty({ format: 'date-time' }) withdrawnAt: string;
  @ApiProperty({ type: String, nullable: true }) withdrawnReason: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) replacedByExistingData: boolean | null;
  @ApiProperty({ description: 'A consultation was completed before the withdrawal' })
  afterConsultation: boolean;
  @ApiProperty({
    enum: CONSULTATION_OUTCOMES,
    nullable: true,
    description: 'Outcome of that consultation',
  })
  consultationOutcome: string | null;
  @ApiProperty({ enum: RECIPIENT_SCOPES }) recipientScope: string;
  @ApiProperty() recipientCount: number;
  @ApiProperty({ type: 'integer', enum: [1], description: 'One survey, as in the totals' })
  surveys: number;
  @ApiProperty({ description: 'The hours it would have cost (its estimate)' })
  estimatedHours: number;
  @ApiProperty({ description: 'estimatedHours × tariff' }) costSek: number;
}

export class AvoidedSubtotal {
  @ApiProperty() surveys: number;
  @ApiProperty() estimatedHours: number;
  @ApiProperty() costSek: number;
}

export class AvoidedTotals extends AvoidedSubtotal {
  @ApiProperty({ type: AvoidedSubtotal, description: 'Withdrawn after a completed consultation' })
  afterConsultation: AvoidedSubtotal;
  @ApiProperty({ type: AvoidedSubtotal, description: 'The agency used existing data instead' })
  replacedByExistingData: AvoidedSubtotal;
}

export class AvoidedResponse {
  @ApiProperty({ type: [AvoidedItem] }) items: AvoidedItem[];
  @ApiProperty({ type: AvoidedTotals }) totals: AvoidedTotals;
  @ApiProperty({ example: 600 }) tariffSekPerHour: number;
}
