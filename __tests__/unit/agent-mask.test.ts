import { createMasker } from '../../src/agent/model/mask.js';

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
