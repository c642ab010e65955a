import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import type { Recipient } from '../../src/channels/channel.ts';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createScheduler } from '../../src/remind/scheduler.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store, User } from '../../src/store/store.ts';
import { createSurveyCommands } from '../../src/survey/commands.ts';
import { loadSurveyConfig } from '../../src/survey/config.ts';
import { createSurveyService } from '../../src/survey/service.ts';
import { sha256 } from '../../src/survey/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { baseRecord } from '../score/fixtures.ts';
import { drivers, title } from '../store/drivers.ts';

/** The owner's reminder through the reminder engine, the close at the end date, and a person's value kept until asked. */

const logger = pino({ level: 'silent' });
const DAY = 86_400_000;

for (const driver of drivers) {
  describeWhen(!driver.skip, `survey service, ${title(driver)}`, () => {
    let store: Store;
    let user: User;
    let now = new Date('2026-12-02T02:00:00Z');
    const clock = () => now;
    const config = { ...loadSurveyConfig({ JIXIAO_SURVEY_PUBLIC_URL: 'https://survey.example.gov.cn' }) };
    const service = () => createSurveyService({ store, check: checkRecord, config, logger, clock });

    beforeAll(async () => {
      store = await driver.open();
      user = await store.upsertUser({ id: 'lark:ou_owner', channel: 'lark' });
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    const newForm = async (blank: boolean) => {
      const record = baseRecord();
      const row = record.indicators[6];
      if (blank && row) {
        row.actual = '';
        row.score = null;
        row.scoreRaw = '';
        record.totalScore = 89.5;
      }
      return store.createForm({
        ownerId: user.id,
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader',
      });
    };
    const answer = (surveyId: string, i: number, overall: number) =>
      store.sql.query(
        `INSERT INTO survey_responses (survey_id, device_hash, ip_hash, answers, created_at) VALUES ($1, $2, $3, $4::jsonb, $5)`,
        [surveyId, sha256(`d${i}`), sha256(`ip${i}`), JSON.stringify({ overall }), now],
      );

    it('reminds the owner before the end with the progress now, through the reminder engine, once', async () => {
      now = new Date('2026-12-02T02:00:00Z');
      const svc = service();
      const form = await newForm(true);
      await svc.start(form, user);
      const [survey] = await svc.surveys.openOf(user.id);
      expect(survey).toBeDefined();
      if (!survey) return;
      await answer(survey.id, 1, 5);
      const sent: { to: Recipient; reply: Reply }[] = [];
      const scheduler = createScheduler({
        sql: store.sql,
        deliver: async (to, reply) => {
          sent.push({ to, reply });
        },
        config: loadRemindConfig({}),
        logger,
        clock,
      });
      await scheduler.tick();
      expect(sent).toEqual([]);
      // Three days before the end (14 days from the start): the T-3 reminder.
      now = new Date(survey.endsAt.getTime() - 3 * DAY + 60_000);
      await scheduler.tick();
      expect(sent).toHaveLength(1);
      expect(sent[0]?.to).toEqual({ channel: 'lark', kind: 'user', id: 'ou_owner' });
      expect(sent[0]?.reply.text).toContain('满意度调查将于');
      expect(sent[0]?.reply.text).toContain('已回收 1 份，目标 50 份');
      expect(sent[0]?.reply.items?.[0]).toBe(`填写链接：https://survey.example.gov.cn/s/${survey.token}`);
      await scheduler.tick();
      expect(sent).toHaveLength(1);
      // Closed before the T-1 reminder: that one is dropped, not sent.
      await svc.close(survey, user.id);
      now = new Date(survey.endsAt.getTime() - DAY + 60_000);
      expect((await scheduler.tick()).cancelled).toBe(1);
      expect(sent).toHaveLength(1);
    });

    it('closes a survey at its end, once, fills the form and tells the owner', async () => {
      now = new Date('2026-12-02T02:00:00Z');
      const svc = service();
      const form = await newForm(true);
      await svc.start(form, user);
      const survey = (await svc.surveys.ofForms([form.formId]))[0];
      if (!survey) throw new Error('no survey');
      for (let i = 0; i < 10; i++) await answer(survey.id, i, i < 9 ? 5 : 1);
      const told: Reply[] = [];
      expect(await svc.closeDue(async (_, r) => void told.push(r))).toBe(0);
      now = new Date(survey.endsAt.getTime() + 1000);
      const [a, b] = await Promise.all([
        svc.closeDue(async (_, r) => void told.push(r)),
        service().closeDue(async (_, r) => void told.push(r)),
      ]);
      expect(a + b).toBe(1);
      expect(told.map((r) => r.text).join('\n')).toContain('回收 10 份，有效 10 份，满意 9 人，满意度 90%');
      expect(told.find((r) => r.attachment)?.attachment?.name).toBe('社区文化活动经费-满意度调查结果.xlsx');
      const after = await store.getForm(form.formId);
      expect(after?.record.indicators[6]?.actual).toBe('90%（有效问卷10份）');
      expect(after?.record.indicators[6]?.score).toBe(10);
      expect(after?.record.totalScore).toBe(99.5);
    });

    it('keeps a value a person wrote, asks, and writes the result only on 采用调查结果', async () => {
      now = new Date('2026-12-02T02:00:00Z');
      const svc = service();
      const commands = createSurveyCommands(svc, {
        getForm: (id) => store.getForm(id),
        listForms: async (u) =>
          (await store.listForms({ ownerId: u.id })).map((f) => ({ id: f.id, projectName: f.projectName })),
      });
      const form = await newForm(false);
      const ctx = { user, currentFormId: form.formId };
      expect(commands.matches('发起满意度调查')).toBe(true);
      const [created] = await commands.command('发起满意度调查', ctx);
      expect(created?.text).toContain('https://survey.example.gov.cn/s/');
      const survey = (await svc.surveys.ofForms([form.formId]))[0];
      if (!survey) throw new Error('no survey');
      for (let i = 0; i < 4; i++) await answer(survey.id, i, i < 3 ? 4 : 2);
      const closed = await commands.command('结束满意度调查 社区文化活动经费', ctx);
      const ask = closed.at(-1);
      expect(ask?.text).toContain('已填写「95%（有效问卷120份）」');
      expect(ask?.text).toContain('没有覆盖原值');
      expect(ask?.buttons?.[0]).toMatchObject({ action: 'survey.apply', value: survey.id });
      expect((await store.getForm(form.formId))?.record.indicators[6]?.actual).toBe('95%（有效问卷120份）');

      const [applied] = await commands.action('survey.apply', survey.id, ctx);
      expect(applied?.text).toContain('实际完成值「75%（有效问卷4份）」');
      const after = await store.getForm(form.formId);
      expect(after?.record.indicators[6]?.actual).toBe('75%（有效问卷4份）');
      expect(after?.byUser).toBe(user.id);
      const changes = await store.getChanges(form.formId);
      expect(changes.find((c) => c.path === 'indicators[6].actual')).toMatchObject({
        oldValue: '95%（有效问卷120份）',
        source: 'survey',
      });
      expect((await commands.command('采用调查结果', ctx))[0]?.text).toContain('没有等待采用');
    });

    it('another user cannot close or apply someone else’s survey', async () => {
      now = new Date('2026-12-02T02:00:00Z');
      const svc = service();
      const form = await newForm(true);
      await svc.start(form, user);
      const survey = (await svc.surveys.ofForms([form.formId]))[0];
      const stranger = await store.upsertUser({ id: 'lark:ou_stranger', channel: 'lark' });
      const commands = createSurveyCommands(svc, {
        getForm: (id) => store.getForm(id),
        listForms: async (u) =>
          (await store.listForms({ ownerId: u.id })).map((f) => ({ id: f.id, projectName: f.projectName })),
      });
      const ctx = { user: stranger, currentFormId: null };
      expect((await commands.action('survey.close', survey?.id, ctx))[0]?.text).toBe(
        '没有找到这个满意度调查。',
      );
      expect((await commands.command('结束满意度调查', ctx))[0]?.text).toContain('没有进行中');
      expect((await commands.command('给「社区文化活动经费」发起满意度调查', ctx))[0]?.text).toContain(
        '没有找到',
      );
      expect((await svc.surveys.get(survey?.id ?? ''))?.status).toBe('open');
    });
  });
}
