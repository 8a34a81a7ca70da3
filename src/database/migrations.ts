import { Initial1763884800000 } from '../../migrations/1763884800000-Initial';
import { ConsultationsReviewsFlags1763971200000 } from '../../migrations/1763971200000-ConsultationsReviewsFlags';

/** In order; a landed migration is never edited, a change is a new one. */
export const MIGRATIONS = [Initial1763884800000, ConsultationsReviewsFlags1763971200000];
