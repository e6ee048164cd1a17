import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { TRAJECTORY_FORMAT, type TrajectoryRecord } from '../../core/trajectory.js';
import type { Masker } from './mask.js';

export { TRAJECTORY_FORMAT, type TrajectoryEnd, type TrajectoryRecord, type TrajectoryStart, type TrajectoryTurn } from '../../core/trajectory.js';

/**
 * Appends masked JSON lines to trajectory.jsonl. Writes are synchronous so a line written in a `finally`
 * survives whatever happens next (a crash, a killed process).
 */
export class TrajectoryWriter {
  constructor(
    readonly path: string,
    private readonly mask: Masker
  ) {
    mkdirSync(dirname(path), { recursive: true });
  }

  write(record: TrajectoryRecord): void {
    appendFileSync(this.path, `${this.mask(JSON.stringify({ v: TRAJECTORY_FORMAT, at: new Date().toISOString(), ...record }))}\n`);
  }
}
