import type { FormRecord } from '../record/record.ts';
import {
  allIssueLines,
  formatScore,
  issueCounts,
  summaryIssueLines,
  totalSentence,
} from '../score/present.ts';
import type { CheckResult } from '../score/types.ts';
import type { FieldChange, FormSummary, StoredForm } from '../store/store.ts';
import type { PendingField } from './dialogue.ts';
import { type FieldInfo, GROUP_TITLES, named, ROW_EXAMPLE, showValue } from './fields.ts';
import type { ChannelName, Reply, ReplyButton } from './messages.ts';
import { schemeLines } from './scheme-lines.ts';

/** Button action ids; text commands map onto the same ids. */
export const ACTIONS = {
  fill: 'fill',
  issues: 'issues',
  export: 'export',
  skip: 'skip',
  list: 'list',
  help: 'help',
  reset: 'reset',
  /** Takes the proposed values of the open question. */
  confirm: 'confirm',
  /** Reverses the last write. */
  undo: 'undo',
} as const;
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];

export const fmt = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100);

export const projectTitle = (name: string | null | undefined) => name?.trim() || '（未填写项目名称）';

/**
 * How to get a file checked from a group, per platform: what each one delivers to a bot in a group decides it (Lark
 * and WeCom deliver only messages that @ the bot, and a file cannot carry an @; DingTalk delivers a quote with an @;
 * Telegram a caption with an @).
 */
const GROUP_FILES: Partial<Record<ChannelName, string>> = {
  lark: '在飞书群里请 @我 提问；群里发的文件我收不到，请把文件私聊发给我。',
  dingtalk: '在钉钉群里请 @我 提问；群里发文件时，请引用（回复）该文件并 @我，或私聊发给我。',
  wecom: '在企业微信群里请 @我 提问；文件请在与我的单聊中发送。',
  wechat: '在微信群里请 @我 提问；微信群里无法 @ 着发文件，请私聊发给我。',
  telegram: '在 Telegram 群里请 @我；发文件时在文件说明里 @我，或私聊发给我。文件不能超过 20 MB。',
};

export function helpReply(
  enabled: { questions: boolean; reminders: boolean; surveys?: boolean },
  channel?: ChannelName,
): Reply {
  const groups = channel
    ? GROUP_FILES[channel]
    : '在群聊中请 @我；钉钉群里发文件时，请引用该文件并 @我；飞书、企业微信、微信群里的文件请私聊发给我。';
  return {
    title: '绩效自评助手',
    text: [
      '发送《项目支出绩效自评表》（.docx、.xlsx、.pdf，或直接粘贴表格文字），我会核算得分、指出错误和缺项，并逐项帮您补全。',
      ...(groups ? [groups] : []),
    ].join('\n'),
    items: [
      '帮助：显示本说明',
      '列表 / 我的项目：查看已上传的项目',
      '逐项补全：按组补填缺少或有误的内容',
      '跳过：跳过当前这一组问题；不用改 / 保持原样：保留表中的值',
      '撤销：恢复刚才的修改',
      '查看全部问题：列出当前项目的所有问题',
      '导出：导出带批注的 Excel',
      '重新开始：结束当前补全',
      ...(enabled.questions ? ['直接提问项目情况，如「2023年执行率低于90%的项目有哪些？」'] : []),
      ...(enabled.reminders ? ['我的提醒 / 截止日期 / 推迟提醒 3天 / 停止提醒：截止日期提醒'] : []),
      ...(enabled.surveys
        ? ['给「项目名称」发起满意度调查 / 调查进度 / 结束满意度调查：服务对象满意度调查（链接和二维码）']
        : []),
    ],
  };
}

/** The answer to a message the bot cannot take: what it does take, in one line. */
export function unsupportedReply(what: string): Reply {
  return {
    text: `暂时处理不了${what}。请发送文字，或把自评表作为文件（.docx、.xlsx、.pdf）发给我；回复「帮助」查看用法。`,
  };
}

function formButtons(formId: string, hasPending: boolean): ReplyButton[] {
  return [
    ...(hasPending ? [{ label: '逐项补全', action: ACTIONS.fill, value: formId }] : []),
    { label: '查看全部问题', action: ACTIONS.issues, value: formId },
    { label: '导出Excel', action: ACTIONS.export, value: formId },
  ];
}

/** The budget row's 分值 as the form states it (the scheme may count it differently: the findings say why). */
function budgetWeightCell(form: StoredForm): string {
  const raw = form.record.funds.total.weight.raw.trim();
  return raw || (form.check.score.budget.weight === 0 ? '不计分' : fmt(form.check.score.budget.weight));
}

/** The per-form answer: the form's total, the rules' scores beside the stated ones, the problems, what to do next. */
export function breakdownReply(form: StoredForm, pending: number): Reply {
  const { record, check } = form;
  const { score } = check;
  const p = score.precision;
  const counts = issueCounts(check);
  const facts = [
    record.department,
    record.implementingUnit,
    record.year ? `${record.year}年度` : null,
  ].filter(Boolean);
  const at = (x: number | null | undefined) => formatScore(x, p);
  return {
    title: projectTitle(record.projectName),
    text: [
      facts.join(' · '),
      ...schemeLines(record, score),
      totalSentence(score),
      `发现 ${counts.errors} 个错误、${counts.warnings} 个提醒，缺少 ${counts.missing} 项必填内容。`,
    ]
      .filter(Boolean)
      .join('\n'),
    table: {
      columns: ['项目', '分值', '表中得分', '按规则计算'],
      rows: [
        ['预算执行', budgetWeightCell(form), at(score.budget.stated), at(score.budget.computed)],
        ...score.levels.map((l) => [l.level1, at(l.weight), at(l.stated), at(l.computed)]),
        ['总分', at(score.total.weight), at(score.total.stated), at(score.total.byRules)],
        ['参考等级', '', '', score.grade ?? '—'],
      ],
    },
    items: summaryIssueLines(check),
    buttons: formButtons(form.formId, pending > 0),
    data: { formId: form.formId, version: form.version, score },
  };
}

export function issuesReply(form: StoredForm): Reply {
  const lines = allIssueLines(form.check);
  return {
    title: `${projectTitle(form.record.projectName)}：全部问题`,
    ...(lines.length ? { items: lines } : { text: '没有发现问题。' }),
  };
}

export function questionReply(
  formId: string,
  fields: PendingField[],
  remainingGroups: number,
  /** Said before the question when it is asked again (after chit-chat, a question, a kept value). */
  lead?: string,
): Reply {
  const first = fields[0];
  const group = first?.group ?? 1;
  const lines = fields.map((f) => {
    const now = f.reason ? `${f.label}：${f.reason}` : `${f.label}：${showValue(f.current)}`;
    return f.expected === undefined || f.expected === null
      ? now
      : `${now}（建议填 ${showValue(f.expected)}）`;
  });
  const hasProposal = fields.some((f) => f.expected !== undefined && f.expected !== null);
  const how =
    fields.length === 1
      ? `请直接回复「${first?.label}」的内容。`
      : `请按「${first?.label}：内容」的格式回复，多项用分号或换行隔开。`;
  return {
    title: `请补全「${GROUP_TITLES[group]}」${remainingGroups > 1 ? `（之后还有 ${remainingGroups - 1} 组）` : ''}`,
    text: [
      ...(lead ? [lead, ''] : []),
      ...lines,
      '',
      how,
      ...(hasProposal ? ['回复「确认」采用建议值。'] : []),
      ...(fields.some((f) => f.kind === 'row') ? [`新增指标请按${ROW_EXAMPLE}回复。`] : []),
      '回复「跳过」跳过本组，「重新开始」结束补全。',
    ].join('\n'),
    buttons: [
      ...(hasProposal ? [{ label: '确认', action: ACTIONS.confirm }] : []),
      { label: '跳过', action: ACTIONS.skip },
      { label: '查看全部问题', action: ACTIONS.issues, value: formId },
    ],
  };
}

/** 「已将「项目负责人」改为 王小明」: one clause per change, with how a typed value was converted. */
export function echoLine(
  changes: FieldChange[],
  labels: Map<string, string>,
  notes: Map<string, string>,
): string {
  const clauses = changes.map((c, i) => {
    const label = labels.get(c.path) ?? c.path;
    const note = notes.get(c.path);
    const value =
      c.oldValue === null && typeof c.newValue === 'object'
        ? `新增${showValue(c.newValue)}`
        : showValue(c.newValue);
    const what =
      c.oldValue === null && typeof c.newValue === 'object'
        ? `已${value}`
        : `${i === 0 ? '已将' : '将'}${named(label)}改为 ${value}`;
    return note ? `${what}（${note}）` : what;
  });
  return `${clauses.join('；')}，回复「撤销」恢复。`;
}

/** What an answer changed: the fields, then the score and the problem count. */
export function changesReply(
  changes: FieldChange[],
  before: StoredForm,
  after: StoredForm,
  labels: Map<string, string>,
  notes: Map<string, string> = new Map(),
): Reply {
  const b = before.check;
  const a = after.check;
  const count = (c: CheckResult) => {
    const n = issueCounts(c);
    return n.errors + n.missing;
  };
  const total = (c: CheckResult) => formatScore(c.score.total.computed, c.score.precision);
  const scoreLine =
    total(b) !== total(a) || b.score.grade !== a.score.grade
      ? `核算总分 ${total(b)} → ${total(a)}，参考等级「${b.score.grade ?? '—'}」→「${a.score.grade ?? '—'}」。`
      : `核算总分 ${total(a)}，参考等级「${a.score.grade ?? '—'}」不变。`;
  return {
    title: '已更新',
    items: changes.map((c) =>
      c.oldValue === null && typeof c.newValue === 'object'
        ? `${labels.get(c.path) ?? c.path}：${showValue(c.newValue)}`
        : `${labels.get(c.path) ?? c.path}：${showValue(c.oldValue)} → ${showValue(c.newValue)}`,
    ),
    text: `${echoLine(changes, labels, notes)}\n${scoreLine}\n错误和缺项：${count(b)} → ${count(a)}。`,
  };
}

export function doneReply(form: StoredForm, open: number): Reply {
  return {
    title: `${projectTitle(form.record.projectName)}：补全结束`,
    text: [
      totalSentence(form.check.score),
      open > 0
        ? `仍有 ${open} 项缺项或错误未解决，请在原表中修改后重新上传。`
        : '需要补全的内容都已填写，未发现错误。',
      '发送「导出」可下载带批注的 Excel。',
    ].join('\n'),
    buttons: formButtons(form.formId, false),
  };
}

export function listReply(forms: FormSummary[]): Reply {
  if (forms.length === 0) return { text: '您还没有上传过自评表。请直接发送文件或粘贴表格文字。' };
  return {
    title: '我的项目',
    table: {
      columns: ['项目名称', '年度', '核算总分', '等级', '错误/缺项'],
      rows: forms.map((f) => [
        projectTitle(f.projectName),
        f.year ? String(f.year) : '—',
        fmt(f.totalComputed),
        f.grade ?? '—',
        `${f.errorCount}/${f.missingCount}`,
      ]),
    },
  };
}

/** A multi-form upload: one line per form. */
export function uploadSummaryReply(forms: StoredForm[]): Reply {
  return {
    title: `共读取 ${forms.length} 张自评表`,
    table: {
      columns: ['序号', '项目名称', '核算总分', '等级', '错误/缺项'],
      rows: forms.map((f, i) => [
        String(i + 1),
        projectTitle(f.record.projectName),
        fmt(f.check.score.total.computed),
        f.check.score.grade ?? '—',
        `${issueCounts(f.check).errors}/${issueCounts(f.check).missing}`,
      ]),
    },
    text: '发送「列表」可随时查看；逐张补全请先单独上传该项目的表。',
  };
}

const INDICATOR_PATH = /^indicators\[(\d+)\]\.(\w+)$/;

/** What to type for each asked field: its unit, its limits, the row's 年度指标值. */
export function fieldHelpText(fields: (FieldInfo & { record: FormRecord })[]): string {
  return fields
    .map(({ path, label, kind, record }) => {
      const row = INDICATOR_PATH.exec(path);
      const indicator = row ? record.indicators[Number(row[1])] : undefined;
      if (indicator && row?.[2] === 'actual') {
        // ≥90% is a target's bound: the example is the figure itself (90%).
        const example =
          indicator.target.replace(
            /^\s*(?:[≥≤><＞＜=]+|不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|达到)\s*/u,
            '',
          ) || '1200人次';
        return `${named(label)}：填这项指标实际完成的数量或情况；年度指标值是「${indicator.target || '（空）'}」，可以照这个格式填，例如「${example}」或「已完成」。`;
      }
      if (indicator && row?.[2] === 'score')
        return `${named(label)}：填这项指标的得分，不超过分值 ${fmt(indicator.weight)}。`;
      if (path === 'phone')
        return `${named(label)}：一个手机号（11 位）或带区号的固定电话，如 0812-1234567。`;
      if (path === 'owner') return `${named(label)}：项目负责人的姓名。`;
      if (kind === 'funds')
        return path.endsWith('.rate')
          ? `${named(label)}：百分比，如 95%；按全年执行数 ÷ 全年预算数 × 100% 计算。`
          : `${named(label)}：单位是万元；写「112.12万」「1,196,000元」都可以，我会换算成万元。`;
      if (kind === 'number') return `${named(label)}：填数字，如 8 或 7.5（也可以写「九十五分」）。`;
      if (kind === 'year') return `${named(label)}：四位年份，如 2024。`;
      if (kind === 'row') return `${named(label)}：请按${ROW_EXAMPLE}回复；没有做满意度调查请回复「未做」。`;
      return `${named(label)}：直接回复内容即可。`;
    })
    .join('\n');
}
