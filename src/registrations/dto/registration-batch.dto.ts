import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance, Transform } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsString,
  ValidateNested,
} from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';
import { CreateRegistrationDto } from './create-registration.dto';

export const MAX_BATCH_ITEMS = 500;

export class RegistrationBatchItemDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  idempotencyKey: string;

  /** Checked item by item, so that one bad registration does not fail the batch. */
  @ApiProperty({ type: CreateRegistrationDto })
  @IsObject()
  registration: Record<string, unknown>;
}

/**
 * An element of `items` that is not an object (an array, a text, null). It has no key to be
 * checked as part of the batch's shape, so it fails alone, as its own 400, like a bad
 * registration; the other items still apply.
 */
export class NotAnObjectItem {
  /** What was sent; allowed, so that the validator knows the class and finds nothing wrong. */
  @Allow()
  readonly sent: unknown;

  constructor(sent: unknown) {
    this.sent = sent;
  }
}

function toBatchItem(item: unknown): RegistrationBatchItemDto | NotAnObjectItem {
  return typeof item === 'object' && item !== null && !Array.isArray(item)
    ? plainToInstance(RegistrationBatchItemDto, item)
    : new NotAnObjectItem(item);
}

export class RegistrationBatchDto {
  @ApiProperty({ type: [RegistrationBatchItemDto], minItems: 1, maxItems: MAX_BATCH_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_ITEMS)
  @ValidateNested({ each: true })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map(toBatchItem) : value,
  )
  items: (RegistrationBatchItemDto | NotAnObjectItem)[];
}
