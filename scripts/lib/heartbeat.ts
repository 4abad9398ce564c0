/**
 * Long work shows progress: `heartbeat(what)` says that `what` is still going as soon as the
 * wait is long enough to wonder about (after {@link FIRST_MS}), then every {@link EVERY_MS}
 * (`  … checking: 2 s`, `  … checking: 7 s`), until the function it returns is called. Work that
 * ends sooner prints nothing. `what` may be a function, asked each time, to say how far the work
 * has got (`  … rendering the pages the change affects (1,200 of 3,400 rendered): 7 s`).
 */
/** When the first line comes: a wait an editor notices, long before one that makes them wonder whether the command hangs. */
export const FIRST_MS = 2_000;
/** Then one line every so often: often enough to see the work move, seldom enough not to flood the terminal. */
export const EVERY_MS = 5_000;

export function heartbeat(what: string | (() => string), write: (line: string) => void = (line) => process.stdout.write(line)): () => void {
  const since = performance.now();
  const beat = () => write(`  … ${typeof what === 'function' ? what() : what}: ${Math.round((performance.now() - since) / 1000)} s\n`);
  let interval: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    beat();
    interval = setInterval(beat, EVERY_MS);
    interval.unref();
  }, FIRST_MS);
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(interval);
  };
}
