import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';

/** What the numbers were measured on, for the report. */
export interface MachineInfo {
  readonly date: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly kernel: string;
  /** 1-minute load average when the run started: others' work on a shared machine shows here. */
  readonly loadAverageAtStart: number;
  readonly versions: Readonly<Record<string, string>>;
}

// Read from the file, not through `require`: some packages' export maps hide package.json.
const versionOf = async (name: string): Promise<string> => {
  const manifest = new URL(`./node_modules/${name}/package.json`, import.meta.url);
  const text = await readFile(manifest, 'utf8').catch(() => '{}');
  const version: unknown = Reflect.get(Object(JSON.parse(text)), 'version');
  return typeof version === 'string' ? version : 'unknown';
};

const measuredPackages = [
  'fastify',
  'autocannon',
  'esbuild',
  '@sinclair/typebox',
  'fast-jwt',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
];

/** Reads the machine's CPU, memory and the versions of what is measured. */
export const machineInfo = async (): Promise<MachineInfo> => {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return {
    date: new Date().toISOString(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    versions: {
      node: process.versions.node,
      ...Object.fromEntries(
        await Promise.all(measuredPackages.map(async (name) => [name, await versionOf(name)])),
      ),
    },
  };
};
