import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Debian's (and Ubuntu's) place for a machine's own CA certificates, which update-ca-certificates adds. */
export const LOCAL_CA_DIR = '/usr/local/share/ca-certificates';

/**
 * The host environment with OPSBENCH_EXTRA_CA_CERTS filled in from the machine's own extra CAs when the user
 * did not set it: the PEM files of /usr/local/share/ca-certificates. (Not NODE_EXTRA_CA_CERTS: it often names
 * the whole system bundle, 200 KB that no build arg or environment variable may hold.) Behind a
 * TLS-intercepting proxy, image builds that fetch from PyPI or npm need that CA; scripts/main-job.sh
 * exports it the same way, so `opsbench run` builds as `npm run main` does. Public certificates, no secret.
 */
export async function withHostCaCerts(env: NodeJS.ProcessEnv, dir = LOCAL_CA_DIR): Promise<NodeJS.ProcessEnv> {
  if (env.OPSBENCH_EXTRA_CA_CERTS) return env;
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.crt')).sort().map((f) => path.join(dir, f));
  const pems = await Promise.all(files.map((f) => readFile(f, 'utf8').catch(() => '')));
  const text = [...new Set(pems.map((p) => p.trim()).filter((p) => p.includes('BEGIN CERTIFICATE')))].join('\n');
  return text ? { ...env, OPSBENCH_EXTRA_CA_CERTS: text } : env;
}
