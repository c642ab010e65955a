/**
 * The passive-reply window of one callback: the first answer the bot gives within `ms` goes back in the HTTP
 * response itself; later answers wait until that response has been written, so they cannot overtake it.
 */
export class PassiveWindow {
  #done = false;
  #resolve!: (text: string | null) => void;
  #sent!: () => void;
  readonly #timer: NodeJS.Timeout;
  /** The text to answer the callback with, or null (empty response): settles on take, timeout or close. */
  readonly response: Promise<string | null>;
  /** Settles once the HTTP response is written. */
  readonly written: Promise<void>;

  constructor(ms: number) {
    this.response = new Promise((resolve) => {
      this.#resolve = resolve;
    });
    this.written = new Promise((resolve) => {
      this.#sent = resolve;
    });
    this.#timer = setTimeout(() => this.close(), ms);
  }

  /** True when `text` will be the passive reply; false once the window has closed. */
  take(text: string): boolean {
    if (this.#done) return false;
    this.#finish(text);
    return true;
  }

  close(): void {
    if (!this.#done) this.#finish(null);
  }

  markWritten(): void {
    this.close();
    this.#sent();
  }

  #finish(text: string | null) {
    this.#done = true;
    clearTimeout(this.#timer);
    this.#resolve(text);
  }
}
