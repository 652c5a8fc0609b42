import { defineConfig } from 'tsup';

// One file to run: the app with the workspace libraries inlined. npm packages stay external and
// load from this app's node_modules (dynalite's LevelDB binding and pino's streams can't be
// bundled), which is why each runtime package the libraries use is also listed as a dependency.
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  dts: false,
  noExternal: [/^@todo\//],
});
