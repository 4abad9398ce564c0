import { describe, expect, it } from 'vitest';
import * as module from '../../../src/lib/urls.ts';
import { isLocalHost, normalisedUrl } from '../../../src/lib/urls.ts';

it('exports the public functions', () => {
  expect(Object.keys(module).sort()).toEqual(['isLocalHost', 'normalisedUrl']);
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

describe('isLocalHost', () => {
  it.each([
    ['localhost', true],
    ['preview.localhost', true],
    ['intranet', true],
    ['news.local', true],
    ['cms.internal', true],
    ['router.home.arpa', true],
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.20', true],
    ['169.254.0.1', true],
    ['0.0.0.0', true],
    ['[::1]', true],
    ['wire.example.org', false],
    ['valley-wire.example', false],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['localhost.example.org', false],
  ])('%s: %s', (host, local) => {
    expect(isLocalHost(host)).toBe(local);
  });
});
