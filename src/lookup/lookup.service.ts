import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Page } from '../common/pagination';
import { preparedQuery } from '../database/prepared-query';
import { referenceQuery, wordsSearch } from './lookup-sql';
import type { LookupPageRow, PublicSurveyRow } from './lookup-row';
import { type LookupTerms, parseLookupQuery } from './lookup-terms';
import { PublicDataCache } from './public-data-cache';
import { type LookupItem, toLookupItem } from './lookup.response';
import {
  PUBLIC_SURVEY_SQL,
  type PublicSurvey,
  type PublicSurveyDetailRow,
  toPublicSurvey,
} from './public-survey';

export interface LookupRequest {
  q: string;
  limit: number;
  offset: number;
}

/** Reads for the public: no drafts, and nothing but what the lookup contract names. */
@Injectable()
export class LookupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: PublicDataCache,
  ) {}

  search(request: LookupRequest): Promise<Page<LookupItem>> {
    const terms = parseLookupQuery(request.q);
    const key = JSON.stringify(['search', terms, request.limit, request.offset]);
    return this.cache.get(key, () => this.searchDatabase(terms, request));
  }

  /** null when there is no such reference or it is still a draft. */
  findByReference(reference: string): Promise<PublicSurvey | null> {
    const normalized = reference.toUpperCase();
    const key = JSON.stringify(['survey', normalized]);
    return this.cache.get(key, () => this.findInDatabase(normalized));
  }

  private async searchDatabase(
    terms: LookupTerms,
    request: LookupRequest,
  ): Promise<Page<LookupItem>> {
    const page = { limit: request.limit, offset: request.offset };
    if (terms.kind === 'reference') {
      const query = referenceQuery(terms.reference);
      const rows = await preparedQuery<PublicSurveyRow>(
        this.dataSource,
        'lookup_by_reference',
        query.text,
        query.values,
      );
      const items = request.offset === 0 ? rows.map(toLookupItem) : [];
      return { items, total: rows.length, ...page };
    }
    const search = wordsSearch(terms.words, request.limit, request.offset);
    const rows = await preparedQuery<LookupPageRow>(
      this.dataSource,
      search.name,
      search.text,
      search.values,
    );
    const items = rows
      .filter((row): row is LookupPageRow & PublicSurveyRow => row.reference !== null)
      .map(toLookupItem);
    return { items, total: rows[0]?.total ?? 0, ...page };
  }

  private async findInDatabase(reference: string): Promise<PublicSurvey | null> {
    const rows = await preparedQuery<PublicSurveyDetailRow>(
      this.dataSource,
      'public_survey_by_reference',
      PUBLIC_SURVEY_SQL,
      [reference],
    );
    return rows.length > 0 ? toPublicSurvey(rows[0]) : null;
  }
}
