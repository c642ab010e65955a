import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/bot/chat-queue.ts';

describe('KeyedQueue', () => {
  it('runs tasks of one key in order, even when an earlier one fails', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const first = queue.run('a', async () => {
      await gate;
      log.push('a1');
      throw new Error('a1 failed');
    });
    const second = queue.run('a', async () => log.push('a2'));
    const other = queue.run('b', async () => log.push('b1'));
    await other;
    expect(log).toEqual(['b1']);
    release();
    await expect(first).rejects.toThrow('a1 failed');
    await second;
    expect(log).toEqual(['b1', 'a1', 'a2']);
    await queue.drain();
  });
});
