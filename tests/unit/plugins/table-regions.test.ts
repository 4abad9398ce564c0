/**
 * rehype-table-regions through the real pipeline: every table of a body scrolls inside a region
 * a keyboard reaches and a screen reader names (layout.test.ts checks the page at 320 px).
 */
import { describe, expect, it } from 'vitest';
import { render } from './pipeline.ts';

const rendered = async (markdown: string) => (await render(markdown)).html.replace(/\n/g, '');

describe('rehype-table-regions', () => {
  it('puts each table in a focusable region named by its place in the body', async () => {
    const table = '| a | b |\n| - | - |\n| 1 | 2 |\n';
    const html = await rendered(`${table}\nText.\n\n- item\n\n  ${table.replace(/\n(?=.)/g, '\n  ')}`);
    const regions = [...html.matchAll(/<div class="table-wrap" role="region" aria-label="([^"]*)" tabindex="0"><table>/g)].map((m) => m[1]);
    expect(regions).toEqual(['Table 1', 'Table 2']);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });

  it('keeps a table nested in another (raw HTML) in its outer table\'s region', async () => {
    const html = await rendered('<table><tr><td>1<table><tr><td>2</td></tr></table></td></tr></table>');
    expect(html).toBe('<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td>1<table><tbody><tr><td>2</td></tr></tbody></table></td></tr></tbody></table></div>');
  });

  it('drops a table with nothing to read, which would be an empty tab stop, and numbers the others without it', async () => {
    // What the sanitiser leaves of a mutation-XSS attempt: an empty table.
    const leftover = '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=window.__xss=1&gt;">';
    expect(await rendered(leftover)).not.toMatch(/<table|table-wrap|tabindex/);
    const html = await rendered('<table><tr><td> </td><td></td></tr></table>\n\n| a |\n| - |\n| 1 |\n');
    expect(html).toBe('<div class="table-wrap" role="region" aria-label="Table 1" tabindex="0"><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div>');
  });

  it('boxes a cell\'s words longer than 16 characters, so that they break only where wider than the region', async () => {
    const address = 'https://harbour-gazette.example.org/2026/05/12/bridge-closure-full-inspection-report';
    const html = await rendered(`| Source | Address |\n| - | - |\n| Inspection report | ${address} |\n| Rundschau | \`Hafenbrückeninstandsetzung\` and more |\n`);
    expect(html).toContain(`<td><a href="${address}"><span class="long-word">${address}</span></a></td>`);
    expect(html).toContain('<td><code><span class="long-word">Hafenbrückeninstandsetzung</span></code> and more</td>');
    // Words of 16 characters or fewer, and a caption's, are left as they are.
    expect(html).toContain('<td>Inspection report</td>');
    const captioned = await rendered('<table><caption>Hafenbrückeninstandsetzung</caption><tr><td>1</td></tr></table>');
    expect(captioned).not.toContain('long-word');
  });

  it('leaves a body without tables as it was', async () => {
    expect(await rendered('A paragraph.')).toBe('<p>A paragraph.</p>');
  });
});
