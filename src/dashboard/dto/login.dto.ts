import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The login form. Both fields optional here: a missing one gets a Swedish page, not a 400. */
export class LoginDto {
  @IsOptional()
  @IsString()
  @MaxLength(512)
  apiKey?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  csrfToken?: string;
}
