import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TokenUsage } from '../agent.js';
import type { StopReason } from '../../core/trial-result.js';
import type { Masker } from './mask.js';

/** Bump when a field changes meaning; readers branch on `v`. */
export const TRAJECTORY_FORMAT = 1;

/** The first line: what the agent was set up with. */
export interface TrajectoryStart {
  type: 'start';
  model: string;
  system: string;
  instruction: string;
  tools: string[];
  limits: Record<string, number>;
}

/** One line per model turn: what was asked, what came back, what the tools returned, as the model saw it. */
export interface TrajectoryTurn {
  type: 'turn';
  turn: number;
  request: { messages: number };
  assistant: { text: string; reasoning?: string };
  toolCalls: Array<{ id: string; name: string; input: unknown; invalid?: string }>;
  toolResults: Array<{ id: string; name: string; output: string; isError: boolean; ms: number }>;
  /** A nudge sent as a user message (malformed reply). */
  nudge?: string;
  usage: TokenUsage;
  costUsd: number;
  totals: { tokens: TokenUsage; costUsd: number };
  timing: { modelMs: number; toolsMs: number; retries: number };
  stop?: StopReason;
  error?: string;
}

/** The last line: why the agent stopped and what it cost in all. */
export interface TrajectoryEnd {
  type: 'end';
  stop: StopReason;
  detail: string;
  turns: number;
  tokens: TokenUsage;
  costUsd: number;
  error?: { errorClass: string; message: string };
}

export type TrajectoryRecord = TrajectoryStart | TrajectoryTurn | TrajectoryEnd;

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
