import { z } from 'zod';
import { FormatError, Submitted } from '../../src/agent/model/exits.js';
import { runTools, type LoopState, type LoopOptions } from '../../src/agent/model/loop.js';
import type { TrajectoryTurn } from '../../src/agent/model/trajectory.js';
import { submitTool } from '../../src/agent/tools/submit.js';
import { defineTool, ok, type AgentTool, type ToolContext } from '../../src/agent/tools/types.js';
import { ZERO_USAGE } from '../../src/core/trajectory.js';

// The loop's "run tools" step on its own: no model, no provider, the real submit tool and a real tool
// object, so what the model reads back and what the trajectory records can be checked call by call.

const ran: string[] = [];
const echo = defineTool({
  name: 'echo',
  description: 'echoes',
  inputSchema: z.object({ text: z.string() }),
  run: async (input) => (ran.push(input.text), ok(`echo: ${input.text}`))
});
const tools = new Map<string, AgentTool>([['echo', echo], ['submit', submitTool]]);
const context = { signal: new AbortController().signal, outputBytes: 10_000, commandTimeoutSec: 10 } as unknown as ToolContext;
const options = { toolContext: context } as unknown as LoopOptions;

const turn = (): TrajectoryTurn => ({
  type: 'turn', turn: 1, request: { messages: 1 }, assistant: { text: '' }, toolCalls: [], toolResults: [],
  usage: { ...ZERO_USAGE }, costUsd: 0, totals: { tokens: { ...ZERO_USAGE }, costUsd: 0 }, timing: { modelMs: 0, toolsMs: 0, retries: 0 }
});
const state = (): LoopState => ({ messages: [], turns: 1, tokens: { ...ZERO_USAGE }, costUsd: 0, formatErrors: 0 });
const call = (id: string, toolName: string, input: unknown, invalid?: Error) =>
  ({ toolCallId: id, toolName, input, ...(invalid ? { invalid: true, error: invalid } : {}) });

beforeEach(() => ran.splice(0));

test('a submit ends the turn after every result is recorded; calls after it are not run', async () => {
  const s = state();
  const t = turn();
  const calls = [call('a', 'echo', { text: 'one' }), call('b', 'submit', { summary: 'fixed it' }), call('c', 'echo', { text: 'two' })];
  await expect(runTools(calls as never, options, tools, s, t)).rejects.toBeInstanceOf(Submitted);
  expect(ran).toEqual(['one']);
  expect(t.toolResults.map((r) => [r.id, r.output, r.isError])).toEqual([
    ['a', 'echo: one', false],
    ['b', 'Submitted.', false],
    ['c', 'Not run: the task was already submitted in this reply.', true]
  ]);
  // The model reads back exactly what the trajectory holds, as one tool message.
  expect(s.messages).toHaveLength(1);
  expect(JSON.stringify(s.messages[0])).toContain('Not run: the task was already submitted in this reply.');
});

test('an invalid call is answered with what was wrong and the turn counts as malformed', async () => {
  const s = state();
  const t = turn();
  const calls = [call('a', 'ehco', { text: 'x' }, new Error('no such tool')), call('b', 'echo', { text: 'fine' })];
  await expect(runTools(calls as never, options, tools, s, t)).rejects.toBeInstanceOf(FormatError);
  expect(t.toolResults[0]).toMatchObject({ output: 'Unknown tool "ehco". Available tools: echo, submit.', isError: true });
  expect(t.toolResults[1]).toMatchObject({ output: 'echo: fine', isError: false });
  expect(ran).toEqual(['fine']);
});
