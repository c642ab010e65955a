import type { Logger } from 'pino';
import { backoffMs } from './retry.ts';
import { safeError } from './safe-error.ts';

/** A live connection as the supervisor sees it. */
export interface Connection {
  /** Settles when the connection drops (resolve or reject, either way it is gone). */
  closed: Promise<unknown>;
  close(): void | Promise<void>;
}

export interface SupervisorOptions {
  name: string;
  /** Opens one connection; throws when it cannot. */
  connect: () => Promise<Connection>;
  logger: Logger;
  /** First retry delay, doubled per failure (default 1 s). */
  baseMs?: number;
  /** Longest retry delay (default 60 s). */
  maxMs?: number;
  /** A connect that has not settled by then counts as failed (default 20 s). */
  connectTimeoutMs?: number;
}

/**
 * Keeps a long connection up: connect, wait for the drop, reconnect with exponential backoff. A failure is logged and
 * retried without ever throwing, so one platform that is down does not stop the others. `connected` is for /healthz.
 */
export class Supervisor {
  #connected = false;
  #stopped = false;
  #current: Connection | undefined;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #signalStop: () => void = () => {};
  #stopSignal: Promise<void> = Promise.resolve();
  /** Consecutive failed attempts; reset by a successful connect. */
  failures = 0;

  constructor(private readonly options: SupervisorOptions) {}

  get connected(): boolean {
    return this.#connected;
  }

  /** Settles after the first attempt, connected or not (start-up logs, tests). */
  firstAttempt: Promise<void> = Promise.resolve();

  /** Starts the loop in the background; never throws, never waits for the platform. */
  start(): void {
    if (this.#loop) return;
    this.#stopped = false;
    this.#stopSignal = new Promise<void>((resolve) => {
      this.#signalStop = resolve;
    });
    let done!: () => void;
    this.firstAttempt = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.#loop = this.#run(done);
  }

  /** `connect` bounded by a timeout and by `stop`; a connection that arrives late is closed, not leaked. */
  async #connectOnce(): Promise<Connection> {
    const ms = this.options.connectTimeoutMs ?? 20_000;
    let timer: NodeJS.Timeout | undefined;
    const attempt = this.options.connect();
    const abandon = (reason: string) => {
      void attempt.then(
        (late) => late.close(),
        () => undefined,
      );
      throw new Error(reason);
    };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        try {
          abandon(`connect timed out after ${ms} ms`);
        } catch (err) {
          reject(err);
        }
      }, ms);
    });
    const stopped = this.#stopSignal.then(() => abandon('stopped'));
    try {
      return await Promise.race([attempt, timeout, stopped]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #run(firstAttempt: () => void) {
    const { name, logger } = this.options;
    const baseMs = this.options.baseMs ?? 1000;
    const maxMs = this.options.maxMs ?? 60_000;
    while (!this.#stopped) {
      try {
        const connection = await this.#connectOnce();
        if (this.#stopped) {
          await connection.close();
          break;
        }
        this.#current = connection;
        this.#connected = true;
        if (this.failures > 0) logger.info({ channel: name, after: this.failures }, 'channel reconnected');
        else logger.info({ channel: name }, 'channel connected');
        this.failures = 0;
        firstAttempt();
        // `stop` ends the wait even when a connection's `closed` never settles after `close`.
        await Promise.race([connection.closed.catch(() => undefined), this.#stopSignal]);
        this.#connected = false;
        this.#current = undefined;
        if (this.#stopped) break;
        logger.warn({ channel: name }, 'channel connection dropped');
      } catch (err) {
        this.#connected = false;
        if (this.#stopped) break;
        this.failures++;
        logger.error(
          { channel: name, err: safeError(err), failures: this.failures },
          'channel failed to connect',
        );
        firstAttempt();
      }
      await this.#pause(backoffMs(Math.max(0, this.failures - 1), baseMs, maxMs));
    }
    firstAttempt();
  }

  /** A backoff pause that `stop` cuts short (and whose timer does not outlive it). */
  #pause(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#signalStop();
    this.#wake?.();
    await this.#current?.close();
    await this.#loop;
    this.#loop = undefined;
    this.#connected = false;
  }
}
