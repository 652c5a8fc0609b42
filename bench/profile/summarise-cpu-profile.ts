import { readFile } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) this summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time of one function or one area of code. */
export interface SelfTime {
  readonly name: string;
  readonly selfMs: number;
  /** Share of the profile's busy time (idle left out). */
  readonly percent: number;
}

/** Where the busy time of a profile went. */
export interface ProfileSummary {
  readonly busyMs: number;
  readonly topFunctions: readonly SelfTime[];
  /** Self time by package or workspace library, after source maps. */
  readonly byArea: readonly SelfTime[];
}

const isCpuProfile = (value: unknown): value is CpuProfile =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray(Reflect.get(value, 'nodes')) &&
  Array.isArray(Reflect.get(value, 'samples')) &&
  Array.isArray(Reflect.get(value, 'timeDeltas'));

/** The package (`fastify`, `@sinclair/typebox`), workspace library or Node area of a file. */
export const areaOf = (file: string): string => {
  if (file === '') return '(native / V8)';
  if (file.startsWith('node:')) return 'node internals';
  const inModules = file.split('node_modules/').at(-1) ?? file;
  if (inModules !== file) {
    const [scope = '', name = ''] = inModules.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /(?:packages|apps)\/([^/]+)\//.exec(file);
  if (workspace) return `@todo/${workspace[1]}`;
  return file;
};

const sourceMaps = new Map<string, SourceMap | null>();

const loadSourceMap = async (url: string): Promise<SourceMap | null> => {
  if (!url.startsWith('file://')) return null;
  if (!sourceMaps.has(url)) {
    const payload = await readFile(`${fileURLToPath(url)}.map`, 'utf8')
      .then((text): SourceMapPayload => JSON.parse(text))
      .catch(() => null);
    sourceMaps.set(url, payload === null ? null : new SourceMap(payload));
  }
  return sourceMaps.get(url) ?? null;
};

/** The original file of a frame in a bundle, through the bundle's source map when it has one. */
const originalFileOf = async (url: string, line: number, column: number): Promise<string> => {
  const map = await loadSourceMap(url);
  const entry = map?.findEntry(line, column);
  const original = entry !== undefined && 'originalSource' in entry ? entry.originalSource : '';
  if (original === '') return url;
  // Source maps name sources relative to the bundle (`../../../packages/domain/src/title.ts`).
  return URL.canParse(original) ? original : new URL(original, url).href;
};

/**
 * Reads a `.cpuprofile` and sums self time per function and per area (package or library),
 * resolving bundled frames through their source maps. `(idle)` is left out of the shares: the
 * question is where the busy time goes.
 */
export const summariseCpuProfile = async (path: string, top = 25): Promise<ProfileSummary> => {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!isCpuProfile(parsed)) throw new Error(`bench.not-a-cpu-profile: ${path}`);

  const selfMicros = new Map<number, number>();
  parsed.samples.forEach((nodeId, index) => {
    selfMicros.set(nodeId, (selfMicros.get(nodeId) ?? 0) + (parsed.timeDeltas[index] ?? 0));
  });

  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let busy = 0;
  for (const node of parsed.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (micros === 0 || functionName === '(idle)') continue;
    busy += micros;
    const file = await originalFileOf(url, lineNumber, columnNumber);
    const where =
      file === ''
        ? ''
        : ` ${file.replace(/^.*node_modules\//, '').replace(/^.*\/(packages|apps)\//, '$1/')}`;
    const key = `${functionName || '(anonymous)'}${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const area = functionName.startsWith('(') && url === '' ? functionName : areaOf(file);
    byArea.set(area, (byArea.get(area) ?? 0) + micros);
  }

  const ranked = (totals: Map<string, number>, count: number): SelfTime[] =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => ({
        name,
        selfMs: Math.round(micros / 100) / 10,
        percent: Math.round((micros / busy) * 1000) / 10,
      }));
  return {
    busyMs: Math.round(busy / 1000),
    topFunctions: ranked(byFunction, top),
    byArea: ranked(byArea, top),
  };
};
