/**
 * A term the parser can't place is never dropped (docs/CHAT.md `unplaced`): over every question of the
 * user-perspective set's dev part (test/eval/dev, never the holdout), and over each answerable one with a term the
 * store does not know added, the reply either answers with nothing unplaced or names the unplaced words and answers
 * nothing (no table, no figure).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store, User } from '../../src/store/store.ts';
import { corpus } from '../helpers/corpus.ts';

const DEV_SET = resolve(import.meta.dirname, '../eval/dev/questions.mjs');
const hasDevSet = existsSync(DEV_SET);
const skip = !hasDevSet;
const why = 'skipped: test/eval/dev/questions.mjs not found';

/** Places and offices that are in no corpus form: each must come back as not understood, never widen a query. */
const FOREIGN_TERMS = ['青龙湖镇', '卫健委', '文旅局'];

type Reply = Awaited<ReturnType<ReturnType<typeof createAnswerQuestion>>>;

/** What the reply tells a user: unplaced words named, and no answer given (no table, no figure beyond the echo). */
function saysUnplaced(reply: Reply): boolean {
  const words = reply.unplaced ?? [];
  return (
    words.length > 0 &&
    words.every((w) => reply.text?.includes(`「${w}」`)) &&
    reply.table === undefined &&
    /没有看懂/.test(reply.text ?? '')
  );
}

describe.skipIf(skip)(
  `terms the parser did not place, over the dev questions (${skip ? why : corpus.label})`,
  () => {
    let store: Store;
    let user: User;
    let answer: ReturnType<typeof createAnswerQuestion>;
    let questions: Array<{ id: string; q: string }> = [];
    /** The first test's replies, read again by the second instead of asking all 558 questions twice. */
    const replies = new Map<string, Reply>();
    beforeAll(async () => {
      questions = ((await import(DEV_SET)) as { questions: Array<{ id: string; q: string }> }).questions;
      store = await openStore({ dataDir: 'memory://' });
      user = await store.upsertUser({ id: 'web:unplaced', channel: 'web' });
      await store.setUserDepartment(user.id, null, true);
      const records = corpus.allRecords() as FormRecord[];
      await store.createForms(
        records.map((record) => ({
          ownerId: user.id,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader' as const,
        })),
      );
      answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }), rowLimit: 5 });
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    it('every question either answers with nothing unplaced, or names what it did not place and answers nothing', async () => {
      const bad: string[] = [];
      for (const { id, q } of questions) {
        const reply = await answer(q, user);
        replies.set(id, reply);
        if (
          reply.unplaced?.length ? !saysUnplaced(reply) : /没有看懂/.test(reply.text ?? '') && !!reply.table
        )
          bad.push(`${id} ${q}: ${reply.text?.slice(0, 80)}`);
      }
      expect(bad).toEqual([]);
    }, 120_000);

    it('a term the store does not know, added to an answered question, is reported and widens nothing', async () => {
      const bad: string[] = [];
      let tried = 0;
      for (const { id, q } of questions) {
        const plain = replies.get(id) ?? (await answer(q, user));
        if (plain.unplaced?.length || !plain.table) continue;
        const term = FOREIGN_TERMS[tried++ % FOREIGN_TERMS.length]!;
        const reply = await answer(`${term}${q}`, user);
        if (!saysUnplaced(reply) || !reply.unplaced!.some((w) => w.includes(term) || term.includes(w)))
          bad.push(`${id} ${term}${q}: ${reply.text?.slice(0, 80)}`);
      }
      expect(tried).toBeGreaterThan(20);
      expect(bad).toEqual([]);
    }, 180_000);
  },
);
