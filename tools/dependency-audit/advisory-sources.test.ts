import { describe, expect, it } from 'vitest';
import { bulkAdvisoriesOf, pnpmAuditOutcomeOf } from './advisory-sources.js';
import { installedPackagesOf } from './installed-packages.js';

describe('installedPackagesOf', () => {
  it('collects every version of every registry package, skipping workspace links', () => {
    const listing = [
      { name: 'todo-service' },
      {
        name: '@todo/fastify-api',
        dependencies: {
          '@todo/domain': { version: 'link:../../packages/domain' },
          fastify: {
            version: '5.12.8',
            dependencies: { semver: { version: '7.8.6' }, 'find-my-way': { version: '9.3.0' } },
          },
        },
      },
      { name: '@todo/tool', dependencies: { semver: { version: '6.3.2' } } },
    ];

    const installed = installedPackagesOf(listing);

    expect(
      Object.fromEntries([...installed].map(([name, versions]) => [name, [...versions]])),
    ).toEqual({
      fastify: ['5.12.8'],
      semver: ['7.8.6', '6.3.2'],
      'find-my-way': ['9.3.0'],
    });
  });
});

describe('bulkAdvisoriesOf', () => {
  it('keeps the advisories whose vulnerable range holds an installed version', () => {
    const installed = new Map([['semver', new Set(['7.5.1', '6.3.2'])]]);
    const answer = {
      semver: [
        {
          id: 1101088,
          url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw',
          title: 'semver vulnerable to Regular Expression Denial of Service',
          severity: 'moderate',
          vulnerable_versions: '>=7.0.0 <7.5.2',
        },
        {
          id: 1,
          url: 'https://github.com/advisories/GHSA-0000-0000-0000',
          title: 'Only old versions',
          severity: 'critical',
          vulnerable_versions: '<5.0.0',
        },
      ],
    };

    expect(bulkAdvisoriesOf(answer, installed)).toEqual([
      {
        id: 'GHSA-c2qf-rxjj-qqgw',
        packageName: 'semver',
        installedVersion: '7.5.1',
        severity: 'moderate',
        title: 'semver vulnerable to Regular Expression Denial of Service',
        url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw',
        vulnerableVersions: '>=7.0.0 <7.5.2',
      },
    ]);
  });
});

describe('pnpmAuditOutcomeOf', () => {
  it('reads an advisory per affected version from a report', () => {
    const report = {
      advisories: {
        '1101088': {
          id: 1101088,
          module_name: 'semver',
          severity: 'high',
          title: 'ReDoS',
          url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw',
          vulnerable_versions: '>=7.0.0 <7.5.2',
          findings: [{ version: '7.5.1', paths: ['apps__fastify-api>semver'] }],
        },
      },
    };

    expect(pnpmAuditOutcomeOf(report)).toEqual({
      ok: true,
      advisories: [
        {
          id: 'GHSA-c2qf-rxjj-qqgw',
          packageName: 'semver',
          installedVersion: '7.5.1',
          severity: 'high',
          title: 'ReDoS',
          url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw',
          vulnerableVersions: '>=7.0.0 <7.5.2',
        },
      ],
    });
  });

  it('passes on the error pnpm reports when its endpoint fails', () => {
    const output = {
      error: { code: 'ERR_PNPM_AUDIT_BAD_RESPONSE', message: 'responded with 410' },
    };

    expect(pnpmAuditOutcomeOf(output)).toEqual({
      ok: false,
      code: 'ERR_PNPM_AUDIT_BAD_RESPONSE',
      message: 'responded with 410',
    });
  });
});
