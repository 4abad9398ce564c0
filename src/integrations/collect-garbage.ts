/**
 * A full garbage collection, now, in a process started without `--expose-gc`.
 *
 * V8 lets its heap grow to several times what is live before it collects. Where a build is about
 * to allocate a lot at once (Astro writing its whole content store, a thread drawing images that
 * hold memory outside the heap until they are collected), collecting first keeps the process's
 * memory near what it really holds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // The flag exposes `gc` to contexts made from now on: this one is made only to take it.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
