// Plain ESM with JSDoc types, so CI can run it with bare Node before anything is built.

/**
 * The tests of a whole run, added up.
 * @typedef {object} TestSummary
 * @property {number} passed Tests that passed, including vitest's expected failures.
 * @property {number} failed Tests that failed, plus each failed task that printed no test counts.
 * @property {number} skipped Tests skipped or marked todo.
 */

const ansiEscape = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

// Vitest's closing count, e.g. `      Tests  1 failed | 11 passed | 2 skipped (14)`. Under
// `nx --output-style=stream` the line starts with the project's name, e.g. `domain: `.
const testsLine = /^(?:(\S+):)?\s+Tests\s+(\d+ [a-z ]+(?: \| \d+ [a-z ]+)*) \(\d+\)$/;
const countPart = /^(\d+) (passed|failed|expected fail|skipped|todo)$/;
// Nx closes a run that failed with `Failed tasks:` and a `- project:target` line per task.
const failedTasksHeading = /^\s*Failed tasks:\s*$/;
const failedTask = /^- ([^\s:]+):(\S+)$/;

/**
 * Adds up every vitest summary in the log of an Nx run, colour codes and Nx's project prefixes
 * notwithstanding. A failed task whose failure no test count shows (a lint or typecheck error, a
 * test run that found no tests or crashed before counting) counts as one failure, so a red run
 * never adds up to `0 failed`.
 * @param {string} log
 * @returns {TestSummary | null} null when the log holds no test summary at all.
 */
export function summariseTestLog(log) {
  const summary = { passed: 0, failed: 0, skipped: 0 };
  // Failures counted per project ('' for output without Nx's prefix).
  /** @type {Map<string, number>} */
  const failuresByProject = new Map();
  let inFailedTasks = false;

  for (const rawLine of log.replace(ansiEscape, '').split(/\r?\n|\r/)) {
    const line = rawLine.trimEnd();

    const failed = inFailedTasks ? failedTask.exec(line.trim()) : null;
    if (failed) {
      const [, project = '', target = ''] = failed;
      const countedFailures =
        (failuresByProject.get(project) ?? 0) + (failuresByProject.get('') ?? 0);
      if (target !== 'test' || countedFailures === 0) summary.failed += 1;
      continue;
    }
    if (line.trim() !== '') inFailedTasks = failedTasksHeading.test(line);

    const tests = testsLine.exec(line);
    const parts = tests?.[2]?.split(' | ').map((part) => countPart.exec(part)) ?? [];
    if (!tests || parts.length === 0 || parts.some((part) => part === null)) continue;

    let failures = 0;
    for (const part of parts) {
      const count = Number(part?.[1]);
      const kind = part?.[2];
      if (kind === 'passed' || kind === 'expected fail') summary.passed += count;
      else if (kind === 'failed') failures += count;
      else summary.skipped += count;
    }
    summary.failed += failures;
    const project = tests[1] ?? '';
    failuresByProject.set(project, (failuresByProject.get(project) ?? 0) + failures);
  }

  return failuresByProject.size > 0 ? summary : null;
}

/**
 * The closing line CI reads: `N passed, N failed`, with `, N skipped` when any were.
 * @param {TestSummary} summary
 * @returns {string}
 */
export function formatTestSummary({ passed, failed, skipped }) {
  const line = `${passed} passed, ${failed} failed`;
  return skipped > 0 ? `${line}, ${skipped} skipped` : line;
}
