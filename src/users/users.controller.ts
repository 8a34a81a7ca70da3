import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { toUserResponse, UserResponse } from './user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller(`${API_PREFIX}/users`)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ operationId: 'createUser', summary: 'Create a person account' })
  @ApiCreatedResponse({ type: UserResponse, description: 'The account created' })
  @ApiErrorResponses({ status: 409, description: 'DUPLICATE: a person with this e-mail exists' })
  async create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserResponse> {
    return toUserResponse(await this.users.create(body, actor));
  }

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'Person accounts, by e-mail' })
  @ApiPagedResponse(UserResponse, 'By e-mail')
  async list(@Query() query: PageQueryDto): Promise<Page<UserResponse>> {
    const [users, total] = await this.users.list(query);
    return page(users.map(toUserResponse), total, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getUser', summary: 'One person account' })
  @ApiOkResponse({ type: UserResponse, description: 'The account' })
  @ApiErrorResponses(404)
  async get(@Param('id', uuidPipe()) id: string): Promise<UserResponse> {
    return toUserResponse(await this.users.get(id));
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Change a person account; active: false ends their sessions at once',
  })
  @ApiOkResponse({ type: UserResponse, description: 'The account as changed' })
  @ApiErrorResponses(404)
  async update(
    @Param('id', uuidPipe()) id: string,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.update(id, body, actor));
  }
}
