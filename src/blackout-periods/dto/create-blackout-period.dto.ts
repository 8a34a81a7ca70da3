import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsDateOnly } from '../../common/date-validators';
import { TextLength } from '../../common/text-length.decorator';

export class CreateBlackoutPeriodDto {
  @ApiProperty({ format: 'date', example: '2020-03-16' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date', example: '2020-08-31', description: 'Inclusive' })
  @IsDateOnly()
  to: string;

  @ApiProperty({ example: 'Enkätstopp under pandemin', maxLength: 500 })
  @IsString()
  @TextLength(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}
