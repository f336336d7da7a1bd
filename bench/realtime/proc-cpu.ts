// Reads a process's CPU time from /proc, from outside it. A saturated server cannot be asked over
// IPC: its event loop may not read the question for seconds (see docs/PERFORMANCE.md).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100; // the value on every common Linux build
    }
  }
  return ticksPerSecond;
}

/** User + system CPU milliseconds of `pid`, or null where /proc is not there (not Linux). */
export function readCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces, so count fields after its closing parenthesis:
  // utime and stime are fields 14 and 15, the 12th and 13th after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return null;
  return ((user + system) * 1_000) / clockTicksPerSecond();
}

/** Processes whose command line contains `text`, e.g. PostgreSQL backends serving one database. */
function findPids(text: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      return readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text) ? [Number(entry)] : [];
    } catch {
      return []; // gone meanwhile
    }
  });
}

/**
 * CPU used by a changing set of processes (a connection pool's backends) over a period: polled, so
 * a backend that exits loses at most one interval of its time.
 */
export class ProcessGroupCpu {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly commandLineText: string,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.poll();
    this.timer = setInterval(() => this.poll(), this.intervalMs);
  }

  /** Milliseconds of CPU since start(). */
  stop(): number {
    clearInterval(this.timer);
    this.poll();
    let total = 0;
    for (const [pid, end] of this.last) total += end - (this.first.get(pid) ?? end);
    return total;
  }

  private poll(): void {
    for (const pid of findPids(this.commandLineText)) {
      const cpu = readCpuMs(pid);
      if (cpu === null) continue;
      if (!this.first.has(pid)) this.first.set(pid, cpu);
      this.last.set(pid, cpu);
    }
  }
}
