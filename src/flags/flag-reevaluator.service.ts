import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, type Actor } from '../auth/roles';
import { lockSurvey } from '../surveys/survey-lock';
import { FlagEngine } from './flag-engine.service';

/** Re-runs the flag rules for surveys whose facts did not change but whose context did. */
@Injectable()
export class FlagReevaluator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: FlagEngine,
  ) {}

  async reevaluate(surveyIds: readonly string[], actor: Actor = SYSTEM_ACTOR, now = new Date()) {
    for (const surveyId of surveyIds) {
      await this.dataSource.transaction(async (manager) => {
        await lockSurvey(manager, surveyId);
        await this.engine.refresh(manager, surveyId, actor, now);
      });
    }
    return surveyIds.length;
  }

  async surveysOfAgency(agencyId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM surveys WHERE agency_id = $1`,
      [agencyId],
    );
    return rows.map((row) => row.id);
  }

  async surveysSentOrPlannedBetween(from: string, to: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM surveys
        WHERE (sent_at IS NOT NULL
               AND (sent_at AT TIME ZONE 'Europe/Stockholm')::date BETWEEN $1::date AND $2::date)
           OR (status = 'draft' AND planned_send_date BETWEEN $1::date AND $2::date)`,
      [from, to],
    );
    return rows.map((row) => row.id);
  }
}
