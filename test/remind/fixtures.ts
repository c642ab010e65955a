/** Shared fixtures of the reminder tests: a seeded store, a recording outbox, a fake clock. */
import pino from 'pino';
import type { Reply } from '../../src/bot/messages.ts';
import type { Recipient } from '../../src/channels/channel.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { loadRemindConfig } from '../../src/remind/config.ts';
import type { Deliver } from '../../src/remind/scheduler.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';

export const logger = pino({ level: 'silent' });
export const config = loadRemindConfig({});
/** Self-evaluation of 2025 is due 2026-03-31: pushes on 03-17, 03-24 and 03-30 at 01:30 UTC. */
export const PLAN_AT = new Date('2026-03-12T00:00:00Z');
export const T14 = new Date('2026-03-17T01:30:00Z');
export const T7 = new Date('2026-03-24T01:30:00Z');
export const MINUTE = 60_000;

/** A real sink: records what reached each recipient. */
export class Outbox {
  readonly sent: { to: Recipient; reply: Reply }[] = [];
  deliver: Deliver = async (to, reply) => {
    this.sent.push({ to, reply });
  };
  keys() {
    return this.sent.map((s) => `${s.to.channel}:${s.to.kind}:${s.to.id}`);
  }
}

export function formWithGaps(project: string, department: string): FormRecord {
  const r = emptyRecord();
  r.year = 2025;
  r.projectName = project;
  r.department = department;
  r.funds.total.annualBudget = { raw: '100', value: 100 };
  r.funds.total.executed = { raw: '90', value: 90 };
  return r;
}

export async function seed(store: Store, users: number) {
  for (let i = 0; i < users; i++) {
    const id = `lark:ou_${i}`;
    await store.upsertUser({ id, channel: 'lark' });
    const r = formWithGaps(`项目${i}`, i % 2 ? '甲局' : '乙局');
    await store.setUserDepartment(id, r.department); // where a form counts is the uploader's binding
    await store.createForm({
      ownerId: id,
      record: r,
      provenance: {},
      check: checkRecord(r),
      source: 'reader',
    });
  }
  await store.sql.query(
    `INSERT INTO department_groups (dept_key, department, channel, group_id) VALUES ('甲局', '甲局', 'lark', 'oc_jia')`,
  );
}

export function clockAt(start: Date) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (d: Date) => (now = d.getTime()),
    add: (ms: number) => (now += ms),
  };
}

export const counts = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};
