import type { TrialResult } from '../core/trial-result.js';

/** 870 -> "0.9s", 14200 -> "14.2s", 190000 -> "3m10s", 3720000 -> "1h02m". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const total = Math.round(s);
  if (total < 3600) return `${Math.floor(total / 60)}m${String(total % 60).padStart(2, '0')}s`;
  return `${Math.floor(total / 3600)}h${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}m`;
}

export function statusLabel(r: Pick<TrialResult, 'status' | 'error_class'>): 'PASS' | 'FAIL' | 'ERROR' | 'SKIP' {
  if (r.status === 'passed') return 'PASS';
  if (r.status === 'failed') return 'FAIL';
  return r.error_class === 'skipped' ? 'SKIP' : 'ERROR';
}

/**
 * One line per finished trial, e.g.
 * `[12/40] PASS obs-go-ratelimit-burst #1  14.2s  | passed 7/12 (58%) | ETA 3m10s`.
 * The ETA is the mean time of the trials that ran (skips excluded) times the trials left, over the concurrency.
 */
export class ProgressTracker {
  private done = 0;
  private ran = 0;
  private passed = 0;
  private busyMs = 0;

  constructor(
    private readonly total: number,
    private readonly concurrency: number
  ) {}

  /** Records a finished trial and returns its progress line. */
  finish(result: TrialResult, elapsedMs: number): string {
    this.done += 1;
    const label = statusLabel(result);
    if (label !== 'SKIP') {
      this.ran += 1;
      this.busyMs += elapsedMs;
      if (label === 'PASS') this.passed += 1;
    }
    const head = `[${this.done}/${this.total}] ${label} ${result.task_id} #${result.attempt}`;
    const why = label === 'SKIP' || label === 'ERROR' ? `  (${reason(result)})` : '';
    const time = label === 'SKIP' ? '' : `  ${formatDuration(elapsedMs)}`;
    const pct = this.ran ? Math.round((100 * this.passed) / this.ran) : 0;
    const left = this.total - this.done;
    const eta = this.ran && left > 0 ? ` | ETA ${formatDuration(((this.busyMs / this.ran) * left) / this.concurrency)}` : '';
    return `${head}${time}${why}  | passed ${this.passed}/${this.ran} (${pct}%)${eta}`;
  }
}

function reason(r: TrialResult): string {
  const text = `${r.error_class === 'skipped' ? '' : `${r.error_class}: `}${r.error_message ?? 'no message'}`;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
