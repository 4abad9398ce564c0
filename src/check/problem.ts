/**
 * A problem found in the content, and how it is printed: `path:line:column  message [code]`.
 */
import type { Code } from './messages.ts';

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file itself (frontmatter lines counted). */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable code from src/check/messages.ts. */
  code: Code;
  /** What is wrong and what to do, in plain sentences. */
  message: string;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/**
 * What a terminal acts on instead of showing (C0 and C1 controls, DEL, line breaks) or shows in
 * another order (bidirectional controls). A file's name and the words a message quotes from it
 * come from the content: written as they are, `ESC[2J` would clear the editor's screen, others
 * move the cursor over the lines above, retitle the window, or start a line that looks like a
 * problem of another file.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `text` with each character of {@link UNPRINTABLE} written as its escape, `\u001B`. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function formatProblem(p: Problem): string {
  return printable(`${p.file}:${p.line}:${p.column}  ${p.message} [${p.code}]`);
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
