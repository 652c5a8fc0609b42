import type { Advisory, Severity } from './advisory.js';
import type { AuditException } from './audit-exceptions.js';

/** What the audit concludes. */
export interface AuditVerdict {
  /** High or critical, with no valid exception: these fail the build. */
  readonly failing: readonly Advisory[];
  /** High or critical, covered by an exception whose review date has not passed. */
  readonly excepted: readonly { advisory: Advisory; exception: AuditException }[];
  /** Exceptions past their review date, which no longer cover anything. */
  readonly expired: readonly AuditException[];
  /** Exceptions that match no advisory found: fixed, or mistyped; worth removing. */
  readonly unused: readonly AuditException[];
  /** How many advisories of each severity were found. */
  readonly counts: Readonly<Record<Severity, number>>;
}

const failingSeverities: readonly Severity[] = ['high', 'critical'];

/**
 * Applies the policy: a high or critical advisory fails the audit unless an exception names its
 * id and package and `today` is not past the exception's review date. Lower severities are
 * counted, never fatal.
 */
export const auditVerdict = (
  advisories: readonly Advisory[],
  exceptions: readonly AuditException[],
  today: string,
): AuditVerdict => {
  const expired = exceptions.filter((exception) => exception.reviewBy < today);
  const valid = exceptions.filter((exception) => exception.reviewBy >= today);
  const failing: Advisory[] = [];
  const excepted: { advisory: Advisory; exception: AuditException }[] = [];

  for (const advisory of advisories) {
    if (!failingSeverities.includes(advisory.severity)) continue;
    const exception = valid.find(
      (candidate) =>
        candidate.advisory.toLowerCase() === advisory.id.toLowerCase() &&
        candidate.package === advisory.packageName,
    );
    if (exception === undefined) failing.push(advisory);
    else excepted.push({ advisory, exception });
  }

  const matched = (exception: AuditException) =>
    advisories.some(
      (advisory) =>
        advisory.id.toLowerCase() === exception.advisory.toLowerCase() &&
        advisory.packageName === exception.package,
    );
  const counts: Record<Severity, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const advisory of advisories) counts[advisory.severity] += 1;

  return { failing, excepted, expired, unused: valid.filter((e) => !matched(e)), counts };
};
