import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Made once: building a formatter costs more than the rest of reading the query. */
const SWEDISH_YEAR = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
});

function currentSwedishYear(): number {
  return Number(SWEDISH_YEAR.format(new Date()));
}

export class LedgerQueryDto {
  @ApiPropertyOptional({
    example: 2021,
    minimum: 1900,
    maximum: 2200,
    description: 'Calendar year (Swedish time); default the current year',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number = currentSwedishYear();
}
