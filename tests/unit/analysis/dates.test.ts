import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { inOffset, isoInOffset, isRealOffset, readWrittenDate, writtenOffset } from '../../../src/lib/dates.ts';
import { formatDay, isoDayOf } from '../../../src/lib/labels.ts';

/** A date as Astro's YAML reader (js-yaml) makes it, or as the schema coerces a string it leaves as text. */
const asRead = (text: string) => {
  const value = (yaml.load(`d: ${text}`) as { d: unknown }).d;
  return value instanceof Date ? value : new Date(String(value));
};

describe('readWrittenDate', () => {
  it.each([
    ['2026-06-04T20:00:00-07:00', -420, '-07:00'],
    ['2026-06-04T20:00:00+05:30', 330, '+05:30'],
    ['2026-06-04 20:00:00 -07:00', -420, '-07:00'],
    ['2026-06-04T20:00-07:00', -420, '-07:00'],
    ['2026-06-04T20:00:00.25-07:00', -420, '-07:00'],
    ['2026-06-04t20:00:00.123456+14:00', 840, '+14:00'],
    ['2026-06-04T20:00:00Z', undefined, 'Z'],
    ['2026-06-04T20:00:00z', undefined, 'z'],
    ['2026-06-04T20:00:00+00:00', undefined, '+00:00'],
    ['2026-06-04T20:00:00-00:00', undefined, '-00:00'],
    ['2026-06-04', undefined, undefined],
    // YAML moves the instant by an offset no clock uses; it is not kept (the checks and the build refuse it).
    ['2026-06-04T20:00:00+25:00', undefined, '+25:00'],
  ])('reads %s as the instant YAML makes of it, written at offset %s (%s)', (text, offset, zone) => {
    expect(readWrittenDate(text)).toEqual({ time: asRead(text).getTime(), offset, zone });
    expect(writtenOffset(text)).toBe(offset);
  });

  it.each(['4 June 2026', '2026-06-04T20:00:00-0700', '', 'published: 2026-06-04'])('reads %j as no date', (text) => {
    expect(readWrittenDate(text)).toBeUndefined();
  });
});

describe('isRealOffset', () => {
  it.each([
    ['Z', true],
    ['+00:00', true],
    ['-12:00', true],
    ['+14:00', true],
    ['+05:45', true],
    ['-09:30', true],
    ['+25:00', false],
    ['-13:60', false],
    ['-12:01', false],
    ['+14:01', false],
    ['+00:60', false],
  ])('reads %s as %s', (zone, real) => {
    expect(isRealOffset(zone)).toBe(real);
  });
});

describe('dates in the offset they were written in', () => {
  // 8 pm in California on 4 June: 03:00 on 5 June in UTC.
  const date = new Date('2026-06-04T20:00:00-07:00');

  it('gives the day as the record wrote it', () => {
    expect(formatDay(date, -420)).toBe('4 June 2026');
    expect(isoDayOf(date, -420)).toBe('2026-06-04');
    expect(formatDay(new Date('2026-06-04T23:30:00-03:30'), -210)).toBe('4 June 2026');
    expect(formatDay(new Date('2026-06-05T06:00:00+09:00'), 540)).toBe('5 June 2026');
  });

  it('gives the UTC day without an offset, as before', () => {
    expect(formatDay(date)).toBe('5 June 2026');
    expect(isoDayOf(date, undefined)).toBe('2026-06-05');
    expect(formatDay(new Date('2026-06-04'))).toBe('4 June 2026');
  });

  it('writes ISO 8601 in that offset: the same instant', () => {
    expect(isoInOffset(date, -420)).toBe('2026-06-04T20:00:00.000-07:00');
    expect(isoInOffset(new Date('2026-06-04T20:00:00+05:30'), 330)).toBe('2026-06-04T20:00:00.000+05:30');
    expect(new Date(isoInOffset(date, -420)).getTime()).toBe(date.getTime());
    expect(isoInOffset(date, undefined)).toBe('2026-06-05T03:00:00.000Z');
  });

  it('moves a date only for reading its fields', () => {
    expect(inOffset(date, -420).toISOString()).toBe('2026-06-04T20:00:00.000Z');
    expect(inOffset(date, undefined)).toBe(date);
  });
});
