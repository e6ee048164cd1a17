import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createMasker } from '../../src/agent/model/mask.js';
import { maskArtifacts } from '../../src/trial/mask-artifacts.js';

describe('createMasker', () => {
  test('masks the given secret values, also inside JSON-escaped text', () => {
    const mask = createMasker(['p@ss"word-123']);
    expect(mask('a p@ss"word-123 b')).toBe('a *** b');
    expect(mask(JSON.stringify({ v: 'p@ss"word-123' }))).toBe('{"v":"***"}');
  });

  test('masks token shapes nobody declared: OpenAI, Anthropic, GitHub, Google', () => {
    const mask = createMasker([]);
    expect(mask('k=sk-proj-AbC123_xyz-987 and sk-ant-api03-zzzzzzzzzz')).toBe('k=*** and ***');
    expect(mask('ghs_0123456789abcdefghijABCDEFGHIJ github_pat_11ABCDEFG0123456789_abcdefghij')).toBe('*** ***');
    expect(mask('AIzaSyA-1234567890abcdefghijklmnopqrstu')).toBe('***');
  });

  test('leaves ordinary text and short values alone', () => {
    const mask = createMasker(['abc', '']);
    expect(mask('task-runner abc risk-free sk-8 desk-lamp')).toBe('task-runner abc risk-free sk-8 desk-lamp');
  });
});

describe('encoded forms of a secret', () => {
  test('hex and base64 at every alignment, base64url too, inside longer encoded text', () => {
    const secret = 'canary-7Hq2xZ9pLm4Rt';
    const mask = createMasker([secret]);
    for (const prefix of ['', 'a', 'ab', 'abc']) {
      const b64 = Buffer.from(`${prefix}${secret}tail`).toString('base64');
      expect(mask(b64)).toContain('***');
      expect(mask(b64)).not.toContain(Buffer.from(secret).toString('base64').slice(4, 12));
      expect(mask(b64.replace(/\+/g, '-').replace(/\//g, '_'))).toContain('***');
    }
    expect(mask(`x ${Buffer.from(secret).toString('hex')} y`)).toBe('x *** y');
    expect(mask(Buffer.from(secret).toString('hex').toUpperCase())).toBe('***');
  });
});

describe('maskArtifacts', () => {
  test('masks a file with NUL bytes as well, leaving its other bytes as they were', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-mask-'));
    const secret = 'canary-Q2w9';
    const binary = Buffer.concat([Buffer.from([0xff, 0x00, 0xc3]), Buffer.from(`x${secret}y\0`), Buffer.from([0x80, 0x0a])]);
    await writeFile(path.join(dir, 'workspace.log'), binary);
    await writeFile(path.join(dir, 'agent.diff'), `+é ${Buffer.from(secret).toString('base64')}\n`);
    await maskArtifacts(dir, createMasker([secret]));
    expect(await readFile(path.join(dir, 'workspace.log'))).toEqual(Buffer.concat([Buffer.from([0xff, 0x00, 0xc3]), Buffer.from('x***y\0'), Buffer.from([0x80, 0x0a])]));
    // Text files stay UTF-8; base64 keeps the tail characters the secret does not determine alone.
    expect(await readFile(path.join(dir, 'agent.diff'), 'utf8')).toMatch(/^\+é \*\*\*[A-Za-z0-9+/]{0,2}=*\n$/);
  });
});
