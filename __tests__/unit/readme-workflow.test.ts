import { readFile } from 'node:fs/promises';

describe("README's workflow section", () => {
  test('is the example workflow, byte for byte', async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = await readFile('.github/examples/evaluate.yml', 'utf8');
    const section = readme.slice(readme.indexOf('## Use it in a workflow'));
    expect(section).toContain('```yaml\n' + example + '```');
  });
});
