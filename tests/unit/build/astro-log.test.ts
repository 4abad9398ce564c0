/**
 * The build's log of Astro's pages (scripts/lib/astro-log.ts): pages reused from the previous
 * build are counted, not printed; pages rendered are printed and counted, also when Astro renders
 * several at once (`build.concurrency`) and their lines and times interleave.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import crosscheckLogger, { renderCounts } from '../../../scripts/lib/astro-log.ts';

type Event = { label: string | null; level: string; message: string; newLine: boolean };
const line = (path: string): Event => ({ label: null, level: 'info', message: `  \x1b[34m├─\x1b[39m \x1b[2m${path}\x1b[22m`, newLine: false });
const time = (ms: number): Event => ({ label: 'SKIP_FORMAT', level: 'info', message: ` \x1b[2m(+${ms}ms)\x1b[22m `, newLine: true });
const cached: Event = { label: 'SKIP_FORMAT', level: 'info', message: ' \x1b[32m(cached)\x1b[39m', newLine: true };
const other: Event = { label: 'build', level: 'info', message: '✓ Completed in 1.2s.', newLine: true };

let output: string;
beforeEach(() => {
  output = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Feeds the events to a new logger; returns the pages counted and the lines printed. */
function log(events: Event[]) {
  const before = renderCounts();
  const logger = crosscheckLogger();
  for (const event of events) logger.write(event);
  const after = renderCounts();
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter(Boolean);
  return { rendered: after.rendered - before.rendered, reused: after.reused - before.reused, lines };
}

describe("Astro's page log", () => {
  it('prints each rendered page with its time and counts the reused ones without printing them', () => {
    const { rendered, reused, lines } = log([line('/a/'), time(3), line('/b/'), cached, line('/c/'), cached, line('/d/'), time(5), other]);
    expect([rendered, reused]).toEqual([2, 2]);
    expect(lines.filter((l) => l.includes('─')).map((l) => l.replace(/^[\d:]+ +/, ''))).toEqual(['├─ /a/ (+3ms) ', '├─ /d/ (+5ms) ']);
    expect(lines.at(-1)).toContain('✓ Completed');
  });

  it('counts every page once when pages are rendered at once and their lines interleave', () => {
    // Three pages started before the first finished, a reused page between, then the times.
    const { rendered, reused, lines } = log([line('/a/'), line('/b/'), line('/c/'), time(4), line('/d/'), cached, time(6), time(7), line('/e/'), time(2), other]);
    expect([rendered, reused]).toEqual([4, 1]);
    const pages = lines.filter((l) => l.includes('─'));
    expect(pages.map((l) => /├─ (\S+)/.exec(l)![1])).toEqual(['/a/', '/b/', '/c/', '/e/']);
    // Every page on a line of its own; no time printed on a line without a page.
    expect(lines.filter((l) => l.includes('(+') && !l.includes('─'))).toEqual([]);
    expect(lines.join('\n')).not.toContain('/d/');
  });

  it("leaves out Astro's own count of the pages it built, which the build's line contradicted", () => {
    // Astro counts the pages it built, reused or not, and not the feeds: "145 page(s)" beside the build's "Rendered 3 of 149 pages".
    const count: Event = { label: 'build', level: 'info', message: '145 page(s) built in \x1b[1m2.80s\x1b[22m', newLine: true };
    const complete: Event = { label: 'build', level: 'info', message: '\x1b[1mComplete!\x1b[22m', newLine: true };
    const { lines } = log([line('/a/'), time(3), line('/b/'), cached, count, complete]);
    expect(lines.join('\n')).not.toContain('page(s)');
    expect(lines.at(-1)).toContain('Complete!');
    // A page of the site whose path says so is still printed.
    expect(log([line('/12-page(s)-built-in/'), time(2)]).lines.join('\n')).toContain('/12-page(s)-built-in/');
  });
});

describe('npm run build -- --force', () => {
  it("says what Astro's warning that its data store was cleared means, as information, not as a warning", () => {
    const cleared: Event = { label: 'content', level: 'warn', message: 'data store cleared (force)', newLine: true };
    const { lines } = log([cleared, other]);
    const said = lines.join('\n');
    expect(said).not.toContain('data store cleared');
    expect(said).not.toContain('WARN');
    expect(lines[0]).toMatch(/\[content\] --force: Astro's cache of the content was emptied, as asked \(your content files are untouched\): every record is read again and every page rendered\.$/);
  });
});
