import type { AppVariant } from './build-app-variant.js';

/**
 * What-if builds of the Fastify app, each a small edit to the app or a library, measured against
 * the bare server in the same rounds as the unedited app (`control`). Add a variant to judge a
 * proposed fix by a number before making it; an edit that no longer applies (the file changed)
 * fails the build, so a stale experiment cannot measure the wrong code. The variants that led to
 * the fixes in BENCHMARKS.md (the buffered request log) were
 * removed once the fixes landed; their results stay in bench/results/experiments/.
 */
export const appVariants: readonly AppVariant[] = [
  { name: 'control', description: 'The app as it is, built by this harness.', edits: [] },
];
