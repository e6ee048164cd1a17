import { generateText, type LanguageModel, type LanguageModelUsage, type ModelMessage, type SystemModelMessage, type ToolResultPart } from 'ai';
import { ZERO_USAGE, type AgentOutcome, type TokenUsage } from '../agent.js';
import { OpsBenchError, ProviderError } from '../../core/errors.js';
import type { StopReason } from '../../core/trial-result.js';
import { runTool, toToolSet, type AgentTool, type ToolContext } from '../tools/index.js';
import type { Limits, ModelOptions, Price } from './config.js';
import { CostLimit, FormatError, InterruptAgentFlow, LimitsExceeded, StepLimit, Submitted, TokenLimit } from './exits.js';
import { costOf } from './prices.js';
import { withRetries } from './retry.js';
import type { TrajectoryTurn, TrajectoryWriter } from './trajectory.js';

export interface LoopOptions {
  model: LanguageModel;
  /** `provider:model` as configured, for the trajectory. */
  modelName: string;
  tools: AgentTool[];
  system: string;
  instruction: string;
  limits: Limits;
  options: ModelOptions;
  providerOptions: Record<string, Record<string, unknown>>;
  /** Mark the stable prefix (tools, system) and the newest message as Anthropic cache breakpoints. */
  anthropicCache: boolean;
  price: Price | null;
  /** Carries the wall-clock signal: it aborts tools and a hung provider call alike. */
  toolContext: ToolContext;
  trajectory: TrajectoryWriter;
  maxRetries: number;
  retryBaseDelayMs?: number;
  log: (line: string) => void;
}

export type LoopOutcome = AgentOutcome & { detail: string };
type CallProviderOptions = NonNullable<Parameters<typeof generateText>[0]['providerOptions']>;

const CACHE = { anthropic: { cacheControl: { type: 'ephemeral' } } };
const NO_TOOL_CALL = 'Your reply contained no tool call. Every reply must call a tool: continue the task with a tool call, or call submit with a summary if you are done.';

/** What one run of the loop keeps between turns. */
export interface LoopState {
  messages: ModelMessage[];
  turns: number;
  tokens: TokenUsage;
  costUsd: number;
  formatErrors: number;
}

/** The loop's fixed inputs for the model call, built once. */
interface Prepared {
  system: SystemModelMessage;
  toolSet: ReturnType<typeof toToolSet>;
  byName: Map<string, AgentTool>;
}

type ToolCalls = Awaited<ReturnType<typeof generateText>>['finalStep']['toolCalls'];

/**
 * The model agent's loop (mini-swe-agent style): each turn is query -> run tools -> record. Exceptions end
 * the loop and name the stop reason; a turn's trajectory line is recorded in `finally`, whatever happened.
 * @throws OpsBenchError other than ProviderError (e.g. the runtime vanished): not the agent's failure.
 */
export async function runLoop(o: LoopOptions): Promise<LoopOutcome> {
  const { signal } = o.toolContext;
  const prepared: Prepared = {
    system: { role: 'system', content: o.system, ...(o.anthropicCache ? { providerOptions: CACHE } : {}) },
    toolSet: toToolSet(o.tools, { cacheLast: o.anthropicCache }),
    byName: new Map(o.tools.map((t) => [t.name, t]))
  };
  const s: LoopState = { messages: [{ role: 'user', content: o.instruction }], turns: 0, tokens: { ...ZERO_USAGE }, costUsd: 0, formatErrors: 0 };
  o.trajectory.write({ type: 'start', model: o.modelName, system: o.system, instruction: o.instruction, tools: o.tools.map((t) => t.name), limits: { ...o.limits } });

  const step = async (): Promise<void> => {
    if (signal.aborted) throw signal.reason;
    checkLimits(s, o.limits);
    const turn = newTurn(s);
    try {
      const calls = await query(o, prepared, s, turn);
      await runTools(calls, o, prepared.byName, s, turn);
      s.formatErrors = 0;
    } catch (err) {
      endTurn(err, s, o, turn);
    } finally {
      o.trajectory.write(turn);
    }
  };

  let exit: Exit;
  let thrown: unknown;
  try {
    for (;;) await step();
  } catch (err) {
    exit = classifyExit(err, signal);
    thrown = err;
  }
  o.trajectory.write({ type: 'end', stop: exit.stop, detail: exit.detail, turns: s.turns, tokens: s.tokens, costUsd: s.costUsd, ...(exit.error ? { error: exit.error } : {}) });
  if (exit.rethrow) throw thrown;
  return { stopReason: exit.stop, detail: exit.detail, episodes: s.turns, tokens: s.tokens, costUsd: s.costUsd, ...(exit.error ? { error: exit.error } : {}) };
}

function newTurn(s: LoopState): TrajectoryTurn {
  return {
    type: 'turn', turn: ++s.turns, request: { messages: s.messages.length }, assistant: { text: '' }, toolCalls: [], toolResults: [],
    usage: { ...ZERO_USAGE }, costUsd: 0, totals: { tokens: s.tokens, costUsd: 0 }, timing: { modelMs: 0, toolsMs: 0, retries: 0 }
  };
}

/**
 * Query: one model call (provider failures retried with backoff), its usage and cost added to the state
 * and the turn, its assistant messages appended.
 * @throws FormatError when the reply calls no tool (the nudge is appended for the next turn); ProviderError
 */
export async function query(o: LoopOptions, p: Prepared, s: LoopState, turn: TrajectoryTurn): Promise<ToolCalls> {
  const { signal } = o.toolContext;
  const t0 = Date.now();
  const { value: res, retries } = await withRetries(
    () =>
      generateText({
        model: o.model, instructions: p.system, messages: o.anthropicCache ? withCacheBreakpoint(s.messages) : s.messages, tools: p.toolSet,
        maxRetries: 0, abortSignal: signal, providerOptions: o.providerOptions as CallProviderOptions,
        temperature: o.options.temperature, topP: o.options.topP, maxOutputTokens: o.options.maxOutputTokens, reasoning: o.options.reasoning
      }),
    { signal, maxRetries: o.maxRetries, baseDelayMs: o.retryBaseDelayMs, onRetry: (r) => o.log(`provider retry ${r.attempt} in ${Math.round(r.delayMs)}ms after ${r.message}`) }
  );
  turn.timing = { modelMs: Date.now() - t0, toolsMs: 0, retries };
  turn.usage = toTokenUsage(res.usage);
  turn.costUsd = costOf(turn.usage, o.price);
  s.tokens = addUsage(s.tokens, turn.usage);
  s.costUsd += turn.costUsd;
  turn.totals = { tokens: s.tokens, costUsd: s.costUsd };
  turn.assistant = { text: res.text, ...(res.finalStep.reasoningText ? { reasoning: res.finalStep.reasoningText } : {}) };
  s.messages.push(...res.responseMessages.filter((m) => m.role === 'assistant'));
  const calls = res.finalStep.toolCalls;
  turn.toolCalls = calls.map((c) => ({ id: c.toolCallId, name: c.toolName, input: c.input, ...(c.invalid ? { invalid: errorText(c.error) } : {}) }));
  if (calls.length === 0) {
    turn.nudge = NO_TOOL_CALL;
    s.messages.push({ role: 'user', content: NO_TOOL_CALL });
    throw new FormatError('no tool call');
  }
  return calls;
}

/**
 * Run tools: the reply's calls in order, each result recorded on the turn and appended as the tool message.
 * Calls after a submit are not run; an invalid call gets a message saying what was wrong.
 * @throws Submitted after every result is recorded; FormatError when a call was invalid
 */
export async function runTools(calls: ToolCalls, o: LoopOptions, byName: Map<string, AgentTool>, s: LoopState, turn: TrajectoryTurn): Promise<void> {
  const results: ToolResultPart[] = [];
  let submitted: Submitted | undefined;
  const t1 = Date.now();
  for (const call of calls) {
    const t2 = Date.now();
    let out: { text: string; isError: boolean };
    if (submitted) out = { text: 'Not run: the task was already submitted in this reply.', isError: true };
    else if (call.invalid) out = { text: invalidCallMessage(call.toolName, call.error, byName), isError: true };
    else {
      try {
        out = await runTool(byName.get(call.toolName) as AgentTool, call.input, o.toolContext);
      } catch (err) {
        if (!(err instanceof Submitted)) throw err;
        submitted = err;
        out = { text: 'Submitted.', isError: false };
      }
    }
    turn.toolResults.push({ id: call.toolCallId, name: call.toolName, output: out.text, isError: out.isError, ms: Date.now() - t2 });
    // Always plain text: providers wrap 'error-text' differently (OpenAI sends {"error": ...}), and the
    // trajectory must hold exactly what the model read. Errors say so in their own words.
    results.push({ type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, output: { type: 'text', value: out.text } });
  }
  turn.timing.toolsMs = Date.now() - t1;
  s.messages.push({ role: 'tool', content: results });
  if (submitted) throw submitted;
  if (calls.some((c) => c.invalid)) throw new FormatError('invalid tool call');
}

/**
 * What ends a turn early: a malformed reply is forgiven up to maxConsecutiveFormatErrors in a row; anything
 * else is recorded on the turn as its stop and rethrown to end the loop.
 * @throws the error itself, or InterruptAgentFlow once too many malformed replies came in a row
 */
function endTurn(err: unknown, s: LoopState, o: LoopOptions, turn: TrajectoryTurn): void {
  if (!(err instanceof FormatError)) {
    const exit = classifyExit(err, o.toolContext.signal);
    turn.stop = exit.stop;
    if (exit.error) turn.error = exit.error.message;
    throw err;
  }
  if (++s.formatErrors >= o.limits.maxConsecutiveFormatErrors) {
    turn.stop = 'crashed';
    throw new InterruptAgentFlow(`${s.formatErrors} malformed replies in a row (last: ${err.message})`);
  }
}

function checkLimits(s: LoopState, l: Limits): void {
  if (l.maxTurns > 0 && s.turns >= l.maxTurns) throw new StepLimit(l.maxTurns);
  const used = s.tokens.input + s.tokens.output;
  if (l.maxTokens > 0 && used >= l.maxTokens) throw new TokenLimit(used, l.maxTokens);
  if (l.maxCostUsd > 0 && s.costUsd >= l.maxCostUsd) throw new CostLimit(s.costUsd, l.maxCostUsd);
}

interface Exit {
  stop: StopReason;
  detail: string;
  error?: AgentOutcome['error'];
  rethrow?: boolean;
}

function classifyExit(err: unknown, signal: AbortSignal): Exit {
  if (err instanceof Submitted) return { stop: 'submitted', detail: err.summary };
  if (err instanceof LimitsExceeded) return { stop: err.stopReason, detail: err.message };
  if (signal.aborted) return { stop: 'agent_timeout', detail: 'the agent wall clock ran out' };
  if (err instanceof InterruptAgentFlow) return { stop: 'crashed', detail: err.message };
  if (err instanceof ProviderError) return { stop: 'crashed', detail: err.message, error: { errorClass: 'provider', message: err.message, retryable: err.retryable } };
  const message = errorText(err);
  if (OpsBenchError.isInstance(err)) return { stop: 'crashed', detail: message, rethrow: true };
  return { stop: 'crashed', detail: message, error: { errorClass: 'internal', message } };
}

function invalidCallMessage(name: string, error: unknown, tools: Map<string, AgentTool>): string {
  if (!tools.has(name)) return `Unknown tool "${name}". Available tools: ${[...tools.keys()].join(', ')}.`;
  return `Invalid arguments for ${name}: ${errorText(error)}. Call it again with arguments that match its schema.`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Anthropic caches up to a breakpoint; marking the newest message makes each turn reuse the last turn's prefix. */
function withCacheBreakpoint(messages: ModelMessage[]): ModelMessage[] {
  const last = messages.at(-1);
  if (!last) return messages;
  return [...messages.slice(0, -1), { ...last, providerOptions: { ...last.providerOptions, ...CACHE } } as ModelMessage];
}

function toTokenUsage(u: LanguageModelUsage): TokenUsage {
  return { input: u.inputTokens ?? 0, output: u.outputTokens ?? 0, cacheRead: u.inputTokenDetails.cacheReadTokens ?? 0, cacheWrite: u.inputTokenDetails.cacheWriteTokens ?? 0 };
}

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { input: a.input + b.input, output: a.output + b.output, cacheRead: a.cacheRead + b.cacheRead, cacheWrite: a.cacheWrite + b.cacheWrite };
}
