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

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message} [${p.code}]`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
