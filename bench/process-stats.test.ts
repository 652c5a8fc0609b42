import { describe, expect, it } from 'vitest';
import { cpuMicrosOf, rssBytesOf } from './process-stats.js';

describe('process stats from /proc', () => {
  it('reads CPU time that grows while the process works', async () => {
    const before = await cpuMicrosOf(process.pid);
    const until = Date.now() + 100;
    let spins = 0;
    while (Date.now() < until) spins += 1;
    const after = await cpuMicrosOf(process.pid);

    expect(spins).toBeGreaterThan(0);
    // 100 ms of busy work is ten clock ticks; allow for a machine that lends the core elsewhere.
    expect(after - before).toBeGreaterThanOrEqual(10_000);
  });

  it('reads the same resident set size as the process reports for itself', async () => {
    const fromProc = await rssBytesOf(process.pid);
    const ownRss = process.memoryUsage().rss;

    expect(Math.abs(fromProc - ownRss) / ownRss).toBeLessThan(0.1);
  });

  it('names the file it could not read', async () => {
    await expect(cpuMicrosOf(2 ** 30)).rejects.toThrow(/ENOENT|proc/);
  });
});
