import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors';
import { LocalAuthority, LocalAuthorityKind } from './local-authority.entity';

export interface LocalAuthorityFilter {
  kind?: LocalAuthorityKind;
  county?: string;
  q?: string;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Reference data never changes while the service runs, so it is read once and kept. */
@Injectable()
export class LocalAuthoritiesService implements OnModuleInit {
  private all: LocalAuthority[] = [];
  private byCode = new Map<string, LocalAuthority>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    this.all = await this.dataSource
      .getRepository(LocalAuthority)
      .find({ order: { kind: 'ASC', code: 'ASC' } });
    this.byCode = new Map(this.all.map((authority) => [authority.code, authority]));
  }

  list(filter: LocalAuthorityFilter): LocalAuthority[] {
    const query = filter.q ? fold(filter.q) : null;
    return this.all.filter(
      (authority) =>
        (!filter.kind || authority.kind === filter.kind) &&
        (!filter.county || authority.countyCode === filter.county) &&
        (!query || fold(authority.name).includes(query) || authority.code.startsWith(query)),
    );
  }

  get(code: string): LocalAuthority {
    const authority = this.byCode.get(code);
    if (!authority) throw new NotFoundError('Local authority', code);
    return authority;
  }

  find(code: string): LocalAuthority | undefined {
    return this.byCode.get(code);
  }

  count(kind: LocalAuthorityKind): number {
    return this.all.filter((authority) => authority.kind === kind).length;
  }

  unknownCodes(codes: readonly string[]): string[] {
    return codes.filter((code) => !this.byCode.has(code));
  }
}
