import { Controller, Get, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { LookupService } from '../lookup/lookup.service';
import { errorPage } from './error-page';
import { searchPage } from './search-page';
import { surveyPage } from './survey-page';
import { WebExceptionFilter, sendHtml } from './web-exception.filter';
import { isReference, parseSearchRequest, RESULTS_PER_PAGE } from './web-query';

/** The public pages: server-rendered Swedish HTML, no JavaScript, no key. */
@ApiExcludeController()
@Public()
@UseGuards(ThrottlerGuard)
@UseFilters(WebExceptionFilter)
@Controller()
export class WebController {
  constructor(private readonly lookup: LookupService) {}

  @Get()
  async search(
    @Query('q') rawQ: unknown,
    @Query('sida') rawPage: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const request = parseSearchRequest(rawQ, rawPage);
    if (request.kind === 'start') {
      return sendHtml(
        response,
        200,
        searchPage({ q: '', error: null, results: null, page: 1 }).value,
      );
    }
    if (request.kind === 'invalid') {
      const page = searchPage({ q: request.q, error: request.error, results: null, page: 1 });
      return sendHtml(response, 400, page.value);
    }
    const results = await this.lookup.search({
      q: request.q,
      limit: RESULTS_PER_PAGE,
      offset: (request.page - 1) * RESULTS_PER_PAGE,
    });
    sendHtml(
      response,
      200,
      searchPage({ q: request.q, error: null, results, page: request.page }).value,
    );
  }

  @Get('enkater/:reference')
  async survey(@Param('reference') reference: string, @Res() response: Response): Promise<void> {
    if (!isReference(reference)) {
      const page = errorPage({
        status: 400,
        title: 'Felaktig referens',
        message: `En referens ser ut så här: ENK-2021-0042. ”${reference.slice(0, 60)}” är ingen referens.`,
      });
      return sendHtml(response, 400, page.value);
    }
    const survey = await this.lookup.findByReference(reference);
    if (!survey) {
      const page = errorPage({
        status: 404,
        title: 'Enkäten finns inte',
        message: `Det finns ingen publicerad enkät med referensen ${reference.toUpperCase()}.`,
      });
      return sendHtml(response, 404, page.value);
    }
    sendHtml(response, 200, surveyPage(survey).value);
  }
}
