import { readFile } from 'node:fs/promises';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/**
 * Every message publint has about a packed tarball, errors, warnings and suggestions alike,
 * formatted as publint prints them. An empty list means publint reports nothing.
 */
export async function publintMessages(tarball: string): Promise<string[]> {
  // A copy into a fresh array, whose buffer holds exactly the tarball's bytes.
  const data = new Uint8Array(await readFile(tarball)).buffer;
  const { messages, pkg } = await publint({ pack: { tarball: data }, level: 'suggestion' });

  return messages.map(
    (message) =>
      `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`,
  );
}
