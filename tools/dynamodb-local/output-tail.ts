/** Keeps the last lines a child process printed, so a failure can say what went wrong. */
export class OutputTail {
  readonly #limit: number;
  readonly #lines: string[] = [];
  #partial = '';

  constructor(limit: number) {
    this.#limit = limit;
  }

  push(chunk: Buffer | string): void {
    const lines = (this.#partial + chunk.toString()).split(/\r?\n/);
    this.#partial = lines.pop() ?? '';
    this.#lines.push(...lines.filter((line) => line.trim() !== ''));
    this.#lines.splice(0, Math.max(0, this.#lines.length - this.#limit));
  }

  toString(): string {
    const lines = this.#partial.trim() === '' ? this.#lines : [...this.#lines, this.#partial];
    return lines.slice(-this.#limit).join('\n');
  }
}
