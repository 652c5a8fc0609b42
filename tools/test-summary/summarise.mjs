#!/usr/bin/env node
// Prints the `N passed, N failed` line for the log of `pnpm test`:
//   node tools/test-summary/summarise.mjs <log file>
// Exits 1 when the log holds no test summary at all, so a run that tested nothing can't pass.
import { readFile } from 'node:fs/promises';
import { formatTestSummary, summariseTestLog } from './summarise-test-log.mjs';

const [logFile] = process.argv.slice(2);
if (logFile === undefined) {
  console.error('Usage: node tools/test-summary/summarise.mjs <log file>');
  process.exit(2);
}

const summary = summariseTestLog(await readFile(logFile, 'utf8'));
if (summary === null) {
  console.error(`No test summary in ${logFile}: no test ran to the end.`);
  process.exit(1);
}
console.log(formatTestSummary(summary));
