/**
 * Text from results and plans goes into a comment a trusted workflow posts: in the fork split (workflow_run)
 * a fork's run wrote those artifacts, so a task id, an agent or model name, a flag or a skip reason may hold
 * anything. These keep such text what it claims to be: one inline code span or one run of plain text, on
 * one line of a list or a table, with no link, image, HTML, mention or table cell of its own.
 */

/** One line: a newline would end the list item or the table row. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * Inline code. A fence one backtick longer than the longest run inside keeps the span closed (CommonMark);
 * `|` is escaped because GitHub splits table cells before it parses code spans.
 */
export function code(text: string): string {
  const body = oneLine(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Plain text: the characters that open emphasis, links, images, HTML, entities or cells backslash-escaped,
 * and a zero-width space after `@`, in `://` and after `www.`: GitHub links mentions and bare URLs in the
 * rendered text, after escapes are undone, so only a broken pattern keeps them plain.
 */
export function text(value: string): string {
  return oneLine(value)
    .replace(/[\\`*[\]<>|~&]/g, (c) => `\\${c}`)
    // An underscore inside a word never opens emphasis (GFM): ANTHROPIC_API_KEY reads as it is.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}

/** A label inside a fenced block (the mermaid chart): no backtick to close the fence, one line. */
export function fenced(value: string): string {
  return oneLine(value).replace(/`/g, "'");
}
