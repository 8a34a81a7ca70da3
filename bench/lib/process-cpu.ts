import { readdirSync, readFileSync } from 'node:fs';

/** CPU time used so far (user + system), in ms. */
export interface CpuTimes {
  /** The service's own process (all its threads). */
  service: number;
  /** The embedded PostgreSQL: its processes under the service, and those that have ended. */
  database: number;
}

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;
const MS_PER_TICK = 1000 / TICKS_PER_SECOND;

interface ProcStat {
  pid: number;
  ppid: number;
  name: string;
  /** utime + stime, and cutime + cstime (children waited for), in ticks. */
  own: number;
  children: number;
}

/** /proc/<pid>/stat: the name is in parentheses and may hold spaces, so fields count after it. */
function readStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // ended meanwhile
  }
  const close = text.lastIndexOf(')');
  const name = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  return {
    pid,
    ppid: Number(fields[1]),
    name,
    own: Number(fields[11]) + Number(fields[12]),
    children: Number(fields[13]) + Number(fields[14]),
  };
}

/**
 * The CPU time of the service and of the PostgreSQL processes it started (the embedded
 * server), Linux only. A backend that ended counts through its postmaster's children time.
 */
export function cpuTimes(servicePid: number): CpuTimes {
  const stats = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((stat): stat is ProcStat => stat !== null);
  const childrenOf = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const siblings = childrenOf.get(stat.ppid) ?? [];
    siblings.push(stat);
    childrenOf.set(stat.ppid, siblings);
  }
  const service = stats.find((stat) => stat.pid === servicePid);
  let database = 0;
  const visit = (pid: number) => {
    for (const child of childrenOf.get(pid) ?? []) {
      if (child.name.startsWith('postgres')) database += child.own + child.children;
      visit(child.pid);
    }
  };
  visit(servicePid);
  return { service: (service?.own ?? 0) * MS_PER_TICK, database: database * MS_PER_TICK };
}
