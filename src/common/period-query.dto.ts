import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsOptional,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { IsDateOnly, isDateOnly } from './date-validators';

/**
 * A YYYY-MM-DD that must not lie before another date field of the same object. When either
 * value is not a date the date validator reports it, so this one stays quiet.
 */
export function IsNotBefore(otherField: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [otherField],
      options: { message: `${String(propertyName)} must not be before ${otherField}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = (args.object as Record<string, unknown>)[otherField];
          if (!isDateOnly(value) || !isDateOnly(other)) return true;
          return value >= other;
        },
      },
    });
}

/**
 * A reporting period [from, to) in Swedish calendar days: `from` is the first day counted, `to`
 * the first day no longer counted, so that adjacent periods (2021-01-01..2021-02-01,
 * 2021-02-01..2021-03-01) never count an occurrence twice.
 */
export class PeriodQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2021-01-01',
    description: 'First day of the period, inclusive (Europe/Stockholm)',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2022-01-01',
    description: 'Day after the period, exclusive (Europe/Stockholm); not before `from`',
  })
  @IsOptional()
  @IsDateOnly()
  @IsNotBefore('from')
  to?: string;
}
