import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsString, Matches } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { IsNestedObject } from '../../common/is-nested-object.decorator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { IsOrgNumber } from '../../common/is-org-number.decorator';
import { TextLength } from '../../common/text-length.decorator';
import {
  CONSULTATION_OUTCOMES,
  type ConsultationOutcome,
} from '../../consultations/consultation-enums';
import { REGISTRATION_TYPES, type RegistrationType } from '../registration-types';

const NOT_BLANK = /\S/;

export class RegistrationAgencyDto {
  @ApiProperty({ example: 'Socialstyrelsen', minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  @Matches(NOT_BLANK, { message: 'agency.name must not be blank' })
  name: string;

  @ApiPropertyOptional({ example: '202100-5554' })
  @IsOmittable()
  @IsOrgNumber()
  orgNumber?: string;
}

export class CreateRegistrationDto {
  @ApiProperty({ example: 'skr-diarium', minLength: 1, maxLength: 100 })
  @IsString()
  @TextLength(1, 100)
  @Matches(NOT_BLANK, { message: 'sourceSystem must not be blank' })
  sourceSystem: string;

  @ApiProperty({ example: 'SKR 2021/00123-1', minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  @Matches(NOT_BLANK, { message: 'externalId must not be blank' })
  externalId: string;

  @ApiProperty({ enum: REGISTRATION_TYPES })
  @IsIn(REGISTRATION_TYPES)
  type: RegistrationType;

  @ApiProperty({ format: 'date-time', example: '2021-03-15T10:00:00+01:00' })
  @IsDateTimeWithOffset()
  registeredAt: string;

  @ApiProperty({ type: RegistrationAgencyDto })
  @IsDefined()
  @IsNestedObject(() => RegistrationAgencyDto)
  agency: RegistrationAgencyDto;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Enkät om första linjens chefer' })
  @IsString()
  @TextLength(1, 300)
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title: string;

  @ApiPropertyOptional({ example: 'SKR 2021/00123', maxLength: 50, description: "SKR's case" })
  @IsOmittable()
  @IsString()
  @TextLength(1, 50)
  caseNumber?: string;

  @ApiPropertyOptional({ example: 'ENK-2021-0042' })
  @IsOmittable()
  @Matches(/^ENK-\d{4}-\d{4,6}$/i, { message: 'surveyReference must look like ENK-2021-0042' })
  surveyReference?: string;

  @ApiPropertyOptional({
    enum: CONSULTATION_OUTCOMES,
    description: 'Required with consultation_decided, and only there',
  })
  @IsOmittable()
  @IsIn(CONSULTATION_OUTCOMES)
  decision?: ConsultationOutcome;
}
