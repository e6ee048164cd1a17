import type { StopReason } from '../../core/trial-result.js';

/**
 * Control flow of the loop, as in mini-swe-agent: these exceptions carry why the agent stops (or, for
 * FormatError, what to tell the model) and the loop turns them into a stop reason.
 */
export class InterruptAgentFlow extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The model called `submit`. */
export class Submitted extends InterruptAgentFlow {
  constructor(readonly summary: string) {
    super('submitted');
  }
}

/** A budget ran out; `stopReason` is what lands in the TrialResult. */
export class LimitsExceeded extends InterruptAgentFlow {
  constructor(
    message: string,
    readonly stopReason: Extract<StopReason, 'step_limit' | 'token_limit' | 'cost_limit'>
  ) {
    super(message);
  }
}

export class StepLimit extends LimitsExceeded {
  constructor(limit: number) {
    super(`step limit reached (${limit} turns)`, 'step_limit');
  }
}

export class TokenLimit extends LimitsExceeded {
  constructor(used: number, limit: number) {
    super(`token limit reached (${used} of ${limit} tokens)`, 'token_limit');
  }
}

export class CostLimit extends LimitsExceeded {
  constructor(used: number, limit: number) {
    super(`cost limit reached ($${used.toFixed(4)} of $${limit})`, 'cost_limit');
  }
}

/** A malformed reply (no tool call, invalid arguments, unknown tool); `message` is the nudge the model gets. */
export class FormatError extends InterruptAgentFlow {}
