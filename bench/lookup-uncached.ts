import { runAsScript } from './lib/benchmark';
import { lookupUncached } from './lookup';

/** The lookup with LOOKUP_CACHE_ENTRIES=0: what every first look at a query costs. */
runAsScript(lookupUncached);
