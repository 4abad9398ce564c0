/**
 * `npm run new` on the five seed articles (../shared/seeds): plain text with a headline line,
 * plain text without one (three of them), and Markdown with `> Source:` and `> Published:`
 * lines. Each scaffold is kept as a file snapshot (snapshots/<seed>.md), built against the real
 * corpus in content/, so the suggested stories and claims are those an editor would see: when
 * content/ changes, review the new snapshots (`vitest -u`).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, type CorpusInfo } from '../../../scripts/lib/import/corpus.ts';
import { extractSource } from '../../../scripts/lib/import/extract.ts';
import { ClaimMatcher, findPassages, lineIn, names as namesIn, sentences, telling, words } from '../../../scripts/lib/import/passages.ts';
import { detectLanguage, findOutlet, scaffold, slugFor, syndicatedFrom, unnamedSyndication } from '../../../scripts/lib/import/scaffold.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seeds = path.resolve(root, '../shared/seeds');
let corpus: CorpusInfo;

beforeAll(async () => {
  corpus = await readCorpus(root, 'content');
});

function scaffoldOf(name: string) {
  const doc = extractSource(name, readFileSync(path.join(seeds, name), 'utf8'));
  return { doc, result: scaffold(doc, corpus, { today: '2026-06-08', sourceName: name, archiveName: (slug) => `${slug}.txt` }) };
}

describe('scaffolds of the seed articles', () => {
  const names = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();

  it('finds the five seeds', () => {
    expect(names).toHaveLength(5);
  });

  it.each(names)('%s', async (name) => {
    const { result } = scaffoldOf(name);
    await expect(result.text).toMatchFileSnapshot(`snapshots/${name.replace(/\.txt$/, '.md')}`);
  });

  it('reads the headline of the text that has one, and of the Markdown one, and no other', () => {
    const headlines = names.map((n) => scaffoldOf(n).doc.headline);
    expect(headlines).toEqual([
      'Anthropic calls for a global pause on advanced AI development, citing risks of recursive self-improvement',
      undefined,
      undefined,
      undefined,
      'Anthropic (Sorta) Calls for Pause on AI Development. You Should (Sorta) Take It Seriously',
    ]);
  });

  it('reads the Markdown seed’s source line and date, and finds its outlet by the address', () => {
    const { doc, result } = scaffoldOf(names[4]!);
    expect(doc.url).toMatch(/^https:\/\/gizmodo\.com\//);
    expect(doc.published).toBe('2026-06-05T17:00:44Z');
    expect(result.text).toContain('\noutlet: gizmodo\n');
    expect(result.text).toContain('\npublished: 2026-06-05T17:00:44Z\n');
  });

  it('leaves out what only the editor can write, with a comment, and suggests the story', () => {
    for (const name of names) {
      const { result } = scaffoldOf(name);
      expect(result.text).not.toMatch(/^summary:/m);
      expect(result.text).toContain('# summary:');
      expect(result.text).toContain('# story: the story it belongs to. Likely: anthropic-global-pause-call');
      expect(result.todo.some((t) => t.startsWith('summary'))).toBe(true);
    }
  });

  it('matches the quotations of the sectioned report to the claims other outlets quote', () => {
    const { result } = scaffoldOf(names[0]!);
    const best = (text: string) => result.passages.find((p) => p.text.includes(text))?.matches[0]?.id;
    expect(best('We believe it would be good for the world')).toBe('good-for-world-to-be-able-to-pause');
    expect(best('far easier to conceal than missile silos')).toBe('training-runs-easier-to-conceal-than-silos');
    expect(best('filed for its initial public offering')).toBe('anthropic-filed-for-ipo-on-monday');
  });

  it('finds, for each seed imported again with its record taken out of the corpus, its story and at least 40% of the claims its record marks, on words that tell its subject apart', async () => {
    const records = readdirSync(path.join(root, 'content/articles')).map((file) => ({ file, text: readFileSync(path.join(root, 'content/articles', file), 'utf8') }));
    for (const name of names) {
      const own = records.find((r) => r.text.includes(`\narchive: ${name}\n`))!;
      const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-seed-'));
      try {
        cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
        rmSync(path.join(dir, 'content/articles', own.file));
        const without = await readCorpus(root, path.join(dir, 'content'));
        const marked = new Set([...own.text.matchAll(/\{#([a-z0-9-]+)/g)].map((m) => m[1]!).filter((id) => without.claims.some((c) => c.id === id)));
        const doc = extractSource(name, readFileSync(path.join(seeds, name), 'utf8'));
        const result = scaffold(doc, without, { today: '2026-06-08', sourceName: name, archiveName: (slug) => `${slug}.txt` });
        expect(result.text, name).toMatch(/\n# story: the story it belongs to\. Likely: anthropic-global-pause-call \(\d+ matching claims\)/);
        const suggested = new Set(result.passages.flatMap((p) => p.matches.map((m) => m.id)));
        expect([...marked].filter((id) => suggested.has(id)).length / marked.size, name).toBeGreaterThanOrEqual(0.4);
        for (const p of result.passages) {
          for (const m of p.matches) expect(m.words.some((w) => telling(w) || namesIn(p.text).has(w)), `${name}: ${m.id} on ${m.words.join(', ')}`).toBe(true);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('gives a match below 50% with the words it rests on, for the editor to judge, and a closer one without', () => {
    const lines = scaffoldOf(names[0]!).result.text.split('\n').filter((l) => l.startsWith('      may match: '));
    const matches = lines.flatMap((l) => l.slice('      may match: '.length).split(/, (?=[a-z0-9-]+ \()/));
    expect(matches.filter((m) => /\((?:[0-4]?\d)%/.test(m)).length).toBeGreaterThan(0);
    for (const m of matches) {
      if (/\((?:[0-4]?\d)%/.test(m)) expect(m).toMatch(/^[a-z0-9-]+ \(\d+%, on the words [a-z0-9]+(?:, [a-z0-9]+){0,2}\)$/);
      else expect(m).toMatch(/^[a-z0-9-]+ \(\d+%\)$/);
    }
  });

  it('lists the aggregate as one, by its numbered citations', () => {
    expect(scaffoldOf(names[2]!).result.text).toContain('\nkind: aggregate  #');
  });
});

describe('an article about another subject', () => {
  const unrelated = path.join(import.meta.dirname, 'fixtures/unrelated');
  it.each(readdirSync(unrelated).sort())('(%s) is given no story and no claim of the corpus, which it shares only common words with ("report", "call", "published")', (name) => {
    const doc = extractSource(name, readFileSync(path.join(unrelated, name), 'utf8'));
    const result = scaffold(doc, corpus, { today: '2026-06-08', sourceName: name, archiveName: (slug) => `${slug}.txt` });
    expect(result.passages.length).toBeGreaterThan(3);
    expect(result.passages.flatMap((p) => p.matches.map((m) => `${p.text} → ${m.id}`))).toEqual([]);
    expect(result.text).toContain('\n# story: the story it belongs to (a story id from content/stories/, or a new story).\n');
  });

  it('is given a story only possibly, with the words it rests on, when few claims point there', () => {
    const doc = extractSource('n.txt', 'Nuclear talks resume\n\nNuclear powers are rebuilding their arsenals, the institute said in its yearly report on Monday.\n\nThe talks resume in Geneva next week.\n');
    const result = scaffold(doc, corpus, { today: '2026-06-08', sourceName: 'n.txt', archiveName: (slug) => `${slug}.txt` });
    expect(result.passages[0]!.matches.map((m) => m.id)).toEqual(['nuclear-powers-rebuilding-arsenals']);
    expect(result.text).toContain(
      '\n# story: the story it belongs to. Possibly: anthropic-global-pause-call (1 matching claim, on the words arsenal, nuclear). Few of its words point there: check that it is the same subject, or start a new story.\n',
    );
    expect(result.todo).toContain('story: possibly anthropic-global-pause-call (few words point there), or a new one');
  });
});

describe('the kind', () => {
  const kindOf = (doc: Partial<Parameters<typeof scaffold>[0]>) =>
    /\nkind: (\S+)/.exec(scaffold({ format: 'text', text: 'The council closed the bridge.', ...doc }, corpus, { today: '2026-06-08', sourceName: 'a.txt', archiveName: (slug) => `${slug}.txt` }).text)?.[1];
  it.each([
    ['Opinion', 'opinion'],
    ['Comment', 'opinion'],
    ['Analysis', 'analysis'],
    ['Kommentar', 'opinion'],
    ['Tribune', 'opinion'],
    ['Analyse', 'analysis'],
    ['Press release', 'press-release'],
    ['Technology', 'report'],
    [undefined, 'report'],
  ])('is guessed from the section %j as %s', (section, kind) => {
    expect(kindOf(section === undefined ? {} : { section })).toBe(kind);
  });
  it.each([
    ['Opinion', 'opinion'],
    ['Op-Ed', 'opinion'],
    ['Editorial', 'opinion'],
    ['Analysis', 'analysis'],
    ['Press release', 'press-release'],
  ])('is read from a bare %j line under the byline as %s', (label, kind) => {
    const doc = extractSource('o.txt', `Why the council is wrong\n\nBy Jane Roe\n\n${label}\n\nThe council closed the bridge, the mayor said.\n`);
    expect(/\nkind: (\S+)/.exec(scaffold(doc, corpus, { today: '2026-06-08', sourceName: 'o.txt', archiveName: (slug) => `${slug}.txt` }).text)?.[1]).toBe(kind);
  });
  it('is never read from the word in a sentence', () => {
    const doc = extractSource('o.txt', 'Why the council is wrong\n\nBy Jane Roe\n\nThe opinion of the council, in an analysis of the figures, was that the bridge must close.\n');
    expect(/\nkind: (\S+)/.exec(scaffold(doc, corpus, { today: '2026-06-08', sourceName: 'o.txt', archiveName: (slug) => `${slug}.txt` }).text)?.[1]).toBe('report');
  });
});

describe('the first comment', () => {
  it('names the source file as it is named, with spaces and accents, and never lets a line break in the name end the comment', () => {
    const text = (sourceName: string) => scaffold({ format: 'text', headline: 'Bridge shut', text: 'The bridge is shut.' }, corpus, { today: '2026-06-08', sourceName, archiveName: (slug) => `${slug}.txt` }).text;
    expect(text('Notes — Café pause (draft) 2.txt').split('\n')[1]).toBe('# Scaffolded by `npm run new` from Notes — Café pause (draft) 2.txt on 2026-06-08. A field left out below is for');
    const evil = text('evil\nheadline: injected\r.txt');
    expect(evil.split('\n')[1]).toBe('# Scaffolded by `npm run new` from evil\\u000aheadline: injected\\u000d.txt on 2026-06-08. A field left out below is for');
    expect(evil.match(/^headline:/gm)).toHaveLength(1);
  });
});

describe('the id', () => {
  const options = { today: '2026-06-08', sourceName: 'a.txt', archiveName: (slug: string) => `${slug}.txt` };
  it('of an article that spells none, and says neither who published it nor when, is untitled-article, and the editor is asked for one', () => {
    const result = scaffold({ format: 'text', headline: 'أنثروبيك تدعو إلى وقف عالمي', text: 'قالت الشركة يوم الخميس.' }, corpus, options);
    expect(result.slug).toBe('untitled-article');
    expect(result.todo).toContain('its id: nothing in the source spells one in Latin letters, so it is untitled-article; import it again with --slug (its address on the site, in a few English words)');
  });

  it('of one that spells none is made of its outlet and the day it was published, as far as the source says them', () => {
    const zh = { format: 'html' as const, headline: '人工智能公司呼吁全球暂停前沿开发', text: '该公司周四表示，“我们认为这对世界有好处”。' };
    const gizmodo = scaffold({ ...zh, siteName: 'Gizmodo', published: '2026-06-06T08:00:00Z' }, corpus, options);
    expect(gizmodo.slug).toBe('gizmodo-2026-06-06');
    expect(gizmodo.todo).toContain('its id: nothing in the source spells one in Latin letters, so it is gizmodo-2026-06-06, made of the outlet and the day it was published; import it again with --slug (its address on the site, in a few English words)');
    // An outlet the corpus does not have yet is named as the scaffold names its new record; an --outlet given, by its id.
    expect(scaffold({ ...zh, url: 'https://www.zaobao.com.sg/news/china/story20260606-1234567' }, corpus, options).slug).toBe('zaobao-com-article');
    expect(scaffold({ ...zh, published: '2026-06-06' }, corpus, { ...options, outlet: 'gizmodo' }).slug).toBe('gizmodo-2026-06-06');
    expect(scaffold({ ...zh, published: '2026-06-06' }, corpus, options).slug).toBe('article-2026-06-06');
    // Taken, it gets a number, as every made id does.
    expect(scaffold({ ...zh, siteName: 'Gizmodo', published: '2026-06-06' }, { ...corpus, articles: [...corpus.articles, { slug: 'gizmodo-2026-06-06' }] }, options).slug).toBe('gizmodo-2026-06-06-2');
  });

  it('of a Russian or Greek headline spells it in Latin letters, and says so', () => {
    const result = scaffold({ format: 'text', headline: 'Антропик призывает к паузе', text: 'Компания Anthropic призвала к паузе.' }, corpus, options);
    expect(result.slug).toBe('antropik-prizyvaet-k-pauze');
    expect(result.todo).toContain('its id: antropik-prizyvaet-k-pauze spells the Cyrillic headline in Latin letters; import it again with --slug to give it English words instead');
    expect(scaffold({ format: 'text', headline: 'Η Anthropic ζητά παύση', text: 'Η εταιρεία ζήτησε παύση.' }, corpus, options).slug).toBe('i-anthropic-zita-pafsi');
  });
});

describe('the publication date', () => {
  const scaffoldOf = (text: string, today = '2026-06-20') => scaffold(extractSource('d.txt', text), corpus, { today, sourceName: 'd.txt', archiveName: (slug) => `${slug}.txt` });
  const dateline = 'WASHINGTON, June 12 (Reuters) - Senators asked for answers.\n';

  it('of a dateline without a year is filled with the year of the text, marked for the editor to check', () => {
    const result = scaffoldOf(`${dateline}\nThe letter follows the call of June 4, 2026.\n`);
    expect(result.text).toContain('\npublished: 2026-06-12  # the dateline gives "June 12" without a year; the year is that of "June 4, 2026" in the text: check it\n');
    expect(result.filled).toContain('published (the year from the text: check it)');
    expect(result.todo.some((t) => t.startsWith('published: check the year'))).toBe(true);
  });

  it('of a dateline without a year, and none in the text, is left for the editor with the likely date', () => {
    const result = scaffoldOf(dateline);
    expect(result.text).not.toMatch(/^published:/m);
    expect(result.text).toContain('\n# published: the dateline gives "June 12" but no year, nor does the text. If it is 2026, write: published: 2026-06-12\n');
    expect(scaffoldOf(dateline, '2027-01-03').text).toContain('If it is 2026, write: published: 2026-06-12\n');
    expect(scaffoldOf(dateline, '2026-06-01').text).toContain('If it is 2025, write: published: 2025-06-12\n');
    expect(result.todo).toContain('published: the dateline gives "June 12" without a year; write the date if the year is known (2026-06-12?)');
  });

  it('given after words the import does not read ("Опубликовано:"), is the earliest of such lines, as an update comes later, marked for the editor to check', () => {
    const body = '\nКомпания Anthropic в понедельник призвала к скоординированной паузе в разработке передовых систем ИИ.\n\nВторой абзац следует.\n';
    const result = scaffoldOf(`Антропик призывает к глобальной паузе\nОбновлено: 8 декабря 2026, 10:15\nОпубликовано: 7 декабря 2026\n${body}`, '2026-12-09');
    expect(result.text).toContain('\npublished: 2026-12-07  # read from the line "Опубликовано: 7 декабря 2026", the earliest of 2 such lines: check it\n');
    expect(result.filled).toContain('published (from a line whose words before the date are not read: check it)');
    expect(result.text).not.toContain('Обновлено');
    // A date the source gives as it is read comes first.
    expect(scaffoldOf(`Pause call\nPublished: 5 December 2026\nJulkaistu: 7.12.2026\n${body}`, '2026-12-09').text).toContain('\npublished: 2026-12-05\n');
  });

  it('given only in the headline, as an issue or a transcript is titled, is read, marked for the editor to check', () => {
    const body = '\nThe council said on Monday that the bridge stays closed for repairs until further notice.\n\nA second paragraph follows.\n';
    const result = scaffoldOf(`The Briefing: Tuesday 9 June 2026\n${body}`);
    expect(result.text).toContain('\npublished: 2026-06-09  # the headline gives "9 June 2026": check it\n');
    expect(result.text).not.toContain('the source gives no date');
    expect(result.filled).toContain('published (the date in the headline: check it)');
    expect(result.todo).toContain('published: check the date (the headline gives "9 June 2026")');
    expect(scaffoldOf(`TRANSCRIPT: Interview with Marina Favaro, 7 June 2026\n${body}`).text).toContain('\npublished: 2026-06-07  # the headline gives "7 June 2026": check it\n');
    expect(scaffoldOf(`Weekly digest | June 9, 2026\n${body}`).text).toContain('\npublished: 2026-06-09  # the headline gives "June 9, 2026": check it\n');
    // A date the headline's words lead to is what the story is about: never taken for its publication.
    for (const headline of ['Vote set for 4 July 2026', 'Council: the bridge reopens on 9 June 2026', 'The Briefing: 9 June 2026 and what comes next']) {
      const text = scaffoldOf(`${headline}\n${body}`).text;
      expect(text).not.toMatch(/^published:/m);
      expect(text).toContain('\n# published: the source gives no date.');
    }
    // A date the source gives otherwise comes first.
    expect(scaffoldOf(`The Briefing: Tuesday 9 June 2026\nPublished: 8 June 2026\n${body}`).text).toContain('\npublished: 2026-06-08\n');
  });

  it('of a live blog is its earliest time, marked for the editor to check', () => {
    const entry = (time: string) => `<div><time datetime="2026-06-04T${time}:00Z">${time}</time><p>At ${time} another company answered the call.</p></div>`;
    const html = `<html><body><main><h1>AI pause: live reaction</h1>${['18:45', '15:10', '11:02'].map(entry).join('')}</main></body></html>`;
    const result = scaffold(extractSource('live.html', html), corpus, { today: '2026-06-20', sourceName: 'live.html', archiveName: (slug) => `${slug}.txt` });
    expect(result.text).toContain('\npublished: 2026-06-04T11:02:00Z  # the page gives no date in its metadata and has 3 times, as a live blog has; this is the earliest: check it\n');
    expect(result.filled).toContain('published (the earliest time on the page: check it)');
    expect(result.todo).toContain('published: check the date (the page gives no date in its metadata and has 3 times, as a live blog has; this is the earliest)');
  });

  it('given only relative to the saving ("Posted 3 days ago") is left for the editor, with what the source says', () => {
    const result = scaffoldOf('Council closes the harbour bridge\nPosted 3 days ago\nThe council said on Tuesday that the bridge would stay shut.\n');
    expect(result.text).not.toMatch(/^published:/m);
    expect(result.text).toContain('\n# published: the source gives only "Posted 3 days ago", relative to when it was saved: no date. Write the date it stands for if it is known for certain.\n');
    expect(result.todo).toContain('published: the source says only "Posted 3 days ago"; write the date it stands for (from when the page was saved), or leave it out');
  });

  it('given only as an update ("Updated 4 June") is left for the editor, who is told it is not the publication date', () => {
    for (const line of ['Updated 4 June', 'Jane Roe | Updated 4 June']) {
      const result = scaffoldOf(`Council closes the harbour bridge\n${line}\nThe council said on Tuesday that the bridge would stay shut.\n`);
      expect(result.text, line).not.toMatch(/^published:/m);
      expect(result.text, line).toContain('\n# published: the source gives only the date it was updated, "Updated 4 June", not the date it was published. Write the publication date if it is known for certain; never the update\'s.\n');
      expect(result.todo, line).toContain('published: the source says only "Updated 4 June", an update, not the publication; write the date it was published if it is known, or leave it out');
    }
  });

  it('is never a day after the import, whatever year the text gives', () => {
    const result = scaffoldOf(`${dateline}\nThe hearing is set for March 3, 2027.\n`);
    expect(result.text).not.toMatch(/^published:/m);
    expect(result.text).toContain('# published: the dateline gives "June 12" without a year; the year is that of "March 3, 2027" in the text, which would be after today.');
  });
});

describe('the byline and date of a line of fields', () => {
  const scaffoldOf = (line: string) =>
    scaffold(extractSource('f.txt', `AI pause call draws mixed response\n${line}\nAnthropic said on Thursday that a pause must be global.\n`), corpus, {
      today: '2026-06-20',
      sourceName: 'f.txt',
      archiveName: (slug) => `${slug}.txt`,
    });

  it('marks a byline read from a name without "By" for the editor to check, and proposes no outlet of that name', () => {
    const result = scaffoldOf('Jane Roe | June 3, 2026');
    expect(result.text).toContain('\nbyline: "Jane Roe"  # read from the line "Jane Roe | June 3, 2026", which does not say "By": check that it is the author, not the publisher\n');
    expect(result.text).not.toContain('jane-roe.yaml');
    expect(result.todo).toContain('byline: check that Jane Roe is the author, not the publisher');
  });

  it('asks for a date written in numbers in an order the source does not say', () => {
    const result = scaffoldOf('By Jane Roe | 03/06/2026');
    expect(result.text).not.toMatch(/^published:/m);
    expect(result.text).toContain('\n# published: the source writes "03/06/2026", which is a day and a month in an order it does not say. Write the date if you know which it is.\n');
    expect(result.todo).toContain('published: "03/06/2026" may be day/month or month/day; write the date if you know which');
  });
});

describe('a page whose metadata disagrees with what it shows', () => {
  const page = (ld: string, shown: string) =>
    `<html lang="en"><head><title>Pause plan faces pushback - The Meridian</title><script type="application/ld+json">{"@type":"NewsArticle",${ld}"publisher":{"@type":"Organization","name":"The Meridian"}}</script></head><body><article><h1>Pause plan faces pushback</h1>${shown}<p>Anthropic's call for a global pause drew pushback on Friday from White House officials.</p></article></body></html>`;
  const options = { today: '2026-06-20', sourceName: 'p.html', archiveName: (slug: string) => `${slug}.txt` };
  it('keeps the metadata\'s date and the byline the page shows, each marked for the editor to check', () => {
    const doc = extractSource('p.html', page('"datePublished":"2026-05-01T08:00:00Z","author":{"@type":"Person","name":"Wrong Person"},', '<p class="byline">By Jane Roe</p><time datetime="2026-06-06T10:00:00Z">6 June 2026</time>'));
    expect(doc).toMatchObject({ published: '2026-05-01T08:00:00Z', byline: 'Jane Roe' });
    const result = scaffold(doc, corpus, options);
    expect(result.text).toContain('\npublished: 2026-05-01T08:00:00Z  # the page\'s metadata gives 2026-05-01, but the date it shows is 2026-06-06: check it\n');
    expect(result.filled).toContain('published (the metadata\'s, not the date the page shows: check it)');
    expect(result.text).toContain('\nbyline: "Jane Roe"  # the page shows "Jane Roe", but its metadata names "Wrong Person": check which is the author\n');
    expect(result.todo).toContain('byline: check whether Jane Roe, whom the page shows, or the one its metadata names is the author (the page shows "Jane Roe", but its metadata names "Wrong Person")');
  });
  it('keeps, of the two days its tags and its JSON-LD give, the one it shows, else its tags\', each marked for the editor to check', () => {
    const twice = (shown: string) =>
      page('"datePublished":"2026-06-10T07:00:00+01:00",', shown).replace('<title>', '<meta property="article:published_time" content="2026-06-09T07:00:00+01:00"><title>');
    const doc = extractSource('p.html', twice('<time datetime="2026-06-10T07:00:00+01:00">10 June 2026</time>'));
    expect(doc).toMatchObject({ published: '2026-06-10T07:00:00+01:00', publishedNote: 'the page\'s metadata gives two dates, 2026-06-09 and 2026-06-10, and the page shows this one' });
    const result = scaffold(doc, corpus, options);
    expect(result.text).toContain('\npublished: 2026-06-10T07:00:00+01:00  # the page\'s metadata gives two dates, 2026-06-09 and 2026-06-10, and the page shows this one: check it\n');
    expect(result.filled).toContain('published (one of the two dates its metadata gives: check it)');
    expect(extractSource('p.html', twice(''))).toMatchObject({ published: '2026-06-09T07:00:00+01:00', publishedNote: 'the page\'s metadata gives two dates, 2026-06-09 and 2026-06-10' });
    // A tag that is no date gives way to the JSON-LD's.
    expect(extractSource('p.html', twice('').replace('content="2026-06-09T07:00:00+01:00"', 'content="soon"'))).toMatchObject({ published: '2026-06-10T07:00:00+01:00' });
  });
  it('says nothing when they agree: the same day in another time zone, the same writers', () => {
    const doc = extractSource('p.html', page('"datePublished":"2026-06-05T23:30:00-04:00","author":[{"@type":"Person","name":"Jane Roe"}],', '<p class="byline">By Jane Roe and Li Wei</p><time datetime="2026-06-06T03:30:00Z">6 June 2026</time>'));
    expect(doc).toMatchObject({ published: '2026-06-05T23:30:00-04:00', byline: 'Jane Roe' });
    expect(doc).not.toHaveProperty('publishedNote');
    expect(doc).not.toHaveProperty('bylineNote');
  });
});

describe('a home or section page', () => {
  it('tells the editor that the text is that of several articles, and to import the article\'s own page', () => {
    const story = (n: number) => `<article><h2>Story ${n} about the harbour</h2><p>Story ${n}: the council closed the harbour bridge on Tuesday for repairs, officials said.</p></article>`;
    const doc = extractSource('s.html', `<html lang="en"><head><title>Politics</title></head><body><main>${[1, 2, 3].map(story).join('')}</main></body></html>`);
    const result = scaffold(doc, corpus, { today: '2026-06-20', sourceName: 's.html', archiveName: (slug) => `${slug}.txt` });
    expect(result.todo).toContain("the file: the page shows 3 articles side by side (a home or section page), and the text, the archive, the headline and the date are the page's: import the article's own page instead");
  });
});

describe('a newsletter of several stories', () => {
  const options = { today: '2026-06-20', sourceName: 'n.txt', archiveName: (slug: string) => `${slug}.txt` };
  const letter = (items: string) => `The Briefing: Tuesday 9 June 2026\n\nGood morning. Here is what you need to know today.\n\n${items}\n\nThat's all for today.\n`;
  it('tells the editor that the text is that of several stories, numbered, each to be recorded on its own', () => {
    const doc = extractSource('n.txt', letter('1. Anthropic calls for a pause\nAnthropic said on Thursday that a global pause is needed.\n\n2. Bridge closes in Northfield\nThe harbour bridge will stay closed until March, the council said.\n\n3. Markets\nStocks rose 2 percent on Monday, traders said.\n\n4. **Weather**\nRain is expected all week.'));
    expect(doc.stories).toEqual(['Anthropic calls for a pause', 'Bridge closes in Northfield', 'Markets', 'Weather']);
    expect(scaffold(doc, corpus, options).todo).toContain(
      'the file: its text holds 4 stories one after the other, as a newsletter does (“1. Anthropic calls for a pause”, “2. Bridge closes in Northfield”, “3. Markets”, …), and the headline and the checklist are all of theirs: record each story you need as an article of its own (its text in a file of its own, imported on its own)',
    );
  });
  it('says nothing of an article\'s numbered list: items that are sentences, or without a paragraph under each, or fewer than three', () => {
    for (const items of [
      '1. The pause must be global.\nOfficials agreed.\n\n2. It must be verifiable.\nOfficials agreed.\n\n3. It must be enforced.\nOfficials agreed.',
      'The plan has three parts:\n\n1. A global pause\n2. A verification regime\n3. Penalties for cheats\n\nOfficials agreed.',
      '1. Anthropic calls for a pause\nAnthropic said on Thursday that a global pause is needed.\n\n2. Bridge closes in Northfield\nThe harbour bridge will stay closed until March, the council said.',
      '2. Anthropic calls for a pause\nAnthropic said so.\n\n3. Bridge closes\nThe council said so.\n\n4. Markets\nTraders said so.',
    ]) {
      expect(extractSource('n.txt', letter(items)), items).not.toHaveProperty('stories');
    }
  });
});

describe('a feed', () => {
  it('of several articles is scaffolded as its first, and the editor told to import the others from their pages', () => {
    const item = (n: number) => `<item><title>Story number ${n} of the day</title><link>https://example.org/${n}</link><description>Text ${n} of the story.</description></item>`;
    const doc = extractSource('feed.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>${item(1)}${item(2)}</channel></rss>`);
    const result = scaffold(doc, corpus, { today: '2026-06-20', sourceName: 'feed.xml', archiveName: (slug) => `${slug}.txt` });
    expect(result.text).toContain('\nheadline: "Story number 1 of the day"\n');
    expect(result.todo).toContain("the file is a feed of 2 articles, and this record is its first's: import each of the others from its own page");
  });
});

describe('the outlet of a post on a platform', () => {
  it('is the writer or the publication, never Medium, and not one found by the platform\'s address', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/medium-post.html'), 'utf8');
    const outlets = [...corpus.outlets, { id: 'medium-staff-blog', name: 'Medium Staff', url: 'https://medium.com/', unidentified: false }];
    const result = scaffold(extractSource('medium-post.html', page), { ...corpus, outlets }, { today: '2026-06-20', sourceName: 'medium-post.html', archiveName: (slug) => `${slug}.txt` });
    expect(result.text).not.toMatch(/^outlet:/m);
    expect(result.text).toContain(
      '\n# outlet: it is published on Medium, where anyone publishes: the outlet is the writer (Jane Doe) or the publication the post is in, not Medium. Create content/outlets/jane-doe.yaml (name, url) and write `outlet: jane-doe`.\n',
    );
    expect(result.todo).toContain('outlet: the post is on Medium; create an outlet for its writer or its publication, not for Medium');
  });
});

describe('a new outlet', () => {
  it('is proposed with an id in Latin letters, also for a name in Cyrillic or Greek ones', () => {
    const text = 'Коммерсантъ\nАнтропик призывает к глобальной паузе в разработке ИИ\n7 декабря 2026 г.\nКомпания Anthropic в понедельник призвала к скоординированной паузе в разработке передовых систем ИИ.\n';
    const result = scaffold(extractSource('ru.txt', text), corpus, { today: '2026-12-08', sourceName: 'ru.txt', archiveName: (slug) => `${slug}.txt` });
    expect(result.text).toContain('\n# outlet: no outlet in the corpus has the name "Коммерсантъ". Create content/outlets/kommersant.yaml (name, url) and write `outlet: kommersant`.\n');
    expect(result.text).toContain('\npublished: 2026-12-07\n');
    // A name in a script no table of letters spells (Hebrew): the id is the address's.
    const page =
      '<html lang="he" dir="rtl"><head><title>אנתרופיק קוראת להשהיה עולמית בפיתוח בינה מלאכותית</title><meta property="og:site_name" content="הארץ הדיגיטלי"><meta property="og:url" content="https://digital.example.co.il/tech/2026/06/anthropic-pause"></head>' +
      '<body><article><h1>אנתרופיק קוראת להשהיה עולמית בפיתוח בינה מלאכותית</h1><p class="author">מאת דנה לוי</p><p>חברת אנתרופיק קראה ביום חמישי להשהיה מתואמת בפיתוח מערכות בינה מלאכותית מתקדמות.</p><p>"אנחנו מאמינים שזה יהיה טוב לעולם להיות מסוגל לעצור", אמר מנכ"ל החברה.</p></article></body></html>';
    const doc = extractSource('he.html', page);
    // The byline without the word "by" it starts with ("מאת").
    expect(doc).toMatchObject({ byline: 'דנה לוי', language: 'he', siteName: 'הארץ הדיגיטלי' });
    const hebrew = scaffold(doc, corpus, { today: '2026-12-08', sourceName: 'he.html', archiveName: (slug) => `${slug}.txt` });
    expect(hebrew.text).toContain('Create content/outlets/digital-example-co.yaml (name, url) and write `outlet: digital-example-co`.');
  });
});

describe('a syndicated copy', () => {
  it.each([
    ['Body.\n\nThis article first appeared in the Valley Courier.', 'the Valley Courier'],
    ['This article is republished from The Conversation under a Creative Commons license. Read the original article.', 'The Conversation'],
    ['*This story was originally published by ProPublica.*', 'ProPublica'],
    ['Reprinted with permission from the Harbour Gazette.', 'the Harbour Gazette'],
    ['Originally published at The Atlantic on June 3, 2026.', 'The Atlantic'],
    ['(This article originally appeared in Le Monde.)', 'Le Monde'],
    ['This article was originally published by Valley Courier and is republished with permission.', 'Valley Courier'],
    // When it ran, between the verb and the publication.
    ['This story first ran on Monday in the Gazette.', 'the Gazette'],
    ['This article was originally published on June 3, 2026 by The Markup.', 'The Markup'],
    ['Originally published yesterday in the Harbour Gazette.', 'the Harbour Gazette'],
    // The site's own feed footer, and sentences of the article, name no original.
    ['The post Council votes appeared first on Valley Courier.', undefined],
    ['The minister first appeared in public on Monday.', undefined],
    ['It first ran on Tuesday in print.', undefined],
    ['He said the plan first appeared in The Times.', undefined],
  ])('reads the publication %j names as its original', (text, name) => {
    expect(syndicatedFrom(text)).toBe(name);
  });

  const options = { today: '2026-06-20', sourceName: 'copy.txt', archiveName: (slug: string) => `${slug}.txt` };
  const copy = 'Council delays the bridge vote\nThe council delayed its vote on the bridge by a week, its clerk said.\n\nThis article first appeared in the Valley Courier.\n';
  const withCourier = () => [...corpus.outlets, { id: 'valley-courier', name: 'Valley Courier', unidentified: false }];
  it('names the article it copies in via, when the outlet it names has one of the same headline', () => {
    const articles = [...corpus.articles, { slug: 'council-delays-bridge-vote', headline: 'Council Delays the Bridge Vote', outlet: 'valley-courier' }, { slug: 'other', headline: 'Council delays the bridge vote', outlet: 'elsewhere' }];
    const result = scaffold(extractSource('copy.txt', copy), { ...corpus, outlets: withCourier(), articles }, options);
    expect(result.text).toContain('\nvia: council-delays-bridge-vote  # the text says it first appeared in the Valley Courier, whose article of the same headline this is: check it\n');
    expect(result.todo).toContain('via: check that council-delays-bridge-vote is the article this text copies');
  });
  it('says where it first appeared, for the editor to name the record, when no article of that outlet has its headline', () => {
    const result = scaffold(extractSource('copy.txt', copy), { ...corpus, outlets: withCourier() }, options);
    expect(result.text).not.toMatch(/^via:/m);
    expect(result.text).toContain('\n# via: the text says it first appeared in Valley Courier (outlet valley-courier). If we record that article, write via: <its id>, so that the two count as one source; if not, leave via out.\n');
    expect(scaffold(extractSource('copy.txt', copy), corpus, options).text).toContain('\n# via: the text says it first appeared in the Valley Courier, which is no outlet in the corpus. If we record');
    expect(scaffold(extractSource('copy.txt', copy.replace(/This article.*\n/, '')), corpus, options).text).not.toContain('via');
  });
  it('names the publisher whose article an aggregator\'s page shows (Yahoo News, MSN), from its JSON-LD or the name over the story', () => {
    const page = (head: string, shown: string, url = 'https://news.yahoo.com/council-delays-bridge-vote-120000123.html') =>
      `<html lang="en"><head><title>Council delays the bridge vote</title><meta property="og:url" content="${url}">${head}</head><body><article>${shown}<h1>Council delays the bridge vote</h1><p>The council delayed its vote on the bridge by a week, its clerk said on Monday.</p></article></body></html>`;
    const site = '<meta property="og:site_name" content="Yahoo News">';
    const shown = page(site, '<div class="caas-attr-provider"><span class="provider-name">Valley Courier</span></div>');
    const doc = extractSource('y.html', shown);
    expect(doc).toMatchObject({ siteName: 'Yahoo News', provider: 'Valley Courier' });
    expect(doc.text).toBe('The council delayed its vote on the bridge by a week, its clerk said on Monday.');
    const ld = page('<script type="application/ld+json">{"@type":"NewsArticle","provider":{"@type":"Organization","name":"Valley Courier"}}</script>', '', 'https://www.msn.com/en-gb/news/council-delays/ar-AA1x');
    expect(extractSource('m.html', ld)).toMatchObject({ provider: 'Valley Courier' });
    const articles = [...corpus.articles, { slug: 'council-delays-bridge-vote', headline: 'Council delays the bridge vote', outlet: 'valley-courier' }];
    const result = scaffold(doc, { ...corpus, outlets: withCourier(), articles }, options);
    expect(result.text).toContain('\nvia: council-delays-bridge-vote  # the page shows it as an article of Valley Courier, on Yahoo News, whose article of the same headline this is: check it\n');
    expect(scaffold(doc, corpus, options).text).toContain('\n# via: the page shows it as an article of Valley Courier, which is no outlet in the corpus, on Yahoo News. If we record that article');
    // A publisher's own page names no provider, whatever its classes.
    const own = extractSource('o.html', page('<meta property="og:site_name" content="Valley Courier">', '<div class="provider-name">Valley Courier</div>', 'https://valleycourier.example/bridge'));
    expect(own).not.toHaveProperty('provider');
  });
  it.each([
    ['This article was originally published by our partner newsroom and is republished with permission.', true],
    ['This story first ran on Monday.', true],
    ['Republished under a Creative Commons licence.', true],
    ['(This piece was first syndicated by our partners.)', true],
    // A line that names the publication is read as above; sentences of the article are none.
    ['This article first appeared in the Valley Courier.', false],
    ['The minister first appeared in public on Monday.', false],
    ['It first ran on Tuesday in print.', false],
    // The outlet's own print edition is no other article.
    ['This piece was first published in print.', false],
    ['This article first appeared in our Sunday edition.', false],
    ['The post Council votes appeared first on Valley Courier.', false],
  ])('tells the editor that %j says it is a copy of an article it does not name', (line, told) => {
    expect(unnamedSyndication(`Body.\n\n${line}`)).toBe(told ? line.replace(/^\(|\)$/g, '') : undefined);
    const result = scaffold(extractSource('copy.txt', copy.replace(/This article.*\n/, `${line}\n`)), corpus, options);
    expect(result.text.includes('\n# via: the text says it is a copy ("'), line).toBe(told);
    if (told) {
      expect(result.text).toContain(`# via: the text says it is a copy ("${line.replace(/^\(|\)$/g, '')}") but not of whose article. Find the original: if we record it, write via: <its id>, so that the two count as one source.\n`);
      expect(result.todo).toContain('via: the text says it is a copy of an article published elsewhere, without naming it; find the original and name its record, if we have one');
    }
  });
});

describe('the list of what is left to write', () => {
  it('counts one passage as one', () => {
    const result = scaffold(extractSource('one.txt', 'Lawmakers weigh the pause proposal\nAbout 40 per cent of voters back a pause, a poll found.\n'), corpus, { today: '2026-06-20', sourceName: 'one.txt', archiveName: (slug) => `${slug}.txt` });
    expect(result.passages).toHaveLength(1);
    expect(result.todo).toContain('the record: an account in our words and the passages with their claims (1 passage listed)');
  });
});

describe('a page behind a paywall', () => {
  it('tells the editor that the archive may stop where the page did', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/paywalled-page.html'), 'utf8');
    const result = scaffold(extractSource('paywalled-page.html', page), corpus, { today: '2026-06-20', sourceName: 'paywalled-page.html', archiveName: (slug) => `${slug}.txt` });
    expect(result.todo).toContain(
      'the text: the page shows a paywall ("Subscribe to continue reading"); if the article goes on past it, the archive has only what the page showed: import the page saved while signed in',
    );
  });
  it('tells the editor so too when the page shows none but its metadata marks a part for subscribers that the saved page does not have', () => {
    const page = (paid: string) =>
      `<html lang="en"><head><title>Inside the pause talks</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Inside the pause talks","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paid-content"}}</script></head>` +
      `<body><article><h1>Inside the pause talks</h1><div class="free"><p>Negotiators from six governments met in Geneva last week to discuss how a pause on frontier AI might be monitored, three people said.</p></div>${paid}</article></body></html>`;
    const todo = (paid: string) => scaffold(extractSource('p.html', page(paid)), corpus, { today: '2026-06-20', sourceName: 'p.html', archiveName: (slug) => `${slug}.txt` }).todo;
    expect(todo('')).toContain('the text: its metadata marks a part for subscribers, which the saved page does not have; if the article goes on past it, the archive has only what the page showed: import the page saved while signed in');
    // Saved by a subscriber, with the part: nothing to say.
    expect(todo('<div class="paid-content"><p>The officials discussed a register of training runs above a threshold of compute, the people said.</p></div>').some((t) => t.startsWith('the text:'))).toBe(false);
  });
});

describe('a day without a year', () => {
  it('says where the source gives it: a dateline, or a line of its metadata', () => {
    const options = { today: '2026-06-20', sourceName: 'a.txt', archiveName: (slug: string) => `${slug}.txt` };
    const line = scaffold({ format: 'text', headline: 'Pause plan divides experts', text: 'Experts were divided.', undatedDay: { text: '3 June', month: 6, day: 3 } }, corpus, options);
    expect(line.text).toContain('\n# published: the source gives "3 June" but no year, nor does the text. If it is 2026, write: published: 2026-06-03\n');
    expect(line.todo).toContain('published: the source gives "3 June" without a year; write the date if the year is known (2026-06-03?)');
    const dateline = scaffold({ format: 'text', headline: 'Pause plan divides experts', text: 'Experts were divided.', undatedDay: { text: 'June 3', month: 6, day: 3, source: 'dateline' } }, corpus, options);
    expect(dateline.todo).toContain('published: the dateline gives "June 3" without a year; write the date if the year is known (2026-06-03?)');
  });
});

describe('a copy of a PDF whose columns came a line of each in turn', () => {
  it('tells the editor from which line it is not sure where the shorter column ends', () => {
    const doc = { format: 'text' as const, headline: 'Frontier AI and the case for a pause', text: 'The proposal raises questions.', columnsUnsure: ['page 2, from “improves every year, and a fixed”'] };
    const result = scaffold(doc, corpus, { today: '2026-06-20', sourceName: 'a.txt', archiveName: (slug) => `${slug}.txt` });
    expect(result.todo).toContain(
      'the text: it was copied from a PDF with its two columns a line of each in turn, and is read a column after the other, but its lines do not tell where the shorter column ends (page 2, from “improves every year, and a fixed”): check those lines against the PDF, in the archive and in the passages, and put them in their place',
    );
  });
});

describe('the language', () => {
  const french =
    "Anthropic a appelé jeudi à une pause mondiale et coordonnée du développement des intelligences artificielles les plus avancées, en invoquant le risque d'une auto-amélioration récursive que la société ne pourrait plus maîtriser.";
  const languageLine = (doc: Partial<Parameters<typeof scaffold>[0]>) =>
    /\nlanguage: [^\n]*/.exec(scaffold({ format: 'text', text: '', ...doc }, corpus, { today: '2026-06-08', sourceName: 'a.txt', archiveName: (slug) => `${slug}.txt` }).text)?.[0];
  it('is detected from a text long enough to tell, and marked for the editor to check', () => {
    expect(languageLine({ text: french })).toBe('\nlanguage: fr  # detected from the text (French): check it');
    expect(detectLanguage(french)).toEqual({ tag: 'fr', name: 'French' });
  });
  it('is the tag pages and browsers use for Chinese, Arabic and Persian (zh, ar, fa), not that of a variety (cmn, arb, pes)', () => {
    const arabic = 'دعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف منسق لتطوير أنظمة الذكاء الاصطناعي المتقدمة، وقالت إن المجتمع يحتاج إلى وقت للتكيف مع التقدم السريع لهذه التقنية. وقالت الشركة إن أي توقف يجب أن يكون منسقا على المستوى العالمي.';
    const chinese = '美国人工智能公司Anthropic周四呼吁在全球范围内协调暂停最先进人工智能系统的开发，称社会需要时间来适应这项技术的快速进步。该公司表示，任何暂停都必须在全球范围内进行协调，否则竞争对手将简单地超越它。批评者认为这一提议不切实际，而且难以核查。';
    expect(detectLanguage(arabic)).toEqual({ tag: 'ar', name: 'Arabic' });
    expect(detectLanguage(chinese)).toEqual({ tag: 'zh', name: 'Chinese' });
  });

  it('is the one the source declares, when it does', () => {
    expect(languageLine({ text: french, language: 'fr-CA' })).toBe('\nlanguage: fr-CA');
    expect(languageLine({ text: readFileSync(path.join(seeds, readdirSync(seeds).sort()[0]!), 'utf8'), language: 'en-GB' })).toBe('\nlanguage: en-GB');
  });
  it('is the one read from a long text that is not in the language its source declares, marked for the editor to check', () => {
    const text = `${french} ${french}`;
    expect(languageLine({ text, language: 'en' })).toBe('\nlanguage: fr  # detected from the text (French), though the source declares en: check it');
    const result = scaffold({ format: 'html', text, language: 'en-US' }, corpus, { today: '2026-06-08', sourceName: 'a.html', archiveName: (slug) => `${slug}.txt` });
    expect(result.todo).toContain('language: the source declares en-US, but its text reads as French (fr); check which it is');
    const english = readFileSync(path.join(seeds, readdirSync(seeds).sort()[0]!), 'utf8');
    expect(languageLine({ text: english, language: 'de' })).toBe('\nlanguage: en  # detected from the text (English), though the source declares de: check it');
  });
  it('is English, the default, for English and for a text too short to tell', () => {
    expect(languageLine({ text: 'Le conseil a fermé le pont.' })).toBe('\nlanguage: en  # the default: change it if the original is not in English');
    expect(detectLanguage(readFileSync(path.join(seeds, readdirSync(seeds).sort()[0]!), 'utf8'))).toBeUndefined();
  });
});

describe('slugFor', () => {
  it.each([
    [{ headline: 'Anthropic (Sorta) Calls for Pause' }, 'anthropic-sorta-calls-for-pause'],
    [{ headline: 'Anthropic’s pause isn\'t what rivals’ CEOs feared' }, 'anthropics-pause-isnt-what-rivals-ceos-feared'],
    [{ headline: "Pause de l'IA : pourquoi la proposition d'Anthropic divise" }, 'pause-de-l-ia-pourquoi-la-proposition-d-anthropic-divise'],
    [{ url: 'https://example.org/news/bridge-to-stay-shut-2000768115' }, 'bridge-to-stay-shut'],
    [{ text: 'The council closed the harbour bridge on Tuesday after an inspection found cracks.' }, 'the-council-closed-the-harbour-bridge-on-tuesday'],
    [{ headline: 'Ærø: Straße über Øresund — Œuvre', url: 'https://example.org/x' }, 'aero-strasse-uber-oresund-oeuvre'],
    // A headline in another script makes no id: the address does, or the text when it is in Latin letters.
    [{ headline: 'Антропик призывает к глобальной паузе', url: 'https://example.org/world/2026/06/anthropic-calls-for-pause' }, 'anthropic-calls-for-pause'],
    [{ headline: 'Anthropic 呼吁全球暂停人工智能开发', url: 'https://example.org/tech/anthropic-urges-global-pause.html' }, 'anthropic-urges-global-pause'],
    [{ headline: 'Anthropic 呼吁全球暂停人工智能开发', text: 'Anthropic a appelé jeudi à une pause mondiale.' }, 'anthropic-a-appele-jeudi-a-une-pause-mondiale'],
    // A Russian or Greek headline is spelt in Latin letters (BGN/PCGN, ELOT 743), before the text's first words.
    [{ headline: 'Антропик призывает к паузе', text: 'Anthropic a appelé jeudi à une pause mondiale.' }, 'antropik-prizyvaet-k-pauze'],
    [{ headline: 'Україна: Їжак і Ґанок, Щука', text: '' }, 'ukrayina-yizhak-i-ganok-shchuka'],
    [{ headline: 'Η Anthropic ζητά παγκόσμια παύση', text: '' }, 'i-anthropic-zita-pagkosmia-pafsi'],
    [{ headline: 'Ευρώπη: Αύγουστος, οδηγός, Ξάνθη, ψυχή, προϋπόθεση' }, 'evropi-avgoustos-odigos-xanthi-psychi-proypothesi'],
    // No table spells Chinese, Arabic or Hindi honestly: no words are made up.
    [{ headline: 'Anthropic 呼吁全球暂停人工智能开发', text: '该公司周四表示。' }, ''],
    [{ headline: 'أنثروبيك تدعو إلى وقف عالمي', text: 'قالت الشركة يوم الخميس.' }, ''],
    [{ headline: 'एंथ्रोपिक ने वैश्विक विराम का आह्वान किया', text: 'कंपनी ने गुरुवार को कहा।' }, ''],
  ])('%j → %s', (doc, slug) => {
    expect(slugFor({ format: 'text', text: '', ...doc })).toBe(slug);
  });
});

describe('findOutlet', () => {
  const outlets = [
    { id: 'coastal-wire', name: 'The Coastal Wire', url: 'https://coastalwire.example', unidentified: false },
    { id: 'forum', name: 'A forum post', unidentified: true },
  ];
  it('finds the outlet whose address the article is on, with or without www', () => {
    expect(findOutlet({ format: 'html', text: '', url: 'https://www.coastalwire.example/news/x' }, outlets)?.id).toBe('coastal-wire');
  });
  it('finds it by the name the page gives', () => {
    expect(findOutlet({ format: 'html', text: '', siteName: 'the coastal wire' }, outlets)?.id).toBe('coastal-wire');
  });
  it('finds none for another site', () => {
    expect(findOutlet({ format: 'html', text: '', url: 'https://other.example/x' }, outlets)).toBeUndefined();
  });
});

describe('the checklist', () => {
  it('gives the line of a passage in a Markdown archive that writes its characters as references', () => {
    const archived = '# AT&amp;T weighs in\n\n> Source: https://example.org/att\n\nAT&amp;T&rsquo;s chief said it &ldquo;supports a pause that is coordinated globally&rdquo;, a memo says.\n';
    const result = scaffold(extractSource('e.md', archived), corpus, { today: '2026-06-20', sourceName: 'e.md', archiveName: (slug) => `${slug}.md`, archived });
    expect(result.text).toContain('[ ] line 5 attribution: AT&T’s chief said');
  });
});

describe('the checklist of a hard-wrapped text', () => {
  it('lists whole sentences, not the lines they are wrapped over, each at the line of the archive it starts on', () => {
    const archived = [
      'Regulators weigh a pause on frontier AI models',
      '',
      'The European Commission said on Tuesday that it would study a proposal',
      'to pause the training of the largest AI models for six months, after',
      '1,200 researchers signed a letter calling for the move. "We will look at',
      'every option on the table before the summer," the commissioner told',
      'reporters in Brussels.',
      '',
    ].join('\n');
    const result = scaffold(extractSource('mail.txt', archived), corpus, { today: '2026-06-20', sourceName: 'mail.txt', archiveName: (slug) => `${slug}.txt`, archived });
    expect(result.passages.map((p) => p.text)).toEqual([
      'The European Commission said on Tuesday that it would study a proposal to pause the training of the largest AI models for six months, after 1,200 researchers signed a letter calling for the move.',
      'We will look at every option on the table before the summer,',
      '"We will look at every option on the table before the summer," the commissioner told reporters in Brussels.',
    ]);
    expect(result.text).toContain('\n  [ ] line 3 figure, attribution, date: The European Commission said on Tuesday');
    expect(result.text).toContain('\n  [ ] line 5 quotation: “We will look at every option on the table before the summer,”\n');
  });
});

describe('lineIn', () => {
  it('gives the line of the archived file where a passage starts, across the lines the file wraps it over', () => {
    const archived = 'Bridge shut\n\nBy Ines Alvarez, 4 February 2026\n\nThe council said on Monday that the\nbridge (the old one) would stay shut.\n';
    expect(lineIn(archived, 'The council said on Monday that the bridge (the old one) would stay shut.')).toBe(5);
    expect(lineIn(archived, 'Bridge shut')).toBe(1);
    expect(lineIn(archived, 'the old one')).toBe(6);
    expect(lineIn(archived, 'The council said on Tuesday')).toBeUndefined();
    expect(lineIn(archived, '   ')).toBeUndefined();
    // A file's soft hyphens and zero-width spaces, which the passages are read without.
    expect(lineIn('Bridge shut\n\nThe coun\u00ADcil said the re\u200Bpairs\nwould take a year.\n', 'The council said the repairs would take a year.')).toBe(3);
    expect(lineIn('Bridge shut\u00AD\n\nThe council said the repairs\nwould take a year.\n', 'The council said the repairs would take a year.')).toBe(3);
    // A word the file divides with a hyphen at a line's end, as the text read from it has the word.
    const divided = 'Bridge shut\n\nThe council said that arms-\ncontrol talks and the devel-\nopment of the port\nwould take a year.\n';
    expect(lineIn(divided, 'arms-control talks and the devel-opment of the port would take a year.')).toBe(3);
    expect(lineIn(divided, 'talks and the development of the port would take a year.')).toBe(4);
    expect(lineIn(divided, 'the armscontrol talks')).toBeUndefined();
  });
});

describe('findPassages', () => {
  it('lists quotations, figures, attributions and dates, in order, once each', () => {
    const text = 'The council met. “We will not reopen it until it is safe,” the mayor said on Tuesday.\n\nRepairs cost €4.2 million [1]. Nothing else happened here.';
    expect(findPassages(text)).toEqual([
      { kinds: ['quotation'], text: 'We will not reopen it until it is safe,', paragraph: 1 },
      { kinds: ['attribution', 'date'], text: '“We will not reopen it until it is safe,” the mayor said on Tuesday.', paragraph: 1 },
      { kinds: ['figure'], text: 'Repairs cost €4.2 million [1].', paragraph: 2 },
    ]);
  });
  it('lists a sentence whose only sign is a date only when it says something besides, and takes no date for a figure', () => {
    const text = 'It was Friday.\n\nThursday, June 4, 2026.\n\nOn Monday, Anthropic filed for its initial public offering.\n\nThe letter of June 4, 2026 asks the labs for answers.\n\nPrices rose 12 percent on June 4.';
    expect(findPassages(text)).toEqual([
      { kinds: ['date'], text: 'On Monday, Anthropic filed for its initial public offering.', paragraph: 3 },
      { kinds: ['date'], text: 'The letter of June 4, 2026 asks the labs for answers.', paragraph: 4 },
      { kinds: ['figure', 'date'], text: 'Prices rose 12 percent on June 4.', paragraph: 5 },
    ]);
  });

  it('takes the times of a live blog for dates, not figures: a time alone is no passage', () => {
    const text = '09:42 BST\n\nThe Met Office has extended its amber warning for wind until 18:00 across Wales.\n\n10.30 GMT\n\nThe last ferry leaves Dover at 5pm.\n\nGusts of 90mph were recorded overnight, and 35°C in Seville.';
    expect(findPassages(text).map((p) => [p.kinds, p.text])).toEqual([
      [['date'], 'The Met Office has extended its amber warning for wind until 18:00 across Wales.'],
      [['date'], 'The last ferry leaves Dover at 5pm.'],
      [['figure'], 'Gusts of 90mph were recorded overnight, and 35°C in Seville.'],
    ]);
  });

  it('keeps a sentence whole past an abbreviation a number or a name follows ("Jan. 14", "Dr. Moreau")', () => {
    expect(sentences('NORTHFIELD, Jan. 14, 2026 -- The port reported record volumes. Dr. Moreau said No. 10 agreed.')).toEqual([
      'NORTHFIELD, Jan. 14, 2026 -- The port reported record volumes.',
      'Dr. Moreau said No. 10 agreed.',
    ]);
  });

  it('lists an item of a list without its marker', () => {
    expect(findPassages('Highlights:\n\n- 12.4 million tonnes of cargo\n\n• 98.6% on-time berth availability').map((p) => p.text)).toEqual(['12.4 million tonnes of cargo', '98.6% on-time berth availability']);
  });

  it('takes "may", "march" and "august" for months only with a day or a year', () => {
    const text = 'The company may pause development of its largest models.\n\nThe ministers march on regardless of the warnings.\n\nThe vote was held on May 12 in the capital city.\n\nThe talks resumed in March 2026 after a long break.\n\nThe bill passed on 3 August in the lower house.';
    expect(findPassages(text).map((p) => p.paragraph)).toEqual([3, 4, 5]);
  });

  it('lists whole a sentence whose quotation is too short to list on its own', () => {
    expect(findPassages('“We need time,” she said.\n\n“Not now,” the minister told reporters on Monday.')).toEqual([
      { kinds: ['attribution'], text: '“We need time,” she said.', paragraph: 1 },
      { kinds: ['attribution', 'date'], text: '“Not now,” the minister told reporters on Monday.', paragraph: 2 },
    ]);
  });

  it('splits sentences after closing quotation marks', () => {
    expect(sentences('He said “stop.” Then he left. 3 ships came.')).toEqual(['He said “stop.”', 'Then he left.', '3 ships came.']);
    expect(sentences('Il a dit « non. » Écoutez bien. Puis il est parti.')).toEqual(['Il a dit « non. »', 'Écoutez bien.', 'Puis il est parti.']);
  });

  it('keeps a quotation of several sentences whole, with its attribution', () => {
    const text = 'The councillor was blunt. "We were told it would draw 90 megawatts. That is more than the town uses," she said. Nobody replied.';
    // Not its two halves, each with one quotation mark; and the sentence is only the quotation, listed once.
    expect(findPassages(text)).toEqual([{ kinds: ['quotation'], text: 'We were told it would draw 90 megawatts. That is more than the town uses,', paragraph: 1 }]);
    expect(findPassages('„Wir brauchen Zeit. Und wir brauchen Regeln“, sagte sie am Montag.')[0]!.text).toBe('Wir brauchen Zeit. Und wir brauchen Regeln');
  });

  it('lists a sentence with no other sign when it is much like a recorded claim, but not a heading or a credit line', () => {
    const matcher = new ClaimMatcher([{ id: 'ai-control-harder', story: 's', texts: ['Controlling AI is harder than nuclear arms control.'] }, { id: 'other', story: 's', texts: ['The bridge was closed for repairs.'] }]);
    const isClaim = (sentence: string) => matcher.match(sentence, 1, 0.5).length > 0;
    const text = 'Controlling AI harder than nuclear arms control\n\nWe have done this before. Controlling AI will be harder than nuclear arms control, but not impossible.\n\n(Reporting on nuclear arms control and controlling AI by Li Wei)';
    expect(findPassages(text)).toEqual([]);
    expect(findPassages(text, 40, isClaim)).toEqual([{ kinds: ['claim'], text: 'Controlling AI will be harder than nuclear arms control, but not impossible.', paragraph: 2 }]);
  });

  it('lists quotations between French and German quotation marks', () => {
    expect(findPassages('« Nous devons ralentir le développement », a déclaré la société.\n\nSie sagte: „Wir brauchen eine globale Pause jetzt“.').filter((p) => p.kinds[0] === 'quotation').map((p) => p.text)).toEqual([
      'Nous devons ralentir le développement',
      'Wir brauchen eine globale Pause jetzt',
    ]);
  });
});

describe('findPassages in other languages', () => {
  // Sentences with no figure, date or quotation: only their attribution verb makes them passages.
  const attributed: [string, string][] = [
    ['fr', 'La ministre a déclaré que la pause devait être mondiale pour avoir un effet.'],
    ['fr', 'Selon la société, aucun laboratoire ne peut ralentir seul sans perdre son avance.'],
    ['de', 'Die Ministerin sagte, eine Pause müsse weltweit gelten, um zu wirken.'],
    ['de', 'Laut dem Unternehmen kann kein Labor allein langsamer werden.'],
    ['es', 'La ministra dijo que la pausa debía ser mundial para tener efecto.'],
    ['es', 'Según la empresa, ningún laboratorio puede frenar solo sin quedarse atrás.'],
    ['it', 'La ministra ha detto che la pausa doveva essere globale per avere effetto.'],
    ['it', 'Secondo la società, nessun laboratorio può rallentare da solo.'],
    ['pt', 'A ministra disse que a pausa tinha de ser mundial para ter efeito.'],
    ['pt', 'Segundo a empresa, nenhum laboratório pode abrandar sozinho.'],
    ['nl', 'De minister zei dat de pauze wereldwijd moest gelden om effect te hebben.'],
    ['nl', 'Volgens het bedrijf kan geen enkel lab in zijn eentje vertragen.'],
    // "Calls for", as English's "called" is one.
    ['fr', 'L’entreprise a appelé à une pause coordonnée du développement des systèmes les plus puissants.'],
    ['es', 'La empresa pidió una pausa coordinada del desarrollo de los sistemas más potentes.'],
    ['it', 'L’azienda ha chiesto una pausa coordinata dello sviluppo dei sistemi più potenti.'],
    ['pt', 'A empresa pediu uma pausa coordenada no desenvolvimento dos sistemas mais potentes.'],
    ['nl', 'Het bedrijf riep op tot een gecoördineerde pauze in de ontwikkeling van de krachtigste systemen.'],
  ];

  it.each(attributed)('lists a sentence attributed in its language (%s), read with that language', (language, sentence) => {
    expect(findPassages(sentence, 40, undefined, language)).toEqual([{ kinds: ['attribution'], text: sentence, paragraph: 1 }]);
    expect(findPassages(sentence, 40, undefined, `${language}-XX`)).toHaveLength(1);
  });

  it('reads a text with its own language’s verbs only: another’s words are not attributions', () => {
    expect(attributed.filter(([, sentence]) => findPassages(sentence).length > 0)).toEqual([]);
    expect(findPassages('De minister zei dat de pauze wereldwijd moest gelden.', 40, undefined, 'fr')).toEqual([]);
  });

  it('lists quotations between single guillemets and German quotation marks closed either way', () => {
    const text = 'Elle a répondu ‹ nous ne ralentirons pas seuls ›.\n\nEr sagte: „Wir brauchen eine globale Pause jetzt”.';
    expect(findPassages(text, 40, undefined, 'fr').filter((p) => p.kinds[0] === 'quotation').map((p) => p.text)).toEqual(['nous ne ralentirons pas seuls', 'Wir brauchen eine globale Pause jetzt']);
  });

  it('lists the sentences and quotations of a text in Japanese or Chinese, written without spaces', () => {
    const ja = '米AI企業アンソロピックは4日、開発の一時停止が必要だと訴えた。同社は「世界にとって、開発を減速させる能力を持つことは良いことだ」と述べた。\n\n天気は晴れだった。';
    expect(findPassages(ja, 40, undefined, 'ja')).toEqual([
      { kinds: ['attribution'], text: '米AI企業アンソロピックは4日、開発の一時停止が必要だと訴えた。', paragraph: 1 },
      { kinds: ['quotation'], text: '世界にとって、開発を減速させる能力を持つことは良いことだ', paragraph: 1 },
      { kinds: ['attribution'], text: '同社は「世界にとって、開発を減速させる能力を持つことは良いことだ」と述べた。', paragraph: 1 },
    ]);
    // A sentence that is a quotation and who said it is listed once, as the quotation.
    expect(findPassages('该公司表示，全球暂停必须可以核查。『我们需要一个协调的暂停机制』，他说道。', 40, undefined, 'zh')).toEqual([
      { kinds: ['attribution'], text: '该公司表示，全球暂停必须可以核查。', paragraph: 1 },
      { kinds: ['quotation'], text: '我们需要一个协调的暂停机制', paragraph: 1 },
    ]);
    // "数据" (data) holds no attribution.
    expect(findPassages('该公司公布了内部数据。', 40, undefined, 'zh')).toEqual([]);
  });

  it('lists each statement of an interview\'s answers as its speaker\'s, and no question', () => {
    const transcript = [
      'JANE ROE: Why call for a pause now?',
      'MARINA FAVARO: Because the evidence suggests the human role is narrowing at each step.',
      'HOST (JANE ROE): Would you pause alone? Many would.',
      'MARINA FAVARO: No. We would slow down if other developers at the frontier also did so.',
    ].join('\n\n');
    expect(findPassages(transcript, 40, () => true)).toEqual([
      { kinds: ['attribution'], text: 'MARINA FAVARO: Because the evidence suggests the human role is narrowing at each step.', paragraph: 2 },
      { kinds: ['claim'], text: 'Many would.', paragraph: 3 },
      { kinds: ['attribution'], text: 'MARINA FAVARO: No. We would slow down if other developers at the frontier also did so.', paragraph: 4 },
    ]);
    // Nor a question whose verb would make a sentence an attribution ("say"), or that holds a figure or a date.
    const asked = [
      'HOST: Jack Clark, you co-wrote the post. Why now?',
      'JACK CLARK: Because our own data suggest AI is already speeding up AI research.',
      'HOST: And if your rivals say no? What if they spend $65 billion by 4 June 2026?',
      'JACK CLARK: Then we would not pause alone.',
    ].join('\n\n');
    expect(findPassages(asked, 40).map((p) => p.text)).toEqual([
      'HOST: Jack Clark, you co-wrote the post.',
      'JACK CLARK: Because our own data suggest AI is already speeding up AI research.',
      'JACK CLARK: Then we would not pause alone.',
    ]);
    // A dateline in capitals before a colon, or a label, makes no transcript.
    expect(findPassages('NEW DELHI: The government will review the plan.\n\nUPDATE: The council agreed to the plan.')).toEqual([]);
  });

  it('lists the sentences of a text in Arabic by its attribution verbs, written with "and" on the word ("وقالت"), its sentences told apart without capitals', () => {
    const text = [
      'دعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق لتطوير أنظمة الذكاء الاصطناعي المتقدمة. وقالت الشركة إن المجتمع يحتاج إلى وقت للتكيف مع التقدم السريع.',
      'وأضافت الشركة في بيان أن "أي توقف يجب أن يكون منسقا على المستوى العالمي".',
      'بلغت قيمة الشركة ٩٦٥ مليار دولار بعد جولة تمويل جديدة.',
      'هل تبالغ الشركة في المخاطر؟ يرى بعض المنتقدين ذلك.',
    ].join('\n\n');
    expect(findPassages(text, 40, undefined, 'ar').map((p) => [p.kinds.join(', '), p.text])).toEqual([
      ['attribution', 'دعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق لتطوير أنظمة الذكاء الاصطناعي المتقدمة.'],
      ['attribution', 'وقالت الشركة إن المجتمع يحتاج إلى وقت للتكيف مع التقدم السريع.'],
      ['quotation', 'أي توقف يجب أن يكون منسقا على المستوى العالمي'],
      ['attribution', 'وأضافت الشركة في بيان أن "أي توقف يجب أن يكون منسقا على المستوى العالمي".'],
      ['figure', 'بلغت قيمة الشركة ٩٦٥ مليار دولار بعد جولة تمويل جديدة.'],
    ]);
    expect(sentences('هل تبالغ الشركة في المخاطر؟ يرى بعض المنتقدين ذلك.')).toHaveLength(2);
  });

  it('takes figures written with the words of those languages', () => {
    expect(findPassages('Le fonds atteint 3,5 milliards.\n\nDer Umsatz stieg um 4 Prozent.', 40, undefined, 'fr').map((p) => p.kinds)).toEqual([['figure'], ['figure']]);
  });

  it('are listed in a scaffold by the language detected from the text', () => {
    const text = [
      'Anthropic appelle à une pause mondiale',
      '',
      'La société américaine Anthropic a proposé jeudi un mécanisme de coordination mondiale pour ralentir le développement des systèmes d’intelligence artificielle les plus avancés.',
      '',
      'Selon l’entreprise, aucun laboratoire ne peut ralentir seul sans perdre son avance face à ses concurrents, qui poursuivraient leurs travaux sans attendre.',
      '',
      'Le directeur de la politique publique a déclaré que les gouvernements devaient se mettre d’accord sur des règles vérifiables par tous les pays concernés.',
      '',
    ].join('\n');
    const result = scaffold(extractSource('fr.txt', text), corpus, { today: '2026-06-20', sourceName: 'fr.txt', archiveName: (slug) => `${slug}.txt` });
    expect(result.text).toContain('\nlanguage: fr  # detected from the text (French): check it\n');
    expect(result.passages.map((p) => p.text)).toEqual([
      'Selon l’entreprise, aucun laboratoire ne peut ralentir seul sans perdre son avance face à ses concurrents, qui poursuivraient leurs travaux sans attendre.',
      'Le directeur de la politique publique a déclaré que les gouvernements devaient se mettre d’accord sur des règles vérifiables par tous les pays concernés.',
    ]);
  });
});

describe('correction notices', () => {
  const report = (end: string, paragraphs = 4) =>
    [
      'Port authority delays vote on harbour dredging plan',
      'By Helen Marsh | The Harbour Gazette | 12 June 2026',
      '',
      ...Array.from({ length: paragraphs }, (_, i) => [`The plan would deepen berth ${i + 1} to 14 metres, the authority said on Thursday, at a cost of £${i + 3} million.`, '']).flat(),
      end,
      '',
    ].join('\n');

  it('lists a correction notice at the end of a text whole, as a correction, not its earlier version\'s figures as claims, and asks the editor to quote the corrected wording', () => {
    const archived = report('Correction: An earlier version of this article said the channel would be deepened to 18 metres. It will be deepened to 14 metres.');
    const result = scaffold(extractSource('dredging.txt', archived), corpus, { today: '2026-06-14', sourceName: 'dredging.txt', archiveName: (slug) => `${slug}.txt`, archived });
    const corrections = result.passages.filter((p) => p.kinds.includes('correction'));
    expect(corrections.map((p) => [p.kinds, p.text])).toEqual([[['correction'], 'Correction: An earlier version of this article said the channel would be deepened to 18 metres. It will be deepened to 14 metres.']]);
    expect(result.passages.some((p) => p.text.includes('18 metres') && !p.kinds.includes('correction'))).toBe(false);
    expect(result.text).toContain('  [ ] line 12 correction: Correction: An earlier version of this article said the channel would be deepened to 18 metres. It will be deepened to 14 metres.\n      the article was corrected: quote its corrected wording, never the earlier version\'s, and say in the account what was corrected\n');
    expect(result.todo).toContain('the text: it carries a correction (line 12: "Correction: An earlier version of this article said the channel would be deepened to 18 metres. It …"): quote the corrected wording, never the earlier version\'s, and say in the record\'s account that the article was corrected');
  });

  it('lists a correction notice after the first 40 passages of a long text, and one told by what it says, in the languages we read', () => {
    const long = scaffold(extractSource('long.txt', report('This article was amended on 13 June 2026. An earlier version wrongly said the work would cost £83 million.', 60)), corpus, {
      today: '2026-06-14',
      sourceName: 'long.txt',
      archiveName: (slug) => `${slug}.txt`,
    });
    expect(long.found).toBeGreaterThan(40);
    expect(long.passages.at(-1)).toMatchObject({ kinds: ['correction'], text: 'This article was amended on 13 June 2026. An earlier version wrongly said the work would cost £83 million.' });
    for (const notice of ['Rectificatif : une précédente version de cet article indiquait 18 mètres.', 'Korrektur: In einer früheren Fassung hieß es 18 Meter.', 'Clarification (13 June): The vote was on Thursday, not Wednesday.', "Editor's note: this story has been updated to correct the depth."]) {
      expect(findPassages(notice, 40, undefined, 'en').map((p) => p.kinds), notice).toEqual([['correction']]);
    }
    // The word in a sentence is no notice.
    expect(findPassages('The correction of the channel will cost £3 million, the authority said.').map((p) => p.kinds)).toEqual([['figure', 'attribution']]);
  });

  it('keeps a saved page\'s correction notice set in an aside, which is the article\'s', () => {
    const html =
      '<html><head><title>Council approves tram extension</title></head><body><nav><a href="/">Home</a></nav><article><h1>Council approves tram extension</h1>' +
      '<aside class="correction-notice"><p><strong>Correction, 15 June 2026:</strong> An earlier version of this story said the extension would open in 2027. The council expects it to open in 2028.</p></aside>' +
      '<p>The city council approved a 4.2-kilometre extension of the tram line to the university on Tuesday, by 31 votes to 12, after a debate of more than four hours.</p>' +
      '<p>"This is the most important transport decision of the decade," the council leader, Priya Nair, said after the vote.</p>' +
      '<aside class="related"><p>Read more: Bus fares to rise in July</p></aside></article></body></html>';
    const doc = extractSource('tram.html', html);
    expect(doc.text.split('\n\n')[0]).toBe('Correction, 15 June 2026: An earlier version of this story said the extension would open in 2027. The council expects it to open in 2028.');
    expect(doc.text).not.toContain('Read more');
  });
});

describe('ClaimMatcher', () => {
  const matcher = new ClaimMatcher([
    { id: 'bridge-closed', story: 's', texts: ['The harbour bridge is closed for repairs.', 'closed for repairs until March'] },
    { id: 'cost', story: 's', texts: ['The repairs cost 4.2 million euros.'] },
    { id: 'unrelated', story: 't', texts: ['The ferry timetable changes in spring.'] },
  ]);
  it('finds the claim whose statement or spans share the rare words', () => {
    expect(matcher.match('The bridge will stay closed for repairs until March').map((m) => m.id)).toEqual(['bridge-closed']);
    expect(matcher.match('Repairs are expected to cost €4.2 million.')[0]?.id).toBe('cost');
  });
  it('finds nothing for a passage about something else', () => {
    expect(matcher.match('The mayor opened a new library.')).toEqual([]);
  });
  it('never matches on common words alone, however rare a small corpus makes them, and says which words a match rests on', () => {
    const small = new ClaimMatcher([
      { id: 'pause-call', story: 's', texts: ['Anthropic calls for a global pause, the report says.', 'It reads as more of a suggestion than a fully committed call to action.'] },
      { id: 'white-house', story: 's', texts: ['The proposal drew pushback from White House officials.'] },
      { id: 'ferry', story: 't', texts: ['The ferry timetable changes in spring.'] },
    ]);
    expect(small.match('The engineers’ report reads as a call to action, the chair said.')).toEqual([]);
    expect(small.match('Inspectors called for a report on the dam.')).toEqual([]);
    expect(small.match('Anthropic’s report calls for a pause.')[0]).toMatchObject({ id: 'pause-call', words: ['anthropic', 'pause', 'report', 'call'] });
    // A name written with common words ("the White House") tells a subject apart; the same words in a sentence do not.
    expect(small.match('Officials at the White House said they would study it.')[0]).toMatchObject({ id: 'white-house', words: ['house', 'white', 'official'] });
    expect(small.match('The officials painted the house white.')).toEqual([]);
  });
  it('never matches on the small words of another language a span quotes ("les", "pour", "dans")', () => {
    const french = new ClaimMatcher([
      { id: 'pause-fr', story: 's', texts: ['Anthropic calls for a pause', 'ce serait une bonne chose pour le monde de pouvoir faire une pause dans les développements'] },
      { id: 'ferry', story: 't', texts: ['The ferry timetable changes in spring.'] },
    ]);
    expect(french.match('Selon la mairie, un tiers des écoles ont dépassé 30 degrés en classe pour les enfants.')).toEqual([]);
    expect(french.match('Nos enfants ne peuvent plus apprendre dans des salles à 35 degrés, une chose que les parents savent.')).toEqual([]);
    expect(french.match('Anthropic veut faire une pause dans les développements de l’IA.')[0]).toMatchObject({ id: 'pause-fr', words: ['developpement', 'pause', 'dans', 'faire', 'les', 'une'] });
  });
  it('folds case, accents, possessives and plurals', () => {
    expect(words("Anthropic's Pauses, déjà vu")).toEqual(['anthropic', 'pause', 'deja']);
  });
});
