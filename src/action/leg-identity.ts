import path from 'node:path';
import type { ActionConfig } from './inputs.js';

/** What keys a leg's results (TrialResult agent + model) and names its artifacts. */
export interface LegIdentity {
  agent: string;
  model: string | null;
}

/**
 * The configurations a plan covers: one per model for the model agent, the agent name for the command agent
 * (so two command agents are two keys, not one), a single one for oracle and null, which have no model.
 */
export function plannedIdentities(config: ActionConfig): LegIdentity[] {
  const agent = config.agent;
  if (agent === 'model') return config.models.map((model) => ({ agent, model }));
  if (agent === 'command') return [{ agent, model: commandAgentName(config) }];
  return [{ agent, model: null }];
}

/** This leg's identity: the model it runs, or the command agent's name. */
export function legIdentity(config: ActionConfig): LegIdentity {
  if (config.agent === 'model') return { agent: 'model', model: config.models[0] ?? null };
  if (config.agent === 'command') return { agent: 'command', model: commandAgentName(config) };
  return { agent: config.agent, model: null };
}

/** `agent-name`, else the program of `agent-command` (`./bin/my-agent run` -> my-agent). */
export function commandAgentName(config: ActionConfig): string | null {
  if (config['agent-name']) return config['agent-name'];
  const program = config['agent-command'].split(/\s+/)[0] ?? '';
  const name = path.basename(program).replace(/[^A-Za-z0-9._@+-]+/g, '_');
  return name || null;
}
