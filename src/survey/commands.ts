import type { Reply, ReplyButton } from '../bot/messages.ts';
import type { Evidence } from '../export/xlsx.ts';
import { dueAt, shanghaiDate } from '../remind/calendar.ts';
import type { StoredForm, User } from '../store/store.ts';
import { surveyEvidence } from './evidence.ts';
import { satisfactionRow } from './fill.ts';
import type { Survey } from './model.ts';
import type { SurveyService } from './service.ts';

/** The survey commands of every chat (the bot routes them here) and the button under a form without a survey result. */

export interface SurveyContext {
  user: User;
  /** The form the conversation is about (being filled, or last shown). */
  currentFormId: string | null;
}

export const SURVEY_ACTIONS = {
  start: 'survey.start',
  apply: 'survey.apply',
  close: 'survey.close',
} as const;

const QUOTES = /^[「《“"『【\s]+|[」》”"』】\s]+$/g;
const clean = (name: string | undefined) => (name ?? '').replace(QUOTES, '').replace(/项目$/, '').trim();
const compact = (s: string) => s.replace(/\s+/g, '');

const START_FOR =
  /^(?:请|帮我|麻烦)?(?:给|为|对)\s*(.+?)\s*(?:发起|开展|开始|创建|做)(?:一[个次份])?满意度(?:问卷)?调查$/;
const START = /^(?:发起|开展|开始|创建)(?:一[个次份])?满意度(?:问卷)?调查(?:[:：\s]+(.+))?$/;
const PROGRESS = /^(?:查看)?(?:满意度)?调查(?:进度|情况|进展)(?:[:：\s]+(.+))?$/;
const CLOSE = /^(?:结束|关闭|停止)(?:满意度)?调查(?:[:：\s]*(.+))?$/;
const APPLY = /^采用调查结果$/;
const EDIT = /^修改调查问题\s*第?\s*(\d+)\s*题?\s*[:：]?\s*(.+)$/s;
const ADD = /^(?:增加|添加)调查问题\s*[:：]?\s*(.+)$/s;
const END =
  /^(?:设置|修改)?调查(?:截止|结束)(?:日期)?\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const TARGET = /^(?:设置|修改)?调查目标(?:样本)?\s*[:：]?\s*(\d+)\s*份?$/;
const CODES = /^生成调查码\s*[:：]?\s*(\d+)\s*(?:个|份)?$/;
const ALL = [START_FOR, START, PROGRESS, CLOSE, APPLY, EDIT, ADD, END, TARGET, CODES];

const MAX_QUESTIONS = 10;
const MAX_QUESTION_CHARS = 200;
const MAX_CODES = 2000;

const norm = (text: string) => text.trim().replace(/[。！!]+$/, '');

/** Where the commands find forms: the store, as the user may see it. */
export interface FormLookup {
  getForm(id: string): Promise<StoredForm | null>;
  /** The forms this user may act on (their own; every form for an admin), latest first. */
  listForms(user: User): Promise<{ id: string; projectName: string | null }[]>;
}

export function createSurveyCommands(service: SurveyService, deps: FormLookup) {
  const { surveys } = service;
  {
    /** A form this user may act on: their own, or any for an admin. */
    async function formFor(user: User, id: string | null | undefined): Promise<StoredForm | null> {
      if (!id) return null;
      const form = await deps.getForm(id);
      return form && (form.ownerId === user.id || user.isAdmin) ? form : null;
    }

    /** The user's project named `name`: the same name (spaces aside) first, else the one project containing it. */
    async function formNamed(user: User, name: string): Promise<StoredForm | StoredForm[] | null> {
      const listed = await deps.listForms(user);
      const key = compact(name);
      const exact = listed.filter((f) => compact(f.projectName ?? '') === key);
      const partial =
        exact.length > 0 ? exact : listed.filter((f) => compact(f.projectName ?? '').includes(key));
      const names = new Set(partial.map((f) => compact(f.projectName ?? '')));
      if (names.size > 1) {
        const forms = await Promise.all(partial.slice(0, 5).map((f) => formFor(user, f.id)));
        return forms.filter((f): f is StoredForm => !!f);
      }
      // Several forms of one project (years, uploads): the latest one.
      return partial[0] ? formFor(user, partial[0].id) : null;
    }

    /** The open surveys a command is about: the user's own, narrowed by a project name when given. */
    async function openSurveys(user: User, name: string): Promise<Survey[]> {
      let list = await surveys.openOf(user.id);
      if (name) {
        const key = compact(name);
        list = list.filter((s) => compact(s.projectName ?? '').includes(key));
        if (list.length === 0) {
          const form = await formNamed(user, name);
          if (form && !Array.isArray(form))
            list = (await surveys.ofForms([form.formId])).filter((s) => s.status === 'open');
        }
      }
      return list;
    }

    /** One survey for a command, or the reply that says why not. */
    async function oneSurvey(user: User, name: string, verb: string): Promise<Survey | Reply> {
      const list = await openSurveys(user, name);
      if (list.length === 1) return list[0] as Survey;
      if (list.length === 0)
        return { text: name ? `没有找到「${name}」进行中的满意度调查。` : '您目前没有进行中的满意度调查。' };
      return {
        text: `您有 ${list.length} 个进行中的满意度调查，请注明项目，例如「${verb} ${list[0]?.projectName ?? '项目名称'}」。`,
        items: list.map((s) => s.projectName ?? '（未填写项目名称）'),
      };
    }

    async function start(ctx: SurveyContext, name: string): Promise<Reply[]> {
      if (name) {
        const found = await formNamed(ctx.user, name);
        if (!found)
          return [
            {
              text: `没有找到名为「${name}」的项目。请先上传该项目的自评表，或回复「列表」查看已上传的项目。`,
            },
          ];
        if (Array.isArray(found))
          return [
            {
              text: `有 ${found.length} 个项目的名称包含「${name}」，请写出完整的项目名称：`,
              items: found.map((f) => f.record.projectName ?? '（未填写）'),
            },
          ];
        return [await service.start(found, ctx.user)];
      }
      const form = await formFor(ctx.user, ctx.currentFormId);
      if (!form) return [{ text: '请说明为哪个项目发起，例如「给「社区文化活动经费」发起满意度调查」。' }];
      return [await service.start(form, ctx.user)];
    }

    async function command(text: string, ctx: SurveyContext): Promise<Reply[]> {
      const t = norm(text);
      let m: RegExpExecArray | null;
      m = START_FOR.exec(t);
      if (m) return start(ctx, clean(m[1]));
      m = START.exec(t);
      if (m) return start(ctx, clean(m[1]));
      m = PROGRESS.exec(t);
      if (m) return [await service.progress(await openSurveys(ctx.user, clean(m[1])))];
      if (APPLY.test(t)) {
        const held = (await surveys.ofForms((await deps.listForms(ctx.user)).map((f) => f.id))).find(
          (s) => s.status === 'closed' && s.result && !s.result.applied && s.result.held === 'person',
        );
        return [held ? await service.applyHeld(held, ctx.user.id) : { text: '没有等待采用的调查结果。' }];
      }
      m = CLOSE.exec(t);
      if (m) {
        const s = await oneSurvey(ctx.user, clean(m[1]), '结束满意度调查');
        return 'id' in s ? service.close(s, ctx.user.id) : [s];
      }
      m = EDIT.exec(t) ?? ADD.exec(t);
      if (m) {
        const adding = m.length === 2;
        const s = await oneSurvey(ctx.user, '', adding ? '增加调查问题' : '修改调查问题');
        if (!('id' in s)) return [s];
        const questionText = (adding ? m[1] : m[2])?.trim() ?? '';
        if (!questionText || questionText.length > MAX_QUESTION_CHARS)
          return [{ text: `问题不能为空，也不能超过 ${MAX_QUESTION_CHARS} 字。` }];
        const questions = s.questions.map((q) => ({ ...q }));
        if (adding) {
          if (questions.length >= MAX_QUESTIONS) return [{ text: `问卷最多 ${MAX_QUESTIONS} 题。` }];
          questions.push({
            id: `q${questions.length + 1}`,
            type: 'text',
            text: questionText,
            optional: true,
          });
        } else {
          const q = questions[Number(m[1]) - 1];
          if (!q) return [{ text: `问卷只有 ${questions.length} 题，请写题号 1–${questions.length}。` }];
          q.text = questionText;
        }
        if (!(await surveys.setQuestions(s.id, questions)))
          return [{ text: '已经有人填写，问卷不能再改（改了前后答卷就不可比）。' }];
        return [await service.card({ ...s, questions }, '问卷已修改。')];
      }
      m = END.exec(t);
      if (m) {
        const s = await oneSurvey(ctx.user, '', '设置调查截止');
        if (!('id' in s)) return [s];
        const date = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
        const endsAt = dueAt(date);
        if (Number.isNaN(endsAt.getTime()) || shanghaiDate(endsAt) !== date)
          return [{ text: `「${date}」不是有效的日期。` }];
        if (endsAt <= new Date()) return [{ text: '截止日期要在今天或之后。' }];
        await service.setEnd(s, endsAt);
        return [
          { text: `已把${s.projectName ? `《${s.projectName}》` : ''}满意度调查的截止日期改为 ${date}。` },
        ];
      }
      m = TARGET.exec(t);
      if (m) {
        const s = await oneSurvey(ctx.user, '', '设置调查目标');
        if (!('id' in s)) return [s];
        const n = Number(m[1]);
        if (n < 1 || n > 100_000) return [{ text: '目标样本要在 1 到 100000 份之间。' }];
        await surveys.setTarget(s.id, n);
        return [{ text: `已把目标样本改为 ${n} 份（已回收 ${await surveys.count(s.id)} 份）。` }];
      }
      m = CODES.exec(t);
      if (m) {
        const s = await oneSurvey(ctx.user, '', '生成调查码');
        if (!('id' in s)) return [s];
        const n = Number(m[1]);
        if (n < 1 || n > MAX_CODES) return [{ text: `一次可生成 1 到 ${MAX_CODES} 个调查码。` }];
        const codes = await surveys.addCodes(s.id, n);
        return [
          {
            title: '一次性调查码',
            text: `已生成 ${n} 个一次性调查码：从现在起，填写时需要输入调查码，每个码只能用一次。请逐一发给调查对象（本消息之后不再显示）。`,
            items: codes,
          },
        ];
      }
      return [];
    }

    async function action(id: string, value: string | undefined, ctx: SurveyContext): Promise<Reply[]> {
      if (id === SURVEY_ACTIONS.start) {
        const form = await formFor(ctx.user, value ?? ctx.currentFormId);
        return [form ? await service.start(form, ctx.user) : { text: '没有找到这个项目。' }];
      }
      const s = value ? await surveys.get(value) : null;
      const form = s ? await formFor(ctx.user, s.formId) : null;
      if (!s || (!form && s.ownerId !== ctx.user.id)) return [{ text: '没有找到这个满意度调查。' }];
      if (id === SURVEY_ACTIONS.apply) return [await service.applyHeld(s, ctx.user.id)];
      return service.close(s, ctx.user.id);
    }

    /** 发起满意度调查 under a form without a survey result: no 满意度 row, a blank one, or one marked not surveyed. */
    function button(form: StoredForm): ReplyButton | null {
      const row = satisfactionRow(form.record);
      const lacking =
        row < 0 ||
        (form.record.indicators[row]?.actual ?? '').trim() === '' ||
        form.check.findings.some((f) =>
          ['SATISFACTION_MISSING', 'SATISFACTION_NOT_SURVEYED'].includes(f.code),
        );
      return lacking ? { label: '发起满意度调查', action: SURVEY_ACTIONS.start, value: form.formId } : null;
    }

    /** The evidence of every survey with answers, per form (the export attaches it). */
    async function evidence(formIds: string[]): Promise<Map<string, Evidence[]>> {
      const out = new Map<string, Evidence[]>();
      for (const s of await surveys.ofForms(formIds)) {
        if ((await surveys.count(s.id)) === 0) continue;
        out.set(s.formId, [...(out.get(s.formId) ?? []), await surveyEvidence(surveys, s)]);
      }
      return out;
    }

    return {
      matches: (text: string) => ALL.some((re) => re.test(norm(text))),
      handles: (actionId: string) => Object.values(SURVEY_ACTIONS).includes(actionId as never),
      command,
      action,
      button,
      evidence,
    };
  }
}

export type SurveyHook = ReturnType<typeof createSurveyCommands>;
