/**
 * Long work shows progress: `heartbeat(what)` says every ten seconds that `what` is still going
 * (`  … checking: 20 s`), until the function it returns is called. Work that ends sooner prints
 * nothing. `what` may be a function, asked each time, to say how far the work has got
 * (`  … rendering the pages the change affects (1,200 rendered): 20 s`).
 */
export function heartbeat(what: string | (() => string), write: (line: string) => void = (line) => process.stdout.write(line)): () => void {
  const since = performance.now();
  const timer = setInterval(() => write(`  … ${typeof what === 'function' ? what() : what}: ${Math.round((performance.now() - since) / 1000)} s\n`), 10_000);
  timer.unref();
  return () => clearInterval(timer);
}
