/**
 * rehype-quoted-language through the real pipeline, and the language attributes it and the pages
 * use (src/lib/languages.ts): an article's own words carry its language and direction, our
 * account around them stays in the page's English (languages.test.ts checks the built pages).
 */
import { describe, expect, it } from 'vitest';
import { languageAttributes, ownTextAttributes, textDirection } from '../../../src/lib/languages.ts';
import { render } from './pipeline.ts';

const body = 'Our account.\n\n> Quoted: :claim[the words]{#a-claim}.\n\nAnd :claim[a span]{#b-claim stance=quotes} in our paragraph.\n';
const rendered = async (frontmatter: Record<string, unknown>) => (await render(body, undefined, frontmatter)).html.replace(/\n/g, '');

describe('languageAttributes', () => {
  it('adds nothing in the page\'s own language, or without one', () => {
    expect(languageAttributes('en')).toEqual({});
    expect(languageAttributes('EN')).toEqual({});
    expect(languageAttributes(undefined)).toEqual({});
  });

  it('gives another language its tag, and a right-to-left one its direction', () => {
    expect(languageAttributes('fr')).toEqual({ lang: 'fr' });
    expect(languageAttributes('en-GB')).toEqual({ lang: 'en-GB' });
    expect(languageAttributes('ja')).toEqual({ lang: 'ja' });
    expect(languageAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAttributes('he-IL')).toEqual({ lang: 'he-IL', dir: 'rtl' });
    expect(languageAttributes('fa')).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(languageAttributes('ur')).toEqual({ lang: 'ur', dir: 'rtl' });
  });

  it('reads the direction from the script a tag names', () => {
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('az-Latn')).toBe('ltr');
    expect(textDirection('not a tag')).toBe('ltr');
  });
});

describe('ownTextAttributes', () => {
  it('gives text written in the script of the record\'s language that language, by its first letter', () => {
    expect(ownTextAttributes('«قالت الصحيفة» إن الجسر مغلق.', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(ownTextAttributes('12 — הגשר נסגר', 'he')).toEqual({ lang: 'he', dir: 'rtl' });
    expect(ownTextAttributes('港湾橋が通行止め', 'ja')).toEqual({ lang: 'ja' });
  });

  it('leaves ours, text in another script and a language written in our letters as ours', () => {
    expect(ownTextAttributes('Our account: قال', 'ar')).toEqual({});
    expect(ownTextAttributes('הגשר', 'ar')).toEqual({});
    expect(ownTextAttributes('Le pont est fermé', 'fr')).toEqual({});
    expect(ownTextAttributes('قال', 'en')).toEqual({});
    expect(ownTextAttributes('قال', undefined)).toEqual({});
    expect(ownTextAttributes('2026 — ?', 'ar')).toEqual({});
  });
});

describe('rehype-quoted-language', () => {
  it('marks a block outside the quotations written in the article\'s script as the article\'s, and not ours', async () => {
    const markdown = 'Our account.\n\nقالت الصحيفة إن :claim[الجسر مغلق]{#a-claim}.\n\n- بند أول.\n- Our note.\n\n## العنوان\n';
    const html = (await render(markdown, undefined, { language: 'ar' })).html.replace(/\n/g, '');
    expect(html).toMatch(/^<p>Our account\.<\/p><p lang="ar" dir="rtl">قالت الصحيفة إن <a [^>]*class="mention mention--asserts"[^>]*>الجسر مغلق<\/a>\.<\/p><ul><li><span lang="ar" dir="rtl">بند أول\.<\/span><\/li><li>Our note\.<\/li><\/ul><h2 [^>]*lang="ar" dir="rtl">العنوان<\/h2>$/);
    // A list item's text is marked in it, its marker left on our side; a loose item's paragraph as a paragraph.
    const loose = (await render('- بند أول.\n\n  بند ثان.\n- Our note.\n', undefined, { language: 'ar' })).html.replace(/\n/g, '');
    expect(loose).toBe('<ul><li><p lang="ar" dir="rtl">بند أول.</p><p lang="ar" dir="rtl">بند ثان.</p></li><li><p>Our note.</p></li></ul>');
    // In a language written in our letters, a paragraph cannot be told from ours: it is left as ours.
    expect((await render('Le pont est fermé.\n', undefined, { language: 'fr' })).html).toBe('<p>Le pont est fermé.</p>');
  });


  it('marks the quotations and the spans outside them, not our account', async () => {
    const html = await rendered({ language: 'ar' });
    expect(html).toMatch(/^<p>Our account\.<\/p><blockquote lang="ar" dir="rtl"><p>Quoted: <a [^>]*class="mention mention--asserts"[^>]*>the words<\/a>\.<\/p><\/blockquote>/);
    // A span inside a quotation takes the quotation's language; one in our paragraph its own.
    expect(html.match(/lang="ar"/g)).toHaveLength(2);
    expect(html).toMatch(/<p>And <a [^>]*class="mention mention--quotes"[^>]*lang="ar" dir="rtl"[^>]*>a span<\/a> in our paragraph\.<\/p>/);
  });

  it('gives a left-to-right language only its tag', async () => {
    const html = await rendered({ language: 'fr' });
    expect(html).toContain('<blockquote lang="fr" data-pagefind-meta="quote-1-fr">');
    expect(html).not.toContain('dir=');
  });

  it('gives the search index the words of each passage in a language written in our letters, as metadata, and none in another script', async () => {
    const html = await rendered({ language: 'fr' });
    expect(html.match(/data-pagefind-meta="[^"]*"/g)).toEqual(['data-pagefind-meta="quote-1-fr"', 'data-pagefind-meta="quote-2-fr"']);
    expect(html).toMatch(/<a [^>]*lang="fr" data-pagefind-meta="quote-2-fr"[^>]*>a span<\/a>/);
    expect(await rendered({ language: 'ar' })).not.toContain('data-pagefind-meta');
    expect(await rendered({ language: 'ja' })).not.toContain('data-pagefind-meta');
  });

  it('leaves a body in English, or without a language (a claim\'s notes), as it was', async () => {
    const plain = await rendered({});
    expect(plain).not.toMatch(/lang=|dir=/);
    expect(await rendered({ language: 'en' })).toBe(plain);
  });
});

describe('the description of an image in the record of an article in another language', () => {
  it('says "Image:" in our English, inside a quotation in the article\'s language too', async () => {
    const html = (await render('Our photo: ![The gate](https://example.org/a.jpg)\n\n> ![البوابة مغلقة](https://example.org/b.jpg)\n', undefined, { language: 'ar' })).html.replace(/\n/g, '');
    expect(html).toBe('<p>Our photo: [<span lang="en">Image:</span> The gate]</p><blockquote lang="ar" dir="rtl"><p>[<span lang="en">Image:</span> البوابة مغلقة]</p></blockquote>');
  });

  it('is plain text in the record of an article in English', async () => {
    const html = (await render('> ![The gate](https://example.org/a.jpg)\n', undefined, { language: 'en' })).html.replace(/\n/g, '');
    expect(html).toBe('<blockquote><p>[Image: The gate]</p></blockquote>');
  });
});
