import type { Logger } from 'pino';
import { senderUserId } from '../directory/identity.ts';
import { AppError, FormUnreadable, userMessageOf } from '../errors.ts';
import type { Evidence } from '../export/xlsx.ts';
import {
  kindOf,
  parseAnswer as parseAnswerByRules,
  parseAnswerWithLlm,
  VAGUE_AMOUNT,
} from '../extract/answers.ts';
import type { ReadResult } from '../ingest/document.ts';
import type { ReadOptions } from '../ingest/read-document.ts';
import type { StructuredLlm } from '../llm/client.ts';
import { type QuestionChat, recentQuestion } from '../query/context.ts';
import type { FormRecord, Indicator, Provenance } from '../record/record.ts';
import type { CheckResult } from '../score/types.ts';
import type { FieldChange, Store, StoredForm, User } from '../store/store.ts';
import type { SurveyHook } from '../survey/commands.ts';
import type { AnswerUpdate, AskedField, ParseAnswer } from './answers.ts';
import { KeyedQueue } from './chat-queue.ts';
import { namedFields } from './correction.ts';
import { type DialogueState, initialState, nextQuestion, pendingFields, type UndoStep } from './dialogue.ts';
import { FIELD_WORDS_LONGEST_FIRST } from './field-words.ts';
import {
  appendIndicator,
  convertAnswer,
  type FieldInfo,
  fieldInfo,
  getPath,
  named,
  setPath,
  showValue,
} from './fields.ts';
import {
  asksAtLaterTime,
  classifyIntent,
  fold,
  isChitchat,
  isCorrection,
  isQuestion,
  isUndo,
  looksAtSomething,
} from './intent.ts';
import { type Unused, unusedValues } from './leftover.ts';
import type { ChatRef, IncomingMessage, Reply } from './messages.ts';
import { pickForm, pickShape } from './pick-form.ts';
import { ambiguousAmount, implausible } from './plausible.ts';
import {
  ACTIONS,
  type ActionId,
  breakdownReply,
  changesReply,
  doneReply,
  fieldHelpText,
  helpReply,
  issuesReply,
  listReply,
  projectTitle,
  questionReply,
  unsupportedReply,
  uploadSummaryReply,
} from './replies.ts';
import { scoreFromWords } from './score-words.ts';
import { asksAboutThisForm } from './this-form.ts';
import { looksLike } from './wrong-kind.ts';

/** What a channel gives the bot for one message. */
export interface BotIo {
  reply(reply: Reply): Promise<void>;
  /** The bytes of `msg.file`. */
  download(): Promise<Uint8Array>;
}

export type ReadDocument = (bytes: Uint8Array, options?: ReadOptions) => Promise<ReadResult>;
export type CheckRecord = (record: FormRecord) => CheckResult;
/** Portfolio questions (`src/query/`): "通州区2023年有几个项目低于80分？" */
/** `chat`: the conversation's previous question and where to keep this one, so a follow-up can be read against it. */
/** One reply, or one per ask of a message with several (一共多少个项目，总预算多少). */
export type AnswerQuestion = (text: string, user: User, chat?: QuestionChat) => Promise<Reply | Reply[]>;
/** Reminder commands (`src/remind/`): deadlines, subscriptions. */
export type RemindersHook = (text: string, user: User, chat: ChatRef) => Promise<Reply>;
/** Renders forms as an annotated workbook (`src/export/`). */
export type ExportForms = (
  forms: {
    record: FormRecord;
    check: CheckResult;
    changes?: { path: string; oldValue: unknown }[];
    evidence?: Evidence[];
  }[],
) => Promise<{ bytes: Uint8Array; mime: string }>;

export interface BotDeps {
  store: Store;
  readDocument: ReadDocument;
  check: CheckRecord;
  logger: Logger;
  clock?: () => Date;
  /** Reads answers the rules cannot (the long tail); without it answers are read by rules only. */
  llm?: StructuredLlm | null;
  /** Overrides how answers are read (default: src/extract/answers.ts, with `llm` when given). */
  parseAnswer?: ParseAnswer;
  answerQuestion?: AnswerQuestion;
  reminders?: RemindersHook;
  exportForms?: ExportForms;
  /** Satisfaction surveys (`src/survey/`): their commands, buttons, and the evidence attached to exports. */
  surveys?: Pick<SurveyHook, 'matches' | 'handles' | 'command' | 'action' | 'button' | 'evidence'>;
  /** User ids with admin rights from config (`JIXIAO_ADMINS`, `jixiao chat --admin`), besides `users.is_admin`. */
  admins?: ReadonlySet<string>;
  /** A display name where the event carries none (Lark: contact API); asked only while the user has no name. */
  senderName?: (msg: IncomingMessage) => Promise<string | null>;
  /** In group chats, answer only when @-mentioned (default true). */
  groupRequiresMention?: boolean;
  /** How long event ids are remembered for dedup (default 24 h; Lark retries for 7.1 h). */
  eventTtlHours?: number;
}

export interface Bot {
  /** Deduplicates, queues per chat, processes; resolves when this message is done. Never throws. */
  handle(msg: IncomingMessage, io: BotIo): Promise<void>;
  /**
   * Claims the event id and queues the message; resolves as soon as it is safe to ack the platform (`done` settles
   * after processing). `accepted` is false for a duplicate.
   */
  accept(msg: IncomingMessage, io: BotIo): Promise<{ accepted: boolean; done: Promise<void> }>;
  /** Waits for everything queued (shutdown). */
  drain(): Promise<void>;
}

/** An export asked in words with nothing but the form pointed at (a portfolio question with 导出 names projects). */
/** A greeting and thanks among the chit-chat a message may be (isChitchat), answered in kind. */
/** Making a figure up: 随便编个, 瞎填一个, 编造, 凑个数 (编制 / 编号 are other words). */
const MAKE_UP =
  /(?:随便|随手|瞎|乱|胡乱)(?:给|帮我|帮忙)?(?:编|填|写|凑|造)|编(?:造|个|一个|点)|捏造|伪造|造假|凑个数/u;
/** …asked of the bot (你, 帮我, 填上去, 得了), not a question about forms filled carelessly (乱填的表有哪些). */
const ASKED_OF_BOT = /你|帮我|给我|替我|填上|填进|写上|写进|填到|得了|算了|吧/u;
const asksToMakeUp = (text: string) => MAKE_UP.test(text) && ASKED_OF_BOT.test(text);
/** The request is quoted back before it (what was refused), then why and what to do instead. */
const MADE_UP_REFUSED =
  '：不能替您编造或随意填写表上的数。自评表的数据要以实际情况为准（满意度要有调查依据）。实际没有做的，请如实填「未做」并说明原因。表上的数没有改动。要查询项目情况可以直接提问。';

const GREETING = /你好|您好|早上好|上午好|下午好|晚上好|在吗|在不在|\bhi\b|\bhello\b/iu;
const THANKS = /谢|感谢|thank/iu;

const EXPORT_THIS =
  /^(?:请|麻烦|麻烦你|帮我|帮忙|给我|你|能不能|可以)*(?:把|将)?(?:这张表|这个表|这份表|这张自评表|这张|这个|它|表格|表|结果|检查结果|改好的表)?(?:帮我|给我)?(?:导出|下载)(?:一下|下|来|出来|一份)?(?:成|为|到)?(?:excel|xlsx|表格|文件|一份|个excel|excel表格?)?(?:吧|呗|啊|呀|哈|吗)?[。！!~～？?]*$/iu;
const COMMANDS: [RegExp, ActionId][] = [
  [/^(帮助|help|\/help|\/start|使用说明|\?|？)$/i, ACTIONS.help],
  [/^(重新开始|\/reset|取消)$/i, ACTIONS.reset],
  [/^(跳过|\/skip)$/i, ACTIONS.skip],
  [/^(撤销|撤回|撤消|undo|\/undo|还原|改回去|改回来|恢复原值)[。！!]?$/i, ACTIONS.undo],
  [/^(列表|我的项目|项目列表|\/list)$/i, ACTIONS.list],
  [/^(导出|导出excel|\/export)$/i, ACTIONS.export],
  // 帮我导出 / 把这张表导出来 / 导出一下excel / 下载表格: the form of this conversation, nothing named to select projects.
  [EXPORT_THIS, ACTIONS.export],
  [/^(查看全部问题|全部问题|问题)$/, ACTIONS.issues],
  [/^(逐项补全|补全|开始补全)$/, ACTIONS.fill],
];
/** English labels before a value (owner 是王丽, phone: 80856942, tel is 0812-1234567) → the form's own labels. */
const ENGLISH_LABELS: [RegExp, string][] = [
  [
    /^(?:the\s+)?(?:project\s+)?(?:owner|contact person|person in charge)\s*[，,]?\s*(?:is|是|为|[:：])\s*/i,
    '负责人是',
  ],
  [
    /^(?:the\s+)?(?:tele)?(?:phone|tel|mobile)(?:\s+(?:number|no\.?))?\s*[，,]?\s*(?:is|是|为|[:：])\s*/i,
    '电话是',
  ],
];
function englishLabelled(text: string): string {
  for (const [re, label] of ENGLISH_LABELS) if (re.test(text)) return text.replace(re, label);
  return text;
}
/** A why about something on the form: 怎么回事 / 为什么 / 哪里不对 / 有什么问题. */
const WHY_ASKED =
  /怎么回事|咋回事|为什么|为啥|为何|什么问题|啥问题|哪里不对|哪儿不对|错在哪|不对吗|有问题吗|什么情况|啥情况|why\b/i;
/** Words of a portfolio question: a why about projects, places or offices is not about this form. */
const ABOUT_PROJECTS = /项目|事项|街道|部门|单位|哪些|几个|各|所有|全部|projects?\b/i;
const REMINDER_WORDS = /提醒|截止|期限|deadline/i;
/**
 * 没有错误但有提醒的表 / 截止前还没交的项目有哪些: the word names a check's warning or a date inside a question of the
 * forms — the portfolio's to answer (it had been given the reminder commands' help).
 */
const ASKS_OF_FORMS = /的(?:表格?|自评表|报表|项目|指标)|(?:表|项目)(?:有|是)?(?:哪|几|多少)/u;
/** Commands of the hooks that win even over an open question (an answer rarely starts like this). */
const REMINDER_COMMAND =
  /^(我的提醒|查看提醒|提醒列表|推迟提醒|延后提醒|暂停提醒|停止提醒|恢复提醒|截止日期|设置截止日期|设置提醒群)/;
const QUESTION_COMMAND = /^(绑定部门|待确认|确认归属)/;
const MAX_BREAKDOWNS = 5;
/** How many writes back 「撤销」 can go, one at a time. */
const MAX_UNDO = 5;
/** The undo chain cut to `depth` steps (the oldest dropped). */
function trimUndo(step: UndoStep, depth: number): UndoStep | undefined {
  if (depth <= 0) return undefined;
  const previous = step.previous ? trimUndo(step.previous, depth - 1) : undefined;
  const { previous: _drop, ...rest } = step;
  return previous ? { ...rest, previous } : rest;
}
/** "That was wrong": a correction of the value just written. */
const CORRECTION = /^(不对|错了|不是|填错了?|写错了?|搞错了?|弄错了?|有误|不正确|应该是|应为|改成|改为)/;
/** "继续" with no question open: back to filling the form of this conversation. */
const RESUME_FILLING =
  /^(?:好了?|好的|那|我们|咱们|可以)?(?:继续|接着)(?:填|补|补全|填表|来)?(?:吧|了)?[。！!]?$/;
const PASTED_FORM_NAME = '粘贴的表格.txt';
/** Replies that only make sense while a question is open: with none open they are acknowledged. */
const NOTHING_TO_DO = new Set(['keep', 'later', 'skip', 'affirm', 'confirm', 'notDone']);
/** The user named the field the value is for ("负责人是王某", "联系人：…"). */
const NAMED_FIELD = /(?:负责人|联系人|姓名|名字)\s*(?:是|为|叫|[:：])/;
/** The clerk named an office field before its value (「实施单位是…」): an unusual office name is then taken. */
const NAMED_OFFICE = /(?:主管部门|实施单位|部门|单位)(?:名称|全称)?\s*(?:是|为|叫|写|填|[:：])/;
const OFFICE_PATHS = new Set(['department', 'implementingUnit']);
/** Was the value of `path` given after its field's name? */
const labelledFor = (path: string, text: string) =>
  (OFFICE_PATHS.has(path) ? NAMED_OFFICE : NAMED_FIELD).test(text);
/** "None" as a whole reply. */
const NONE = /^(?:没有|无|没|没有的?|暂无)[。.！!]?$/;
/** Which field types a left-over value of each shape (src/bot/wrong-kind.ts) can go to; a bare number none. */
const SHAPE_KINDS: Record<string, string[]> = {
  电话号码: ['phone'],
  人名: ['name'],
  金额: ['amount'],
  百分比: ['percent', 'satisfaction'],
  年份: ['year'],
  日期: ['date'],
  分数: ['number'],
  单位名称: ['org'],
};
/** The header field a value of that shape would replace, named when it is not used. */
const SAME_KIND_FIELD: Record<string, string> = {
  电话号码: 'phone',
  人名: 'owner',
  单位名称: 'department',
  年份: 'year',
};
/** A label to show in "请写明是哪一项，例如「…是 X」" for a value of that shape. */
const EXAMPLE_LABEL: Record<string, string> = {
  金额: '全年执行数',
  百分比: '执行率',
  分数: '总分',
  日期: '完成时间',
};
const bare = (label: string | undefined) =>
  (label ?? '')
    .split('·')
    .at(-1)
    ?.replace(/^「[^」]*」/, '') ?? '';
const isBlank = (v: unknown) =>
  v === null || v === undefined || v === '' || (typeof v === 'object' && 'raw' in v && !v.raw);

interface AnswerOptions {
  resume?: string[];
  replaced?: string | undefined;
  given?: AnswerUpdate[];
  chain?: UndoStep;
  lead?: string;
}

/** "还剩几项？": how many fields are still to be filled, and which (the first few). */
function remainingText(pending: { label: string }[]): string {
  const shown = pending.slice(0, 6).map((p) => named(p.label));
  const more = pending.length > shown.length ? ` 等` : '';
  return `还差 ${pending.length} 项：${shown.join('、')}${more}。表格没有改动，我们接着填：`;
}

/** A pasted form, not a chat line: it has the form's labels (labels may be split over lines, 绩\n效\n指\n标). */
export function looksLikeForm(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact.includes('项目名称') && /绩效指标|一级指标|三级指标/.test(compact) && compact.length > 60;
}

const chatKey = (chat: ChatRef) => `${chat.channel}:${chat.chatId}`;
const conversationKey = (msg: IncomingMessage) =>
  msg.chat.isGroup ? `${chatKey(msg.chat)}:${msg.sender.id}` : chatKey(msg.chat);

/** The conversation engine: platform-neutral, every dependency injected. */
export function createBot(deps: BotDeps): Bot {
  const { store, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const { llm } = deps;
  const parseAnswer: ParseAnswer =
    deps.parseAnswer ??
    (llm ? async (text, asked) => (await parseAnswerWithLlm(text, asked, llm)).updates : parseAnswerByRules);
  // Lark retries for 7.1 h: never forget an event id sooner than 12 h.
  const ttlMs = Math.max(12, deps.eventTtlHours ?? 24) * 3_600_000;
  const queue = new KeyedQueue();
  let lastPurge = 0;

  /** At most hourly; a failed purge only delays forgetting. */
  async function purgeOldEvents() {
    const now = clock().getTime();
    if (now - lastPurge < 3_600_000) return;
    lastPurge = now;
    await store
      .purgeEvents(new Date(now - ttlMs))
      .catch((err: unknown) => logger.warn({ err }, 'event purge failed'));
  }

  async function process(msg: IncomingMessage, io: BotIo): Promise<void> {
    const log = logger.child({ channel: msg.chat.channel, eventId: msg.eventId });
    try {
      await new Conversation(msg, io, log).run();
    } catch (err) {
      log.error({ err }, 'message failed');
      await io
        .reply({ text: userMessageOf(err) })
        .catch((replyErr: unknown) => log.error({ err: replyErr }, 'error reply failed'));
    }
  }

  /** One message in one conversation: loads the dialogue state, acts, saves the state. */
  class Conversation {
    user!: User;
    state: DialogueState = initialState();
    revision = 0;
    readonly key: string;

    constructor(
      readonly msg: IncomingMessage,
      readonly io: BotIo,
      readonly log: Logger,
    ) {
      this.key = conversationKey(msg);
    }

    async run() {
      const { msg } = this;
      let user = await store.upsertUser({
        id: await senderUserId(store.sql, msg),
        channel: msg.chat.channel,
        name: msg.sender.name ?? null,
      });
      if (!user.name && deps.senderName) {
        const name = await deps.senderName(msg).catch(() => null);
        if (name) user = await store.upsertUser({ id: user.id, channel: user.channel, name });
      }
      this.user = { ...user, isAdmin: user.isAdmin || !!deps.admins?.has(user.id) };
      const saved = await store.getConversation<DialogueState>(this.key);
      if (saved) {
        this.state = { ...initialState(), ...saved.state };
        this.revision = saved.revision;
      }
      const before = JSON.stringify(this.state);
      try {
        await this.route();
      } finally {
        if (JSON.stringify(this.state) !== before) {
          this.revision = (await store.saveConversation(this.key, this.state, this.revision)).revision;
        }
      }
    }

    reply(reply: Reply) {
      return this.io.reply(reply);
    }

    async replyAll(replies: Reply[]) {
      for (const r of replies) await this.reply(r);
    }

    /** What the survey commands need to know of this conversation. */
    surveyContext() {
      return { user: this.user, currentFormId: this.state.formId ?? this.state.lastForms[0] ?? null };
    }

    async route() {
      const { msg } = this;
      if (msg.action && deps.surveys?.handles(msg.action.id))
        return this.replyAll(
          await deps.surveys.action(msg.action.id, msg.action.value, this.surveyContext()),
        );
      if (msg.action) return this.act(msg.action.id as ActionId, msg.action.value);
      if (msg.file) {
        const file = msg.file;
        return this.upload(file.name, () => this.io.download(), file.mime ?? null);
      }
      if (msg.unsupported) return this.reply(unsupportedReply(msg.unsupported));
      const text = msg.text?.trim();
      if (!text) return;
      const command = COMMANDS.find(([re]) => re.test(text));
      if (command) return this.act(command[1]);
      if (deps.surveys?.matches(text))
        return this.replyAll(await deps.surveys.command(text, this.surveyContext()));
      if (looksLikeForm(text)) {
        const bytes = new TextEncoder().encode(msg.text ?? text);
        return this.upload(PASTED_FORM_NAME, async () => bytes, 'text/plain');
      }
      if (deps.reminders && REMINDER_COMMAND.test(text))
        return this.reply(await deps.reminders(text, this.user, msg.chat));
      if (deps.answerQuestion && QUESTION_COMMAND.test(text))
        return this.replyAll([await deps.answerQuestion(text, this.user)].flat());
      // 第二张 / 其他零余额那张 / 切换到基本户那张: one of the forms of the last upload (pick-form.ts).
      const choosing = this.state.choosing ?? null;
      if (choosing !== null) this.state.choosing = null;
      if (this.state.lastForms.length > 1) {
        const shape = pickShape(
          text,
          choosing !== null,
          this.state.asking.length > 0,
          recentQuestion(this.state.lastQuestion, clock()) !== null,
        );
        if (shape) {
          const forms = await store.getForms(
            this.state.lastForms,
            this.user.isAdmin ? undefined : this.user.id,
          );
          const ordered = this.state.lastForms.flatMap((id) => forms.filter((f) => f.formId === id));
          const at = pickForm(
            shape,
            ordered.map((f) => f.record.projectName),
          );
          const picked = at === null ? undefined : ordered[at];
          if (picked) return this.switchTo(picked);
        }
      }
      // 你随便给编个90%填上去得了: figures made up are refused, never acknowledged nor written (the pending question stays).
      if (asksToMakeUp(text))
        return this.reply({ text: `「${text.trim().slice(0, 60)}」${MADE_UP_REFUSED}` });
      if (this.state.asking.length === 0 && this.state.undo && isUndo(text)) return this.undo();
      if (this.state.asking.length === 0) await this.reopenForCorrection(text);
      // "继续" after a pause or a reset: the form being filled, from where it stopped.
      if (
        this.state.asking.length === 0 &&
        (this.state.formId || this.state.lastForms.length > 0) &&
        RESUME_FILLING.test(text)
      )
        return this.act(ACTIONS.fill);
      if (this.state.asking.length > 0) return this.converse(text);
      // 你好 is greeted, 谢谢 thanked back, 好的 / 收到 acknowledged ("不客气" had answered a greeting too).
      if (isChitchat(text))
        return this.reply({
          text: `${GREETING.test(text) ? '您好' : THANKS.test(text) ? '不客气' : '好的'}。发送自评表即可检查，直接提问可查询项目情况，回复「帮助」查看用法。`,
        });
      // "回头再说", "不用改了", "先这样" with no question open: acknowledged, not read as a portfolio question.
      // 看看河门口都有什么项目 with nothing asked: a request to look at that, not "let me check".
      const idle = classifyIntent(text, { labels: [], current: [] }).kind;
      // 明天北京下不下雨: a question at a later time, asked of itself, is answered (or reported), not acknowledged.
      if (NOTHING_TO_DO.has(idle) && !(idle === 'later' && (looksAtSomething(text) || asksAtLaterTime(text))))
        return this.reply({
          text: '好的。当前没有待回答的问题；发送「逐项补全」可继续补全，直接提问可查询项目情况。',
        });
      return this.replyAll([await this.answerQuestion(text)].flat());
    }

    /** A question outside the form being filled: reminders, portfolio, or a note that questions are not open. */
    async answerQuestion(text: string): Promise<Reply | Reply[]> {
      if (deps.reminders && REMINDER_WORDS.test(text) && !ASKS_OF_FORMS.test(text))
        return deps.reminders(text, this.user, this.msg.chat);
      // 总分那个1000是怎么回事 / 执行率为什么不对: what the check found on that field of the form of this conversation.
      const why = await this.whyOnThisForm(text);
      if (why) return why;
      // 这张表得了几分 / 还缺什么: the form of this conversation answers, not the portfolio (this-form.ts).
      if (asksAboutThisForm(text)) {
        const about = await this.thisForm(text);
        if (about) return about;
      }
      if (deps.answerQuestion)
        return deps.answerQuestion(text, this.user, {
          previous: this.state.lastQuestion ?? null,
          remember: (asked) => {
            this.state.lastQuestion = asked;
          },
        });
      return {
        text: '项目统计类提问暂未开放。请发送自评表文件（或粘贴表格文字）进行检查，回复「帮助」查看用法。',
      };
    }

    /**
     * 「总分那个1000是怎么回事」「执行率为什么不对」: a why about a field of the form of this conversation, answered by
     * what the check found on it (the findings that name the field). null when there is no such form, the message
     * names no field of it or speaks of projects, or nothing was found on that field (then it is asked as before).
     */
    async whyOnThisForm(text: string): Promise<Reply | null> {
      // The form of this conversation: the one being filled, else the one uploaded alone last.
      const id = this.state.formId ?? (this.state.lastForms.length === 1 ? this.state.lastForms[0] : null);
      if (!id || !WHY_ASKED.test(text) || ABOUT_PROJECTS.test(text)) return null;
      const form = await this.form(id);
      if (!form) return null;
      const paths = namedFields(text, form.record);
      const words = FIELD_WORDS_LONGEST_FIRST.filter((w) => fold(text).includes(w));
      if (paths.length === 0 && words.length === 0) return null;
      const related = form.check.findings.filter(
        (f) => paths.includes(f.path) || words.some((w) => f.message.includes(w)),
      );
      // The errors on it when there are any (a reminder that only mentions the field comes second).
      const errors = related.filter((f) => f.severity === 'error');
      const found = errors.length > 0 ? errors : related;
      if (found.length === 0) return null;
      return {
        title: projectTitle(form.record.projectName),
        text: `这张表检查出的相关问题：`,
        items: found.map((f) => `【${f.severity === 'error' ? '错误' : '提醒'}】${f.message}`),
      };
    }

    /**
     * The per-form answer for the form of this conversation (the one being filled, else the one uploaded last); with
     * several uploaded at once and none being filled, their list, to say which is meant. null when there is none.
     */
    async thisForm(asked = ''): Promise<Reply | null> {
      const ids = this.state.formId ? [this.state.formId] : this.state.lastForms;
      const forms = (await Promise.all(ids.map((id) => this.form(id)))).filter((f) => f !== null);
      const [only] = forms;
      if (!only) return null;
      if (forms.length > 1) {
        this.state.choosing = asked;
        return {
          ...uploadSummaryReply(forms),
          text: `您刚才上传了 ${forms.length} 张表，请说明问的是哪一张（回复序号如「第2张」，或项目名称中的几个字）。`,
        };
      }
      return breakdownReply(only, pendingFields(only, new Set(this.state.settled)).length);
    }

    /**
     * One of the forms of the last upload picked (第二张 / 基本户那张): it becomes the form of this conversation — its
     * score table and problems, then its filling when fields are missing (as after an upload of that form alone).
     */
    async switchTo(form: StoredForm) {
      if (form.formId !== this.state.formId)
        this.state = { ...this.state, formId: form.formId, asking: [], settled: [], correcting: null };
      const pending = pendingFields(form, new Set(this.state.settled));
      const reply = breakdownReply(form, pending.length);
      await this.reply({ ...reply, text: `好的，看这一张：\n${reply.text ?? ''}` });
      if (pending.length > 0) return this.askNext(form);
      this.state.asking = [];
    }

    /** The fields of the open question, with what the rules propose. */
    askedFields(form: StoredForm, paths = this.state.asking): (AskedField & { info: FieldInfo })[] {
      const pending = new Map(pendingFields(form, new Set(this.state.settled)).map((p) => [p.path, p]));
      return paths.flatMap((path) => {
        const info = pending.get(path) ?? fieldInfo(form.record, path);
        if (!info) return [];
        const expected = pending.get(path)?.expected;
        const row = /^indicators\[(\d+)\]\.actual$/.exec(path);
        const target = row ? form.record.indicators[Number(row[1])]?.target : undefined;
        return [
          {
            path,
            label: info.label,
            kind: info.kind,
            info,
            ...(expected === undefined ? {} : { expected }),
            ...(target ? { target } : {}),
          },
        ];
      });
    }

    /**
     * A text while a question is open: classified first (issue 10), so only an answer that fits the field is
     * written; chit-chat, questions and pushback leave the record alone and the question is asked again.
     */
    async converse(text: string): Promise<void> {
      const form = await this.form(this.state.formId);
      if (!form) {
        this.state = { ...initialState(), lastForms: this.state.lastForms };
        return this.noForm();
      }
      const asked = this.askedFields(form);
      const current = asked.map((a) =>
        a.info.kind === 'row' ? '' : showValue(getPath(form.record, a.path)),
      );
      const kinds = asked.map((a) =>
        a.info.kind === 'row' ? (/满意/.test(a.path) ? 'satisfaction' : 'row') : kindOf(a),
      );
      const intent = classifyIntent(text, { labels: asked.map((a) => a.label), current, kinds });
      this.log.debug({ intent: intent.kind }, 'dialogue intent');
      // "不对" names the field the next value corrects; that lasts one message.
      const correcting = this.state.correcting ?? [];
      if (this.state.correcting) this.state.correcting = null;
      const names = asked.map((a) => named(a.label)).join('、');
      switch (intent.kind) {
        case 'undo':
          return this.act(ACTIONS.undo);
        case 'confirm':
          if (asked.some((a) => a.expected !== undefined && a.expected !== null))
            return this.answer('确认', form);
          return current.every((c) => c !== '' && c !== '（空）')
            ? this.keep(form, asked)
            : this.askNext(form, `${names}目前是空的，请直接回复要填写的内容，或回复「跳过」。`);
        case 'keep':
          return this.keep(form, asked, text);
        case 'skip':
          return this.act(ACTIONS.skip);
        case 'affirm':
          // "对" to a proposal may mean "the form is right" or "take yours": asked, never guessed.
          return asked.some((a) => a.expected !== undefined && a.expected !== null)
            ? this.reply({
                text: '要采用建议值请回复「确认」；表中的值不用改请回复「不用改」。',
              })
            : this.keep(form, asked);
        case 'chitchat':
          return this.askNext(form, '好的。我们继续补全这张表：');
        case 'later':
          return this.askNext(
            form,
            intent.unknown
              ? '没关系，表格没有修改。问到后直接回复即可；也可以回复「跳过」先看下一组，或回复「先空着」不填这一项。'
              : '好的，不着急，表格没有修改。查到后直接回复即可；也可以回复「跳过」先看下一组，之后发送「逐项补全」再回来。',
          );
        case 'objection': {
          // The question stays open (also when it was reopened for a correction): the next message answers it, or
          // corrects the field the objection was about (named, or the last write), which is remembered for it.
          const about = this.correctionTarget(text, form);
          this.state.correcting = about;
          const wrong = about.length > 0 ? this.askedFields(form, about) : asked;
          const which = wrong.map((a) => named(a.label)).join('、');
          return this.reply({
            text: this.state.undo
              ? `请直接回复正确的${which}；要恢复刚才的修改，请回复「撤销」。`
              : `请直接回复正确的${which}；表中的值不用改请回复「不用改」。`,
          });
        }
        case 'correction':
          return this.correct(intent.value, text, form);
        case 'complaint':
          return this.askNext(
            form,
            '抱歉，给您添麻烦了，表格没有改动。剩下的可以现在回复，也可以回复「跳过」先跳过这一组、「等会儿再填」稍后再来，或「重新开始」结束补全。',
          );
        case 'resume':
          return this.askNext(form, '好的，我们接着来：');
        case 'progress':
          return this.askNext(form, remainingText(pendingFields(form, new Set(this.state.settled))));
        case 'fieldHelp': {
          // 电话是填手机还是座机 while 负责人 and 电话 are asked: the field the question names; 执行率怎么算 while another
          // field is asked: that field's own help (nothing is written either way).
          const about = namedFields(text, form.record);
          const namedAsked = asked.filter((a) => about.includes(a.path));
          const helped =
            namedAsked.length > 0
              ? namedAsked.map((a) => a.info)
              : about.length > 0
                ? this.askedFields(form, about).map((a) => a.info)
                : asked.map((a) => a.info);
          const help = fieldHelpText(helped.map((info) => ({ ...info, record: form.record })));
          if (!intent.aside) return this.askNext(form, help);
          await this.reply({ text: help });
          return this.converse(intent.aside);
        }
        case 'question':
          await this.replyAll([await this.answerQuestion(intent.text ?? text)].flat());
          // The part of the message about the open question (不知道, 先空着) is its own reply to it.
          if (intent.aside) return this.converse(intent.aside);
          return this.askNext(form, '（以上是您的提问。）我们继续补全这张表：');
        case 'notDone':
          return this.surveyNotDone(text, form);
        case 'answer': {
          // owner 是孙建平 / phone: 80856942: an English label said before the value, read as the form's own label.
          const said = englishLabelled(intent.text);
          // Right after "不对" about an earlier field, a bare value is its correction.
          return correcting.length > 0
            ? this.correct(said, text, form, correcting)
            : this.answer(said, form, { replaced: intent.replaced });
        }
      }
    }

    /**
     * The field a correction is about: the field it names ("刚才电话写错了"), else the last write on this form while
     * it is still the latest version; [] when neither (the open question is meant).
     */
    correctionTarget(text: string, form: StoredForm): string[] {
      const named = namedFields(text, form.record);
      if (named.length > 0) return named;
      const step = this.state.undo;
      if (!step || step.formId !== form.formId || step.version !== form.version) return [];
      const written = step.changes.filter((c) => !c.appended).map((c) => c.path);
      // 未做 writes the satisfaction row's 0 score with it: the correction is about the answer, not that score.
      return written.length > 1 ? written.filter((p) => !/\.score$/.test(p)) : written;
    }

    /**
     * "不对，应该是王丽" / "刚才电话写错了，是138…": the value goes to the field named (and nowhere else: a value that
     * does not fit it is explained), else to the earlier field (`about`: the last write, or what a "不对" was about)
     * when it fits there, else to the open question; the open question is asked again afterwards (and restored by
     * 撤销).
     */
    async correct(value: string, text: string, form: StoredForm, about?: string[]) {
      const open = this.state.asking;
      const named = namedFields(text, form.record);
      const earlier = named.length > 0 ? named : (about ?? this.correctionTarget(text, form));
      const target =
        named.length > 0 || (earlier.length > 0 && this.fits(value, form, earlier)) ? earlier : open;
      if (target === open) return this.answer(value, form);
      this.state.asking = target;
      return this.answer(value, form, { resume: open });
    }

    /** Would the rules read `text` as a value that fits one of `paths`? Nothing is written. */
    fits(text: string, form: StoredForm, paths: string[]): boolean {
      const asked = this.askedFields(form, paths).map(({ info: _info, ...a }) => a);
      const updates = scoreFromWords(text, asked, form.record) ?? parseAnswerByRules(text, asked);
      return updates.some((u) => {
        const info = fieldInfo(form.record, u.path);
        const converted = info ? convertAnswer(info, u.text) : null;
        return (
          info !== null &&
          converted?.ok === true &&
          implausible(info, converted.value, form.record, labelledFor(u.path, text)) === null
        );
      });
    }

    /**
     * "今年没搞满意度调查" while another field is asked: when the form's satisfaction row is still to be filled, that is
     * its answer (未做, written and echoed with undo, the open question kept); otherwise nothing is written and the
     * clerk is told what the form says.
     */
    async surveyNotDone(text: string, form: StoredForm) {
      const pending = pendingFields(form, new Set(this.state.settled));
      const row = pending.find(
        (p) => /满意/.test(p.label) && (/^indicators\[\d+\]\.actual$/.test(p.path) || p.kind === 'row'),
      );
      if (row) {
        const asking = this.state.asking;
        this.state.asking = [row.path];
        return this.answer(text, form, { resume: asking });
      }
      const stated = form.record.indicators.find(
        (i) => /满意/.test(i.level1 + i.name) && i.actual.trim() !== '',
      );
      return this.askNext(
        form,
        stated
          ? `表中「${stated.name || stated.level1}」的实际完成值是「${stated.actual}」，没有修改。如需改为未做，请修改原表后重新上传。`
          : '好的，满意度的情况稍后会问到，没有修改表格。',
      );
    }

    /**
     * Right after a write that ended the questions, "不对" or "错了，应该是…" is about that write: its fields are asked
     * again (the next message answers them), instead of the text going to the portfolio questions.
     */
    async reopenForCorrection(text: string) {
      const step = this.state.undo;
      if (!this.state.formId) return;
      // A question about the projects that mentions an error ("有没有项目电话写错了？") is a question.
      if ((!CORRECTION.test(text.trim()) && !isCorrection(text)) || isQuestion(text)) return;
      if (!step || step.formId !== this.state.formId) {
        // 刚才满意度写错了，应该是98% after the filling ended with no write to undo: the field it names on the form of
        // this conversation (a correction naming nothing of it stays what it was).
        const form = await this.form(this.state.formId);
        const about = form ? namedFields(text, form.record) : [];
        if (about.length > 0) this.state.asking = about;
        return;
      }
      const written = step.changes.filter((c) => !c.appended).map((c) => c.path);
      this.state.asking = written.length > 1 ? written.filter((p) => !/\.score$/.test(p)) : written;
    }

    /** Pushback: the asked fields stay as they are and are not asked again. */
    async keep(form: StoredForm, asked: AskedField[], text = '') {
      // "没有" to a blank amount may mean nothing was spent (0) or no figure yet: asked, never guessed.
      const amounts = asked.filter((a) => a.kind === 'funds' && isBlank(getPath(form.record, a.path)));
      if (NONE.test(text.trim()) && amounts.length > 0) {
        const which = amounts.map((a) => named(a.label)).join('、');
        return this.reply({
          text: `${which}是 0（没有支出），还是先空着？是 0 请回复「0」，先不填请回复「先空着」。表格没有修改。`,
        });
      }
      // 「负责人先空着」 while 负责人 and 电话 are asked: only the field named is left; the other is asked again.
      const namedPaths = namedFields(text, form.record);
      const namedAsked = asked.filter((a) => namedPaths.includes(a.path));
      // 「总分不用改」 while 负责人 is asked: the field named is kept (not asked later), the open question stays open.
      if (namedPaths.length > 0 && namedAsked.length === 0) {
        const later = pendingFields(form, new Set(this.state.settled)).filter((p) =>
          namedPaths.includes(p.path),
        );
        const labels = (later.length > 0 ? later : this.askedFields(form, namedPaths).map((a) => a.info))
          .map((p) => named(p.label))
          .join('、');
        if (later.length === 0)
          return this.askNext(form, `${labels}不在要补全或更正的项里，表格没有修改。我们继续：`);
        this.state.settled = [...new Set([...this.state.settled, ...later.map((p) => p.path)])];
        const blankLater = later.every((p) => isBlank(p.current));
        return this.askNext(
          form,
          `好的，${labels}${blankLater ? '先空着' : '保持原样'}，之后不再问，表格没有修改。我们继续：`,
        );
      }
      const kept = namedAsked.length > 0 ? namedAsked : asked;
      this.state.settled = [...new Set([...this.state.settled, ...kept.map((a) => a.path)])];
      const blank = kept.filter((a) => isBlank(getPath(form.record, a.path)));
      const lead =
        blank.length > 0
          ? `好的，${blank.map((a) => named(a.label)).join('、')}先空着，没有修改表格；之后可发送「逐项补全」再填。`
          : `好的，${kept.map((a) => named(a.label)).join('、')}保持原样，没有修改。`;
      return this.askNext(form, lead);
    }

    async act(action: ActionId, value?: string) {
      switch (action) {
        case ACTIONS.help:
          return this.help();
        case ACTIONS.reset:
          this.state = { ...initialState(), lastForms: this.state.lastForms };
          return this.reply({ text: '已结束当前补全。可以发送新的自评表，或回复「列表」查看项目。' });
        case ACTIONS.list:
          return this.reply(listReply(await store.listForms({ ownerId: this.user.id, limit: 30 })));
        case ACTIONS.skip: {
          const form = this.state.asking.length > 0 ? await this.form(this.state.formId) : null;
          if (!form) return this.reply({ text: '当前没有待回答的问题。' });
          this.state.settled = [...new Set([...this.state.settled, ...this.state.asking])];
          return this.askNext(form);
        }
        case ACTIONS.issues: {
          const form = await this.form(value ?? this.state.formId ?? this.state.lastForms[0]);
          return form ? this.reply(issuesReply(form)) : this.noForm();
        }
        case ACTIONS.fill: {
          const form = await this.form(value ?? this.state.formId ?? this.state.lastForms[0]);
          if (!form) return this.noForm();
          if (form.formId !== this.state.formId)
            this.state = { ...this.state, formId: form.formId, settled: [] };
          return this.askNext(form);
        }
        case ACTIONS.confirm: {
          const form = this.state.asking.length > 0 ? await this.form(this.state.formId) : null;
          return form ? this.answer('确认', form) : this.reply({ text: '当前没有待确认的内容。' });
        }
        case ACTIONS.undo:
          return this.undo();
        case ACTIONS.export:
          return this.export(value);
        default: // an unknown action (a stale button from an older version) gets the help
          return this.help();
      }
    }

    help() {
      const features = {
        questions: !!deps.answerQuestion,
        reminders: !!deps.reminders,
        surveys: !!deps.surveys,
      };
      return this.reply(helpReply(features, this.msg.chat.channel));
    }

    /** A form this user may see: their own, or any for an admin. */
    async form(id: string | null | undefined): Promise<StoredForm | null> {
      if (!id) return null;
      const form = await store.getForm(id);
      return form && (form.ownerId === this.user.id || this.user.isAdmin) ? form : null;
    }

    noForm() {
      return this.reply({ text: '没有找到要处理的项目。请先发送自评表，或回复「列表」查看已上传的项目。' });
    }

    async upload(name: string, fetch: () => Promise<Uint8Array>, mime: string | null) {
      await this.reply({ text: `已收到《${name}》，正在解析…` });
      const bytes = await fetch().catch((err: unknown) => {
        if (err instanceof AppError) throw err;
        throw new AppError('CHANNEL_UNAVAILABLE', '文件下载失败，请重新发送。', { cause: err });
      });
      const { upload, duplicate } = await store.saveUpload({ userId: this.user.id, name, mime, bytes });
      this.log.info({ uploadId: upload.id, size: upload.size, duplicate }, 'upload stored');
      if (duplicate && upload.status === 'parsed') {
        const earlier = await store.listForms({ uploadId: upload.id });
        const forms = (await Promise.all(earlier.map((f) => store.getForm(f.id)))).filter(
          (f): f is StoredForm => !!f,
        );
        if (forms.length > 0) {
          await this.reply({ text: '这个文件之前上传过，以下是该项目的最新结果。' });
          return this.showForms(forms.sort((a, b) => a.formIndex - b.formIndex));
        }
      }
      let result: ReadResult;
      try {
        result = await deps.readDocument(bytes, { name });
        if (result.forms.length === 0) {
          throw new FormUnreadable(
            'NO_FORM_FOUND',
            '文件中没有找到《项目支出绩效自评表》，请确认上传的是自评表。',
          );
        }
      } catch (err) {
        await store.setUploadStatus(upload.id, 'failed', userMessageOf(err));
        throw err;
      }
      const forms = await store.createForms(
        result.forms.map((parsed, index) => ({
          ownerId: this.user.id,
          uploadId: upload.id,
          formIndex: index,
          record: parsed.record,
          provenance: parsed.provenance,
          check: deps.check(parsed.record),
          source: Object.values(parsed.provenance).some((p) => p.method === 'llm') ? 'llm' : 'reader',
        })),
      );
      await store.setUploadStatus(upload.id, 'parsed');
      this.log.info({ uploadId: upload.id, forms: forms.length, layout: result.layout }, 'upload parsed');
      const notes = result.forms.flatMap((f) => f.notes);
      if (notes.length > 0) await this.reply({ title: '读取提示', items: [...new Set(notes)] });
      return this.showForms(forms);
    }

    async showForms(forms: StoredForm[]) {
      if (forms.length > MAX_BREAKDOWNS) await this.reply(uploadSummaryReply(forms));
      for (const form of forms.slice(0, MAX_BREAKDOWNS)) {
        const reply = breakdownReply(form, pendingFields(form).length);
        const survey = deps.surveys?.button(form);
        if (survey) reply.buttons = [...(reply.buttons ?? []), survey];
        await this.reply(reply);
      }
      this.state = { ...initialState(), lastForms: forms.map((f) => f.formId) };
      const [only] = forms;
      if (forms.length === 1 && only && pendingFields(only).length > 0) {
        this.state.formId = only.formId;
        return this.askNext(only);
      }
    }

    async askNext(form: StoredForm, lead?: string) {
      const pending = pendingFields(form, new Set(this.state.settled));
      if (pending.length === 0) {
        this.state.asking = [];
        const { check } = form;
        const open =
          check.missing.length +
          check.findings.filter((f) => f.severity === 'error' && f.code !== 'FIELD_MISSING').length;
        if (lead) await this.reply({ text: lead });
        return this.reply(doneReply(form, open));
      }
      const question = nextQuestion(pending);
      this.state.formId = form.formId;
      this.state.asking = question.map((q) => q.path);
      return this.reply(
        questionReply(form.formId, question, new Set(pending.map((p) => p.group)).size, lead),
      );
    }

    /**
     * `resume`: the question that was open when the answer was to another field (restored on failure and undo).
     * `replaced`: a value the message took back, said in the echo. `given`: values already read (a value the
     * previous write left over), with `chain` the undo step of that write and `lead` what the echo says first.
     */
    async answer(text: string, form: StoredForm, options: AnswerOptions = {}): Promise<void> {
      const { resume, replaced, given, chain, lead } = options;
      const asked: AskedField[] = this.askedFields(form).map(({ info: _info, ...a }) => a);
      let record = form.record;
      const provenance: Provenance = { ...form.provenance };
      const changes: FieldChange[] = [];
      const labels = new Map<string, string>();
      const notes = new Map<string, string>();
      const problems: string[] = [];
      const kept: string[] = [];
      const undo: UndoStep = {
        formId: form.formId,
        version: 0,
        changes: [],
        asking: resume ?? this.state.asking,
        settled: this.state.settled,
      };
      const settled = new Set(this.state.settled);
      const write = (path: string, label: string, value: unknown, quote: string, note?: string) => {
        const oldValue = getPath(record, path);
        undo.changes.push({
          path,
          label,
          oldValue: oldValue ?? null,
          newValue: value,
          oldSource: provenance[path] ?? null,
        });
        record = setPath(record, path, value);
        provenance[path] = { ref: 'chat', method: 'user', quote };
        changes.push({ path, oldValue: oldValue ?? null, newValue: value });
        labels.set(path, label);
        if (note) notes.set(path, note);
      };
      const updates = given ?? scoreFromWords(text, asked, form.record) ?? (await parseAnswer(text, asked));
      // Values of the message no update used ("张三 13800000000" while only 负责人 is asked): written where they
      // alone fit, else said (below). Only for rule reads, whose quotes are the user's words.
      const unused =
        given || text === '确认' || updates.length === 0
          ? []
          : unusedValues(
              text,
              updates.map((u) => u.quote ?? u.text),
            );
      for (const update of updates) {
        const info = fieldInfo(record, update.path);
        if (!info) continue;
        const converted = convertAnswer(info, update.text);
        if (!converted.ok) {
          problems.push(converted.message);
          continue;
        }
        const doubt =
          implausible(info, converted.value, record, labelledFor(update.path, text)) ??
          (info.kind === 'funds'
            ? ambiguousAmount(info, update.text, (converted.value as { value: number }).value)
            : null);
        if (doubt) {
          problems.push(doubt);
          continue;
        }
        settled.add(update.path);
        const quote = update.quote ?? update.text;
        if (info.kind === 'row') {
          const appended = appendIndicator(record, converted.value as Indicator);
          record = appended.record;
          labels.set(appended.path, `新增${info.label}`);
          provenance[appended.path] = { ref: 'chat', method: 'user', quote };
          changes.push({ path: appended.path, oldValue: null, newValue: converted.value });
          undo.changes.push({
            path: appended.path,
            label: info.label,
            oldValue: null,
            newValue: converted.value,
            oldSource: null,
            appended: true,
          });
          continue;
        }
        if (JSON.stringify(getPath(record, update.path)) === JSON.stringify(converted.value)) {
          kept.push(info.label);
          continue;
        }
        write(update.path, info.label, converted.value, quote, converted.note ?? update.note);
        // 未做 on a satisfaction row scores 0 (SCORING §5): the score follows, said in the echo, undone with it.
        const row = /^indicators\[(\d+)\]\.actual$/.exec(update.path);
        const indicator = row ? record.indicators[Number(row[1])] : undefined;
        if (
          row &&
          indicator &&
          /满意/.test(indicator.level1 + indicator.name) &&
          converted.value === '未做'
        ) {
          if (indicator.score !== 0) {
            const scorePath = `indicators[${row[1]}].score`;
            write(
              scorePath,
              fieldInfo(record, scorePath)?.label ?? scorePath,
              0,
              quote,
              '未做满意度调查，得分按 0 分计',
            );
          }
        }
      }
      this.state.settled = [...settled];
      const hint = `请直接回复${asked.map((a) => named(a.label)).join('、')}的内容，不用改请回复「不用改」，或回复「跳过」。`;
      if (changes.length === 0) {
        for (const u of unused) problems.push(this.unusedNote(u, form, []));
        if (kept.length > 0 && problems.length === 0)
          return this.askNext(
            form,
            `${kept.map((l) => named(l)).join('、')}与表中一致，保持原样，没有修改。`,
          );
        this.state.settled = undo.settled;
        if (resume) this.state.asking = resume;
        return this.reply({
          text:
            problems.length > 0
              ? `${problems.join('\n')}\n${hint}`
              : `${this.notReadReason(text, form, asked)}${hint}`,
        });
      }
      const after = await store.saveVersion({
        formId: form.formId,
        baseVersion: form.version,
        record,
        provenance,
        check: deps.check(record),
        changes,
        source: 'user',
        byUser: this.user.id,
      });
      this.log.info(
        { formId: form.formId, version: after.version, fields: changes.length },
        'record updated',
      );
      // 撤销 twice: an earlier write of this form that is still undoable (its version is the one this write changed)
      // is undone after this one — a few steps back at most.
      const earlier =
        chain ??
        (this.state.undo?.formId === form.formId && this.state.undo.version === form.version
          ? trimUndo(this.state.undo, MAX_UNDO - 1)
          : undefined);
      const step: UndoStep = { ...undo, version: after.version, ...(earlier ? { previous: earlier } : {}) };
      this.state.undo = step;
      const summary = changesReply(changes, form, after, labels, notes);
      if (lead) summary.text = `${lead}\n${summary.text}`;
      if (replaced) summary.text = `${summary.text}\n按您更正后的值填写，先说的「${replaced}」没有使用。`;
      // A left-over value that fits exactly one field still missing is written there as a write of its own (its own
      // echo, undone first); any other is said, with how to give it.
      const placed = new Map<string, { value: Unused; path: string }>();
      for (const u of unused) {
        const places = this.placesFor(u, after);
        const [only] = places;
        if (places.length === 1 && only && !placed.has(only)) placed.set(only, { value: u, path: only });
        else problems.push(this.unusedNote(u, after, places));
      }
      if (problems.length > 0) summary.text = `${summary.text}\n${problems.join('\n')}`;
      await this.reply(summary);
      if (placed.size > 0) return this.placeUnused([...placed.values()], after, step);
      return this.askNext(after);
    }

    /** The fields still blank whose type takes `value`'s shape and that the rules would accept it for. */
    placesFor(value: Unused, form: StoredForm): string[] {
      const kinds = SHAPE_KINDS[value.shape] ?? [];
      // Blank fields skipped earlier count too: the clerk gives the value now.
      return pendingFields(form)
        .filter((p) => p.kind !== 'row' && isBlank(p.current))
        .filter((p) => kinds.includes(kindOf(p)))
        .filter((p) => this.fits(value.typed, form, [p.path]))
        .map((p) => p.path);
    }

    /** "「13800000000」没有使用": why, and how to give it. */
    unusedNote(value: Unused, form: StoredForm, places: string[]): string {
      const label = (path: string) => named(fieldInfo(form.record, path)?.label ?? path);
      if (places.length > 1)
        return `「${value.typed}」没有使用：它可以填${places.map(label).join('、')}，请写明是哪一项，例如「${bare(fieldInfo(form.record, places[0] ?? '')?.label)}是${value.typed}」。`;
      const same = SAME_KIND_FIELD[value.shape];
      const info = same ? fieldInfo(form.record, same) : null;
      if (info) {
        const current = showValue(getPath(form.record, info.path));
        return `「${value.typed}」没有使用：它像是${value.shape}，表中${named(info.label)}已是 ${current}。如要改成它，请回复「${bare(info.label)}是${value.typed}」。`;
      }
      const blank = pendingFields(form, new Set(this.state.settled)).find((p) => p.kind !== 'row');
      const example = EXAMPLE_LABEL[value.shape] ?? (blank ? bare(blank.label) : null);
      const what = value.shape === '数字' ? '看不出它是哪一项' : `它像是${value.shape}，但没有还空着的这类项`;
      return `「${value.typed}」没有使用：${what}。如要填写或修改，请写明是哪一项${example ? `，例如「${example}是${value.typed}」` : ''}。`;
    }

    /** Left-over values written to the one field each fits, as a version of their own with its own undo step. */
    async placeUnused(
      values: { value: Unused; path: string }[],
      form: StoredForm,
      chain: UndoStep,
    ): Promise<void> {
      const open = this.state.asking;
      const given: AnswerUpdate[] = [];
      for (const { value, path } of values) {
        const asked = this.askedFields(form, [path]).map(({ info: _info, ...a }) => a);
        const read = parseAnswerByRules(value.typed, asked).find((u) => u.path === path);
        if (read) given.push(read);
      }
      if (given.length === 0) return this.askNext(form);
      this.state.asking = given.map((g) => g.path);
      const which = given
        .map(
          (g) =>
            `「${values.find((v) => v.path === g.path)?.value.typed}」只适合还空着的${named(fieldInfo(form.record, g.path)?.label ?? g.path)}`,
        )
        .join('；');
      return this.answer('', form, {
        resume: open,
        given,
        chain,
        lead: `另外，${which}，已一并填入（回复「撤销」先撤销这一项）。`,
      });
    }

    /**
     * Why nothing was written when no value could be read: what the reply looks like instead ("「王芳」像是人名，不是
     * 「联系电话」"), with what the field takes; "没有看懂" only when it looks like nothing the bot knows.
     */
    notReadReason(text: string, form: StoredForm, asked: AskedField[]): string {
      // 大概四十来万吧: a range, not a figure — the exact amount is asked for, nothing guessed.
      const vague = VAGUE_AMOUNT.exec(text.normalize('NFKC'));
      if (vague && asked.some((a) => a.kind === 'funds'))
        return `「${vague[0]}」是个约数，表里要填准确的金额，表格没有修改。请回复具体数字，例如「41.5万」或「415,000元」。\n`;
      const shape = looksLike(text);
      if (!shape) return '没有看懂这条回复，表格没有修改。';
      const fields = this.askedFields(
        form,
        asked.map((a) => a.path),
      ).map((a) => ({ ...a.info, record: form.record }));
      const what = asked.map((a) => named(a.label)).join('、');
      return `「${text.trim()}」像是${shape}，不是${what}，表格没有修改。\n${fieldHelpText(fields)}\n`;
    }

    /** 「撤销」: the last write put back, as a new version (the history keeps both), and its question asked again. */
    async undo() {
      const step = this.state.undo;
      if (!step) return this.reply({ text: '没有可以撤销的修改。' });
      const form = await this.form(step.formId);
      if (!form) {
        this.state.undo = null;
        return this.reply({ text: '要撤销的表格已不存在或无权查看。' });
      }
      if (form.version !== step.version) {
        this.state.undo = null;
        return this.reply({ text: '这张表在那次修改之后又有改动，不能再撤销；请直接回复正确的值。' });
      }
      let record = form.record;
      const provenance: Provenance = { ...form.provenance };
      const changes: FieldChange[] = [];
      for (const c of [...step.changes].reverse()) {
        if (c.appended) {
          record = structuredClone(record);
          record.indicators.splice(Number(/\[(\d+)\]$/.exec(c.path)?.[1]), 1);
        } else {
          record = setPath(record, c.path, c.oldValue);
        }
        if (c.oldSource) provenance[c.path] = c.oldSource;
        else delete provenance[c.path];
        changes.push({ path: c.path, oldValue: c.newValue, newValue: c.oldValue });
      }
      const after = await store.saveVersion({
        formId: form.formId,
        baseVersion: form.version,
        record,
        provenance,
        check: deps.check(record),
        changes,
        source: 'user',
        byUser: this.user.id,
      });
      this.log.info({ formId: form.formId, version: after.version }, 'write undone');
      // A write of the same message before this one (a left-over value placed after it) can be undone next.
      this.state = {
        ...this.state,
        formId: step.formId,
        asking: step.asking,
        settled: step.settled,
        undo: step.previous ? { ...step.previous, version: after.version } : null,
      };
      const restored = step.changes
        .map((c) =>
          c.appended ? `删除了新增的${c.label}` : `${named(c.label)}恢复为 ${showValue(c.oldValue)}`,
        )
        .join('；');
      const more = step.previous
        ? `\n再回复「撤销」可继续撤销更早的一次修改（${step.previous.changes
            .filter((c) => !c.appended)
            .map((c) => `${named(c.label)}：${showValue(c.oldValue)} → ${showValue(c.newValue)}`)
            .join('；')}）。`
        : '';
      return this.askNext(after, `已撤销：${restored}。${more}`);
    }

    async export(value?: string) {
      const ids = value ? [value] : this.state.formId ? [this.state.formId] : this.state.lastForms;
      const forms = (await Promise.all(ids.map((id) => this.form(id)))).filter((f): f is StoredForm => !!f);
      if (forms.length > 0 && !deps.exportForms) return this.reply({ text: '导出功能暂未开放。' });
      if (forms.length === 0 || !deps.exportForms) {
        // 帮我导出 after a portfolio question, with no form here: the question's answer is what is meant.
        if (recentQuestion(this.state.lastQuestion, clock()) && deps.answerQuestion)
          return this.replyAll([await this.answerQuestion('导出')].flat());
        return deps.exportForms ? this.noForm() : this.reply({ text: '导出功能暂未开放。' });
      }
      // Changed cells are marked in the file, with the value first read in a note; survey evidence on its own sheets.
      const evidence = (await deps.surveys?.evidence(forms.map((f) => f.formId))) ?? new Map();
      const withChanges = await Promise.all(
        forms.map(async (f) => ({
          record: f.record,
          check: f.check,
          changes: await deps.store.getChanges(f.formId),
          ...(evidence.has(f.formId) ? { evidence: evidence.get(f.formId) } : {}),
        })),
      );
      const file = await deps.exportForms(withChanges);
      const base =
        forms.length === 1 ? forms[0]?.record.projectName?.trim() || '自评表' : `自评表${forms.length}张`;
      return this.reply({
        text: '已生成带批注的 Excel。',
        attachment: { name: `${base}-检查结果.xlsx`, bytes: file.bytes, mime: file.mime },
      });
    }
  }

  async function accept(msg: IncomingMessage, io: BotIo) {
    if (msg.chat.isGroup && !msg.mentionedBot && (deps.groupRequiresMention ?? true)) {
      return { accepted: false, done: Promise.resolve() };
    }
    // The queue slot is taken now, on arrival, so messages of a chat keep their order while the claim runs.
    const claimed = store.claimEvent(`${msg.chat.channel}:${msg.eventId}`, clock());
    const done = queue.run(chatKey(msg.chat), async () => {
      if (await claimed.catch(() => false)) await process(msg, io);
    });
    if (!(await claimed)) {
      logger.debug({ channel: msg.chat.channel, eventId: msg.eventId }, 'duplicate event dropped');
      return { accepted: false, done };
    }
    await purgeOldEvents();
    return { accepted: true, done };
  }

  return {
    accept,
    async handle(msg, io) {
      try {
        const { done } = await accept(msg, io);
        await done;
      } catch (err) {
        logger.error({ err }, 'message not accepted');
        await io.reply({ text: userMessageOf(err) }).catch(() => undefined);
      }
    },
    drain: () => queue.drain(),
  };
}
