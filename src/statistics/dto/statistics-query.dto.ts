import { PeriodQueryDto } from '../../common/period-query.dto';

/** Consultation statistics: the period of sending. Flag statistics: the period of raising. */
export class StatisticsQueryDto extends PeriodQueryDto {}
