import { vi } from 'vitest';

/**
 * Runs `action` while keeping what Powertools writes, and returns the JSON lines written, parsed.
 * Powertools writes through a `Console` on `process.stdout` and `process.stderr` (errors), which
 * Lambda both sends to CloudWatch.
 */
export const capturingLogs = async <T>(
  action: () => Promise<T>,
): Promise<{ result: T; lines: Record<string, unknown>[]; text: string }> => {
  const chunks: string[] = [];
  const keep = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep),
  ];
  try {
    const result = await action();
    const text = chunks.join('');
    const lines = text
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line): Record<string, unknown> => JSON.parse(line));
    return { result, lines, text };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
};
