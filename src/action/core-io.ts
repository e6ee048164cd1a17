import * as core from '@actions/core';
import type { ActionIO, StateStore } from './action-io.js';

/** Binds ActionIO to @actions/core, the one place the real runner commands are issued. */
export function coreIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    setSecret: (value) => core.setSecret(value),
    info: (line) => core.info(line),
    warning: (message, props) => core.warning(message, props),
    notice: (message) => core.notice(message),
    group: (name, fn) => core.group(name, fn),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    env: process.env
  };
}

export function coreState(): StateStore {
  return { set: (name, value) => core.saveState(name, value), get: (name) => core.getState(name) };
}
