/**
 * Yes/no questions answered through the question hook (yes-no.ts, answer.ts): 是 / 否 for a named project with the
 * evidence shown, 有 / 没有 for the portfolio — never a bare list nor "没有符合条件的项目" for a project that exists.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store, User } from '../../src/store/store.ts';
import { corpus } from '../helpers/corpus.ts';

describe('yes/no questions through the question hook', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  let withPhone: FormRecord;
  let withoutPhone: FormRecord;

  beforeAll(async () => {
    const records = (corpus.allRecords() as FormRecord[]).filter(
      (r) => r.phone && r.projectName && r.projectName.replace(/\s+/g, '').length >= 6,
    );
    // Two projects of our own naming: one with its phone, one with the phone taken out.
    withPhone = { ...structuredClone(records[0]!), projectName: '山区防火巡护补助' };
    withoutPhone = { ...structuredClone(records[1]!), projectName: '乡村公路养护补贴', phone: null };
    store = await openStore({ dataDir: 'memory://' });
    user = await store.upsertUser({ id: 'web:yesno', channel: 'web' });
    await store.setUserDepartment(user.id, null, true);
    await store.createForms(
      [withPhone, withoutPhone].map((record) => ({
        ownerId: user.id,
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader' as const,
      })),
    );
    answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('a filled field: 是, with the value', async () => {
    const reply = await answer('山区防火巡护补助的联系电话填了没有', user);
    expect(reply.text).toMatch(/「山区防火巡护补助」（\d{4}年）是：联系电话 /);
    expect(reply.text).toContain(String(withPhone.phone).trim().slice(0, 4));
    expect(reply.table?.rows).toHaveLength(1);
  });

  it('an empty field: 否 when asked whether it is filled, 是 when asked whether it is empty', async () => {
    const filled = await answer('乡村公路养护补贴有没有填联系电话', user);
    expect(filled.text).toMatch(/「乡村公路养护补贴」（\d{4}年）否：联系电话 （未填）/);
    expect(filled.table?.rows).toHaveLength(1);
    const blank = await answer('乡村公路养护补贴的联系电话是不是空的', user);
    expect(blank.text).toMatch(/「乡村公路养护补贴」（\d{4}年）是：联系电话 （未填）/);
  });

  it('about the portfolio: 有 with how many, or 没有', async () => {
    expect((await answer('有没有联系电话没填的项目', user)).text).toContain('有，共 1 项。');
    expect((await answer('有没有总分低于1分的项目', user)).text).toContain('没有。');
  });
});
