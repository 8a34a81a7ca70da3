import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { CreateRegistrationDto } from './create-registration.dto';

export const MAX_BATCH_ITEMS = 500;

export class RegistrationBatchItemDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  idempotencyKey: string;

  /** Checked item by item, so that one bad registration does not fail the batch. */
  @ApiProperty({ type: CreateRegistrationDto })
  @IsObject()
  registration: Record<string, unknown>;
}

export class RegistrationBatchDto {
  @ApiProperty({ type: [RegistrationBatchItemDto], minItems: 1, maxItems: MAX_BATCH_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => RegistrationBatchItemDto)
  items: RegistrationBatchItemDto[];
}
