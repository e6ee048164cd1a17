import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withHostCaCerts } from '../../src/cli/host-ca.js';

const PEM = (n: string) => `-----BEGIN CERTIFICATE-----\n${n}\n-----END CERTIFICATE-----`;

describe("the CLI passes the host's extra CA certificates into image builds", () => {
  test('from /usr/local/share/ca-certificates when OPSBENCH_EXTRA_CA_CERTS is unset, not the bundle NODE_EXTRA_CA_CERTS names', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-ca-'));
    await writeFile(path.join(dir, 'proxy.crt'), PEM('proxy'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a cert');
    const node = path.join(dir, 'node.pem');
    await writeFile(node, PEM('node'));
    const env = await withHostCaCerts({ PATH: '/bin', NODE_EXTRA_CA_CERTS: node }, dir);
    expect(env.OPSBENCH_EXTRA_CA_CERTS).toBe(PEM('proxy'));
  });

  test("the user's own value wins, and a machine without extra CAs adds nothing", async () => {
    expect((await withHostCaCerts({ OPSBENCH_EXTRA_CA_CERTS: 'mine' }, '/nonexistent')).OPSBENCH_EXTRA_CA_CERTS).toBe('mine');
    expect(await withHostCaCerts({ PATH: '/bin' }, '/nonexistent')).toEqual({ PATH: '/bin' });
  });
});
