/** The severities advisories carry, lowest first. */
export const severities = ['info', 'low', 'moderate', 'high', 'critical'] as const;

export type Severity = (typeof severities)[number];

/** One advisory that affects one installed version of a package. */
export interface Advisory {
  /** The GitHub advisory id (`GHSA-xxxx-xxxx-xxxx`) when known, else the registry's number. */
  readonly id: string;
  readonly packageName: string;
  readonly installedVersion: string;
  readonly severity: Severity;
  readonly title: string;
  readonly url: string;
  /** The range the advisory names, e.g. `<4.17.21`. */
  readonly vulnerableVersions: string;
}

export const isSeverity = (value: unknown): value is Severity =>
  severities.some((severity) => severity === value);

/** `GHSA-...` from an advisory URL such as `https://github.com/advisories/GHSA-...`. */
export const advisoryIdOf = (url: string, fallback: number | string): string =>
  /GHSA(?:-[0-9a-z]{4}){3}/i.exec(url)?.[0] ?? String(fallback);
