/** Echoes a parsed query in plain Chinese a clerk reads at a glance: no field ids, no long 或/且 chains. */

import { measureLabel } from './execute.ts';
import { FIELDS, type FieldId, type NumericField, unitOf } from './fields.ts';
import type { Filter, LeafFilter, Op, PortfolioQuery } from './query.ts';

const OP_WORD: Record<Op, string> = {
  '<': '低于',
  '<=': '不高于',
  '>': '高于',
  '>=': '不低于',
  '=': '为',
  '<>': '不等于',
};

/** One phrase per condition the checks find (a code set reads as one thing). */
const CODE_PHRASE: Array<[string[], string]> = [
  [
    ['TOTAL_MISMATCH', 'RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'WEIGHT_SUM', 'INDICATOR_SCORE_DIFFERS'],
    '有计算错误',
  ],
  [['SCORE_ABOVE_WEIGHT', 'BUDGET_WEIGHT_HOLDS_SCORE'], '有得分超过分值的行'],
  [['DEVIATION_MISSING'], '缺偏差原因'],
  [['SATISFACTION_MISSING'], '没有满意度指标'],
  [['SATISFACTION_NOT_SURVEYED'], '满意度调查未做'],
  [['BUDGET_SCORE_MISMATCH'], '预算执行得分与执行率不符'],
  [['RATE_MISMATCH'], '表上执行率与核算执行率不符'],
  [['BENEFIT_MISSING'], '缺效益指标'],
  [['ACTUAL_EMPTY'], '有实际完成值未填'],
  [['FUNDS_UNIT_SUSPECT'], '金额单位可疑'],
  [['PHONE_FORMAT'], '电话格式有误'],
  [['WEIGHT_SUM'], '分值合计不对'],
  [['EXECUTED_EXCEEDS_BUDGET'], '执行数超过预算数'],
  [['TOTAL_MISMATCH'], '总分不符'],
];

const formatNumber = (n: number) => String(Math.round(n * 100) / 100);

function valueText(field: NumericField, value: number): string {
  return field === 'year' ? `${value}年` : `${formatNumber(value)}${unitOf(field)}`;
}

function namesText(f: Extract<LeafFilter, { type: 'name' }>): string {
  const label = f.field === 'projectName' ? '项目' : FIELDS[f.field].label;
  const values = f.values ?? [];
  if (values.length === 1) return `${label}为「${values[0]}」`;
  if (values.length > 1 && values.length <= 3) return `${label}为${values.map((v) => `「${v}」`).join('、')}`;
  if (values.length > 3) return `${label}含「${f.term}」（${values.length}个）`;
  return `${label}含「${f.term}」`;
}

function leafText(f: LeafFilter): string {
  switch (f.type) {
    case 'compare':
      if (f.field === 'year' && f.op === '=') return `${f.value}年`;
      return `${FIELDS[f.field].label}${OP_WORD[f.op]}${valueText(f.field, f.value)}`;
    case 'fields':
      return f.op === '<>'
        ? `${FIELDS[f.left].label}与${FIELDS[f.right].label}不一致`
        : f.op === '='
          ? `${FIELDS[f.left].label}与${FIELDS[f.right].label}一致`
          : `${FIELDS[f.left].label}${OP_WORD[f.op]}${FIELDS[f.right].label}`;
    case 'empty':
      return `${FIELDS[f.field].label}${f.empty ? '未填' : '已填'}`;
    case 'name':
      return namesText(f);
    case 'grade':
      return `参考等级${f.op === '=' ? '为' : ''}${f.value}${f.op === '<=' ? '及以下' : f.op === '>=' ? '及以上' : ''}`;
    case 'finding': {
      const key = f.codes.join(',');
      const phrase = CODE_PHRASE.find(([codes]) => codes.join(',') === key)?.[1];
      const path = f.paths?.length ? f.paths.map((p) => FIELDS[p as FieldId]?.label ?? p).join('、') : '';
      const text = phrase ?? (path ? `缺${path}` : '有检查问题');
      return f.negate ? `没有「${text}」的问题` : text;
    }
    case 'satisfactionGap':
      return f.negate ? '有满意度调查' : '缺满意度指标或未做满意度调查';
    case 'severity':
      return `${f.negate ? '没有' : '有'}${f.value === 'error' ? '错误' : '警告'}`;
    case 'status':
      return f.value === 'notSubmitted'
        ? '尚未提交自评表'
        : f.value === 'incomplete'
          ? '有错误或缺项'
          : '没有错误和缺项';
  }
}

function filterText(f: Filter): string {
  if (f.type !== 'any') return leafText(f);
  // 满意度指标分值未填或为0: one field, empty or zero.
  const [a, b] = f.filters;
  if (
    f.filters.length === 2 &&
    a?.type === 'empty' &&
    b?.type === 'compare' &&
    a.field === b.field &&
    b.op === '=' &&
    b.value === 0
  ) {
    return `${FIELDS[a.field].label}未填或为0`;
  }
  // 大红门街道: 主管部门或实施单位含「大红门街道」, said once per term.
  const terms = new Map<string, LeafFilter[]>();
  const rest: LeafFilter[] = [];
  for (const x of f.filters) {
    if (x.type === 'name' && (x.field === 'department' || x.field === 'implementingUnit')) {
      terms.set(x.term, [...(terms.get(x.term) ?? []), x]);
    } else rest.push(x);
  }
  const orgs = [...terms.entries()].map(([term, xs]) =>
    xs.length > 1 ? `主管部门或实施单位含「${term}」` : leafText(xs[0]!),
  );
  return [...orgs, ...rest.map(leafText)].join('或');
}

export function describeQuery(q: PortfolioQuery): string {
  // Year and names first: 2023年，大红门街道，执行率低于90%的项目.
  const rank = (f: Filter) => (f.type === 'compare' && f.field === 'year' ? 0 : f.type === 'name' ? 1 : 2);
  const conditions = [...q.filters].sort((a, b) => rank(a) - rank(b)).map(filterText);
  const parts = [conditions.length ? `${conditions.join('，')}的项目` : '全部项目'];
  if (q.groupBy) parts.push(`按${FIELDS[q.groupBy].label}统计`);
  if (q.measures?.length) parts.push(q.measures.map(measureLabel).join('、'));
  if (q.order) {
    const by =
      typeof q.order.by === 'string'
        ? FIELDS[q.order.by].label
        : measureLabel(q.measures?.[q.order.by.measure] ?? { fn: 'count' });
    const dir = q.order.dir === 'asc' ? '最低' : '最高';
    parts.push(
      q.limit
        ? `${by}${dir}的${q.limit === 1 ? '' : `${q.limit}个`}`
        : `按${by}${q.order.dir === 'asc' ? '从低到高' : '从高到低'}排列`,
    );
  }
  if (q.select?.length) parts.push(`看${q.select.map((f) => FIELDS[f].label).join('、')}`);
  return `查询：${parts.join('；')}`;
}
