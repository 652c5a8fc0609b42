import { readFile } from 'node:fs/promises';

// Linux reports process times in clock ticks; USER_HZ is 100 on every Linux that Node supports
// here (getconf CLK_TCK), so one tick is 10 ms.
const microsPerTick = 10_000;

/**
 * CPU time (user + system, all threads) a process has used so far, in microseconds, read from
 * `/proc/<pid>/stat`. Resolution is one clock tick (10 ms): measure over seconds, not requests.
 */
export const cpuMicrosOf = async (pid: number): Promise<number> => {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses; fields after it are plain.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, so 12 and 13 after the name.
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) {
    throw new Error(`bench.proc-stat-unreadable: /proc/${pid}/stat has no CPU times`);
  }
  return (user + system) * microsPerTick;
};

/** Resident set size of a process in bytes, from `VmRSS` in `/proc/<pid>/status`. */
export const rssBytesOf = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kilobytes === undefined) {
    throw new Error(`bench.proc-status-unreadable: /proc/${pid}/status has no VmRSS`);
  }
  return Number(kilobytes) * 1024;
};
