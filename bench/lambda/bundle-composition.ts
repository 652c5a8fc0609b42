import { readFile } from 'node:fs/promises';

/** Bytes one package puts into a bundle, in the app's and in the bare handler's. */
export interface PackageShare {
  /** An npm package, a workspace library (`@todo/domain`) or the handler's own code. */
  readonly name: string;
  readonly appBytes: number;
  readonly bareBytes: number;
}

/** The package of an input file of esbuild's metafile. */
export const packageOfInput = (input: string): string => {
  const inModules = input.split('node_modules/').at(-1) ?? input;
  if (inModules !== input) {
    const [scope = '', name = ''] = inModules.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(input);
  return workspace ? `@todo/${workspace[1]}` : 'handler code';
};

const bytesByPackage = async (metafile: string): Promise<Map<string, number>> => {
  const parsed: unknown = JSON.parse(await readFile(metafile, 'utf8'));
  const outputs: unknown = Reflect.get(Object(parsed), 'outputs');
  const totals = new Map<string, number>();
  for (const [file, output] of Object.entries(Object(outputs))) {
    if (!file.endsWith('.mjs')) continue;
    const inputs: unknown = Reflect.get(Object(output), 'inputs');
    for (const [input, details] of Object.entries(Object(inputs))) {
      const bytes: unknown = Reflect.get(Object(details), 'bytesInOutput');
      if (typeof bytes !== 'number') continue;
      const name = packageOfInput(input);
      totals.set(name, (totals.get(name) ?? 0) + bytes);
    }
  }
  return totals;
};

/**
 * What fills the app's bundle that the bare one lacks, by package, largest difference first,
 * from the esbuild metafiles both builds write.
 */
export const bundleComposition = async (
  appMetafile: string,
  bareMetafile: string,
): Promise<PackageShare[]> => {
  const [app, bare] = await Promise.all([
    bytesByPackage(appMetafile),
    bytesByPackage(bareMetafile),
  ]);
  return [...new Set([...app.keys(), ...bare.keys()])]
    .map((name) => ({ name, appBytes: app.get(name) ?? 0, bareBytes: bare.get(name) ?? 0 }))
    .sort((a, b) => b.appBytes - b.bareBytes - (a.appBytes - a.bareBytes));
};
