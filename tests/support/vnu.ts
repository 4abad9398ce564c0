/**
 * The Nu Html Checker (vnu-jar, the W3C validator) over built sites: one Java run over every
 * folder given, JSON out, non-HTML files skipped. The jar comes with the `vnu-jar` package; Java
 * is the machine's (see browser.ts for how it is found).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaPath } from './browser.ts';

export interface VnuMessage {
  /** `error`, `info` (with subType `warning` for warnings) or `non-document-error`. */
  type: string;
  subType?: string;
  /** The file, as a `file:` URL. */
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** The path of vnu.jar inside node_modules. */
export function vnuJar(): string {
  const require = createRequire(import.meta.url);
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  if (!existsSync(jar)) throw new Error(`vnu.jar is missing at ${jar}: run \`npm ci\` to install the vnu-jar package.`);
  return jar;
}

/** Checks every HTML file under the given folders in one Java run and returns all messages. */
export async function runVnu(dirs: string[]): Promise<VnuMessage[]> {
  const java = javaPath();
  const args = ['-Xss8m', '-jar', vnuJar(), '--format', 'json', '--skip-non-html', '--exit-zero-always', ...dirs];
  const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code, stdout: out, stderr: err }));
  });
  // vnu writes its JSON report to stderr.
  const json = stderr.slice(stderr.indexOf('{'));
  try {
    return (JSON.parse(json) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu Html Checker did not report (exit ${status}):\n${stdout}\n${stderr}`);
  }
}

/** `path:line:column  message`, with the path relative to `root`. */
export function formatVnuMessage(message: VnuMessage, root: string): string {
  const file = message.url?.startsWith('file:') ? path.relative(root, fileURLToPath(message.url)) : (message.url ?? '?');
  const line = message.lastLine ?? message.firstLine ?? 0;
  const column = message.firstColumn ?? message.lastColumn ?? 0;
  const extract = message.extract ? `  [${message.extract.replace(/\s+/g, ' ')}]` : '';
  return `${file}:${line}:${column}  ${message.message}${extract}`;
}
