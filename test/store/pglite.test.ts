import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/store/pglite.ts';
import type { SqlDriver } from '../../src/store/sql.ts';

describe('PGlite driver', () => {
  let db: SqlDriver;
  beforeAll(async () => {
    db = await openPglite('memory://');
  });
  afterAll(() => db.close());

  it('lets the event loop run between queued statements (new requests are not held up)', async () => {
    let finished = 0;
    const queued = Array.from({ length: 200 }, () => db.query('SELECT 1').then(() => finished++));
    const atFirstTurn = await new Promise<number>((resolve) => setImmediate(() => resolve(finished)));
    await Promise.all(queued);
    expect(finished).toBe(200);
    expect(atFirstTurn).toBeLessThan(200);
  });

  it('runs a transaction as one turn and keeps statements in order around it', async () => {
    await db.exec('CREATE TABLE turn_order (n integer)');
    const steps = [
      db.query('INSERT INTO turn_order VALUES (1)'),
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO turn_order VALUES (2)');
        await tx.query('INSERT INTO turn_order VALUES (3)');
      }),
      db.query('INSERT INTO turn_order VALUES (4)'),
      db.transaction(async () => {
        throw new Error('rolled back');
      }),
      db.query('INSERT INTO turn_order VALUES (5)'),
    ];
    const outcomes = await Promise.allSettled(steps);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const { rows } = await db.query<{ n: number }>('SELECT n FROM turn_order');
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('stores and reads binary bytes unchanged', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256).subarray(3);
    await db.exec('CREATE TABLE blobs (b bytea)');
    await db.query('INSERT INTO blobs VALUES ($1)', [bytes]);
    const { rows } = await db.query<{ b: Uint8Array }>('SELECT b FROM blobs');
    expect(rows[0]?.b).toEqual(bytes);
  });
});
