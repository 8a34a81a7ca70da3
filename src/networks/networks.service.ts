import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import { PageQueryDto } from '../common/pagination';
import { LocalAuthoritiesService } from '../local-authorities/local-authorities.service';
import { CreateNetworkDto } from './dto/create-network.dto';
import { Network } from './network.entity';

@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly localAuthorities: LocalAuthoritiesService,
  ) {}

  async create(input: CreateNetworkDto, actor: Actor): Promise<Network> {
    this.assertCounty(input);
    return this.dataSource.transaction(async (manager) => {
      const name = input.name.trim();
      const clash = await manager
        .getRepository(Network)
        .createQueryBuilder('network')
        .where('lower(network.name) = lower(:name)', { name })
        .getOne();
      if (clash)
        throw new ConflictError(`A network named "${clash.name}" already exists`, 'DUPLICATE');
      const network = await manager.save(
        manager.create(Network, {
          name,
          scope: input.scope,
          countyCode: input.scope === 'regional' ? (input.countyCode ?? null) : null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'network',
        entityId: network.id,
        action: 'network.created',
        changes: { name, scope: network.scope, countyCode: network.countyCode },
      });
      return network;
    });
  }

  list(query: PageQueryDto): Promise<[Network[], number]> {
    return this.dataSource
      .getRepository(Network)
      .findAndCount({ order: { name: 'ASC' }, take: query.limit, skip: query.offset });
  }

  async get(id: string): Promise<Network> {
    const network = await this.dataSource.getRepository(Network).findOne({ where: { id } });
    if (!network) throw new NotFoundError('Network', id);
    return network;
  }

  private assertCounty(input: CreateNetworkDto): void {
    if (input.scope === 'national' && input.countyCode !== undefined) {
      throw new ValidationFailedError('A national network has no countyCode', [
        { field: 'countyCode', problem: 'must be absent for a national network' },
      ]);
    }
    if (input.scope === 'regional' && !this.localAuthorities.find(input.countyCode ?? '')) {
      throw new ValidationFailedError(`countyCode ${input.countyCode} is not a county`, [
        { field: 'countyCode', problem: 'must be a known two-digit county code' },
      ]);
    }
  }
}
