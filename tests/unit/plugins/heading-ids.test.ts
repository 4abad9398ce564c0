/**
 * The ids the checks expect a body's headings to have (src/check/markdown.ts: headingIds) are
 * the ids the site gives them (src/plugins/rehype-heading-ids.ts), so a link to a heading is
 * checked against the page as it is published.
 */
import { describe, expect, it } from 'vitest';
import { findHeadingIds, findMentions } from '../../../src/check/markdown.ts';
import { render } from './pipeline.ts';

const frontmatter = '---\nheadline: Example\n---\n';

/** The ids of the headings of the rendered body, in order. */
async function renderedIds(body: string): Promise<string[]> {
  const { html } = await render(body);
  return [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1]!);
}

describe('heading ids', () => {
  it.each([
    ['plain headings, repeated ones numbered', '## The call\n\ntext\n\n## The call\n\n### Next steps\n'],
    ['inline markup, code and links', '## The *pause* and `code {x}` and [a link](https://x.example/)\n'],
    ['a mention in a heading', '## :claim[The spillway closed]{#spillway-closed} on Saturday\n'],
    ['letters of any script, punctuation, dashes and quotes', '## Ça va — “déjà” vu, 東京 & Köln: 50%!\n\n## Ça va -- déjà vu\n'],
    ['underlined headings, in a quotation too', 'The call\n========\n\n> Quoted\n> ------\n'],
    ['an image and a line break', '## A ![alt text](https://x.example/a.png) picture\n'],
    ['another directive, put back as text', '## At 07:00 :note[x]\n'],
  ])('are those the site gives: %s', async (_, body) => {
    const expected = await renderedIds(body);
    expect(expected.length).toBeGreaterThan(0);
    expect(findHeadingIds(`${frontmatter}${body}`, frontmatter.length)).toEqual(expected);
    // A body with mentions is parsed once, for its mentions and its headings.
    const { headings } = findMentions(`${frontmatter}${body}`);
    if (body.includes(':claim[')) expect(headings).toEqual(expected);
  });

  it('are none when the body has no heading, without parsing it', () => {
    expect(findHeadingIds(`${frontmatter}Text only.\n`, frontmatter.length)).toEqual([]);
  });

  it.each([
    ['raw HTML', '## Hello <em>there</em>\n'],
    ['a footnote reference', '## Hello[^1]\n\n[^1]: A note.\n'],
  ])('are not known when a heading holds %s', (_, body) => {
    expect(findHeadingIds(`${frontmatter}${body}`, frontmatter.length)).toBeNull();
  });
});
