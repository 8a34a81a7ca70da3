import { burdenLedger, burdenLedgerUncached, burdenReport } from './burden';
import { runExport } from './export';
import { metricsOverhead } from './metrics-overhead';
import { lookup, lookupUncached } from './lookup';
import { runLookupNewQueries } from './lookup-new-queries';
import { type BenchmarkDefinition, type BenchmarkOutcome, runBenchmark } from './lib/benchmark';
import { runRegistrations } from './registrations';
import { surveyRead } from './survey-read';
import { runWebhookLag } from './webhook-lag';

interface Runnable {
  name: string;
  run(argv: readonly string[]): Promise<BenchmarkOutcome>;
}

/** A route measured against the baseline; the scripts below measure several things each. */
const asRunnable = (definition: BenchmarkDefinition): Runnable => ({
  name: definition.name,
  run: (argv) => runBenchmark(definition, argv),
});

const ALL: readonly Runnable[] = [
  asRunnable(surveyRead),
  asRunnable(lookup),
  asRunnable(lookupUncached),
  { name: 'lookup-new-queries', run: runLookupNewQueries },
  { name: 'registrations', run: runRegistrations },
  { name: 'webhook-lag', run: runWebhookLag },
  asRunnable(burdenReport),
  asRunnable(burdenLedger),
  asRunnable(burdenLedgerUncached),
  { name: 'export', run: runExport },
  asRunnable(metricsOverhead),
];

/**
 * Every benchmark, one after another, each on its own fresh service so that one's data and
 * warm caches do not flatter the next. Flags given here apply to all of them.
 */
async function main(): Promise<void> {
  const outcomes: (BenchmarkOutcome | { name: string; passed: false; error: string })[] = [];
  for (const definition of ALL) {
    try {
      outcomes.push(await definition.run(process.argv.slice(2)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${definition.name} could not run: ${message}`);
      outcomes.push({ name: definition.name, passed: false, error: message });
    }
  }
  console.log('\n## Summary\n');
  console.log('| benchmark | verdict | results |');
  console.log('|---|---|---|');
  for (const outcome of outcomes) {
    const where = 'resultsFile' in outcome ? outcome.resultsFile : `error: ${outcome.error}`;
    console.log(`| ${outcome.name} | ${outcome.passed ? 'PASS' : 'FAIL'} | ${where} |`);
  }
  process.exit(outcomes.every((outcome) => outcome.passed) ? 0 : 1);
}

void main();
