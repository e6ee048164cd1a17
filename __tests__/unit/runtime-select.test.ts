import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { agents, type AgentKind } from '../../src/agent/registry.js';
import { cliFlag, withFieldNames } from '../../src/cli/flags.js';
import os from 'node:os';
import path from 'node:path';
import type { Runtime } from '../../src/runtime/runtime.js';
import { assertRuntimeSafeFor, describeRuntime, probeDocker, selectRuntime } from '../../src/runtime/select.js';
import { UserInputError } from '../../src/core/errors.js';

const silentWhy = 'no Docker daemon answered: Cannot connect to the Docker daemon at unix:///var/run/docker.sock';
const fake = (kind: 'local' | 'docker', usable = true, probed?: () => void): Runtime => ({
  kind,
  isolatesAgent: kind === 'docker',
  probe: async () => (probed?.(), { usable, reason: kind === 'docker' ? (usable ? 'a Docker daemon answered' : silentWhy) : 'runs on this machine' }),
  cleanup: async () => 0,
  check: async () => null,
  create: () => {
    throw new Error('unused');
  }
});
const answers = { docker: async () => fake('docker'), local: async () => fake('local') };
const silent = { docker: async () => fake('docker', false), local: async () => fake('local') };

describe('selectRuntime', () => {
  test('auto takes Docker when the build has it and a daemon answers', async () => {
    const selected = await selectRuntime('auto', { hostEnv: process.env, loaders: answers });
    expect(describeRuntime(selected)).toBe('runtime: docker (a Docker daemon answered)');
    expect(selected.runtime.kind).toBe('docker');
  });

  test('auto falls back to local and says the daemon did not answer', async () => {
    const selected = await selectRuntime('auto', { hostEnv: process.env, loaders: silent });
    expect(describeRuntime(selected)).toBe(
      'runtime: local (no Docker daemon answered: Cannot connect to the Docker daemon at unix:///var/run/docker.sock)'
    );
  });

  test('auto follows the registry: with local alone there is no Docker to probe', async () => {
    let probed = false;
    const selected = await selectRuntime('auto', { hostEnv: process.env, loaders: { local: async () => fake('local', true, () => (probed = true)) } });
    expect(probed).toBe(true);
    expect(describeRuntime(selected)).toBe('runtime: local (the only runtime this build has)');
  });

  test('auto with no usable runtime says why each was passed over', async () => {
    await expect(selectRuntime('auto', { hostEnv: process.env, loaders: { docker: silent.docker } })).rejects.toThrow(`runtime auto: no runtime is usable here (${silentWhy})`);
  });

  test('an explicit docker with no daemon is an error naming the flag and the alternative', async () => {
    await expect(selectRuntime('docker', { hostEnv: process.env, loaders: silent })).rejects.toThrow(
      `runtime docker: ${silentWhy}; use runtime local`
    );
    await expect(selectRuntime('docker', { hostEnv: process.env, loaders: { local: answers.local } })).rejects.toThrow('runtime docker: this build has no docker runtime; use runtime local');
  });

  test('local is taken as asked, and the default loaders give the real LocalRuntime', async () => {
    const selected = await selectRuntime('local', { hostEnv: process.env });
    expect(selected.runtime.kind).toBe('local');
    expect(describeRuntime(selected)).toBe('runtime: local (requested)');
    await expect(selected.runtime.cleanup('20261121t020916-0d833d')).resolves.toBe(0);
  });
});

/** The agent as the registry describes it: whether it runs untrusted code is the registry's word, not a list here. */
const spec = (name: AgentKind) => ({ name, untrusted: agents[name].untrusted });

describe('assertRuntimeSafeFor', () => {
  const onHost = { isolatesAgent: false };
  const fellBack = { kind: 'local' as const, reason: 'no Docker daemon answered: the docker CLI is not installed', runtime: onHost };
  const asked = { kind: 'local' as const, reason: 'requested', runtime: onHost };

  test('auto that fell back to local refuses the model and command agents, saying why and how to accept the risk', () => {
    for (const agent of ['model', 'command'] as const) {
      let thrown: unknown;
      try {
        assertRuntimeSafeFor(spec(agent), fellBack, false);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UserInputError);
      expect((thrown as UserInputError).describe(cliFlag)).toMatch(
        new RegExp(`^--agent ${agent}: it runs untrusted code: it needs the Docker runtime \\(no Docker daemon answered: the docker CLI is not installed\\)\\. `)
      );
      expect((thrown as UserInputError).describe(cliFlag)).toMatch(/To run it on this machine anyway, pass --runtime local --unsafe-local$/);
    }
  });

  test('an explicit --runtime local needs --unsafe-local for the model and command agents', () => {
    expect(() => withFieldNames(cliFlag, () => assertRuntimeSafeFor(spec('command'), asked, false))).toThrow('(--runtime local was asked for without --unsafe-local)');
    expect(() => assertRuntimeSafeFor(spec('command'), asked, true)).not.toThrow();
    expect(() => assertRuntimeSafeFor(spec('model'), asked, true)).not.toThrow();
  });

  test('the oracle and null agents run locally, and anything runs on Docker', () => {
    for (const agent of ['oracle', 'null'] as const) {
      expect(() => assertRuntimeSafeFor(spec(agent), fellBack, false)).not.toThrow();
      expect(() => assertRuntimeSafeFor(spec(agent), asked, false)).not.toThrow();
    }
    expect(() => assertRuntimeSafeFor(spec('model'), { kind: 'docker', reason: 'a Docker daemon answered', runtime: { isolatesAgent: true } }, false)).not.toThrow();
  });

  test('the guard reads the runtime\'s own word, not its name: one that does not isolate refuses untrusted agents, with no escape but local', () => {
    // A runtime a newcomer adds that runs agents on this machine (under the docker name here, which the guard ignores).
    const hostRuntime = { kind: 'docker' as const, reason: 'requested', runtime: onHost };
    for (const unsafe of [false, true]) {
      expect(() => withFieldNames(cliFlag, () => assertRuntimeSafeFor(spec('command'), hostRuntime, unsafe))).toThrow(
        '--agent command: it runs untrusted code: it needs the Docker runtime (--runtime docker was asked for)'
      );
    }
    expect(() => assertRuntimeSafeFor(spec('oracle'), hostRuntime, false)).not.toThrow();
  });
});

describe('probeDocker', () => {
  const script = async (body: string) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-docker-'));
    const file = path.join(dir, 'docker');
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
    return file;
  };

  test('a daemon that answers with its version is taken', async () => {
    await expect(probeDocker(5000, await script('echo 27.5.1'))).resolves.toBeNull();
  });

  test('a CLI that cannot reach the daemon gives its own first error line', async () => {
    const docker = await script('echo "Cannot connect to the Docker daemon. Is the docker daemon running?" >&2; exit 1');
    await expect(probeDocker(5000, docker)).resolves.toBe('Cannot connect to the Docker daemon. Is the docker daemon running?');
  });

  test('a daemon that does not answer in time is given up on', async () => {
    await expect(probeDocker(300, await script('sleep 5'))).resolves.toBe('docker info did not answer within 0.3s');
  });

  test('a missing docker CLI is named', async () => {
    await expect(probeDocker(2000, '/nonexistent/docker')).resolves.toBe('the docker CLI is not installed');
  });
});
