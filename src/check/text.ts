/**
 * Reading a content file's bytes as text, and turning offsets into the line and column an
 * editor sees. A byte-order mark is dropped (editors do not show it, so columns do not count
 * it); CRLF line endings are kept as they are and count as one line break.
 */

/** A place in a file: 1-based line and column, as editors show them. */
export interface Place {
  line: number;
  column: number;
}

export type Decoded =
  | { kind: 'text'; text: string; bom: boolean }
  /**
   * Not UTF-8: `place` is where the first byte that cannot be read sits, `byte` its value;
   * `utf16` when the file starts with UTF-16's byte-order mark (Windows' "Unicode" text), or
   * `'without-bom'` when it has none but its bytes are plainly UTF-16's (a NUL byte beside each letter);
   * `mixed` when it holds UTF-8 characters too (a curly quote pasted from Windows-1252 text into a
   * UTF-8 file), so that reading the whole file in another encoding would garble those, with the
   * lines of the other bytes that cannot be read.
   */
  | { kind: 'not-utf8'; place: Place; byte: number; utf16?: true | 'without-bom'; mixed?: { others: number[] }; surrogate?: Surrogate }
  /** Contains NUL bytes: an image, a PDF, a word-processor file. `place` is the first NUL. */
  | { kind: 'binary'; place: Place };

/**
 * A UTF-16 surrogate written as if it were a character (`ED A0 80`, U+D800), which UTF-8 does not
 * allow: `bytes` as written; `character` when a high and a low one follow each other, the
 * character beyond U+FFFF that the pair makes, written so in CESU-8 (as Java's modified UTF-8
 * and some databases write it); else `code`, a half alone, which a program cutting a string
 * between the halves of an emoji leaves.
 */
export interface Surrogate {
  bytes: number[];
  code: number;
  character?: string;
}

/** The surrogate written as UTF-8 at `i` (`ED A0..BF 80..BF`), and the low one after a high one, if any. */
function surrogateAt(bytes: Uint8Array, i: number): Surrogate | undefined {
  const code = (j: number) => (bytes[j] === 0xed && bytes[j + 1]! >= 0xa0 && bytes[j + 1]! <= 0xbf && bytes[j + 2]! >= 0x80 && bytes[j + 2]! <= 0xbf ? 0xd000 | ((bytes[j + 1]! & 0x3f) << 6) | (bytes[j + 2]! & 0x3f) : undefined);
  const high = code(i);
  if (high === undefined) return undefined;
  const low = high <= 0xdbff ? code(i + 3) : undefined;
  if (low !== undefined && low >= 0xdc00) return { bytes: [...bytes.subarray(i, i + 6)], code: high, character: String.fromCharCode(high, low) };
  return { bytes: [...bytes.subarray(i, i + 3)], code: high };
}

/** The bytes with each surrogate written as UTF-8 (one, or a pair) as one byte that cannot be read, so that it counts once. */
function surrogatesAsOne(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const surrogate = bytes[i] === 0xed ? surrogateAt(bytes, i) : undefined;
    if (surrogate) {
      out.push(0xff);
      i += surrogate.bytes.length;
    } else out.push(bytes[i++]!);
  }
  return Uint8Array.from(out);
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Reads bytes as UTF-8 text, or says why they are not text. */
export function decode(bytes: Uint8Array): Decoded {
  // UTF-16 text holds a NUL byte beside each ASCII letter: not binary, only saved in another encoding.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { kind: 'not-utf8', place: { line: 1, column: 1 }, byte: bytes[0], utf16: true };
  const nul = bytes.indexOf(0);
  if (nul >= 0 && utf16WithoutBom(bytes)) return { kind: 'not-utf8', place: { line: 1, column: 1 }, byte: bytes[0]!, utf16: 'without-bom' };
  if (nul >= 0) return { kind: 'binary', place: placeOfByte(bytes, nul) };
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    const surrogate = surrogateAt(bytes, bad);
    const read = lenient.decode(surrogate ? surrogatesAsOne(bytes) : bytes).replace(/^\uFEFF/, '');
    if (!/[^\u0000-\u007F\uFEFF\uFFFD]/.test(read)) return { kind: 'not-utf8', place: placeOfByte(bytes, bad), byte: bytes[bad] ?? 0, ...(surrogate && { surrogate }) };
    // Each byte (or run of bytes) that cannot be read is one U+FFFD in what is read: the first is this one.
    const lines = new LineIndex(read);
    const others = [...read.matchAll(/\uFFFD/g)].slice(1).map((m) => lines.place(m.index).line);
    return { kind: 'not-utf8', place: placeOfByte(bytes, bad), byte: bytes[bad] ?? 0, mixed: { others }, ...(surrogate && { surrogate }) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { kind: 'text', text: bom ? text.slice(1) : text, bom };
}

/**
 * Whether bytes without a byte-order mark are UTF-16 text: in their first 512 bytes, a NUL byte
 * on the same side of nine pairs in ten or more (the other half of an ASCII letter, a space or a
 * line break), and never a pair of two NULs. A PDF or an image has NULs here and there, not so.
 */
function utf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(bytes.length, 512) / 2);
  if (pairs < 2) return false;
  let low = 0;
  let high = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i]!, bytes[2 * i + 1]!];
    if (a === 0 && b === 0) return false;
    if (b === 0) low++;
    else if (a === 0) high++;
  }
  return Math.max(low, high) >= pairs * 0.9;
}

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    let min = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (length > 1) {
      if (i + length > bytes.length) return i;
      let code = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) {
        const c = bytes[i + k]!;
        if ((c & 0xc0) !== 0x80) return i;
        code = (code << 6) | (c & 0x3f);
      }
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Line and column of a byte, counting the readable text before it as characters. */
function placeOfByte(bytes: Uint8Array, index: number): Place {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const before = lenient.decode(bytes.subarray(start, index));
  const lines = new LineIndex(before);
  return lines.place(before.length);
}

/** Offsets of line starts in a text, to turn an offset into a line and column quickly. */
export class LineIndex {
  readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The place of a 0-based offset. Columns count UTF-16 code units, as remark does. */
  place(offset: number): Place {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Shortens a value for a message: one line, at most `max` characters. */
export function excerpt(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Not between the two halves of a character beyond U+FFFF (an emoji), which no terminal can show.
  const end = /[\uD800-\uDBFF]/.test(flat[max - 2]!) ? max - 2 : max - 1;
  return `${flat.slice(0, end)}…`;
}
