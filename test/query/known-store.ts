import pino from 'pino';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';

/** An in-memory store holding the given records, owned by one administrator, and the question answerer over it. */
export async function adminStoreOf(userId: string, records: FormRecord[]) {
  const store = await openStore({ dataDir: 'memory://' });
  const user = await store.upsertUser({ id: userId, channel: 'web' });
  await store.setUserDepartment(user.id, null, true);
  await store.createForms(
    records.map((record) => ({
      ownerId: user.id,
      record,
      provenance: {},
      check: checkRecord(record),
      source: 'reader' as const,
    })),
  );
  const answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
  return { store, user, answer };
}
