// Bundles the Action's entries and the CLI with @vercel/ncc into dist/. The output is committed and
// CI compares it with a fresh build, so the build must be deterministic: no timestamps, no source maps
// with absolute paths, a clean dist/ each time.
//
// tsc compiles src/ to ESM in lib/ first, then ncc bundles the JS: ncc's own TypeScript path emits CommonJS,
// which cannot load the ESM-only @actions/* 3.x packages nor keep top-level await.
import ncc from '@vercel/ncc';
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';

const entries = [
  { src: 'lib/action/main-entry.js', out: 'dist/main' },
  { src: 'lib/action/post-entry.js', out: 'dist/post' },
  { src: 'lib/cli/index.js', out: 'dist/cli', bin: true }
];

await rm('lib', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
await rm('dist', { recursive: true, force: true });
for (const entry of entries) {
  const { code, assets } = await ncc(path.resolve(entry.src), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
    license: 'licenses.txt'
  });
  await mkdir(entry.out, { recursive: true });
  const file = path.join(entry.out, 'index.js');
  const body = entry.bin && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code;
  await writeFile(file, body);
  if (entry.bin) await chmod(file, 0o755);
  for (const [name, asset] of Object.entries(assets)) {
    const target = path.join(entry.out, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, asset.source);
  }
  console.log(`built ${file}`);
}
