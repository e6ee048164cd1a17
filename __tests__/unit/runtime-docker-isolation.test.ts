import path from 'node:path';
import { dockerCliEnv, exposedHidden, hiddenPaths, isHidden } from '../../src/runtime/docker/isolation.js';
import type { Task } from '../../src/task/task.js';

describe("what the docker CLI and the agent's containers are allowed to see", () => {
  test('the docker CLI gets an allowlist of the runner environment: no provider key, no token, no runner variable', () => {
    const env = dockerCliEnv({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      DOCKER_HOST: 'unix:///run/docker.sock',
      DOCKER_CONFIG: '/home/runner/.docker',
      DOCKER_PASSWORD: 'hunter2',
      OPENAI_API_KEY: 'sk-secret',
      GITHUB_TOKEN: 'ghs_secret',
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: '/tmp/runner',
      COMPOSE_FILE: 'other.yaml',
      BASE_IMAGE: 'mirror/debian:bookworm-slim'
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      DOCKER_HOST: 'unix:///run/docker.sock',
      DOCKER_CONFIG: '/home/runner/.docker',
      BASE_IMAGE: 'mirror/debian:bookworm-slim',
      DOCKER_CLI_HINTS: 'false'
    });
  });

  test('variables chosen on purpose for compose interpolation are added', () => {
    expect(dockerCliEnv({}, { BASE_IMAGE: 'x' })).toMatchObject({ BASE_IMAGE: 'x', PATH: expect.stringContaining('/usr/bin') });
  });

  test("the hidden paths are the task's tests, patches, solution, rubric and its own definition", () => {
    const task = {
      dir: '/t',
      hidden: { testPatch: '/t/test.patch', testsDir: null, runTests: null, solution: { patch: '/t/golden.patch' }, rubric: '/t/rubric.json' }
    } as unknown as Task;
    expect(hiddenPaths(task)).toEqual(['/t/test.patch', '/t/golden.patch', '/t/rubric.json', '/t/task.yaml', '/t/test_metadata.json']);
  });

  test('a directory exposes a hidden path that lies in it, or that it lies in; siblings do not', () => {
    const hidden = [path.resolve('/t/tests'), path.resolve('/t/test.patch')];
    expect(exposedHidden('/t', hidden)).toBe('/t/tests');
    expect(exposedHidden('/t/tests/sub', hidden)).toBe('/t/tests');
    expect(exposedHidden('/', hidden)).toBe('/t/tests');
    expect(exposedHidden('/t/repo', hidden)).toBeNull();
    expect(exposedHidden('/t/tests-data', hidden)).toBeNull();
    expect(isHidden('/t/tests/a.py', hidden)).toBe(true);
    expect(isHidden('/t/tests-data/a.py', hidden)).toBe(false);
  });
});
