import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { lazyRequestLoggerFactory } from './request-logger.js';

// A real pino logger writing JSON lines into an array, and its `child` counted.
const rootLogger = (level = 'info') => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = pino({ level }, destination);
  const child = vi.spyOn(logger, 'child');
  return { logger, lines, child };
};

// pino writes to a Writable stream asynchronously; wait for it.
const written = () => new Promise((resolve) => setImmediate(resolve));

describe('the lazy request logger', () => {
  it('makes no pino child for a request that logs nothing', () => {
    const root = rootLogger();

    const requestLog = lazyRequestLoggerFactory(root.logger, { requestId: 'r-1' }, {});

    expect(requestLog.level).toBe('info');
    expect(root.child).not.toHaveBeenCalled();
  });

  it('writes what the pino child would: the bindings, the object, the message', async () => {
    const root = rootLogger();
    const requestLog = lazyRequestLoggerFactory(root.logger, { requestId: 'r-2' }, {});

    requestLog.info({ reason: 'expired' }, 'credentials %s', 'refused');
    requestLog.error('second line');
    await written();

    expect(root.child).toHaveBeenCalledTimes(1);
    expect(root.lines).toMatchObject([
      { level: 30, requestId: 'r-2', reason: 'expired', msg: 'credentials refused' },
      { level: 50, requestId: 'r-2', msg: 'second line' },
    ]);
  });

  it('keeps the root level: debug lines are dropped at info and written at debug', async () => {
    const quiet = rootLogger('info');
    const verbose = rootLogger('debug');

    lazyRequestLoggerFactory(quiet.logger, { requestId: 'r-3' }, {}).debug('hidden');
    lazyRequestLoggerFactory(verbose.logger, { requestId: 'r-4' }, {}).debug('shown');
    await written();

    expect(quiet.lines).toEqual([]);
    expect(verbose.lines).toMatchObject([{ level: 20, requestId: 'r-4', msg: 'shown' }]);
  });

  it("takes a route's own level, and a level set on it changes that request only", async () => {
    const root = rootLogger('info');
    const routeLog = lazyRequestLoggerFactory(root.logger, { requestId: 'r-5' }, { level: 'warn' });
    const otherLog = lazyRequestLoggerFactory(root.logger, { requestId: 'r-6' }, {});

    expect(routeLog.level).toBe('warn');
    otherLog.level = 'debug';
    otherLog.debug('now shown');
    routeLog.info('dropped at warn');
    await written();

    expect(otherLog.level).toBe('debug');
    expect(root.logger.level).toBe('info');
    expect(root.lines).toMatchObject([{ requestId: 'r-6', msg: 'now shown' }]);
  });

  it('makes children that carry both bindings, and a silent method that writes nothing', async () => {
    const root = rootLogger();
    const requestLog = lazyRequestLoggerFactory(root.logger, { requestId: 'r-7' }, {});

    requestLog.child({ step: 'auth' }).warn('nested');
    requestLog.silent('never written');
    await written();

    expect(root.lines).toMatchObject([
      { level: 40, requestId: 'r-7', step: 'auth', msg: 'nested' },
    ]);
    expect(root.lines).toHaveLength(1);
  });
});
