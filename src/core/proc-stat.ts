import { readFileSync } from 'node:fs';

export interface ProcStat {
  /** One letter: R, S, D, Z (zombie), T, ... */
  state: string;
  ppid: number;
  /** Start time since boot in clock ticks: with the pid, names one process even after the pid is reused. */
  startTime: string;
}

/**
 * The fields of /proc/<pid>/stat OpsBench reads, or null where the process is gone or there is no /proc.
 * The command name (field 2) may hold spaces and parentheses, so the fields are counted from its last ')'.
 */
export function procStat(pid: number): ProcStat | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields 3 onwards: state, ppid, pgrp, ..., starttime (field 22).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, ppid, startTime] = [fields[0], Number(fields[1]), fields[19]];
  if (!state || !Number.isInteger(ppid) || !startTime) return null;
  return { state, ppid, startTime };
}
