// Run as `node cold-load.mjs [bundle]` in a fresh process: imports the bundle (which builds its
// clients at module scope, as a Lambda container's init does) and prints how long that took. A
// file, not `node -e`: `-e` defines `require`, which would hide a `Dynamic require` failure that
// Lambda would hit. With no argument it imports nothing: the cost of an empty Node start.
const started = performance.now();
const bundle = process.argv[2];
if (bundle !== undefined) {
  const loaded = await import(bundle);
  if (typeof loaded.handler !== 'function') throw new Error(`bench.no-handler: ${bundle}`);
}
const imported = performance.now();
process.stdout.write(
  `${JSON.stringify({ importMs: imported - started, sinceStartMs: imported })}\n`,
);
