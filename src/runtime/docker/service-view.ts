import type { Environment, ExecOptions, ExecResult } from '../environment.js';

/** The calls a view needs from the stack it belongs to (DockerEnvironment). */
export interface ServiceHost {
  readonly workdir: string;
  execIn(service: string, cmd: string | string[], opts?: ExecOptions): Promise<ExecResult>;
  writeFileIn(service: string, file: string, content: string | Buffer): Promise<void>;
  readFileIn(service: string, file: string): Promise<Buffer>;
  copyInTo(service: string, hostPath: string, dest: string): Promise<void>;
  copyOutOf(service: string, file: string, hostDest: string): Promise<void>;
}

/**
 * Another service of a running stack seen as an Environment (the grader container): commands, files and
 * copies go to that service, in the same workdir as the workspace. It has no lifecycle of its own: the
 * stack's `down` removes it, so `up` and `down` do nothing here.
 */
export class ServiceView implements Environment {
  readonly kind = 'docker' as const;
  readonly workdir: string;

  constructor(
    private readonly host: ServiceHost,
    readonly service: string
  ) {
    this.workdir = host.workdir;
  }

  up(): Promise<void> {
    return Promise.resolve();
  }

  exec(cmd: string | string[], opts: ExecOptions = {}): Promise<ExecResult> {
    return this.host.execIn(this.service, cmd, { ...opts, cwd: opts.cwd ?? this.workdir, service: this.service });
  }

  writeFile(file: string, content: string | Buffer): Promise<void> {
    return this.host.writeFileIn(this.service, file, content);
  }

  readFile(file: string): Promise<Buffer> {
    return this.host.readFileIn(this.service, file);
  }

  copyIn(hostPath: string, dest: string): Promise<void> {
    return this.host.copyInTo(this.service, hostPath, dest);
  }

  copyOut(file: string, hostDest: string): Promise<void> {
    return this.host.copyOutOf(this.service, file, hostDest);
  }

  /** @throws always: the agent's change lives in the workspace, not here */
  diff(): Promise<string> {
    return Promise.reject(new Error(`service "${this.service}" is not the workspace; take the diff from the workspace`));
  }

  logs(): Promise<Record<string, string>> {
    return Promise.resolve({});
  }

  down(): Promise<void> {
    return Promise.resolve();
  }
}
