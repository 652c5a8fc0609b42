import { readFile } from 'node:fs/promises';

/** A written reason why one advisory does not apply to this workspace, until a review date. */
export interface AuditException {
  /** The advisory's id as the report prints it: `GHSA-xxxx-xxxx-xxxx`. */
  readonly advisory: string;
  readonly package: string;
  /** Why it does not apply here: the code path that is not reached, the input that cannot occur. */
  readonly reason: string;
  /** `YYYY-MM-DD`; after this day the exception no longer counts and the audit fails again. */
  readonly reviewBy: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the exceptions file's content: `{ "exceptions": [{ advisory, package, reason,
 * reviewBy }] }`, each field a non-empty string, `reason` a real sentence, `reviewBy` a day.
 * Throws with every problem named.
 */
export const parseAuditExceptions = (content: unknown): AuditException[] => {
  const list = isRecord(content) ? content['exceptions'] : undefined;
  if (!Array.isArray(list)) throw new Error('audit-exceptions.json needs an "exceptions" array.');

  const problems: string[] = [];
  const exceptions = list.flatMap((entry: unknown, index): AuditException[] => {
    const field = (name: string) =>
      isRecord(entry) && typeof entry[name] === 'string' ? entry[name].trim() : '';
    const exception = {
      advisory: field('advisory'),
      package: field('package'),
      reason: field('reason'),
      reviewBy: field('reviewBy'),
    };
    const missing = Object.entries(exception).filter(([, value]) => value === '');
    if (missing.length > 0) {
      problems.push(`exceptions[${index}] lacks ${missing.map(([name]) => name).join(', ')}`);
      return [];
    }
    if (exception.reason.length < 20) {
      problems.push(`exceptions[${index}].reason must say why the advisory does not apply`);
    }
    if (!dayPattern.test(exception.reviewBy) || Number.isNaN(Date.parse(exception.reviewBy))) {
      problems.push(`exceptions[${index}].reviewBy must be a day, YYYY-MM-DD`);
    }
    return [exception];
  });
  if (problems.length > 0) throw new Error(`audit-exceptions.json: ${problems.join('; ')}`);
  return exceptions;
};

/** Reads and checks the exceptions file at `path`. */
export const readAuditExceptions = async (path: string): Promise<AuditException[]> =>
  parseAuditExceptions(JSON.parse(await readFile(path, 'utf8')));
