import type { Logger } from 'pino';
import type { Reply } from '../bot/messages.ts';
import { fmt } from '../bot/replies.ts';
import type { FormRecord } from '../record/record.ts';
import { dueAt, shanghaiDate } from '../remind/calendar.ts';
import type { CheckResult } from '../score/types.ts';
import { VersionConflict } from '../store/errors.ts';
import type { Store, StoredForm, User } from '../store/store.ts';
import type { SurveyConfig } from './config.ts';
import { evidenceXlsx, surveyEvidence } from './evidence.ts';
import { fillSatisfaction } from './fill.ts';
import { defaultQuestions, METHOD, type Survey, type SurveyResult, tally } from './model.ts';
import { qrPng } from './qr.ts';
import { planSurveyReminders } from './reminders.ts';
import { SurveyStore } from './store.ts';

const DAY = 86_400_000;

export interface SurveyServiceDeps {
  store: Store;
  check: (record: FormRecord) => CheckResult;
  config: SurveyConfig;
  logger: Logger;
  clock?: () => Date;
}

const title = (s: { projectName: string | null }) => `《${s.projectName?.trim() || '未填写项目名称'}》`;

/** Starting, following, closing surveys and writing their result into the form: what the chat and the timer call. */
export function createSurveyService(deps: SurveyServiceDeps) {
  const { store, config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const surveys = new SurveyStore(store.sql);
  const link = (s: Survey) => `${config.publicUrl}/s/${s.token}`;

  function progressLine(s: Survey, responses: number): string {
    return `已回收 ${responses} 份，目标 ${s.targetSample} 份，${s.status === 'open' ? `${shanghaiDate(s.endsAt)} 结束` : '已结束'}`;
  }

  /** The survey's link, QR code, end and target, with what the owner can do next. */
  async function card(s: Survey, lead: string): Promise<Reply> {
    const n = await surveys.count(s.id);
    return {
      title: '满意度调查',
      text: `${lead}\n填写链接：${link(s)}\n${progressLine(s, n)}。`,
      items: [
        ...s.questions.map(
          (q, i) => `第${i + 1}题：${q.text}${q.type === 'scale5' ? '（五级：非常满意…非常不满意）' : ''}`,
        ),
        '请把链接或二维码发给服务对象（无需登录，手机可填；不收集姓名、电话等个人信息）。',
        '可回复：「调查进度」「修改调查问题 1 新的题目」「设置调查截止 2026-12-31」「设置调查目标 80」「生成调查码 30」（限定人群）「结束满意度调查」。',
      ],
      attachment: {
        name: `${s.projectName?.trim() || '项目'}-满意度调查二维码.png`,
        bytes: await qrPng(link(s)),
        mime: 'image/png',
      },
      data: { survey: { id: s.id, url: link(s), endsAt: s.endsAt.toISOString(), target: s.targetSample } },
    };
  }

  /** A new survey of the form, or the one already running (one open survey per form). */
  async function start(form: StoredForm, user: User): Promise<Reply> {
    const running = (await surveys.ofForms([form.formId])).find((s) => s.status === 'open');
    if (running) return card(running, `${title(running)}的满意度调查正在进行中。`);
    const now = clock();
    const s = await surveys.create({
      formId: form.formId,
      projectName: form.record.projectName,
      ownerId: user.id,
      questions: defaultQuestions(form.record.projectName?.trim() || null),
      endsAt: dueAt(shanghaiDate(new Date(now.getTime() + config.days * DAY))),
      targetSample: config.target,
      now,
      publicUrl: config.publicUrl,
    });
    await planSurveyReminders(store.sql, s, config.remindDays, now);
    logger.info({ survey: s.id, formId: form.formId }, 'survey started');
    return card(s, `已为${title(s)}发起满意度调查。`);
  }

  async function progress(list: Survey[]): Promise<Reply> {
    if (list.length === 0)
      return { text: '您目前没有进行中的满意度调查。发送「给「项目名称」发起满意度调查」即可发起。' };
    const rows: string[][] = [];
    for (const s of list)
      rows.push([
        s.projectName ?? '（未填写）',
        String(await surveys.count(s.id)),
        String(s.targetSample),
        shanghaiDate(s.endsAt),
        link(s),
      ]);
    const first = list[0] as Survey;
    return {
      title: '满意度调查进度',
      text:
        list.length === 1
          ? `${title(first)}：${progressLine(first, Number(rows[0]?.[1]))}。`
          : `进行中的满意度调查 ${list.length} 个：`,
      table: { columns: ['项目', '已回收', '目标', '结束日期', '链接'], rows },
    };
  }

  /** Writes the result into the form (re-scored, with provenance); asks first when a person's value is there. */
  async function apply(
    s: Survey,
    result: SurveyResult,
    force: boolean,
    byUser: string | null,
  ): Promise<Reply> {
    if (result.valid === 0) {
      await surveys.setResult(s.id, { ...result, applied: false, held: 'noValid' });
      return { text: `${title(s)}的满意度调查没有有效答卷，自评表没有修改。` };
    }
    for (let attempt = 0; ; attempt++) {
      const form = await store.getForm(s.formId);
      if (!form) {
        await surveys.setResult(s.id, { ...result, applied: false, held: 'noForm' });
        return { text: `${title(s)}的自评表已不存在，调查结果没有填入。` };
      }
      const filled = fillSatisfaction(form, s.id, result, deps.check, force);
      if (filled.kind === 'held') {
        await surveys.setResult(s.id, { ...result, applied: false, held: 'person' });
        return {
          text:
            `${title(s)}的满意度指标已填写「${filled.current}」（不是本调查写入的），调查结果为 ${result.rate}%（有效问卷${result.valid}份）。` +
            '没有覆盖原值。要用调查结果替换，请回复「采用调查结果」或点下面的按钮。',
          buttons: [{ label: '采用调查结果', action: 'survey.apply', value: s.id }],
        };
      }
      try {
        const after = await store.saveVersion({
          formId: form.formId,
          baseVersion: form.version,
          record: filled.record,
          provenance: filled.provenance,
          check: deps.check(filled.record),
          changes: filled.changes,
          source: 'survey',
          byUser,
        });
        await surveys.setResult(s.id, { ...result, applied: true });
        logger.info({ survey: s.id, formId: form.formId, version: after.version }, 'survey result written');
        const row = after.check.score.indicators.find((i) => i.index === filled.row);
        const total = (f: StoredForm) => fmt(f.check.score.total.computed);
        return {
          text:
            `已把结果填入${title(s)}的满意度指标：实际完成值「${filled.actual}」` +
            `${row?.computed !== null && row?.computed !== undefined ? `，得分 ${fmt(row.computed)}` : ''}；` +
            `总分 ${total(form)} → ${total(after)}。回复「导出」可下载带调查证据的 Excel。`,
        };
      } catch (err) {
        // Someone saved the form meanwhile: read it again and decide again.
        if (err instanceof VersionConflict && attempt < 2) continue;
        throw err;
      }
    }
  }

  /** Ends a survey (its owner, or the timer at its end): counts, fills the form, sends the evidence. */
  async function close(s: Survey, byUser: string | null): Promise<Reply[]> {
    if (!(await surveys.close(s.id, clock()))) {
      const now = await surveys.get(s.id);
      return [
        {
          text: `${title(s)}的满意度调查已经结束${now?.result ? `：满意度 ${now.result.rate ?? '—'}%` : ''}。`,
        },
      ];
    }
    const answers = (await surveys.responses(s.id)).map((r) => r.answers);
    const result: SurveyResult = { ...tally(answers), method: METHOD, applied: false };
    const closed = (await surveys.get(s.id)) ?? s;
    const evidence = await evidenceXlsx(await surveyEvidence(surveys, { ...closed, result }));
    const summary: Reply = {
      title: '满意度调查已结束',
      text:
        `${title(s)}的满意度调查已结束：回收 ${result.responses} 份，有效 ${result.valid} 份，满意 ${result.satisfied} 人，` +
        `满意度 ${result.rate ?? '—'}%（满意人数 ÷ 有效调查人数）。`,
      attachment: { name: `${s.projectName?.trim() || '项目'}-满意度调查结果.xlsx`, ...evidence },
      data: { survey: { id: s.id, ...result } },
    };
    return [summary, await apply(closed, result, false, byUser)];
  }

  /** 采用调查结果: the held result written over the person's value, on their word. */
  async function applyHeld(s: Survey, byUser: string): Promise<Reply> {
    if (s.status !== 'closed' || !s.result) return { text: `${title(s)}的满意度调查还没有结束。` };
    if (s.result.applied) return { text: `${title(s)}的调查结果已经填入自评表。` };
    return apply(s, s.result, true, byUser);
  }

  /** A new end: the owner's reminders follow it. */
  async function setEnd(s: Survey, endsAt: Date): Promise<void> {
    await surveys.setEnd(s.id, endsAt);
    await planSurveyReminders(store.sql, { ...s, endsAt }, config.remindDays, clock());
  }

  /** Surveys past their end, closed and their owners told (the serve loop; each closed once across replicas). */
  async function closeDue(notify: (ownerId: string, reply: Reply) => Promise<void>): Promise<number> {
    let closed = 0;
    for (const s of await surveys.due(clock())) {
      const replies = await close(s, null);
      if (replies.length < 2) continue; // another replica closed it first
      closed++;
      for (const r of replies)
        await notify(s.ownerId, r).catch((err: unknown) =>
          logger.warn({ err, survey: s.id }, 'survey result not delivered'),
        );
    }
    return closed;
  }

  return { surveys, link, start, card, progress, close, applyHeld, setEnd, closeDue };
}

export type SurveyService = ReturnType<typeof createSurveyService>;
