import { describe, expect, it } from 'vitest';
import type { Advisory } from './advisory.js';
import type { AuditException } from './audit-exceptions.js';
import { auditVerdict } from './audit-verdict.js';

const advisory = (overrides: Partial<Advisory>): Advisory => ({
  id: 'GHSA-aaaa-bbbb-cccc',
  packageName: 'left-pad',
  installedVersion: '1.0.0',
  severity: 'high',
  title: 'Prototype pollution',
  url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
  vulnerableVersions: '<1.0.1',
  ...overrides,
});

const exception = (overrides: Partial<AuditException>): AuditException => ({
  advisory: 'GHSA-aaaa-bbbb-cccc',
  package: 'left-pad',
  reason: 'Only reached by the CLI, which this service never calls.',
  reviewBy: '2027-01-31',
  ...overrides,
});

describe('auditVerdict', () => {
  it('fails on high and critical advisories, counting the rest', () => {
    const advisories = [
      advisory({ severity: 'critical', id: 'GHSA-1111-1111-1111' }),
      advisory({ severity: 'high' }),
      advisory({ severity: 'moderate', id: 'GHSA-2222-2222-2222' }),
      advisory({ severity: 'low', id: 'GHSA-3333-3333-3333' }),
    ];

    const verdict = auditVerdict(advisories, [], '2026-12-03');

    expect(verdict.failing.map((found) => found.severity)).toEqual(['critical', 'high']);
    expect(verdict.counts).toEqual({ critical: 1, high: 1, moderate: 1, low: 1, info: 0 });
  });

  it('lets a written exception cover its advisory and package until its review day', () => {
    const found = advisory({});

    const covered = auditVerdict([found], [exception({})], '2027-01-31');
    const lapsed = auditVerdict([found], [exception({})], '2027-02-01');

    expect(covered.failing).toEqual([]);
    expect(covered.excepted).toEqual([{ advisory: found, exception: exception({}) }]);
    expect(lapsed.failing).toEqual([found]);
    expect(lapsed.expired).toEqual([exception({})]);
  });

  it('does not let an exception for one package cover the same advisory in another', () => {
    const found = advisory({ packageName: 'right-pad' });

    expect(auditVerdict([found], [exception({})], '2026-12-03').failing).toEqual([found]);
  });

  it('names exceptions that match nothing, so they get removed', () => {
    const stale = exception({ advisory: 'GHSA-9999-9999-9999' });

    expect(auditVerdict([], [stale], '2026-12-03').unused).toEqual([stale]);
  });
});
