// `pnpm exec tsx --tsconfig bench/tsconfig.json bench/compare-runs.ts [FILE...]`: the medians of
// the targets' ratios over several full runs, with each run's value, as BENCHMARKS.md quotes
// them. With no files, it reads every run kept in bench/results/runs/ (each full `pnpm bench`
// leaves one there). One run decides nothing on a shared 2-core machine; several do.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import {
  fullRunSchema,
  ratiosOf,
  renderRunsSummary,
  summariseRuns,
  type FullRun,
} from './report/across-runs.js';

const runsDir = fileURLToPath(new URL('./results/runs/', import.meta.url));
const given = process.argv.slice(2);
const files =
  given.length > 0
    ? given
    : (await readdir(runsDir))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => join(runsDir, file));
if (files.length === 0) {
  process.stderr.write(`No runs to compare: pass result files, or run pnpm bench first.\n`);
  process.exit(2);
}

const runs: FullRun[] = [];
for (const file of files) {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Value.Check(fullRunSchema, parsed)) {
    throw new Error(`bench.not-a-full-run: ${file} is not the results of a full pnpm bench run`);
  }
  runs.push(parsed);
}
process.stdout.write(renderRunsSummary(summariseRuns(runs.map(ratiosOf))));
