/**
 * A claim first reported the same day by more outlets than its page names, as a wire report
 * carried by 200 outlets is: a synthetic story of 12 articles from 12 outlets, all published on one
 * day (a quarter with no date on record), every one mentioning the story's first claim
 * (scripts/lib/synthetic-corpus.ts, `focusClaim`). The claim's facts named every outlet of its
 * first report, a list that grows with the corpus; they name the first
 * {@link FIRST_REPORT_OUTLETS_NAMED} and count the others.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { FIRST_REPORT_OUTLETS_NAMED } from '../../src/lib/timeline.ts';
import { builtSite, projectRoot } from '../support/build.ts';

const scratch = path.join(projectRoot, 'node_modules/.cache/crosscheck-tests', `first-report-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const corpus = generateCorpus({ articles: 12, articlesPerStory: 12, articlesPerDay: 12, outlets: 12, focusClaim: true, seed: 2 });
const content = path.join(scratch, 'content');
writeCorpus(content, corpus);
const dist = builtSite(path.relative(projectRoot, content));

describe('a claim first reported on one day by 9 outlets', () => {
  it(`names the first ${FIRST_REPORT_OUTLETS_NAMED} of them in its facts and counts the others`, () => {
    const claim = [...corpus.files.keys()].filter((f) => f.startsWith('claims/')).sort().map((f) => path.basename(f, '.md'))[0]!;
    // The outlets of the dated articles mentioning it: all published on the one day, so all first.
    const articles = [...corpus.files].filter(([file, text]) => file.startsWith('articles/') && text.includes(`{#${claim}`));
    const outlets = new Set(articles.filter(([, text]) => /^published: /m.test(text)).map(([, text]) => /^outlet: (.+)$/m.exec(text)![1]));
    expect(outlets.size).toBeGreaterThan(FIRST_REPORT_OUTLETS_NAMED);
    const $ = load(readFileSync(path.join(dist, 'claims', claim, 'index.html'), 'utf8'));
    const first = $('dl.facts dt').filter((_, dt) => $(dt).text() === 'First reported').next('dd');
    expect(first.find('bdi').length).toBe(FIRST_REPORT_OUTLETS_NAMED);
    expect(first.text()).toMatch(new RegExp(`^1 January 2026 by ([^,]+, ){${FIRST_REPORT_OUTLETS_NAMED - 1}}[^,]+ and ${outlets.size - FIRST_REPORT_OUTLETS_NAMED} other outlets; \\d+ articles? with no publication date on record may have reported it earlier$`));
  });
});
