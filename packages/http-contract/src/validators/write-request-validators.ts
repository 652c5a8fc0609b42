// Writes request-validators.generated.ts: `pnpm nx run http-contract:generate-validators`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generatedValidatorsPath, requestValidatorsSource } from './request-validators-source.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
await writeFile(
  `${packageRoot}/${generatedValidatorsPath}`,
  await requestValidatorsSource(packageRoot),
);
console.log(`Wrote ${generatedValidatorsPath}.`);
