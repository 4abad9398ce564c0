/**
 * Reading an article as received (scripts/lib/import/extract.ts): its format, headline, address,
 * date, byline and text, from plain text, Markdown and a saved web page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as extract from '../../../scripts/lib/import/extract.ts';
import { addressKey, detectFormat, extractSource, looksLikeHeadline, parseDate, withoutColumns, withoutMailWrapper, withoutPageFurniture } from '../../../scripts/lib/import/extract.ts';

describe('the module', () => {
  it('exports the reader and its helpers', () => {
    expect(Object.keys(extract).sort()).toEqual(['PAID_PART_MISSING', 'addressKey', 'detectFormat', 'extractSource', 'forwardedMessage', 'looksLikeHeadline', 'parseDate', 'withoutColumns', 'withoutMailWrapper', 'withoutPageFurniture']);
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-06-05', '2026-06-05'],
    ['2026-06-05 17:00:44+00:00', '2026-06-05T17:00:44Z'],
    ['2026-06-05T17:00:44.123Z', '2026-06-05T17:00:44Z'],
    ['2026-06-05T17:00+02:00', '2026-06-05T17:00:00+02:00'],
    ['2026-06-05T17:00:44+0530', '2026-06-05T17:00:44+05:30'],
    // A time without an offset could be any time zone's: only the day is certain.
    ['2026-06-05T23:30:00', '2026-06-05'],
    ['5 June 2026', '2026-06-05'],
    ['Friday, 5 June 2026', '2026-06-05'],
    ['June 5, 2026', '2026-06-05'],
    ['Jun. 5, 2026', '2026-06-05'],
    ['Sunday 7 June 2026 10.30 BST', '2026-06-07'],
    ['June 7th, 2026', '2026-06-07'],
    ['jeudi 4 juin 2026', '2026-06-04'],
    ['le 1er février 2026', '2026-02-01'],
    ['4. Juni 2026', '2026-06-04'],
    ['4. März 2026', '2026-03-04'],
    ['4 de junio de 2026', '2026-06-04'],
    ['4 giugno 2026', '2026-06-04'],
    ['4 de dezembro de 2026', '2026-12-04'],
    ['4 mei 2026', '2026-05-04'],
    // Other languages' month names as Intl (CLDR) writes them, declined in a date or not, in capitals without their accents too.
    ['7 декабря 2026 г.', '2026-12-07'],
    ['понедельник, 7 декабря 2026', '2026-12-07'],
    ['7 грудня 2026 р.', '2026-12-07'],
    ['7 grudnia 2026', '2026-12-07'],
    ['7. prosince 2026', '2026-12-07'],
    ['7 Δεκεμβρίου 2026', '2026-12-07'],
    ['7 ΔΕΚΕΜΒΡΙΟΥ 2026', '2026-12-07'],
    ['7. joulukuuta 2026', '2026-12-07'],
    ['7 दिसंबर 2026', '2026-12-07'],
    // The year first, as Hungarian and Lithuanian write a date.
    ['2026. december 7.', '2026-12-07'],
    ['2026 m. gruodžio 7 d.', '2026-12-07'],
    // A name two languages give to different months (Polish's November, Croatian's October) is no date.
    ['7 listopada 2026', undefined],
    ['talks resumed 7 декабря 2026', undefined],
    ['4 Ju 2026', undefined],
    ['4 Jupiter 2026', undefined],
    ['talks resumed 7 June 2026', undefined],
    ['talks resumed June 7, 2026', undefined],
    ['2026-02-30', undefined],
    ['Thursday', undefined],
    ['last week', undefined],
    // In numbers: day first between dots, year first between slashes, and day and month between
    // slashes only when one of them cannot be a month.
    ['03.06.2026', '2026-06-03'],
    ['2026/06/03', '2026-06-03'],
    ['13/06/2026', '2026-06-13'],
    ['6/13/2026', '2026-06-13'],
    ['3/3/2026', '2026-03-03'],
    ['03/06/2026', undefined],
    ['31.02.2026', undefined],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('addressKey', () => {
  it('is the same for the addresses of one page, however it was shared', () => {
    const key = addressKey('https://example.org/news/pause');
    for (const url of [
      'http://example.org/news/pause',
      'https://www.example.org/news/pause/',
      'https://m.example.org/news/pause',
      'https://example.org/news/pause/amp',
      'https://amp.example.org/news/pause?amp=1',
      'https://example.org/news/pause?outputType=amp',
      'https://example.org/news/pause?utm_source=x#comments',
    ])
      expect(addressKey(url), url).toBe(key);
  });

  it('differs for other pages of the site', () => {
    const key = addressKey('https://example.org/news/pause');
    for (const url of ['https://example.org/news/pause-2', 'https://example.org/news/Pause', 'https://example.org/news/pause?id=2', 'https://example.com/news/pause', 'https://blog.example.org/news/pause'])
      expect(addressKey(url), url).not.toBe(key);
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    ['Anthropic calls for a global pause on advanced AI development', true],
    ['The proposal', false],
    ['Anthropic has called for a coordinated global pause.', false],
    ['“We believe it would be good for the world”', false],
    ['- a list item that goes on for a while', false],
    ['Can anyone pause AI?', true],
    ['Transcript: The Policy Hour, episode 212 — "Can anyone pause AI?"', true],
    ['Senator on the pause: “We will not stop”', true],
    ['He asked why. Nobody could say?', false],
    ['“We believe it would be good for the world,”', false],
    ['“We cannot keep building as if the climate were the same”: an interview with Lena Moreau', true],
    ['"Start with the schools" — an architect on floods', true],
    ['“We need time,” she said.', false],
  ])('%j: %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});

describe('detectFormat', () => {
  it.each([
    ['page.html', 'anything', 'html'],
    ['page.txt', '<!DOCTYPE html><html><body></body></html>', 'html'],
    ['notes.md', 'plain words', 'markdown'],
    ['004.txt', '# A title\n\n> Source: <https://example.org/a>\n\nText.', 'markdown'],
    ['000.txt', 'A headline\nA paragraph of text.', 'text'],
    // An item of a news feed is read as the page it describes, not as text whose headline is its XML declaration.
    ['item.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>', 'html'],
    ['entry.atom', '<?xml version="1.0"?>\n<!-- saved -->\n<entry xmlns="http://www.w3.org/2005/Atom">', 'html'],
    ['notes.xml', '<?xml version="1.0"?>\n<notes>', 'text'],
  ])('%s starting %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

/** A paragraph wrapped into lines of at most `width` characters, as a PDF's column holds it. */
function column(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    if (lines.length > 0 && `${lines.at(-1)!} ${word}`.length <= width) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Two columns' lines a line of each in turn, as some PDF readers copy a page. */
const inTurn = (left: string[], right: string[]) => Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [left[i], right[i]]).flat().filter((line) => line !== undefined);

describe('extractSource', () => {
  it('reads a headline line, a source line and a date line from plain text, and keeps them out of the text', () => {
    const doc = extractSource('a.txt', '\nCouncil closes the harbour bridge\nSource: https://example.org/bridge\nPublished: 3 February 2026\nThe council closed the bridge on Tuesday.\n\nBy Monday the ferries ran again.\n');
    expect(doc).toEqual({
      format: 'text',
      headline: 'Council closes the harbour bridge',
      url: 'https://example.org/bridge',
      published: '2026-02-03',
      text: 'The council closed the bridge on Tuesday.\n\nBy Monday the ferries ran again.',
    });
  });

  it('takes no headline from text that starts with a sentence', () => {
    const doc = extractSource('b.txt', 'The council closed the bridge on Tuesday.\nIt will reopen in March.\n');
    expect(doc.headline).toBeUndefined();
    expect(doc.text).toBe('The council closed the bridge on Tuesday.\n\nIt will reopen in March.');
  });

  it('reads the heading, source and date of Markdown, and removes its inline markup from the text', () => {
    const doc = extractSource(
      'c.md',
      '# The bridge *stays* shut\n\n> Source: <https://example.org/b>\n> Published: 2026-02-03 09:15:00+00:00\n\nIn a [statement](https://example.org/s) the **council** said so.\n',
    );
    expect(doc).toEqual({
      format: 'markdown',
      headline: 'The bridge stays shut',
      url: 'https://example.org/b',
      published: '2026-02-03T09:15:00Z',
      text: 'In a statement the council said so.',
    });
  });

  it('takes out of the fields and the text the bidirectional controls of a right-to-left page, which the checks refuse', () => {
    const doc = extractSource('ar.txt', '\u202bأنثروبيك تدعو إلى وقف عالمي\u202c\nدعت الشركة إلى وقف منسق على المستوى \u2067العالمي\u2069، وقال متحدث\u200f إن ذلك ممكن.\n');
    expect(doc.headline).toBe('أنثروبيك تدعو إلى وقف عالمي');
    // The marks a right-to-left quotation needs (U+200F) are not controls, and stay.
    expect(doc.text).toBe('دعت الشركة إلى وقف منسق على المستوى العالمي، وقال متحدث\u200f إن ذلك ممكن.');
  });

  it('takes out of the fields and the text the control characters and noncharacters of text copied from a PDF, a form feed being a line break', () => {
    const doc = extractSource('pdf.txt', 'Frontier AI and the\u0001 case for a pause\nThe proposal raises questions.\fVerification remains\u0002 the central problem\ufdd0.\n');
    expect(doc.headline).toBe('Frontier AI and the case for a pause');
    expect(doc.text).toBe('The proposal raises questions.\n\nVerification remains the central problem.');
  });

  it('decodes the character references of a title in the frontmatter, as a WordPress export writes them', () => {
    expect(extractSource('wp.md', '---\ntitle: "AT&#038;T&#8217;s view of the pause"\ndate: 2026-06-04\n---\n\nThe carrier said it backed a pause.\n').headline).toBe('AT&T’s view of the pause');
  });

  it('decodes the character references of Markdown, as a CMS exports them, in the headline and the text', () => {
    const doc = extractSource('e.md', '# AT&amp;T weighs in on the pause\n\nAT&amp;T&rsquo;s chief said it &ldquo;supports a pause&rdquo; &#8212; for now &#x2014; as &bogus; shows.\n');
    expect(doc).toMatchObject({ headline: 'AT&T weighs in on the pause', text: 'AT&T’s chief said it “supports a pause” — for now — as &bogus; shows.' });
  });

  it('reads a byline of two writers each with a role as the two names: the first\'s role was taken for a name, and the second writer lost', () => {
    const byline = (line: string) => extractSource('a.txt', `Inside Anthropic's decision to call for a pause\n\n${line}\nJune 4, 2026\n\nAnthropic's leadership debated for months before publishing the call, people said.\n`).byline;
    expect(byline('By Jane Doe, Technology Correspondent, and John Smith, Political Editor')).toBe('Jane Doe and John Smith');
    expect(byline('By Jane Doe, Technology Correspondent & John Smith, Political Editor')).toBe('Jane Doe and John Smith');
    expect(byline('By Jane Doe, Staff Writer')).toBe('Jane Doe');
    // Names without roles are as written.
    expect(byline('By Jane Doe, John Smith and Ann Roe')).toBe('Jane Doe, John Smith and Ann Roe');
    expect(byline('By Jane Doe, Reuters')).toBe('Jane Doe');
  });

  it('reads a line of fields between bars at the top: the publisher, the date (not the update), and the headline after it', () => {
    const doc = extractSource(
      'plain.txt',
      'Tech Policy Daily | 8 June 2026 | Updated 9 June 2026\n\nEU lawmakers welcome Anthropic pause call\n\nby Sandra Keller, technology correspondent\n\nMembers of the European Parliament on Monday welcomed the call.\n',
    );
    expect(doc).toEqual({
      format: 'text',
      headline: 'EU lawmakers welcome Anthropic pause call',
      published: '2026-06-08',
      siteName: 'Tech Policy Daily',
      byline: 'Sandra Keller',
      text: 'Members of the European Parliament on Monday welcomed the call.',
    });
  });

  it('reads a byline, publisher and date between dashes in Markdown emphasis, and a section', () => {
    const doc = extractSource(
      'wire.md',
      '# Beijing cool on the pause proposal\n\n*By Li Wei and Ann Roe — Global Wire Service — June 7, 2026 — 4 min read*\n\nOpinion · Published 7 June 2026\n\nBEIJING (GWS) — The ministry said it would study the proposal.\n',
    );
    expect(doc).toEqual({
      format: 'markdown',
      headline: 'Beijing cool on the pause proposal',
      byline: 'Li Wei and Ann Roe',
      siteName: 'Global Wire Service',
      published: '2026-06-07',
      section: 'Opinion',
      text: 'BEIJING (GWS) — The ministry said it would study the proposal.',
    });
  });

  it.each([
    ['under the byline', 'Why the council is wrong\n\nBy Jane Roe\n\nOpinion\n\nThe council decision is a mistake, the mayor said.\n', 'Opinion'],
    ['over the headline', 'Analysis\n\nWhy the council is wrong\n\nBy Jane Roe\n\nThe council decision is a mistake, the mayor said.\n', 'Analysis'],
    ['right under the byline', 'Why the council is wrong\n\nBy Jane Roe\nOp-Ed\n\nThe council decision is a mistake, the mayor said.\n', 'Op-Ed'],
    ['in capitals, with a colon', 'Why the council is wrong\n\nEDITORIAL:\n\nThe council decision is a mistake, the mayor said.\n', 'EDITORIAL'],
    ['in brackets', 'Why the council is wrong\n\n[Comment]\n\nThe council decision is a mistake, the mayor said.\n', 'Comment'],
    ['in French', 'Pourquoi le conseil a tort\n\nPar Claire Fontaine\n\nTribune\n\nLe conseil a tort, a déclaré le maire.\n', 'Tribune'],
    ['under a headline that asks a question', 'Can anyone pause AI?\n\nAnalysis\n\nBy Jane Roe\n\nThe council decision is a mistake, the mayor said.\n', 'Analysis'],
  ])('reads a kind\'s label alone on a line %s as the section, and leaves it out of the text', (_, source, section) => {
    const doc = extractSource('o.txt', source);
    expect(doc.section).toBe(section);
    expect(doc.text).not.toMatch(new RegExp(`^\\W*${section}`, 'i'));
  });

  it('reads a kind\'s label in Markdown emphasis under a heading, and in a block of a page over its text', () => {
    expect(extractSource('o.md', '# Why the council is wrong\n\n*Opinion*\n\nBy Jane Roe\n\nThe council decision is a mistake, the mayor said.\n')).toMatchObject({ section: 'Opinion', text: 'The council decision is a mistake, the mayor said.' });
    const page = extractSource(
      'o.html',
      '<html><head><title>Why the council is wrong</title></head><body><article><h1>Why the council is wrong</h1><p>Opinion</p><p>By Jane Roe</p><p>The council’s decision to close the harbour bridge for a year is a mistake. The repairs could be done at night, and the city would lose far less.</p><p>“We looked at every option,” the mayor said on Monday. I do not believe it, and neither should those who cross the bridge every day.</p></article></body></html>',
    );
    expect(page.section).toBe('Opinion');
    expect(page.text).toMatch(/^The council’s decision/);
  });

  it('never reads the kind from the word in a sentence, nor from a heading of the text below its first sentence', () => {
    expect(extractSource('a.txt', 'Why the council is wrong\n\nBy Jane Roe\n\nAn analysis of the figures is an opinion, the mayor said in a comment.\n').section).toBeUndefined();
    const doc = extractSource('a.md', '# Bridge shut until March\n\nThe council closed the bridge on Monday.\n\n## Analysis\n\nThe repairs could have waited.\n');
    expect(doc.section).toBeUndefined();
    expect(doc.text).toContain('Analysis');
  });

  it('takes a headline that starts with a quotation, but never the first line of a paragraph the file wraps', () => {
    expect(extractSource('i.txt', '“We cannot keep building as if the climate were the same”: an interview with Lena Moreau\n\nBy Sam Patel\n\nLena Moreau has designed flood-proof housing.\n').headline).toBe(
      '“We cannot keep building as if the climate were the same”: an interview with Lena Moreau',
    );
    for (const text of [
      '“We need time,” the mayor said on Monday, as the council voted to\nclose the harbour bridge for a year while engineers repair the cracks\nfound in its piers last month.\n\nThe bridge carries 40,000 cars a day, and the detour adds twenty\nminutes to most journeys, the council said in a statement.\n',
      'Leading developer Anthropic has ignited a fresh debate over AI rules\nthis Thursday, calling for a coordinated global halt to work on the\nmost powerful systems.\n\nThe firm says a pause would let society catch up with the technology\nand that every leading developer must join, the report reads.\n',
    ]) {
      const doc = extractSource('w.txt', text);
      expect(doc.headline).toBeUndefined();
      expect(doc.text.split('\n\n')[0]).toBe(text.split('\n\n')[0]!.replace(/\n/g, ' '));
    }
  });

  it('reads keyed lines at the bottom: a publisher named as the source, with its date', () => {
    const doc = extractSource('c.txt', 'Bridge shut until March\nThe council closed the bridge.\nIt reopens in March.\nSource: Coastal Wire, 3 February 2026\n');
    expect(doc).toMatchObject({ headline: 'Bridge shut until March', siteName: 'Coastal Wire', published: '2026-02-03' });
    expect(doc.text).toBe('The council closed the bridge.\n\nIt reopens in March.');
  });

  it('takes the agency of a wire dateline as the publisher when nothing else names one', () => {
    expect(extractSource('d.txt', 'LONDON, June 7 (Reuters) - Britain said on Sunday it would study the plan.\n').siteName).toBe('Reuters');
  });

  it('reads a wire\'s credits under its text as its byline, marked for the editor to check, and leaves them out of the text', () => {
    const story = 'WASHINGTON, June 12 (Reuters) - Two U.S. senators asked three AI companies to say whether they would join a pause.\n\n"We need answers by July 1," Senator Jane Doe said.\n\n';
    for (const [credits, byline] of [
      ['Reporting by John Smith; Editing by Mary Roe', 'John Smith'],
      ['(Reporting by Jane Doe and Li Wei in London; Additional reporting by Tom Hale; Editing by Mary Roe)', 'Jane Doe and Li Wei'],
      ['Reporting by Ana Ruiz in Madrid, Tom Hale in Paris; Editing by Mary Roe.', 'Ana Ruiz and Tom Hale'],
    ] as const) {
      const doc = extractSource('w.txt', `${story}${credits}\n`);
      expect(doc, credits).toMatchObject({ byline, bylineNote: `read from the wire's credits at the end, "${credits}"`, siteName: 'Reuters' });
      expect(doc.text).not.toContain('Editing by');
    }
    // Only the others' credits: no byline. And a byline the text gives is kept.
    expect(extractSource('w.txt', `${story}Additional reporting by Tom Hale; Editing by Mary Roe\n`)).not.toHaveProperty('byline');
    expect(extractSource('w.txt', `By Ann Lee\n\n${story}Reporting by John Smith; Editing by Mary Roe\n`)).toMatchObject({ byline: 'Ann Lee' });
  });

  it('dates a wire dateline without a year by the year of the other dates in the text, and says so', () => {
    const doc = extractSource('d.txt', 'WASHINGTON, June 12 (Reuters) - Senators asked for answers.\n\nThe letter follows the call of June 4, 2026 for a pause.\n');
    expect(doc).toMatchObject({ siteName: 'Reuters', published: '2026-06-12' });
    expect(doc.publishedNote).toBe('the dateline gives "June 12" without a year; the year is that of "June 4, 2026" in the text');
    expect(extractSource('d.txt', 'PARIS, 12 juin (AFP) - Le texte du 4 juin 2026 divise.\n')).toMatchObject({ siteName: 'AFP', published: '2026-06-12' });
    expect(extractSource('d.txt', 'WASHINGTON, June 12, 2026 (Reuters) - Senators asked for answers.\n')).toMatchObject({ siteName: 'Reuters', published: '2026-06-12' });
    // On a page, after its standfirst.
    const page = '<html><head><title>Senators ask</title></head><body><article><h1>Senators ask</h1><p class="standfirst">Lawmakers want to know who would verify a pause</p><p>WASHINGTON, June 12 (Reuters) - Senators asked for answers in a letter, after the call of June 4, 2026 for a pause.</p></article></body></html>';
    expect(extractSource('p.html', page)).toMatchObject({ published: '2026-06-12' });
    // A date the source writes whole comes first.
    expect(extractSource('d.txt', 'Published: 13 June 2026\n\nWASHINGTON, June 12 (Reuters) - Senators asked for answers in a letter dated May 30, 2025.\n')).not.toHaveProperty('publishedNote');
  });

  it('never takes a year from nowhere: a dateline day with no year, or dates of several years, is only the day', () => {
    for (const text of [
      'WASHINGTON, June 12 (Reuters) - Senators asked for answers.\n',
      'WASHINGTON, June 12 (Reuters) - The treaty of December 8, 1987 took years; the call of June 4, 2026 asks for less.\n',
    ]) {
      const doc = extractSource('d.txt', text);
      expect(doc).not.toHaveProperty('published');
      expect(doc.undatedDay).toEqual({ text: 'June 12', month: 6, day: 12, source: 'dateline' });
    }
    expect(extractSource('d.txt', 'WASHINGTON, June 31 (Reuters) - Senators asked for answers on June 4, 2026.\n')).not.toHaveProperty('published');
  });

  it('reads a day a line of metadata gives without a year ("Published 3 June") as a dateline\'s: for its year to be found or asked for, not "no date"', () => {
    const read = (line: string, more = '') => extractSource('a.txt', `Pause plan divides experts\n\n${line}\n\nExperts were divided on Wednesday over the pause plan, according to a survey of 40 researchers.${more}\n`);
    for (const line of ['Published 3 June', 'Published: 3 June', 'Posted June 3rd']) {
      const doc = read(line);
      expect(doc).not.toHaveProperty('published');
      expect(doc.undatedDay).toMatchObject({ month: 6, day: 3 });
      expect(doc.undatedDay).not.toHaveProperty('source');
      expect(doc.text).not.toContain(line);
    }
    // The year of the other dates the text writes whole, marked for the editor to check.
    expect(read('Published 3 June', ' The survey ran until May 30, 2026.')).toMatchObject({
      published: '2026-06-03',
      publishedNote: 'the source gives "3 June" without a year; the year is that of "May 30, 2026" in the text',
    });
    // An update's day is not the publication's.
    expect(read('Updated 4 June')).not.toHaveProperty('undatedDay');
  });

  it('reads a day without its year beside the byline ("Jane Roe | 3 June"), as a line of metadata gives it', () => {
    const read = (line: string, more = '') => extractSource('a.txt', `Pause plan divides experts\n${line}\n\nExperts were divided on Wednesday over the pause plan, according to a survey of 40 researchers.${more}\n`);
    for (const [line, day] of [
      ['Jane Roe | 3 June', '3 June'],
      ['By Jane Roe · June 3', 'June 3'],
      ['Jane Roe · 3 June · 5 min read', '3 June'],
    ] as const) {
      const doc = read(line);
      expect(doc, line).toMatchObject({ byline: 'Jane Roe', undatedDay: { text: day, month: 6, day: 3 } });
      expect(doc, line).not.toHaveProperty('published');
      // Not a publisher named "June 3".
      expect(doc, line).not.toHaveProperty('siteName');
      expect(doc.text, line).not.toContain('Jane Roe');
    }
    expect(read('By Jane Roe · June 3, 2026 · 5 min read')).toMatchObject({ byline: 'Jane Roe', published: '2026-06-03' });
    expect(read('Jane Roe | 3 June', ' The survey ran until May 30, 2026.')).toMatchObject({ byline: 'Jane Roe', published: '2026-06-03' });
    // A headline that names a day is no line of fields.
    expect(extractSource('a.txt', 'Vote on 3 June | Council split\n\nThe council will vote on the bridge, the mayor said.\n').text).toContain('The council will vote');
  });

  it('reads a place or a publisher and a date on a line of their own ("Paris, le 8 juin 2026"), never as the headline', () => {
    const release = [
      'COMMUNIQUÉ DE PRESSE',
      'Paris, le 8 juin 2026',
      '',
      "L'Institut européen de l'IA salue l'appel à une pause mondiale",
      '',
      "L'Institut européen de l'IA « salue l'initiative d'Anthropic », a déclaré sa présidente, Claire Fontaine, lundi.",
      '',
      "À propos de l'Institut européen de l'IA",
      "L'Institut européen de l'IA est un centre de recherche indépendant fondé en 2019.",
    ].join('\n');
    expect(extractSource('c.txt', release)).toEqual({
      format: 'text',
      headline: "L'Institut européen de l'IA salue l'appel à une pause mondiale",
      published: '2026-06-08',
      section: 'Press release',
      siteName: "Institut européen de l'IA",
      text: "L'Institut européen de l'IA « salue l'initiative d'Anthropic », a déclaré sa présidente, Claire Fontaine, lundi.",
    });
    const read = (line: string) => extractSource('a.txt', `Pause plan divides experts\n${line}\n\nExperts were divided on Wednesday over the pause plan, according to a survey of 40 researchers.\n`);
    expect(read('Brussels Ledger, 5 June 2026')).toMatchObject({ siteName: 'Brussels Ledger', published: '2026-06-05' });
    for (const line of ['San Francisco, June 5, 2026', 'London, 5 June 2026']) {
      const doc = read(line);
      expect(doc, line).toMatchObject({ published: '2026-06-05', headline: 'Pause plan divides experts' });
      expect(doc, line).not.toHaveProperty('siteName');
      expect(doc.text, line).not.toContain('2026');
    }
    // A line that says more than a date after its comma is the text's.
    expect(read('Brussels, where the vote was held in 2026').text).toContain('Brussels, where');
  });

  it('reads a seed\'s source and date however the lines are laid out: on one line, on two, in brackets, after a dash at the end, beside the byline', () => {
    const text = 'Leading artificial intelligence developer Anthropic has ignited fresh debate over AI governance this Thursday, calling for a coordinated global halt.';
    const headline = 'Anthropic calls for global halt on frontier AI';
    for (const [layout, byline] of [
      [`${headline}\nBrussels Ledger, 5 June 2026\n\n${text}\n`, undefined],
      [`Brussels Ledger\n5 June 2026\n\n${headline}\n\n${text}\n`, undefined],
      [`${headline}\nSource: Brussels Ledger (5 June 2026)\n\n${text}\n`, undefined],
      [`${headline}\n\n${text}\n\n— Brussels Ledger, 5 June 2026\n`, undefined],
      [`${headline}\nBy Jane Roe, Brussels Ledger\nJune 5, 2026\n\n${text}\n`, 'Jane Roe'],
      // The date after them on the byline's line, as a document typed in a word processor signs it.
      [`${headline}\nBy Jane Roe, Brussels Ledger, 5 June 2026\n\n${text}\n`, 'Jane Roe'],
      [`${headline}\nBy Jane Roe, Brussels Ledger, June 5, 2026\n\n${text}\n`, 'Jane Roe'],
    ] as const) {
      const doc = extractSource('seed.txt', layout);
      expect(doc, layout).toEqual({ format: 'text', headline, published: '2026-06-05', siteName: 'Brussels Ledger', ...(byline && { byline }), text });
    }
    // A place's name over the date, or after the writer's, is no publisher.
    expect(extractSource('seed.txt', `Brussels\n5 June 2026\n\n${headline}\n\n${text}\n`)).not.toHaveProperty('siteName');
    const place = extractSource('seed.txt', `By Jane Roe, Brussels\nJune 5, 2026\n\n${text}\n`);
    expect(place).toMatchObject({ byline: 'Jane Roe', published: '2026-06-05' });
    expect(place).not.toHaveProperty('siteName');
    expect(extractSource('seed.txt', `By Jane Roe, June 5, 2026\n\n${text}\n`)).toMatchObject({ byline: 'Jane Roe', published: '2026-06-05' });
    // A day without its year there is asked for, not left out unsaid.
    expect(extractSource('seed.txt', `${headline}\nBy Jane Roe, Brussels Ledger, 5 June\n\n${text}\n`)).toMatchObject({ byline: 'Jane Roe', siteName: 'Brussels Ledger', undatedDay: { text: '5 June', month: 6, day: 5 } });
    // And in a page saved as HTML by Word, whose only metadata that line is.
    const word = `<html><head><meta name=Generator content="Microsoft Word 15"><title>Draft</title></head><body lang=EN-GB><div class=WordSection1><p class=MsoTitle>${headline}<o:p></o:p></p><p class=MsoNormal><i>By Jane Roe, Brussels Ledger, 5 June 2026<o:p></o:p></i></p><p class=MsoNormal>${text}<o:p></o:p></p></div></body></html>`;
    expect(extractSource('word.htm', word)).toMatchObject({ headline, byline: 'Jane Roe', siteName: 'Brussels Ledger', published: '2026-06-05', text });
  });

  it('reads a masthead\'s name alone on the first line, over the headline, as the publisher, not the headline', () => {
    const text = 'Anthropic on Monday called for a coordinated pause in the development of frontier AI systems, the company said.';
    for (const [name, headline, body] of [
      ['The Harbour Times', 'Anthropic urges a global pause in frontier AI development', text],
      ['Reuters', 'Anthropic urges a global pause in frontier AI development', text],
      ['Le Monde', 'Anthropic appelle à une pause mondiale du développement de l’IA', 'Anthropic a appelé lundi à une pause coordonnée du développement des systèmes d’IA les plus avancés, a déclaré la société.'],
      ['Коммерсантъ', 'Антропик призывает к глобальной паузе в разработке ИИ', 'Компания Anthropic в понедельник призвала к скоординированной паузе в разработке передовых систем ИИ.'],
    ]) {
      for (const layout of [`${name}\n${headline}\n7 December 2026\n${body}\n`, `${name}\n\n${headline}\n\nBy Ivan Petrov\n\n${body}\n`]) {
        const doc = extractSource('copy.txt', layout);
        expect(doc, layout).toMatchObject({ headline, siteName: name, text: body });
      }
    }
    // A section's or a label's word over the headline, a writer's name, or a place's over a date, is no publisher.
    for (const over of ['Technology', 'Podcast', 'Ivan Petrov']) {
      const doc = extractSource('copy.txt', `${over}\nAnthropic urges a global pause in frontier AI development\n\n${text}\n`);
      expect(doc, over).not.toHaveProperty('siteName');
    }
    expect(extractSource('copy.txt', `Brussels\n7 December 2026\nAnthropic urges a global pause in frontier AI development\n\n${text}\n`)).not.toHaveProperty('siteName');
    // A headline over a standfirst, which ends with its full stop, stays the headline.
    expect(extractSource('copy.txt', `The Pause Debate\nWhy the call came now, and who answered it.\n\n${text}\n`)).toMatchObject({ headline: 'The Pause Debate' });
  });

  it('leaves out a wire\'s slug line over the headline ("AI-PAUSE/ (UPDATE 2)")', () => {
    const read = (slug: string) => extractSource('w.txt', `${slug}\nAnthropic urges global pause on frontier AI\n\nSAN FRANCISCO, June 4, 2026 (Global Wire) - Anthropic on Thursday called for a global pause, the company said.\n`);
    for (const slug of ['AI-PAUSE/ (UPDATE 2)', 'USA-AI/PAUSE', 'AI-PAUSE (URGENT)']) {
      expect(read(slug), slug).toMatchObject({ headline: 'Anthropic urges global pause on frontier AI', published: '2026-06-04', siteName: 'Global Wire' });
      expect(read(slug).text, slug).not.toContain('PAUSE');
    }
    // A headline in capitals is no slug line.
    expect(read('ANTHROPIC URGES PAUSE').headline).toBe('ANTHROPIC URGES PAUSE');
  });

  it('reads a date as Japanese, Chinese, Korean and Arabic write it, and a headline without spaces', () => {
    expect(parseDate('2026年6月5日')).toBe('2026-06-05');
    expect(parseDate('2026년 6월 5일')).toBe('2026-06-05');
    expect(parseDate('2026年2月30日')).toBeUndefined();
    expect(parseDate('5 يونيو 2026')).toBe('2026-06-05');
    const ja = extractSource('ja.txt', 'アンソロピック、AI開発の世界的な一時停止を呼びかけ\n2026年6月5日\n\n米AI企業アンソロピックは4日、最先端AIシステムの開発を世界的に一時停止する仕組みが必要だと訴えた。\n');
    expect(ja).toMatchObject({ headline: 'アンソロピック、AI開発の世界的な一時停止を呼びかけ', published: '2026-06-05' });
    expect(ja.text).toBe('米AI企業アンソロピックは4日、最先端AIシステムの開発を世界的に一時停止する仕組みが必要だと訴えた。');
    const ar = extractSource('ar.txt', 'أنثروبيك تدعو إلى وقف عالمي لتطوير الذكاء الاصطناعي\n5 يونيو 2026\n\nدعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق.\n');
    expect(ar).toMatchObject({ headline: 'أنثروبيك تدعو إلى وقف عالمي لتطوير الذكاء الاصطناعي', published: '2026-06-05' });
    // A sentence is no headline.
    expect(looksLikeHeadline('米AI企業アンソロピックは4日、訴えた。')).toBe(false);
  });

  it('reads a line of fields whose byline is a desk\'s, not a writer\'s ("By Live team | Coastal Wire | 8 June 2026"), as a live blog signs it', () => {
    const text = (line: string) => `Live: Storm Elin hits the west coast – latest updates\n${line}\n\n18:59 BST\n\nWind speeds of 70 mph were recorded at the coast, the Met Office said.\n`;
    const doc = extractSource('live.txt', text('By Live team | Coastal Wire | 8 June 2026'));
    expect(doc).toMatchObject({ byline: 'Live team', published: '2026-06-08', siteName: 'Coastal Wire' });
    expect(doc.bylineNote).toBe('read from the line "By Live team | Coastal Wire | 8 June 2026", which names a desk, not a writer');
    expect(doc.text).not.toContain('Coastal Wire');
    expect(extractSource('staff.txt', text('By Staff reporters · 8 June 2026'))).toMatchObject({ byline: 'Staff reporters', published: '2026-06-08' });
    // A sentence that starts "By" is no desk.
    expect(extractSource('by.txt', text('By the time the storm arrived, 2,000 homes had lost power.')).byline).toBeUndefined();
  });

  it('reads a print-friendly page, which has no metadata: its byline and date a <br> apart, its address and publisher at its foot', () => {
    const page = `<html><head><title>Print: Hospital waiting lists fall for third month</title>
<meta name="robots" content="noindex"><link rel="stylesheet" href="print.css" media="print"></head>
<body onload="window.print()">
<div class="print-header"><img src="logo.png" alt="The West Country Herald"> <a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>
<h1>Hospital waiting lists fall for third month</h1>
<p class="print-meta">By Anna Kowalczyk, Health reporter<br>Published: 9 June 2026</p>
<p>The number of people waiting for hospital treatment in the South West fell for a third month in a row in April, to 612,000, according to figures published on Thursday.</p>
<p>The region's health board said 1,900 more operations had been carried out than in March, and that the longest waits, of over 65 weeks, had almost been cleared.</p>
<p>"There is still a long way to go, but the trend is now firmly in the right direction," said the board's chief executive, Dr Lena Ortiz.</p>
<div class="print-footer">This article was printed from westcountryherald.example.org. Article URL: https://westcountryherald.example.org/health/waiting-lists-fall-third-month<br>© The West Country Herald 2026</div>
</body></html>
`;
    const doc = extractSource('print.html', page);
    expect(doc).toMatchObject({
      headline: 'Hospital waiting lists fall for third month',
      byline: 'Anna Kowalczyk',
      published: '2026-06-09',
      url: 'https://westcountryherald.example.org/health/waiting-lists-fall-third-month',
      siteName: 'The West Country Herald',
    });
    expect(doc.text).toMatch(/^The number of people waiting/);
    expect(doc.text).not.toMatch(/Published|Print this page|printed from/);
    // A paragraph whose lines a <br> breaks is the article's when they are not all lines of metadata; a photograph's credit names no publisher.
    const poem = extractSource('poem.html', '<html><head><title>Verse</title></head><body><article><h1>Verse</h1><p>The tide came in at noon,<br>By evening it was gone.</p><p>The harbour authority said on Monday that it would publish the tide tables for 2027 in the autumn, as it does every year.</p><figure><figcaption>Photo: © AFP 2026</figcaption></figure></article></body></html>');
    expect(poem.text).toContain('The tide came in at noon, By evening it was gone.');
    expect(poem.siteName).toBeUndefined();
    // A copyright line names its holder, never "Copyright" itself, nor a person's name.
    const footed = (foot: string) => extractSource('f.html', `<html><head><title>Council delays vote on budget</title></head><body><article><h1>Council delays vote on budget</h1><p>The council delayed its vote on the budget on Monday, the mayor said, after a long debate about the cost of the new library.</p></article><footer><p>${foot}</p></footer></body></html>`).siteName;
    expect(footed('Copyright © 2026 Northfield Courier Ltd. All rights reserved.')).toBe('Northfield Courier');
    expect(footed('Copyright 2026, Tribune Media Group')).toBe('Tribune Media Group');
    expect(footed('(c) The Meridian 2026 | Privacy')).toBe('The Meridian');
    for (const foot of ['© Copyright 2026 All Rights Reserved', '© 2026 All rights reserved.', '© 2026 Jane Roe. Powered by WordPress']) expect(footed(foot), foot).toBeUndefined();
  });

  it('reads a copy of a PDF whose headline it wraps over two lines, under a running head that then heads each page', () => {
    const copy = `THE REGIONAL REVIEW · Infrastructure                        June 2026

Flood defences: what the new funding
will and will not do

By Ines Alvarez

The government's promise of £2.4 billion for flood defences
over six years has been welcomed by councils, but engineers
warn that the money will protect fewer homes than ministers
claim.

The Environment Department says the programme will protect
200,000 homes by 2032. But the Institution of Civil Engineers
said on Monday that rising construction costs mean the true
figure is likely to be closer to 140,000.

"The sums were done before construction inflation hit 18%,"
said the institution's president, Mark Ellery. "Nobody has
gone back to check them, and the councils that will build the
schemes know it."

Councils in the north-west, where flooding in 2024 damaged
more than 4,000 homes, say the bidding process favours large
schemes that protect many properties cheaply, and leaves
smaller towns without help.

The Local Government Association said 38 councils had told it
they had schemes ready to start that had not been funded. Its
environment spokesperson, Carol Baines, said the association
had written to the minister asking for the rules to be
changed.

The department said its estimate was "robust and based on the
latest data", and that it would publish an updated assessment

The Regional Review · 3


THE REGIONAL REVIEW · Infrastructure                        June 2026

in the autumn. A spokesperson added that the programme had
already completed 112 schemes since it began.

Engineers also point to the cost of maintaining existing
defences. The National Audit Office found last year that one
in five flood walls and embankments in England was in poor
condition, and that the maintenance budget had fallen in real
terms for five years in a row.

"Building new defences while the old ones crumble is like
filling a bath with the plug out," said Dr Sunita Rao, a
hydrologist at the University of Leeds, who advised the audit
office on its report.

Insurers have warned that homes left outside the programme may
find cover harder to get once the Flood Re scheme, which caps
premiums for homes at risk, ends in 2039. The Association of
British Insurers said about 1.2 million homes were covered by
the scheme.

The minister for floods, Gareth Lowry, is due to give evidence
to the environment committee next month. The committee's chair
said members would ask how the 200,000 figure had been
calculated and whether it would be revised.


The Regional Review · 4

`;
    const doc = extractSource('review.txt', copy);
    expect(doc).toMatchObject({ headline: 'Flood defences: what the new funding will and will not do', byline: 'Ines Alvarez' });
    expect(doc.text).toMatch(/^The government's promise of £2\.4 billion/);
    // The second page's running head is left out, and the sentence its page break divides is whole again.
    expect(doc.text).not.toContain('REVIEW');
    expect(doc.text).toContain('that it would publish an updated assessment in the autumn. A spokesperson added');
    const archived = withoutPageFurniture(copy);
    expect(archived.match(/THE REGIONAL REVIEW/g)).toHaveLength(1);
    expect(archived).not.toContain('The Regional Review · ');
    // Two lines over a paragraph that end a sentence, or a paragraph's first lines, are no headline.
    expect(extractSource('p.txt', 'The council said on Monday that the\nbridge would stay shut.\n\nIt gave no date for the reopening.\n\nRepairs will cost £4 million.\n').headline).toBeUndefined();
    // A word the file divides at a line's end that the headline has whole is whole again.
    const divided = extractSource(
      'defences.txt',
      "Flood defences: the new funding will protect fewer homes\n\nThe government's promise of £2.4 billion for flood defen-\nces over six years has been welcomed by councils, but\nengineers warn that the money will protect fewer homes\nthan ministers claim, the institution said on Monday.\n\nThe department said its estimate was robust and based on\nthe latest data, and that it would publish an updated\nassessment in the autumn, a spokesperson said on Monday.\n",
    );
    expect(divided.text).toContain('for flood defences over six years');
    expect(extractSource('p.txt', 'Hi all, worth a read for the\nbridge story\n\nThe council said on Monday that the bridge would stay shut.\n\nRepairs will cost £4 million.\n').headline).toBeUndefined();
    expect(extractSource('p.txt', 'the council said on Monday that\nthe bridge would stay shut\n\nIt gave no date for the reopening.\n\nRepairs will cost £4 million.\n').headline).toBeUndefined();
  });

  it('reads an MDX file as the Markdown it holds, without its imports, exports and components\' tags', () => {
    const mdx = [
      '---',
      'title: "Wind farm approved despite objections"',
      'date: 2026-06-07',
      'author: Priya Shah',
      'source: https://coastlinepost.example.com/2026/06/07/wind-farm-approved',
      '---',
      "import Callout from '../components/Callout.astro';",
      'import {',
      '  Chart,',
      '  Figure,',
      "} from '@/components';",
      '',
      '<Callout type="info">This story is developing.</Callout>',
      '',
      'The planning inspector approved a 42-turbine wind farm off the Norfolk coast on Friday, overruling objections from two district councils.',
      '',
      '<Chart',
      '  data={turbines}',
      '  title="Capacity by year"',
      '/>',
      '',
      '{/* TODO: add the map */}',
      '',
      '"This is a good day for clean energy in the region," said the company\'s managing director, <Person id="hugh">Hugh Tanner</Person>.',
      '',
      'export const meta = { featured: true };',
      '',
    ].join('\n');
    const doc = extractSource('wind-farm.mdx', mdx);
    expect(doc).toMatchObject({ format: 'markdown', headline: 'Wind farm approved despite objections', published: '2026-06-07', byline: 'Priya Shah', url: 'https://coastlinepost.example.com/2026/06/07/wind-farm-approved' });
    expect(doc.text).toBe(
      [
        'This story is developing.',
        'The planning inspector approved a 42-turbine wind farm off the Norfolk coast on Friday, overruling objections from two district councils.',
        '"This is a good day for clean energy in the region," said the company\'s managing director, Hugh Tanner.',
      ].join('\n\n'),
    );
    expect(detectFormat('wind-farm.mdx', mdx)).toBe('markdown');
  });

  it('reads a page without metadata or an <article>, behind a consent box, with recommended links and comments: the article\'s text, and its byline and date from the line under its headline', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Minister quits over leaked memo - The Capital Times</title>
<meta name="description" content="The transport minister resigned on Friday after a leaked memo showed...">
</head><body>
<div class="consent-overlay"><div class="consent-box"><h2>Your privacy choices</h2><p>We and our partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can change your choices at any time from the privacy settings link in the footer of every page.</p><a class="btn">Agree and continue</a><a class="btn">Reject non-essential</a></div></div>
<div class="masthead"><a href="/"><img src="/logo.svg" alt="The Capital Times"></a><ul class="menu"><li>Politics</li><li>Business</li><li>Culture</li><li>Sport</li></ul><a href="/subscribe">Subscribe for £1</a></div>
<div class="wrapper"><div class="col-main">
<div class="kicker">Politics</div>
<h1>Minister quits over leaked memo</h1>
<div class="meta">Rosa Lindqvist<span> · </span>Friday 12 June 2026, 18:40</div>
<div class="story-body">
<p>The transport minister, Alan Brooks, resigned on Friday evening after a leaked memo showed that he had been warned about safety problems on the new signalling system eight months before it failed.</p>
<p>The memo, seen by The Capital Times, was sent to Mr Brooks by the rail regulator in October. It said that 14 of 22 test runs had failed and that the system "should not enter service in its current form".</p>
<p>In his resignation letter, Mr Brooks said he had "acted on the advice I was given at the time" but that he could not stay in post "while questions remain about what I knew".</p>
<div class="recirc"><h4>Recommended for you</h4><ul><li><a href="/x">Rail chaos: what went wrong</a></li><li><a href="/y">Who could replace Brooks?</a></li><li><a href="/z">Signalling firm shares fall 12%</a></li></ul></div>
<p>The prime minister's office said a successor would be named on Monday.</p>
</div>
<div class="tags">Topics: Rail, Transport, Government</div>
</div>
<div class="col-side"><h3>Most popular</h3><ol><li>Heatwave warning for the weekend</li><li>House prices fall for a fifth month</li></ol></div>
</div>
<div class="thread"><h3>312 comments</h3><div class="c"><b>OldCommuter</b><p>He knew and did nothing. Good riddance.</p></div><div class="c"><b>trainfan88</b><p>The regulator should go too, they signed it off in the end.</p></div></div>
<div class="site-foot">© 2026 The Capital Times Ltd. All rights reserved. <a>Privacy settings</a></div>
</body></html>
`;
    const doc = extractSource('minister.html', page);
    expect(doc).toMatchObject({ headline: 'Minister quits over leaked memo', published: '2026-06-12', byline: 'Rosa Lindqvist', siteName: 'The Capital Times' });
    expect(doc.bylineNote).toBe('read from the line "Rosa Lindqvist · Friday 12 June 2026, 18:40", which does not say "By"');
    expect(doc.text.split('\n\n')).toHaveLength(4);
    expect(doc.text).toMatch(/^The transport minister, Alan Brooks, resigned on Friday evening/);
    expect(doc.text).not.toMatch(/privacy|cookies|Recommended|Who could replace|Most popular|comments|Good riddance|Topics/i);
    // The article's first paragraph under the headline is no line of fields.
    const bare = page.replace(/<div class="meta">.*?<\/div>\n/, '');
    expect(bare).not.toContain('Rosa');
    const without = extractSource('minister.html', bare);
    expect([without.published, without.byline]).toEqual([undefined, undefined]);
    // A site's name set as its masthead's <h1>, over its menu and today's date, gives no date.
    const masthead = '<html><head><title>Minister quits</title></head><body><header><h1 class="logo">The Capital Times</h1><nav>News | Sport | Monday 15 June 2026</nav></header><div><h2>Minister quits over leaked memo</h2><p>The transport minister, Alan Brooks, resigned on Friday evening after a leaked memo showed he had been warned about safety problems on the new signalling system.</p><p>The prime minister\'s office said a successor would be named on Monday.</p></div></body></html>';
    expect(extractSource('masthead.html', masthead).published).toBeUndefined();
  });

  it('leaves out the appeals a page puts in the article\'s flow without a class: a newsletter\'s, and a call for readers\' stories', () => {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hospital trust fined over fire safety failings | Eastern Post</title>
<meta property="og:site_name" content="Eastern Post"><meta property="article:published_time" content="2026-06-03T10:00:00Z">
<link rel="canonical" href="https://easternpost.example.com/news/hospital-trust-fined-fire-safety"></head>
<body>
<div id="onetrust-banner-sdk"><div class="ot-sdk-container"><p id="onetrust-policy-text">By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<header><nav aria-label="Main"><a href="/">Eastern Post</a><a href="/news">News</a></nav></header>
<main><article>
<h1>Hospital trust fined over fire safety failings</h1>
<p>A hospital trust has been fined £400,000 after inspectors found blocked fire exits and faulty alarms on three wards, a court heard on Tuesday.</p>
<p><strong>Read more:</strong> <a href="/news/fire-service-warns-hospitals">Fire service warns hospitals over alarms</a></p>
<p>The fire service said that on one ward, 28 patients would have had to be moved through a single corridor if a fire had broken out.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>Get our free daily newsletter: the day's top stories in your inbox every morning. <a href="/signup">Sign up here</a></p>
<p>"Patients were put at real risk," the prosecutor, Emma Doyle, told Norwich Crown Court.</p>
<p>The trust said it had spent £2 million on new alarms and fire doors since the inspection.</p>
<p><em>Have you been affected? Email us at news@easternpost.example.com</em></p>
</article>
<div id="disqus_thread"><div class="post"><p>Disgraceful. My mother was on one of those wards.</p></div></div>
<div class="taboola"><h3>You may like</h3><p>Doctors stunned by this one simple trick</p></div>
</main></body></html>
`;
    const doc = extractSource('fire.html', page);
    expect(doc.text.split('\n\n')).toEqual([
      'A hospital trust has been fined £400,000 after inspectors found blocked fire exits and faulty alarms on three wards, a court heard on Tuesday.',
      'The fire service said that on one ward, 28 patients would have had to be moved through a single corridor if a fire had broken out.',
      '"Patients were put at real risk," the prosecutor, Emma Doyle, told Norwich Crown Court.',
      'The trust said it had spent £2 million on new alarms and fire doors since the inspection.',
    ]);
    // As a page saved as text has them too; an article's sentence about a newsletter or an e-mail is the article's.
    const text = extractSource(
      'fire.txt',
      'Hospital trust fined over fire safety failings\n\nA hospital trust has been fined £400,000, a court heard on Tuesday.\n\nGet our free daily newsletter: the day\'s top stories in your inbox every morning. Sign up here\n\nThe trust said in an e-mail to staff that it had contacted the fire service.\n\nGot a story? Contact our newsdesk on WhatsApp\n',
    );
    expect(text.text).toBe('A hospital trust has been fined £400,000, a court heard on Tuesday.\n\nThe trust said in an e-mail to staff that it had contacted the fire service.');
  });

  it('reads a source line and a date as Arabic writes them, as the seeds\' are read ("> المصدر: <…>", "> تاريخ النشر: …", "بقلم …")', () => {
    // As the seeds' Markdown writes them, in Arabic.
    const md = extractSource(
      'ar.md',
      '# أنثروبيك تدعو إلى وقف عالمي لتطوير الذكاء الاصطناعي\n\n> المصدر: <https://example.com/ar/anthropic-pause>\n> تاريخ النشر: 2026-06-05 17:00:44+00:00\n\nدعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق.\n',
    );
    expect(md).toMatchObject({ headline: 'أنثروبيك تدعو إلى وقف عالمي لتطوير الذكاء الاصطناعي', url: 'https://example.com/ar/anthropic-pause', published: '2026-06-05T17:00:44Z' });
    expect(md.text).toBe('دعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق.');
    // A byline without a colon, a date with its short vowels, a weekday, Arabic-Indic digits and the month's two names, and the publisher at the end.
    const txt = extractSource(
      'ar.txt',
      'أنثروبيك تدعو إلى وقف عالمي لتطوير الذكاء الاصطناعي\nبقلم سارة الخطيب\nنُشر في: الخميس ٥ يونيو/حزيران ٢٠٢٦\n\nدعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق.\n\nالمصدر: وكالة الأنباء العالمية\n',
    );
    expect(txt).toMatchObject({ byline: 'سارة الخطيب', published: '2026-06-05', siteName: 'وكالة الأنباء العالمية' });
    expect(txt.text).toBe('دعت شركة أنثروبيك الأمريكية يوم الخميس إلى وقف عالمي منسق.');
    expect(parseDate('5 حزيران 2026')).toBe('2026-06-05');
    expect(parseDate('٣ تشرين الأول ٢٠٢٦')).toBe('2026-10-03');
    expect(parseDate('12 آب 2026')).toBe('2026-08-12');
    // An update's date is not the publication's; a sentence with a colon is no line of metadata.
    const updated = extractSource('ar.txt', 'عنوان الخبر هنا\nآخر تحديث: 6 يونيو 2026\n\nوقال المتحدث: إن الشركة ستواصل العمل.\n');
    expect(updated).toMatchObject({ updated: 'Last updated: 6 يونيو 2026', text: 'وقال المتحدث: إن الشركة ستواصل العمل.' });
    expect(updated.published).toBeUndefined();
  });

  it('reads the AP\'s byline, the writer in capitals then the agency ("By LI WEI Associated Press"), and a Jekyll post\'s kind among its categories', () => {
    const wire = (by: string) => extractSource('ap.txt', `Anthropic urges pause on frontier AI\n\n${by}\n\nSAN FRANCISCO (AP) — Anthropic on Thursday called for a coordinated global pause, the company said.\n`);
    expect(wire('By LI WEI Associated Press')).toMatchObject({ byline: 'LI WEI', siteName: 'Associated Press' });
    expect(wire('By LI WEI and ANN ROE Associated Press')).toMatchObject({ byline: 'LI WEI and ANN ROE', siteName: 'Associated Press' });
    // A writer's name as written, in capitals or not, is the byline whole.
    expect(wire('By LI WEI')).toMatchObject({ byline: 'LI WEI', siteName: 'AP' });
    expect(wire('By Jane Van Dyke')).toMatchObject({ byline: 'Jane Van Dyke' });
    const post = (categories: string) => extractSource('p.md', `---\nlayout: post\ntitle: "A pause is the wrong answer"\ndate: 2026-06-06\n${categories}\n---\nAnthropic's call for a pause would hand the lead to rivals, critics argue.\n`);
    expect(post('categories: [opinion, ai]').section).toBe('opinion');
    expect(post('categories: ai opinion').section).toBe('opinion');
    expect(post('tags: [Analysis]').section).toBe('Analysis');
    expect(post('categories: [ai, policy]')).not.toHaveProperty('section');
  });

  it('reads a Hugo post\'s TOML front matter, between +++ lines', () => {
    const post = [
      '+++',
      'title = "Anthropic wants the world to hit \\"pause\\""',
      'date = 2026-06-05T09:30:00+02:00',
      "authors = ['Marta Kowalska', \"Li Wei\"]  # both",
      'categories = ["AI", "Policy"]',
      'draft = false',
      '[params]',
      'source = "https://brusselsledger.example/anthropic-pause/"',
      '[[resources]]',
      'author = "Photographer"',
      '+++',
      '',
      'Anthropic called on Thursday for a global pause on the most powerful AI systems.',
    ].join('\n');
    expect(extractSource('post.md', post)).toEqual({
      format: 'markdown',
      headline: 'Anthropic wants the world to hit "pause"',
      url: 'https://brusselsledger.example/anthropic-pause/',
      published: '2026-06-05T09:30:00+02:00',
      byline: 'Marta Kowalska, Li Wei',
      text: 'Anthropic called on Thursday for a global pause on the most powerful AI systems.',
    });
  });

  it('keeps the date a source gives only as its update\'s for the editor to be told, never as the publication\'s', () => {
    const read = (line: string) => extractSource('a.txt', `Pause plan divides experts\n${line}\n\nExperts were divided on Wednesday over the pause plan, according to a survey of 40 researchers.\n`);
    for (const line of ['Updated 4 June', 'Updated: 4 June 2026', 'Jane Roe | Updated June 4, 2026', 'Last updated on 4 June 2026, 10:32', 'Mis à jour le 4 juin 2026']) {
      const doc = read(line);
      expect(doc, line).not.toHaveProperty('published');
      expect(doc.updated, line).toMatch(/^(?:Updated|Last updated|Mis à jour)/);
      expect(doc.text, line).not.toContain('4 June');
    }
    // Beside a publication date, the update is not mentioned.
    expect(read('Published 3 June 2026 | Updated 4 June 2026')).not.toHaveProperty('updated');
    expect(read('Published 3 June | Updated 4 June')).not.toHaveProperty('updated');
  });

  it('reads Markdown with setext headings, reference links and footnotes as its readers see it', () => {
    const md = [
      'The Compute Cap Nobody Wants',
      '============================',
      '',
      'The proposal hinges on a [compute threshold][1]. The company said in its [paper][] that large runs should be registered.',
      '',
      'What the labs said',
      '------------------',
      '',
      'OpenAI said it "supports the goal but not the mechanism," according to a statement[^1].',
      '',
      '[1]: https://example.org/compute-threshold "Compute threshold"',
      '[paper]: https://anthropic.example.com/pause-paper',
      '[^1]: Statement of 9 June 2026.',
      '',
    ].join('\n');
    expect(extractSource('cap.md', md)).toEqual({
      format: 'markdown',
      headline: 'The Compute Cap Nobody Wants',
      text: [
        'The proposal hinges on a compute threshold. The company said in its paper that large runs should be registered.',
        'What the labs said',
        'OpenAI said it "supports the goal but not the mechanism," according to a statement.',
        'Statement of 9 June 2026.',
      ].join('\n\n'),
    });
  });

  it('reads a transcript: its title, a question, as the headline, and the day it aired', () => {
    const doc = extractSource('t.txt', 'Transcript: The Policy Hour — "Can anyone pause AI?"\nAired June 11, 2026\n\nHOST: Welcome back. Why now?\n\nJACK CLARK: Because the data changed.\n');
    expect(doc).toEqual({
      format: 'text',
      headline: 'Transcript: The Policy Hour — "Can anyone pause AI?"',
      published: '2026-06-11',
      text: 'HOST: Welcome back. Why now?\n\nJACK CLARK: Because the data changed.',
    });
  });

  it('reads the YAML frontmatter a Markdown or text file starts with, and keeps it out of the text', () => {
    const front = '---\ntitle: "The pause that isn\'t: a close reading"\ndate: 2026-06-06T11:30:00+02:00\nauthor: [Sofia Brandt, {name: Ola Berg}]\nsource: https://signal.example.net/pause\nlang: en-GB\ntags: [ai]\n---\n';
    expect(extractSource('post.md', `${front}\n# The pause that isn't: a close reading\n\nRead closely, the post is narrower.\n`)).toEqual({
      format: 'markdown',
      headline: "The pause that isn't: a close reading",
      url: 'https://signal.example.net/pause',
      published: '2026-06-06T11:30:00+02:00',
      byline: 'Sofia Brandt, Ola Berg',
      language: 'en-GB',
      text: 'Read closely, the post is narrower.',
    });
    expect(extractSource('post.txt', `${front}The post is narrower than it reads.\n`)).toMatchObject({ headline: "The pause that isn't: a close reading", text: 'The post is narrower than it reads.' });
    // As Obsidian's Web Clipper saves a page: an author as a link to a note, and the page's images, whose descriptions are not the text.
    const clipped = '---\ntitle: "Council delays vote"\nsource: "https://courier.example/vote"\nauthor:\n  - "[[Ines Alvarez]]"\n  - "[[people/Tom Reyes|Tom Reyes]]"\npublished: 2026-06-09\n---\nThe council postponed the vote.\n\n![A photo of the bridge](https://img.example/bridge.jpg)\n\n[![Chart](https://img.example/c.png)](https://img.example/c-large.png)\n\nThe vote is on June 22, with ![an icon](i.png) inline.\n';
    expect(extractSource('clip.md', clipped)).toMatchObject({ byline: 'Ines Alvarez, Tom Reyes', text: 'The council postponed the vote.\n\nThe vote is on June 22, with an icon inline.' });
  });

  it('reads the byline, section and date of a line of fields in French or German, never the update', () => {
    const fr = extractSource('a.txt', "Pourquoi la pause divise les chercheurs\nLe Quotidien du Numérique | Analyse | Publié le jeudi 11 juin 2026 à 10h32 | Mis à jour le 12 juin 2026 à 08h15\nPar Claire Fontaine\n\nLa société a proposé une pause mondiale.\n");
    expect(fr).toEqual({
      format: 'text',
      headline: 'Pourquoi la pause divise les chercheurs',
      published: '2026-06-11',
      byline: 'Claire Fontaine',
      siteName: 'Le Quotidien du Numérique',
      section: 'Analyse',
      text: 'La société a proposé une pause mondiale.',
    });
    const de = extractSource('a.md', '# Ein Moratorium, das keines ist\n\n*Von Jonas Weber | 10. Juni 2026*\n\nAnthropic hat eine Pause vorgeschlagen.\n');
    expect(de).toMatchObject({ byline: 'Jonas Weber', published: '2026-06-10', text: 'Anthropic hat eine Pause vorgeschlagen.' });
    expect(de.siteName).toBeUndefined();
    // A date alone on its line as German writes it, day first with a full stop: the day, not a list's fourth item ("Juni 2026", no day).
    for (const [name, line] of [['a.txt', '4. Juni 2026'], ['a.txt', '4. Juni 2026 | Von Jonas Weber'], ['a.md', '4. Juni 2026']] as const) {
      const doc = extractSource(name, `Anthropic fordert weltweite Pause bei KI-Entwicklung\n\nVon Jonas Weber\n${line}\n\nDas US-Unternehmen Anthropic hat am Donnerstag eine weltweite Pause gefordert, sagte ein Sprecher.\n`);
      expect(doc).toMatchObject({ byline: 'Jonas Weber', published: '2026-06-04' });
    }
    // A list's items are still a list's.
    expect(extractSource('a.txt', 'Drei Punkte des Vorschlags\n\n1. Eine weltweite Pause.\n2. Regeln für alle Labore.\n\nDas sagte ein Sprecher am Donnerstag.\n').published).toBeUndefined();
  });

  it('proposes a publisher a running head sets in capitals by its name as the text writes it elsewhere, when it does', () => {
    const text = (foot: string) =>
      `THE SCIENCE LEDGER      June 2026\n\nSelf-improving AI is not around the corner\n\nBy Anna Berg\n\nThe evidence for that claim is thin, and few researchers share the forecast.\n\nA pause may still be a good idea, argued on its merits.\n\n${foot}\n`;
    expect(extractSource('review.txt', text('The Science Ledger · 3')).siteName).toBe('The Science Ledger');
    // Written nowhere else with a capital first (in lower case, as an address may have it): as it is.
    expect(extractSource('review.txt', text('Subscribe to the science ledger, as its readers call it.')).siteName).toBe('THE SCIENCE LEDGER');
  });

  it('reads the headers of a forwarded newsletter: its subject, sender and date, and keeps them out of the text', () => {
    const mail = '---------- Forwarded message ---------\nFrom: The Briefing <newsletter@briefing.example.com>\nDate: Mon, Jun 15, 2026 at 7:02 AM\nSubject: Fwd: The Briefing: Pause talk and chip rules\nTo: desk@example.org\n\n\nGood morning. Here is what you need to know today.\n\nThe G7 will take note of the proposal, officials said.\n';
    expect(extractSource('mail.txt', mail)).toEqual({
      format: 'text',
      headline: 'The Briefing: Pause talk and chip rules',
      published: '2026-06-15',
      siteName: 'The Briefing',
      text: 'Good morning. Here is what you need to know today.\n\nThe G7 will take note of the proposal, officials said.',
    });
    // A newsletter's own e-mail whose subject names it before the headline its text starts with: that headline, once.
    const issue = 'From: The AI Briefing <briefing@aibriefing.example.net>\nSubject: The AI Briefing: Anthropic\'s pause call meets a cool reception\nDate: Mon, 8 Jun 2026 07:00:00 +0000\n\nAnthropic\'s pause call meets a cool reception\n\nBy Priya Raman\n\nAnthropic\'s call for a coordinated pause has drawn little support from its rivals.\n';
    expect(extractSource('mail.txt', issue)).toMatchObject({
      headline: "Anthropic's pause call meets a cool reception",
      byline: 'Priya Raman',
      text: "Anthropic's call for a coordinated pause has drawn little support from its rivals.",
    });
    // Not a header: a line that starts "From:" in an article's own words.
    expect(extractSource('a.txt', 'The bridge turns one hundred\nFrom: the archives, a look back.\n\nThe bridge opened in 1926.\n').text).toBe('From: the archives, a look back.\n\nThe bridge opened in 1926.');
  });

  it('takes a forwarded article\'s own headline, not the forwarding e-mail\'s subject, and the day a person sent it on only as a date to check', () => {
    const article = 'Anthropic calls for a coordinated global halt to frontier AI\nBy Li Wei\nSource: https://example.com/anthropic-halt\n\nAnthropic has called for a coordinated global pause, the company said on Thursday.\n\nThe proposal drew criticism from rivals.\n';
    const expected = {
      format: 'text',
      headline: 'Anthropic calls for a coordinated global halt to frontier AI',
      url: 'https://example.com/anthropic-halt',
      byline: 'Li Wei',
      published: '2026-06-09',
      publishedNote: 'the day the e-mail that brought it was sent',
      text: 'Anthropic has called for a coordinated global pause, the company said on Thursday.\n\nThe proposal drew criticism from rivals.',
    };
    // As Gmail forwards it, and as a saved e-mail (.eml) reads: the sender's subject, and the day she sent it.
    const gmail = `---------- Forwarded message ---------\nFrom: Helen Marsh <helen@example.org>\nDate: Tue, Jun 9, 2026 at 9:14 AM\nSubject: Fwd: worth a read for the pause story\nTo: desk@example.org\n\n\n${article}`;
    const eml = `From: Helen Marsh <helen@example.org>\nSubject: Fwd: worth a read for the pause story\nDate: Tue, 9 Jun 2026 09:14:00 +0000\n\n${article}`;
    for (const mail of [gmail, eml]) expect(extractSource('mail.txt', mail)).toEqual(expected);
    // The article's own date, when it has one.
    expect(extractSource('mail.txt', eml.replace('By Li Wei\n', 'By Li Wei\nPublished: 5 June 2026\n'))).toMatchObject({ published: '2026-06-05', headline: expected.headline });
    // Without a headline of its own, the subject without its "Fwd:".
    expect(extractSource('mail.txt', eml.replace('Anthropic calls for a coordinated global halt to frontier AI\n', '')).headline).toBe('worth a read for the pause story');
  });

  it('leaves out a newsletter\'s "View in browser" line and its footer, from the text and from what is archived', () => {
    const body = 'Good morning. Here is what you need to know today.\n\nThe G7 will take note of the proposal, officials said on Sunday.\n\nThat\'s all for today.';
    const footer = '\n\n--\nYou are receiving this email because you subscribed to The Briefing.\nUnsubscribe | Manage your preferences | View in browser\nThe Briefing, 1 Market Street, London EC1 2AB\n© 2026 Briefing Media Ltd. All rights reserved.\n';
    const mail = `View this email in your browser\n\nSubject: The Briefing: Pause talk\n\n${body}${footer}`;
    expect(withoutMailWrapper(mail)).toBe(`Subject: The Briefing: Pause talk\n\n${body}\n`);
    expect(withoutMailWrapper(mail.replaceAll('\n', '\r\n'))).toBe(`Subject: The Briefing: Pause talk\n\n${body}\n`.replaceAll('\n', '\r\n'));
    expect(extractSource('mail.txt', mail)).toEqual({ format: 'text', headline: 'The Briefing: Pause talk', text: body });
    // A footer that is only a copyright line, or one that starts with "Unsubscribe".
    expect(withoutMailWrapper(`${body}\n\nUnsubscribe from this list\n`)).toBe(`${body}\n`);
    expect(withoutMailWrapper(`${body}\n© 2026 Reuters\n`)).toBe(`${body}\n`);
  });

  it('keeps the text of an article that only mentions copyright or unsubscribing, and a text that is nothing but a footer', () => {
    for (const text of [
      'The council met on Monday.\n\n---\n\nThe vote is on Tuesday, the mayor said.\n',
      'The council met on Monday.\n\n------------------\n\nThe vote is on Tuesday, the mayor said.\n',
      'Copyright lawyers said the case would take years.\n\nThe court will rule in June.\n',
      'Readers were told to unsubscribe. Unsubscribe rates doubled within a week, the company said.\n',
      'The list grew by half in a year.\n\nUnsubscribe rates doubled within a week, the company said.\n\nIt would not say why.\n',
      'Unsubscribe | Manage your preferences\n',
      `The court will rule in June.\n\nUnsubscribe ${'x'.repeat(300)}\n`,
    ]) {
      expect(withoutMailWrapper(text)).toBe(text);
    }
  });

  it('takes a person named alone in a line of fields for the byline, marked for checking, and a masthead\'s name for the publisher', () => {
    const read = (line: string) => extractSource('f.txt', `AI pause call draws mixed response\n${line}\nAnthropic said on Thursday that a pause must be global.\n`);
    expect(read('Jane Roe | June 3, 2026')).toMatchObject({ byline: 'Jane Roe', bylineNote: 'read from the line "Jane Roe | June 3, 2026", which does not say "By"', published: '2026-06-03' });
    expect(read('Jane Roe | June 3, 2026').siteName).toBeUndefined();
    for (const [line, site] of [
      ['Global Wire | June 3, 2026', 'Global Wire'],
      ['The Meridian | June 3, 2026', 'The Meridian'],
      ['Reuters | June 3, 2026', 'Reuters'],
      ['BBC News | June 3, 2026', 'BBC News'],
      ['By Jane Roe | Tech Policy Daily | June 3, 2026', 'Tech Policy Daily'],
    ] as const) {
      const doc = read(line);
      expect([doc.siteName, doc.bylineNote], line).toEqual([site, undefined]);
      expect(doc.text, line).not.toContain('June 3');
    }
  });

  it('takes no date in numbers for a publisher, reads those whose order is certain, and marks 03/06/2026 as a date to settle', () => {
    const read = (line: string) => extractSource('f.txt', `AI pause call draws mixed response\n${line}\nAnthropic said on Thursday that a pause must be global.\n`);
    const dotted = read('By Jane Roe | 03.06.2026');
    expect([dotted.byline, dotted.published, dotted.siteName]).toEqual(['Jane Roe', '2026-06-03', undefined]);
    const slashed = read('By Jane Roe | 03/06/2026');
    expect([slashed.byline, slashed.published, slashed.ambiguousDate, slashed.siteName]).toEqual(['Jane Roe', undefined, '03/06/2026', undefined]);
    expect(read('Published: 03/06/2026')).toMatchObject({ ambiguousDate: '03/06/2026' });
    expect(read('Published: 03/06/2026').published).toBeUndefined();
    // A time relative to when the page was saved is no date, and the line is still metadata.
    for (const line of ['By Jane Roe | Updated 2 hours ago', 'By Jane Roe | Posted 3 days ago', 'By Jane Roe | Yesterday at 10:00']) {
      const doc = read(line);
      expect([doc.byline, doc.published, doc.text.includes('Jane Roe')], line).toEqual(['Jane Roe', undefined, false]);
    }
  });

  it('keeps a time relative to the saving ("Posted 3 days ago") as written, for the editor, never as a date, in a line, a keyed line or a page', () => {
    const read = (line: string) => extractSource('f.txt', `AI pause call draws mixed response\n${line}\nAnthropic said on Thursday that a pause must be global.\n`);
    for (const [line, said] of [
      ['Posted 3 days ago', 'Posted 3 days ago'],
      ['Updated 2 hours ago', 'Updated 2 hours ago'],
      ['By Jane Roe | Updated 2 hours ago', 'Updated 2 hours ago'],
      ['Posted: 3 days ago', 'Posted: 3 days ago'],
      ['Last updated: 5h ago', 'Last updated: 5h ago'],
      ['Publié il y a 3 jours', 'Publié il y a 3 jours'],
      ['Published: Tuesday 10:32', 'Published: Tuesday 10:32'],
      ['Posted Tue 10:32 BST', 'Posted Tue 10:32 BST'],
    ]) {
      const doc = read(line!);
      expect([doc.relativeDate, doc.published, doc.text.includes(said!)], line).toEqual([said, undefined, false]);
    }
    // A date the source gives whole is the date: the relative time then says nothing more.
    expect(read('Published 3 June 2026 | Updated 2 hours ago')).toMatchObject({ published: '2026-06-03' });
    expect(read('Published 3 June 2026 | Updated 2 hours ago')).not.toHaveProperty('relativeDate');
    const page = (date: string) =>
      `<html><head><title>Council closes bridge</title></head><body><article><h1>Council closes bridge</h1>${date}<p>The council closed the harbour bridge on Tuesday for repairs, it said in a statement to the press.</p><p>Ships waited for hours outside the port, and the harbour master said the delays would last for weeks.</p></article></body></html>`;
    expect(extractSource('p.html', page('<span class="date">Posted 3 days ago</span>')).relativeDate).toBe('Posted 3 days ago');
    expect(extractSource('p.html', page('<time>2 hours ago</time>')).relativeDate).toBe('2 hours ago');
    expect(extractSource('p.html', page('<time>2 hours ago</time><span class="date">3 June 2026</span>'))).toMatchObject({ published: '2026-06-03' });
  });

  it('joins the lines of a text hard-wrapped at 72 columns into its paragraphs, keeping its lists and short lines apart', () => {
    const text = [
      'Regulators weigh a pause on frontier AI models',
      '',
      'The European Commission said on Tuesday that it would study a proposal',
      'to pause the development of the largest AI models for six months, after',
      '1,200 researchers signed a letter calling for the move. "We will look at',
      'every option on the table before the summer," the commissioner told',
      'reporters in Brussels.',
      'Officials noted that the proposal would need the support of the United',
      'States and China, and that verification of any pause was the devel-',
      'opment that mattered most.',
      '',
      'Among the measures under study:',
      '- a register of training runs above a threshold agreed by the',
      '  signatories of the letter;',
      '- independent audits.',
      '',
      'Helen Marsh',
      'Brussels bureau',
      '',
    ].join('\n');
    const doc = extractSource('mail.txt', text);
    expect(doc.headline).toBe('Regulators weigh a pause on frontier AI models');
    expect(doc.text.split('\n\n')).toEqual([
      'The European Commission said on Tuesday that it would study a proposal to pause the development of the largest AI models for six months, after 1,200 researchers signed a letter calling for the move. "We will look at every option on the table before the summer," the commissioner told reporters in Brussels.',
      'Officials noted that the proposal would need the support of the United States and China, and that verification of any pause was the development that mattered most.',
      'Among the measures under study:',
      '- a register of training runs above a threshold agreed by the signatories of the letter;',
      '- independent audits.',
      'Helen Marsh',
      'Brussels bureau',
    ]);
    // A text written a paragraph (or a headline) a line keeps its lines, however short they are.
    for (const lines of [
      ['The council met on Tuesday in the town hall.', 'It voted to close the harbour bridge for repairs.', 'Repairs will take a year, the mayor said.', 'Ships will use the old quay meanwhile.'],
      ['Anthropic calls for a global pause on frontier AI', 'OpenAI says a pause would not be verifiable', 'EU ministers to discuss the proposal in July', 'Senators ask the labs for answers by Friday'],
    ]) {
      const doc = extractSource('lines.txt', `${lines.join('\n')}\n`);
      expect([doc.headline, ...doc.text.split('\n\n')].filter((line) => line !== undefined)).toEqual(lines);
    }
  });

  it('keeps the hyphen at a hard-wrapped line\'s end unless the text has the word whole elsewhere', () => {
    const wrapped = (lines: string[]) => extractSource('wrapped.txt', `Regulators weigh a pause on frontier AI models\n\n${lines.join('\n')}\n`).text;
    const text = wrapped([
      'The proposal raises questions that existing arms-control frameworks',
      'and the current rules on the export of chips cannot easily answer, the',
      'authors write in a report that treats verification as the main devel-',
      'opment still needed before any pause, and that calls for new arms-',
      'control talks between the United States and China, anti-',
      'American feeling in Beijing notwithstanding, within the next 10-',
      '15 months, for both pre- and post-',
      'training checks, and for a register of large training runs.',
    ]);
    // "arms-control" is a word of its own; "development" is nowhere whole, so the break stays visible.
    expect(text).toContain('calls for new arms-control talks');
    expect(text).toContain('the main devel-opment still needed');
    expect(text).toContain('China, anti-American feeling');
    expect(text).toContain('the next 10-15 months, for both pre- and post-training checks');
    // Written whole elsewhere in the text, the word is made whole.
    const whole = wrapped([
      'The proposal raises questions that existing export-control frameworks',
      'and the current rules on the development of chips cannot easily',
      'answer, the authors write in a report that treats verification as the',
      'main development still needed before any pause, and that calls for',
      'a new round of talks on the Devel-',
      'opment of chips and on their export-',
      'control, between the United States and China, within the year.',
    ]);
    expect(whole).toContain('talks on the Development of chips and on their export-control, between');
  });

  it('reads a press release: its marks and dateline as metadata, its text without the issuer\'s boilerplate and contacts, which the archive keeps', () => {
    const release = (top: string[], dateline: string) =>
      [
        ...top,
        'Northfield Port Authority announces $40 million harbour bridge repair programme',
        '',
        'New funding will restore the 1962 crossing and add a cycle lane by 2028',
        '',
        `${dateline} The Northfield Port Authority today announced a $40 million programme to repair the Harbour Bridge, closed to heavy vehicles since March.`,
        '',
        '"The Harbour Bridge has carried this city\'s trade for sixty years," said Maria Lopez, chief executive of the authority.',
        '',
        'The work, which will begin in September, is expected to take 18 months.',
        '',
        'Source: Northfield Port Authority engineering survey, May 2026',
        '',
        'Ferries will run twice as often during the closure.',
        '',
        'About the Northfield Port Authority',
        '',
        'The Northfield Port Authority manages the Port of Northfield, which handled 12 million tonnes of cargo in 2025. It employs 1,400 people.',
        '',
        'Forward-Looking Statements',
        '',
        'This press release contains forward-looking statements that involve risks and uncertainties.',
        '',
        'Media Contact:',
        'Jane Smith',
        '+1 555 0100',
        'press@northfieldport.example',
        '',
        'SOURCE Northfield Port Authority',
        '',
      ].join('\n');
    const text = release(['FOR IMMEDIATE RELEASE', ''], 'NORTHFIELD, June 12, 2026 /PRNewswire/ --');
    const doc = extractSource('release.txt', text);
    expect(doc).toMatchObject({
      headline: 'Northfield Port Authority announces $40 million harbour bridge repair programme',
      published: '2026-06-12',
      siteName: 'Northfield Port Authority',
      section: 'Press release',
    });
    const paragraphs = doc.text.split('\n\n');
    // A table's or a figure's "Source:" is the release's.
    expect(paragraphs.slice(-2)).toEqual(['Source: Northfield Port Authority engineering survey, May 2026', 'Ferries will run twice as often during the closure.']);
    expect(doc.text).not.toMatch(/IMMEDIATE|12 million|Jane Smith|555|SOURCE/);
    expect(withoutPageFurniture(withoutMailWrapper(text))).toBe(text);
    // Said to be one by its distributor's dateline only, or by a "Press release" line with its date; the distributor is not the publisher.
    expect(extractSource('r.txt', release([], 'NORTHFIELD, Ore.--(BUSINESS WIRE)--'))).toMatchObject({ section: 'Press release', siteName: 'Northfield Port Authority' });
    expect(extractSource('r.txt', release(['Press release: 12 June 2026'], 'NORTHFIELD --'))).toMatchObject({ section: 'Press release', published: '2026-06-12' });
    // An embargo's date is not the publication's; a headline that starts with the word is a headline.
    expect(extractSource('r.txt', release(['EMBARGOED UNTIL 00:01 BST, 12 June 2026'], 'NORTHFIELD --')).published).toBeUndefined();
    expect(extractSource('r.txt', `Embargoed report shows bridge cables corroded\n\n${release([], 'NORTHFIELD --')}`).headline).toBe('Embargoed report shows bridge cables corroded');
    // Without the distributor's SOURCE line, the heading of the boilerplate about the issuer names it.
    const unsourced = release(['FOR IMMEDIATE RELEASE', ''], 'NORTHFIELD, June 12, 2026 --').replace('SOURCE Northfield Port Authority\n', '');
    expect(extractSource('r.txt', unsourced)).toMatchObject({ section: 'Press release', siteName: 'Northfield Port Authority' });
    expect(extractSource('r.txt', unsourced.replace('About the Northfield Port Authority', 'À propos de l’Autorité portuaire de Northfield')).siteName).toBe('Autorité portuaire de Northfield');
    expect(extractSource('r.txt', unsourced.replace('About the Northfield Port Authority', 'About us')).siteName).toBeUndefined();
    // A text that is no press release keeps a line that starts "About".
    const report = extractSource('r.txt', release([], 'NORTHFIELD, June 12 (Reuters) -'));
    expect(report.section).toBeUndefined();
    expect(report.siteName).toBe('Reuters');
    expect(report.text).toContain('About the Northfield Port Authority');
  });

  it('reads a saved page of a press release or a wire\'s story as their text is read: the release\'s kind and issuer, never its distributor\'s site, the wire\'s agency and credits', () => {
    const page = (head: string, blocks: string[]) =>
      `<html lang="en"><head><title>Northfield Port Authority welcomes AI safety pause</title>${head}</head><body><article><h1>Northfield Port Authority welcomes AI safety pause</h1>${blocks.map((b) => `<p>${b}</p>`).join('')}</article></body></html>`;
    const said = ['"Safety comes first," said Jane Doe, chief executive of the authority, in a statement to the press on Friday.', 'The authority will review its own use of AI systems by the end of the year, it said.'];
    const boilerplate = ['About the Northfield Port Authority', 'The Northfield Port Authority operates the port of Northfield, which handled 12 million tonnes of cargo in 2025.', 'Media Contact: Jane Smith, +1 555 0100', 'SOURCE Northfield Port Authority'];
    const opening = 'The Northfield Port Authority today welcomed the call for a coordinated pause in frontier AI development.';
    for (const [head, top, dateline] of [
      ['<meta property="og:site_name" content="PR Newswire">', [], 'NORTHFIELD, June 12, 2026 /PRNewswire/ --'],
      ['', ['FOR IMMEDIATE RELEASE'], 'NORTHFIELD, June 12, 2026 --'],
      ['<meta property="article:section" content="Business">', [], 'NORTHFIELD, Ore.--(BUSINESS WIRE)--'],
    ] as const) {
      const doc = extractSource('release.html', page(head, [...top, `${dateline} ${opening}`, ...said, ...boilerplate]));
      expect(doc, dateline).toMatchObject({ section: 'Press release', siteName: 'Northfield Port Authority' });
      expect(doc.text.split('\n\n'), dateline).toEqual([`${dateline} ${opening}`, ...said]);
    }
    const wire = extractSource('wire.html', page('', ['WASHINGTON (Reuters) - U.S. officials on Thursday gave a cool reception to the call for a global pause on frontier AI.', ...said, 'Reporting by John Smith in Washington; Editing by Mary Roe']));
    expect(wire).toMatchObject({ siteName: 'Reuters', byline: 'John Smith', bylineNote: 'read from the wire\'s credits at the end, "Reporting by John Smith in Washington; Editing by Mary Roe"' });
    expect(wire.section).toBeUndefined();
    expect(wire.text).not.toContain('Reporting by');
    // The site's own name stays its publisher's; a page that is no release keeps its "About" paragraph.
    const site = extractSource('wire.html', page('<meta property="og:site_name" content="Valley Courier">', ['WASHINGTON (Reuters) - U.S. officials gave a cool reception to the call.', ...said, ...boilerplate.slice(0, 2)]));
    expect(site.siteName).toBe('Valley Courier');
    expect(site.text).toContain('About the Northfield Port Authority');
  });

  it('reads a page saved as text without the site\'s lines: its skip link, menu, sharing and advertising lines', () => {
    const saved = [
      'Skip to main content',
      'Northfield Courier',
      'News | Sport | Business | Opinion',
      '',
      'Council delays vote on harbour bridge repairs',
      '',
      'By Ines Alvarez',
      'June 9, 2026 at 7:02 a.m. EDT',
      '',
      'Share this article',
      'Listen to this article · 4 min',
      '',
      'The city council on Monday postponed a vote on a $40 million plan to repair the Harbour Bridge.',
      '',
      'Advertisement',
      '',
      '"We cannot ask the city to pay for a plan we have not seen costed," said councillor Tom Reyes.',
      '',
      'Story continues below advertisement',
      '',
      'The vote will now take place on June 22, the council said.',
      '',
      'Related: Ferries to double while bridge is shut',
      '',
    ].join('\n');
    expect(extractSource('saved.txt', saved)).toEqual({
      format: 'text',
      siteName: 'Northfield Courier',
      headline: 'Council delays vote on harbour bridge repairs',
      byline: 'Ines Alvarez',
      published: '2026-06-09',
      text: [
        'The city council on Monday postponed a vote on a $40 million plan to repair the Harbour Bridge.',
        '"We cannot ask the city to pay for a plan we have not seen costed," said councillor Tom Reyes.',
        'The vote will now take place on June 22, the council said.',
      ].join('\n\n'),
    });
    // A headline of a few capitalised words above no menu is the headline.
    expect(extractSource('a.txt', 'Northfield Courier Wins Award\n\nThe paper won a prize for its reporting on the bridge.\n').headline).toBe('Northfield Courier Wins Award');
  });

  it('joins the lines of a text wrapped as narrow as a newspaper\'s column, and keeps a list of short items apart', () => {
    const narrow = [
      'Council delays bridge vote',
      '',
      'The city council on Monday',
      'postponed a vote on a $40',
      'million plan to repair the',
      'Harbour Bridge, after',
      'engineers said that 40 per',
      'cent of its cable strands',
      'were corroded.',
      '',
      '"We cannot ask the city to',
      'pay for a plan we have not',
      'seen costed," said',
      'councillor Tom Reyes.',
      '',
    ].join('\n');
    expect(extractSource('narrow.txt', narrow).text.split('\n\n')).toEqual([
      'The city council on Monday postponed a vote on a $40 million plan to repair the Harbour Bridge, after engineers said that 40 per cent of its cable strands were corroded.',
      '"We cannot ask the city to pay for a plan we have not seen costed," said councillor Tom Reyes.',
    ]);
    // Short lines that each start a new item, in capitals, stay apart.
    const list = ['Council delays bridge vote', '', 'The plan in figures:', 'Cost: $40 million in all', 'Length: 18 months of work', 'Start: early in September', 'Lanes: two, and a cycle lane', 'Ferries: twice as many', ''].join('\n');
    expect(extractSource('list.txt', list).text.split('\n\n')).toHaveLength(6);
  });

  it('reads a hard-wrapped message an e-mail quotes ("> " before each line) as the text it quotes', () => {
    const quoted = [
      'Forwarding this one, see below.',
      '',
      '> By Helen Marsh',
      '>',
      '> The European Commission said on Tuesday that it would study a proposal',
      '> to pause the training of the largest AI models for six months, after',
      '> 1,200 researchers signed a letter calling for the move.',
      '>',
      '> Officials noted that the proposal would need the support of the United',
      '> States and China, and that verification remained the central problem',
      '> for every government involved.',
      '',
    ].join('\n');
    const doc = extractSource('fwd.txt', quoted);
    expect(doc.byline).toBe('Helen Marsh');
    // Its subject, copied as the first line, is the headline without the "Fwd:".
    expect(extractSource('fwd.txt', `Fwd: Regulators weigh a pause on frontier AI\n\n${quoted}`).headline).toBe('Regulators weigh a pause on frontier AI');
    expect(doc.text.split('\n\n')).toEqual([
      'Forwarding this one, see below.',
      'The European Commission said on Tuesday that it would study a proposal to pause the training of the largest AI models for six months, after 1,200 researchers signed a letter calling for the move.',
      'Officials noted that the proposal would need the support of the United States and China, and that verification remained the central problem for every government involved.',
    ]);
  });

  it('reads an article a colleague sends: without the reply above the quotation, its "On … wrote:" line and the signature in it, and the sender is no publisher', () => {
    const article = [
      'Council delays vote on harbour bridge repairs',
      'By Ines Alvarez',
      '',
      'The city council on Monday postponed a vote on a $40 million plan to',
      'repair the Harbour Bridge, after engineers said that 40% of its cable',
      'strands were corroded. "We cannot ask the city to pay for a plan we have',
      'not seen costed," said councillor Tom Reyes.',
      '',
      'The vote will now take place on June 22, the council said.',
    ];
    const reply = [
      'Thanks Helen, I will add it to the story tomorrow.',
      '',
      'Peter',
      '',
      'On Tue, Jun 9, 2026 at 10:32 AM Helen Marsh <helen.marsh@example.org>',
      'wrote:',
      ...article.map((line) => `> ${line}`.trimEnd()),
      '>',
      '> --',
      '> Helen Marsh | Research desk',
      '> helen.marsh@example.org',
      '',
    ].join('\n');
    const doc = extractSource('reply.txt', reply);
    expect(doc).toMatchObject({ headline: 'Council delays vote on harbour bridge repairs', byline: 'Ines Alvarez' });
    expect(doc.text.split('\n\n')).toEqual([
      'The city council on Monday postponed a vote on a $40 million plan to repair the Harbour Bridge, after engineers said that 40% of its cable strands were corroded. "We cannot ask the city to pay for a plan we have not seen costed," said councillor Tom Reyes.',
      'The vote will now take place on June 22, the council said.',
    ]);
    // The signature, with its address, is not archived either; the reply is.
    expect(withoutMailWrapper(reply)).toMatch(/^Thanks Helen[^]*June 22, the council said\.\n$/);
    // Outlook's headers: a person's name is not the publisher, and the day it was sent is the date only when the text gives none, noted.
    const outlook = (dated: boolean) =>
      extractSource(
        'fwd.txt',
        ['From: Helen Marsh <helen.marsh@example.org>', 'Sent: Thursday, June 11, 2026 10:32 AM', 'To: Peter Okafor <peter@example.org>', 'Subject: Council delays vote', '', ...article.slice(0, 2), ...(dated ? ['Northfield Courier | 9 June 2026'] : []), ...article.slice(2)].join('\n'),
      );
    expect(outlook(true)).toMatchObject({ siteName: 'Northfield Courier', published: '2026-06-09' });
    expect(outlook(true).publishedNote).toBeUndefined();
    expect(outlook(false)).toMatchObject({ published: '2026-06-11', publishedNote: 'the day the e-mail that brought it was sent' });
    expect(outlook(false).siteName).toBeUndefined();
    expect(outlook(false).text).not.toMatch(/Sent|Thursday/);
    // A reply above Outlook's "Original Message" and its headers is the sender's note, not the article.
    for (const separator of ['-----Original Message-----', '---------- Forwarded message ---------', '']) {
      const above = ['Thanks Helen, will add it tomorrow.', '', 'Peter', '', separator, 'From: Helen Marsh <helen.marsh@example.org>', 'Sent: Thursday, June 11, 2026 10:32 AM', 'Subject: RE: Council delays vote on harbour bridge repairs', ''];
      const doc = extractSource('reply.txt', [...above, ...article].join('\n'));
      expect(doc.headline).toBe('Council delays vote on harbour bridge repairs');
      expect(doc.text.split('\n\n')[0]).toMatch(/^The city council on Monday/);
    }
  });

  it('joins a megabyte of hard-wrapped text that is one paragraph in a second or so, not minutes', { timeout: 60_000 }, () => {
    // 20,000 lines of 60 to 70 characters, none ending a sentence: one paragraph (joined line by line, it took minutes).
    const words = 'the council said that ferries would run twice as often while the bridge is shut for repairs and the harbour master agreed'.split(' ');
    const lines = Array.from({ length: 20_000 }, (_, i) => {
      const line: string[] = [];
      for (let w = i; line.join(' ').length < 60; w++) line.push(words[w % words.length]!);
      return line.join(' ');
    });
    const started = performance.now();
    const doc = extractSource('long.txt', `Ferry report finds crossings doubled\n\n${lines.join('\n')}\n`);
    expect(doc.text.split('\n\n')).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('joins the lines of a Markdown paragraph, a quotation block and a list item, as Markdown reads them', () => {
    const md = '# The council closes the bridge\n\nThe council said on Tuesday that\nthe bridge would stay shut.\n\n- the first item, which\n  goes on\n- the second\n\n> a quoted line\n> that goes on\n> and on\n\nA line with a hard break  \nand the next line.\n';
    expect(extractSource('m.md', md).text.split('\n\n')).toEqual([
      'The council said on Tuesday that the bridge would stay shut.',
      'the first item, which goes on',
      'the second',
      'a quoted line that goes on and on',
      'A line with a hard break',
      'and the next line.',
    ]);
  });

  it('reads the running head of a text copied from a PDF as metadata, not as the headline', () => {
    const doc = extractSource(
      'report.txt',
      'THE GLOBAL POLICY REVIEW                                    June 2026\nFrontier AI and the case for a coordinated pause\nBy Helen Marsh and Peter Okafor\nPublished 3 June 2026\nThe proposal raises questions that arms-control frameworks cannot easily\nanswer, the authors write.\n',
    );
    expect(doc).toMatchObject({ headline: 'Frontier AI and the case for a coordinated pause', siteName: 'THE GLOBAL POLICY REVIEW', byline: 'Helen Marsh and Peter Okafor', published: '2026-06-03' });
    expect(doc.text).not.toContain('REVIEW');
    expect(extractSource('r.txt', 'Page 2 of 3\tThe Policy Review\tJune 2026\nVerification remains the central problem here.\nMore text.\n').siteName).toBe('The Policy Review');
  });

  it('leaves out the running heads and page numbers of a text copied from a PDF, from its text and from what is archived', () => {
    const pages = [
      [
        'The proposal raises questions that arms-control frameworks cannot easily',
        'answer, the authors write. Verification of a pause in training would',
        'require access to data centres that no government has yet granted to',
        'inspectors from another country, and the companies have said they would',
        'resist any such regime unless every leading developer joined. Compute',
        'thresholds are a blunt instrument, they argue, because the efficiency of',
        'training improves every year, and a fixed threshold written into law now',
      ],
      [
        'A threshold that moves with the state of the art is harder to write into',
        'a treaty but easier to defend. The second problem is enforcement. A state',
        'that suspects another of cheating has few options short of sanctions, and',
        'sanctions on chips have already proved leaky, the authors write, citing',
        'customs records from three ports. They propose a registry of large runs,',
        'audited by an agency modelled on the International Atomic Energy Agency,',
      ],
      [
        'The third problem is time. Treaties take years to negotiate, and the',
        'technology they would govern changes in months, the authors warn, so a',
        'pause agreed today would govern models that do not exist yet. Whether',
        'the leading developers would accept inspections is, they concede, an',
        'open question that only negotiation between governments can settle.',
      ],
    ];
    const head = 'THE GLOBAL POLICY REVIEW                                              ';
    const text = [
      'THE GLOBAL POLICY REVIEW                                    June 2026',
      'Frontier AI and the case for a coordinated pause',
      'By Helen Marsh',
      '',
      ...pages[0]!,
      '',
      '- 1 -',
      '\f' + `${head}2`,
      'captures fewer models over time.',
      ...pages[1]!,
      'Confidential draft: not for circulation',
      '',
      '2',
      '\f' + `${head}3`,
      'with the power to inspect facilities at short notice.',
      ...pages[2]!,
      'Confidential draft: not for circulation',
      '3',
      '',
    ].join('\r\n');
    const archived = withoutPageFurniture(text);
    expect(archived).not.toMatch(/REVIEW\s+\d|Confidential|^- 1 -|^[23]\r?$/m);
    // The first line is the text's own: its metadata, read as such.
    expect(archived.split('\r\n').slice(0, 3)).toEqual(text.split('\r\n').slice(0, 3));
    expect(archived).toContain('written into law now\r\ncaptures fewer models over time.\r\n');
    expect(archived).toContain('Energy Agency,\r\nwith the power to inspect');
    const doc = extractSource('report.txt', text);
    expect(doc).toMatchObject({ headline: 'Frontier AI and the case for a coordinated pause', siteName: 'THE GLOBAL POLICY REVIEW', byline: 'Helen Marsh' });
    expect(doc.text).not.toMatch(/REVIEW|Confidential|- 1 -|\n\n[23]\n\n/);
    expect(doc.text).toContain('a fixed threshold written into law now captures fewer models over time.');
    expect(doc.text).toContain('Energy Agency, with the power to inspect facilities at short notice.');
    // Repeated cells of a table, a repeated quotation, and numbers that are no page's stay.
    const table = ['Country', 'Training runs', 'Registry', ...['Germany', 'France', 'Italy', 'Spain'].flatMap((c, i) => [c, String(i + 2), 'Not applicable'])].join('\n');
    const prose = 'The committee heard evidence from a dozen witnesses over two days of hearings.';
    const kept = `${table}\n${prose}\n“We will not stop”\n${Array(8).fill(prose).join('\n')}\n“We will not stop”\nThe list had 3 items.\n`;
    expect(withoutPageFurniture(kept)).toBe(kept);
    const blog = Array.from({ length: 3 }, (_, n) => `## Update from the harbour\n\n${Array(8).fill(`${prose} Entry ${n}.`).join('\n\n')}`).join('\n\n');
    expect(withoutPageFurniture(blog)).toBe(blog);
  });

  it('joins a sentence that a page break divides in a copy of a PDF written a paragraph a line, and leaves out its running heads and feet', () => {
    const para = (n: number) => `Paragraph ${n} of the report says that verification of a pause in training would require access to data centres that no government has yet granted to inspectors from another country.`;
    const pages = [
      [para(1), para(2), para(3), para(4), para(12), para(13), 'Compute thresholds are a blunt instrument, they argue, because the efficiency of training improves every year, and a fixed threshold written into law now'],
      ['captures fewer models over time, so that a rule written for today’s systems would miss tomorrow’s.', para(5), para(6), para(7), para(14), para(15), 'A state that suspects another of cheating has few options short of sanctions, the authors write, citing the'],
      ['International Atomic Energy Agency as the model for an agency with the power to inspect.', para(8), para(9), para(10), para(16), para(17), 'The agency would watch, the authors write, the devel-'],
      ['opment of chips and of the data centres they are used in.', para(11)],
    ];
    const text = [
      'Frontier AI and the case for a coordinated pause',
      'By Helen Marsh',
      '',
      ...pages[0]!,
      'The Global Policy Review · 1',
      '\fTHE GLOBAL POLICY REVIEW',
      ...pages[1]!,
      'The Global Policy Review · 2',
      '',
      '\fTHE GLOBAL POLICY REVIEW',
      '',
      ...pages[2]!,
      'The Global Policy Review · 3',
      '\fTHE GLOBAL POLICY REVIEW',
      ...pages[3]!,
      'The Global Policy Review · 4',
      '',
    ].join('\n');
    const doc = extractSource('report.txt', text);
    expect(doc.text).not.toMatch(/Review|REVIEW/);
    expect(doc.text.split('\n\n')).toEqual([
      para(1),
      para(2),
      para(3),
      para(4),
      para(12),
      para(13),
      'Compute thresholds are a blunt instrument, they argue, because the efficiency of training improves every year, and a fixed threshold written into law now captures fewer models over time, so that a rule written for today’s systems would miss tomorrow’s.',
      para(5),
      para(6),
      para(7),
      para(14),
      para(15),
      'A state that suspects another of cheating has few options short of sanctions, the authors write, citing the International Atomic Energy Agency as the model for an agency with the power to inspect.',
      para(8),
      para(9),
      para(10),
      para(16),
      para(17),
      // "development" is nowhere whole in the text: the hyphen stays.
      'The agency would watch, the authors write, the devel-opment of chips and of the data centres they are used in.',
      para(11),
    ]);
    // The archive keeps the lines as they are, without the heads and feet.
    const archived = withoutPageFurniture(text);
    expect(archived).toContain('written into law now\ncaptures fewer models');
    expect(archived).toContain('citing the\nInternational Atomic Energy Agency');
    expect(archived).not.toMatch(/Review|REVIEW/);
    // A text that shows no pages keeps a line repeated a few long paragraphs apart: an interview's speaker.
    const wrapped = ['HELEN MARSH', 'Why does the pause matter now, and what would it take for the', 'governments to agree on how to verify it?', '', 'PETER OKAFOR'];
    for (const opening of ['I think the proposal is serious, and the companies that signed it', 'It depends on them: the proposal is serious, and the firms that signed it', 'Nobody knows yet. The proposal is serious, and the labs that signed it']) wrapped.push(...[opening, 'will have to show that they mean it by opening their data centres to', 'inspectors from other countries, which none of them has done so far,', 'and which the governments that back the pause have not asked for, not', 'once in the two years since the first letter.', '', 'HELEN MARSH', 'And what happens next, in your view, if they do not do it?', '', 'PETER OKAFOR']);
    expect(withoutPageFurniture(wrapped.join('\n'))).toBe(wrapped.join('\n'));
    const answer = (n: number) => `${para(n)} ${para(n + 100)}`;
    const interview = ['HELEN MARSH', answer(1), answer(2), answer(3), 'PETER OKAFOR', answer(4), answer(5), 'HELEN MARSH', answer(6), answer(7), 'PETER OKAFOR', answer(8), answer(9), 'HELEN MARSH', answer(10)].join('\n');
    expect(withoutPageFurniture(interview)).toBe(interview);
  });

  it('reads a copy of a one-page PDF without its running foot, which no other page repeats: a line of fields ending with the page\'s number', () => {
    const body = [
      'Flood defences: what the new funding will and will not do',
      '',
      'By Jane Roe',
      '',
      'The government announced on Tuesday that it would spend £2.1 billion on flood defences over the',
      'next five years, a figure the Environment Agency said was "a welcome start but far from enough".',
      '',
      'The Treasury said the funding would be reviewed in 2028.',
      '',
    ];
    for (const foot of ['The Policy Review · policyreview.example.org · 1', 'The Policy Review | June 2026 | Page 1 of 1', 'Flood defences: what the new funding will and will not do        1', '1    The Policy Review']) {
      const text = [...body, foot].join('\n');
      expect(withoutPageFurniture(text), foot).toBe(body.join('\n'));
      expect(extractSource('review.txt', text).text.split('\n\n').at(-1), foot).toBe('The Treasury said the funding would be reviewed in 2028.');
    }
    // A last line that is the article's, or a table's row, stays.
    for (const end of ['Votes in favour: 31 · against: 12 · abstentions: 1', 'Party | Seats won\nGreens | 1', 'The count ended at 1']) {
      const text = [...body, end].join('\n');
      expect(withoutPageFurniture(text), end).toBe(text);
    }
  });

  it('reads a copy of a PDF laid out in two columns a column after the other, page by page, and archives it so', () => {
    const side = (left: string[], right: string[]) =>
      Array.from({ length: Math.max(left.length, right.length) }, (_, i) => `${(left[i] ?? '').padEnd(50)}${right[i] ?? ''}`.trimEnd());
    const first = 'The proposal raises questions that arms control frameworks cannot easily answer, the authors write. Verification of a pause in training would require access to data centres that no government has yet granted to inspectors from another country.';
    const second = 'Compute thresholds are a blunt instrument, they argue, because the efficiency of training improves every year, and a fixed threshold written into law now';
    const third = 'captures fewer models over time. A threshold that moves with the state of the art is harder to write into a treaty but easier to defend, the authors conclude.';
    const fourth = 'The second problem is enforcement. A state that suspects another of cheating has few options short of sanctions, and sanctions on chips have already proved leaky.';
    const fifth = 'The third problem is time. Treaties take years to negotiate, and the technology they would govern changes in months, the authors warn in their last chapter.';
    const text = [
      'Frontier AI and the case for a coordinated pause',
      'By Helen Marsh',
      '',
      ...side([...column(first, 45), '', ...column(second, 45)], column(third, 45)),
      '                       The Global Policy Review · 1',
      '\f' + side(column(fourth, 45), column(fifth, 45)).join('\n'),
      '                       The Global Policy Review · 2',
      '',
    ].join('\r\n');
    const doc = extractSource('two-columns.txt', text);
    expect(doc.headline).toBe('Frontier AI and the case for a coordinated pause');
    expect(doc.text.split('\n\n')).toEqual([first, `${second} ${third}`, fourth, fifth]);
    // The archive reads so too, so that a span of one column is found in it.
    const archived = withoutColumns(text);
    expect(archived.replace(/\s+/g, ' ')).toContain(`${second} ${third}`);
    expect(archived).toContain('\r\n\f');
    // Lines with spaces in them that are no columns: a running head, a table's cells, a line of fields.
    const table = ['Country        Runs        Registry', 'Germany        2           Not applicable', 'France         3           Yes', 'Italy          4           Not applicable', 'Spain          5           Yes'];
    for (const kept of [table.join('\n'), 'THE GLOBAL POLICY REVIEW                                    June 2026\nThe proposal raises questions.\n']) expect(withoutColumns(kept)).toBe(kept);
  });

  it('reads a copy of a PDF whose two columns come a line of each in turn a column after the other, and leaves a text that only has narrow lines as it is', () => {
    const left = [
      'The proposal raises questions that arms control frameworks cannot easily answer, the authors write. Verification of a pause in training would require access to data centres that no government has yet granted to inspectors from another country.',
      'Compute thresholds are a blunt instrument, they argue, because the efficiency of training improves every year, and a fixed threshold written into law now captures fewer models over time.',
    ];
    const right = [
      'A threshold that moves with the state of the art is harder to write into a treaty but easier to defend, the authors conclude. The second problem is enforcement.',
      'A state that suspects another of cheating has few options short of sanctions, and sanctions on chips have already proved leaky. The third problem is time. Treaties take years to negotiate, and the technology they would govern changes in months.',
    ];
    // As some PDF readers copy a page in two columns: the left's first line, the right's, the left's second… (the left column longer).
    const lines = inTurn(left.flatMap((p) => column(p, 45)), right.flatMap((p) => column(p, 45)));
    const text = ['Frontier AI and the case for a coordinated pause', 'By Helen Marsh', ...lines, ''].join('\n');
    const doc = extractSource('in-turn.txt', text);
    expect(doc).toMatchObject({ headline: 'Frontier AI and the case for a coordinated pause', byline: 'Helen Marsh' });
    expect(doc.text.split('\n\n')).toEqual([...left, ...right]);
    // The archive reads so too, so that a span of one column is found in it; and without the headline above, or with a blank line under it.
    expect(withoutColumns(text).replace(/\s+/g, ' ')).toContain(left[1]);
    expect(withoutColumns(lines.join('\n')).split('\n')).toEqual([...left, ...right].flatMap((p) => column(p, 45)));
    expect(extractSource('in-turn.txt', text.replace('Marsh\n', 'Marsh\n\n')).text.split('\n\n')).toEqual([...left, ...right]);
    // Articles wrapped as narrow, their lines read one after the other as they are: never taken for two columns.
    for (const width of [30, 45, 60]) {
      const narrow = [...left, ...right].flatMap((p) => column(p, width)).join('\n');
      expect(withoutColumns(narrow)).toBe(narrow);
    }
    // Nor short paragraphs under headings that stop mid-sentence ("…of the proposal" then "The company…").
    const headed = ['Key points of the proposal', 'The company wants a global pause on frontier AI.', 'Rivals including OpenAI disagree with the plan.', 'What happens next in the talks', 'The talks between the labs begin in July.', 'A deal is not expected before the end of the year.', 'Why the company wants it now', 'The company says its models write most of its code.', 'What critics say about the idea', 'The White House calls it fear marketing.'].join('\n');
    expect(withoutColumns(headed)).toBe(headed);
  });

  it('reads two columns of different lengths taken in turn with the longer one\'s last lines in its place, or says where it is not sure', () => {
    const text = [
      'The proposal raises questions that arms control frameworks cannot easily answer, the authors write. Verification of a pause in training would require access to data centres that no government has yet granted to inspectors from another country.',
      'Compute thresholds are a blunt instrument, they argue, because the efficiency of training improves every year, and a fixed threshold written into law now captures fewer models over time.',
      'A threshold that moves with the state of the art is harder to write into a treaty but easier to defend, the authors conclude. The second problem is enforcement.',
      'A state that suspects another of cheating has few options short of sanctions, and sanctions on chips have already proved leaky. The third problem is time. Treaties take years to negotiate, and the technology they would govern changes in months.',
      'Export controls on chips, the other lever governments hold, slow a rival by months at most, and they push the trade in chips into channels that no customs office can see or count.',
    ].join(' ');
    // The left column four or five lines longer than the right: its last lines were shared out between the two columns, though a
    // column's wrapping would have put the next line's first word on a line that had room for it.
    for (const [width, left, right] of [[40, 14, 9], [42, 13, 9], [44, 13, 8]] as const) {
      const lines = column(text, width);
      const columns = [lines.slice(0, left), lines.slice(left, left + right)] as const;
      expect(withoutColumns(inTurn(...columns).join('\n')).split('\n')).toEqual([...columns[0], ...columns[1]]);
    }
    // Where nothing in the lines tells where the shorter column ends, the reading says from which line it is not sure, for the editor to check.
    const lines = column(text, 42);
    const [left, right] = [lines.slice(0, 13), lines.slice(13, 21)];
    const given = inTurn(left, right).join('\n');
    const unsure = extractSource('in-turn.txt', given).columnsUnsure;
    expect(unsure).toHaveLength(1);
    const from = /^from “(.+)”$/.exec(unsure![0]!)?.[1];
    const read = withoutColumns(given).split('\n');
    const misplaced = read.findIndex((line, i) => line !== [...left, ...right][i]);
    expect(misplaced).not.toBe(-1);
    expect(read.indexOf(from!)).toBeGreaterThanOrEqual(0);
    expect(read.indexOf(from!)).toBeLessThanOrEqual(misplaced);
    // Pages apart, each says its page; a reading that is certain says nothing.
    expect(extractSource('in-turn.txt', `${given}\f${given}`).columnsUnsure).toEqual([`page 1, ${unsure![0]}`, `page 2, ${unsure![0]}`]);
    expect(extractSource('in-turn.txt', inTurn(lines.slice(0, 14), lines.slice(14, 22)).join('\n'))).not.toHaveProperty('columnsUnsure');
  });

  it('writes a headline and a byline without the invisible characters the checks refuse there, keeping those a script needs', () => {
    const page = (headline: string, byline: string) =>
      `<html lang="en"><head><title>${headline}</title><meta name="author" content="${byline}"></head><body><article><h1>${headline}</h1><p>The council voted on the stadium on Tuesday, its clerk said in a statement to reporters.</p><p>Work would begin next year if the budget passed, the mayor said.</p></article></body></html>`;
    // An invisible operator and a joiner between Latin letters (invisible-in-text), a non-joiner in a Latin name (invisible-in-name);
    // a non-joiner between the Latin letters of a headline is kept (the typographer's, in a German compound: Auf\u200Clage).
    const latin = extractSource('a.html', page('Stadium vote\u2062 delayed as cou\u200Dncil splits, Auf\u200Clage', 'Ana Ma\u200Cria Lopes'));
    expect(latin.headline).toBe('Stadium vote delayed as council splits, Auf\u200Clage');
    expect(latin.byline).toBe('Ana Maria Lopes');
    // The non-joiner of a Persian word is the word's.
    const persian = extractSource('b.html', page('آنها می\u200Cخواهند ورزشگاه بسازند', 'Sara Rahimi'));
    expect(persian.headline).toBe('آنها می\u200Cخواهند ورزشگاه بسازند');
  });

  it('reads a page\'s table a row a line, its cells between bars, without the numbers and back links of its notes, and without invisible characters', () => {
    const para = (n: number) => `<p>Paragraph ${n}: the council closed the harbour bridge on Tuesday for repairs, and ferries now carry the traffic across the bay, officials said.</p>`;
    const table =
      '<figure><table><caption>Crossings per day</caption><thead><tr><th>Route</th><th>Before</th><th>After</th></tr></thead><tbody><tr><td>North ferry</td><td>1,200</td><td>2,400</td></tr><tr><td><p>South ferry</p></td><td><p>800</p></td><td><p>1,900</p></td></tr></tbody></table></figure>';
    const notes =
      '<p>Traffic rose 40%<sup id="r1"><a href="#fn1">1</a></sup> in a week, the council said.<sup><a href="#fn2">[2]</a></sup></p><ol class="footnotes"><li id="fn1">Council figures, 3 June 2026. <a href="#r1">↩</a></li><li id="fn2">Port authority. <a href="#r2" role="doc-backlink">↑</a></li></ol>';
    const invisible = '<p>The com\u00ADpany\u00A0said the re\u200Bpairs would cost €4.2\u00A0million.</p>';
    const html = `<html lang="en"><head><title>Ferries double as bridge shuts</title></head><body><article><h1>Ferries double as bridge shuts</h1>${para(1)}${table}${para(2)}${notes}${invisible}${para(3)}</article></body></html>`;
    expect(extractSource('t.html', html).text.split('\n\n')).toEqual([
      textOf(para(1)),
      'Crossings per day',
      'Route | Before | After',
      'North ferry | 1,200 | 2,400',
      'South ferry',
      '800',
      '1,900',
      textOf(para(2)),
      'Traffic rose 40% in a week, the council said.',
      'Council figures, 3 June 2026.',
      'Port authority.',
      'The company said the repairs would cost €4.2 million.',
      textOf(para(3)),
    ]);
    expect(extractSource('t.txt', 'The com\u00ADpany said the re\u200Bpairs would cost €4.2 million.\n').text).toBe('The company said the repairs would cost €4.2 million.');
    // A row of a table is the table's, never a line of metadata.
    const timeline = '<table><tr><td>Anthropic</td><td>4 June 2026</td></tr><tr><td>OpenAI</td><td>5 June 2026</td></tr></table>';
    const dated = extractSource('t.html', html.replace(table, timeline));
    expect(dated).not.toHaveProperty('published');
    expect(dated).not.toHaveProperty('siteName');
    expect(dated.text).toContain('\n\nAnthropic | 4 June 2026\n\nOpenAI | 5 June 2026\n\n');
    const markdown = extractSource('t.md', '# Who answered the call\n\nThe labs answered in turn, the council said.\n\n| Lab | Answered |\n| --- | --- |\n| Anthropic | 4 June 2026 |\n');
    expect(markdown).not.toHaveProperty('published');
    expect(markdown.text).toContain('| Anthropic | 4 June 2026 |');
  });

  it('records the address an AMP page names as the article\'s own, not the AMP copy\'s', () => {
    const html = `<!doctype html><html ⚡ lang="en"><head><title>Ferries double as bridge shuts</title><link rel="canonical" href="https://coastal.example/news/ferries-double"><meta property="og:url" content="https://coastal.example/amp/news/ferries-double"></head><body><article><h1>Ferries double as bridge shuts</h1><p>The council closed the harbour bridge on Tuesday for repairs, and ferries now carry the traffic across the bay.</p></article></body></html>`;
    expect(extractSource('a.html', html).url).toBe('https://coastal.example/news/ferries-double');
    expect(extractSource('a.html', html.replace('<html ⚡', '<html amp')).url).toBe('https://coastal.example/news/ferries-double');
    expect(extractSource('a.html', html.replace('<html ⚡', '<html')).url).toBe('https://coastal.example/amp/news/ferries-double');
  });

  it('says how many articles a home or section page shows side by side, but not of an article with teasers of others', () => {
    const story = (n: number, paragraphs: number) =>
      `<article><h2>Story ${n} about the harbour</h2>${Array.from({ length: paragraphs }, (_, p) => `<p>Story ${n}, paragraph ${p}: the council closed the harbour bridge on Tuesday for repairs, officials said.</p>`).join('')}</article>`;
    const page = (head: string, body: string) => `<html lang="en"><head><title>Politics</title>${head}</head><body><main>${body}</main></body></html>`;
    expect(extractSource('s.html', page('', [1, 2, 3].map((n) => story(n, 2)).join(''))).articles).toBe(3);
    expect(extractSource('s.html', page('', story(1, 8) + story(2, 1) + story(3, 1)))).not.toHaveProperty('articles');
    expect(extractSource('s.html', page('<meta property="og:type" content="article">', [1, 2].map((n) => story(n, 2)).join('')))).not.toHaveProperty('articles');
  });

  it('leaves out the lines news sites put between paragraphs: advertising notes, audio players, gift and share buttons', () => {
    const para = (n: number) => `<p>Paragraph ${n}: the council closed the harbour bridge on Tuesday for repairs, and ferries now carry the traffic across the bay, officials said.</p>`;
    const lines = ['SKIP ADVERTISEMENT', 'Story continues below advertisement', 'Continue reading the main story', 'Article continues below', 'Listen to this article · 5:32 min', 'Gift this article', 'Supported by', 'Recommended', 'Advertisement - Scroll to continue', 'Follow us on Twitter', 'Click here to subscribe', 'Read the full story', 'Copy link', 'Loading…'];
    const html = `<html lang="en"><head><title>Bridge shuts</title></head><body><article><h1>Bridge shuts</h1>${para(0)}${lines.map((line, n) => `<div><p>${line}</p></div>${para(n + 1)}`).join('')}</article></body></html>`;
    expect(extractSource('n.html', html).text.split('\n\n')).toEqual(lines.map((_, n) => textOf(para(n))).concat(textOf(para(lines.length))));
  });

  it('leaves out the author\'s biography under the article, and keeps its correction', () => {
    const para = '<p>Anthropic has called for a coordinated global pause on the development of the most powerful AI systems, arguing that society needs time to adapt.</p>';
    const html = `<html lang="en"><head><title>Anthropic calls for pause</title></head><body><article><h1>Anthropic calls for pause</h1>${para}<p><em>This article was amended on 6 June 2026 to correct the name of the institute.</em></p><div class="author-bio"><p>Dan Milmo is the global technology editor. He previously covered business for the paper for 15 years.</p></div></article></body></html>`;
    expect(extractSource('b.html', html).text.split('\n\n')).toEqual([textOf(para), 'This article was amended on 6 June 2026 to correct the name of the institute.']);
  });

  it('leaves out the writer\'s biography at the end of a text or a page without a class, as Medium ends a post ("… Follow her")', () => {
    const body = 'The council voted 7 to 2 to back the pause, the mayor said on Monday.\n\nThe vote is not binding, officials said.';
    const bio = 'Jane Roe writes about technology and small-town life. Follow her for weekly essays.';
    expect(extractSource('m.txt', `Why towns back the pause\nJane Roe | June 3, 2026\n\n${body}\n\n${bio}\n`).text).toBe(body);
    // Without a byline, a person's name, a biography's verb and an invitation to follow them.
    expect(extractSource('m.txt', `Why towns back the pause\n\n${body}\n\n${bio}\n`).text).toBe(body);
    expect(extractSource('m.txt', `Why towns back the pause\n\n${body}\n\nJane Roe is a reporter based in Leeds. Follow her on Substack.\n`).text).toBe(body);
    const page = (last: string) => `<html><head><title>Why towns back the pause</title></head><body><article><h1>Why towns back the pause</h1>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></article></body></html>`;
    expect(extractSource('m.html', page(bio)).text).toBe(body);
    // The article's own last paragraph about a person, who invites no one to follow them, is its text.
    for (const kept of ['Jane Roe is the mayor of Northfield. She was elected in 2024.', 'Jane Roe writes to the council every week, she said.']) {
      expect(extractSource('m.txt', `Why towns back the pause\n\n${body}\n\n${kept}\n`).text).toContain(kept);
      expect(extractSource('m.html', page(kept)).text).toContain(kept);
    }
  });

  it('leaves out of a text copied from a page the pull quote that repeats a quotation of a paragraph nearby', () => {
    const said = 'The minister was blunt. “A pause that only some of us observe is a gift to the others,” she said on Monday.';
    const text = `Ministers split over a pause\n\n${said}\n\n“A pause that only some of us observe is a gift to the others”\n\n“Nobody has asked us yet,” a diplomat said.\n`;
    expect(extractSource('p.txt', text).text.split('\n\n')).toEqual([said, '“Nobody has asked us yet,” a diplomat said.']);
  });

  it('reads a gallery\'s captions as its text', () => {
    const html = `<html lang="en"><head><title>In pictures: the bridge closes</title></head><body><article><h1>In pictures: the bridge closes</h1>${[1, 2].map((n) => `<figure><img src="${n}.jpg" alt=""><figcaption>Photo ${n}: workers close the harbour bridge as ferries wait in the bay.</figcaption></figure>`).join('')}</article><aside><figure><figcaption>Another story</figcaption></figure></aside></body></html>`;
    expect(extractSource('g.html', html).text.split('\n\n')).toEqual(['Photo 1: workers close the harbour bridge as ferries wait in the bay.', 'Photo 2: workers close the harbour bridge as ferries wait in the bay.']);
  });

  it('keeps as text a line of fields that are not all metadata, or that name no date, byline or address', () => {
    const lines = [
      'Prices rose 4% - the most since 2022 - in May 2026',
      'Anthropic | OpenAI | Google',
      'Ministers met | talks resumed on 7 June 2026 | no deal',
      'By Monday - 8 June 2026 - the talks had ended.',
    ];
    for (const line of lines) {
      const doc = extractSource('e.txt', `The talks went on.\n${line}\nThey ended.\n`);
      expect(doc.text).toContain(line);
      expect(doc).not.toHaveProperty('published');
    }
  });

  it('reads the article a page holds among other articles and link lists, without the advertising and "Read more" lines', () => {
    const doc = extractSource(
      'page.html',
      `<!doctype html><html lang="en"><head><title>Labs answer Anthropic</title></head><body>
      <div class="top"><article class="card"><h3>Trending: ten gadgets for summer</h3><p>Our pick of the season.</p></article></div>
      <main><h1>Labs answer Anthropic</h1>
      <div class="story-body">
      <p>Three of the largest AI laboratories responded on Monday to Anthropic’s call for a global pause.</p>
      <p>Advertisement</p>
      <p>Google DeepMind said it “shares the concern about recursive self-improvement” but would not commit to a pause.</p>
      <p><strong>Read more:</strong> <a href="/x">What is recursive self-improvement?</a></p>
      <p>Read more than 300 pages and you will find the same warning, Meta said, adding that a pause would “hand the lead to less careful actors.”</p>
      </div>
      <section class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></section>
      </main></body></html>`,
    );
    expect(doc.headline).toBe('Labs answer Anthropic');
    expect(doc.text.split('\n\n')).toEqual([
      'Three of the largest AI laboratories responded on Monday to Anthropic’s call for a global pause.',
      'Google DeepMind said it “shares the concern about recursive self-improvement” but would not commit to a pause.',
      'Read more than 300 pages and you will find the same warning, Meta said, adding that a pause would “hand the lead to less careful actors.”',
    ]);
  });

  it('keeps a page\'s standfirst, and leaves out its captions, pull quotes, "Read more" links, rails, paywall appeals and sign-up lines', () => {
    const doc = extractSource('ledger-page.html', readFileSync(new URL('./fixtures/ledger-page.html', import.meta.url), 'utf8'));
    expect(doc.text.split('\n\n')).toEqual([
      'OpenAI and Google executives say a coordinated halt is unworkable, while regulators in Brussels welcome the proposal',
      'Executives at two of Anthropic\'s biggest rivals have dismissed the company\'s call for a coordinated global pause in frontier AI development, with one calling it "a marketing exercise dressed up as policy".',
      '"Nobody is going to stop, and everybody knows it," said one senior OpenAI executive, who asked not to be named because they were not authorised to speak publicly.',
      'Anthropic published its proposal on Thursday, arguing that a pause would only work if every leading developer took part.',
      'In Brussels, a European Commission spokesperson said the proposal was "a welcome contribution" and that the EU\'s AI Act already provided "the tools for a measured approach".',
      'Google declined to comment. A spokesperson for DeepSeek did not respond to a request for comment.',
      'Analysts said the proposal had little chance of being adopted in the US, where the administration has prioritised competition with China over safety rules.',
    ]);
  });

  it('reads a Substack and a Ghost post: the subtitle or excerpt as the standfirst, without the subscription widgets, buttons and paywall', () => {
    const substack = extractSource('substack-post.html', readFileSync(new URL('./fixtures/substack-post.html', import.meta.url), 'utf8'));
    expect(substack).toMatchObject({ headline: 'The pause nobody will take', byline: 'Mara Quinn', siteName: 'Frontier Notes', published: '2026-06-08T12:30:00Z' });
    const paragraphs = substack.text.split('\n\n');
    expect(paragraphs[0]).toBe("Why Anthropic's proposal is more interesting as a signal than as a plan");
    expect(paragraphs.at(-1)).toMatch(/^First, the labs that dismissed the proposal/);
    expect(substack.text).not.toMatch(/subscriber|Subscribe|Leave a comment|Keep reading|Share/);
    const ghost = extractSource('ghost-post.html', readFileSync(new URL('./fixtures/ghost-post.html', import.meta.url), 'utf8'));
    expect(ghost).toMatchObject({ headline: 'Inside the pause proposal', byline: 'Tomas Lind', siteName: 'Policy Watch', published: '2026-06-09T08:00:00Z' });
    expect(ghost.text.split('\n\n')[0]).toBe('What the 18-page document actually asks of governments, and what it leaves out.');
    expect(ghost.text).not.toMatch(/This post is for subscribers only|Subscribe now|compute threshold, explained|primer/);
    // The post's own words that only look like a paywall's.
    expect(ghost.text).toContain('This post is for paying subscribers only? No: it is free.');
  });

  it('reads a page that names its byline in a "byl" tag, without its access gate, print note and "Share full article"', () => {
    const doc = extractSource('times-page.html', readFileSync(new URL('./fixtures/times-page.html', import.meta.url), 'utf8'));
    expect(doc).toMatchObject({ byline: 'Cade Whitman and Sheera Levin', siteName: 'The New York Times', published: '2026-06-06T09:00:12Z', section: 'Technology' });
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe('Lawmakers from both parties said a coordinated halt would hand China an advantage, even as some praised the company for raising the issue.');
    // Without the writer's biography under the text ("Cade Whitman covers technology policy from Washington."), the outlet's words about its writer.
    expect(paragraphs.at(-1)).toBe('Two Republican senators praised the company for raising the issue but said any agreement would need to include China, which has shown little interest.');
    expect(doc.text).not.toMatch(/verify access|subscriber|appears in print|Share full article|Credit|ADVERTISEMENT|Read more|covers technology policy/i);
  });

  it('reads a document Word saved as a web page: its headline is its Title paragraph, not the file\'s own title ("Draft")', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15"><title>Draft</title></head><body lang=EN-GB><div class=WordSection1>' +
      '<p class=MsoTitle>Council backs pause motion<o:p></o:p></p><p class=MsoNormal>By Helen Marsh<o:p></o:p></p><p class=MsoNormal>12 June 2026<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
      '<p class=MsoNormal>The city council voted 31 to 12 on Thursday to back a motion welcoming the call for a global pause, the clerk said.<o:p></o:p></p><p class=MsoNormal>“This is a statement of values,” the council leader told members.<o:p></o:p></p></div></body></html>';
    const doc = extractSource('draft.htm', word);
    expect(doc).toMatchObject({ headline: 'Council backs pause motion', byline: 'Helen Marsh', published: '2026-06-12' });
    expect(doc.text).not.toContain('Council backs pause motion');
    // Its lists: the bullet or number Word writes before each item, in a span it marks mso-list:Ignore, is no text of the item.
    const mark = (m: string) => `<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>${m}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>`;
    const list = word.replace(
      '</div></body>',
      `<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${mark('·')}The motion passed with two amendments.<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>${mark('2.')}The vote took 40 minutes.<o:p></o:p></p></div></body>`,
    );
    expect(extractSource('draft.htm', list).text.split('\n\n').slice(-2)).toEqual(['The motion passed with two amendments.', 'The vote took 40 minutes.']);
    // Its language, which Word declares on its <body> only (its <html> has none).
    expect(doc.language).toBe('en-GB');
    expect(extractSource('draft.htm', word.replace('<body lang=EN-GB>', '<body lang=RU>')).language).toBe('ru');
  });

  it('reads a byline without the word for "by" it starts with, in the languages pages write it in, never a name\'s first word', () => {
    const page = (by: string) => `<html><head><title>Council backs pause motion</title></head><body><article><h1>Council backs pause motion</h1><p class="author">${by}</p><p>The city council voted 31 to 12 on Thursday to back a motion welcoming the call for a global pause, the clerk said.</p><p>“This is a statement of values,” the council leader told members on Thursday evening.</p></article></body></html>`;
    for (const [by, name] of [['By Jane Roe', 'Jane Roe'], ['Par Claire Fontaine', 'Claire Fontaine'], ['Автор: Иван Петров', 'Иван Петров'], ['מאת דנה לוי', 'דנה לוי'], ['بقلم أحمد علي', 'أحمد علي'], ['Author: Jane Roe', 'Jane Roe'], ['De Wet Potgieter', 'De Wet Potgieter'], ['Di Wang', 'Di Wang']] as const)
      expect(extractSource('a.html', page(by)).byline, by).toBe(name);
    // In a text's line of fields too: "Di" before one word is a name's, before two Italian's "by".
    expect(extractSource('a.txt', 'Council backs pause motion\nDi Wang | 5 June 2026\n\nThe city council voted 31 to 12 on Thursday to back a motion.\n').byline).toBe('Di Wang');
    expect(extractSource('a.txt', 'Council backs pause motion\nDi Mario Rossi | 5 June 2026\n\nThe city council voted 31 to 12 on Thursday to back a motion.\n').byline).toBe('Mario Rossi');
  });

  it('reads the language a page declares where it first gives one that is a language: not an <html lang> that is none, nor a Content-Language of two', () => {
    const page = (head: string, html = '<html>') => `${html}<head>${head}<title>Council backs pause motion</title></head><body><h1>Council backs pause motion</h1><p>The city council voted 31 to 12 on Thursday to back a motion welcoming the call for a global pause, the clerk said.</p></body></html>`;
    expect(extractSource('a.html', page('<meta http-equiv="Content-Language" content="de">')).language).toBe('de');
    expect(extractSource('a.html', page('<meta name="DC.language" content="pl">')).language).toBe('pl');
    expect(extractSource('a.html', page('<meta http-equiv="Content-Language" content="en, fr">')).language).toBeUndefined();
    expect(extractSource('a.html', page('<meta property="og:locale" content="fr_FR">', '<html lang="x-none">')).language).toBe('fr-FR');
  });

  it('reads a Google Docs export: its Title paragraph, and the byline, date and source lines it has instead of metadata', () => {
    const doc = extractSource('google-docs-export.html', readFileSync(new URL('./fixtures/google-docs-export.html', import.meta.url), 'utf8'));
    expect(doc).toEqual({
      format: 'html',
      headline: 'Pause call: what the wire services ran',
      url: 'https://anthropic.example.com/pause',
      published: '2026-06-05',
      byline: 'Sam Okafor',
      text: [
        'Desk notes, compiled for the Thursday meeting',
        'Reuters led with the rivalry angle: “Anthropic’s call comes as OpenAI and Google race to release more capable models,” it wrote.',
        'AP focused on the data: the company said models now do about 40 per cent of the work of training their successors.',
        'AFP quoted the White House, which called the proposal “a gift to Beijing”.',
      ].join('\n\n'),
    });
  });

  it('reads a page without its byline block, a pull quote that repeats a paragraph, and its "More on this story" links', () => {
    const doc = extractSource('bbc-like-page.html', readFileSync(new URL('./fixtures/bbc-like-page.html', import.meta.url), 'utf8'));
    expect(doc).toMatchObject({ headline: 'AI firm Anthropic calls for global pause', byline: 'Zoe Kleinman', siteName: 'BBC News', published: '2026-06-04T14:10:22Z' });
    expect(doc.text.split('\n\n')).toEqual([
      'The artificial intelligence firm Anthropic has called for a global pause in the development of the most powerful AI systems.',
      'The company said the world needed time to prepare for AI that could improve itself, a prospect it described as "plausible" if current trends continue.',
      '"We believe it would be good for the world to have the ability to slow down," the company wrote in a blog post.',
      'Critics say the proposal is unrealistic. The UK government said it would study it.',
    ]);
  });

  it('keeps a sentence that starts with the byline\'s name', () => {
    const html = '<html><head><meta name="author" content="Reuters"></head><body><article><h1>Bridge shut</h1><p>The council closed the harbour bridge on Tuesday for repairs, it said.</p><p>Reuters could not verify it.</p></article></body></html>';
    expect(extractSource('p.html', html).text.split('\n\n')).toEqual(['The council closed the harbour bridge on Tuesday for repairs, it said.', 'Reuters could not verify it.']);
  });

  it('takes no teaser of another article for the standfirst, and shows the page\'s description only where the page shows it', () => {
    const page = (extra: string) =>
      `<html><head><title>Bridge shut</title><meta name="description" content="The council closes the harbour bridge for a year of repairs."></head><body><ul class="rail"><li><p class="dek">A teaser for another story that is long enough.</p></li></ul><article><h1>Bridge shut</h1>${extra}<p>The council closed the harbour bridge on Tuesday for repairs to its cables, it said in a statement.</p><p>Repairs to the cables are expected to take a year, and to cost more than the council first said.</p></article></body></html>`;
    expect(extractSource('page.html', page('')).text.split('\n\n')[0]).toMatch(/^The council closed the harbour bridge on Tuesday/);
    expect(extractSource('page.html', page('<h2>The council closes the harbour bridge for a year of repairs.</h2>')).text.split('\n\n')[0]).toBe('The council closes the harbour bridge for a year of repairs.');
  });

  it('leaves out of a page\'s text the lines of its byline and dates, not only the headline', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the report on the harbour bridge, which the council closed on Tuesday for repairs to its cables.</p>`;
    const html = `<html><head><title>Bridge shut</title></head><body><article><h1>Bridge shut</h1>
      <p class="meta">By Diego Alvarez · June 10, 2026</p>
      <div class="dates"><span class="by">Ana Ruiz</span> · <time>Tue 9 Jun 2026 06.00 BST</time> · Last modified on <time>Tue 9 Jun 2026 14.22 BST</time></div>
      ${para(1)}${para(2)}${para(3)}<p>Updated at noon, the figures show 40 ships waited.</p></article></body></html>`;
    const doc = extractSource('page.html', html);
    expect(doc.text.split('\n\n')).toEqual([1, 2, 3].map((n) => textOf(para(n))).concat('Updated at noon, the figures show 40 ships waited.'));
  });

  it('records the address without tracking parameters or a fragment, so that a shared copy is known as recorded', () => {
    const head = '<meta property="og:url" content="https://news.example.org/a/bridge?id=7&amp;utm_source=twitter&amp;utm_medium=social&amp;fbclid=x1#comments">';
    expect(extractSource('page.html', `<html><head>${head}</head><body><p>The bridge is shut.</p></body></html>`).url).toBe('https://news.example.org/a/bridge?id=7');
    expect(extractSource('a.txt', 'The bridge is shut\nSource: https://news.example.org/a/bridge?utm_campaign=daily\n\nThe bridge is shut, the council said.\n').url).toBe('https://news.example.org/a/bridge');
  });

  it('takes the date of a <time> in the article, never the masthead\'s "today" or a related story\'s', () => {
    const page = (extra: string) =>
      `<html><head><title>Bridge shut</title></head><body><header class="masthead"><time datetime="2026-06-20">Saturday, June 20, 2026</time></header><main><article><h1>Bridge shut</h1>${extra}<p>The council closed the harbour bridge on Tuesday for repairs to its cables, it said in a statement.</p></article></main><aside><ul><li><a href="/x">Other</a> <time datetime="2026-06-19T10:00:00Z">yesterday</time></li></ul></aside></body></html>`;
    expect(extractSource('p.html', page(''))).not.toHaveProperty('published');
    expect(extractSource('p.html', page('<header><time datetime="2026-06-09T08:00:00Z">9 June 2026</time></header>')).published).toBe('2026-06-09T08:00:00Z');
    // A page without <article> or <main>: a <time> outside its header.
    expect(extractSource('p.html', '<html><body><header><time datetime="2026-06-20">Today</time></header><div><time datetime="2026-06-09">9 June</time><p>The council closed the bridge.</p></div></body></html>').published).toBe('2026-06-09');
  });

  it('takes the date a page writes in words where it shows its date, without a datetime, in the languages of the dates we read, never an update\'s or a rail\'s', () => {
    const page = (meta: string) =>
      `<html><head><title>Lawmakers weigh the AI pause proposal</title></head><body><article><h1>Lawmakers weigh the AI pause proposal</h1><div class="meta">${meta}</div><p>State lawmakers said on Friday they would hold hearings on the proposal, a spokesperson said.</p><p>The committee will hear from 12 witnesses over two days.</p></article><aside class="related"><span class="date">1 May 2026</span></aside></body></html>`;
    for (const [meta, published] of [
      ['<time>June 3, 2026</time>', '2026-06-03'],
      ['<div class="date">3 juin 2026</div>', '2026-06-03'],
      ['<div class="date">Publié le 3 juin 2026 à 10h00</div>', '2026-06-03'],
      ['<span class="timestamp">June 3rd, 2026 at 10:00 a.m.</span>', '2026-06-03'],
      ['<span class="updated-date">June 9, 2026</span>', undefined],
      ['<span class="date">Updated June 9, 2026</span>', undefined],
      ['<span class="date">2 hours ago</span>', undefined],
    ] as const) {
      expect(extractSource('d.html', page(meta)).published, meta).toBe(published);
    }
  });

  it('takes the earliest time of a live blog, which lists its newest entry first, and says so', () => {
    const entry = (time: string) => `<div class="entry"><time datetime="2026-06-04T${time}:00Z">${time}</time><p>At ${time} another company answered the call.</p></div>`;
    const page = (times: string[]) => `<html><head><title>AI pause: live reaction</title></head><body><main><h1>AI pause: live reaction</h1>${times.map(entry).join('')}</main></body></html>`;
    expect(extractSource('live.html', page(['18:45', '15:10', '11:02', '09:30']))).toMatchObject({
      published: '2026-06-04T09:30:00Z',
      publishedNote: 'the page gives no date in its metadata and has 4 times, as a live blog has; this is the earliest',
    });
    // One time, or a published and an updated one: the first, as it is.
    const article = extractSource('a.html', page(['09:30', '18:45']));
    expect([article.published, article.publishedNote]).toEqual(['2026-06-04T09:30:00Z', undefined]);
  });

  it('reads a page whose only metadata is its JSON-LD: the address of the page it is the main entity of, every author, its language', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Anthropic seeks global AI pause',
      datePublished: '2026-06-04T10:00:00+02:00',
      author: [{ '@type': 'Person', name: 'Maria Keller' }, { '@type': 'Person', name: 'Tom Hale' }, { '@type': 'Person', name: 'Ana Cruz' }],
      publisher: { '@type': 'Organization', name: 'Tech Ledger' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://techledger.example/2026/06/anthropic-pause' },
      inLanguage: 'de-CH',
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>Anthropic hat am Donnerstag eine weltweite Pause gefordert.</p></article></body></html>`;
    expect(extractSource('ld.html', html)).toMatchObject({
      headline: 'Anthropic seeks global AI pause',
      url: 'https://techledger.example/2026/06/anthropic-pause',
      published: '2026-06-04T10:00:00+02:00',
      byline: 'Maria Keller, Tom Hale and Ana Cruz',
      siteName: 'Tech Ledger',
      language: 'de-CH',
    });
    const one = extractSource('ld.html', html.replace(JSON.stringify(ld), JSON.stringify({ ...ld, author: { name: 'Maria Keller' }, mainEntityOfPage: 'https://techledger.example/a' })));
    expect([one.byline, one.url]).toEqual(['Maria Keller', 'https://techledger.example/a']);
  });

  it('takes a page\'s language as the registered tag it means, in the registry\'s letter cases, and none that names no language', () => {
    const page = (lang: string) => extractSource('page.html', `<html lang="${lang}"><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>The council closed the bridge on Tuesday for repairs that will take a month.</p></article></body></html>`).language;
    expect(['EN-us', 'en_GB', 'zh-hant-tw', 'pt-BR', 'iw', 'in', 'en-UK'].map(page)).toEqual(['en-US', 'en-GB', 'zh-Hant-TW', 'pt-BR', 'he', 'id', 'en-GB']);
    // Written like tags, but no language of the registry: left for the editor, never written for the checks to refuse.
    expect(['xx', 'en-a1', 'English', 'qq-QQ'].map(page)).toEqual([undefined, undefined, undefined, undefined]);
    const markdown = (lang: string) => extractSource('note.md', `---\ntitle: Bridge closed\nlang: ${lang}\n---\n\nThe council closed the bridge on Tuesday for repairs that will take a month.\n`).language;
    expect([markdown('DE-ch'), markdown('xx')]).toEqual(['de-CH', undefined]);
  });

  it('reads a JSON-LD @graph whose article names its authors, its publisher and its page by their @id, as WordPress plugins write it', () => {
    const site = 'https://harbourtimes.example';
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': `${site}/#org`, name: 'The Harbour Times', url: `${site}/` },
        { '@type': 'WebPage', '@id': `${site}/2026/06/ferries-cut/`, url: `${site}/2026/06/ferries-cut/`, inLanguage: 'en-GB' },
        {
          '@type': ['NewsArticle', 'Article'],
          '@id': `${site}/2026/06/ferries-cut/#article`,
          mainEntityOfPage: { '@id': `${site}/2026/06/ferries-cut/` },
          headline: 'Evening ferries cut as crews run short',
          datePublished: '2026-06-09T18:20:00+01:00',
          author: [{ '@type': 'Person', name: 'Maria Okafor' }, { '@id': `${site}/#/schema/person/abc` }],
          publisher: { '@id': `${site}/#org` },
        },
        { '@type': 'Person', '@id': `${site}/#/schema/person/abc`, name: 'Tom Hale' },
      ],
    };
    const html = (ld: unknown) =>
      `<html><head><title>Page</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div><h1>Evening ferries cut as crews run short</h1><p>The harbour authority will cut four of its nine evening crossings from Monday, its director said.</p></div></body></html>`;
    expect(extractSource('graph.html', html(graph))).toMatchObject({
      url: `${site}/2026/06/ferries-cut/`,
      published: '2026-06-09T18:20:00+01:00',
      byline: 'Maria Okafor and Tom Hale',
      siteName: 'The Harbour Times',
      language: 'en-GB',
    });
    // The same graph in an array of blocks, beside a breadcrumb list.
    expect(extractSource('graph.html', html([{ '@type': 'BreadcrumbList', itemListElement: [] }, graph]))).toMatchObject({ byline: 'Maria Okafor and Tom Hale', siteName: 'The Harbour Times' });
  });

  it('marks a byline its JSON-LD gives as an organisation (the publisher, a desk) for the editor to check, not a person\'s', () => {
    const page = (author: unknown) =>
      `<html lang="en"><head><title>Ferry timetable changes</title><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry timetable changes from Monday', author, publisher: { '@type': 'Organization', name: 'The Harbour Times' } })}</script></head><body><article><h1>Ferry timetable changes from Monday</h1><p>Four evening crossings will be dropped from Monday, the authority said in a statement on Tuesday.</p></article></body></html>`;
    const note = "the page's metadata names an organisation, not a person, as its author";
    expect(extractSource('o.html', page({ '@type': 'Organization', name: 'Harbour Times Staff' }))).toMatchObject({ byline: 'Harbour Times Staff', bylineNote: note });
    expect(extractSource('o.html', page({ '@type': 'NewsMediaOrganization', name: 'The Harbour Times' }))).toMatchObject({ byline: 'The Harbour Times', bylineNote: note });
    // A person, or a person and an organisation, is a writer's byline.
    expect(extractSource('o.html', page({ '@type': 'Person', name: 'Maria Okafor' }))).not.toHaveProperty('bylineNote');
    expect(extractSource('o.html', page([{ '@type': 'Person', name: 'Maria Okafor' }, { '@type': 'Organization', name: 'Reuters' }]))).not.toHaveProperty('bylineNote');
  });

  it('reads the date of a page whose only date is in its Dublin Core metadata', () => {
    const page = (meta: string) => `<html><head><meta property="og:title" content="Trams to replace night buses">${meta}</head><body><h1>Trams to replace night buses</h1><p>The council will replace the night buses with trams from September, a spokesperson said.</p></body></html>`;
    expect(extractSource('dc.html', page('<meta name="DC.date.issued" content="2026-06-08">')).published).toBe('2026-06-08');
    expect(extractSource('dc.html', page('<meta name="dcterms.issued" content="2026-06-08T09:00:00Z">')).published).toBe('2026-06-08T09:00:00Z');
    expect(extractSource('dc.html', page('<meta name="DC.Date" content="2026-06-08">')).published).toBe('2026-06-08');
    // Not the day it was changed.
    expect(extractSource('dc.html', page('<meta name="DC.date.modified" content="2026-06-09">')).published).toBeUndefined();
  });

  it('leaves out a pull quote too short to be found as a repeat of its paragraph', () => {
    const html =
      '<html><body><article><h1>Pause plan divides AI labs</h1><p>Rivals say the plan would be impossible to enforce, and several said so in public on Friday.</p><blockquote class="pullquote">Impossible to enforce</blockquote><p>OpenAI declined to comment on the proposal when asked on Friday.</p></article></body></html>';
    expect(extractSource('p.html', html).text).toBe('Rivals say the plan would be impossible to enforce, and several said so in public on Friday.\n\nOpenAI declined to comment on the proposal when asked on Friday.');
  });

  it('leaves out a caption and a photo credit outside a <figure>, and an appeal Reader View would keep without its class', () => {
    const doc = extractSource('captions-page.html', readFileSync(new URL('fixtures/captions-page.html', import.meta.url), 'utf8'));
    expect(doc.text.split('\n\n')).toEqual([
      "Regulators in Europe and the United States were split on Tuesday over Anthropic's call for a global pause, with Brussels signalling openness and Washington dismissing the idea.",
      '"We will look at any proposal that makes these systems safer," European Commissioner Anna Virtanen told reporters in Brussels.',
      'A White House spokesperson said the administration "does not support any pause" that would benefit China, adding that 3 agencies were reviewing the proposal.',
      'Anthropic did not respond to a request for comment on Tuesday evening.',
    ]);
  });

  it('says what a paywall the page shows says, where its text may stop, but not of a request for contributions', () => {
    const fixture = (name: string) => extractSource(name, readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
    const paywalled = fixture('paywalled-page.html');
    expect(paywalled).toMatchObject({ paywall: 'Subscribe to continue reading', text: expect.stringMatching(/went through 14 versions\.$/) });
    expect(fixture('substack-post.html').paywall).toBe('Keep reading with a 7-day free trial');
    expect(fixture('ledger-page.html').paywall).toBeUndefined();
    expect(fixture('saved-page.html').paywall).toBeUndefined();
  });

  it('takes no address that does not parse, and reads the rest of the page', () => {
    const html = '<html><head><meta property="og:url" content="https://exa mple.org/a: b"><meta property="og:title" content="Bridge\tshut\n"></head><body><p>The council closed the bridge on Tuesday.</p></body></html>';
    expect(extractSource('page.html', html)).toEqual({ format: 'html', headline: 'Bridge shut', text: 'The council closed the bridge on Tuesday.' });
    expect(extractSource('a.txt', 'Bridge shut again\nSource: https://[broken/a\n\nThe council closed the bridge.\n')).not.toHaveProperty('url');
  });

  it('takes the writer the page names for its byline, not the address of their profile page nor the publisher\'s name in its author tag', () => {
    const page = (head: string) =>
      `<html><head><meta property="og:site_name" content="The Northfield Courier">${head}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge shut","author":{"@type":"Person","name":"Priya Natarajan"}}</script></head><body><article><h1>Bridge shut</h1><p>The council closed the bridge on Tuesday, officials said, and ferries now run every 20 minutes.</p></article></body></html>`;
    for (const head of ['<meta property="article:author" content="https://www.facebook.com/priya.natarajan">', '<meta name="author" content="The Northfield Courier">', '<meta name="author" content="Northfield Courier">']) {
      expect(extractSource('page.html', page(head)).byline).toBe('Priya Natarajan');
    }
    // A wire's story, whose only author is the publisher: its name.
    expect(extractSource('page.html', page('<meta name="author" content="The Northfield Courier">').replace(/"author":\{[^}]*\},?/, '')).byline).toBe('The Northfield Courier');
  });

  it('takes a page\'s article address: the one the browser wrote when it saved it, when it has no other, and never the site\'s home page', () => {
    const body = '<body><article><h1>Bridge shut</h1><p>The council closed the bridge on Tuesday, officials said, and ferries now run every 20 minutes.</p></article></body></html>';
    // Chrome's and Edge's "Save page as" write where the page came from in a comment at its top.
    expect(extractSource('page.html', `<!DOCTYPE html>\n<!-- saved from url=(0048)https://www.courier.example/news/bridge-shut -->\n<html><head><title>Bridge shut</title></head>${body}`).url).toBe('https://www.courier.example/news/bridge-shut');
    // An og:url some sites set to their home page: the canonical link's address, or none.
    expect(extractSource('page.html', `<html><head><meta property="og:url" content="https://www.courier.example/"><link rel="canonical" href="https://www.courier.example/news/bridge-shut"></head>${body}`).url).toBe('https://www.courier.example/news/bridge-shut');
    expect(extractSource('page.html', `<html><head><meta property="og:url" content="https://www.courier.example/"></head>${body}`)).not.toHaveProperty('url');
    expect(extractSource('page.html', `<html><head><meta property="og:url" content="https://www.courier.example/?p=4182"></head>${body}`).url).toBe('https://www.courier.example/?p=4182');
  });

  it('reads the publisher from the page title after the headline when no tag names it', () => {
    const page = (title: string) => `<html><head><title>${title}</title><meta name="author" content="Gwen Pryce"></head><body><h1>Council delays vote</h1><p>The vote was delayed.</p></body></html>`;
    expect(extractSource('page.html', page('Council delays vote - Northfield Courier')).siteName).toBe('Northfield Courier');
    expect(extractSource('page.html', page('Council delays vote | The Meridian')).siteName).toBe('The Meridian');
    expect(extractSource('page.html', page('Council delays vote: what the objectors said')).siteName).toBeUndefined();
    expect(extractSource('page.html', page('Northfield Courier')).siteName).toBeUndefined();
  });

  it('takes the headline of a page that only has a title without the site name after it', () => {
    const page = (head: string) => `<html><head>${head}</head><body><p>The vote was delayed, the council said on Tuesday.</p></body></html>`;
    const titled = extractSource('page.html', page('<title>Council delays vote - Northfield Courier</title>'));
    expect([titled.headline, titled.siteName]).toEqual(['Council delays vote', 'Northfield Courier']);
    // A dash inside a headline is not a site name's.
    expect(extractSource('page.html', page('<title>Vote delayed - and the objectors say why</title>')).headline).toBe('Vote delayed - and the objectors say why');
    // An og:title that repeats the site's name, as the title does.
    const og = extractSource('page.html', page('<meta property="og:title" content="Council delays vote | The Meridian"><meta property="og:site_name" content="The Meridian">'));
    expect([og.headline, og.siteName]).toEqual(['Council delays vote', 'The Meridian']);
  });

  it('reads an RSS item as a feed reader saves it: its title, link, date with its time, author, the feed as publisher, and its HTML content', () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Tech Ledger</title><link>https://techledger.example</link><language>en-GB</language>
<item>
<title>EU officials cool on AI pause</title>
<link>https://techledger.example/eu-cool-on-pause?utm_source=rss</link>
<dc:creator>Lena Fischer</dc:creator>
<pubDate>Fri, 05 Jun 2026 14:30:00 +0200</pubDate>
<description>Brussels says existing rules suffice.</description>
<content:encoded><![CDATA[<p>Officials said &ldquo;a moratorium is not on the table.&rdquo;</p><figure><figcaption>A caption</figcaption></figure><p>The Commission has fined 3 companies.</p>]]></content:encoded>
</item></channel></rss>
`;
    expect(extractSource('item.xml', rss)).toEqual({
      format: 'html',
      headline: 'EU officials cool on AI pause',
      url: 'https://techledger.example/eu-cool-on-pause',
      published: '2026-06-05T14:30:00+02:00',
      byline: 'Lena Fischer',
      siteName: 'Tech Ledger',
      language: 'en-GB',
      text: 'Officials said “a moratorium is not on the table.”\n\nThe Commission has fined 3 companies.',
    });
    // WordPress's line under each item of its feeds is the feed's, not the article's (it was a passage of the checklist).
    const footer = rss.replace('fined 3 companies.</p>', 'fined 3 companies.</p><p>The post <a href="https://techledger.example/eu-cool-on-pause">EU officials cool on AI pause</a> appeared first on <a href="https://techledger.example">Tech Ledger</a>.</p>');
    expect(extractSource('item.xml', footer).text).toBe('Officials said “a moratorium is not on the table.”\n\nThe Commission has fined 3 companies.');
  });

  it('takes the publisher of a WordPress feed\'s item saved alone from its line "The post … appeared first on …", the only place it names its site', () => {
    const item = `<?xml version="1.0" encoding="UTF-8"?>
<item xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <title>Library hours cut at five branches</title>
  <link>https://eastborough-news.example.org/2026/06/08/library-hours-cut/</link>
  <dc:creator><![CDATA[Tom Greer]]></dc:creator>
  <pubDate>Mon, 08 Jun 2026 08:15:00 +0000</pubDate>
  <content:encoded><![CDATA[<p>Five branch libraries in Eastborough will open only three days a week from July, the council said on Monday, as it tries to save £400,000 a year.</p>
<p>The post <a rel="nofollow" href="https://eastborough-news.example.org/2026/06/08/library-hours-cut/">Library hours cut at five branches</a> appeared first on <a rel="nofollow" href="https://eastborough-news.example.org">Eastborough News</a>.</p>]]></content:encoded>
</item>`;
    const doc = extractSource('item.xml', item);
    expect(doc).toMatchObject({ headline: 'Library hours cut at five branches', byline: 'Tom Greer', published: '2026-06-08T08:15:00Z', siteName: 'Eastborough News' });
    expect(doc.text).toBe('Five branch libraries in Eastborough will open only three days a week from July, the council said on Monday, as it tries to save £400,000 a year.');
  });

  it('reads an Atom entry: its alternate link, its published date (not the updated one), its author, and its escaped HTML content', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
<title>Japan signals interest in AI pause talks</title>
<link rel="self" href="https://asiawire.example/feed/1"/><link rel="alternate" href="https://asiawire.example/japan-ai-pause"/>
<updated>2026-06-08T09:00:00+09:00</updated><published>2026-06-07T09:00:00+09:00</published>
<author><name>Kenji Sato</name><email>ks@asiawire.example</email></author>
<content type="html">&lt;p&gt;Japan&amp;#8217;s minister was &amp;quot;open to discussing&amp;quot; a pause.&lt;/p&gt;</content>
</entry>`;
    expect(extractSource('entry.atom', atom)).toEqual({
      format: 'html',
      headline: 'Japan signals interest in AI pause talks',
      url: 'https://asiawire.example/japan-ai-pause',
      published: '2026-06-07T09:00:00+09:00',
      byline: 'Kenji Sato',
      language: 'ja',
      text: 'Japan’s minister was "open to discussing" a pause.',
    });
    // Saved alone, an entry names its feed, the publisher, in its source; so does an RSS item.
    expect(extractSource('entry.atom', atom.replace('<content', '<source><id>tag:asiawire.example,2026:feed</id><title>Asia Wire</title></source><content'))).toMatchObject({ siteName: 'Asia Wire' });
    expect(extractSource('item.xml', '<?xml version="1.0"?><item><title>Japan signals interest in AI pause talks</title><link>https://asiawire.example/japan-ai-pause</link><source url="https://asiawire.example/feed">Asia Wire</source><description>Japan is open to talks.</description></item>')).toMatchObject({
      siteName: 'Asia Wire',
    });
  });

  it('reads a whole feed as its first article, and says how many it holds', () => {
    const item = (n: number) => `<item><title>Story number ${n} of the day</title><link>https://example.org/${n}</link><author>desk@example.org (Jo Park)</author><description>Text ${n} of the story.</description></item>`;
    const doc = extractSource('feed.rss', `<rss version="2.0"><channel><title>Example</title>${item(1)}${item(2)}${item(3)}</channel></rss>`);
    expect(doc).toMatchObject({ headline: 'Story number 1 of the day', url: 'https://example.org/1', byline: 'Jo Park', text: 'Text 1 of the story.', feedItems: 3 });
  });

  it('takes no platform for the publisher: a Medium post is its publication\'s, or its writer\'s own', () => {
    const personal = readFileSync(new URL('fixtures/medium-post.html', import.meta.url), 'utf8');
    const own = extractSource('medium-post.html', personal);
    expect(own).toMatchObject({ headline: 'Why a pause on AI won’t work', byline: 'Jane Doe', platform: 'Medium', published: '2026-06-05T12:00:00Z' });
    expect(own.siteName).toBeUndefined();
    // In a publication: the name the title gives before the platform's, and the JSON-LD publisher's.
    const inPublication = personal.replace('| by Jane Doe | Medium', '| by Jane Doe | Frontier Policy | Medium');
    expect(extractSource('medium-post.html', inPublication)).toMatchObject({ siteName: 'Frontier Policy', platform: 'Medium' });
    const byLd = personal.replace('"name":"Medium","url":"https://medium.com/"', '"name":"Frontier Policy","url":"https://medium.com/frontier-policy"');
    expect(extractSource('medium-post.html', byLd)).toMatchObject({ siteName: 'Frontier Policy', platform: 'Medium' });
  });

  it('reads a saved web page: metadata from its tags, text from its article without navigation, figures or asides', () => {
    const doc = extractSource('saved-page.html', readFileSync(new URL('./fixtures/saved-page.html', import.meta.url), 'utf8'));
    expect(doc).toEqual({
      format: 'html',
      headline: 'Harbour bridge to stay shut until March',
      url: 'https://www.coastal-wire.example.org/news/harbour-bridge-shut-until-march',
      published: '2026-02-03T09:15:00Z',
      byline: 'Ines Alvarez',
      language: 'en-GB',
      siteName: 'The Coastal Wire',
      text: [
        'The harbour bridge will stay closed for repairs until March, the council said on Tuesday.',
        '“We will not reopen it until it is safe,” the mayor told reporters. The repairs are expected to cost €4.2 million.',
        'Ferries run every 20 minutes.',
        'Buses divert through the old town.',
      ].join('\n\n'),
    });
  });

  it('leaves out the furniture a page puts in its text without a class that says so: a photograph\'s credit, a newsletter box, a paywall\'s message, the writer\'s biography', () => {
    const doc = extractSource('unmarked-furniture-page.html', readFileSync(new URL('./fixtures/unmarked-furniture-page.html', import.meta.url), 'utf8'));
    expect(doc).toEqual({
      format: 'html',
      headline: 'EU weighs compute caps after Anthropic call',
      url: 'https://brusselsledger.example/eu-compute-caps/',
      published: '2026-06-08T07:00:00Z',
      byline: 'Marta Kowalska',
      siteName: 'Brussels Ledger',
      paywall: 'This article is reserved for subscribers. Already a subscriber? Log in.',
      text: [
        'European Union officials are weighing caps on the computing power used to train AI models, three diplomats said on Monday, days after Anthropic called for a global pause.',
        'A draft seen by the Ledger would set the threshold at 10^26 operations, the same figure used in the AI Act for models with systemic risk.',
        '“We are not going to regulate by press release,” one diplomat said, asking not to be named.',
        'The European Commission declined to comment.',
      ].join('\n\n'),
    });
    // The article's own sentences that say such words are its text.
    const page = (p: string) => `<html><head><meta name="author" content="Marta Kowalska"></head><body><article><p>The council met on Tuesday to discuss the harbour bridge and its repairs, which will take months.</p><p>${p}</p></article></body></html>`;
    for (const kept of [
      'Photos: the council released 12 images of the damage on Monday.',
      'The report is only available to subscribers of the terminal, the company said.',
      'Marta Kowalska, the council’s engineer, is not related to our reporter.',
      'Subscribers to the service said they would keep reading the bulletins.',
    ]) expect(extractSource('page.html', page(kept)).text).toContain(kept);
  });

  it('reads a page copied as text without the site\'s lines: cookie banner, share buttons, caption and credit, newsletter sign-up, related headlines, comments', () => {
    const doc = extractSource('page-copied-as-text.txt', readFileSync(new URL('./fixtures/page-copied-as-text.txt', import.meta.url), 'utf8'));
    expect(doc).toEqual({
      format: 'text',
      // Not the cookie banner's "We use cookies to improve your experience. Accept all | Manage cookies".
      headline: 'Anthropic urges pause on frontier AI, citing self-improvement risk',
      siteName: 'The Northfield Courier',
      byline: 'Priya Natarajan and Tom Okafor',
      published: '2026-06-05',
      text: [
        'The AI company says a coordinated slowdown would let safety research catch up.',
        'Anthropic has called for a coordinated global pause on the development of the most powerful AI systems, warning that models may soon be able to improve themselves.',
        '“We believe it would be good for the world to have the ability to slow down,” the company said in a post published on Thursday.',
        'The company said 40% of its own code is now written by its models, up from 10% a year ago.',
        'Critics, including White House officials, accused Anthropic of “fear marketing”, according to people familiar with the discussions.',
        'Dario Amodei, Anthropic’s chief executive, said the proposal would only work if rivals including OpenAI and Google joined it.',
      ].join('\n\n'),
    });
    // An article's own lines that say such words, its heading "Comments", and a paragraph under "Read more", are its text.
    const own = [
      'Regulators said the site uses cookies without consent, and fined it.',
      'Comments',
      'The council received 24 comments on the plan, officials said.',
      'Read more',
      'The consultation closes on Friday, the council said.',
    ];
    const article = `Council fines cookie tracker\n\nThe council fined a local news site on Monday.\n\n${own.join('\n\n')}\n`;
    expect(extractSource('a.txt', article).text.split('\n\n')).toEqual(['The council fined a local news site on Monday.', ...own.filter((line) => line !== 'Read more')]);
    // A line of a hard-wrapped paragraph may say what a page's line says: it is the paragraph's.
    const wrapped = 'Morning newsletters thrive\n\nThe company said its morning briefing, which is\ndelivered to your inbox at seven, now has two\nmillion readers, up from one million last year,\nand that its evening edition would follow in\nthe autumn, the chief executive said.\n';
    expect(extractSource('a.txt', wrapped).text).toBe(
      'The company said its morning briefing, which is delivered to your inbox at seven, now has two million readers, up from one million last year, and that its evening edition would follow in the autumn, the chief executive said.',
    );
  });

  it('reads a live blog copied as text or clipped as Markdown without its list of key events, the headlines of its own entries it repeats', () => {
    const entries = [
      '15:10',
      'Senator Doe says labs have until 1 July',
      '"We need answers by July 1," Senator Jane Doe said in a statement on Thursday afternoon.',
      '11:02',
      'Two more labs back the pause, bringing total to five',
      'Two more laboratories said they would join the pause, bringing the total to five, according to a spokesperson.',
    ];
    const text = [
      'AI pause: senators question labs – live',
      'By Live team | The Coastal Wire | 12 June 2026',
      'Key events',
      '15:10 Senator Doe says labs have until 1 July\n11:02 Two more labs back the pause, bringing total to five',
      'Show key events only',
      ...entries,
    ].join('\n\n');
    expect(extractSource('live.txt', text).text).toBe(entries.join('\n\n'));
    // As a web clipper writes it: the list's items are links to the entries, each entry's heading has its time.
    const link = (block: string) => `https://coastalwire.example/live/2026/jun/12/ai-pause-senators-live?page=with:${block}#${block}`;
    const markdown = [
      '---\ntitle: "AI pause: senators question labs – live"\n---',
      '## Key events',
      `- [15:10 Senator Doe says labs have until 1 July](${link('block-6a1')})\n- [11:02 Two more labs back the pause, bringing total to five](${link('block-6a0')})`,
      `### 15:10 Senator Doe says labs have until 1 July`,
      entries[2],
      '### 11:02 Two more labs back the pause, bringing total to five',
      entries[5],
    ].join('\n\n');
    expect(extractSource('live.md', markdown).text.split('\n\n')).toEqual(['15:10 Senator Doe says labs have until 1 July', entries[2], '11:02 Two more labs back the pause, bringing total to five', entries[5]]);
    // Lines under such a heading that the text does not give again are the article's own: a summary's points.
    const summary = ['Highlights', 'Senators asked three labs to answer by 1 July', 'Two more labs joined the pause', ...entries].join('\n\n');
    expect(extractSource('live.txt', `AI pause: senators question labs – live\n\n${summary}`).text).toBe(summary);
  });

  it('keeps every entry of a live blog, also a short one Reader View would drop beside the others, in its place, and none twice', () => {
    const entries = [
      ['15:10', 'Senator Doe says labs have until 1 July', '"We need answers by July 1," Senator Jane Doe said in a statement on Thursday afternoon.'],
      ['11:02', 'Two more labs back the pause', 'Two more laboratories said they would join the pause, bringing the total to five, according to a spokesperson.'],
      ['09:30', 'What we know so far', 'Anthropic called last week for a coordinated global pause in frontier AI development.'],
    ] as const;
    const page = (ids: boolean, extra = '', timed = (time: string) => `<time datetime="2026-06-12T${time}:00Z">${time}</time>`) =>
      `<html><head><title>AI pause: senators question labs – live</title></head><body><main><article><h1>AI pause: senators question labs – live</h1>${entries
        .map(([time, heading, p], i) => `<div class="block"${ids ? ` id="block-${i}"` : ''}>${timed(time)}<h3>${heading}</h3>${extra}<p>${p}</p></div>`)
        .join('')}</article></main></body></html>`;
    // With the entries' ids, and without them but with a share button in each, which Reader View takes out of those it keeps;
    // each entry's time in a <time> or bare (an entry restored kept it only in a paragraph, as Reader View writes those it keeps).
    for (const [ids, extra, timed] of [[true, ''], [false, '<div class="share"><button>Share</button></div>'], [true, '', (time: string) => `\n${time} `]] as const) {
      const blocks = extractSource('live.html', page(ids, extra, timed)).text.split('\n\n');
      const at = entries.map(([time, heading, p]) => [blocks.indexOf(time), blocks.indexOf(heading), blocks.indexOf(p)]);
      expect(at.flat().every((i) => i >= 0), blocks.join(' / ')).toBe(true);
      expect(at.flat()).toEqual([...at.flat()].sort((a, b) => a - b));
      for (const [time, heading, p] of entries) expect(blocks.filter((b) => b === time || b === heading || b === p)).toHaveLength(3);
      expect(blocks).not.toContain('Share');
    }
  });

  it('reads a news page as a browser saves it: the headline the page shows over a social one, every field from its metadata, the text without the page\'s furniture', () => {
    const html = readFileSync(new URL('./fixtures/browser-saved-page.html', import.meta.url), 'utf8');
    expect(extractSource('browser-saved-page.html', html)).toEqual({
      format: 'html',
      // Its <h1>, JSON-LD headline and <title>: not og:title's "Anthropic wants the world to hit pause on AI".
      headline: 'Anthropic urges pause on frontier AI, citing self-improvement risk',
      // og:url without its tracking parameter, as the canonical link says.
      url: 'https://www.northfieldcourier.example/tech/2026/06/05/anthropic-urges-pause',
      published: '2026-06-05T09:30:00+01:00',
      byline: 'Priya Natarajan and Tom Okafor',
      language: 'en-GB',
      siteName: 'The Northfield Courier',
      section: 'Technology',
      paywall: 'Subscribe to keep reading. Get unlimited access for £1 a week.',
      // Without the cookie banner, share buttons, caption and credits, newsletter box, related
      // articles (their figures too), paywall notice, comments, most-read list and footer.
      text: [
        'The AI company says a coordinated slowdown would let safety research catch up.',
        'Anthropic has called for a coordinated global pause on the development of the most powerful AI systems, warning that models may soon be able to improve themselves.',
        '“We believe it would be good for the world to have the ability to slow down,” the company said in a post published on Thursday.',
        'The company said 40% of its own code is now written by its models, up from 10% a year ago.',
        'Critics, including White House officials, accused Anthropic of “fear marketing”, according to people familiar with the discussions.',
        'Dario Amodei, Anthropic’s chief executive, said the proposal would only work if rivals including OpenAI and Google joined it.',
      ].join('\n\n'),
    });
    // A page whose <h1> is none of its metadata's headlines keeps og:title, as before.
    expect(extractSource('page.html', html.replace(/<h1 class="headline">[^<]*/, '<h1 class="headline">Pause, please')).headline).toBe('Anthropic wants the world to hit pause on AI');
  });
});
