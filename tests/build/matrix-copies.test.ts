/**
 * The coverage matrix of a story with a wire's alert and its two copies (`via`), when the story
 * has more articles than the matrix has columns: tests/fixtures/breaking-news less five of its
 * articles (11 left, the alert's copies saying just what it says), copied to a folder of its own
 * and built. The copies are named under the alert's column, not given columns of their own.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtSite, projectRoot } from '../support/build.ts';

const content = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests/matrix-copies/content');
rmSync(content, { recursive: true, force: true });
cpSync(path.join(projectRoot, 'tests/fixtures/breaking-news/content'), content, { recursive: true });
for (const slug of ['diario-do-sul-sete-mortos', 'newsdigest-roundup', 'civil-protection-update', 'metro-flash-retraction', 'harbour-times-toll-revised']) {
  rmSync(path.join(content, 'articles', `${slug}.md`));
}
const dist = builtSite(path.relative(projectRoot, content));
const $ = load(readFileSync(path.join(dist, 'stories/sao-bras-port-explosion/index.html'), 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the coverage matrix of a story with a wire’s copies and more articles than columns', () => {
  it('names the copies under the alert’s column instead of giving them columns', () => {
    const headers = $('table.matrix thead th[scope="col"]').toArray().slice(1);
    const first = headers.map((th) => $(th).find('a').first().attr('href'));
    expect(first).toContain('/articles/meridian-first-alert/');
    expect(first).not.toContain('/articles/harbour-times-first-alert/');
    expect(first).not.toContain('/articles/gulf-coast-ledger-blast/');
    const alert = $(headers[first.indexOf('/articles/meridian-first-alert/')]);
    expect(squash(alert.children('a').text())).toMatch(/^\d\. Meridian Wire$/);
    const meta = alert.find('.meta').clone();
    meta.find('.sr-only').remove();
    expect(squash(meta.text())).toBe('also carried by The Harbour Times and Gulf Coast Ledger');
    // A screen reader listing links by name hears whose copy each is: one outlet may carry copies of two columns.
    const column = first.indexOf('/articles/meridian-first-alert/') + 1;
    expect(alert.find('.meta a').toArray().map((a) => squash($(a).text()))).toEqual([`The Harbour Times’s copy of article ${column}`, `Gulf Coast Ledger’s copy of article ${column}`]);
    expect(alert.find('.meta a').toArray().map((a) => $(a).attr('href'))).toEqual(['/articles/harbour-times-first-alert/', '/articles/gulf-coast-ledger-blast/']);
  });

  it('says so in its note, counting the copies among the story’s articles', () => {
    const note = $('p').filter((_, p) => $(p).text().includes('too many for one table'));
    expect(squash(note.text())).toMatch(/^This story has 13 claims and 11 articles, too many for one table: it shows .* a copy saying just what an article shown says is named under it\. The timeline lists every article\./);
  });
});
