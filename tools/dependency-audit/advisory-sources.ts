import { execFile } from 'node:child_process';
import semver from 'semver';
import { advisoryIdOf, isSeverity, type Advisory } from './advisory.js';
import type { InstalledPackages } from './installed-packages.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The audit could not be run (the endpoint is gone or unreachable): not a verdict. */
export class AuditUnavailableError extends Error {
  override readonly name = 'AuditUnavailableError';
  readonly code = 'dependency-audit.unavailable';
}

/** `pnpm audit --prod --json`'s answer: its advisories, or the error it reported. */
export type PnpmAuditOutcome =
  | { readonly ok: true; readonly advisories: Advisory[] }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** Reads `pnpm audit --json` output (npm's audit report format, or `{ error }`). */
export const pnpmAuditOutcomeOf = (output: unknown): PnpmAuditOutcome => {
  if (!isRecord(output)) return { ok: false, code: 'unreadable', message: 'not a JSON object' };
  const error = output['error'];
  if (isRecord(error))
    return { ok: false, code: text(error['code']), message: text(error['message']) };
  const advisories = isRecord(output['advisories']) ? Object.values(output['advisories']) : [];
  return {
    ok: true,
    advisories: advisories.flatMap((advisory): Advisory[] => {
      const severity = isRecord(advisory) ? advisory['severity'] : undefined;
      if (!isRecord(advisory) || !isSeverity(severity)) return [];
      const findings = Array.isArray(advisory['findings']) ? advisory['findings'] : [];
      const url = text(advisory['url']);
      return findings.filter(isRecord).map((finding) => ({
        id: advisoryIdOf(url, text(advisory['github_advisory_id']) || String(advisory['id'])),
        packageName: text(advisory['module_name']),
        installedVersion: text(finding['version']),
        severity,
        title: text(advisory['title']),
        url,
        vulnerableVersions: text(advisory['vulnerable_versions']),
      }));
    }),
  };
};

/** Runs `pnpm audit --prod --json`; a failed exit with a report still yields the report. */
export const runPnpmAudit = (workspaceRoot: string): Promise<PnpmAuditOutcome> =>
  new Promise((resolve) => {
    execFile(
      'pnpm',
      ['audit', '--prod', '--json'],
      { cwd: workspaceRoot, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (_error, stdout) => {
        try {
          resolve(pnpmAuditOutcomeOf(JSON.parse(stdout)));
        } catch {
          resolve({ ok: false, code: 'unreadable', message: stdout.slice(0, 300) });
        }
      },
    );
  });

/**
 * Reads the bulk advisory endpoint's answer (`{ name: [advisory] }`) into the advisories that
 * affect an installed version: the endpoint lists a package's advisories, and each one's
 * `vulnerable_versions` is checked against every version installed.
 */
export const bulkAdvisoriesOf = (answer: unknown, installed: InstalledPackages): Advisory[] => {
  if (!isRecord(answer))
    throw new AuditUnavailableError('The bulk advisory answer is not an object.');
  return Object.entries(answer).flatMap(([packageName, advisories]) =>
    (Array.isArray(advisories) ? advisories : []).filter(isRecord).flatMap((advisory) => {
      const range = text(advisory['vulnerable_versions']);
      const severity = advisory['severity'];
      if (!isSeverity(severity)) return [];
      const url = text(advisory['url']);
      return [...(installed.get(packageName) ?? [])]
        .filter((version) => semver.satisfies(version, range, { includePrerelease: true }))
        .map((installedVersion) => ({
          id: advisoryIdOf(url, String(advisory['id'])),
          packageName,
          installedVersion,
          severity,
          title: text(advisory['title']),
          url,
          vulnerableVersions: range,
        }));
    }),
  );
};

/**
 * Asks the registry's bulk advisory endpoint (`POST /-/npm/v1/security/advisories/bulk`, what
 * `npm audit` itself uses) about the installed packages and versions.
 */
export const fetchBulkAdvisories = async (
  registry: string,
  installed: InstalledPackages,
): Promise<Advisory[]> => {
  const body = Object.fromEntries([...installed].map(([name, versions]) => [name, [...versions]]));
  const url = new URL(
    '-/npm/v1/security/advisories/bulk',
    registry.endsWith('/') ? registry : `${registry}/`,
  );
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new AuditUnavailableError(`${url.href} could not be reached`, { cause: error });
  }
  if (!response.ok) {
    throw new AuditUnavailableError(
      `${url.href} answered ${response.status} ${response.statusText}`,
    );
  }
  return bulkAdvisoriesOf(await response.json(), installed);
};
