import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { seedSurveys, withDatabase } from './lib/seed';

const USAGE = `Usage: DATABASE_URL=postgres://… npm run bench:seed -- --surveys 20000 [--seed 1]

Adds surveys (2016–2025) with agencies, consultations, rounds and flags to the database named
by DATABASE_URL, migrating it first if needed. For the embedded database of a running
\`npm start\` that is postgres://postgres:postgres@127.0.0.1:54329/enkatkollen.`;

/** The service migrates on start; a database it has never seen is migrated here the same way. */
async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(
    buildDataSourceOptions(url, { poolSize: 1, applicationName: 'enkatkollen-bench-seed' }),
  );
  await dataSource.initialize();
  await dataSource.destroy();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      surveys: { type: 'string', default: '20000' },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const url = process.env.DATABASE_URL?.trim();
  if (values.help || !url) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const surveys = Number(values.surveys);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (
    !Number.isInteger(surveys) ||
    surveys < 1 ||
    (seed !== undefined && !Number.isInteger(seed))
  ) {
    console.error('--surveys must be a positive integer and --seed an integer\n');
    console.log(USAGE);
    process.exit(2);
  }

  await migrate(url);
  const summary = await withDatabase(url, (client) => seedSurveys(client, { surveys, seed }));
  console.log(
    `Seeded ${summary.surveys} surveys, ${summary.consultations} consultations, ` +
      `${summary.rounds} rounds and ${summary.flags} open flags over ${summary.agencies} agencies ` +
      `in ${(summary.milliseconds / 1000).toFixed(1)} s.`,
  );
  const years = Object.entries(summary.references);
  console.log(`References: ${years.map(([, r]) => `${r.first}…${r.last}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
