import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { API_PREFIX } from '../common/api-prefix';
import { ApiErrorResponses } from '../openapi/error-responses';
import { LedgerResponse } from './burden.response';
import { BurdenService } from './burden.service';
import { LedgerQueryDto } from './dto/ledger-query.dto';

/**
 * A municipality's or region's burden ledger. Its own controller: the reference-data controller
 * of the same path is public, the ledger needs a key.
 */
@ApiTags('burden')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/local-authorities`)
export class LedgerController {
  constructor(private readonly burden: BurdenService) {}

  @Get(':code/burden')
  @ApiOperation({
    operationId: 'getLocalAuthorityBurden',
    summary: 'Every survey the authority received in a year, and its share of the hours',
    description:
      'Surveys to all municipalities (or regions, or both) and selected surveys that list the ' +
      'code; not those that leave it out. Hours are the authority’s share (hours ÷ ' +
      'recipients) of the occurrences inside the year. Gotland: 0980 (kommun) and 09 (region) ' +
      'are separate ledgers, linked by sameOrganisationAs.',
  })
  @ApiOkResponse({ type: LedgerResponse, description: "The authority's ledger for the year" })
  @ApiErrorResponses({ status: 404, description: 'No municipality or region has this code' })
  async ledger(
    @Param('code') code: string,
    @Query() query: LedgerQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const json = await this.burden.ledgerJson(code, query.year);
    // The JSON is sent as it was serialized (and cached), not parsed and serialized again;
    // Express still adds the ETag and answers If-None-Match, as for any JSON body.
    response.type('json').send(json);
  }
}
