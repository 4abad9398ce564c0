/**
 * The content a build keeps for the next fast rebuild (scripts/lib/fast/state.ts): written in
 * full by a full build, then as a delta from that full file by each fast rebuild, which links the
 * full file instead of writing it again. Whatever the path, reading gives the content written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listContent } from '../../../src/check/files.ts';
import { fileClock, readContentState, sameStamp, statContent, writeContentState, type ContentFileState, type ContentState, type FileStamp } from '../../../scripts/lib/fast/state.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'crosscheck-state-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entry = (id: string, text = id): ContentFileState => ({
  collection: 'claims',
  id,
  record: { collection: 'claims', id, data: { statement: text } } as unknown as ContentFileState['record'],
  html: `<p>${text}</p>`,
  size: text.length,
  mtimeMs: 1,
  ctimeMs: 1,
});
const files = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`content/claims/c${i}.md`, entry(`c${i}`)]));
const dir = (name: string) => {
  const d = path.join(root, name);
  mkdirSync(d);
  return d;
};
/** What a state holds, without how it was read. */
const plain = (state: ContentState | undefined) => state && { files: state.files };

describe('the content state', () => {
  it('is read back as written, in full', () => {
    const content = { files: files(3) };
    writeContentState(dir('full'), content);
    expect(plain(readContentState(path.join(root, 'full')))).toEqual(content);
    expect(existsSync(path.join(root, 'full', 'content-delta.bin'))).toBe(false);
  });

  it('after rebuilds, is the full file linked and the changes since it, added, edited and removed', () => {
    writeContentState(dir('a'), { files: files(200) });
    const first = readContentState(path.join(root, 'a'))!;
    // A rebuild: one file added, one edited, one removed; the others are the entries it read.
    const second: ContentState = { files: { ...first.files, 'content/claims/new.md': entry('new'), 'content/claims/c1.md': entry('c1', 'edited') } };
    delete second.files['content/claims/c2.md'];
    writeContentState(dir('b'), second, first);
    expect(statSync(path.join(root, 'b', 'content.bin')).ino).toBe(statSync(path.join(root, 'a', 'content.bin')).ino);
    expect(existsSync(path.join(root, 'b', 'content-delta.bin'))).toBe(true);
    const read = readContentState(path.join(root, 'b'))!;
    expect(plain(read)).toEqual(plain(second));

    // The next rebuild starts from that state: its delta holds every change since the full file.
    rmSync(path.join(root, 'a'), { recursive: true });
    const third: ContentState = { files: { ...read.files, 'content/claims/c3.md': entry('c3', 'edited too') } };
    delete third.files['content/claims/new.md'];
    writeContentState(dir('c'), third, read);
    expect(plain(readContentState(path.join(root, 'c')))).toEqual(plain(third));
  });

  it('is written in full again once the changes are more than an eighth of the files', () => {
    writeContentState(dir('a'), { files: files(1000) });
    const first = readContentState(path.join(root, 'a'))!;
    const next: ContentState = { files: { ...first.files } };
    for (let i = 0; i < 200; i++) next.files[`content/claims/c${i}.md`] = entry(`c${i}`, 'edited');
    writeContentState(dir('b'), next, first);
    expect(statSync(path.join(root, 'b', 'content.bin')).ino).not.toBe(statSync(path.join(root, 'a', 'content.bin')).ino);
    expect(existsSync(path.join(root, 'b', 'content-delta.bin'))).toBe(false);
    expect(plain(readContentState(path.join(root, 'b')))).toEqual(plain(next));
  });

  it('is written in pieces, read back whole and in order, and not read at all when cut short', () => {
    const content = { files: files(1234) };
    writeContentState(dir('big'), content);
    const full = path.join(root, 'big', 'content.bin');
    const bytes = readFileSync(full);
    // Pieces: a length, then that many bytes of V8's serialization; more than one here.
    let pieces = 0;
    for (let at = 0; at < bytes.length; at += 4 + bytes.readUInt32LE(at)) pieces++;
    expect(pieces).toBeGreaterThan(1);
    const read = readContentState(path.join(root, 'big'))!;
    expect(plain(read)).toEqual(content);
    expect(Object.keys(read.files)).toEqual(Object.keys(content.files));
    // A file cut short (a full disk, a build stopped while writing it) is no state at all.
    writeFileSync(full, bytes.subarray(0, bytes.length - 10));
    expect(readContentState(path.join(root, 'big'))).toBeUndefined();
    writeFileSync(full, bytes.subarray(0, 2));
    expect(readContentState(path.join(root, 'big'))).toBeUndefined();
  });
});

describe('a content file unchanged since it was read', () => {
  it('is told by its size and both its times: a file replaced by another of the same size with its modification time set back is read again', () => {
    const content = dir('content');
    mkdirSync(path.join(content, 'claims'));
    const file = path.join(content, 'claims/c.md');
    // A time in whole seconds, which utimes sets exactly.
    const time = 1_780_000_000;
    writeFileSync(file, '---\nstance: quotes\n---\n');
    utimesSync(file, time, time);
    // Stamped long after the write (see the next test for a stamp taken in its tick).
    const stamp = (): FileStamp => statContent(root, 'content', () => Date.now() + 10_000).get('content/claims/c.md')!;
    const read = stamp();
    expect(sameStamp(read, stamp())).toBe(true);
    // As `cp -p`, `rsync -a` or `tar x` leave it: other bytes, the same size, the time set back.
    writeFileSync(file, '---\nstance: assert\n---\n');
    utimesSync(file, time, time);
    const now = stamp();
    expect([now.size, now.mtimeMs]).toEqual([read.size, read.mtimeMs]);
    expect(sameStamp(read, now)).toBe(false);
  });

  it('is not told by a stamp taken in the tick of a change: a second write of the same size then leaves the same stamp, so the file is read again', () => {
    const content = dir('content');
    mkdirSync(path.join(content, 'claims'));
    const file = path.join(content, 'claims/c.md');
    writeFileSync(file, '---\nstance: quotes\n---\n');
    const { ctimeMs } = statSync(file);
    // The build stamps the file in the clock's tick of its write ...
    const read = statContent(root, 'content', () => ctimeMs).get('content/claims/c.md')!;
    expect(read.racy).toBe(true);
    // ... so even the very same stamp, as a second same-size write in that tick leaves, is not trusted.
    expect(sameStamp(read, { ...read, racy: undefined })).toBe(false);
    // Stamped again in a later tick (by the rebuild that read it again), it is.
    const later = statContent(root, 'content', () => ctimeMs + 1).get('content/claims/c.md')!;
    expect(later.racy).toBeUndefined();
    expect(sameStamp(later, statContent(root, 'content', () => ctimeMs + 1).get('content/claims/c.md')!)).toBe(true);
  });

  it('reads the clock from a file the file system stamps: a file written before it is not racy, one written after is', () => {
    const content = dir('content');
    mkdirSync(path.join(content, 'claims'));
    writeFileSync(path.join(content, 'claims/before.md'), '---\nstance: quotes\n---\n');
    const clock = fileClock(root);
    expect(existsSync(path.join(root, 'node_modules/.cache/crosscheck-fast/clock'))).toBe(true);
    expect(clock).toBeGreaterThanOrEqual(statSync(path.join(content, 'claims/before.md')).ctimeMs);
    writeFileSync(path.join(content, 'claims/after.md'), '---\nstance: quotes\n---\n');
    const stamps = statContent(root, 'content', () => clock);
    expect(stamps.get('content/claims/after.md')!.racy).toBe(true);
    // The first is racy only if it was written in the marker's very tick.
    expect(stamps.get('content/claims/before.md')!.racy).toBe(statSync(path.join(content, 'claims/before.md')).ctimeMs >= clock ? true : undefined);
  });
});

describe('the content files a rebuild stamps', () => {
  it('are the records the checks list and glob() loads: a file whose name starts with a dot is none of them', () => {
    const content = dir('content');
    const write = (file: string) => {
      mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
      writeFileSync(path.join(content, file), '---\nheadline: x\n---\n');
    };
    // A hidden draft, and the copy of a file's metadata macOS leaves beside it on other file systems.
    for (const file of ['articles/report.md', 'articles/.draft.md', 'articles/._report.md', 'outlets/wire.yaml', 'outlets/.wire.yaml', 'entities/mayor.yml']) write(file);
    const stamped = [...statContent(root, 'content').keys()].sort();
    expect(stamped).toEqual(['content/articles/report.md', 'content/entities/mayor.yml', 'content/outlets/wire.yaml']);
    expect(stamped).toEqual(listContent(root, 'content').records.map((r) => r.file).sort());
  });
});
