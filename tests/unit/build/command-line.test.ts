import { describe, expect, it } from 'vitest';
import { readOptions } from '../../../scripts/lib/command-line.ts';

const config = { options: { force: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } } } as const;
const usage = 'Usage: npm run build [-- --force] [--out DIR]\n';
const read = (...args: string[]) => readOptions('npm run build', config, usage, args);

describe('reading a command\'s options', () => {
  it('gives the options it was given, with their defaults', () => {
    expect(read()).toEqual({ ok: true, parsed: { values: { force: false, out: 'dist' }, positionals: [] } });
    expect(read('--force', '--out', 'public')).toEqual({ ok: true, parsed: { values: { force: true, out: 'public' }, positionals: [] } });
    expect(read('--out=site')).toMatchObject({ ok: true, parsed: { values: { out: 'site' } } });
  });

  it('answers --help and -h with the usage, to exit with 0', () => {
    expect(read('--help')).toEqual({ ok: false, text: usage, code: 0 });
    expect(read('--force', '-h')).toEqual({ ok: false, text: usage, code: 0 });
  });

  it('says what is wrong, then the usage, to exit with 2, for an unknown option, a missing value or a stray argument', () => {
    expect(read('--forse')).toEqual({ ok: false, text: `npm run build: Unknown option '--forse'.\n${usage}`, code: 2 });
    expect(read('--out')).toEqual({ ok: false, text: `npm run build: Option '--out <value>' argument missing.\n${usage}`, code: 2 });
    expect(read('public')).toEqual({ ok: false, text: expect.stringMatching(/^npm run build: Unexpected argument 'public'.*\.\nUsage: /), code: 2 });
  });

  it('reads --help after -- as an argument, not as a request for help', () => {
    const positional = readOptions('npm run new', { allowPositionals: true, options: {} }, usage, ['--', '--help']);
    expect(positional).toEqual({ ok: true, parsed: { values: {}, positionals: ['--help'] } });
  });
});
