import type { StopReason } from './trial-result.js';

// The records of trajectory.jsonl: written by the model agent (agent/model/trajectory.ts), read by the
// report's trajectory viewer. They sit at the bottom so the reader needs nothing of the agent.

export interface TokenUsage {
  /** All input tokens, cached ones (read and written) included. */
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

export const ZERO_USAGE: TokenUsage = Object.freeze({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 });

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
