/**
 * Dates as the record wrote them. YAML (and so Astro) turns `2026-06-04T20:00:00-07:00` into a
 * `Date`, the true instant, and the offset is lost: formatted in UTC, 8 pm in California on
 * 4 June reads "5 June". So a record keeps, beside each date, the offset it was written in
 * (minutes east of UTC, {@link writtenOffset}), and every place that shows or exports the date
 * uses it ({@link inOffset}, {@link isoInOffset}). Comparisons keep using the instant.
 *
 * A date in `Z` or without a time has no offset (`undefined`): it is shown as it always was, in
 * UTC. Nothing here depends on the machine's time zone.
 */

/**
 * A date as an editor may write it: `YYYY-MM-DD`, optionally a time and `Z` or an offset
 * `±HH:MM`. The content checks (src/check/file.ts) accept exactly this; a time without an offset
 * is refused there, since its meaning would depend on the machine, and so is an offset no clock
 * uses ({@link isRealOffset}).
 */
export const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?[ \t]*(Z|z|[+-]\d{2}:\d{2})?)?$/;

const MINUTE = 60_000;

/** The offsets clocks use, in minutes east of UTC: from -12:00 (Baker Island) to +14:00 (Kiribati). */
export const OFFSET_RANGE = { earliest: -12 * 60, latest: 14 * 60 } as const;

/**
 * Whether `±HH:MM` (or `Z`) is an offset some clock has: minutes below 60, from -12:00 to
 * +14:00. YAML reads `+25:00` or `-13:60` all the same and moves the instant by it; the checks
 * (src/check/file.ts) and the build (src/lib/written-dates.ts) refuse such a date.
 */
export function isRealOffset(zone: string): boolean {
  if (zone.length < 6) return true;
  const [hours, minutes] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
  const offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  return minutes <= 59 && offset >= OFFSET_RANGE.earliest && offset <= OFFSET_RANGE.latest;
}

/**
 * A date as written: the instant it stands for, the offset it was written in (none for `Z` or a
 * day), and the offset as written (`-07:00`, `Z`; none for a day or a time without one).
 */
export function readWrittenDate(source: string): { time: number; offset: number | undefined; zone: string | undefined } | undefined {
  const m = WRITTEN_DATE.exec(source.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hours, minutes, seconds] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  // Milliseconds as JavaScript keeps them: the first three digits of the fraction.
  const ms = m[7] ? Number(m[7].slice(1, 4).padEnd(3, '0')) : 0;
  const zone = m[8];
  const [zoneHours, zoneMinutes] = zone === undefined || zone.length < 6 ? [0, 0] : [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
  const offset = (zone?.[0] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  const time = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms) - offset * MINUTE;
  // An offset no clock has (`+25:00`) moves the instant, as YAML reads it, but is not kept
  // (ISO 8601, the open-data export, has no way to write it): the checks and the build refuse it.
  const kept = offset !== 0 && zone !== undefined && isRealOffset(zone);
  return { time, offset: kept ? offset : undefined, zone };
}

/**
 * The offset a date was written in, in minutes east of UTC (`-420` for `-07:00`), or undefined
 * for a date in `Z`, `+00:00` or without a time, and for text that is not a date.
 */
export function writtenOffset(source: string): number | undefined {
  return readWrittenDate(source)?.offset;
}

/**
 * The date moved by its offset, so that its UTC fields (`getUTCDate()`, an `Intl` format in
 * `timeZone: 'UTC'`, `toISOString()`) read the wall clock of the place it was written in. Only
 * for formatting: never compare the result.
 */
export function inOffset(date: Date, offset: number | undefined): Date {
  return offset ? new Date(date.getTime() + offset * MINUTE) : date;
}

/** `-07:00`, `+05:30`. */
function offsetText(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The date as ISO 8601 in the offset it was written in (`2026-06-04T20:00:00.000-07:00`): the
 * same instant as `toISOString()`, which it is when there is no offset (`…Z`).
 */
export function isoInOffset(date: Date, offset: number | undefined): string {
  if (!offset) return date.toISOString();
  return `${inOffset(date, offset).toISOString().slice(0, -1)}${offsetText(offset)}`;
}
