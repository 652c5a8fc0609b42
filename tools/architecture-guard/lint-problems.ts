/** One problem ESLint reported for a file: the line it points at and its message and rule. */
export interface LintProblem {
  readonly line: number;
  /** The message and rule id as printed, continuation lines included. */
  readonly text: string;
}

const problemStart = /^\s+(\d+):\d+\s+(?:error|warning)\s+(.*)$/;
const totalsLine = /^✖ \d+ problems?/;

/**
 * The problems ESLint's default (stylish) format printed for `file`, an absolute path. Stylish
 * prints each file's path alone at the start of a line, then one indented line per problem whose
 * message may run on over more lines (Nx's circular-dependency message does), and closes with a
 * `✖ N problems` line. Expects output without colour codes.
 */
export function lintProblemsFor(output: string, file: string): readonly LintProblem[] {
  const problems: { line: number; text: string }[] = [];
  let inFile = false;

  for (const line of output.split(/\r?\n/)) {
    if (line.startsWith('/')) {
      inFile = line.trimEnd() === file;
      continue;
    }
    if (totalsLine.test(line)) inFile = false;
    if (!inFile) continue;

    const start = problemStart.exec(line);
    const current = problems.at(-1);
    if (start) problems.push({ line: Number(start[1]), text: start[2] ?? '' });
    else if (current && line.trim() !== '') current.text += `\n${line}`;
  }

  return problems;
}
