import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../../src/lib/headings.ts';

describe('nestHeadings', () => {
  it.each([
    ['moves a record’s h2 below the page’s h2', '<h2 id="the-call">The call</h2><p>x</p>', 2, '<h3 id="the-call">The call</h3><p>x</p>'],
    ['keeps the body’s own nesting', '<h2>A</h2><h3>B</h3><h2>C</h2>', 2, '<h3>A</h3><h4>B</h4><h3>C</h3>'],
    ['turns a body’s h1 into an h2 under the page’s h1', '<h1>Background</h1>', 1, '<h2>Background</h2>'],
    ['puts a body whose headings are all deep right below the page’s heading', '<h4>Deep</h4><p>x</p><h5>Deeper</h5>', 2, '<h3>Deep</h3><p>x</p><h4>Deeper</h4>'],
    ['skips no rank (the Nu Html Checker refuses a skipped one)', '<h2>A</h2><h4>B</h4><h6>C</h6><h3>D</h3><h5>E</h5>', 2, '<h3>A</h3><h4>B</h4><h5>C</h5><h4>D</h4><h5>E</h5>'],
    ['gives a level past h6 an h6 with its aria-level, so none is lost', '<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>', 2, '<h3>A</h3><h4>B</h4><h5>C</h5><h6>D</h6><h6 aria-level="7">E</h6><h6 aria-level="8">F</h6>'],
    ['closes a deep level’s h6 and goes back up the ranks', '<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5 id="e">E</h5><h3>G</h3>', 2, '<h3>A</h3><h4>B</h4><h5>C</h5><h6>D</h6><h6 aria-level="7" id="e">E</h6><h5>G</h5>'],
    ['moves the footnotes’ heading with the others', '<h4>A</h4><p>x</p><h2 class="sr-only" id="footnote-label">Footnotes</h2>', 2, '<h3>A</h3><p>x</p><h3 class="sr-only" id="footnote-label">Footnotes</h3>'],
    ['leaves a body without headings as it is', '<p>No headings <a href="/h2/">h2</a></p>', 2, '<p>No headings <a href="/h2/">h2</a></p>'],
    ['does not read a heading inside an attribute value', '<img alt="<h2>"><h2 title="a>b">T</h2>&#x3C;h2>', 2, '<img alt="<h2>"><h3 title="a>b">T</h3>&#x3C;h2>'],
    ['leaves tags that only start like a heading', '<header><hr><h2>T</h2></header>', 2, '<header><hr><h3>T</h3></header>'],
  ])('%s', (_, html, under, expected) => {
    expect(nestHeadings(html, under)).toBe(expected);
  });
});
