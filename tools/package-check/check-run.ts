/** One named check of a run, and how it ended. */
export interface CheckResult {
  readonly name: string;
  readonly passed: boolean;
  /** What it found: a short fact when it passed, the reason when it failed. */
  readonly detail: string;
  readonly seconds: number;
}

/** `needs` once every value in it is known to be there. */
type Ready<N> = { readonly [K in keyof N]: Exclude<N[K], undefined> };

const allDefined = <N extends Record<string, unknown>>(needs: N): needs is N & Ready<N> =>
  Object.values(needs).every((value) => value !== undefined);

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
const indent = (text: string) => text.replace(/^/gm, '    ');

/**
 * Runs named checks one after another, printing each as it ends, and counts them. A check whose
 * prerequisite failed is not run and counts as failed, since nothing was shown to work.
 */
export class CheckRun {
  readonly #results: CheckResult[] = [];

  get results(): readonly CheckResult[] {
    return this.#results;
  }

  get failed(): number {
    return this.#results.filter((result) => !result.passed).length;
  }

  /**
   * Runs `action` as the check `name`, handing it `needs` (values earlier checks produced). When
   * one of them is `undefined`, because the check that makes it failed, `action` is not run and
   * this check fails too. Resolves with the action's value, or `undefined` when it threw.
   */
  async check<N extends Record<string, unknown>, T>(
    name: string,
    needs: N,
    action: (ready: Ready<N>) => Promise<T>,
    describe: (value: T) => string = () => '',
  ): Promise<T | undefined> {
    if (!allDefined(needs)) {
      this.#record({ name, passed: false, detail: 'not run: a check it needs failed', seconds: 0 });
      return undefined;
    }
    const start = performance.now();
    try {
      const value = await action(needs);
      this.#record({ name, passed: true, detail: describe(value), seconds: seconds(start) });
      return value;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.#record({ name, passed: false, detail, seconds: seconds(start) });
      return undefined;
    }
  }

  /** The closing line: `N passed, N failed`, as CI reads it. */
  summary(): string {
    return `${this.#results.length - this.failed} passed, ${this.failed} failed`;
  }

  /**
   * The same counts in vitest's closing format (`Tests  N failed | N passed (N)`), which
   * tools/test-summary adds up when this output goes into the CI test log.
   */
  vitestSummary(): string {
    const passed = this.#results.length - this.failed;
    const parts = [...(this.failed > 0 ? [`${this.failed} failed`] : []), `${passed} passed`];
    return `      Tests  ${parts.join(' | ')} (${this.#results.length})`;
  }

  #record(result: CheckResult) {
    this.#results.push(result);
    const mark = result.passed ? '✓' : '✗';
    const detail = result.detail === '' ? '' : `\n${indent(result.detail)}`;
    console.log(`${mark} ${result.name} (${result.seconds} s)${detail}`);
  }
}
