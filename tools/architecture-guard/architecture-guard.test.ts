import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryRounds, permittedCases } from './boundary-cases.js';
import { lintProblemsFor } from './lint-problems.js';
import { runNx, type NxRun } from './run-nx.js';
import { copyWorkspace, type WorkspaceCopy } from './workspace-copy.js';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

// Probes are written into a copy of the workspace and linted through Nx, as `pnpm test` lints:
// the module-boundary rule reads Nx's project graph, so bare ESLint would prove nothing.
describe('the architecture guard', () => {
  let copy: WorkspaceCopy;
  const lint = (projects: readonly string[]) =>
    runNx(
      copy.root,
      ['run-many', '-t', 'lint', '-p', ...projects, '--skip-nx-cache', '--output-style=static'],
      join(copy.root, '.nx'),
    );

  beforeAll(async () => {
    copy = await copyWorkspace(workspaceRoot);
  });

  afterAll(async () => {
    await copy?.dispose();
  });

  it('passes the untouched domain, so the failures below come from the probes', async () => {
    const run = await lint(['domain']);

    expect(run.output).toContain('Successfully ran target lint for project domain');
    expect(run.exitCode).toBe(0);
  });

  // The allowances ride along with round 1, which lints their projects anyway.
  const rounds = boundaryRounds.map((cases, index) => ({
    round: index + 1,
    cases,
    permitted: index === 0 ? permittedCases : [],
  }));

  describe.each(rounds)('in round $round', ({ cases, permitted }) => {
    let run: NxRun;

    beforeAll(async () => {
      for (const boundaryCase of cases) {
        await boundaryCase.setup?.(copy);
        await copy.write(boundaryCase.probe, boundaryCase.source);
      }
      for (const permittedCase of permitted) {
        await copy.write(permittedCase.probe, permittedCase.source);
      }
      const projects = [...cases, ...permitted].map((probeCase) => probeCase.project);
      run = await lint([...new Set(projects)]);
      await copy.restore();
    });

    it.each(cases)('forbids $forbids', (boundaryCase) => {
      const problems = lintProblemsFor(run.output, join(copy.root, boundaryCase.probe));

      expect(run.exitCode).not.toBe(0);
      expect(run.output).toContain(`- ${boundaryCase.project}:lint`);
      expect(problems, run.output).toHaveLength(1);
      expect(problems[0]?.line).toBe(boundaryCase.line);
      expect(problems[0]?.text.startsWith(boundaryCase.message), problems[0]?.text).toBe(true);
      expect(problems[0]?.text.trimEnd().endsWith(boundaryCase.rule), problems[0]?.text).toBe(true);
    });

    // A probe with no problems proves nothing unless its project's lint ran and reported
    // problems at all: the forbidden probes in the same project make sure it did.
    it.each(permitted)('permits $permits', (permittedCase) => {
      const problems = lintProblemsFor(run.output, join(copy.root, permittedCase.probe));
      const sameProject = cases.filter((forbidden) => forbidden.project === permittedCase.project);

      expect(sameProject.length).toBeGreaterThan(0);
      for (const forbidden of sameProject) {
        expect(lintProblemsFor(run.output, join(copy.root, forbidden.probe))).not.toHaveLength(0);
      }
      expect(problems, run.output).toEqual([]);
    });
  });
});
