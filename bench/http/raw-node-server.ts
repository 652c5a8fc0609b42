// The ceiling of this machine: `node:http` answering one fixed todo to every request, with no
// routing, no token check and no storage. Nothing built on Node can serve faster here.
// With TODO_BENCH_BUSY_MICROS=N it first spins for N µs per request, so that
// profile/work-amplification.ts can price a microsecond of a server's own work.
import { createServer } from 'node:http';

const todo = Buffer.from(
  JSON.stringify({
    id: '0193f3c2-7d3e-7a1b-9c4e-2f6a1d9b8e70',
    title: 'Water the plants',
    description: 'The ones on the balcony first.',
    dueDate: '2026-12-24',
    completed: false,
    completedAt: null,
    createdAt: '2026-12-03T16:46:01.000Z',
    updatedAt: '2026-12-03T16:46:01.000Z',
    version: 1,
  }),
);
const headers = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(todo.length),
  etag: '"1"',
};

const busyNanos = BigInt(Math.round(Number(process.env['TODO_BENCH_BUSY_MICROS'] ?? 0) * 1000));

const server = createServer((_request, response) => {
  if (busyNanos > 0n) {
    const until = process.hrtime.bigint() + busyNanos;
    while (process.hrtime.bigint() < until);
  }
  response.writeHead(200, headers).end(todo);
});

const closeOnSignal = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', closeOnSignal);
process.once('SIGINT', closeOnSignal);

server.listen(Number(process.env['PORT'] ?? 0), process.env['HOST'] ?? '127.0.0.1');
