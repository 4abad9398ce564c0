/**
 * Long work shows progress (scripts/lib/heartbeat.ts): a line every ten seconds until stopped,
 * none for work that ends sooner.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heartbeat } from '../../../scripts/lib/heartbeat.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('heartbeat', () => {
  it('says every ten seconds that the work is still going, until stopped', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const lines: string[] = [];
    const stop = heartbeat('checking', (line) => lines.push(line));
    vi.advanceTimersByTime(9_999);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(15_001);
    expect(lines).toEqual(['  … checking: 10 s\n', '  … checking: 20 s\n']);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(2);
  });

  it('says how far the work has got, asked each time, when told so by a function', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const lines: string[] = [];
    let rendered = 0;
    const stop = heartbeat(() => `rendering the pages the change affects (${rendered.toLocaleString('en-US')} rendered)`, (line) => lines.push(line));
    rendered = 1200;
    vi.advanceTimersByTime(10_000);
    rendered = 2500;
    vi.advanceTimersByTime(10_000);
    stop();
    expect(lines).toEqual(['  … rendering the pages the change affects (1,200 rendered): 10 s\n', '  … rendering the pages the change affects (2,500 rendered): 20 s\n']);
  });
});
