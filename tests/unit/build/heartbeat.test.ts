/**
 * Long work shows progress (scripts/lib/heartbeat.ts): a first line as soon as the wait is worth
 * a word (two seconds), then one every five seconds until stopped, none for work that ends sooner.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heartbeat } from '../../../scripts/lib/heartbeat.ts';

afterEach(() => {
  vi.useRealTimers();
});

const fake = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });

describe('heartbeat', () => {
  it('says after two seconds that the work is still going, then every five seconds, until stopped', () => {
    fake();
    const lines: string[] = [];
    const stop = heartbeat('checking', (line) => lines.push(line));
    vi.advanceTimersByTime(1_999);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(lines).toEqual(['  … checking: 2 s\n']);
    vi.advanceTimersByTime(10_000);
    expect(lines).toEqual(['  … checking: 2 s\n', '  … checking: 7 s\n', '  … checking: 12 s\n']);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(3);
  });

  it('says nothing of work that ends sooner', () => {
    fake();
    const lines: string[] = [];
    const stop = heartbeat('checking', (line) => lines.push(line));
    vi.advanceTimersByTime(1_500);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual([]);
  });

  it('says how far the work has got, asked each time, when told so by a function', () => {
    fake();
    const lines: string[] = [];
    let rendered = 0;
    const stop = heartbeat(() => `rendering the pages the change affects (${rendered.toLocaleString('en-US')} rendered)`, (line) => lines.push(line));
    rendered = 1200;
    vi.advanceTimersByTime(2_000);
    rendered = 2500;
    vi.advanceTimersByTime(5_000);
    stop();
    expect(lines).toEqual(['  … rendering the pages the change affects (1,200 rendered): 2 s\n', '  … rendering the pages the change affects (2,500 rendered): 7 s\n']);
  });
});
