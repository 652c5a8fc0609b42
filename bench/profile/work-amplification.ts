// `pnpm exec tsx --tsconfig bench/tsconfig.json bench/profile/work-amplification.ts [--rounds=N]`:
// what one microsecond of a server's own work costs it on this machine. The raw `node:http`
// server is started several times, each spinning a fixed time per request before it answers
// (0, 10, 20 and 30 µs), and each gets the HTTP benchmark's load in turn, round after round.
// Printed: req/s and CPU per request of each, and the CPU each added µs of work really cost. On
// a 2-core VM a slower server leaves the load generator idle more often, so more of its writes
// have to wake it: the kernel's share of each response grows with the server's own work.
import { parseArgs } from 'node:util';
import { benchSettings } from '../bench-settings.js';
import { benchBundles, buildBenchBundles } from '../build-bench-bundles.js';
import { runLoad } from '../http/load-generator.js';
import { startServerProcess, type ServerProcess } from '../http/server-process.js';
import { median } from '../statistics.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
const busyMicros = [0, 10, 20, 30];
const { connections, roundSeconds, warmupSeconds } = benchSettings.full.http;

await buildBenchBundles();
const servers: ServerProcess[] = [];
try {
  for (const busy of busyMicros) {
    servers.push(
      await startServerProcess({
        name: `raw+${busy}µs`,
        script: benchBundles.rawNodeServer,
        env: { TODO_BENCH_BUSY_MICROS: String(busy) },
      }),
    );
  }
  const load = { method: 'GET', path: '/todos/fixed', headers: {} } as const;
  for (const server of servers) {
    await runLoad(server.baseUrl, load, { connections, durationSeconds: warmupSeconds });
  }
  const measures = servers.map(() => ({ rps: [] as number[], cpu: [] as number[] }));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const server of order) {
      const before = await server.cpuMicros();
      const result = await runLoad(server.baseUrl, load, {
        connections,
        durationSeconds: roundSeconds,
      });
      const cpuPerRequest = ((await server.cpuMicros()) - before) / Math.max(result.requests, 1);
      const measure = measures[servers.indexOf(server)];
      measure?.rps.push(result.requestsPerSecond);
      measure?.cpu.push(cpuPerRequest);
    }
  }
  const baseCpu = median(measures[0]?.cpu ?? []);
  const baseRps = median(measures[0]?.rps ?? []);
  process.stdout.write(
    '| busy work µs/req | req/s | ÷ none | CPU µs/req | CPU added per µs of work |\n',
  );
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: |\n');
  busyMicros.forEach((busy, index) => {
    const rps = median(measures[index]?.rps ?? []);
    const cpu = median(measures[index]?.cpu ?? []);
    const perMicro = busy === 0 ? '-' : ((cpu - baseCpu) / busy).toFixed(2);
    const cells = [busy, Math.round(rps), (rps / baseRps).toFixed(2), cpu.toFixed(1), perMicro];
    process.stdout.write(`| ${cells.join(' | ')} |\n`);
  });
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}
