/**
 * Reading an article as received (scripts/lib/import/extract.ts): its format, headline, address,
 * date, byline and text, from plain text, Markdown and a saved web page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as extract from '../../../scripts/lib/import/extract.ts';
import { detectFormat, extractSource, looksLikeHeadline, parseDate } from '../../../scripts/lib/import/extract.ts';

describe('the module', () => {
  it('exports the reader and its helpers', () => {
    expect(Object.keys(extract).sort()).toEqual(['detectFormat', 'extractSource', 'looksLikeHeadline', 'parseDate']);
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
    ['2026-02-30', undefined],
    ['Thursday', undefined],
    ['last week', undefined],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    ['Anthropic calls for a global pause on advanced AI development', true],
    ['The proposal', false],
    ['Anthropic has called for a coordinated global pause.', false],
    ['“We believe it would be good for the world”', false],
    ['- a list item that goes on for a while', false],
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
  ])('%s starting %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

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
});
