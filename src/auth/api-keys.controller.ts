import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { API_PREFIX } from '../common/api-prefix';
import { uuidPipe } from '../common/uuid.pipe';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiListResponse } from '../openapi/list-responses';
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
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Issue a key; the key itself is in this answer only',
  })
  @ApiCreatedResponse({
    type: CreatedApiKeyResponse,
    description: 'The key issued, with the key itself',
  })
  async create(
    @Body() body: CreateApiKeyDto,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedApiKeyResponse> {
    const { apiKey, plaintext } = await this.apiKeys.create(body, actor);
    return { ...toApiKeyResponse(apiKey), key: plaintext };
  }

  @Get()
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: 'Every key, revoked ones too, oldest first',
  })
  @ApiListResponse(ApiKeyResponse, 'Oldest first; the keys themselves are never shown again')
  async list(): Promise<{ items: ApiKeyResponse[] }> {
    return { items: (await this.apiKeys.list()).map(toApiKeyResponse) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke a key at once' })
  @ApiNoContentResponse({ description: 'Revoked (or it already was)' })
  @ApiErrorResponses(404, {
    status: 409,
    description: 'LAST_ADMIN_KEY: the last active admin key cannot be revoked',
  })
  async revoke(@Param('id', uuidPipe()) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.apiKeys.revoke(id, actor);
  }
}
