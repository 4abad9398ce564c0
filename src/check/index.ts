/**
 * TEMPORARY: the content checks' interface. The full checks replace this file.
 */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export async function checkContent(_options: { root: string; contentDir: string }): Promise<{ problems: Problem[] }> {
  return { problems: [] };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`).join('\n');
}
