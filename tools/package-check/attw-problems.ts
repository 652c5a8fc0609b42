import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { workspaceRoot } from './workspace-libraries.js';

const run = promisify(execFile);
const attw = join(workspaceRoot, 'node_modules/.bin/attw');

/**
 * The resolution modes we promise types for: Node's ESM and CommonJS resolution (TypeScript's
 * `node16`/`nodenext`) and bundlers. `node10` (TypeScript's old `moduleResolution: node`,
 * deprecated in TypeScript 6) can't see subpath exports such as `@todo/ports/testing`, so we leave
 * it out.
 */
export const attwProfile = 'node16';
const ignoredResolution = 'node10';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describeProblem = (problem: unknown): string | null => {
  if (!isRecord(problem)) return String(problem);
  if (problem['resolutionKind'] === ignoredResolution) return null;
  const where = [problem['entrypoint'], problem['resolutionKind']].filter(
    (part): part is string => typeof part === 'string',
  );
  return `${String(problem['kind'])}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
};

/**
 * What `@arethetypeswrong/cli` finds wrong with a tarball's types under {@link attwProfile}, one
 * line per problem; empty when it finds nothing. It never fetches `@types` packages.
 */
export async function attwProblems(tarball: string): Promise<string[]> {
  const args = [tarball, '--profile', attwProfile, '--format', 'json', '--no-definitely-typed'];
  // attw exits with 1 when it finds a problem; the JSON on stdout says which, either way.
  const { stdout } = await run(attw, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: unknown) => {
      if (isRecord(error) && typeof error['stdout'] === 'string' && error['stdout'] !== '') {
        return { stdout: error['stdout'] };
      }
      throw error;
    },
  );
  const report: unknown = JSON.parse(stdout);
  const analysis = isRecord(report) ? report['analysis'] : undefined;
  const problems = isRecord(analysis) ? analysis['problems'] : undefined;
  if (!Array.isArray(problems)) throw new Error(`attw printed no problem list for ${tarball}`);

  return problems.map(describeProblem).filter((line): line is string => line !== null);
}
