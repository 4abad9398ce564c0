import { describe, expect, it } from 'vitest';
import * as module from '../../../src/lib/urls.ts';
import { fragmentKeeper, isLocalHost, normalisedUrl } from '../../../src/lib/urls.ts';

it('exports the public functions', () => {
  expect(Object.keys(module).sort()).toEqual(['fragmentKeeper', 'isLocalHost', 'normalisedUrl']);
});

describe('fragmentKeeper', () => {
  it('adds a refresh to the address with the #… the page was opened with, and only when it has one', () => {
    expect(fragmentKeeper('/claims/new/')).toBe(
      'if(location.hash){var m=document.createElement("meta");m.httpEquiv="refresh";m.content="0; url="+"/claims/new/"+location.hash;document.head.appendChild(m)}',
    );
  });

  it('writes the address so that it cannot end the script or its string', () => {
    const script = fragmentKeeper('/a/</script><script>alert(1)//"x/');
    expect(script).not.toContain('</');
    expect(script).toContain(String.raw`"/a/\u003c/script>\u003cscript>alert(1)//\"x/"`);
  });
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
    // What the parser leaves as written, but HTML's checker and JSON Schema's uri refuse.
    ['https://a.example/p|^?q=`y`&r={1}|^\\#f`{}|^\\', 'https://a.example/p%7C%5E?q=%60y%60&r=%7B1%7D%7C%5E%5C#f%60%7B%7D%7C%5E%5C'],
    ['https://a.example/a[0]?b[]=1&c=100%#d#e%zz', 'https://a.example/a%5B0%5D?b%5B%5D=1&c=100%25#d%23e%25zz'],
    ['https://a.example/%60?x=%7C#%41', 'https://a.example/%60?x=%7C#%41'],
    ['https://[::1]:8080/x', 'https://[::1]:8080/x'],
  ])('writes %s as %s', (input, expected) => {
    expect(normalisedUrl(input)).toBe(expected);
  });

  it('gives addresses that HTML and JSON Schema accept: no quote, angle bracket or space', () => {
    expect(normalisedUrl('https://a.example/?b="><script>x</script>#\'-y-\'')).not.toMatch(/["<>\s]/);
  });

  it('gives an address JSON Schema\'s uri format accepts, whatever ASCII it was written with', async () => {
    const { default: Ajv } = await import('ajv');
    const { default: addFormats } = await import('ajv-formats');
    const validate = addFormats(new Ajv()).compile({ type: 'string', format: 'uri' });
    const printable = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    for (const url of [`https://a.example/${printable}`, `https://a.example/?${printable}`, `https://a.example/#${printable}`]) {
      expect(validate(normalisedUrl(url)), normalisedUrl(url)).toBe(true);
    }
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
