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
import { extractSource, forwardedMessage } from './extract.ts';

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

/**
 * Documents an editor may be sent instead of an article's text, known by their first bytes, and
 * what to do with each: read as text, a PDF without a NUL byte would give "%PDF-1.7" for a
 * headline and its compressed pages for the article.
 */
const DOCUMENTS: [RegExp, string][] = [
  [/^%PDF-/, 'it is a PDF document: copy its text into a .txt file (select all, copy, paste) and import that'],
  [/^PK\x03\x04/, 'it is a zip archive (a Word .docx, an OpenDocument or an EPUB file?): save it as plain text or as a web page and import that'],
  [/^\{\\rtf/, 'it is an RTF document: save it as plain text and import that'],
  [/^\xD0\xCF\x11\xE0/, 'it is an Office document in the old format (a Word .doc, or an Outlook .msg e-mail): save it as plain text (an e-mail as .eml or .txt) and import that'],
  // PNG, JPEG, GIF, WebP, TIFF, and HEIC or AVIF (a phone's photo or screenshot).
  [/^(?:\x89PNG|\xFF\xD8\xFF|GIF8|RIFF....WEBP|II\*\x00|MM\x00\*|....ftyp(?:heic|heix|hevc|mif1|msf1|avif))/, 'it is an image: an article is imported from its text'],
];

export function decodeSource(bytes: Uint8Array, isHtml: boolean): DecodedSource {
  // One character a byte (not TextDecoder's "latin1", which is Windows-1252: 0x89 is not U+0089 there).
  const head = String.fromCharCode(...bytes.subarray(0, 16));
  const document = DOCUMENTS.find(([magic]) => magic.test(head));
  if (document) return { ok: false, reason: document[1] };
  const utf8 = decode(bytes);
  if (utf8.kind === 'text') return { ok: true, text: utf8.text, encoding: 'utf-8' };
  const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, defaultEncoding: 'windows-1252' });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  const declared = sniffer.resultType === ResultType.BOM || (isHtml && (sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING));
  // Bytes that are not UTF-8 in a file that says it is are read as Windows-1252 like any other.
  const usable = declared && sniffer.encoding.toLowerCase() !== 'utf-8';
  // NUL bytes: binary data, or UTF-16 text without its byte-order mark (which decode() tells apart when plain).
  if (!usable && (utf8.kind === 'binary' || (utf8.kind === 'not-utf8' && utf8.utf16 === 'without-bom'))) {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) return utf16;
    return { ok: false, reason: 'it holds binary data (a NUL byte)' };
  }
  const encoding = usable ? sniffer.encoding.toLowerCase() : 'windows-1252';
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes);
  } catch {
    return { ok: false, reason: `its encoding, ${encoding}, is not one this machine can read` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A page that declares ISO-8859-1 or ASCII is read as windows-1252, as browsers read it (the HTML standard's labels): said so, not "the encoding it declares".
  const label = !usable || sniffer.resultType === ResultType.BOM ? undefined : /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES)))?.[1]?.toLowerCase();
  const note = usable
    ? label !== undefined && label !== encoding && /^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|iso_8859-1(?::1987)?|cp819|ibm819)$/.test(label)
      ? `read as ${encoding}, as browsers read the ${label} the page declares (the same letters, and curly quotation marks and dashes where ${label} has none)`
      : `read as ${encoding}, the encoding the ${sniffer.resultType === ResultType.BOM ? "file's byte-order mark" : 'page'} declares`
    : 'it is not UTF-8: read as Windows-1252 (Western European); check its accented letters and quotation marks';
  return { ok: true, text, encoding, note };
}

/**
 * Text in UTF-16 saved without a byte-order mark (as some Windows programs and exports do): its
 * every other byte is NUL where it writes Latin letters, digits and spaces, the first of each pair
 * in big-endian and the second in little-endian order. Undefined when the bytes are not that, or
 * do not decode to text (a control character other than a tab or a line break).
 */
function utf16WithoutMark(bytes: Uint8Array): DecodedSource | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const pairs = Math.min(bytes.length, 4096) / 2;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Most characters of a text in a Latin script have a NUL high byte; a binary file's NULs fall anywhere.
  const encoding = odd >= pairs * 0.5 && even === 0 ? 'utf-16le' : even >= pairs * 0.5 && odd === 0 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return undefined;
  return { ok: true, text, encoding, note: `read as ${encoding}: the file has no byte-order mark, but its bytes are those of UTF-16 text; check its letters` };
}

/** A saved page in one file (MHTML: Chrome's and Edge's "Webpage, Single File"): its page's bytes and address. */
export interface MhtmlPage {
  /** The HTML of the page, as bytes in the encoding the page declares. */
  html: Uint8Array;
  /** Where it was saved from (`Snapshot-Content-Location`, or the page part's `Content-Location`). */
  location?: string | undefined;
}

/** A MIME message's headers (continuation lines joined) and its parts, each with its headers and its body's bytes. */
interface MimeMessage {
  head: string;
  parts: { headers: string; body: Uint8Array }[];
}

/** A MIME message (an MHTML file, a saved e-mail): its headers and its leaf parts; undefined for anything else. */
function mimeMessage(bytes: Uint8Array): MimeMessage | undefined {
  // One character a byte, so that each part's bytes are its own: TextDecoder's "latin1" is Windows-1252, which
  // turns the bytes 0x80 to 0x9F of an 8-bit UTF-8 body (those of “ ” — ’) into characters of other bytes.
  const raw = Buffer.from(bytes).toString('latin1');
  const headEnd = raw.search(/\r?\n\r?\n/);
  if (headEnd === -1) return undefined;
  const head = unfold(raw.slice(0, headEnd));
  if (!/^MIME-Version:/im.test(head) || !/^Content-Type:/im.test(head)) return undefined;
  const parts: MimeMessage['parts'] = [];
  const collect = (headers: string, body: string) => {
    const boundary = /^Content-Type:\s*multipart\/[^\r\n]*?boundary="?([^";\r\n]+)"?/im.exec(headers)?.[1];
    if (!boundary) {
      parts.push({ headers, body: bodyBytes(headers, body.replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '')) });
      return;
    }
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const end = part.search(/\r?\n\r?\n/);
      if (end !== -1) collect(unfold(part.slice(0, end)), part.slice(end));
    }
  };
  collect(head, raw.slice(headEnd));
  return { head, parts };
}

/** A part's body as bytes, decoded from its transfer encoding. */
function bodyBytes(headers: string, body: string): Uint8Array {
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'quoted-printable') return quotedPrintable(body);
  if (encoding === 'base64') return Uint8Array.from(Buffer.from(body, 'base64'));
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

/**
 * The page in an MHTML file (a MIME `multipart/related` message: the page's HTML, then its
 * styles and images), or undefined when the bytes are not one. Read as a text, such a file would
 * give a MIME-encoded subject for a headline, the day it was saved for the day it was published,
 * and quoted-printable HTML for the article.
 */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | undefined {
  const message = mimeMessage(bytes);
  if (!message || !/^Content-Type:\s*multipart\/related\b/im.test(message.head)) return undefined;
  const part = message.parts.find((p) => /^Content-Type:\s*text\/html\b/im.test(p.headers));
  if (!part) return undefined;
  const location = /^Snapshot-Content-Location:\s*(\S+)/im.exec(message.head)?.[1] ?? /^Content-Location:\s*(https?:\S+)/im.exec(part.headers)?.[1];
  return { html: part.body, location };
}

/**
 * A saved e-mail (.eml: a newsletter, a press release) as the text a reader sees: its `From:`,
 * `Subject:` and `Date:` headers (the subject decoded, `=?UTF-8?Q?…?=`), then its plain-text
 * part decoded from quoted-printable or base64 in its charset, or, when it has none (a newsletter
 * sent as HTML only), the text of its HTML part as a saved page's is read. Undefined when the
 * bytes are not a MIME message with a text part, or are a page saved as one file ({@link mhtmlPage}).
 */
export function mailText(bytes: Uint8Array): string | undefined {
  const message = mimeMessage(bytes);
  if (!message || /^Content-Type:\s*multipart\/related\b/im.test(message.head)) return undefined;
  // A newsletter sent as HTML only: its page's text (its headline first), as a saved page is read.
  const plain = message.parts.find((p) => /^Content-Type:\s*text\/plain\b/im.test(p.headers));
  const part = plain ?? message.parts.find((p) => /^Content-Type:\s*text\/html\b/im.test(p.headers));
  if (!part) return undefined;
  const charset = /charset="?([\w.:-]+)"?/i.exec(/^Content-Type:[^\r\n]*/im.exec(part.headers)?.[0] ?? '')?.[1] ?? 'utf-8';
  let body: string;
  try {
    body = new TextDecoder(charset).decode(part.body);
  } catch {
    body = new TextDecoder('utf-8').decode(part.body);
  }
  if (!plain) {
    // The message it forwards (the headers that give its sender and day, above it as a text's forward has them), without the note above them.
    const forwarded = forwardedMessage(body);
    const page = extractSource('mail.html', forwarded?.html ?? body);
    body = `${forwarded ? `${forwarded.headers}\n\n` : ''}${page.headline ? `${page.headline}\n\n` : ''}${page.text}\n`;
  }
  const headers = ['From', 'Subject', 'Date']
    .map((key) => [key, new RegExp(`^${key}:\\s*(.*)$`, 'im').exec(message.head)?.[1]?.trim()] as const)
    .filter((h): h is readonly [string, string] => Boolean(h[1]))
    .map(([key, value]) => `${key}: ${encodedWords(headerText(value))}`);
  return `${headers.join('\n')}\n\n${body.replace(/\r\n?/g, '\n')}`;
}

/** A header's value (one character a byte) as the text its bytes write: UTF-8, as mail programs write a header unencoded now, else Windows-1252. */
function headerText(value: string): string {
  const bytes = Buffer.from(value, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A header with its RFC 2047 encoded words decoded: "=?UTF-8?Q?Pause_talk?=" is "Pause talk". */
function encodedWords(value: string): string {
  return value.replace(/=\?([\w.:-]+)\?([QqBb])\?([^?]*)\?=(?:\s+(?==\?))?/g, (whole, charset: string, kind: string, text: string) => {
    const bytes = kind.toUpperCase() === 'B' ? Uint8Array.from(Buffer.from(text, 'base64')) : quotedPrintable(text.replace(/_/g, ' '));
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return whole;
    }
  });
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
