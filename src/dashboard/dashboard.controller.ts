import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Query,
  Res,
  StreamableFile,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { DashboardExceptionFilter } from './dashboard-exception.filter';
import { DashboardDataService } from './data/dashboard-data.service';
import { DashboardQueryDto } from './dto/dashboard-query.dto';
import { DashboardExportsService } from './exports/dashboard-exports.service';
import { EXPORT_NOTE, exportLinks, parseExportName } from './exports/export-files';
import { dashboardPage } from './html/dashboard-page';
import { DASHBOARD_CSS } from './html/stylesheet';
import { sendHtml } from './http';
import { CurrentSession, PageSessionGuard } from '../sessions/session.guard';
import type { ActiveSession } from '../sessions/sessions.service';
import { DashboardRoleGuard } from './dashboard-role.guard';

/**
 * The SKR dashboard: server-rendered, no scripts, behind a person's session (see SignInController).
 * Public to the API key guard and left out of the OpenAPI document: it is not part of the API.
 */
@ApiExcludeController()
@Public()
@UseFilters(DashboardExceptionFilter)
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly data: DashboardDataService,
    private readonly exports: DashboardExportsService,
  ) {}

  @Get()
  @UseGuards(PageSessionGuard, DashboardRoleGuard)
  async show(
    @Query() query: DashboardQueryDto,
    @CurrentSession() session: ActiveSession,
    @Res() response: Response,
  ): Promise<void> {
    const years = await this.data.years();
    const data = await this.data.forYear(query.ar ?? years[0], years);
    const html = dashboardPage({
      data,
      signedIn: { actorName: session.actor.name, csrfToken: session.csrfToken },
      exports: { links: exportLinks(data.year), note: EXPORT_NOTE },
    });
    sendHtml(response, 200, html);
  }

  /** The API's exports for the browser, which has the session cookie but no API key. */
  @Get('export/:name')
  @UseGuards(PageSessionGuard, DashboardRoleGuard)
  async export(
    @Param('name') name: string,
    @Query() query: DashboardQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const wanted = parseExportName(name);
    if (!wanted) throw new NotFoundException(`No export named ${name}`);
    const year = query.ar ?? (await this.data.years())[0];
    response.setHeader('Cache-Control', 'no-store');
    return this.exports.stream(wanted.file, wanted.format, year);
  }

  /** Public: a stylesheet holds nothing secret, and the sign-in page needs it before a session. */
  @Get('stil.css')
  stylesheet(@Res() response: Response): void {
    response
      .status(200)
      .setHeader('Cache-Control', 'public, max-age=3600')
      .type('text/css; charset=utf-8')
      .send(DASHBOARD_CSS);
  }
}
