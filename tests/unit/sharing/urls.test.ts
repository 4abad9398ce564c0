import { describe, expect, it } from 'vitest';
import * as module from '../../../src/lib/urls.ts';
import { normalisedUrl } from '../../../src/lib/urls.ts';

it('exports the public functions', () => {
  expect(Object.keys(module)).toEqual(['normalisedUrl']);
});

describe('normalisedUrl', () => {
  it.each([
    ['https://a.example/x?y=1&z=2#top', 'https://a.example/x?y=1&z=2#top'],
    ['https://a.example', 'https://a.example/'],
    ['https://a.example/?q="<x>', 'https://a.example/?q=%22%3Cx%3E'],
    ['https://a.example/#</script>', 'https://a.example/#%3C/script%3E'],
    ['https://a.example/a b', 'https://a.example/a%20b'],
    ['HTTPS://A.EXAMPLE/Path', 'https://a.example/Path'],
    ['not a url', 'not a url'],
  ])('writes %s as %s', (input, expected) => {
    expect(normalisedUrl(input)).toBe(expected);
  });

  it('gives addresses that HTML and JSON Schema accept: no quote, angle bracket or space', () => {
    expect(normalisedUrl('https://a.example/?b="><script>x</script>#\'-y-\'')).not.toMatch(/["<>\s]/);
  });
});
