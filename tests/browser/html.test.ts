/**
 * The Nu Html Checker (the W3C validator) on every HTML file every corpus builds to, in one Java
 * run: zero errors. A failure reads `file:line:column  message [extract]`. Warnings are not
 * failures (the checker's CSP warning, for one, does not read style hashes).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, injectionCorpus } from '../support/site.ts';
import { formatVnuMessage, runVnu, type VnuMessage } from '../support/vnu.ts';

const all = [...corpora, injectionCorpus];
const builds = new Map<string, { outDir?: string; error?: unknown }>();
let messages: VnuMessage[] = [];

beforeAll(async () => {
  for (const corpus of all) {
    try {
      builds.set(corpus.content, { outDir: buildCorpus(corpus) });
    } catch (error) {
      builds.set(corpus.content, { error });
    }
  }
  const dirs = [...builds.values()].flatMap((b) => (b.outDir ? [b.outDir] : []));
  if (dirs.length > 0) messages = await runVnu(dirs);
});

describe.each(all)('the $name build', (corpus) => {
  it('is valid HTML by the Nu Html Checker', () => {
    const build = builds.get(corpus.content);
    if (!build?.outDir) throw build?.error ?? new Error(`${corpus.content} was not built`);
    const outDir = build.outDir;
    expect(htmlPages(outDir).length).toBeGreaterThan(0);
    const prefix = `file:${outDir}${path.sep}`;
    const errors = messages
      .filter((m) => m.type !== 'info' && (m.url === undefined || m.url.startsWith(prefix) || m.url === `file:${outDir}`))
      .map((m) => formatVnuMessage(m, outDir));
    expectNone(`the Nu Html Checker found errors in ${corpus.content}'s build`, errors);
  });
});
