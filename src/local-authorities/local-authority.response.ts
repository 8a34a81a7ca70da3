import { ApiProperty } from '@nestjs/swagger';
import { LOCAL_AUTHORITY_KINDS, LocalAuthority } from './local-authority.entity';

export class LocalAuthorityResponse {
  @ApiProperty({ example: '2080' }) code: string;
  @ApiProperty({ example: 'Falun' }) name: string;
  @ApiProperty({ enum: LOCAL_AUTHORITY_KINDS }) kind: string;
  @ApiProperty({ example: '20' }) countyCode: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'The same organisation in its other role (Gotland: 0980 and 09)',
  })
  sameOrganisationAs: string | null;
}

export function toLocalAuthorityResponse(authority: LocalAuthority): LocalAuthorityResponse {
  return {
    code: authority.code,
    name: authority.name,
    kind: authority.kind,
    countyCode: authority.countyCode,
    sameOrganisationAs: authority.sameOrganisationAs,
  };
}
