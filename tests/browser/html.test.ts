/**
 * The Nu Html Checker (the W3C validator) on every HTML file every corpus builds to, in one Java
 * run: zero errors. A failure reads `file:line:column  message [extract]`. Warnings are not
 * failures (the checker's CSP warning, for one, does not read style hashes).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNone } from '../support/harness.ts';
import { buildCorpus, corpora, htmlPages, injectionCorpus } from '../support/site.ts';
import { formatVnuMessage, runVnu, type VnuMessage } from '../support/vnu.ts';

const all = [...corpora, injectionCorpus];
/** Builds every corpus that builds and checks them all in one Java run; shared by the tests. */
let checked: Promise<{ builds: Map<string, { outDir?: string; error?: unknown }>; messages: VnuMessage[] }> | undefined;
function check() {
  checked ??= (async () => {
    const builds = new Map<string, { outDir?: string; error?: unknown }>();
    for (const corpus of all) {
      try {
        builds.set(corpus.content, { outDir: buildCorpus(corpus) });
      } catch (error) {
        builds.set(corpus.content, { error });
      }
    }
    const dirs = [...builds.values()].flatMap((b) => (b.outDir ? [b.outDir] : []));
    return { builds, messages: dirs.length > 0 ? await runVnu(dirs) : [] };
  })();
  return checked;
}

describe.each(all)('the $name build', (corpus) => {
  it('is valid HTML by the Nu Html Checker', async () => {
    const { builds, messages } = await check();
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
