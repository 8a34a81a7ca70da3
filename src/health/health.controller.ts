import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { LivenessResponse, ReadinessResponse } from './health.response';

const READINESS_TIMEOUT_MS = 2_000;

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process answers; no database involved (also the benchmarks' baseline route). */
  @Get('live')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'getLiveness', summary: 'The process answers' })
  @ApiOkResponse({ type: LivenessResponse, description: 'The process is up' })
  live(): LivenessResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ operationId: 'getReadiness', summary: 'The process and its database answer' })
  @ApiOkResponse({
    type: ReadinessResponse,
    description: 'The process and its database answer',
    example: { status: 'ok', database: 'up' },
  })
  @ApiServiceUnavailableResponse({
    type: ReadinessResponse,
    description: 'The database does not answer',
    example: { status: 'unavailable', database: 'down' },
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const up = await this.databaseAnswers();
    if (!up) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
