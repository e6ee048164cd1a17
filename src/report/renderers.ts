import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from './report-schema.js';
import type { ReportRow } from './report-row.js';
import { renderJunit } from './render-junit.js';
import { renderMarkdown } from './render-markdown.js';
import { trajectoriesRenderer } from './render-trajectories.js';

/** What every report format is made from. */
export interface RenderInput {
  report: Report;
  results: ReportRow[];
  /** The results.jsonl files or directories the report was built from: trial artifacts sit beside them (core/trial-paths.ts). */
  inputs: string[];
  /** Where a renderer says what it left out (e.g. a trial artifact that is not valid). */
  warn?: (line: string) => void;
}

/** One document, or a set of pages (relative path -> content) with `index.html` or the like among them. */
export type Rendered = string | { files: Record<string, string> };

export interface Renderer {
  /** One line for `--help`. */
  summary: string;
  render(input: RenderInput): Rendered | Promise<Rendered>;
}

/**
 * The report formats: the only list of them. `opsbench report --format` accepts exactly these keys, so a
 * new format is one file with its Renderer plus one line here.
 */
export const renderers = {
  markdown: { summary: 'the job summary and PR comment', render: ({ report }) => renderMarkdown(report) },
  json: { summary: 'report.json, the merged report', render: ({ report }) => `${JSON.stringify(report, null, 2)}\n` },
  junit: { summary: 'JUnit XML, one testcase per trial', render: ({ results }) => renderJunit(results) },
  trajectories: trajectoriesRenderer
} satisfies Record<string, Renderer>;

export type ReportFormat = keyof typeof renderers;
export const REPORT_FORMATS = Object.keys(renderers) as [ReportFormat, ...ReportFormat[]];

/** Renders `input` in `format`. */
export async function renderReport(format: ReportFormat, input: RenderInput): Promise<Rendered> {
  const renderer: Renderer = renderers[format];
  return renderer.render(input);
}

/**
 * One document to the file `out`; a set of pages into the directory `out`. A page whose path would land
 * outside `out` (`..`, absolute) is refused before anything is written: page names may derive from artifacts.
 */
export async function writeRendered(out: string, rendered: Rendered): Promise<void> {
  if (typeof rendered === 'string') {
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, rendered);
    return;
  }
  const dir = path.resolve(out);
  const files = Object.entries(rendered.files).map(([rel, content]) => {
    const file = path.resolve(dir, rel);
    const inside = path.relative(dir, file);
    if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) throw new Error(`refusing to write page "${rel}": it resolves outside ${out}`);
    return { file, content };
  });
  for (const { file, content } of files) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
