import { sleep } from './retry.ts';

/**
 * A token bucket per key (a chat, a robot): `take` waits until a send is allowed. Keeps outbound sends within a
 * platform's rate limit (Lark 5 QPS per chat, DingTalk group robots 20 per minute) instead of provoking 429s.
 */
export class Throttle {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    /** Sends allowed per second, sustained (20/min = 1/3). */
    readonly perSecond: number,
    /** Sends allowed at once before the rate applies. */
    readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** How long the caller must wait before it may send; reserves the slot. */
  reserve(key: string): number {
    const now = this.now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 10_000) this.#forgetFull(now);
    return bucket.tokens >= 0 ? 0 : Math.ceil((-bucket.tokens / this.perSecond) * 1000);
  }

  async take(key: string): Promise<void> {
    const wait = this.reserve(key);
    if (wait > 0) await sleep(wait);
  }

  /** Buckets that have refilled carry no state; drop them so the map does not grow with every chat ever seen. */
  #forgetFull(now: number) {
    for (const [key, b] of this.#buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.#buckets.delete(key);
    }
  }
}
