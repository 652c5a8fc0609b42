/**
 * The dependency audit CI runs (`.ci/run`), also `pnpm nx run tool-dependency-audit:audit`:
 * production dependencies of every workspace project, high and critical advisories fail unless
 * `audit-exceptions.json` at the root explains why one does not apply. Exit codes: 0 passed,
 * 1 failed on advisories, 2 could not audit (the endpoint unreachable): never a silent pass.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuditUnavailableError, fetchBulkAdvisories, runPnpmAudit } from './advisory-sources.js';
import type { Advisory } from './advisory.js';
import { readAuditExceptions } from './audit-exceptions.js';
import { auditVerdict } from './audit-verdict.js';
import { listInstalledPackages } from './installed-packages.js';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const exceptionsFile = join(workspaceRoot, 'audit-exceptions.json');

// pnpm 10 asks the audit endpoints the npm registry retired (they answer 405 or 410, see
// pnpm/pnpm#11265); the bulk advisory endpoint npm audit uses answers the same question.
const retiredEndpointCodes = ['ERR_PNPM_AUDIT_BAD_RESPONSE', 'ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS'];

// pnpm sets this for the commands it runs; the public registry otherwise.
const registry = process.env['npm_config_registry'] ?? 'https://registry.npmjs.org/';

const advisoriesOfWorkspace = async (): Promise<{ source: string; advisories: Advisory[] }> => {
  // The listing is only needed when pnpm audit fails, but costs seconds: start both at once.
  const listing = listInstalledPackages(workspaceRoot);
  listing.catch(() => undefined);
  const pnpm = await runPnpmAudit(workspaceRoot);
  if (pnpm.ok) return { source: 'pnpm audit --prod', advisories: pnpm.advisories };
  if (!retiredEndpointCodes.includes(pnpm.code)) {
    throw new AuditUnavailableError(`pnpm audit --prod failed: ${pnpm.code} ${pnpm.message}`);
  }
  const installed = await listing;
  const versions = [...installed.values()].reduce((sum, set) => sum + set.size, 0);
  return {
    source:
      `the registry's bulk advisory endpoint (pnpm audit's endpoint is retired), ` +
      `${installed.size} production packages in ${versions} versions`,
    advisories: await fetchBulkAdvisories(registry, installed),
  };
};

const describe = (advisory: Advisory) =>
  `${advisory.severity} ${advisory.id} ${advisory.packageName}@${advisory.installedVersion} ` +
  `(vulnerable ${advisory.vulnerableVersions}): ${advisory.title} ${advisory.url}`;

const main = async (): Promise<number> => {
  const exceptions = await readAuditExceptions(exceptionsFile);
  const { source, advisories } = await advisoriesOfWorkspace();
  const verdict = auditVerdict(advisories, exceptions, new Date().toISOString().slice(0, 10));
  const { counts } = verdict;

  const lines = [
    `Dependency audit, from ${source}.`,
    `Advisories: critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, ` +
      `low ${counts.low}, info ${counts.info}.`,
    ...verdict.failing.map((advisory) => `  FAILS ${describe(advisory)}`),
    ...verdict.excepted.map(
      ({ advisory, exception }) =>
        `  excepted until ${exception.reviewBy}: ${describe(advisory)}\n    because ${exception.reason}`,
    ),
    ...verdict.expired.map(
      (exception) =>
        `  The exception for ${exception.advisory} (${exception.package}) expired on ` +
        `${exception.reviewBy}: review it, then renew or remove it.`,
    ),
    ...verdict.unused.map(
      (exception) =>
        `  The exception for ${exception.advisory} (${exception.package}) matches no advisory ` +
        'found: remove it.',
    ),
    verdict.failing.length === 0
      ? 'Dependency audit passed: no high or critical advisory without a written exception.'
      : `Dependency audit failed: ${verdict.failing.length} high or critical advisories without ` +
        `a written exception. Upgrade, or explain in audit-exceptions.json why one does not apply.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return verdict.failing.length === 0 ? 0 : 1;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      error instanceof AuditUnavailableError
        ? `Dependency audit could not run: ${message}. No advisory was checked.\n`
        : `Dependency audit failed to run: ${message}\n`,
    );
    process.exitCode = 2;
  },
);
