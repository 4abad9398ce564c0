import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { withWrittenOffsets } from '../../../src/lib/written-dates.ts';

/** A record's data as the schema returns it: YAML read as Astro reads it, dates as `Date`s. */
function parsed(frontmatter: string): Record<string, unknown> {
  const data = yaml.load(frontmatter) as Record<string, unknown>;
  for (const key of ['published', 'added', 'date']) if (data[key] !== undefined && !(data[key] instanceof Date)) data[key] = new Date(String(data[key]));
  const verdict = data.verdict as Record<string, unknown> | undefined;
  if (verdict?.date !== undefined && !(verdict.date instanceof Date)) verdict.date = new Date(String(verdict.date));
  return data;
}

const offsets = (frontmatter: string) => {
  const data = withWrittenOffsets('articles', parsed(frontmatter), frontmatter, 'report.md');
  return { publishedOffset: data.publishedOffset, addedOffset: data.addedOffset };
};

describe('withWrittenOffsets', () => {
  it.each([
    ['published: 2026-06-04T20:00:00-07:00\nadded: 2026-06-05T09:00:00+02:00\n', -420, 120],
    ['headline: H\npublished: "2026-06-04T20:00-07:00"\nadded: 2026-06-05\n', -420, undefined],
    ["published: '2026-06-04T20:00:00+05:30'   # from the outlet's page\nadded: 2026-06-05T00:00:00Z\n", 330, undefined],
    ['published : 2026-06-04 20:00:00 -07:00\nadded: 2026-06-05\n', -420, undefined],
    // Not on its own line: read by parsing the YAML again.
    ['published: &when 2026-06-04T20:00:00-07:00\nadded: *when\n', -420, -420],
    ['published:\n  2026-06-04T20:00:00-07:00\nadded: 2026-06-05\n', -420, undefined],
    ['{ published: 2026-06-04T20:00:00-07:00, added: 2026-06-05 }\n', -420, undefined],
  ])('reads the offsets of %j', (frontmatter, published, added) => {
    expect(offsets(frontmatter)).toEqual({ publishedOffset: published, addedOffset: added });
  });

  it('leaves data whose dates are in UTC or days as it is, with no new keys', () => {
    for (const frontmatter of ['published: 2026-06-04T20:00:00Z\nadded: 2026-06-05\n', 'added: 2026-06-05T10:00:00+00:00\n', 'headline: H\n']) {
      const data = parsed(frontmatter);
      expect(withWrittenOffsets('articles', data, frontmatter, 'report.md')).toBe(data);
    }
  });

  it('keeps no offset that does not give the very instant the YAML reader made', () => {
    const frontmatter = 'published: 2026-06-04T20:00:00-07:00\nadded: 2026-06-05\n';
    const data = { ...parsed(frontmatter), published: new Date('2026-06-05T03:00:01Z') };
    expect(withWrittenOffsets('articles', data, frontmatter, 'report.md')).toBe(data);
    expect(withWrittenOffsets('articles', parsed(frontmatter), undefined, 'report.md')).not.toHaveProperty('publishedOffset');
  });

  it('returns the data it was given with the offsets added, the rest unchanged', () => {
    const frontmatter = 'headline: H\npublished: 2026-06-04T20:00:00-07:00\nadded: 2026-06-05\n';
    const data = parsed(frontmatter);
    expect(withWrittenOffsets('articles', data, frontmatter, 'report.md')).toEqual({ ...data, publishedOffset: -420 });
  });

  it("keeps a story's date's offset beside it, as dateOffset", () => {
    const frontmatter = 'title: T\nsummary: S\ndate: 2026-06-04T20:00:00-07:00\n';
    const data = parsed(frontmatter);
    expect(withWrittenOffsets('stories', data, frontmatter, 'closure.md')).toEqual({ ...data, dateOffset: -420 });
    expect(withWrittenOffsets('stories', parsed('title: T\ndate: 2026-06-04\n'), 'title: T\ndate: 2026-06-04\n', 'closure.md')).not.toHaveProperty('dateOffset');
  });

  it.each([
    ['verdict:\n  rating: accurate\n  summary: S\n  date: 2026-06-04T20:00:00-07:00\n', -420],
    // The verdict's own date, not a line of its long summary, nor a top-level field after it.
    ['verdict:\n  rating: accurate\n  summary: |\n    A long summary.\n    date: 2026-06-05T03:00:00Z\n  date: "2026-06-04T20:00:00-07:00"  # as the analyst wrote it\nrelated: []\n', -420],
    ['verdict:\n    summary: S\n    date: 2026-06-04T23:30:00+05:30\n    rating: mixed\n', 330],
    // Not in a block under `verdict:`: read by parsing the YAML again.
    ['verdict: { rating: accurate, summary: S, date: 2026-06-04T20:00:00-07:00 }\n', -420],
    ['verdict:\n  rating: accurate\n  summary: S\n  date: 2026-06-04T20:00:00Z\n', undefined],
  ])("keeps a claim's verdict date's offset in the verdict, as dateOffset: %j", (frontmatter, offset) => {
    const data = parsed(frontmatter) as { verdict: Record<string, unknown> };
    const out = withWrittenOffsets('claims', data, frontmatter, 'bridge-closed.md') as unknown as typeof data;
    expect(out.verdict.dateOffset).toBe(offset);
    expect(out.verdict.date).toBe(data.verdict.date);
    if (offset === undefined) expect(out).toBe(data);
  });

  it('leaves the records of collections without dates as they are', () => {
    const data = { name: 'Wire' };
    expect(withWrittenOffsets('outlets', data, 'name: Wire\n', 'wire.yaml')).toBe(data);
  });

  it.each([
    ['articles', 'published: 2026-06-04T20:00:00+25:00\nadded: 2026-06-05\n', 'published', '+25:00'],
    ['articles', 'added: 2026-06-04T20:00:00-13:60\n', 'added', '-13:60'],
    ['articles', 'added: 2026-06-04T20:00:00-12:30\n', 'added', '-12:30'],
    ['stories', 'title: T\ndate: 2026-06-04T20:00:00+14:01\n', 'date', '+14:01'],
    ['claims', 'verdict:\n  rating: accurate\n  summary: S\n  date: 2026-06-04T20:00:00+00:60\n', 'verdict.date', '+00:60'],
    // An hour alone, which YAML reads (and the checks refuse as a form): the instant is moved all the same.
    ['articles', 'published: 2026-06-04T20:00:00+25\nadded: 2026-06-05\n', 'published', '+25:00'],
    ['stories', 'title: T\ndate: 2026-06-04 20:00:00 -13\n', 'date', '-13:00'],
  ])('refuses a date with an offset no clock uses (%s): %j', (collection, frontmatter, field, zone) => {
    const data = parsed(frontmatter);
    expect(() => withWrittenOffsets(collection, data, frontmatter, 'content/x.md')).toThrow(`content/x.md: ${field}: the offset ${zone} is one no clock uses`);
  });

  it('keeps no offset, and refuses nothing, for a real offset written as an hour alone (a form only the checks refuse)', () => {
    const frontmatter = 'added: 2026-06-04T20:00:00-7\n';
    const data = parsed(frontmatter);
    expect(withWrittenOffsets('articles', data, frontmatter, 'report.md')).toBe(data);
  });

  it('accepts the offsets clocks have, from -12:00 to +14:00', () => {
    for (const [zone, offset] of [['-12:00', -720], ['+14:00', 840], ['+05:45', 345]] as const) {
      const frontmatter = `added: 2026-06-04T20:00:00${zone}\n`;
      expect(withWrittenOffsets('articles', parsed(frontmatter), frontmatter, 'report.md').addedOffset).toBe(offset);
    }
  });
});
