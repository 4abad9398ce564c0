/**
 * A command's options (`npm run build -- --force`), read with Node's parseArgs as an editor should
 * meet them: `--help` (or `-h`) prints the usage and exits with 0; an unknown option, an option
 * without its value or an argument the command does not take prints what is wrong and the usage,
 * and exits with 2, instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What reading the arguments came to: the parsed options, or what to print and the exit code. */
export type Reading<R> = { ok: true; parsed: R } | { ok: false; text: string; code: 0 | 2 };

/** Reads `args` by `config`; `command` names the command in a message (`npm run build`). Pure: nothing printed, no exit. */
export function readOptions<T extends ParseArgsConfig>(command: string, config: T, usage: string, args: readonly string[]): Reading<ReturnType<typeof parseArgs<T>>> {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return { ok: false, text: usage, code: 0 };
  try {
    return { ok: true, parsed: parseArgs<T>({ ...config, args: [...args] } as T) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // Node's first sentence says what is wrong ("Unknown option '--forse'"); its advice on '--' is for programmers.
    const what = (error as Error).message.split(/(?<=\.) /)[0]!.replace(/\.$/, '');
    return { ok: false, text: `${command}: ${what}.\n${usage}`, code: 2 };
  }
}

/** Reads the process's arguments by `config`, or prints the usage (on standard output for --help, else on standard error) and exits. */
export function commandLine<T extends ParseArgsConfig>(command: string, config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  const reading = readOptions(command, config, usage, process.argv.slice(2));
  if (reading.ok) return reading.parsed;
  (reading.code === 0 ? process.stdout : process.stderr).write(reading.text.endsWith('\n') ? reading.text : `${reading.text}\n`);
  process.exit(reading.code);
}
