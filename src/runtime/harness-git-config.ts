import path from 'node:path';
import { HARNESS_GIT_ENV } from './harness-git.js';

/**
 * The whole repository configuration of a workspace once the harness runs git in it. The agent could write
 * .git/config, and git runs programs named there: `filter.<x>.clean/smudge/process` (git add, git apply,
 * checkout), `diff.<x>.textconv` and `diff.external`, `core.fsmonitor`, hooks, and `include.path` pulls in
 * any file. This config defines no driver at all, so an in-tree .gitattributes naming `filter=x` names
 * nothing and git runs nothing.
 */
export const HARNESS_REPO_CONFIG = `[core]
\trepositoryformatversion = 0
\tfilemode = true
\tbare = false
\tlogallrefupdates = false
\thooksPath = /dev/null
\tfsmonitor = false
\tattributesFile = /dev/null
\tuntrackedCache = false
`;

/**
 * POSIX sh, `$1` = the workdir. Everything git reads from .git besides objects and refs that can run a
 * program or redirect git elsewhere goes: the config (replaced), config.worktree, commondir (another git
 * dir's config), info/attributes (attributes outside the tree), hooks, worktrees, alternates and replace
 * refs. A .git that is a symlink or a `gitdir:` file would point git at a repository the agent chose: it
 * is removed, leaving no repository (git then finds none: callers set GIT_CEILING_DIRECTORIES). Writes
 * never follow a symlink the agent planted: every path is removed before it is written, and noclobber
 * makes the config write fail rather than follow one that reappeared.
 */
const SANITIZE_SCRIPT = `set -u
cd "$1" || exit 1
notdir() { [ -L "$1" ] || { [ -e "$1" ] && [ ! -d "$1" ]; }; }
if notdir .git; then rm -f .git || exit 1; fi
[ -d .git ] || exit 0
if notdir .git/info; then rm -f .git/info || exit 1; fi
rm -rf .git/config .git/config.worktree .git/commondir .git/info/attributes .git/info/grafts .git/hooks .git/worktrees .git/refs/replace || exit 1
if [ ! -L .git/objects ] && [ -d .git/objects ]; then
  if notdir .git/objects/info; then rm -f .git/objects/info || exit 1; fi
  rm -f .git/objects/info/alternates .git/objects/info/http-alternates || exit 1
fi
mkdir -p .git/hooks .git/info || exit 1
set -C
cat > .git/config <<'OPSBENCH_GIT_CONFIG'
${HARNESS_REPO_CONFIG}OPSBENCH_GIT_CONFIG
`;

/**
 * The argv that makes the git repository in `workdir` harness-owned (see {@link HARNESS_REPO_CONFIG} and the
 * script above). Run it before any git call of the harness in a workspace: through `env.exec` in the
 * grader, as the container's root in the docker runtime (`docker exec -u 0`), with runProcess on the host.
 * Exit 0: the repository is harness-owned, or there is no repository any more.
 */
export function sanitizeGitRepoArgv(workdir: string): string[] {
  return ['sh', '-c', SANITIZE_SCRIPT, 'opsbench-sanitize-git', workdir];
}

/** What {@link sanitizedGitArgv} prints on stderr (and exits 125) when the repository could not be taken over. */
export const TAKEOVER_FAILED = 'opsbench: cannot take over the repository';

/**
 * One command where two engine calls were: the repository in `workdir` made harness-owned (the script of
 * {@link sanitizeGitRepoArgv}, in a subshell), then `argv` run in the workdir. The takeover failing stops
 * it with exit 125 and {@link TAKEOVER_FAILED} on stderr, so the caller can tell it from git's own failure.
 */
export function sanitizedGitArgv(workdir: string, argv: string[]): string[] {
  return ['sh', '-c', `(\n${SANITIZE_SCRIPT})\n[ $? -eq 0 ] || { echo '${TAKEOVER_FAILED}' >&2; exit 125; }\ncd "$1" && shift && exec "$@"\n`, 'opsbench-sanitize-git', workdir, ...argv];
}

/**
 * The environment of a harness git call in a workspace: no system or global config (the agent can write
 * ~/.gitconfig and, as a container's root, /etc/gitconfig), no system attributes, no replace refs, and no
 * repository search above the workdir (a .git the agent planted in a parent directory is never found).
 */
export function workspaceGitEnv(workdir: string): Record<string, string> {
  return {
    ...HARNESS_GIT_ENV,
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_CEILING_DIRECTORIES: path.posix.dirname(workdir.replace(/\/+$/, '')) || '/'
  };
}
