import { describe, expect, it } from 'vitest';
import { docsAssetPaths, docsAssetResponse, docsPageResponse } from './docs-page.js';

describe('the docs page', () => {
  it('is HTML that loads only its own assets, under a policy that forbids inline scripts', () => {
    const page = docsPageResponse();
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);

    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(sources.sort()).toEqual(Object.values(docsAssetPaths).sort());
    expect(page.body).not.toMatch(/<script>/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it.each(Object.values(docsAssetPaths))('serves %s from this package', async (path) => {
    const asset = await docsAssetResponse(path);

    expect(asset?.status).toBe(200);
    expect(asset?.body.length).toBeGreaterThan(100);
  });

  it('knows no other asset', async () => {
    expect(await docsAssetResponse('/docs/../../etc/passwd')).toBeUndefined();
  });
});
