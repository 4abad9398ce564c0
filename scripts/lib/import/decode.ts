/**
 * The text of a file as an editor receives it, whatever its encoding: UTF-8 (with or without a
 * byte-order mark); UTF-16 with one (what some editors save as "Unicode"); a saved web page in
 * the encoding it declares (`<meta charset>`, found by the HTML encoding sniffing algorithm of
 * the `encoding-sniffer` package, which cheerio uses); and text that is none of these, read as
 * Windows-1252, the encoding of most older Western European pages and files, with a note for the
 * editor to check its accented letters. Pure: bytes in, text out.
 */
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { decode } from '../../../src/check/text.ts';

export type DecodedSource =
  | {
      ok: true;
      text: string;
      /** The encoding read, as the WHATWG Encoding Standard names it. */
      encoding: string;
      /** Why that encoding, when it is not plain UTF-8: for the editor to know, and check. */
      note?: string;
    }
  | { ok: false; reason: string };

/** How far into a page to look for its declared encoding: further than browsers' 1,024 bytes, as saved pages often carry long heads. */
const SNIFF_BYTES = 64 * 1024;

export function decodeSource(bytes: Uint8Array, isHtml: boolean): DecodedSource {
  const utf8 = decode(bytes);
  if (utf8.kind === 'text') return { ok: true, text: utf8.text, encoding: 'utf-8' };
  const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, defaultEncoding: 'windows-1252' });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  const declared = sniffer.resultType === ResultType.BOM || (isHtml && (sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING));
  // Bytes that are not UTF-8 in a file that says it is are read as Windows-1252 like any other.
  const usable = declared && sniffer.encoding.toLowerCase() !== 'utf-8';
  if (!usable && utf8.kind === 'binary') return { ok: false, reason: 'it holds binary data (a NUL byte)' };
  const encoding = usable ? sniffer.encoding.toLowerCase() : 'windows-1252';
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    return { ok: false, reason: `its encoding, ${encoding}, is not one this machine can read` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const note = usable
    ? `read as ${encoding}, the encoding the ${sniffer.resultType === ResultType.BOM ? "file's byte-order mark" : 'page'} declares`
    : 'it is not UTF-8: read as Windows-1252 (Western European); check its accented letters and quotation marks';
  return { ok: true, text, encoding, note };
}

/** A saved page in one file (MHTML: Chrome's and Edge's "Webpage, Single File"): its page's bytes and address. */
export interface MhtmlPage {
  /** The HTML of the page, as bytes in the encoding the page declares. */
  html: Uint8Array;
  /** Where it was saved from (`Snapshot-Content-Location`, or the page part's `Content-Location`). */
  location?: string | undefined;
}

/**
 * The page in an MHTML file (a MIME `multipart/related` message: the page's HTML, then its
 * styles and images), or undefined when the bytes are not one. Read as a text, such a file would
 * give a MIME-encoded subject for a headline, the day it was saved for the day it was published,
 * and quoted-printable HTML for the article.
 */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | undefined {
  const raw = new TextDecoder('latin1').decode(bytes);
  const headEnd = raw.search(/\r?\n\r?\n/);
  if (headEnd === -1) return undefined;
  const head = unfold(raw.slice(0, headEnd));
  if (!/^MIME-Version:/im.test(head) || !/^Content-Type:\s*multipart\/related\b/im.test(head)) return undefined;
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (!boundary) return undefined;
  for (const part of raw.slice(headEnd).split(`--${boundary}`).slice(1)) {
    const end = part.search(/\r?\n\r?\n/);
    if (end === -1) continue;
    const headers = unfold(part.slice(0, end));
    if (!/^Content-Type:\s*text\/html\b/im.test(headers)) continue;
    const body = part.slice(end).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
    const html =
      encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : encoding === 'base64'
          ? Uint8Array.from(Buffer.from(body, 'base64'))
          : Uint8Array.from(body, (c) => c.charCodeAt(0));
    const location = /^Snapshot-Content-Location:\s*(\S+)/im.exec(head)?.[1] ?? /^Content-Location:\s*(https?:\S+)/im.exec(headers)?.[1];
    return { html, location };
  }
  return undefined;
}

/** MIME headers with their continuation lines joined. */
function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

/** Quoted-printable text (latin1, one character a byte) as its bytes: `=XX` a byte, `=` at a line's end no break. */
function quotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(joined.slice(i + 1, i + 3))?.[0] : undefined;
    if (hex) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}
