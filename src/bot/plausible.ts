import type { FormRecord, FundsCell } from '../record/record.ts';
import { phoneShapeOk } from '../score/validate-header.ts';
import { type FieldInfo, getPath, named } from './fields.ts';
import { isChitchat, isQuestion } from './intent.ts';
import { looksLikeOrgName } from './org-name.ts';
import { compactName, looksLikePersonName } from './person-name.ts';

/**
 * Does a converted answer fit the field it would be written to? A write happens only when it does; otherwise the bot
 * says why and asks again (issue 10: "never write into the wrong field"). Keys on the field's path and type, and on
 * the row's own 年度指标值 and 分值, never on a form.
 */

const INDICATOR_FIELD = /^indicators\[(\d+)\]\.(\w+)$/;
const FUNDS_FIELD = /^funds\.(\w+)\.(\w+)$/;
/** Above this a 万元 amount is probably 元 (as the funds validator says). */
const WAN_CEILING = 10_000;
const MAX_SHORT_TEXT = 80;
/** A 实际完成值 that says done / not done / reached needs no number even when the target has one. */
const STATUS_WORD =
  /完成|达到|达标|实现|未|没|无|全部|均|已|按时|及时|合格|满足|超过|不足|低于|高于|好|良|优|差|提高|提升|下降|降低|减少|增加|有效|显著|明显|基本|较好|良好|正常|100%/;
const HAS_NUMBER = /\d|[零一二两三四五六七八九十百千万]/;
/** Header fields whose value is never also an indicator's 实际完成值 (a name typed at the wrong question). */
const HEADER_FIELDS = ['owner', 'phone', 'projectName', 'department', 'implementingUnit'] as const;
const DIGITS = /\d/;

const rowOf = (record: FormRecord, path: string) => {
  const m = INDICATOR_FIELD.exec(path);
  return m ? { row: record.indicators[Number(m[1])], field: m[2] ?? '' } : null;
};

function textProblem(info: FieldInfo, value: string, record: FormRecord, labelled: boolean): string | null {
  const v = value.trim();
  if (v === '') return `${named(info.label)}不能为空。`;
  if (isChitchat(v)) return `「${v}」不像是${info.label}。`;
  if (isQuestion(v)) return `「${v}」像是一个问题，不是${info.label}。`;
  switch (info.path) {
    case 'owner':
      if (looksLikePersonName(v, labelled)) return null;
      // Only the family name was unknown: the clerk can say that it is the name.
      return looksLikePersonName(v, true)
        ? `「${v}」不像是常见的人名。如果确实是负责人的姓名，请回复「负责人是${compactName(v)}」。`
        : `「${v}」不像是人名，请回复项目负责人的姓名。`;
    case 'phone':
      return phoneShapeOk(v)
        ? null
        : `「${v}」不是有效的电话号码（手机 11 位，固定电话请带区号，如 0812-1234567）。`;
    case 'projectName':
      return v.length <= MAX_SHORT_TEXT ? null : `${named(info.label)}太长了，请只回复名称。`;
    case 'department':
    case 'implementingUnit':
      return officeProblem(info, v, labelled);
  }
  const indicator = rowOf(record, info.path);
  if (indicator?.field === 'actual') {
    if (v.length > MAX_SHORT_TEXT)
      return `${named(info.label)}请只填完成值（如「1200人次」「已完成」），说明可写在偏差原因里。`;
    const target = indicator.row?.target ?? '';
    const header = HEADER_FIELDS.find((h) => (record[h] ?? '').replace(/\s/g, '') === v.replace(/\s/g, ''));
    if (header)
      return `「${v}」是表中的${header === 'owner' ? '项目负责人' : '表头信息'}，不像是「${indicator.row?.name || '该指标'}」的完成值。`;
    if (phoneShapeOk(v) && /\d{3}[\s-]*\d{4}/.test(v) && !/\d{5}/.test(target.replace(/[,，\s]/g, '')))
      return `「${v}」像是电话号码，不是「${indicator.row?.name || '该指标'}」的完成值（年度指标值是「${target}」）。`;
    // A quantified target ("≥1000人次", "95%") is answered with a number or a status ("已完成", "未达到").
    if (DIGITS.test(target) && !HAS_NUMBER.test(v.normalize('NFKC')) && !STATUS_WORD.test(v))
      return `「${v}」不像是「${indicator.row?.name || '该指标'}」的完成值（年度指标值是「${target}」）。`;
  }
  return null;
}

/** Words that point at something instead of naming it (这个, 同上, 跟上面一样): never an office's name. */
const POINTS_AT = /这|那|它|此|同上|一样|上面|下面|前面|后面|上述|如上|原来|之前/;

/**
 * 主管部门 / 实施单位 take an office's name: one ending in the word for a kind of body (统计局, 潞源街道办事处). Any
 * other short text (「就填的这个」, 「不清楚」) is asked back, not written; the clerk may still give an unusual name by
 * naming the field (「实施单位是通州区融媒体」), as long as it names something rather than pointing at it.
 */
function officeProblem(info: FieldInfo, v: string, labelled: boolean): string | null {
  if (v.length > MAX_SHORT_TEXT) return `${named(info.label)}太长了，请只回复名称。`;
  if (looksLikeOrgName(v)) return null;
  const t = v.normalize('NFKC');
  const names = /^[\u4e00-\u9fa5（）()·A-Za-z0-9]{2,40}$/.test(t) && !POINTS_AT.test(t);
  if (labelled && names && !/项目|哪些|哪个|几个|多少|什么|怎么|吗|呢|谁/.test(t)) return null;
  return `「${v}」不像是单位名称，${named(info.label)}没有填写。请回复单位全称（如「区统计局」「××街道办事处」）；如果确实就叫这个名字，请回复「${info.label}是…」。`;
}

/** The largest value a number field may take: a score is at most its 分值, a 分值 at most 100. */
function numberLimit(info: FieldInfo, record: FormRecord): { max: number; why: string } | null {
  const indicator = rowOf(record, info.path);
  if (indicator?.field === 'score') {
    const weight = indicator.row?.weight;
    return weight === null || weight === undefined
      ? { max: 100, why: '满分 100' }
      : { max: weight, why: `分值 ${weight}` };
  }
  if (indicator?.field === 'weight') return { max: 100, why: '满分 100' };
  if (info.path === 'totalScore') {
    const max = record.totalWeight ?? 100;
    return { max, why: `总分值 ${max}` };
  }
  const funds = FUNDS_FIELD.exec(info.path);
  if (funds?.[2] === 'score') {
    const weight = (getPath(record, `funds.${funds[1]}.weight`) as FundsCell | undefined)?.value ?? null;
    return weight === null ? { max: 100, why: '满分 100' } : { max: weight, why: `分值 ${weight}` };
  }
  if (funds?.[2] === 'weight') return { max: 100, why: '满分 100' };
  return null;
}

/**
 * A reason in Chinese why `value` cannot go into the field, or null when it fits. `labelled`: the user named the
 * field ("负责人是…"), so a name with a rare family name is taken.
 */
export function implausible(
  info: FieldInfo,
  value: unknown,
  record: FormRecord,
  labelled = false,
): string | null {
  switch (info.kind) {
    case 'text':
      return textProblem(info, String(value ?? ''), record, labelled);
    case 'year': {
      const year = Number(value);
      return year >= 2000 && year <= 2100 ? null : `「${value}」不像是年度，请填四位年份，例如 2024。`;
    }
    case 'number': {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) return `${named(info.label)}应为不小于 0 的数字。`;
      const limit = numberLimit(info, record);
      return limit && n > limit.max
        ? `${named(info.label)}填 ${n} 超过了${limit.why}，请核对后再回复。`
        : null;
    }
    case 'funds': {
      const cell = value as FundsCell;
      const n = cell.value ?? Number.NaN;
      if (!Number.isFinite(n) || n < 0) return `${named(info.label)}应为不小于 0 的数字。`;
      const column = FUNDS_FIELD.exec(info.path)?.[2];
      if (column === 'rate') return n <= 1000 ? null : `执行率 ${n}% 不合常理，请核对后再回复。`;
      if (column === 'score' || column === 'weight') {
        const limit = numberLimit(info, record);
        return limit && n > limit.max
          ? `${named(info.label)}填 ${n} 超过了${limit.why}，请核对后再回复。`
          : null;
      }
      return null;
    }
    case 'row':
      return null;
  }
}

/** An amount typed without a unit that is too large for a 万元 cell: asked, not guessed (元 or 万元?). */
export function ambiguousAmount(info: FieldInfo, typed: string, value: number): string | null {
  const column = FUNDS_FIELD.exec(info.path)?.[2];
  if (!column || !['initialBudget', 'annualBudget', 'executed'].includes(column)) return null;
  if (/[元万亿]/.test(typed)) return null;
  // A mobile number typed at an amount question answers another question.
  if (/^1[3-9]\d{9}$/.test(typed.normalize('NFKC').replace(/[\s-]/g, '')))
    return `「${typed}」像是手机号码，不是${named(info.label)}。`;
  if (value <= WAN_CEILING) return null;
  return `${named(info.label)}的单位是万元，「${typed}」按万元计超过 1 亿元。如果是按元填写的，请回复「${typed}元」，我会换算成万元；否则请回复带单位的金额（如「${typed}万元」）。`;
}
