import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { withWrittenOffsets } from '../../../src/lib/written-dates.ts';

/** An article's data as the schema returns it: YAML read as Astro reads it, dates as `Date`s. */
function parsed(frontmatter: string): Record<string, unknown> {
  const data = yaml.load(frontmatter) as Record<string, unknown>;
  for (const key of ['published', 'added']) if (data[key] !== undefined && !(data[key] instanceof Date)) data[key] = new Date(String(data[key]));
  return data;
}

const offsets = (frontmatter: string) => {
  const data = withWrittenOffsets(parsed(frontmatter), frontmatter);
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
      expect(withWrittenOffsets(data, frontmatter)).toBe(data);
    }
  });

  it('keeps no offset that does not give the very instant the YAML reader made', () => {
    const frontmatter = 'published: 2026-06-04T20:00:00-07:00\nadded: 2026-06-05\n';
    const data = { ...parsed(frontmatter), published: new Date('2026-06-05T03:00:01Z') };
    expect(withWrittenOffsets(data, frontmatter)).toBe(data);
    expect(withWrittenOffsets(parsed(frontmatter), undefined)).not.toHaveProperty('publishedOffset');
  });

  it('returns the data it was given with the offsets added, the rest unchanged', () => {
    const frontmatter = 'headline: H\npublished: 2026-06-04T20:00:00-07:00\nadded: 2026-06-05\n';
    const data = parsed(frontmatter);
    expect(withWrittenOffsets(data, frontmatter)).toEqual({ ...data, publishedOffset: -420 });
  });
});
