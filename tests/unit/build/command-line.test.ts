import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

describe('npm run audit', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  // A Chromium that is not there: were the options not read first, the audit would stop at once rather than run Lighthouse.
  const audit = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/audit.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CROSSCHECK_CHROMIUM: '/nonexistent/chromium' } });

  it('answers --help with its usage, and starts no build or Lighthouse run, which would rewrite docs/quality.md', { timeout: 60_000 }, () => {
    const help = audit('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run audit\n/);
    expect(help.stdout).not.toContain('building the site');
    const wrong = audit('--pages', '2');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^npm run audit: Unknown option '--pages'\.\nUsage: npm run audit\n/);
  });
});

describe('npm run build -- --help', () => {
  it('names every setting the build reads, as docs/deploying.md and docs/authoring.md do', { timeout: 60_000 }, () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const help = spawnSync(process.execPath, ['scripts/build.ts', '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    for (const setting of ['CROSSCHECK_CONTENT=DIR', 'CROSSCHECK_ARCHIVE=DIR', 'CROSSCHECK_SITE', 'CROSSCHECK_BASE', 'CROSSCHECK_FEED_IDS']) expect(help.stdout).toContain(setting);
    expect(help.stdout).toContain('docs/deploying.md');
  });
});

describe('npm run urls -- --help', () => {
  it('says what --build lets through, as docs/deploying.md and the reused-address message do: removals and addresses that now show another record', { timeout: 60_000 }, () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const help = spawnSync(process.execPath, ['scripts/urls.ts', '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    const build = /^ {2}--build [\s\S]*?(?=^ {2}--check )/m.exec(help.stdout)?.[0].replace(/\s+/g, ' ');
    expect(build).toContain('removed on purpose');
    expect(build).toContain('addresses that now show another record (reused-address');
  });
});

describe('npm run urls -- --dist DIR', () => {
  it('with no site built in DIR, says to build into DIR, not into dist/, which it would not read', { timeout: 60_000 }, () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const urls = spawnSync(process.execPath, ['scripts/urls.ts', '--check', '--dist', 'node_modules/.cache/no-site-here'], { cwd: root, encoding: 'utf8' });
    expect(urls.status).toBe(1);
    expect(urls.stderr).toBe(
      'There is no built site in node_modules/.cache/no-site-here. Run `npm run build -- --out node_modules/.cache/no-site-here` first, or `npm run urls -- --build --dist node_modules/.cache/no-site-here`.\n',
    );
  });
});

describe('every command\'s --help', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const commands: [string, string[]][] = [
    ['build', ['scripts/build.ts']],
    ['check', ['--import', './src/check/register.ts', 'scripts/check.ts']],
    ['new', ['--import', './src/check/register.ts', 'scripts/new.ts']],
    ['bench', ['--import', './src/check/register.ts', 'scripts/bench.ts']],
    ['urls', ['scripts/urls.ts']],
  ];
  it.each(commands)('npm run %s: its usage line names every option its list explains', { timeout: 60_000 }, (_, args) => {
    const help = spawnSync(process.execPath, [...args, '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    const [usage, ...rest] = help.stdout.split('\n');
    expect(usage).toMatch(/^Usage: npm run /);
    const explained = rest.flatMap((line) => /^ {2}(--[a-z-]+)/.exec(line)?.[1] ?? []);
    expect(explained.length).toBeGreaterThan(0);
    for (const option of explained) expect(usage, option).toContain(option);
  });

  it.each(commands)('npm run %s: README.md or docs/ name every option its --help explains', { timeout: 60_000 }, (_, args) => {
    const docs = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    const help = spawnSync(process.execPath, [...args, '--help'], { cwd: root, encoding: 'utf8' });
    const explained = help.stdout.split('\n').flatMap((line) => /^ {2}(--[a-z-]+)/.exec(line)?.[1] ?? []);
    expect(explained.length).toBeGreaterThan(0);
    expect(explained.filter((option) => !new RegExp(`${option}(?![a-z-])`).test(docs))).toEqual([]);
  });
});

describe('npx node scripts/lib/synthetic-corpus.ts, which docs/benchmarks.md has readers run', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/lib/synthetic-corpus.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('answers --help with a usage that explains every option', { timeout: 60_000 }, () => {
    const help = run('--help');
    expect(help.status, help.stderr).toBe(0);
    const [usage, ...rest] = help.stdout.split('\n');
    const explained = rest.flatMap((line) => /^ {2}(--[a-z-]+)/.exec(line)?.[1] ?? []);
    expect(explained).toEqual(['--out', '--articles', '--seed', '--articles-per-story', '--outlets', '--entities', '--mentions-per-article', '--focus-claim', '--focus-entity']);
    for (const option of explained) expect(usage, option).toContain(option);
  });

  it('says what is wrong, with no stack trace, for an unknown option, no --out or a count that is not a number', { timeout: 60_000 }, () => {
    for (const [args, what] of [
      [['--out', 'x', '--artciles', '5'], "Unknown option '--artciles'"],
      [['--articles', '5'], '--out DIR is required'],
      [['--out', 'x', '--articles', 'five'], '--articles takes a whole number of at least 1, not "five"'],
    ] as const) {
      const wrong = run(...args);
      expect(wrong.status, wrong.stderr).toBe(2);
      expect(wrong.stderr).toContain(`npx node scripts/lib/synthetic-corpus.ts: ${what}.\nUsage: `);
      expect(wrong.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
