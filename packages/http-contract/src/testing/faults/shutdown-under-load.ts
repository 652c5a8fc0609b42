import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server process to stop: how to signal it and when it is gone. */
export interface StoppableProcess {
  readonly baseUrl: string;
  /** A token the server accepts. */
  readonly token: string;
  /** Sends SIGTERM. */
  terminate(): void;
  /** Resolves with the exit code once the process is gone. */
  readonly exited: Promise<number | null>;
}

/** What happened to each request and to the process. */
export interface ShutdownUnderLoad {
  /** Status of each request in flight at SIGTERM; `undefined` when it got no answer. */
  readonly statuses: readonly (number | undefined)[];
  /** Why requests got no answer (`ECONNRESET`, `socket hang up`, ...). */
  readonly failures: readonly string[];
  /** How a new connection made 0.3 s after SIGTERM fared: `ECONNREFUSED`, or `answered <status>`. */
  readonly lateConnection: string;
  readonly exitCode: number | null;
  /** Milliseconds from SIGTERM to the process's exit. */
  readonly exitMs: number;
  /** Milliseconds from SIGTERM to the last answer. */
  readonly lastAnswerMs: number;
}

interface InFlight {
  readonly answer: Promise<{ status?: number; failure?: string; at: number }>;
  finish(): void;
}

/** A POST /todos whose headers and first half of body are sent now, and the rest on `finish`. */
const halfSentCreate = (baseUrl: string, token: string, n: number): InFlight => {
  const body = JSON.stringify({ title: `In flight ${n}` });
  const cut = Math.floor(body.length / 2);
  const sending = request(`${baseUrl}/todos`, {
    method: 'POST',
    agent: false,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    },
  });
  const answer = new Promise<{ status?: number; failure?: string; at: number }>((resolve) => {
    sending.on('response', (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, at: performance.now() }),
      );
      response.on('error', (error) => resolve({ failure: error.message, at: performance.now() }));
    });
    sending.on('error', (error) => resolve({ failure: error.message, at: performance.now() }));
    // A request that is never answered is a failure to report, not a test that hangs.
    sending.setTimeout(15_000, () => sending.destroy(new Error('no answer within 15 s')));
  });
  sending.write(body.slice(0, cut));
  return { answer, finish: () => sending.end(body.slice(cut)) };
};

const lateConnection = (baseUrl: string): Promise<string> =>
  new Promise((resolve) => {
    const late = request(`${baseUrl}/health`, { agent: false }, (response) => {
      response.resume();
      resolve(`answered ${response.statusCode ?? 0}`);
    });
    late.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    late.end();
  });

/**
 * Puts `count` creates in flight (headers and half of each body sent, so the server has started
 * them), sends SIGTERM, then sends the rest of each body; tries a new connection meanwhile, and
 * waits for every answer and for the process to exit.
 */
export const shutDownUnderLoad = async (
  server: StoppableProcess,
  count = 200,
): Promise<ShutdownUnderLoad> => {
  const inFlight = Array.from({ length: count }, (_, n) =>
    halfSentCreate(server.baseUrl, server.token, n),
  );
  // Long enough for the server to accept every connection and read every request's head, even
  // on a busy machine: a head still unread when closing starts belongs to an idle connection.
  await sleep(1_500);

  const exit = Promise.race([
    server.exited.then((code) => ({ code, at: performance.now() })),
    sleep(20_000).then(() => ({ code: null, at: Number.POSITIVE_INFINITY })),
  ]);
  const signalledAt = performance.now();
  server.terminate();
  await sleep(300);
  const late = await lateConnection(server.baseUrl);
  for (const request of inFlight) request.finish();

  const answers = await Promise.all(inFlight.map((request) => request.answer));
  const { code, at } = await exit;
  return {
    statuses: answers.map((answer) => answer.status),
    failures: answers.flatMap((answer) => (answer.failure === undefined ? [] : [answer.failure])),
    lateConnection: late,
    exitCode: code,
    exitMs: at - signalledAt,
    lastAnswerMs: Math.max(...answers.map((answer) => answer.at)) - signalledAt,
  };
};
