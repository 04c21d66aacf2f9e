import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ): 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) a process has used so far, from /proc; `undefined` where there
 * is no /proc (macOS) or the process is gone. Unlike latency, it hardly moves with the load
 * of the rest of the machine: it shows how much work each request is.
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime + stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** CPU ms per request used by `pid` between two readings, or `undefined` without /proc. */
export function cpuPerRequest(before: number | undefined, after: number | undefined, requests: number) {
  return before === undefined || after === undefined ? undefined : (after - before) / requests;
}
