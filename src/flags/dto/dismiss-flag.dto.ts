import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';

export class DismissFlagDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'SKR har kontaktat myndigheten' })
  @IsString()
  @TextLength(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}
