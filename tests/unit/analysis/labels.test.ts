import { describe, expect, it } from 'vitest';
import { allOf, plural } from '../../../src/lib/labels.ts';

describe('plural', () => {
  it.each([
    [1, 'story', 'stories', '1 story'],
    [3, 'story', 'stories', '3 stories'],
    [0, 'claim', undefined, '0 claims'],
  ])('says %d %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
});

describe('allOf', () => {
  it.each([
    [0, 'story', 'stories', 'No stories'],
    [1, 'story', 'stories', 'The one story'],
    [2, 'story', 'stories', 'All 2 stories'],
    [1, 'article', undefined, 'The one article'],
    [86, 'claim', undefined, 'All 86 claims'],
  ])('counts a whole collection of %d %s without "All 1"', (n, one, many, expected) => {
    expect(allOf(n, one, many)).toBe(expected);
  });
});
