import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page, PageQueryDto } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
import { CreateNetworkDto } from './dto/create-network.dto';
import { NetworkResponse, toNetworkResponse } from './network.response';
import { NetworksService } from './networks.service';

@ApiTags('networks')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/networks`)
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Post()
  @Roles('skr', 'network')
  @ApiOperation({ operationId: 'createNetwork', summary: 'Register a network' })
  @ApiCreatedResponse({ type: NetworkResponse, description: 'The network registered' })
  @ApiErrorResponses({ status: 409, description: 'The name is taken (DUPLICATE)' })
  async create(@Body() body: CreateNetworkDto, @CurrentActor() actor: Actor) {
    return toNetworkResponse(await this.networks.create(body, actor));
  }

  @Get()
  @ApiOperation({ operationId: 'listNetworks', summary: 'Networks, by name' })
  @ApiPagedResponse(NetworkResponse, 'Networks, by name')
  async list(@Query() query: PageQueryDto): Promise<Page<NetworkResponse>> {
    const [networks, total] = await this.networks.list(query);
    return page(networks.map(toNetworkResponse), total, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getNetwork', summary: 'One network' })
  @ApiOkResponse({ type: NetworkResponse, description: 'The network' })
  @ApiErrorResponses(404)
  async get(@Param('id', uuidPipe()) id: string) {
    return toNetworkResponse(await this.networks.get(id));
  }
}
