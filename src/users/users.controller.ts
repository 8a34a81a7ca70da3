import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page, PageQueryDto } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
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
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({ description: 'DUPLICATE: a person with this e-mail exists' })
  async create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserResponse> {
    return toUserResponse(await this.users.create(body, actor));
  }

  @Get()
  @ApiOkResponse({ description: 'People, by e-mail, paged' })
  async list(@Query() query: PageQueryDto): Promise<Page<UserResponse>> {
    const [users, total] = await this.users.list(query);
    return page(users.map(toUserResponse), total, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  async get(@Param('id', uuidPipe()) id: string): Promise<UserResponse> {
    return toUserResponse(await this.users.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse, description: 'active: false ends their sessions at once' })
  async update(
    @Param('id', uuidPipe()) id: string,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.update(id, body, actor));
  }
}
