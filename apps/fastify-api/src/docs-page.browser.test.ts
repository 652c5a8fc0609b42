import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/start-test-server.js';

// Debian's Chromium; playwright's own browser downloads are not reachable from these machines.
const chromiumPath = '/usr/bin/chromium';

describe('the /docs page in a real browser', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `${chromiumPath} is missing. Install Debian's Chromium: apt-get update && apt-get install -y chromium`,
      );
    }
    server = await startTestServer({ store: { kind: 'memory' } });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders every operation from /openapi.json, with no request leaving the server', async () => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${server.baseUrl}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    const operations = await page
      .locator('.opblock-summary')
      .evaluateAll((blocks) =>
        blocks.map((block) => block.textContent?.replace(/\s+/g, ' ').trim()),
      );

    for (const [method, path, summary] of [
      ['POST', '/todos', 'Create a todo'],
      ['GET', '/todos', 'List todos'],
      ['GET', '/todos/{id}', 'Get a todo'],
      ['PATCH', '/todos/{id}', 'Edit or complete a todo'],
      ['DELETE', '/todos/{id}', 'Delete a todo'],
    ] as const) {
      expect(operations).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${method}\\s*${path.replace(/[{}]/g, '\\$&')}\\s*${summary}`),
        ),
      );
    }
    expect(await page.title()).toBe('ToDo API');
    expect([...origins]).toEqual([server.baseUrl]);
    expect(pageErrors).toEqual([]);
  });
});
