import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class DismissFlagDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'SKR har kontaktat myndigheten' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}
