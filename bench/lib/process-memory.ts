import { readFileSync, writeFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now, in MB. */
  rssMb: number;
  /** The highest resident set size (the kernel's own peak, VmHWM) since the start or a reset, in MB. */
  peakRssMb: number;
}

const KB_PER_MB = 1024;

function field(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match) throw new Error(`${name} is missing from /proc/<pid>/status`);
  return Number(match[1]) / KB_PER_MB;
}

/** Linux only: VmRSS and VmHWM of /proc/<pid>/status. */
export function processMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { rssMb: field(status, 'VmRSS'), peakRssMb: field(status, 'VmHWM') };
}

/**
 * Starts VmHWM afresh from the current RSS (writing 5 to /proc/<pid>/clear_refs, Linux 4.0 and
 * later), so that the next reading is the peak of what ran in between. False where that is not
 * allowed: the peak then counts from the process's start.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface RssSampler {
  /** Stops sampling; the highest RSS seen, in MB. */
  stop(): number;
}

/** Reads the RSS every `everyMs` until stopped, keeping the highest. */
export function sampleRss(pid: number, everyMs = 20): RssSampler {
  let peak = processMemory(pid).rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, processMemory(pid).rssMb);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, processMemory(pid).rssMb);
    },
  };
}
