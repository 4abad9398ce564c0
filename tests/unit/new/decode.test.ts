/**
 * Reading an imported file's bytes as text (scripts/lib/import/decode.ts): UTF-8, UTF-16 with a
 * byte-order mark, a saved page's declared encoding, and Windows-1252 for anything else.
 */
import { describe, expect, it } from 'vitest';
import { decodeSource, mailText, mhtmlPage } from '../../../scripts/lib/import/decode.ts';
import { extractSource } from '../../../scripts/lib/import/extract.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const words = 'Le président a déclaré « non »';

describe('decodeSource', () => {
  it('reads UTF-8 as it is, with no note, and drops its byte-order mark', () => {
    expect(decodeSource(new TextEncoder().encode(words), false)).toEqual({ ok: true, text: words, encoding: 'utf-8' });
    expect(decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(words)]), false)).toMatchObject({ text: words, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte-order mark, little- or big-endian', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...words].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...words].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeSource(le, false)).toMatchObject({ ok: true, text: words, encoding: 'utf-16le' });
    expect(decodeSource(be, false)).toMatchObject({ ok: true, text: words, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a byte-order mark by its NUL bytes, and says so, but not binary data with NULs', () => {
    const text = `${words}\nAnthropic a appelé jeudi à une pause.\n`;
    const le = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeSource(le, false)).toMatchObject({ ok: true, text, encoding: 'utf-16le', note: expect.stringMatching(/no byte-order mark/) });
    expect(decodeSource(be, false)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
    // NULs at every other byte that decode to control characters are not text.
    expect(decodeSource(Uint8Array.from([1, 0, 2, 0, 3, 0, 4, 0]), false)).toMatchObject({ ok: false });
    expect(decodeSource(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), false)).toMatchObject({ ok: false });
  });

  it('reads a saved page in the encoding it declares, and says so', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="iso-8859-15"><title>x</title></head><body><p>${words} \u20ac</p></body></html>`;
    // ISO-8859-15 has the euro sign at 0xA4.
    const bytes = latin1(page.replace('\u20ac', '\u00a4'));
    const decoded = decodeSource(bytes, true);
    expect(decoded).toMatchObject({ ok: true, encoding: 'iso-8859-15', note: 'read as iso-8859-15, the encoding the page declares' });
    expect(decoded.ok && decoded.text).toContain(`${words} \u20ac`);
  });

  it('reads a page that declares ISO-8859-1 as browsers do, as windows-1252, and says so', () => {
    const page = (meta: string) => Uint8Array.from([...latin1(`<html><head>${meta}<title>x</title></head><body><p>${words} caf\u00e9 `), 0x93, ...latin1('non'), 0x94, ...latin1('</p></body></html>')]);
    for (const meta of ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', '<meta charset=iso-8859-1>']) {
      const decoded = decodeSource(page(meta), true);
      expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252', note: 'read as windows-1252, as browsers read the iso-8859-1 the page declares (the same letters, and curly quotation marks and dashes where iso-8859-1 has none)' });
      expect(decoded.ok && decoded.text).toContain('café “non”');
    }
    expect(decodeSource(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), true)).toMatchObject({ note: 'read as windows-1252, the encoding the page declares' });
  });

  it('reads other text that is not UTF-8 as Windows-1252, with a note to check it', () => {
    const decoded = decodeSource(Uint8Array.from([...latin1('Le pr\u00e9sident a d\u00e9clar\u00e9 '), 0x93, ...latin1('non'), 0x94]), false);
    expect(decoded).toMatchObject({ ok: true, text: 'Le président a déclaré “non”', encoding: 'windows-1252' });
    expect(decoded.ok && decoded.note).toMatch(/not UTF-8: read as Windows-1252/);
  });

  it('refuses a PDF, a Word document, an RTF file or an image by its first bytes, saying what to import instead', () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    // A PDF with no NUL byte would otherwise be read as Windows-1252 text, "%PDF-1.7" its headline.
    expect(decodeSource(ascii('%PDF-1.7\n%\xe2\xe3\n1 0 obj << /Type /Catalog >> endobj\n'), false)).toEqual({
      ok: false,
      reason: 'it is a PDF document: copy its text into a .txt file (select all, copy, paste) and import that',
    });
    expect(decodeSource(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), false)).toMatchObject({ ok: false, reason: expect.stringMatching(/^it is a zip archive \(a Word \.docx/) });
    expect(decodeSource(ascii('{\\rtf1\\ansi Anthropic said'), false)).toMatchObject({ ok: false, reason: 'it is an RTF document: save it as plain text and import that' });
    expect(decodeSource(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), false)).toMatchObject({ ok: false, reason: 'it is an image: an article is imported from its text' });
    // A phone's photo or screenshot (HEIC), a scan (TIFF): images too, not "binary data".
    for (const image of [[0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0], [...ascii('II*'), 0, 8, 0, 0, 0]]) {
      expect(decodeSource(Uint8Array.from(image), false)).toMatchObject({ ok: false, reason: 'it is an image: an article is imported from its text' });
    }
    // An e-mail saved by Outlook (.msg) is in the old Office format.
    expect(decodeSource(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), false)).toMatchObject({ ok: false, reason: expect.stringContaining('an Outlook .msg e-mail): save it as plain text (an e-mail as .eml or .txt)') });
  });

  it('refuses binary data', () => {
    expect(decodeSource(Uint8Array.from([0x00, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), false)).toEqual({ ok: false, reason: 'it holds binary data (a NUL byte)' });
  });
});

describe('mhtmlPage', () => {
  const mhtml = (part: string, head = 'Snapshot-Content-Location: https://news.example.org/bridge\r\n') =>
    new TextEncoder().encode(
      `From: <Saved by Blink>\r\n${head}Subject: =?utf-8?Q?Bridge_shut?=\r\nDate: Sun, 7 Jun 2026 09:12:03 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B--1"\r\n\r\n\r\n------B--1\r\n${part}\r\n------B--1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------B--1--\r\n`,
    );
  it('finds the page of a page saved as one file, quoted-printable, with the address it was saved from', () => {
    const page = mhtmlPage(mhtml('Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><head><meta charset=3D"utf-8"></head><body><p>Caf=C3=A9 owners say the bridge is a lon=\r\ng way round.</p></body></html>'));
    expect(page?.location).toBe('https://news.example.org/bridge');
    expect(new TextDecoder().decode(page!.html)).toBe('<html><head><meta charset="utf-8"></head><body><p>Café owners say the bridge is a long way round.</p></body></html>');
  });
  it('reads a base64 page, and the address of the page part when the file gives none', () => {
    const html = '<html><body><p>Café</p></body></html>';
    const part = `Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://news.example.org/b64\r\n\r\n${Buffer.from(html).toString('base64')}`;
    const page = mhtmlPage(mhtml(part, ''));
    expect(new TextDecoder().decode(page!.html)).toBe(html);
    expect(page?.location).toBe('https://news.example.org/b64');
  });
  it('is undefined for anything else: a page, a text, an e-mail', () => {
    for (const text of ['<!doctype html><html><body><p>x</p></body></html>', 'From: a@b.example\nSubject: hi\n\nHello.\n', 'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="x"\n\n--x\nContent-Type: text/html\n\n<p>x</p>\n--x--\n']) {
      expect(mhtmlPage(new TextEncoder().encode(text))).toBeUndefined();
    }
  });
});

describe('mailText', () => {
  const eml = (body: string, type = 'multipart/alternative; boundary="b1"') =>
    new TextEncoder().encode(`From: The Briefing <newsletter@briefing.example.com>\r\nTo: desk@example.org\r\nSubject: =?UTF-8?Q?The_Briefing:_Pause_talk_=E2=80=94_and_chips?=\r\nDate: Mon, 15 Jun 2026 07:02:11 +0000\r\nMIME-Version: 1.0\r\nContent-Type: ${type}\r\n\r\n${body}`);
  it('reads a saved e-mail as its headers and its plain-text part, decoded', () => {
    const body = '--b1\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nThe G7 will take note. =E2=80=9CWe a=\r\nre studying it,=E2=80=9D an official said.\r\n--b1\r\nContent-Type: text/html; charset="UTF-8"\r\n\r\n<p>The G7</p>\r\n--b1--\r\n';
    expect(mailText(eml(body))).toBe('From: The Briefing <newsletter@briefing.example.com>\nSubject: The Briefing: Pause talk — and chips\nDate: Mon, 15 Jun 2026 07:02:11 +0000\n\nThe G7 will take note. “We are studying it,” an official said.');
  });
  it('reads one that is a single base64 part, and nothing that is not an e-mail with a text part', () => {
    const single = eml(`${Buffer.from('Trams will replace the night buses.\n').toString('base64')}\r\n`, 'text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64');
    expect(mailText(single)).toMatch(/\n\nTrams will replace the night buses\.\n$/);
    expect(mailText(new TextEncoder().encode('Subject: hi\n\nHello.\n'))).toBeUndefined();
    expect(mailText(eml('--b1\r\nContent-Type: image/png\r\n\r\nx\r\n--b1--\r\n'))).toBeUndefined();
  });
  it('reads an 8-bit body and headers in UTF-8 as they are written: “ ” — were other characters (their bytes 0x80 to 0x9F read as Windows-1252)', () => {
    const utf8 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
    const mail = latin1(
      utf8('From: Le Brief <news@brief.example.com>\r\nSubject: Pause — l’appel\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\nA pause would be “good for the world” — if every lab joined, he said. Préférable.\r\n'),
    );
    expect(mailText(mail)).toBe('From: Le Brief <news@brief.example.com>\nSubject: Pause — l’appel\n\nA pause would be “good for the world” — if every lab joined, he said. Préférable.');
    const page = latin1(utf8('MIME-Version: 1.0\r\nSnapshot-Content-Location: https://example.com/a\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<p>“Yes” — ok</p>\r\n--b--\r\n'));
    expect(new TextDecoder().decode(mhtmlPage(page)!.html)).toBe('<p>“Yes” — ok</p>');
  });
  it('reads a newsletter sent as HTML only as its page\'s text, its headline first: not its quoted-printable markup', () => {
    const html =
      '<html><body><h1>Pause talk and chip rules</h1><p>The G7 will take note of the proposal, officials said on Sunday, and a statement is expected on Tuesday =E2=80=94 the first si=\r\nnce May.</p><p><a href=3D"https://briefing.example.com/unsub">Unsubscribe</a></p></body></html>\r\n';
    expect(mailText(eml(html, 'text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable'))).toBe(
      'From: The Briefing <newsletter@briefing.example.com>\nSubject: The Briefing: Pause talk — and chips\nDate: Mon, 15 Jun 2026 07:02:11 +0000\n\nPause talk and chip rules\n\nThe G7 will take note of the proposal, officials said on Sunday, and a statement is expected on Tuesday — the first since May.\n\nUnsubscribe\n',
    );
  });
  it('keeps the headers of a message forwarded as HTML (Gmail\'s, Outlook\'s), which give its sender and its day: the page\'s text alone left them out', () => {
    const forward = (headers: string) =>
      new TextEncoder().encode(
        `From: Jane Editor <jane.editor@gmail.com>\r\nSubject: Fwd: Chip rules and the pause\r\nDate: Tue, 9 Jun 2026 08:14:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset="UTF-8"\r\n\r\n<div dir="ltr"><p>Worth a record.</p><div class="gmail_quote">${headers}<br><br><table><tr><td><h1>Chip rules and the pause</h1><p>Anthropic said on Thursday that a pause would be &ldquo;good for the world&rdquo; if every leading lab joined it.</p><p>Officials said 12 countries had been briefed on the proposal, according to two people familiar with the talks.</p></td></tr></table></div></div>\r\n`,
      );
    const gmail = forward(
      '<div class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">The Briefing</strong> <span>&lt;<a href="mailto:news@briefing.example.com">news@briefing.example.com</a>&gt;</span><br>Date: Thu, Jun 4, 2026 at 6:30 PM<br>Subject: Chip rules and the pause<br>To: &lt;<a href="mailto:jane.editor@gmail.com">jane.editor@gmail.com</a>&gt;<br></div>',
    );
    const text = mailText(gmail)!;
    expect(text).toContain('\n\n---------- Forwarded message ---------\nFrom: The Briefing <news@briefing.example.com>\nDate: Thu, Jun 4, 2026 at 6:30 PM\nSubject: Chip rules and the pause\nTo: <jane.editor@gmail.com>\n\nChip rules and the pause\n\nAnthropic said');
    expect(extractSource('mail.eml', text)).toMatchObject({ headline: 'Chip rules and the pause', siteName: 'The Briefing', published: '2026-06-04' });
    expect(extractSource('mail.eml', text).publishedNote).toBeUndefined();
    // The note of the person who sent it on is not the article's first paragraph.
    expect(text).not.toContain('Worth a record');
    const outlook = forward('<div id="divRplyFwdMsg"><b>From:</b> The Briefing &lt;news@briefing.example.com&gt;<br><b>Sent:</b> Thursday, June 4, 2026 6:30 PM<br><b>To:</b> Jane Editor<br><b>Subject:</b> Chip rules and the pause</div>');
    expect(extractSource('mail.eml', mailText(outlook)!)).toMatchObject({ siteName: 'The Briefing', published: '2026-06-04', headline: 'Chip rules and the pause' });
    expect(mailText(outlook)).not.toContain('Worth a record');
  });
});
