import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./summarise.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('summarise.mjs', () => {
  it('prints the summary line of a log', async () => {
    const { stdout } = await run(process.execPath, [
      script,
      fixture('run-many-stream-with-failures.log'),
    ]);

    expect(stdout).toBe('266 passed, 2 failed, 2 skipped\n');
  });

  it('fails when the log holds no test summary', async () => {
    await expect(run(process.execPath, [script, fixture('lint-only.log')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No test summary'),
    });
  });
});
