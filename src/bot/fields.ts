import {
  FUNDS_COLUMN_LABEL,
  FUNDS_ROW_LABEL,
  HEADER_LABEL,
  INDICATOR_LABEL,
  labelOf,
} from '../record/labels.ts';
import type { FormRecord, FundsCell, Indicator } from '../record/record.ts';
import { notDoneQuote } from './not-done.ts';
import { compactName } from './person-name.ts';
import {
  formatNumber,
  normaliseCount,
  normaliseDates,
  normalisePhone,
  parseAmount,
  parsePercent,
  parsePlainNumber,
} from './values.ts';

/** SCORING.md §9 groups, asked one per message. */
export type FieldGroup = 1 | 2 | 3 | 4 | 5 | 6;

export const GROUP_TITLES: Record<FieldGroup, string> = {
  1: '基本信息',
  2: '年度资金',
  3: '年度总体目标',
  4: '绩效指标',
  5: '偏差原因分析',
  6: '总分',
};

/** `row`: a whole indicator row the form lacks (`indicators[level1=满意度指标]`), appended on answer. */
export type FieldKind = 'text' | 'number' | 'year' | 'funds' | 'row';

export interface FieldInfo {
  path: string;
  label: string;
  group: FieldGroup;
  kind: FieldKind;
}

const INDICATOR_PATH = /^indicators\[(\d+)\]\.(\w+)$/;
const LEVEL_PATH = /^indicators\[level1=(.+)\]$/;
const FUNDS_PATH = /^funds\.(\w+)\.(\w+)$/;

/** What the bot can ask for and set; null for paths it cannot (whole rows, sections). */
export function fieldInfo(record: FormRecord, path: string): FieldInfo | null {
  const header = labelOf(HEADER_LABEL, path);
  if (header) return { path, label: header, group: 1, kind: path === 'year' ? 'year' : 'text' };
  const funds = FUNDS_PATH.exec(path);
  if (funds) {
    const row = labelOf(FUNDS_ROW_LABEL, funds[1]);
    const column = labelOf(FUNDS_COLUMN_LABEL, funds[2]);
    if (!row || !column) return null;
    return { path, label: `${row}·${column}`, group: 2, kind: 'funds' };
  }
  if (path === 'goals.expected') return { path, label: '预期目标', group: 3, kind: 'text' };
  if (path === 'goals.actual') return { path, label: '实际完成情况', group: 3, kind: 'text' };
  const indicator = INDICATOR_PATH.exec(path);
  if (indicator) {
    const row = record.indicators[Number(indicator[1])];
    const column = labelOf(INDICATOR_LABEL, indicator[2]);
    if (!row || !column) return null;
    const field = indicator[2] ?? '';
    return {
      path,
      label: `「${row.name || row.level2 || row.level1}」${column}`,
      group: field === 'deviation' ? 5 : 4,
      kind: field === 'weight' || field === 'score' ? 'number' : 'text',
    };
  }
  const level = LEVEL_PATH.exec(path);
  if (level) return { path, label: level[1] ?? path, group: 4, kind: 'row' };
  if (path === 'totalScore') return { path, label: '总分', group: 6, kind: 'number' };
  return null;
}

/** Short label aliases users type instead of the form label. */
export const LABEL_ALIASES: Record<string, string> = {
  负责人: 'owner',
  项目负责人: 'owner',
  电话: 'phone',
  联系电话: 'phone',
  手机: 'phone',
  项目名称: 'projectName',
  主管部门: 'department',
  实施单位: 'implementingUnit',
  年度: 'year',
  年初预算数: 'funds.total.initialBudget',
  年初预算: 'funds.total.initialBudget',
  全年预算数: 'funds.total.annualBudget',
  全年预算: 'funds.total.annualBudget',
  全年执行数: 'funds.total.executed',
  执行数: 'funds.total.executed',
  执行率: 'funds.total.rate',
  预期目标: 'goals.expected',
  实际完成情况: 'goals.actual',
  总分: 'totalScore',
};

const DEFAULT_LEVEL2: Record<string, string> = {
  产出指标: '数量指标',
  效益指标: '社会效益指标',
  满意度指标: '服务对象满意度指标',
};
export const ROW_EXAMPLE =
  '「三级指标/年度指标值/实际完成值/分值/得分」，例如「服务人次/1000人次/1200人次/20/20」';

/** An answer for a missing 一级 → the row to append: `未做` for satisfaction, or `名称/指标值/完成值/分值/得分`. */
function rowFromAnswer(level1: string, raw: string): ConvertResult {
  const base = { level1, level2: DEFAULT_LEVEL2[level1] ?? '', deviation: '' };
  if (level1 === '满意度指标' && notDoneQuote(raw) !== null) {
    // Not surveyed scores 0 (SCORING §5); the 分值 is asked next.
    const row: Indicator = {
      ...base,
      name: '服务对象满意度',
      target: '',
      actual: '未做',
      weight: null,
      score: 0,
      weightRaw: '',
      scoreRaw: '0',
    };
    return { ok: true, value: row };
  }
  const parts = raw.split(/\s*[/／|｜;；]\s*|\t+/).map((p) => p.trim());
  const [name, target, actual, weightText, scoreText] = parts;
  if (parts.length < 3 || !name || !target || !actual) {
    return { ok: false, message: `请按${ROW_EXAMPLE}回复新增的${level1}。` };
  }
  const weight = weightText ? parseNumber(weightText) : null;
  const score = scoreText ? parseNumber(scoreText) : null;
  const row: Indicator = {
    ...base,
    name,
    target,
    actual,
    weight,
    score,
    weightRaw: weight === null ? '' : String(weight),
    scoreRaw: score === null ? '' : String(score),
  };
  return { ok: true, value: row };
}

/** A record with a row appended, and the path it got. */
export function appendIndicator(record: FormRecord, row: Indicator): { record: FormRecord; path: string } {
  const next = structuredClone(record);
  next.indicators.push(row);
  return { record: next, path: `indicators[${next.indicators.length - 1}]` };
}

export function getPath(record: FormRecord, path: string): unknown {
  let node: unknown = record;
  for (const key of pathKeys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function pathKeys(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    const m = /^(\w+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    const indexes = [...(m[2] ?? '').matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return [m[1] ?? part, ...indexes];
  });
}

/** A copy of the record with one field set; indicator weight/score keep their raw text in step. */
export function setPath(record: FormRecord, path: string, value: unknown): FormRecord {
  const next = structuredClone(record);
  const keys = pathKeys(path);
  const last = keys.pop();
  let node: unknown = next;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  if (last === undefined || node === null || typeof node !== 'object') throw new Error(`cannot set ${path}`);
  (node as Record<string | number, unknown>)[last] = value;
  const indicator = INDICATOR_PATH.exec(path);
  if (indicator && (indicator[2] === 'weight' || indicator[2] === 'score')) {
    const row = next.indicators[Number(indicator[1])];
    if (row) row[indicator[2] === 'weight' ? 'weightRaw' : 'scoreRaw'] = value === null ? '' : String(value);
  }
  return next;
}

/** Reads a number as users type it: `1,234.5`, `95%`, `8分`, `１２`. */
export function parseNumber(text: string): number | null {
  const normalised = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/(万元|元|分|%|％)$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export type ConvertResult =
  | {
      ok: true;
      value: unknown /** How the typed text became the value, said back to the user. */;
      note?: string;
    }
  | { ok: false; message: string };

const MONEY_COLUMN = /^funds\.\w+\.(initialBudget|annualBudget|executed)$/;

/** A funds cell from what the user typed: amounts into 万元 (the form's unit), rates as percentages. */
function fundsCell(field: FieldInfo, raw: string): ConvertResult {
  if (MONEY_COLUMN.test(field.path)) {
    const amount = parseAmount(raw);
    if (!amount) return { ok: false, message: `「${field.label}」需要填金额（单位：万元），例如 120.5。` };
    const cell: FundsCell = { raw: formatNumber(amount.wan), value: amount.wan };
    return { ok: true, value: cell, ...(amount.conversion ? { note: amount.conversion } : {}) };
  }
  if (field.path.endsWith('.rate')) {
    const rate = parsePercent(raw);
    if (rate === null) return { ok: false, message: `「${field.label}」需要填百分比，例如 95%。` };
    // A rate is a percentage on the form: keep `98.86%`, not `98.86`.
    return { ok: true, value: { raw: `${formatNumber(rate)}%`, value: rate } satisfies FundsCell };
  }
  const n = parsePlainNumber(raw);
  if (n === null) return { ok: false, message: `「${field.label}」需要填数字，例如 8 或 7.5。` };
  return { ok: true, value: { raw: formatNumber(n), value: n } satisfies FundsCell };
}

/** A row about time (完成时间, 时效, 截止日期): a year and month alone is a date there. */
const TIME_ROW = /时间|时效|日期|期限|时限|进度|节点/;
const NUMBER_IN_WORDS = /[零〇一二两三四五六七八九十百千万亿]/;

/** A user's answer → the value stored at the field, or a Chinese message saying what to type. */
export function convertAnswer(field: FieldInfo, text: string): ConvertResult {
  const raw = text.trim();
  switch (field.kind) {
    case 'text': {
      if (field.path === 'phone') {
        const phone = normalisePhone(raw);
        return phone === raw.normalize('NFKC').trim()
          ? { ok: true, value: phone }
          : { ok: true, value: phone, note: `按「${phone}」记录` };
      }
      if (field.path === 'owner') return { ok: true, value: compactName(raw) };
      if (!/\.(actual|target)$/.test(field.path)) return { ok: true, value: raw };
      const count = normaliseCount(raw);
      if (count !== null) return { ok: true, value: count, note: `「${raw}」记为 ${count}` };
      const dated = normaliseDates(raw, TIME_ROW.test(field.label));
      return dated === raw
        ? { ok: true, value: raw }
        : { ok: true, value: dated, note: `日期记为「${dated}」` };
    }
    case 'number': {
      // A score or 分值 is no amount or percentage: "45万" or "95%" here is a value for another field.
      if (/[万元亿%％]/.test(raw))
        return { ok: false, message: `「${field.label}」是分数，请只回复数字，例如 8 或 7.5。` };
      const n = parsePlainNumber(raw);
      if (n === null) return { ok: false, message: `「${field.label}」需要填数字，例如 8 或 7.5。` };
      return NUMBER_IN_WORDS.test(raw) && !/\d/.test(raw)
        ? { ok: true, value: n, note: `「${raw}」记为 ${formatNumber(n)}` }
        : { ok: true, value: n };
    }
    case 'year': {
      const t = raw.normalize('NFKC');
      const m = /^(\d{4})\s*年?(度)?$/.exec(t);
      if (m) return { ok: true, value: Number(m[1]) };
      const short = /^(\d{2})\s*年度?$/.exec(t);
      if (short)
        return { ok: true, value: 2000 + Number(short[1]), note: `记为 ${2000 + Number(short[1])} 年` };
      return { ok: false, message: '年度请填四位年份，例如 2024。' };
    }
    case 'row':
      return rowFromAnswer(LEVEL_PATH.exec(field.path)?.[1] ?? '', raw);
    case 'funds':
      return fundsCell(field, raw);
  }
}

/** A label in 「」 for a sentence, unless it already holds its own (「聘用统计调查员」实际完成值). */
export const named = (label: string): string => (label.includes('「') ? label : `「${label}」`);

/** A field's value as shown to the user. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'object' && 'raw' in value) return showValue((value as FundsCell).raw);
  if (typeof value === 'object' && 'level1' in value) {
    const row = value as Indicator;
    return `${row.level1}「${row.name}」实际完成值 ${showValue(row.actual)}，分值 ${showValue(row.weight)}，得分 ${showValue(row.score)}`;
  }
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  return String(value);
}
