/**
 * Texts nearly the same as one already recorded (scripts/lib/import/near-copies.ts): a copy typed
 * or saved again with other line breaks, quotation marks, spacing or headline is told; another
 * article on the same subject, or one that quotes a paragraph of it, is not.
 */
import { describe, expect, it } from 'vitest';
import { NearCopies, tokens } from '../../../scripts/lib/import/near-copies.ts';

const FERRY = `Ferry crossings cut as the harbour authority runs short of crews
Coastal Wire | 9 February 2026

The harbour authority will cut the evening ferry crossings from next Monday because it cannot find enough trained crews, its director said on Sunday.

Four of the nine evening crossings will be dropped until the summer timetable starts in May, the authority said in a statement. Morning crossings are not affected.

"We have advertised twelve posts since October and filled three of them," the director, Maria Okafor, told reporters at the ferry terminal. "Until we can train new crews, we would rather run fewer crossings than cancel them at the last minute."

Commuters' groups said the cuts would leave about 1,400 passengers a day looking for another way home, and called on the council to pay for a bus service along the coast road.
`;

/** The same article typed again: another headline, curly quotes, lines wrapped at 50 columns, a word divided at a line's end, double spaces. */
const RETYPED = `Evening ferries cut: not enough crews, says harbour authority

The harbour authority will cut the evening ferry
crossings from next Monday because it cannot find
enough trained crews,  its director said on Sunday.

Four of the nine evening crossings will be dropp-
ed until the summer timetable starts in May, the
authority said in a statement. Morning crossings
are not affected.

“We have advertised twelve posts since October and
filled three of them,” the director, Maria Okafor,
told reporters at the ferry terminal. “Until we can
train new crews, we would rather run fewer crossings
than cancel them at the last minute.”

Commuters’ groups said the cuts would leave about
1,400 passengers a day looking for another way home,
and called on the council to pay for a bus service
along the coast road.
`;

/** Another article of the same story, which quotes the director's words. */
const OTHER = `Ferry cuts anger coast road commuters
The Harbour Gazette | 10 February 2026

Commuters on the coast road say they were given a week's notice of the ferry cuts announced on Sunday. Several said they would have to leave work early to catch the last morning boat back, or pay for taxis.

"We have advertised twelve posts since October and filled three of them," the director, Maria Okafor, told reporters at the ferry terminal.

The council has not said whether it will pay for the replacement bus service the commuters' groups asked for. A spokesman said the matter would be discussed at the transport committee on Thursday, and that no decision had been taken.
`;

describe('NearCopies', () => {
  it('reads a text\'s words whatever its quotation marks, spacing, line breaks and a word divided at a line\'s end', () => {
    expect(tokens('“Until we can,”  she said.\nIt will be dropp-\ned.')).toEqual(['until', 'we', 'can', 'she', 'said', 'it', 'will', 'be', 'dropped']);
  });

  it('tells a recorded text typed again, with another headline, quotes, line breaks and spacing', () => {
    const index = new NearCopies();
    index.addArchive('ferry-crossings-cut', FERRY);
    index.addArchive('ferry-cuts-anger-commuters', OTHER);
    const [found, ...others] = index.find(RETYPED);
    expect(found).toMatchObject({ slug: 'ferry-crossings-cut', by: 'archive', whole: true });
    expect(found!.share).toBeGreaterThan(0.8);
    expect(others).toEqual([]);
  });

  it('tells nothing of another article of the same story that quotes a paragraph of it', () => {
    const index = new NearCopies();
    index.addArchive('ferry-crossings-cut', FERRY);
    expect(index.find(OTHER)).toEqual([]);
  });

  it('tells a shortened copy (a copy of its first paragraphs) as the shorter of the two, not as the whole text', () => {
    const index = new NearCopies();
    index.addArchive('ferry-crossings-cut', FERRY);
    const part = RETYPED.split('\n\n').slice(0, 4).join('\n\n');
    expect(index.find(part)).toMatchObject([{ slug: 'ferry-crossings-cut', by: 'archive', whole: false }]);
  });

  it('tells a text that holds most of the spans a record quotes, when its archive is not there, with other quotation marks and line breaks', () => {
    const index = new NearCopies();
    index.addSpans('ferry-crossings-cut', [
      'The harbour authority will cut the evening ferry crossings from next Monday because it cannot find enough trained crews',
      'We have advertised twelve posts since October and filled three of them',
      'the cuts would leave about 1,400 passengers a day looking for another way home',
    ]);
    expect(index.find(RETYPED)).toMatchObject([{ slug: 'ferry-crossings-cut', by: 'spans' }]);
    // Another article that quotes one of them is not it.
    expect(index.find(OTHER)).toEqual([]);
  });
});
