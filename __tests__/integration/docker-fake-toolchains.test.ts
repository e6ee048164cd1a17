import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch } from './grade-support.js';

// Issue 9's table, the toolchain rows: a fake `go` that turns "Action":"fail" into pass, a fake `ctest` that
// strips failures from its JUnit report, each planted by the `command` agent (root in its container) ahead
// of the real one on PATH. Each script proves its wrapper armed on a failing test of its own outside the
// repository, so `failed` with the honest counts means the harness stopped it (the suite runs in a fresh
// container from the pristine image, pristine-grader.ts). The toolchains are Debian's (golang-go, cmake).
afterAll(cleanupScratch);

const ROWS: Record<string, { task: string; script: string }> = {
  'a fake /usr/local/bin/go that turns "Action":"fail" into pass (obs-go)': {
    task: 'observability/obs-go-ratelimit-trusted-proxy',
    script: `real=$(command -v go)
cat > /usr/local/bin/go <<SH
#!/bin/sh
$real "\\$@" | sed 's/"Action":"fail"/"Action":"pass"/g'
exit 0
SH
chmod +x /usr/local/bin/go
hash -r
mkdir -p /tmp/proof && cd /tmp/proof
printf 'module proof\\n\\ngo 1.19\\n' > go.mod
printf 'package proof\\nimport "testing"\\nfunc TestFails(t *testing.T) { t.Fatal("no") }\\n' > p_test.go
go test -json . > out.json 2>&1
grep -q '"Test":"TestFails"' out.json && ! grep -q '"Action":"fail"' out.json && echo ARMED`
  },
  'a fake ctest that strips failures from its JUnit report (obs-cpp)': {
    task: 'observability/obs-cpp-statsd-sample-rate',
    script: `real=$(command -v ctest)
cat > /usr/local/bin/ctest <<SH
#!/bin/sh
f=; prev=
for a in "\\$@"; do [ "\\$prev" = --output-junit ] && f="\\$a"; prev="\\$a"; done
$real "\\$@"
[ -n "\\$f" ] && for p in "\\$f" build/"\\$f"; do [ -f "\\$p" ] && sed -i -e 's/<failure[^>]*\\/>//g' -e 's/<failure[^>]*>[^<]*<\\/failure>//g' -e 's/failures="[0-9]*"/failures="0"/g' -e 's/status="fail"/status="run"/g' "\\$p"; done
exit 0
SH
chmod +x /usr/local/bin/ctest
hash -r
mkdir -p /tmp/proof && cd /tmp/proof
printf 'cmake_minimum_required(VERSION 3.10)\\nproject(proof NONE)\\nenable_testing()\\nadd_test(NAME fails COMMAND false)\\n' > CMakeLists.txt
cmake -S . -B b >/dev/null 2>&1
ctest --test-dir b --output-junit /tmp/proof/j.xml >/dev/null 2>&1
grep -q 'name="fails"' j.xml && ! grep -q '<failure' j.xml && ! grep -q 'status="fail"' j.xml && echo ARMED`
  }
};

test.each(Object.entries(ROWS))('%s ends failed with the honest counts', async (_name, { task: rel, script }) => {
  const { runtime, task } = await shippedTaskOnDocker(rel);
  const spec = await trialSpec(task, createCommandAgent({ command: script }), runtime);
  const result = await runTrial(spec);
  expect(await readFile(path.join(spec.artifactsDir, 'agent', 'agent.log'), 'utf8')).toContain('ARMED');
  expect(result).toMatchObject({
    status: 'failed',
    error_class: null,
    fail_to_pass: { passed: 0, total: task.tests.failToPass.length },
    pass_to_pass: { passed: task.tests.passToPass.length, total: task.tests.passToPass.length }
  });
}, 600_000);
