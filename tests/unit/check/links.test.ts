/**
 * Links in bodies to record pages (unknown-page): every way a body can name a record's page is
 * resolved as a browser resolves it from the page the body is on, and one that leads to no
 * record, nor to an alias's redirect, is reported where it is written.
 */
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../src/check/collections.ts';
import { checkCorpus } from '../../../src/check/corpus.ts';
import { NOTICE_CODES } from '../../../src/check/messages.ts';
import { MONTH_LINES_PER_PAGE, STORIES_ON_INDEX } from '../../../src/lib/archive.ts';
import { CLAIM_RELATED_LISTED } from '../../../src/lib/sub-pages.ts';
import type { FileFacts } from '../../../src/check/file.ts';

function facts(collection: CollectionName, id: string, extra: Partial<FileFacts> = {}): FileFacts {
  const ext = collection === 'outlets' || collection === 'entities' ? 'yaml' : 'md';
  return { file: `content/${collection}/${id}.${ext}`, collection, id, problems: [], refs: [], aliases: [], mentions: [], links: [], ...extra };
}

const link = (url: string, line = 5) => ({ url, line, column: 3 });

/** The unknown-page problems of a corpus: the claim `bridge-closed` (once `bridge-shut`) is mentioned by the article. */
function unknownPages(links: FileFacts['links'], from: CollectionName = 'stories', anchors: ReadonlyMap<string, readonly string[]> = new Map()) {
  const corpus = [
    facts('claims', 'bridge-closed', { aliases: [{ alias: 'bridge-shut', line: 6, column: 5 }] }),
    facts('articles', 'report', {
      month: '2026-05',
      dated: true,
      refs: [{ field: 'outlet', collection: 'outlets', id: 'wire', line: 3, column: 1 }],
      aliases: [{ alias: 'old-report', line: 8, column: 5 }],
      mentions: [
        { claim: 'bridge-closed', text: 'x', line: 9, column: 3, source: 'x' },
        { claim: 'bridge-closed', text: 'x', line: 10, column: 3, source: 'x' },
      ],
    }),
    facts('stories', 'closure'),
    facts('outlets', 'wire'),
  ];
  const on = corpus.find((f) => f.collection === from)!;
  on.links = links;
  return checkCorpus(corpus, 'content', new Set(), anchors).filter((p) => p.code === 'unknown-page');
}

describe('links to record pages', () => {
  it('accepts every form of a link to a record, or to an alias’s redirect', () => {
    expect(
      unknownPages([
        link('/claims/bridge-closed/'),
        link('/claims/bridge-closed'),
        link('/claims/bridge-closed/index.html#m-1'),
        link('../../claims/bridge-closed/'),
        link('../report/', 6),
        link('/claims/bridge-shut/'),
        link('/outlets/wire/?x=1'),
        link('/claims/'),
        link('/feeds/claims.xml'),
        link('/search/'),
      ], 'articles'),
    ).toEqual([]);
  });

  it('reports a link to a record that does not exist where it is written, naming the nearest ids', () => {
    const problems = unknownPages([link('/claims/bridge-closd/', 7), link('../../outlets/gone/', 8)]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)).toEqual([
      'content/stories/closure.md:7:3  This link leads to /claims/bridge-closd/, but there is no claim "bridge-closd" (no file content/claims/bridge-closd.md, and no claim lists it in aliases), so readers would find no page there. Did you mean "bridge-closed"? Link to the record by its current id.',
      'content/stories/closure.md:8:3  This link leads to ../../outlets/gone/, but there is no outlet "gone" (no file content/outlets/gone.yaml, and no outlet lists it in aliases), so readers would find no page there. Link to the record by its current id.',
    ]);
  });

  it('reports a link to a passage of an article that has no mention with that anchor, naming the anchors of that claim', () => {
    expect(
      unknownPages([link('/articles/report/#m-bridge-closed-1y7mkjr'), link('/articles/report/#m-bridge-closed-1y7mkjr-2'), link('/articles/report/#summary'), link('/claims/bridge-closed/#m-none')]),
    ).toEqual([]);
    const problems = unknownPages([link('/articles/report/#m-bridge-closed-0000000', 7), link('../../articles/report/#m-bridge-opened-1y7mkjr', 8)]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)).toEqual([
      'content/stories/closure.md:7:3  This link leads to a passage of the article "report" (/articles/report/#m-bridge-closed-0000000), but none of its claim mentions has that anchor, so readers would land at the top of the page. A passage\'s anchor changes when its span\'s words or claim change. Its mentions of that claim are at #m-bridge-closed-1y7mkjr, #m-bridge-closed-1y7mkjr-2. Link to the passage\'s current anchor, or to the article without #….',
      'content/stories/closure.md:8:3  This link leads to a passage of the article "report" (../../articles/report/#m-bridge-opened-1y7mkjr), but none of its claim mentions has that anchor, so readers would land at the top of the page. A passage\'s anchor changes when its span\'s words or claim change. Link to the passage\'s current anchor, or to the article without #….',
    ]);
  });

  it('accepts the anchor a passage had under its claim\'s old id, which the article\'s page keeps', () => {
    expect(unknownPages([link('/articles/report/#m-bridge-shut-1y7mkjr'), link('/articles/report/#m-bridge-shut-1y7mkjr-2')])).toEqual([]);
    expect(unknownPages([link('/articles/report/#m-bridge-shut-1y7mkjr-3', 7), link('/articles/report/#m-bridge-shut-0000000', 8)]).map((p) => p.line)).toEqual([7, 8]);
  });

  it('accepts a published anchor the page keeps on the passage with its words, now of another claim, as it accepts an old id\'s', () => {
    // A claim split: the passages of `bridge-event` went to `bridge-closed`, their words unchanged; published-anchors.txt records them.
    const recorded = new Map([['/articles/report/', ['m-bridge-event-1y7mkjr', 'm-bridge-event-1y7mkjr-2', 'm-bridge-closed-0000000']]]);
    expect(unknownPages([link('/articles/report/#m-bridge-event-1y7mkjr'), link('../report/#m-bridge-event-1y7mkjr-2')], 'articles', recorded)).toEqual([]);
    // A passage's words edited: the page keeps its anchor on a passage it chooses, and the check asks for that passage's anchor.
    expect(unknownPages([link('/articles/report/#m-bridge-closed-0000000', 7)], 'articles', recorded).map((p) => [p.line, p.message])).toEqual([
      [7, expect.stringContaining('by an anchor its page no longer makes: the passage\'s words were edited since it was published.')],
    ]);
    // Not recorded: no passage, as before.
    expect(unknownPages([link('/articles/report/#m-bridge-event-1y7mkjr', 8)]).map((p) => p.line)).toEqual([8]);
  });

  it('reports a link with a #… to an old address, whose redirect page would drop the #…', () => {
    expect(unknownPages([link('/articles/old-report/#m-bridge-closed-1y7mkjr', 7), link('/claims/bridge-shut/#evidence', 8), link('/claims/bridge-shut/', 9)]).map((p) => `${p.line}  ${p.message}`)).toEqual([
      '7  This link leads to /articles/old-report/#m-bridge-closed-1y7mkjr through an old address of the article "report", whose page redirects keeping the part after # only where script runs, so readers without it would land at the top of the page. Link to /articles/report/#m-bridge-closed-1y7mkjr instead.',
      '8  This link leads to /claims/bridge-shut/#evidence through an old address of the claim "bridge-closed", whose page redirects keeping the part after # only where script runs, so readers without it would land at the top of the page. Link to /claims/bridge-closed/#evidence instead.',
    ]);
  });

  it('says of a published anchor the page keeps that it still lands, and names the passage it lands on', () => {
    // Published when the second passage had other words; the first passage's anchor is recorded as it is.
    const recorded = new Map([['/articles/report/', ['m-bridge-closed-1y7mkjr', 'm-bridge-closed-0000000']]]);
    const problems = unknownPages([link('/articles/report/#m-bridge-closed-0000000', 7), link('../report/#m-bridge-closed-0000000', 8)], 'articles', recorded);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)).toEqual([
      'content/articles/report.md:7:3  This link leads to a passage of the article "report" (/articles/report/#m-bridge-closed-0000000) by an anchor its page no longer makes: the passage\'s words were edited since it was published. The page keeps it (published-anchors.txt records it), so readers still land on the passage now at /articles/report/#m-bridge-closed-1y7mkjr-2, but the site\'s own links name a passage as it is now. Link to /articles/report/#m-bridge-closed-1y7mkjr-2 instead.',
      'content/articles/report.md:8:3  This link leads to a passage of the article "report" (../report/#m-bridge-closed-0000000) by an anchor its page no longer makes: the passage\'s words were edited since it was published. The page keeps it (published-anchors.txt records it), so readers still land on the passage now at /articles/report/#m-bridge-closed-1y7mkjr-2, but the site\'s own links name a passage as it is now. Link to /articles/report/#m-bridge-closed-1y7mkjr-2 instead.',
    ]);
    // Recorded under the page's old address (an alias), as the page reads it.
    expect(unknownPages([link('/articles/report/#m-bridge-closed-0000000')], 'stories', new Map([['/articles/old-report/', ['m-bridge-closed-0000000']]])).map((p) => p.message)).toEqual([
      expect.stringContaining('readers still land on the passage now at /articles/report/#m-bridge-closed-1y7mkjr,'),
    ]);
    // Not recorded, or of a claim the article no longer mentions (the page keeps it nowhere): no passage, as before.
    const stray = new Map([['/articles/report/', ['m-bridge-opened-0000000']]]);
    expect(unknownPages([link('/articles/report/#m-bridge-closed-1111111', 7), link('/articles/report/#m-bridge-opened-0000000', 8)], 'stories', stray).map((p) => [p.line, p.message])).toEqual([
      [7, expect.stringContaining('(/articles/report/#m-bridge-closed-1111111), but none of its claim mentions has that anchor, so readers would land at the top of the page.')],
      [8, expect.stringContaining('(/articles/report/#m-bridge-opened-0000000), but none of its claim mentions has that anchor, so readers would land at the top of the page.')],
    ]);
  });

  it('checks a link from an article to a passage of its own page', () => {
    expect(unknownPages([link('#m-bridge-closed-1y7mkjr-2'), link('#summary')], 'articles')).toEqual([]);
    expect(unknownPages([link('#m-bridge-closed-1y7mkjr-3', 6)], 'articles').map((p) => [p.line, p.message.slice(0, 81)])).toEqual([
      [6, 'This link leads to a passage of the article "report" (#m-bridge-closed-1y7mkjr-3)'],
    ]);
  });

  it('reports a link to a section or heading the page does not have, naming the nearest', () => {
    const corpus = (links: FileFacts['links'], headings?: string[] | null) => [
      facts('claims', 'bridge-closed', { headings, links }),
      facts('articles', 'report', { mentions: [{ claim: 'bridge-closed', text: 'x', line: 9, column: 3, source: 'x' }] }),
      facts('outlets', 'wire'),
      facts('entities', 'mayor'),
    ];
    const problems = (links: FileFacts['links'], headings?: string[] | null) =>
      checkCorpus(corpus(links, headings), 'content')
        .filter((p) => p.code === 'unknown-page')
        .map((p) => `${p.line}  ${p.message}`);
    const fine = ['#evidence', '#evidence-disputes', '#notes', '#h-background', '#user-content-fn-1', '#:~:text=closed', '/articles/report/#left-out', '/outlets/wire/#months', '/entities/mayor/#by'];
    expect(problems(fine.map((url) => link(url)), ['h-background', 'h-background-1'])).toEqual([]);
    expect(problems([link('/claims/bridge-closed/#evidnce', 6), link('#h-backgroun', 7), link('/outlets/wire/#notes', 8)], ['h-background'])).toEqual([
      '6  This link leads to /claims/bridge-closed/#evidnce, but the page of the claim "bridge-closed" has no section or heading "#evidnce", so readers would land at the top of the page. Did you mean "#evidence"? Its body\'s headings are at #h-background. Link to one of its sections or headings, or to the page without #….',
      '7  This link leads to #h-backgroun, but the page of the claim "bridge-closed" has no section or heading "#h-backgroun", so readers would land at the top of the page. Did you mean "#h-background"? Its body\'s headings are at #h-background. Link to one of its sections or headings, or to the page without #….',
      '8  This link leads to /outlets/wire/#notes, but the page of the outlet "wire" has no section or heading "#notes", so readers would land at the top of the page. Link to one of its sections or headings, or to the page without #….',
    ]);
    // Headings not known (raw HTML in one): any #h-… is taken as one; an outlet's or entity's page has none.
    expect(problems([link('#h-anything')], null)).toEqual([]);
    expect(problems([link('/entities/mayor/#h-anything', 9)], null)).toEqual([
      expect.stringMatching(/^9 {2}This link leads to \/entities\/mayor\/#h-anything, but the page of the entity "mayor" has no section or heading "#h-anything"/),
    ]);
  });

  it('reports a link into a collection, or a misspelt one, where the site has no page, with what was likely meant', () => {
    expect(
      unknownPages([
        link('/claims/months/2026-05/'),
        link('/articles/months/2026-05/'),
        link('/outlets/wire/months/2026-05/'),
        link('/outlets/'),
        link('/data/'),
        link('/favicon.svg'),
        link('/pagefind/pagefind.js'),
        link('/claims/bridge-closed/../bridge-closed/'),
        link('notes/'),
        link('%6A%61%76%61%73%63%72%69%70%74:alert(1)'),
      ], 'articles'),
    ).toEqual([]);
    const problems = unknownPages([link('claims/bridge-closed/', 6), link('/claim/bridge-closed/', 7), link('/Claims/bridge-closed/', 8), link('/claims//bridge-closed/', 9), link('/articles/report/notes/', 10), link('/claims/bridge-closed/timeline/', 11), link('/claims/bridge-closed/evidence/1/', 12), link('/claims/bridge-closed/evidence/two/', 13), link('/claims/bridge-closed/timeline/2/', 14), link('/articles/months/2026-05/1/', 15), link('/outlets/months/2026-05/', 16)], 'articles');
    expect(problems.map((p) => `${p.line}  ${p.message.replace(/ A link to a page of the site starts .*$/, '')}`)).toEqual([
      '6  This link leads to /articles/report/claims/bridge-closed/ (written claims/bridge-closed/), where the site has no page, so readers would find nothing there. Did you mean /claims/bridge-closed/?',
      '7  This link leads to /claim/bridge-closed/, where the site has no page, so readers would find nothing there. Did you mean /claims/bridge-closed/?',
      '8  This link leads to /Claims/bridge-closed/, where the site has no page, so readers would find nothing there. Did you mean /claims/bridge-closed/?',
      '9  This link leads to /claims//bridge-closed/, where the site has no page, so readers would find nothing there.',
      '10  This link leads to /articles/report/notes/, where the site has no page, so readers would find nothing there.',
      '11  This link leads to /claims/bridge-closed/timeline/, where the site has no page, so readers would find nothing there.',
      // Page 1 of a sub-page has no number; only a sub-page the record can have is numbered.
      '12  This link leads to /claims/bridge-closed/evidence/1/, where the site has no page, so readers would find nothing there.',
      '13  This link leads to /claims/bridge-closed/evidence/two/, where the site has no page, so readers would find nothing there.',
      '14  This link leads to /claims/bridge-closed/timeline/2/, where the site has no page, so readers would find nothing there.',
      '15  This link leads to /articles/months/2026-05/1/, where the site has no page, so readers would find nothing there.',
      '16  This link leads to /outlets/months/2026-05/, where the site has no page, so readers would find nothing there.',
    ]);
  });

  it('reports a link to a sub-page, or a numbered page of it, that the site will not make, and an outlet\'s month page under an id it does not have', () => {
    // A story of 12 articles (a timeline of one page), the first of which mentions the claim `big`
    // 61 times (an evidence page of two pages: 11 assertions, 50 quotations) and `small` once; the
    // entity `mayor` is named by the 12 articles and speaks 21 claims (a claims page of one page).
    let n = 0;
    const mention = (claim: string, stance?: string) => ({ claim, stance, text: `${claim} ${n++}`, line: 9, column: 3, source: 'x' });
    const claimIds = ['big', 'small', ...Array.from({ length: 19 }, (_, i) => `said-${i}`)];
    const corpus = [
      facts('stories', 'closure', { aliases: [{ alias: 'shutdown', line: 6, column: 5 }] }),
      facts('entities', 'mayor'),
      facts('outlets', 'wire', { aliases: [{ alias: 'old-wire', line: 3, column: 5 }] }),
      ...claimIds.map((id) => facts('claims', id, { refs: [{ field: 'story', collection: 'stories', id: 'closure', line: 3, column: 1 }, { field: 'speaker', collection: 'entities', id: 'mayor', line: 4, column: 1 }] })),
      ...Array.from({ length: 12 }, (_, i) =>
        facts('articles', `report-${i}`, {
          month: '2026-05',
          dated: true,
          refs: [
            { field: 'outlet', collection: 'outlets', id: 'wire', line: 3, column: 1 },
            { field: 'story', collection: 'stories', id: i === 0 ? 'shutdown' : 'closure', line: 4, column: 1 },
          ],
          mentions: i === 0 ? [...Array.from({ length: 11 }, () => mention('big')), ...Array.from({ length: 50 }, () => mention('big', 'quotes')), mention('small'), ...claimIds.slice(2).map((id) => mention(id))] : [],
        }),
      ),
    ];
    const problems = (urls: string[]) => {
      corpus.find((f) => f.id === 'closure')!.links = urls.map((url, i) => link(url, i + 1));
      return checkCorpus(corpus, 'content')
        .filter((p) => p.code === 'unknown-page')
        .map((p) => `${p.line}  ${p.message}`);
    };
    // A story's claims page depends on its claims' statuses, which the checks do not work out: more than ten claims may have one.
    expect(problems(['/claims/big/evidence/', '/claims/big/evidence/2/', '../../claims/big/evidence/2/index.html', '/stories/closure/timeline/', '/stories/closure/claims/', '/entities/mayor/claims/', '/outlets/wire/months/2026-05/'])).toEqual([]);
    expect(
      problems([
        '/claims/big/evidence/3/',
        '/claims/small/evidence/',
        '/claims/small/evidence/2/',
        '/stories/closure/timeline/2/',
        '/stories/closure/claims/2/',
        '/entities/mayor/articles/',
        '/entities/mayor/claims/2/',
        '/claims/gone/evidence/',
        '/stories/shutdown/timeline/',
        '/outlets/gone/months/2026-05/',
        '/outlets/old-wire/months/2026-05/',
        '/outlets/gone/months/2026-05/2/',
      ]),
    ).toEqual([
      '1  This link leads to /claims/big/evidence/3/, but the evidence page of the claim "big" has 2 pages, so readers would find no page there. Link to one of its pages (the last is /claims/big/evidence/2/), or to the claim\'s page, /claims/big/, instead.',
      '2  This link leads to /claims/small/evidence/, but the site makes the evidence page of a claim only for a claim with more than 10 mentions of one stance, and the claim "small" has none, so readers would find no page there. Link to the claim\'s page, /claims/small/, instead.',
      '3  This link leads to /claims/small/evidence/2/, but the site makes the evidence page of a claim only for a claim with more than 10 mentions of one stance, and the claim "small" has none, so readers would find no page there. Link to the claim\'s page, /claims/small/, instead.',
      '4  This link leads to /stories/closure/timeline/2/, but the timeline page of the story "closure" has one page, so readers would find no page there. Link to that page, /stories/closure/timeline/, or to the story\'s page, /stories/closure/, instead.',
      '5  This link leads to /stories/closure/claims/2/, but the claims page of the story "closure" has one page, so readers would find no page there. Link to that page, /stories/closure/claims/, or to the story\'s page, /stories/closure/, instead.',
      '6  This link leads to /entities/mayor/articles/, but the site makes the articles page of an entity only for an entity named in more than 50 articles, and the entity "mayor" has none, so readers would find no page there. Link to the entity\'s page, /entities/mayor/, instead.',
      '7  This link leads to /entities/mayor/claims/2/, but the claims page of the entity "mayor" has one page, so readers would find no page there. Link to that page, /entities/mayor/claims/, or to the entity\'s page, /entities/mayor/, instead.',
      '8  This link leads to /claims/gone/evidence/, but there is no claim "gone" (no file content/claims/gone.md, and no claim lists it in aliases), so readers would find no page there. Link to the record by its current id.',
      '9  This link leads to /stories/shutdown/timeline/ through an old id of the story "closure", where a page is only a redirect if the site published it before. Link to /stories/closure/timeline/ instead.',
      // An outlet's month pages: the outlet must exist, by its current id.
      '10  This link leads to /outlets/gone/months/2026-05/, but there is no outlet "gone" (no file content/outlets/gone.yaml, and no outlet lists it in aliases), so readers would find no page there. Link to the record by its current id.',
      '11  This link leads to /outlets/old-wire/months/2026-05/ through an old id of the outlet "wire", where a page is only a redirect if the site published it before. Link to /outlets/wire/months/2026-05/ instead.',
      '12  This link leads to /outlets/gone/months/2026-05/2/, but there is no outlet "gone" (no file content/outlets/gone.yaml, and no outlet lists it in aliases), so readers would find no page there. Link to the record by its current id.',
    ]);
  });

  it('takes an article holding true more claims than its page quotes to have a disputed page, which depends on what other sources say', () => {
    // report-0 holds true 3 claims in 3 mentions (its page quotes 5: no page); report-1 holds
    // true 6 (a page of one page, as far as the checks can tell); report-2 holds true 50 in 60
    // mentions (more than 40: its page quotes 2), 100 lines at most of those disputed by others and by itself (one page).
    const held = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ claim: `${prefix}-${i}`, stance: undefined, text: `${prefix} ${i}`, line: 9, column: 3, source: 'x' }));
    const quoted = Array.from({ length: 10 }, (_, i) => ({ claim: `q-${i}`, stance: 'quotes', text: `q ${i}`, line: 9, column: 3, source: 'x' }));
    const mentions = [held(3, 'a'), held(6, 'b'), [...held(50, 'c'), ...quoted]];
    const claimIds = mentions.flat().map((m) => m.claim);
    const corpus = [
      facts('stories', 'closure'),
      ...claimIds.map((id) => facts('claims', id, { refs: [{ field: 'story', collection: 'stories', id: 'closure', line: 3, column: 1 }] })),
      ...mentions.map((m, i) => facts('articles', `report-${i}`, { refs: [{ field: 'story', collection: 'stories', id: 'closure', line: 4, column: 1 }], mentions: m })),
    ];
    corpus.find((f) => f.id === 'closure')!.links = ['/articles/report-1/disputed/', '/articles/report-2/disputed/', '/articles/report-0/disputed/', '/articles/report-2/disputed/2/'].map((url, i) => link(url, i + 1));
    expect(checkCorpus(corpus, 'content').filter((p) => p.code === 'unknown-page').map((p) => `${p.line}  ${p.message}`)).toEqual([
      '3  This link leads to /articles/report-0/disputed/, but the site makes the disputed page of an article only for an article whose page cuts its lists of what was disputed, so holding true more than 2 claims, and the article "report-0" has none, so readers would find no page there. Link to the article\'s page, /articles/report-0/, instead.',
      '4  This link leads to /articles/report-2/disputed/2/, but the disputed page of the article "report-2" has one page, so readers would find no page there. Link to that page, /articles/report-2/disputed/, or to the article\'s page, /articles/report-2/, instead.',
    ]);
  });

  it('takes a claim in more contradictions than its page lists to have a contradictions page, declared by either claim', () => {
    // hub contradicts 12 claims and 4 more contradict it: 16, one more than its page lists (one page); few contradicts 2.
    const contradicts = (ids: string[]) => ids.map((id, i) => ({ field: `contradicts (item ${i + 1})`, collection: 'claims' as const, id, line: 5 + i, column: 5 }));
    const others = Array.from({ length: 18 }, (_, i) => `other-${i}`);
    const corpus = [
      facts('stories', 'closure'),
      facts('claims', 'hub', { refs: contradicts(others.slice(0, 12)) }),
      facts('claims', 'few', { refs: contradicts(others.slice(16, 18)) }),
      ...others.map((id, i) => facts('claims', id, { refs: i >= 12 && i < 16 ? contradicts(['hub']) : [] })),
    ];
    corpus.find((f) => f.id === 'closure')!.links = ['/claims/hub/contradictions/', '/claims/hub/contradictions/2/', '/claims/few/contradictions/'].map((url, i) => link(url, i + 1));
    expect(checkCorpus(corpus, 'content').filter((p) => p.code === 'unknown-page').map((p) => `${p.line}  ${p.message}`)).toEqual([
      '2  This link leads to /claims/hub/contradictions/2/, but the contradictions page of the claim "hub" has one page, so readers would find no page there. Link to that page, /claims/hub/contradictions/, or to the claim\'s page, /claims/hub/, instead.',
      '3  This link leads to /claims/few/contradictions/, but the site makes the contradictions page of a claim only for a claim whose page cuts its list of contradictions, so in more than 15 contradictions, and the claim "few" has none, so readers would find no page there. Link to the claim\'s page, /claims/few/, instead.',
    ]);
  });

  it('takes a claim related to more claims than its page lists, in either direction, to have a related claims page', () => {
    // hub names all but 11 of the claims its page lists as related and 11 more name it: one more than its page lists; few names 2.
    const related = (ids: string[]) => ids.map((id, i) => ({ field: `related (item ${i + 1})`, collection: 'claims' as const, id, line: 5 + i, column: 5 }));
    const named = CLAIM_RELATED_LISTED - 10;
    const others = Array.from({ length: CLAIM_RELATED_LISTED + 3 }, (_, i) => `other-${i}`);
    const corpus = [
      facts('stories', 'closure'),
      facts('claims', 'hub', { refs: related(others.slice(0, named)) }),
      facts('claims', 'few', { refs: related(others.slice(named + 11, named + 13)) }),
      ...others.map((id, i) => facts('claims', id, { refs: i >= named && i < named + 11 ? related(['hub']) : [] })),
    ];
    corpus.find((f) => f.id === 'closure')!.links = ['/claims/hub/related/', '/claims/hub/related/2/', '/claims/few/related/'].map((url, i) => link(url, i + 1));
    expect(checkCorpus(corpus, 'content').filter((p) => p.code === 'unknown-page').map((p) => `${p.line}  ${p.message}`)).toEqual([
      '2  This link leads to /claims/hub/related/2/, but the related page of the claim "hub" has one page, so readers would find no page there. Link to that page, /claims/hub/related/, or to the claim\'s page, /claims/hub/, instead.',
      `3  This link leads to /claims/few/related/, but the site makes the related page of a claim only for a claim related to more than ${CLAIM_RELATED_LISTED} claims, in either direction, and the claim "few" has none, so readers would find no page there. Link to the claim's page, /claims/few/, instead.`,
    ]);
  });

  it('reports a link to a month page the site will not make, or a numbered page of it, naming the nearest months it has; a published one stays as a redirect', () => {
    // 101 articles of the outlet wire placed in May 2026 (two pages), the first of which mentions
    // the claim bridge-closed; one in June 2026 with no publication date, placed by the day it was added.
    const outlet = { field: 'outlet', collection: 'outlets' as const, id: 'wire', line: 3, column: 1 };
    const mention = { claim: 'bridge-closed', text: 'x', line: 9, column: 3, source: 'x' };
    const corpus = [
      facts('stories', 'closure'),
      facts('claims', 'bridge-closed'),
      facts('outlets', 'wire'),
      ...Array.from({ length: 101 }, (_, i) => facts('articles', `report-${i}`, { month: '2026-05', dated: true, refs: [outlet], mentions: i === 0 ? [mention] : [] })),
      facts('articles', 'undated', { month: '2026-06', dated: false, refs: [outlet] }),
    ];
    const problems = (urls: string[], published: string[] = []) => {
      corpus.find((f) => f.id === 'closure')!.links = urls.map((url, i) => link(url, i + 1));
      return checkCorpus(corpus, 'content', new Set(published))
        .filter((p) => p.code === 'unknown-page')
        .map((p) => `${p.line}  ${p.message}`);
    };
    const fine = ['/articles/months/2026-05/', '/articles/months/2026-05/2/', '/articles/months/2026-06/', '/claims/months/2026-05/', '/outlets/wire/months/2026-05/', '/outlets/wire/months/2026-05/2/', '/outlets/wire/months/2026-06/'];
    expect(problems(fine)).toEqual([]);
    const wrong = ['/claims/months/2099-01/', '/outlets/wire/months/1999-01/', '/articles/months/2026-04/', '/articles/months/2026-05/3/', '/claims/months/2026-06/', '/claims/months/date-not-known/', '/claims/months/2026-05/2/'];
    expect(problems(wrong)).toEqual([
      '1  This link leads to /claims/months/2099-01/, but no article with a publication date in 2099-01 mentions a claim, so no claim was first reported then: the site makes no page for 2099-01 there, so readers would find nothing. The nearest month with a page is 2026-05: link to it, or to /claims/.',
      '2  This link leads to /outlets/wire/months/1999-01/, but the outlet "wire" has no article placed in 1999-01 (by its publication date, or by the day it was added when it has none): the site makes no page for 1999-01 there, so readers would find nothing. The nearest months with a page are 2026-05 and 2026-06: link to one of them, or to /outlets/wire/.',
      '3  This link leads to /articles/months/2026-04/, but no article is placed in 2026-04 (by its publication date, or by the day it was added when it has none): the site makes no page for 2026-04 there, so readers would find nothing. The nearest months with a page are 2026-05 and 2026-06: link to one of them, or to /articles/.',
      '4  This link leads to /articles/months/2026-05/3/, but the month\'s list, /articles/months/2026-05/, has 2 pages, so readers would find no page there. Link to one of its pages (the last is /articles/months/2026-05/2/) instead.',
      // The article of June has no publication date: it is not the first report of a claim in June.
      '5  This link leads to /claims/months/2026-06/, but no article with a publication date in 2026-06 mentions a claim, so no claim was first reported then: the site makes no page for 2026-06 there, so readers would find nothing. The nearest month with a page is 2026-05: link to it, or to /claims/.',
      '6  This link leads to /claims/months/date-not-known/, but every article that mentions a claim has a publication date, so no claim was first reported on a date not known: the site makes no page for date-not-known there, so readers would find nothing. The nearest month with a page is 2026-05: link to it, or to /claims/.',
      '7  This link leads to /claims/months/2026-05/2/, but the month\'s list, /claims/months/2026-05/, has at most one page, so readers would find no page there. Link to /claims/months/2026-05/ instead.',
    ]);
    // The months have no page of their own: the archive's page lists them.
    expect(problems(['/claims/months/', '/articles/months/index.html'])).toEqual([
      '1  This link leads to /claims/months/, where the site has no page, so readers would find nothing there: the months are listed on /claims/. Link to /claims/, or to a month\'s page, as in /claims/months/2026-05/.',
      '2  This link leads to /articles/months/index.html, where the site has no page, so readers would find nothing there: the months are listed on /articles/. Link to /articles/, or to a month\'s page, as in /articles/months/2026-06/.',
    ]);
    // A month page the site published stays, as a redirect to its archive, once the month has nothing to list (docs/deploying.md).
    expect(problems(wrong, ['/claims/months/2099-01/', '/outlets/wire/months/1999-01/', '/articles/months/2026-04/', '/articles/months/2026-05/3/'])).toHaveLength(3);
    // An article without a publication date that mentions a claim may be its first report, of a date not known.
    corpus.find((f) => f.id === 'undated')!.mentions = [mention];
    expect(problems(['/claims/months/date-not-known/'])).toEqual([]);
  });

  it('accepts a link to a stories’ month page the site will make (by the story’s date, else its oldest article’s), and reports another', () => {
    // "closure" happened in May 2026; "undated" has no date, and its oldest dated article is of March 2026
    // (one added in February without a publication date is not a dated one); "empty" has neither a date nor an article.
    const story = (id: string) => ({ field: 'story', collection: 'stories' as const, id, line: 4, column: 1 });
    const corpus = [
      facts('stories', 'closure', { month: '2026-05' }),
      facts('stories', 'undated'),
      facts('stories', 'empty'),
      facts('articles', 'late', { month: '2026-04', dated: true, refs: [story('undated')] }),
      facts('articles', 'first', { month: '2026-03', dated: true, refs: [story('undated')] }),
      facts('articles', 'added-early', { month: '2026-02', dated: false, refs: [story('undated')] }),
      facts('articles', 'other-story', { month: '2026-06', dated: true, refs: [story('closure')] }),
    ];
    const problems = (urls: string[]) => {
      corpus.find((f) => f.id === 'closure')!.links = urls.map((url, i) => link(url, i + 1));
      return checkCorpus(corpus, 'content')
        .filter((p) => p.code === 'unknown-page')
        .map((p) => `${p.line}  ${p.message}`);
    };
    expect(problems(['/stories/months/2026-05/', '/stories/months/2026-03/'])).toEqual([]);
    expect(problems(['/stories/months/2026-06/', '/stories/months/2026-05/2/', '/stories/months/'])).toEqual([
      '1  This link leads to /stories/months/2026-06/, but no story is placed in 2026-06 (by its date, or by its oldest article when it has none): the site makes no page for 2026-06 there, so readers would find nothing. The nearest months with a page are 2026-03 and 2026-05: link to one of them, or to /stories/.',
      '2  This link leads to /stories/months/2026-05/2/, but the month\'s list, /stories/months/2026-05/, has at most one page, so readers would find no page there. Link to /stories/months/2026-05/ instead.',
      '3  This link leads to /stories/months/, where the site has no page, so readers would find nothing there: the months are listed on /stories/. Link to /stories/, or to a month\'s page, as in /stories/months/2026-05/.',
    ]);
  });

  it('accepts a link to the stories not dated yet only once /stories/ cuts its list, and says why otherwise', () => {
    const problems = (stories: number) => {
      const corpus = [
        facts('stories', 'closure', { links: [link('/stories/months/date-not-known/'), link('/stories/months/date-not-known/2/', 6)] }),
        ...Array.from({ length: stories - 1 }, (_, i) => facts('stories', `planned-${i}`)),
      ];
      return checkCorpus(corpus, 'content')
        .filter((p) => p.code === 'unknown-page')
        .map((p) => `${p.line}  ${p.message}`);
    };
    expect(problems(STORIES_ON_INDEX)).toEqual([
      `5  This link leads to /stories/months/date-not-known/, but every story has a date or an article, or /stories/ lists them all (at most ${STORIES_ON_INDEX}), so none is listed as not dated yet: the site makes no page for date-not-known there, so readers would find nothing. Link to /stories/ instead.`,
      `6  This link leads to /stories/months/date-not-known/2/, but every story has a date or an article, or /stories/ lists them all (at most ${STORIES_ON_INDEX}), so none is listed as not dated yet: the site makes no page for date-not-known there, so readers would find nothing. Link to /stories/ instead.`,
    ]);
    expect(problems(STORIES_ON_INDEX + 1)).toEqual([
      "6  This link leads to /stories/months/date-not-known/2/, but the month's list, /stories/months/date-not-known/, has at most one page, so readers would find no page there. Link to /stories/months/date-not-known/ instead.",
    ]);
    expect(problems(MONTH_LINES_PER_PAGE + 1)).toEqual([]);
  });

  it('reports an article, claim or story whose id or alias is months, where the month pages are', () => {
    const corpus = [
      facts('stories', 'months'),
      facts('claims', 'bridge-closed', { aliases: [{ alias: 'months', line: 6, column: 5 }] }),
      facts('articles', 'months'),
      // An outlet's months are under its own page: /outlets/months/ is no month page.
      facts('outlets', 'months'),
    ];
    expect(checkCorpus(corpus, 'content').filter((p) => p.code === 'reserved-id').map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)).toEqual([
      'content/stories/months.md:1:1  The id "months" is kept for the site\'s own pages: /stories/months/ is where the stories\' month pages are (/stories/months/2026-05/), so a story\'s page cannot be there. Rename the file to an id of its own, and update anything that refers to it.',
      'content/claims/bridge-closed.md:6:5  Alias "months" is kept for the site\'s own pages: /claims/months/ is where the claims\' month pages are (/claims/months/2026-05/), so a claim\'s page cannot be there. Remove the alias: its old address is taken by the month pages.',
      'content/articles/months.md:1:1  The id "months" is kept for the site\'s own pages: /articles/months/ is where the articles\' month pages are (/articles/months/2026-05/), so an article\'s page cannot be there. Rename the file to an id of its own, and update anything that refers to it.',
    ]);
  });

  it('gives a notice for an outlet or entity whose id or alias is letters, where the letter pages are, and publishes it', () => {
    const corpus = [
      facts('outlets', 'letters'),
      facts('entities', 'ada', { aliases: [{ alias: 'letters', line: 4, column: 5 }] }),
      // The articles', claims' and stories' indexes have no letter pages.
      facts('claims', 'letters'),
    ];
    const found = checkCorpus(corpus, 'content');
    expect(found.filter((p) => p.code === 'reserved-id')).toEqual([]);
    expect(found.filter((p) => p.code === 'letters-id').map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)).toEqual([
      'content/outlets/letters.yaml:1:1  The id "letters" names the folder of the outlets\' letter pages (/outlets/letters/t/, made once /outlets/ lists more than it shows): the outlet\'s page at /outlets/letters/ works, but readers will take it for their index. Unless its page was published, rename the file to an id of its own.',
      'content/entities/ada.yaml:4:5  Alias "letters" names the folder of the entities\' letter pages (/entities/letters/t/, made once /entities/ lists more than it shows): the entity\'s page at /entities/letters/ works, but readers will take it for their index. Keep the alias while links to the old address may be out there; the page redirects as before.',
    ]);
    expect(NOTICE_CODES.has('letters-id')).toBe(true);
  });

  it('accepts a link to a letter page of /outlets/ or /entities/ the site makes, or once published, and says what to link to otherwise', () => {
    // 102 outlets, 101 of them under T (a page and a second), one under Q; 3 entities, listed on /entities/.
    const outlets = [...Array.from({ length: 101 }, (_, i) => facts('outlets', `t-${i}`, { title: `The Times ${i}` })), facts('outlets', 'q', { title: 'Quarterly' })];
    const entities = ['Ada', 'Bea', 'Cy'].map((name) => facts('entities', name.toLowerCase(), { title: name }));
    const links = [
      '/outlets/letters/t/',
      '/outlets/letters/q/',
      '/outlets/letters/t/2/',
      '/outlets/letters/t/index.html',
      '/outlets/letters/a/',
      '/outlets/letters/q/2/',
      '/entities/letters/a/',
      '/entities/letters/cyrillic/',
      '/outlets/letters/tt/',
    ].map((url, i) => link(url, i + 1));
    const story = facts('stories', 'closure', { links });
    const problems = (published: ReadonlySet<string> = new Set()) =>
      checkCorpus([story, ...outlets, ...entities], 'content', published)
        .filter((p) => p.code === 'unknown-page')
        .map((p) => `${p.line}  ${p.message}`);
    expect(problems()).toEqual([
      '5  This link leads to /outlets/letters/a/, but the site makes no page for the letter "a" there, as no name there is listed under it. Link to /outlets/, or to the page of a letter it has (/outlets/letters/q/ and /outlets/letters/t/).',
      '6  This link leads to /outlets/letters/q/2/, but the letter\'s list, /outlets/letters/q/, has one page, so readers would find no page there. Link to /outlets/letters/q/ instead.',
      '7  This link leads to /entities/letters/a/, but the site makes no page for the letter "a" there: /entities/ lists them all on one page. Link to /entities/ instead.',
      '8  This link leads to /entities/letters/cyrillic/, but the site makes no page for the letter "cyrillic" there: /entities/ lists them all on one page. Link to /entities/ instead.',
      '9  This link leads to /outlets/letters/tt/, where the site has no page, so readers would find nothing there. A link to a page of the site starts with /, as in /claims/bridge-closed/, and is written in lowercase.',
    ]);
    // A letter page once published redirects when the build no longer makes it.
    expect(problems(new Set(['/entities/letters/a/', '/outlets/letters/q/2/'])).map((p) => p.split('  ')[0])).toEqual(['5', '8', '9']);
  });

  it('reads a relative link from the page the body is on', () => {
    // From /stories/closure/, ../report/ is /stories/report/: no such story.
    expect(unknownPages([link('../report/')]).map((p) => p.message)).toEqual([expect.stringContaining('there is no story "report"')]);
  });
});
