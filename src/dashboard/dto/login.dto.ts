import { IsOptional, IsString } from 'class-validator';
import { MaxTextLength } from '../../common/text-length.decorator';

/** The login form. Both fields optional here: a missing one gets a Swedish page, not a 400. */
export class LoginDto {
  @IsOptional()
  @IsString()
  @MaxTextLength(512)
  apiKey?: string;

  @IsOptional()
  @IsString()
  @MaxTextLength(100)
  csrfToken?: string;
}
