import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { MaxTextLength, TextLength } from '../../common/text-length.decorator';
import { COVER_LETTER_MAX_LENGTH } from '../../surveys/dto/create-survey.dto';

export class CreateReportDto {
  @ApiProperty({
    example: '2080',
    description: 'The reporting municipality (4 digits) or region (2)',
  })
  @IsString()
  @Matches(/^(\d{2}|\d{4})$/, { message: 'localAuthorityCode must be a 2- or 4-digit SCB code' })
  localAuthorityCode: string;

  @ApiProperty({ format: 'date-time', example: '2021-02-03T10:15:00+01:00' })
  @IsDateTimeWithOffset()
  receivedAt: string;

  @ApiPropertyOptional({
    example: 'Center mot våldsbejakande extremism',
    description:
      'Exactly one of agencyName and agencyId. Matched ignoring case and accents against ' +
      'names and short names; an organisation number is matched as one. Unknown names are ' +
      'registered as a state agency marked for review.',
  })
  @IsOmittable()
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'agencyName must not be blank' })
  agencyName?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of agencyName and agencyId' })
  @IsOmittable()
  @IsUUID()
  agencyId?: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Enkät om första linjens chefer' })
  @IsString()
  @TextLength(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiPropertyOptional({ maxLength: COVER_LETTER_MAX_LENGTH })
  @IsOmittable()
  @IsString()
  @MaxTextLength(COVER_LETTER_MAX_LENGTH)
  coverLetterText?: string;

  @ApiPropertyOptional({ example: 'ENK-2021-0042', description: 'When the survey shows it' })
  @IsOmittable()
  @Matches(/^ENK-\d{4}-\d{4,6}$/i, { message: 'surveyReference must look like ENK-2021-0042' })
  surveyReference?: string;
}
