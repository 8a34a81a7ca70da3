import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, ValidateIf } from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';
import { NETWORK_SCOPES, type NetworkScope } from '../network.entity';

export class CreateNetworkDto {
  @ApiProperty({ example: 'Socialchefsnätverket', minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiProperty({ enum: NETWORK_SCOPES })
  @IsIn(NETWORK_SCOPES)
  scope: NetworkScope;

  @ApiPropertyOptional({ example: '20', description: 'Required for a regional network' })
  @ValidateIf((dto: CreateNetworkDto) => dto.scope === 'regional' || dto.countyCode !== undefined)
  @Matches(/^\d{2}$/, { message: 'countyCode must be a two-digit county code' })
  countyCode?: string;
}
