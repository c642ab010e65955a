import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { type Connection, Supervisor } from '../../../src/channels/common/supervisor.ts';
import { Throttle } from '../../../src/channels/common/throttle.ts';

const logger = pino({ level: 'silent' });

function until(check: () => boolean, ms = 5000) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - started > ms) reject(new Error('condition not met'));
      else setTimeout(tick, 5);
    };
    tick();
  });
}

describe('Supervisor', () => {
  it('reports a failed connect without throwing, retries with backoff, and reconnects after a drop', async () => {
    let attempts = 0;
    let drop: (() => void) | undefined;
    const supervisor = new Supervisor({
      name: 'test',
      logger,
      baseMs: 5,
      maxMs: 20,
      connect: async (): Promise<Connection> => {
        attempts++;
        if (attempts <= 2) throw new Error('gateway down');
        return {
          closed: new Promise<void>((resolve) => {
            drop = resolve;
          }),
          close: () => drop?.(),
        };
      },
    });
    supervisor.start();
    await supervisor.firstAttempt;
    expect(supervisor.connected).toBe(false);
    await until(() => supervisor.connected);
    expect(attempts).toBe(3);
    drop?.();
    // The gap between drop and reconnect is a few ms: watch the attempts, not the flag.
    await until(() => attempts === 4 && supervisor.connected);
    await supervisor.stop();
    expect(supervisor.connected).toBe(false);
  });

  it('stops while waiting to retry', async () => {
    const supervisor = new Supervisor({
      name: 'down',
      logger,
      baseMs: 60_000,
      connect: async () => {
        throw new Error('no');
      },
    });
    supervisor.start();
    await supervisor.firstAttempt;
    await supervisor.stop();
    expect(supervisor.failures).toBe(1);
  });

  it('counts a connect that hangs as a failure and retries', async () => {
    let attempts = 0;
    const supervisor = new Supervisor({
      name: 'hangs',
      logger,
      baseMs: 5,
      connectTimeoutMs: 20,
      connect: () => {
        attempts++;
        return attempts === 1
          ? new Promise<Connection>(() => {})
          : Promise.resolve({ closed: new Promise<void>(() => {}), close: () => {} });
      },
    });
    supervisor.start();
    await supervisor.firstAttempt;
    expect(supervisor.failures).toBe(1);
    await until(() => supervisor.connected);
    await supervisor.stop();
  });
});

describe('Throttle', () => {
  it('lets a burst through, then spaces sends at the rate, per key', () => {
    let now = 0;
    const throttle = new Throttle(1 / 3, 2, () => now);
    expect(throttle.reserve('g')).toBe(0);
    expect(throttle.reserve('g')).toBe(0);
    expect(throttle.reserve('g')).toBe(3000);
    expect(throttle.reserve('other')).toBe(0);
    now = 6000; // two slots refilled, one of them owed to the third send
    expect(throttle.reserve('g')).toBe(0);
    expect(throttle.reserve('g')).toBe(3000);
  });
});
