import { readFile } from 'node:fs/promises';

describe("README's workflow section", () => {
  test.each(['.github/examples/evaluate.yml', '.github/examples/report-forks.yml'])('holds the example workflow %s, byte for byte', async (file) => {
    const readme = await readFile('README.md', 'utf8');
    const example = await readFile(file, 'utf8');
    const section = readme.slice(readme.indexOf('## Use it in a workflow'), readme.indexOf('\n## CLI'));
    expect(section).toContain('```yaml\n' + example + '```');
  });
});
