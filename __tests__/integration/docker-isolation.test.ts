import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import { runTrial } from '../../src/trial/run-trial.js';
import type { Task } from '../../src/task/task.js';
import type { Agent } from '../../src/agent/agent.js';
import { allFiles, cleanupScratch, fixtureTask, requireDocker, scratch, scriptAgent } from './docker-support.js';

// The markers are split in the command so the search does not find its own command line.
const SEARCH = String.raw`
find / \( -path /proc -o -path /sys -o -path /dev \) -prune -o \( -name test.patch -o -name golden.patch -o -name rubric.json \
  -o -name test_mean.py -o -name test_api.py -o -name solution.sh -o -name task.yaml \) -print
grep -rIl --exclude-dir=proc --exclude-dir=sys --exclude-dir=dev -e "OPSBENCH_HIDDEN_""TEST_MARKER" -e "OPSBENCH_HIDDEN_""GOLDEN_MARKER" \
  -e "OPSBENCH_HIDDEN_""RUBRIC_MARKER" -e "OPSBENCH_HIDDEN_""SOLUTION_MARKER" / 2>/dev/null
echo "calc: $(find / -path /proc -prune -o -name calc.py -print | sort | tr '\n' ' ')"
echo "commits: $(git -C /app/repo rev-list --all --count 2>&1)"
true`;

describe('what the agent can reach in a Docker workspace', () => {
  let runtime: DockerRuntime;

  beforeAll(async () => {
    await requireDocker();
    runtime = new DockerRuntime({ hostEnv: process.env });
  }, 30_000);
  afterAll(cleanupScratch);

  async function trial(task: Task, agent: Agent) {
    const root = await scratch();
    const artifactsDir = path.join(root, 'trial');
    const result = await runTrial({ runId: `iso${Date.now()}`, task, agent, attempt: 1, runtime, artifactsDir, scratchDir: path.join(root, 'scratch') });
    return { result, artifactsDir };
  }

  test('an agent that searches the whole filesystem finds no test, patch, solution, rubric or task file, and no history past the base commit', async () => {
    // hidden/ builds its image from the task directory with `COPY . /opt/ctx`: only the filtered context keeps the files out.
    for (const name of ['hidden', 'two-service']) {
      let seen = '';
      await trial(await fixtureTask(name), scriptAgent(SEARCH, (out) => void (seen = out)));
      const lines = seen.trim().split('\n');
      expect(lines.filter((l) => !l.startsWith('calc: ') && !l.startsWith('commits: '))).toEqual([]);
      expect(lines).toContain('commits: 1');
      if (name === 'hidden') {
        // The search does see what the image holds: the repository the Dockerfile copied, and the workspace's copy.
        expect(lines).toContain('calc: /app/repo/calc.py /opt/ctx/repo/calc.py ');
      }
    }
  }, 600_000);

  test("a canary secret in the runner's environment reaches neither the agent's environment, nor its trajectory, nor the artifacts", async () => {
    // Not token-shaped: mask.ts would turn sk-... into *** in the very log that should show a leak.
    const canary = `canary-${Math.random().toString(36).slice(2)}-not-a-token`;
    const saved = { OPENAI_API_KEY: process.env.OPENAI_API_KEY, GITHUB_TOKEN: process.env.GITHUB_TOKEN };
    process.env.OPENAI_API_KEY = canary;
    process.env.GITHUB_TOKEN = `${canary}-gh`;
    try {
      // A runtime made now reads the runner's environment now; the compose file asks for ${OPENAI_API_KEY}.
      runtime = new DockerRuntime({ hostEnv: process.env });
      const agent = createCommandAgent({ command: 'env; echo "PID1: $(tr "\\0" " " < /proc/1/environ)"' });
      const { result, artifactsDir } = await trial(await fixtureTask('two-service'), agent);
      expect(result.stop_reason).toBe('submitted');
      const files = await allFiles(artifactsDir);
      const agentLog = [...files].filter(([file]) => file.includes(`${path.sep}agent${path.sep}`)).map(([, text]) => text).join('\n');
      // The agent did print its environment: the compose file's variables are there, the interpolated key empty.
      expect(agentLog).toContain('API_URL=http://api:8000');
      expect(agentLog).toMatch(/^LEAKED_KEY=$/m);
      // Neither the variables (in the agent's env or PID 1's) nor their values, masked or not.
      expect(agentLog).not.toMatch(/OPENAI_API_KEY=|GITHUB_TOKEN=|\*\*\*/);
      for (const [file, text] of files) {
        expect({ file, leaked: text.includes(canary) }).toEqual({ file, leaked: false });
      }
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }, 300_000);
});
