import { z } from 'zod';
import type { ParsedForm } from '../ingest/document.ts';
import {
  addUsage,
  ExtractionFailed,
  type FailureReason,
  type LlmUsage,
  type StructuredLlm,
  type StructuredRequest,
  zeroUsage,
} from '../llm/client.ts';
import { fill, loadPrompt } from '../llm/prompts.ts';
import { log } from '../log.ts';
import {
  FUNDS_COLUMN_LABEL,
  INDICATOR_CELLS,
  INDICATOR_LABEL,
  type IndicatorCell,
} from '../record/labels.ts';
import {
  emptyRecord,
  type FormRecord,
  FUNDS_COLUMNS,
  type FundsColumn,
  type FundsRowKey,
  type Indicator,
  type Provenance,
} from '../record/record.ts';
import { findGaps, GAP_KEYS, type Gap, type GapKey, type GapReport } from './gaps.ts';
import {
  type GroundingFailure,
  ground,
  groundKey,
  overclaimed,
  renderEntries,
  type SourceEntry,
} from './ground.ts';
import { cellValue, isPlaceholderRow, parseFundsCell, parseScore } from './normalize.ts';

const logger = log.child({ module: 'llm-extract' });

export const GAP_PROMPT_FILE = 'extract-gaps.v1.zh.md';

const quoted = z.object({ text: z.string(), ref: z.string() }).nullable();
type Quoted = z.infer<typeof quoted>;

const fundsRowDraft = z
  .object(Object.fromEntries(FUNDS_COLUMNS.map((c) => [c, quoted])) as Record<FundsColumn, typeof quoted>)
  .nullable();

const indicatorDraft = z.object(
  Object.fromEntries(INDICATOR_CELLS.map((c) => [c, quoted])) as Record<IndicatorCell, typeof quoted>,
);

const KEY_LABELS: Record<GapKey, string> = {
  year: '年度（表头“（2023 年度）”中的年份数字）',
  projectName: '项目名称',
  department: '主管部门',
  implementingUnit: '实施单位',
  owner: '项目负责人',
  phone: '联系电话',
  funds_total: '年度资金总额一行',
  funds_fiscal: '其中：当年财政拨款一行',
  funds_carryOver: '上年结转资金一行',
  funds_other: '其他资金一行',
  goals_expected: '年度总体目标的预期目标',
  goals_actual: '年度总体目标的实际完成情况',
  totalWeight: '总分一行的分值',
  totalScore: '总分一行的得分',
  indicators: '绩效指标表的每一行',
};

function draftShape(key: GapKey): z.ZodType {
  if (key.startsWith('funds_')) return fundsRowDraft;
  if (key === 'indicators') return z.array(indicatorDraft).nullable();
  return quoted;
}

function fieldLine(key: GapKey, gap?: Gap): string {
  if (key === 'indicators' && gap?.rows) {
    return `- indicators：绩效指标表中规则未能分清单元格的 ${gap.rows.length} 行（第 ${gap.rows.map((r) => r + 1).join('、')} 行），按原文顺序每行一个对象（${INDICATOR_CELLS.map((c) => `${c} ${INDICATOR_LABEL[c]}`).join('、')}）`;
  }
  const base = `- ${key}：${KEY_LABELS[key]}${gap?.why === 'ambiguous' ? '（规则未能对齐各列，请按表头逐列核对）' : ''}`;
  if (key.startsWith('funds_')) {
    return `${base}（各列：${FUNDS_COLUMNS.map((c) => `${c} ${FUNDS_COLUMN_LABEL[c]}`).join('、')}）`;
  }
  if (key === 'indicators') {
    return `${base}（${INDICATOR_CELLS.map((c) => `${c} ${INDICATOR_LABEL[c]}`).join('、')}；一级、二级指标是合并单元格时引用写着它的单元格）`;
  }
  return base;
}

export type Draft = Partial<Record<GapKey, unknown>>;

export interface GapPrompt {
  keys: GapKey[];
  request: StructuredRequest<Draft>;
  promptVersion: string;
}

/** The entries a request shows: the gaps' ranges with one entry of context, gaps between them marked `…`. */
function excerpt(entries: readonly SourceEntry[], gaps: readonly Gap[]): string {
  const keep = new Set<number>();
  for (const r of gaps.flatMap((g) => [g, ...(g.also ?? [])])) {
    for (let i = Math.max(0, r.from - 1); i <= Math.min(entries.length - 1, r.to + 1); i++) keep.add(i);
  }
  const parts: string[] = [];
  let previous = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (previous >= 0 && i !== previous + 1) parts.push('…');
    parts.push(renderEntries([entries[i] as SourceEntry]));
    previous = i;
  }
  return parts.join('\n');
}

/** The request for a set of gap keys over a source excerpt (exported for the token benchmark). */
export function buildGapPrompt(
  keys: readonly GapKey[],
  source: string,
  label?: string,
  gaps: readonly Gap[] = [],
): GapPrompt {
  const prompt = loadPrompt(GAP_PROMPT_FILE);
  const schema = z.object(
    Object.fromEntries(keys.map((k) => [k, draftShape(k)])),
  ) as unknown as z.ZodType<Draft>;
  // Strict mode needs every key; an answer that leaves a key out means null, not a re-ask.
  const accept = z.object(
    Object.fromEntries(keys.map((k) => [k, z.preprocess((v) => v ?? null, draftShape(k))])),
  ) as unknown as z.ZodType<Draft>;
  return {
    keys: [...keys],
    promptVersion: prompt.tag,
    request: {
      name: 'form_gaps',
      schema,
      accept,
      system: prompt.system,
      user: fill(prompt.user, {
        fields: keys
          .map((k) =>
            fieldLine(
              k,
              gaps.find((g) => g.key === k),
            ),
          )
          .join('\n'),
        source,
      }),
      label,
    },
  };
}

/** What the LLM is asked for one form, or null when the mapping left nothing it could read. */
export function planForForm(
  form: ParsedForm,
  label?: string,
): { report: GapReport; prompt: GapPrompt | null } {
  const report = findGaps(form);
  if (report.wholeForm && report.entries.length > 0) {
    return { report, prompt: buildGapPrompt(GAP_KEYS, renderEntries(report.entries), label) };
  }
  if (report.gaps.length === 0) return { report, prompt: null };
  const keys = [...new Set(report.gaps.map((g) => g.key))];
  return { report, prompt: buildGapPrompt(keys, excerpt(report.entries, report.gaps), label, report.gaps) };
}

export interface DroppedValue {
  form: number;
  path: string;
  text: string;
  ref: string;
  /** `row-count`: re-read ambiguous rows did not match the rows asked for one to one. */
  reason: GroundingFailure | 'row-count';
}

export interface FormLlmReport {
  form: number;
  /** Record paths asked of the LLM. */
  asked: string[];
  /** Record paths the LLM filled with a grounded value. */
  filled: string[];
  dropped: DroppedValue[];
  /** Gaps still unread: reported to the user as missing. */
  unread: { path: string; label: string }[];
  usage: LlmUsage;
  promptVersion: string | null;
  failure?: FailureReason;
}

export interface LlmCompletion {
  forms: ParsedForm[];
  usage: LlmUsage;
  reports: FormLlmReport[];
  dropped: DroppedValue[];
}

const KEY_PATH = (key: GapKey): string =>
  key.startsWith('funds_')
    ? `funds.${key.slice(6)}`
    : key.startsWith('goals_')
      ? `goals.${key.slice(6)}`
      : key;

/** Applies a draft to a copy of the record: only asked keys, only empty fields, only grounded values. */
class Merger {
  readonly filled: string[] = [];
  readonly dropped: DroppedValue[] = [];

  constructor(
    readonly form: number,
    readonly record: FormRecord,
    readonly provenance: Provenance,
    readonly entries: readonly SourceEntry[],
    /** Gaps the rules read but could not align: grounded values replace what they guessed. */
    readonly ambiguous: readonly Gap[] = [],
  ) {}

  /** Top-level fields whose number belongs to another field of the same line (`prepare`). */
  private misplaced = new Set<string>();

  /** Before a draft is applied: 总分's 分值 and 得分 quoted from one line must be two numbers, not one twice. */
  prepare(draft: Record<string, unknown>): void {
    const q = (k: string) => draft[k] as Quoted;
    this.misplaced = overclaimed(
      this.entries,
      ['totalWeight', 'totalScore'].map((field) => ({ field, quote: q(field)?.text, ref: q(field)?.ref })),
    );
  }

  /** Checks a row's cells in column order; the fields that took another field's number are dropped. */
  private rowMisplaced(row: Record<string, Quoted>, columns: readonly string[]): Set<string> {
    return overclaimed(
      this.entries,
      columns.map((field) => ({ field, quote: row[field]?.text, ref: row[field]?.ref })),
    );
  }

  /** The grounded text of a quoted value, or null (dropped and reported). */
  private take(
    path: string,
    q: Quoted,
    numeric: boolean,
    into: Provenance = this.provenance,
    misplaced = false,
  ): string | null {
    if (!q || q.text.trim() === '') return null;
    const result = ground(this.entries, q.text, q.ref, { numeric: numeric && /\d/.test(q.text) });
    if (!result.ok || misplaced) {
      const reason = result.ok ? 'not-its-field' : result.reason;
      this.dropped.push({ form: this.form, path, text: q.text, ref: q.ref, reason });
      return null;
    }
    into[path] = { ref: result.ref, method: 'llm', quote: q.text };
    return cellValue(q.text);
  }

  private number(path: string, q: Quoted, parse: (t: string) => number | null): number | null {
    const text = this.take(path, q, true, this.provenance, this.misplaced.has(path));
    if (text === null) return null;
    const value = parse(text);
    if (value === null) {
      delete this.provenance[path];
      this.dropped.push({ form: this.form, path, text, ref: q?.ref ?? '', reason: 'not-a-number' });
    }
    return value;
  }

  apply(key: GapKey, value: unknown): void {
    const r = this.record;
    const path = KEY_PATH(key);
    if (key === 'indicators') {
      this.indicators(value as z.infer<typeof indicatorDraft>[] | null);
      return;
    }
    if (key.startsWith('funds_')) {
      this.funds(path, value as z.infer<typeof fundsRowDraft>);
      return;
    }
    const q = value as Quoted;
    // Never overwrite what the rules read: the LLM only fills what is empty.
    if (key === 'year') {
      if (r.year !== null) return;
      const year = this.number(path, q, (t) =>
        /^(19|20)\d{2}$/.test(t.replace(/\D/g, '')) ? Number(t.replace(/\D/g, '')) : null,
      );
      if (year !== null) this.set(path, () => (r.year = year));
      return;
    }
    if (key === 'totalScore' || key === 'totalWeight') {
      if (r[key] !== null) return;
      const n = this.number(path, q, parseScore);
      if (n !== null) this.set(path, () => (r[key] = n));
      return;
    }
    if (key === 'goals_expected' || key === 'goals_actual') {
      const g = key === 'goals_expected' ? 'expected' : 'actual';
      if (r.goals[g]) return;
      const text = this.take(path, q, false);
      if (text !== null) this.set(path, () => (r.goals[g] = text));
      return;
    }
    const field = key as 'projectName' | 'department' | 'implementingUnit' | 'owner' | 'phone';
    if (r[field]) return;
    const text = this.take(path, q, key === 'phone');
    if (text !== null) this.set(path, () => (r[field] = text));
  }

  private set(path: string, write: () => unknown): void {
    write();
    this.filled.push(path);
  }

  private funds(path: string, row: z.infer<typeof fundsRowDraft>): void {
    if (!row) return;
    const target = this.record.funds[path.slice(6) as FundsRowKey];
    const replace = this.ambiguous.some((g) => g.path === path);
    const misplaced = this.rowMisplaced(row as Record<string, Quoted>, FUNDS_COLUMNS);
    for (const c of FUNDS_COLUMNS) {
      const cellPath = `${path}.${c}`;
      if (target[c].raw.trim() !== '' && !replace) continue;
      const text = this.take(cellPath, row[c], true, this.provenance, misplaced.has(c));
      if (text === null) continue;
      this.set(cellPath, () => (target[c] = parseFundsCell(text)));
    }
  }

  /** One drafted row as an indicator, its cells grounded into `into`; null when its name is not grounded. */
  private indicator(i: number, row: z.infer<typeof indicatorDraft>, into: Provenance): Indicator | null {
    const misplaced = this.rowMisplaced(row as Record<string, Quoted>, INDICATOR_CELLS);
    const cell = (c: IndicatorCell, numeric = false) =>
      this.take(`indicators[${i}].${c}`, row[c], numeric, into, misplaced.has(c)) ?? '';
    const name = cell('name');
    if (name === '') return null;
    const weightRaw = cell('weight', true);
    const scoreRaw = cell('score', true);
    const indicator: Indicator = {
      level1: cell('level1'),
      level2: cell('level2'),
      name,
      target: cell('target'),
      actual: cell('actual'),
      weight: parseScore(weightRaw),
      score: parseScore(scoreRaw),
      deviation: cell('deviation'),
      weightRaw,
      scoreRaw,
    };
    if (isPlaceholderRow(indicator)) indicator.placeholder = true;
    return indicator;
  }

  private indicators(rows: z.infer<typeof indicatorDraft>[] | null): void {
    if (!rows) return;
    const ambiguous = this.ambiguous.find((g) => g.key === 'indicators' && g.rows);
    if (ambiguous?.rows) {
      this.replaceRows(ambiguous.rows, rows);
      return;
    }
    if (this.record.indicators.length > 0) return;
    for (const row of rows) {
      const i = this.record.indicators.length;
      const indicator = this.indicator(i, row, this.provenance);
      if (!indicator) continue;
      this.record.indicators.push(indicator);
      this.filled.push(`indicators[${i}]`);
    }
  }

  /** Re-read rows replace the rule's guesses one for one; a different row count replaces nothing. */
  private replaceRows(indexes: readonly number[], rows: z.infer<typeof indicatorDraft>[]): void {
    if (rows.length !== indexes.length) {
      this.dropped.push({
        form: this.form,
        path: 'indicators',
        text: `${rows.length} 行`,
        ref: '',
        reason: 'row-count',
      });
      return;
    }
    indexes.forEach((i, j) => {
      const old = this.record.indicators[i];
      const into: Provenance = {};
      const fresh = old && rows[j] ? this.indicator(i, rows[j], into) : null;
      if (!old || !fresh) return;
      // Merged 一级/二级 labels the model did not cite stay as the rules carried them down.
      fresh.level1 ||= old.level1;
      fresh.level2 ||= old.level2;
      for (const key of Object.keys(this.provenance)) {
        if (key === `indicators[${i}]` || key.startsWith(`indicators[${i}].`)) delete this.provenance[key];
      }
      Object.assign(this.provenance, into);
      this.record.indicators[i] = fresh;
      this.filled.push(`indicators[${i}]`);
    });
  }
}

function copyForm(form: ParsedForm): ParsedForm {
  return structuredClone(form);
}

/** Gaps as the record paths and labels reported to the user. */
function unreadOf(gaps: readonly Gap[], filled: readonly string[]): { path: string; label: string }[] {
  return gaps
    .filter(
      (g) => !filled.some((f) => f === g.path || f.startsWith(`${g.path}.`) || f.startsWith(`${g.path}[`)),
    )
    .map((g) => ({ path: g.path, label: g.label }));
}

/** Where a new indicator row likely starts: a level label at the start of a cell or line. */
const ROW_START = /^(产出|效益|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象)/;

/** Halves an indicator table at a row start near the middle; the header row goes with both halves. */
function halves(gap: Gap, entries: readonly SourceEntry[]): Gap[] | null {
  if (gap.rows || gap.to - gap.from < 16) return null;
  const header = gap.also?.[0] ?? { from: gap.from, to: gap.from + 8 };
  const start = Math.max(gap.from, header.to + 1);
  const mid = Math.floor((start + gap.to) / 2);
  let cut = mid;
  for (let d = 0; d <= (gap.to - start) / 4; d++) {
    if (ROW_START.test(groundKey(entries[mid + d]?.text ?? ''))) {
      cut = mid + d;
      break;
    }
    if (ROW_START.test(groundKey(entries[mid - d]?.text ?? ''))) {
      cut = mid - d;
      break;
    }
  }
  return [
    { ...gap, from: start, to: cut - 1, also: [header] },
    { ...gap, from: cut, to: gap.to, also: [header] },
  ];
}

/**
 * Asks for the drafts of a form. A truncated answer (finish_reason length) is not retried as is: the request is
 * split per gap, and a long indicator table into halves (header repeated), at most three levels deep.
 */
async function askWithSplit(llm: StructuredLlm, prompt: GapPrompt, plan: GapReport, label?: string) {
  const usage = zeroUsage();
  const ask = async (
    request: StructuredRequest<Draft>,
    keys: readonly GapKey[],
    gaps: readonly Gap[],
    depth: number,
  ): Promise<Draft[]> => {
    try {
      const answer = await llm.complete(request);
      addUsage(usage, answer.usage);
      return [answer.value];
    } catch (err) {
      if (!(err instanceof ExtractionFailed) || err.reason !== 'length' || depth >= 3) throw err;
      addUsage(usage, err.usage);
      const parts: { keys: GapKey[]; gaps: Gap[] }[] = [];
      if (keys.length > 1) {
        for (const key of keys) parts.push({ keys: [key], gaps: gaps.filter((g) => g.key === key) });
      } else {
        const table = gaps.find((g) => g.key === 'indicators') ?? {
          key: 'indicators' as const,
          path: 'indicators',
          label: '绩效指标表',
          why: 'unread' as const,
          from: 0,
          to: plan.entries.length - 1,
        };
        const split = keys[0] === 'indicators' ? halves(table, plan.entries) : null;
        if (!split) throw err;
        for (const half of split) parts.push({ keys: ['indicators'], gaps: [half] });
      }
      const drafts: Draft[] = [];
      for (const part of parts) {
        const source = part.gaps.length > 0 ? excerpt(plan.entries, part.gaps) : renderEntries(plan.entries);
        const request = buildGapPrompt(part.keys, source, label, part.gaps).request;
        drafts.push(...(await ask(request, part.keys, part.gaps, depth + 1)));
      }
      return drafts;
    }
  };
  try {
    const drafts = await ask(prompt.request, prompt.keys, plan.wholeForm ? [] : plan.gaps, 0);
    return { drafts, usage };
  } catch (err) {
    if (err instanceof ExtractionFailed)
      throw new ExtractionFailed(err.reason, err.raw, err.issues, usage, { cause: err });
    throw err;
  }
}

/** Drafts of split requests as one: indicator rows concatenated in order, otherwise the first value given. */
function mergeDrafts(drafts: readonly Draft[]): Draft {
  const out: Draft = {};
  for (const draft of drafts) {
    for (const [key, value] of Object.entries(draft) as [GapKey, unknown][]) {
      if (key === 'indicators' && Array.isArray(value)) {
        out.indicators = [...((out.indicators as unknown[] | null | undefined) ?? []), ...value];
      } else if (out[key] === undefined || out[key] === null) {
        out[key] = value;
      }
    }
  }
  return out;
}

async function completeOne(form: ParsedForm, index: number, llm: StructuredLlm | null) {
  const out = copyForm(form);
  const { report: plan, prompt } = planForForm(form, `form-${index}`);
  const report: FormLlmReport = {
    form: index,
    asked: prompt ? prompt.keys.map(KEY_PATH) : [],
    filled: [],
    dropped: [],
    unread: [],
    usage: zeroUsage(),
    promptVersion: null,
  };
  if (prompt && llm) {
    report.promptVersion = prompt.promptVersion;
    const ambiguous = plan.gaps.filter((g) => g.why === 'ambiguous');
    const merger = new Merger(index, out.record, out.provenance, plan.entries, ambiguous);
    try {
      const { drafts, usage } = await askWithSplit(llm, prompt, plan, `form-${index}`);
      report.usage = usage;
      const draft = mergeDrafts(drafts);
      merger.prepare(draft as Record<string, unknown>);
      for (const key of prompt.keys) if (key in draft) merger.apply(key, draft[key]);
    } catch (err) {
      if (!(err instanceof ExtractionFailed)) throw err;
      report.usage = err.usage;
      report.failure = err.reason;
      out.notes.push(err.userMessage);
    }
    report.filled = merger.filled;
    report.dropped = merger.dropped;
    for (const d of merger.dropped) {
      out.notes.push(`大模型给出的“${d.path}”的值无法在原文 ${d.ref} 中核实，已舍弃。`);
    }
  }
  report.unread = unreadOf(plan.gaps, report.filled);
  if (report.unread.length > 0) {
    const labels = report.unread.map((u) => u.label).join('、');
    out.notes.push(
      llm
        ? `未能读取：${labels}。请核对原表后补充。`
        : `未配置大模型，以下内容未能自动读取：${labels}。请补充。`,
    );
  }
  logger.info(
    {
      form: index,
      asked: report.asked,
      filled: report.filled.length,
      dropped: report.dropped.length,
      unread: report.unread.length,
      promptVersion: report.promptVersion,
      failure: report.failure,
      ...report.usage,
    },
    'llm completion',
  );
  return { form: out, report };
}

/** Lines sent at most for a document no reader could segment (about one form). */
const MAX_UNREAD_LINES = 600;

/**
 * A document the table mapping cannot read at all (the readers found no form) as one empty form whose source is
 * its numbered lines: `completeWithLlm` then sends it whole, and grounds every value in a line.
 */
export function formFromUnreadableText(text: string): ParsedForm {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ no: i + 1, text: line.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text !== '');
  const kept = lines.slice(0, MAX_UNREAD_LINES);
  const notes = ['未能按表格结构读取该文档。'];
  if (lines.length > kept.length) notes.push(`文档过长，只读取了前 ${kept.length} 行，请拆分后逐表提交。`);
  return {
    record: emptyRecord(),
    provenance: {},
    notes,
    sourceText: kept.map((l) => `L${l.no}\t${l.text}`).join('\n'),
  };
}

/**
 * Deterministic first, LLM for the rest: asks the model only for each form's gaps, keeps only grounded values,
 * and reports what stays unread. With `llm` null the forms come back unchanged except for the notes on what
 * could not be read. Never throws on an LLM failure: the deterministic result then stands.
 */
export async function completeWithLlm(
  forms: readonly ParsedForm[],
  llm: StructuredLlm | null,
  options: { concurrency?: number } = {},
): Promise<LlmCompletion> {
  const results: { form: ParsedForm; report: FormLlmReport }[] = new Array(forms.length);
  let next = 0;
  const worker = async () => {
    while (next < forms.length) {
      const i = next++;
      results[i] = await completeOne(forms[i] as ParsedForm, i, llm);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, forms.length)) }, worker),
  );
  const usage = zeroUsage();
  for (const r of results) addUsage(usage, r.report.usage);
  return {
    forms: results.map((r) => r.form),
    usage,
    reports: results.map((r) => r.report),
    dropped: results.flatMap((r) => r.report.dropped),
  };
}
