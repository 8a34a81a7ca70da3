import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { API_PREFIX } from '../common/api-prefix';
import { uuidPipe } from '../common/uuid.pipe';
import { ApiKeyResponse, CreatedApiKeyResponse, toApiKeyResponse } from './api-key.response';
import { ApiKeysService } from './api-keys.service';
import { CurrentActor, Roles } from './auth.decorators';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import type { Actor } from './roles';

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller(`${API_PREFIX}/api-keys`)
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedApiKeyResponse })
  async create(
    @Body() body: CreateApiKeyDto,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedApiKeyResponse> {
    const { apiKey, plaintext } = await this.apiKeys.create(body, actor);
    return { ...toApiKeyResponse(apiKey), key: plaintext };
  }

  @Get()
  @ApiOkResponse({ type: [ApiKeyResponse] })
  async list(): Promise<{ items: ApiKeyResponse[] }> {
    return { items: (await this.apiKeys.list()).map(toApiKeyResponse) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked (or already revoked)' })
  @ApiConflictResponse({
    description: 'LAST_ADMIN_KEY: the last active admin key cannot be revoked',
  })
  async revoke(@Param('id', uuidPipe()) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.apiKeys.revoke(id, actor);
  }
}
