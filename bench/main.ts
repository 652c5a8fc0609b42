// `pnpm bench [--quick] [--only=http,lambda,dynamodb,memory] [--out=DIR]`: runs the benchmark,
// prints the tables and writes them with the raw numbers to DIR (default: bench/results for a
// full run, a temporary folder for a quick one, whose numbers mean nothing). A full run also
// keeps its raw numbers in DIR/runs/, under its date, for compare-runs.ts.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { benchSections, type BenchSection } from './bench-results.js';
import { renderMarkdown } from './report/render-markdown.js';
import { runBench } from './run-bench.js';

const isSection = (value: string): value is BenchSection =>
  benchSections.some((section) => section === value);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
const only = values.only?.split(',').map((section) => section.trim());
if (only?.some((section) => !isSection(section))) {
  process.stderr.write(`--only takes a comma-separated list of ${benchSections.join(', ')}\n`);
  process.exit(2);
}
const mode = values.quick ? 'quick' : 'full';
const outDir =
  values.out !== undefined
    ? resolve(values.out)
    : mode === 'full'
      ? fileURLToPath(new URL('./results/', import.meta.url))
      : await mkdtemp(join(tmpdir(), 'todo-bench-'));

const results = await runBench({
  mode,
  ...(only === undefined ? {} : { sections: only.filter(isSection) }),
  progress: (line) => process.stdout.write(`${line}\n`),
});
const markdown = renderMarkdown(results);
await mkdir(outDir, { recursive: true });
// Written as the repository's Prettier settings would write them, so committed results pass
// `pnpm format:check` as they are.
const formatted = async (file: string, text: string) =>
  format(text, { ...(await resolveConfig(file)), filepath: file });
const jsonFile = join(outDir, `${mode}.json`);
const markdownFile = join(outDir, `${mode}.md`);
await writeFile(jsonFile, await formatted(jsonFile, JSON.stringify(results)));
await writeFile(markdownFile, await formatted(markdownFile, markdown));
if (mode === 'full') {
  // Every full run is also kept under its date, for compare-runs.ts: targets are judged on the
  // medians of several runs.
  const runsDir = join(outDir, 'runs');
  await mkdir(runsDir, { recursive: true });
  const runFile = join(runsDir, `${results.machine.date.replaceAll(':', '-')}.json`);
  await writeFile(runFile, await formatted(runFile, JSON.stringify(results)));
}
process.stdout.write(`\n${markdown}\nWritten to ${markdownFile} and ${jsonFile}\n`);
