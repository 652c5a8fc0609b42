import { describe, expect, it } from 'vitest';
import { readmeExamples } from './readme-examples.js';

describe('readmeExamples', () => {
  it('takes only `ts runnable` blocks, with the output their comments promise', () => {
    const markdown = [
      '# Title',
      '```ts',
      "console.log('not run'); // → never",
      '```',
      '```ts runnable',
      "console.log('a'); // → a",
      'const b = 2;',
      'console.log({ b }); // → { b: 2 }',
      '```',
      '```ts runnable',
      'const quiet = true;',
      '```',
      '',
    ].join('\n');

    expect(readmeExamples(markdown)).toEqual([
      {
        code: "console.log('a'); // → a\nconst b = 2;\nconsole.log({ b }); // → { b: 2 }\n",
        expectedOutput: ['a', '{ b: 2 }'],
      },
      { code: 'const quiet = true;\n', expectedOutput: [] },
    ]);
  });
});
