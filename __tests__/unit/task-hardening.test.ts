import { link, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanup, copyTask, editYaml, OBS, problemsOf, writeText, type Doc } from './task-helpers.js';

// Issue 9's table of dangerous task stacks: each one `validate` refuses with a `path: field: problem` line
// naming the field and the fix (before, every one of them loaded as valid).
afterAll(cleanup);

const workspace = (mutate: (service: Doc) => void) => (doc: Doc) => mutate(doc.services.workspace as Doc);

const DANGEROUS: [string, (doc: Doc) => void, string][] = [
  ['the Docker socket mounted', workspace((s) => (s.volumes = ['/var/run/docker.sock:/var/run/docker.sock'])), 'services.workspace.volumes[0]: bind mount /var/run/docker.sock is the Docker socket'],
  ['network_mode: host', workspace((s) => (s.network_mode = 'host')), 'services.workspace.network_mode: network_mode: host shares'],
  ['pid: host', workspace((s) => (s.pid = 'host')), 'services.workspace.pid:'],
  ['ipc: host', workspace((s) => (s.ipc = 'host')), 'services.workspace.ipc:'],
  ['uts: host', workspace((s) => (s.uts = 'host')), 'services.workspace.uts:'],
  ['cgroup: host', workspace((s) => (s.cgroup = 'host')), 'services.workspace.cgroup:'],
  ['userns_mode: host', workspace((s) => (s.userns_mode = 'host')), 'services.workspace.userns_mode:'],
  ['privileged: true', workspace((s) => (s.privileged = true)), 'services.workspace.privileged: privileged containers'],
  ['cap_add: [ALL]', workspace((s) => (s.cap_add = ['ALL'])), 'services.workspace.cap_add: adds capabilities (ALL)'],
  ['devices', workspace((s) => (s.devices = ['/dev/kmsg:/dev/kmsg'])), 'services.workspace.devices:'],
  ['security_opt seccomp=unconfined', workspace((s) => (s.security_opt = ['seccomp=unconfined'])), 'services.workspace.security_opt: "seccomp=unconfined"'],
  ['a bind mount outside the task directory', workspace((s) => (s.volumes = ['/etc:/host-etc:ro'])), 'services.workspace.volumes[0]: bind mount /etc lies outside the task directory'],
  ['a long-form bind mount outside the task directory', workspace((s) => (s.volumes = [{ type: 'bind', source: '../..', target: '/up' }])), 'services.workspace.volumes[0]: bind mount ../.. lies outside'],
  ['a build context outside the task directory', workspace((s) => (s.build.context = '/')), 'services.workspace.build.context: build context / lies outside'],
  ['env_file on a host file', workspace((s) => (s.env_file = ['/etc/hostname'])), 'services.workspace.env_file: env_file /etc/hostname lies outside']
];

describe('validate refuses task stacks that would let the agent out', () => {
  test.each(DANGEROUS)('%s', async (_name, mutate, expected) => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'compose.yaml', mutate);
    const problems = await problemsOf(dir);
    expect(problems.some((line) => line.startsWith(`${path.basename(dir)}/compose.yaml: ${expected}`))).toBe(true);
  });

  test('bind mounts, contexts and env files inside the task directory are fine', async () => {
    const dir = await copyTask(OBS);
    await writeText(dir, 'seed/x.sql', 'select 1;\n');
    await writeText(dir, 'app.env', 'A=1\n');
    await editYaml(dir, 'compose.yaml', workspace((s) => Object.assign(s, { volumes: ['./seed:/seed:ro', 'named:/data'], env_file: ['app.env'] })));
    expect(await problemsOf(dir)).toEqual([]);
  });

  test('a hard link to test.patch inside repo/ is refused', async () => {
    const dir = await copyTask(OBS);
    await link(path.join(dir, 'test.patch'), path.join(dir, 'repo', 'notes.txt'));
    expect(await problemsOf(dir)).toContain(`${path.basename(dir)}/repo/notes.txt: file: is a hard link to a hidden file (tests, patches, solution): the agent would read it; make it a copy of what it should hold, or remove it`);
  });

  test.each([
    ['a relative path through ..', '../../etc/passwd'],
    ['an absolute path', '/etc/passwd']
  ])('a test.patch with %s is refused before any agent runs', async (_name, target) => {
    const dir = await copyTask(OBS);
    await writeFile(path.join(dir, 'test.patch'), `--- a/${target}\n+++ b/${target}\n@@ -1,1 +1,2 @@\n root:x:0:0\n+evil::0:0\n`);
    const problems = await problemsOf(dir);
    expect(problems.some((l) => l.includes('test.patch: patch: path') && l.includes('leaves the repository'))).toBe(true);
  });

  test('an instruction over the size cap is refused, naming the cap', async () => {
    const dir = await copyTask(OBS);
    await writeFile(path.join(dir, 'instruction.md'), 'x'.repeat(200_000));
    expect((await problemsOf(dir)).join('\n')).toMatch(/instruction: the instruction is 200000 bytes, over the cap of 100000/);
  });

  test('a YAML alias bomb is a problem line, not a stack trace', async () => {
    const dir = await copyTask(OBS);
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    await writeFile(path.join(dir, 'compose.yaml'), `${levels.join('\n')}\nservices:\n  workspace:\n    image: x\n    labels: *i\n`);
    const problems = await problemsOf(dir);
    expect(problems.some((l) => l.startsWith(`${path.basename(dir)}/compose.yaml: syntax: cannot be read:`))).toBe(true);
  });
});
