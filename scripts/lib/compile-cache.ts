/**
 * Node's on-disk cache of compiled code (`module.enableCompileCache`), imported first by the
 * build and the checks: a rebuild loads the compiled site, the Markdown pipeline and Astro's
 * runtime again every time, and compiling them took about half a second of every fast rebuild.
 * The cache is in node_modules/.cache/crosscheck/compile/; Node checks each entry against the
 * source it was compiled from, so an edited file is compiled again. Worker threads and child
 * processes (Astro's build) use it too, through NODE_COMPILE_CACHE.
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';

const { directory } = enableCompileCache(process.env.NODE_COMPILE_CACHE ?? path.resolve(import.meta.dirname, '../../node_modules/.cache/crosscheck/compile'));
if (directory) process.env.NODE_COMPILE_CACHE = directory;
