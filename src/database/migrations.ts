import { Initial1763884800000 } from '../../migrations/1763884800000-Initial';
import { ConsultationsReviewsFlags1763971200000 } from '../../migrations/1763971200000-ConsultationsReviewsFlags';
import { BurdenReporting1764057600000 } from '../../migrations/1764057600000-BurdenReporting';
import { ReportsRegistrations1764144000000 } from '../../migrations/1764144000000-ReportsRegistrations';
import { Webhooks1764230400000 } from '../../migrations/1764230400000-Webhooks';
import { DashboardSessions1764316800000 } from '../../migrations/1764316800000-DashboardSessions';
import { PublicDataNotifications1764576000000 } from '../../migrations/1764576000000-PublicDataNotifications';
import { RetentionIndexes1764662400000 } from '../../migrations/1764662400000-RetentionIndexes';
import { SurveyRoundsNotifications1764748800000 } from '../../migrations/1764748800000-SurveyRoundsNotifications';
import { TitleTrigrams1764835200000 } from '../../migrations/1764835200000-TitleTrigrams';
import { ConsultationCaseNumbers1764921600000 } from '../../migrations/1764921600000-ConsultationCaseNumbers';
import { DuplicateSearch1765008000000 } from '../../migrations/1765008000000-DuplicateSearch';
import { RegistrarSourceSystems1765200000000 } from '../../migrations/1765200000000-RegistrarSourceSystems';
import { PersonSignIn1765400000000 } from '../../migrations/1765400000000-PersonSignIn';
import { FirstRunTokens1765400000001 } from '../../migrations/1765400000001-FirstRunTokens';

/** In order; a landed migration is never edited, a change is a new one. */
export const MIGRATIONS = [
  Initial1763884800000,
  ConsultationsReviewsFlags1763971200000,
  BurdenReporting1764057600000,
  ReportsRegistrations1764144000000,
  Webhooks1764230400000,
  DashboardSessions1764316800000,
  PublicDataNotifications1764576000000,
  RetentionIndexes1764662400000,
  SurveyRoundsNotifications1764748800000,
  TitleTrigrams1764835200000,
  ConsultationCaseNumbers1764921600000,
  DuplicateSearch1765008000000,
  RegistrarSourceSystems1765200000000,
  PersonSignIn1765400000000,
  FirstRunTokens1765400000001,
];
