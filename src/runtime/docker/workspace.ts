import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { EnvironmentStartError, RuntimeUnavailableError } from '../../core/errors.js';
import type { DockerCli } from './cli.js';
import { execInContainer, parseProbe, PROBE_SCRIPT, type ContainerTarget } from './exec.js';
import { ContainerPathError, copyIntoContainer, copyTreeOut } from './files.js';
import { treeDiff } from '../harness-git.js';
import { STDIN_TAR_CAP, tarOf, tarWithin } from '../tar-write.js';
import { AGENT_GITCONFIG, createWorkspace } from '../local/workspace.js';

/**
 * What a copy of the workspace's files to the runner takes at most (the image's own files and .git not
 * counted), by data written (holes of sparse files cost nothing) and by apparent size (the stream carries
 * every zero of a sparse file, so this bounds the time spent reading it): an agent can make a file of any
 * apparent size (a sparse terabyte costs it nothing) and the copy lands on the runner's disk. The diff,
 * the observability grader's tree and the integration grader's handover copy share them.
 */
export const COPY_CAPS = { capBytes: 4 * 1024 * 1024 * 1024, apparentCapBytes: 8 * 1024 * 1024 * 1024 } as const;

/** The workdir as the agent left it, on the host. */
export interface AgentTree {
  dir: string;
  /** The files copied (relative paths). */
  paths: string[];
  /** Set when a cap stopped the copy: what was cut and why (the tree then lacks that file and every later one). */
  cut?: string;
}

/** What setupWorkspace leaves in the trial's scratch dir for the diff. */
const BaseRecordSchema = z.object({ imageEntries: z.array(z.string()) });

/** The base commit's git directory: on the host, made by the harness, never in the agent's reach. */
function baseGitDir(setup: WorkspaceSetup): string {
  return path.join(setup.scratch, 'workspace-base.git');
}

function baseRecordFile(setup: WorkspaceSetup): string {
  return path.join(setup.scratch, 'workspace-base.json');
}

export interface WorkspaceSetup {
  /** The task's base repository on the host (null: an empty workspace). */
  repo: string | null;
  workdir: string;
  /** Host temp space of this one trial (removed with it): the base repository's git dir lives here. */
  scratch: string;
  /** Environment for the host's git: PATH and an empty HOME, so no runner git config or template enters the repo. */
  gitEnv: Record<string, string>;
}

/** The base repository made on the host, ready to go into the workspace (see {@link makeWorkspaceBase}). */
export interface WorkspaceBase {
  /** The repository's files and its one-commit .git. */
  dir: string;
  sha: string;
  /** Its top-level names. */
  entries: string[];
  /** All of it as a tar owned by root, for the setup exec's stdin; null past {@link STDIN_TAR_CAP}. */
  tar: Buffer | null;
}

/**
 * The base commit, made on the HOST (the image needs no git for it) from a copy of the repo without its
 * .git, so no history past it exists anywhere the agent can reach, and its tar. Nothing in it depends on
 * the container: it is made while the stack starts.
 * @throws EnvironmentStartError when copying or git fails
 */
export async function makeWorkspaceBase(setup: WorkspaceSetup): Promise<WorkspaceBase> {
  await mkdir(setup.scratch, { recursive: true });
  const dir = path.join(await mkdtemp(path.join(setup.scratch, 'workspace-')), 'repo');
  const sha = await createWorkspace(setup.repo, dir, setup.gitEnv);
  const [entries, tar] = await Promise.all([readdir(dir), tarWithin(tarOf(dir, '', { uid: 0, gid: 0 }), STDIN_TAR_CAP)]);
  return { dir, sha, entries, tar };
}

/** A workspace set up: the container as probed and the base commit. */
export interface WorkspaceReady {
  target: ContainerTarget;
  sha: string;
}

/**
 * Puts the base repository ({@link makeWorkspaceBase}) into the workspace container as a fresh one-commit
 * repository; any .git the image had in the workdir goes. What the image itself put in the workdir
 * (node_modules, a venv, build output) is left in place and listed in .git/info/exclude, so it is neither
 * the agent's change nor part of the base. The host keeps its own copy of the .git under `setup.scratch`:
 * {@link treeDiffAgainstBase} diffs against that one, never against the container's, which the agent can
 * rewrite. The agent's git identity goes into its HOME (unless the image brought one).
 * The container is probed ({@link PROBE_SCRIPT}) in the same exec. When its user is root and it has GNU tar
 * (most task images), that exec also does all of the above, the repository's tar on its stdin: one engine
 * call. Otherwise (or when the tar would not fit {@link STDIN_TAR_CAP}, or the image's tar refuses it) the
 * setup is an exec as root and a `docker cp`, as it always was. Nothing of the agent's has run yet: the
 * image's own `tar` and `sh` are as trusted here as the image itself.
 * @param container the container's id or name
 * @throws EnvironmentStartError when copying or git fails; RuntimeUnavailableError when the container is
 *   not running (so the caller can look it up another way)
 */
export async function setupWorkspace(cli: DockerCli, container: string, setup: WorkspaceSetup, made: Promise<WorkspaceBase>): Promise<WorkspaceReady> {
  const base = await made;
  // A container that is not there leaves the base for the caller's next try (by another name).
  let keepBase = false;
  try {
    const { dir: hostDir, entries: ours, tar } = base;
    const run = await cli.raw(['exec', ...(tar ? ['-i'] : []), container, 'sh', '-c', `${PROBE_SCRIPT}\n${SETUP_AS_ROOT}`, 'sh', setup.workdir, AGENT_GITCONFIG, `/${ours.join('/')}/`, tar ? '1' : ''], {
      timeoutSec: 300,
      ...(tar ? { input: tar } : {})
    });
    if (run.exitCode !== 0 && !/^setup=/m.test(run.stdout)) {
      keepBase = true;
      throw new RuntimeUnavailableError(`cannot run sh in container ${container.slice(0, 12)}: ${(run.stderr || run.stdout).trim().slice(0, 500)}`);
    }
    const target = parseProbe(container, run.stdout);
    const said = run.stdout.split('\n');
    let fromImage: string[];
    if (said.includes('setup=done')) {
      fromImage = said.filter((l) => l.startsWith('image=')).map((l) => l.slice('image='.length));
      // The container wrote its own exclude (SETUP_AS_ROOT); the host's copy of the .git gets the same lines.
      if (fromImage.length > 0) await appendFile(path.join(hostDir, '.git', 'info', 'exclude'), excludeLines(fromImage));
    } else if (said.includes('setup=broken')) {
      throw new EnvironmentStartError(`cannot prepare ${setup.workdir} in the workspace: ${run.stderr.trim()}`, 'env_start', false);
    } else {
      fromImage = await prepareAndCopy(cli, target, setup, hostDir, new Set(ours));
    }
    await rm(baseGitDir(setup), { recursive: true, force: true });
    await rename(path.join(hostDir, '.git'), baseGitDir(setup));
    await writeFile(baseRecordFile(setup), JSON.stringify({ imageEntries: fromImage }));
    return { target, sha: base.sha };
  } catch (error) {
    if (error instanceof EnvironmentStartError || error instanceof RuntimeUnavailableError) throw error;
    throw new EnvironmentStartError(`cannot copy the repository into the workspace: ${(error as Error).message}`, 'env_start', true, error);
  } finally {
    if (!keepBase) await rm(path.dirname(base.dir), { recursive: true, force: true }).catch(() => {});
  }
}

/** The lines .git/info/exclude gets for what the image put in the workdir (the same in the container, SETUP_AS_ROOT). */
function excludeLines(fromImage: string[]): string {
  return `# put there by the image, not the agent\n${fromImage.map((name) => `/${name.replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)}`).join('\n')}\n`;
}

/**
 * The fast path, after the probe, as the container's default user (`$1` workdir, `$2` the agent's git
 * identity, `$3` the base's top-level names as `/a/b/`, `$4` set when stdin holds the repository's tar).
 * Only for root with GNU tar (how it treats what is already there is tested; others may differ); otherwise
 * stdin is drained and nothing is touched (the caller copies). Prints `setup=done` and one `image=<name>`
 * per entry the image put in the workdir, `setup=failed` when the image's tar refused the stream (the caller
 * copies), `setup=broken` when the workdir cannot be made.
 */
const SETUP_AS_ROOT = `[ "$(id -u):$(id -g)" = 0:0 ] && [ -n "$4" ] && case "$(tar --version 2>/dev/null)" in *'GNU tar'*) true ;; *) false ;; esac || { cat >/dev/null; exit 0; }
mkdir -p "$1" && rm -rf "$1/.git" && before=$(ls -A "$1") || { echo setup=broken; exit 1; }
tar -x -f - -C "$1" >&2 || { echo setup=failed; exit 0; }
img=$(printf '%s\\n' "$before" | while IFS= read -r n; do
  case "$3" in *"/$n/"*) ;; *) [ -n "$n" ] && printf '%s\\n' "$n" ;; esac
done)
if [ -n "$img" ]; then
  { echo '# put there by the image, not the agent'; printf '%s\\n' "$img" | sed 's/[]\\\\*?[!# ]/\\\\&/g; s|^|/|'; } >> "$1/.git/info/exclude" || { echo setup=broken; exit 1; }
  printf '%s\\n' "$img" | sed 's/^/image=/'
fi
if [ -n "$HOME" ] && [ -d "$HOME" ] && [ ! -e "$HOME/.gitconfig" ] && [ ! -L "$HOME/.gitconfig" ]; then
  printf '%s' "$2" > "$HOME/.gitconfig" 2>/dev/null
fi
echo setup=done
`;

/**
 * The setup without the fast path: an exec as root prepares the workdir ({@link PREPARE_WORKDIR}), one
 * `docker cp` brings the repository, and a non-root user is handed what the image put there.
 * @returns what the image put in the workdir
 */
async function prepareAndCopy(cli: DockerCli, target: ContainerTarget, setup: WorkspaceSetup, hostDir: string, ours: Set<string>): Promise<string[]> {
  const { workdir } = setup;
  const listed = await execInContainer(cli, target, ['sh', '-c', PREPARE_WORKDIR, 'sh', workdir, target.home, target.user], {
    cwd: '/',
    user: '0',
    input: AGENT_GITCONFIG,
    timeoutSec: 120
  });
  if (listed.exitCode !== 0) throw new EnvironmentStartError(`cannot prepare ${workdir} in the workspace: ${listed.stderr.trim()}`, 'env_start', false);
  const fromImage = listed.stdout.split('\n').filter((name) => name !== '' && !ours.has(name));
  // The container's exclude is written before the copy: the .git that goes in carries it.
  if (fromImage.length > 0) await appendFile(path.join(hostDir, '.git', 'info', 'exclude'), excludeLines(fromImage));
  await copyIntoContainer(cli, target, hostDir, workdir);
  // The copy is the container user's; what the image put in the workdir is handed to it too.
  if (target.user !== '0:0' && fromImage.length > 0) {
    const owned = await execInContainer(cli, target, ['chown', '-R', target.user, workdir], { cwd: '/', user: '0', timeoutSec: 300 });
    if (owned.exitCode !== 0) throw new EnvironmentStartError(`cannot hand ${workdir} to ${target.user}: ${owned.stderr.trim()}`, 'env_start', false);
  }
  return fromImage;
}

/**
 * As root: `$1` the workdir made and emptied of any .git, its entries listed; the agent's git identity
 * (stdin) written to `$2/.gitconfig` for the container's user `$3` unless the image brought one (the agent
 * may commit; git looks for its identity there). A HOME that is missing or unset gets none, as it would
 * written by the user.
 */
const PREPARE_WORKDIR = `mkdir -p "$1" && rm -rf "$1/.git" && ls -A "$1" || exit 1
if [ -n "$2" ] && [ -d "$2" ] && [ ! -e "$2/.gitconfig" ] && [ ! -L "$2/.gitconfig" ]; then
  { cat > "$2/.gitconfig" && chown "$3" "$2/.gitconfig"; } 2>/dev/null
fi
exit 0
`;

/**
 * Copies the workdir's files to the host (`<scratch>/agent-tree-*`), without any `.git` and without what the
 * image put there: the agent's work product, read through the engine (the container may be stopped), never
 * by a program of the container's. A workdir the agent removed is an empty tree.
 * @returns the host directory and what it holds; `cut` set when a cap (COPY_CAPS) stopped the copy
 * @throws TarExtractError for a malformed stream; RuntimeUnavailableError when the container is gone
 */
export async function copyAgentTree(cli: DockerCli, target: ContainerTarget, setup: WorkspaceSetup): Promise<AgentTree> {
  const record = BaseRecordSchema.parse(JSON.parse(await readFile(baseRecordFile(setup), 'utf8')));
  const dir = path.join(await mkdtemp(path.join(setup.scratch, 'agent-tree-')), 'tree');
  try {
    const stats = await copyTreeOut(cli, target.id, setup.workdir, dir, {
      skipTop: new Set(record.imageEntries),
      skipAnywhere: new Set(['.git']),
      ...COPY_CAPS
    });
    return { dir, paths: stats.paths, ...(stats.cut !== undefined ? { cut: stats.cut } : {}) };
  } catch (error) {
    if (!(error instanceof ContainerPathError)) throw error;
    await mkdir(dir, { recursive: true });
    return { dir, paths: [] };
  }
}

/**
 * The change of a tree {@link copyAgentTree} made against `base` (binary-safe, new files included,
 * .gitignore honoured). Nothing of the agent's runs and no git of the container's is trusted: host git
 * compares the copy with the harness's own copy of the base repository, whose config defines no filter,
 * hook or diff driver. A workdir the agent removed shows as every file deleted. A copy a cap stopped gives
 * the change of the files it reached, headed by a note naming the file it stopped at.
 * @throws Error naming git's reason
 */
export async function treeDiffAgainstBase(setup: WorkspaceSetup, tree: AgentTree, base: string): Promise<string> {
  const tmp = await mkdtemp(path.join(setup.scratch, 'diff-'));
  const partial = tree.cut === undefined ? {} : {
    partial: {
      paths: tree.paths,
      cut: `opsbench: the copy of the workspace stopped at ${tree.cut}.\nOnly the ${tree.paths.length} file(s) copied before it are compared; that file and every later one (in the copy's order) count as unchanged.`
    }
  };
  try {
    return await treeDiff({ gitDir: baseGitDir(setup), workTree: tree.dir, base, indexFile: path.join(tmp, 'index'), env: setup.gitEnv, ...partial });
  } finally {
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * A copy of the base repository's git directory (harness-made, on the host) at `dest`: the grader's
 * container gets the repository the workspace started with, not the one the agent may have rewritten.
 */
export async function copyBaseGitDir(setup: WorkspaceSetup, dest: string): Promise<void> {
  await cp(baseGitDir(setup), dest, { recursive: true });
}
