/** A code block of a README that the tests run, with the output its comments promise. */
export interface ReadmeExample {
  readonly code: string;
  /** The text of each `// → ...` comment, in order: one line the example prints. */
  readonly expectedOutput: readonly string[];
}

// A fence whose info string is `ts runnable`. Renderers take the first word as the language, so
// the marker shows nowhere but in the Markdown source.
const runnableBlock = /^```ts runnable\n([\s\S]*?)^```$/gm;
const outputComment = /\/\/ → (.*)$/gm;

/** The runnable examples of a README, in order. */
export const readmeExamples = (markdown: string): ReadmeExample[] =>
  [...markdown.matchAll(runnableBlock)].map(([, code = '']) => ({
    code,
    expectedOutput: [...code.matchAll(outputComment)].map(([, line = '']) => line.trimEnd()),
  }));
