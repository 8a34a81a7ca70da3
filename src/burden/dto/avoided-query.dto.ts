import { PeriodQueryDto } from '../../common/period-query.dto';

/** The period is that of the withdrawal, in Swedish calendar days [from, to). */
export class AvoidedQueryDto extends PeriodQueryDto {}
