/** Echoes a parsed query in plain Chinese a clerk reads at a glance: no field ids, no long 或/且 chains. */

import type { FindingCode } from '../score/types.ts';
import { measureLabel } from './execute.ts';
import { FIELDS, type FieldId, type GroupField, type NumericField, unitOf } from './fields.ts';
import { nameKey } from './names.ts';
import { type Filter, type LeafFilter, leaves, type Op, type PortfolioQuery } from './query.ts';

const OP_WORD: Record<Op, string> = {
  '<': '低于',
  '<=': '不高于',
  '>': '高于',
  '>=': '不低于',
  '=': '为',
  '<>': '不等于',
};

/** How much more one field is than another: 多出至少20万元. */
const GAP_WORD: Record<Op, string> = {
  '<': '不到',
  '<=': '至多',
  '>': '超过',
  '>=': '至少',
  '=': '',
  '<>': '不是',
};

/** Code sets of the common questions, read as one thing. */
const CODE_SET_PHRASE: Array<[string[], string]> = [
  [
    ['TOTAL_MISMATCH', 'RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'WEIGHT_SUM', 'INDICATOR_SCORE_DIFFERS'],
    '有计算错误',
  ],
  [['SCORE_ABOVE_WEIGHT', 'BUDGET_WEIGHT_HOLDS_SCORE'], '有得分超过分值的行'],
  // problem-words.ts: the scorer files a total that matches only once the weights add up to 100 under WEIGHT_SUM.
  [['TOTAL_MISMATCH', 'WEIGHT_SUM'], '总分与各项得分合计不符（含分值合计不是100、总分须按分值折算的表）'],
];

/** Every check's condition in a clerk's words (the codes themselves are never shown). */
const CODE_PHRASE: Record<FindingCode, string> = {
  TOTAL_MISMATCH: '总分不符',
  TOTAL_MISSING: '总分未填',
  WEIGHT_SUM: '分值合计不对',
  TOTAL_WEIGHT_NOT_100: '总分值不是100',
  SCORE_ABOVE_WEIGHT: '有得分超过分值的行',
  SCORE_NEGATIVE: '有负分',
  RATE_MISMATCH: '表上执行率与核算执行率不符',
  BUDGET_SCORE_MISMATCH: '预算执行得分与执行率不符',
  BUDGET_WEIGHT_HOLDS_SCORE: '预算执行分值栏填的是得分',
  EXECUTED_EXCEEDS_BUDGET: '执行数超过预算数',
  FUNDS_MISSING: '资金未填',
  FUNDS_UNREADABLE: '资金读不出',
  QUAL_SCORE_OUT_OF_BAND: '定性指标得分不在档次内',
  RATE_ROUNDED_UP_TO_FULL: '执行率凑成了100%',
  BUDGET_WEIGHT_NONSTANDARD: '预算执行分值不是10分',
  LEVEL1_WEIGHTS_NONSTANDARD: '一级指标分值不合规定',
  SATISFACTION_MISSING: '没有满意度指标',
  SATISFACTION_NOT_SURVEYED: '满意度调查未做',
  BENEFIT_MISSING: '缺效益指标',
  DEVIATION_MISSING: '缺偏差原因',
  INDICATOR_SCORE_DIFFERS: '指标得分与规则不符',
  REVERSE_SCORED_AS_POSITIVE: '反向指标按正向打分',
  OVER_ACHIEVEMENT: '指标超额完成过多',
  ACTUAL_EMPTY: '有实际完成值未填',
  FUNDS_UNIT_SUSPECT: '金额单位可疑',
  PHONE_FORMAT: '电话格式有误',
  LOW_EXECUTION_NO_REASON: '执行率低却没说明原因',
  BUDGET_ADJUSTED_NO_REASON: '预算调整没说明原因',
  SATISFACTION_NO_EVIDENCE: '满意度没有调查依据',
  DEVIATION_ON_FULL_SCORE: '满分行写了偏差原因',
  PLACEHOLDER_ROWS: '留有空白模板行',
  FIELD_MISSING: '有必填项未填',
  FORM_INCOMPLETE: '表没有读全',
};

/** Record paths a finding can be narrowed to, in the form's words. */
const PATH_LABEL: Record<string, string> = {
  'funds.total.initialBudget': '年初预算数',
  'funds.total.annualBudget': '全年预算数',
  'funds.total.executed': '全年执行数',
  'goals.expected': '年度目标',
  'goals.actual': '目标实际完成情况',
};
const pathLabel = (p: string) =>
  FIELDS[p as FieldId]?.label ?? PATH_LABEL[p] ?? (/^indicators/.test(p) ? '绩效指标' : '某一栏');

function findingText(f: Extract<LeafFilter, { type: 'finding' }>): string {
  const key = f.codes.join(',');
  const set = CODE_SET_PHRASE.find(([codes]) => codes.join(',') === key)?.[1];
  const phrases = [...new Set(f.codes.map((c) => CODE_PHRASE[c]))];
  if (f.paths?.length && f.codes.every((c) => c === 'FIELD_MISSING')) {
    return `${[...new Set(f.paths.map(pathLabel))].join('、')}未填`;
  }
  return (
    set ??
    (phrases.length <= 2
      ? phrases.join('或')
      : `${phrases.slice(0, 2).join('、')}等${phrases.length}类问题之一`)
  );
}

const formatNumber = (n: number) => String(Math.round(n * 100) / 100);

function valueText(field: NumericField, value: number): string {
  return field === 'year' ? `${value}年` : `${formatNumber(value)}${unitOf(field)}`;
}

const YEAR_BOUND: Partial<Record<Op, (y: number) => string>> = {
  '>=': (y) => `${y}年及以后（含${y}年）`,
  '>': (y) => `${y}年以后（不含${y}年）`,
  '<': (y) => `${y}年以前（不含${y}年）`,
  '<=': (y) => `${y}年及以前（含${y}年）`,
};

/**
 * 党群办 read as the short form of 党群工作办公室 too: a widening the answer says, with the shortest such name (its
 * key with spaces and quotes left out, as names.ts compares them), so the clerk sees what else was counted.
 */
function shortFormSaid(term: string, values: string[]): string {
  const key = nameKey(term);
  const wider = values.filter((v) => !nameKey(v).includes(key)).sort((a, b) => a.length - b.length);
  return wider.length ? `，其中${wider.length}个按简称对上，如「${wider[0]}」` : '';
}

/** The same, as a note of its own after a term said without a count. */
function shortFormNote(term: string, values: string[]): string {
  const said = shortFormSaid(term, values);
  return said ? `（${said.slice(1)}）` : '';
}

/** The projects a list answered before stand for (a row answer's list followed up on): said as such, not by name. */
export const listedBefore = (n: number) => `上一问列出的 ${n} 个项目`;
const LISTED_BEFORE = /^上一问列出的 \d+ 个项目$/u;

function namesText(f: Extract<LeafFilter, { type: 'name' }>): string {
  if (LISTED_BEFORE.test(f.term)) return f.term;
  const label = f.field === 'projectName' ? '项目' : FIELDS[f.field].label;
  const values = f.values ?? [];
  if (f.starts) return f.field === 'owner' ? `${label}姓「${f.term}」` : `${label}以「${f.term}」开头`;
  if (f.negate)
    return values.length >= 1 && values.length <= 3
      ? `${label}不是${values.map((v) => `「${v}」`).join('、')}`
      : `${label}不含「${f.term}」`;
  if (values.length === 1) return `${label}为「${values[0]}」`;
  if (values.length > 1 && values.length <= 3) return `${label}为${values.map((v) => `「${v}」`).join('、')}`;
  if (values.length > 3)
    return `${label}含「${f.term}」（${values.length}个${shortFormSaid(f.term, values)}）`;
  return `${label}含「${f.term}」`;
}

/** Counts of indicator rows (migration 011) read as the condition they stand for: 有扣分的指标. */
const ROW_PHRASE: Partial<Record<FieldId, string>> = {
  rowsBelowWeight: '扣分的指标',
  rowsAboveWeight: '得分超过分值的指标',
  rowsActualEmpty: '实际完成值未填的指标',
};

function leafText(f: LeafFilter): string {
  switch (f.type) {
    case 'compare':
      if (ROW_PHRASE[f.field] && f.value === 0 && (f.op === '>' || f.op === '=')) {
        return `${f.op === '>' ? '有' : '没有'}${ROW_PHRASE[f.field]}`;
      }
      if (f.field === 'year' && f.op === '=') return `${f.value}年`;
      if (f.field === 'year' && f.op === '<>') return `${f.value}年以外`;
      // A bound on the year says whether that year itself counts.
      if (f.field === 'year' && YEAR_BOUND[f.op]) return YEAR_BOUND[f.op]!(f.value);
      return `${FIELDS[f.field].label}${OP_WORD[f.op]}${valueText(f.field, f.value)}`;
    case 'fields':
      // 全年执行数比年初预算数多出不低于20万元: the difference said as the question said it.
      if (f.by !== undefined)
        return `${FIELDS[f.left].label}比${FIELDS[f.right].label}多出${GAP_WORD[f.op]}${valueText(f.left, f.by)}`;
      // 全年执行数低于全年预算数的50%: a part of the other field, said as a share of it.
      if (f.times !== undefined)
        return `${FIELDS[f.left].label}${OP_WORD[f.op]}${FIELDS[f.right].label}的${partText(f.times)}`;
      return f.op === '<>'
        ? `${FIELDS[f.left].label}与${FIELDS[f.right].label}不一致`
        : f.op === '='
          ? `${FIELDS[f.left].label}与${FIELDS[f.right].label}一致`
          : `${FIELDS[f.left].label}${OP_WORD[f.op]}${FIELDS[f.right].label}`;
    case 'empty':
      // the street is read from the office names, never written in a cell of its own
      if (f.field === 'street')
        return f.empty ? '不属于任何街道' : '属于街道（街道取自主管部门或实施单位名称）';
      return `${FIELDS[f.field].label}${f.empty ? '未填' : '已填'}`;
    case 'name':
      return namesText(f);
    case 'text':
      return f.exact
        ? `${FIELDS[f.field].label}只写了「${f.text}」`
        : `${FIELDS[f.field].label}里写有「${f.text}」`;
    case 'sameText':
      return `${FIELDS[f.left].label}与${FIELDS[f.right].label}写得${f.equal ? '一样' : '不一样'}（两栏都已填）`;
    case 'fraction':
      return `${FIELDS[f.field].label}${f.fraction ? '带小数' : '是整数'}`;
    case 'inGroups':
      return `同一${FIELDS[f.group].label}下有${f.atLeast}个及以上不同${FIELDS[f.of].label}`;
    case 'unitsSwapped':
      return '主管部门与实施单位疑似填反（实施单位是上级机关、主管部门是内设科室）';
    case 'shared':
      return f.field === 'phone'
        ? `${FIELDS.phone.label}与其他项目重复（号码只看数字）`
        : `${FIELDS.projectName.label}与其他项目相同（同名）`;
    case 'phoneKind':
      return `${FIELDS.phone.label}是${f.kind === 'mobile' ? '手机号（11位、1开头）' : '座机（不是11位1开头的手机号）'}`;
    case 'phone':
      return f.head
        ? `${FIELDS.phone.label}以${f.digits}开头`
        : `${FIELDS.phone.label}${f.tail ? '尾号为' : '为'}${f.digits}`;
    case 'grade':
      return `参考等级${f.op === '=' ? '为' : ''}${f.value}${f.op === '<=' ? '及以下' : f.op === '>=' ? '及以上' : ''}`;
    case 'finding': {
      const text = findingText(f);
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

export function filterText(f: Filter): string {
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
  // 分值和得分不一样: rows below or above their weight.
  if (
    f.filters.length === 2 &&
    f.filters.every((x) => x.type === 'compare' && ROW_PHRASE[x.field] && x.op === '>' && x.value === 0) &&
    new Set(f.filters.map((x) => (x.type === 'compare' ? x.field : ''))).size === 2 &&
    f.filters.every((x) => x.type === 'compare' && x.field !== 'rowsActualEmpty')
  ) {
    return '有得分与分值不一致的指标';
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
    xs.length > 1 ? eitherOrgText(term, xs) : leafText(xs[0]!),
  );
  const alternatives = [...orgs, ...rest.map(leafText)];
  // A long chain of 或 is hard to read at a glance: three or more alternatives are listed.
  return alternatives.length <= 2 ? alternatives.join('或') : `以下任一：${alternatives.join('；')}`;
}

/**
 * A term read as both a 主管部门 and a 实施单位: said once. Every name it stands for the term itself (「宣传办」 asked as
 * written) is said as that name; a widening by the short form (宣传办 for 宣传工作办公室) is said as namesText says it.
 */
function eitherOrgText(term: string, xs: LeafFilter[]): string {
  const values = [...new Set(xs.flatMap((x) => (x.type === 'name' ? (x.values ?? []) : [])))];
  const key = nameKey(term);
  if (values.length && values.every((v) => nameKey(v) === key)) return `主管部门或实施单位为「${values[0]}」`;
  // 民生办 for 永宁镇民生保障办公室: a few names found by the short form only are named.
  if (values.length && values.length <= 3 && values.some((v) => !nameKey(v).includes(key)))
    return `主管部门或实施单位为${values.map((v) => `「${v}」`).join('、')}`;
  return `主管部门或实施单位含「${term}」${values.length > 3 ? shortFormNote(term, values) : ''}`;
}

/** How a group read from the names is found, said once: the asker can check it against what they meant. */
const PER_GROUP_NOTE: Partial<Record<GroupField, string>> = {
  street: '（街道取自主管部门或实施单位名称，不属于任何街道的项目不计）',
  phone: '（号码只看数字，分隔符不计；没填电话的项目不计）',
};

const HAVING_OP = {
  '>': '超过',
  '>=': '不少于',
  '<': '少于',
  '<=': '不超过',
  '=': '等于',
  '<>': '不等于',
} as const;

export function describeQuery(q: PortfolioQuery): string {
  // Year and names first: 2023年，大红门街道，执行率低于90%的项目.
  const rank = (f: Filter) => (f.type === 'compare' && f.field === 'year' ? 0 : f.type === 'name' ? 1 : 2);
  const conditions = [...q.filters].sort((a, b) => rank(a) - rank(b)).map(filterText);
  const parts = [conditions.length ? `${conditions.join('，')}的项目` : '全部项目'];
  if (q.groupBy) parts.push(`按${FIELDS[q.groupBy].label}统计${PER_GROUP_NOTE[q.groupBy] ?? ''}`);
  // 执行数最多的三个项目加在一起: the figure is of the first N of the ranking (execute.ts), said before it.
  const topFigure =
    !q.groupBy && !q.per && !!q.measures?.length && !!q.limit && typeof q.order?.by === 'string';
  if (topFigure) {
    const by = FIELDS[q.order!.by as FieldId].label;
    const end = q.order!.dir === 'asc' ? '最低' : '最高';
    const from = q.offset ? `第${q.offset + 1}名起` : '';
    // 总分并列第一的有几个: one place with its ties is said as that place, not as "1个项目" of a count of 118.
    const place = q.offset
      ? `${by}从${q.order!.dir === 'asc' ? '低到高' : '高到低'}排第${q.offset + 1}名`
      : `${by}${end}`;
    parts.push(
      q.ties && q.limit === 1
        ? `只算其中${place}的项目（并列的都算）`
        : `只算其中${by}${end}的${from}${q.limit}个项目${q.ties ? '（并列的一起算）' : ''}`,
    );
  }
  if (q.measures?.length) parts.push(q.measures.map(measureLabel).join('、'));
  if (q.having && q.groupBy) {
    const m = q.having.measure;
    parts.push(
      `只列${measureLabel(q.measures?.[m] ?? { fn: 'count' })}${HAVING_OP[q.having.op]}${q.having.value}的${FIELDS[q.groupBy].label}（${FIELDS[q.groupBy].label}未填的不算）`,
    );
  }
  if (q.order && !topFigure) {
    const by =
      typeof q.order.by === 'string'
        ? FIELDS[q.order.by].label
        : measureLabel(q.measures?.[q.order.by.measure] ?? { fn: 'count' });
    const dir = q.order.dir === 'asc' ? '最低' : '最高';
    parts.push(
      q.per && q.limit
        ? `每个${FIELDS[q.per].label}${by}${dir}的${q.limit === 1 ? '项目' : `${q.limit}个项目`}${q.ties ? '（并列的一起列出）' : ''}${PER_GROUP_NOTE[q.per] ?? ''}`
        : q.offset && q.limit === 1 && q.ties
          ? `${by}${q.order.dir === 'asc' ? `倒数第${q.offset + 1}` : `第${q.offset + 1}高`}的（并列的一起列出）`
          : q.offset && q.limit
            ? `按${by}${q.order.dir === 'asc' ? '从低到高' : '从高到低'}排的第${q.limit === 1 ? q.offset + 1 : `${q.offset + 1}～${q.offset + q.limit}`}名`
            : q.limit
              ? `${by}${dir}的${q.limit === 1 ? '' : `${q.limit}个${q.ties ? '（并列的一起列出）' : ''}`}`
              : `按${by}${q.order.dir === 'asc' ? '从低到高' : '从高到低'}排列`,
    );
    const then = q.order.tieBreak;
    if (then)
      parts.push(`${by}相同的按${FIELDS[then.by].label}${then.dir === 'asc' ? '从低到高' : '从高到低'}排`);
  }
  if (q.select?.length) parts.push(`看${q.select.map((f) => FIELDS[f].label).join('、')}`);
  return `查询：${parts.join('；')}`;
}

/**
 * 免费开放补助资金的全年预算 when two stored projects hold those words: both are answered, and the answer says the
 * words fit several projects and how to ask for one (its whole name) — the asker may have meant only one.
 */
export function severalNamedSentence(query: PortfolioQuery): string | null {
  const several = leaves(query.filters).filter(
    (f): f is Extract<LeafFilter, { type: 'name' }> =>
      f.type === 'name' && f.field === 'projectName' && !f.negate && (f.values?.length ?? 0) >= 2,
  );
  if (!several.length) return null;
  return several
    .map(
      (f) => `「${f.term}」对应 ${f.values!.length} 个项目，都列在下面；如只问其中一个，请写出它的完整名称。`,
    )
    .join('\n');
}

/**
 * 0.5 → 50%（一半）, 1/3 → 33.33%（三分之一）: a part of a field, in percent, the fraction said beside it when it is one
 * (a third is read to four places of a percent: numbers.ts).
 */
function partText(times: number): string {
  const percent = `${Number((times * 100).toFixed(2))}%`;
  const said = PART_WORDS.find(([value]) => Math.abs(value - times) < 1e-5)?.[1];
  return said ? `${percent}（${said}）` : percent;
}

const PART_WORDS: Array<[number, string]> = [
  [0.5, '一半'],
  [1 / 3, '三分之一'],
  [2 / 3, '三分之二'],
  [0.25, '四分之一'],
  [0.75, '四分之三'],
  [1.5, '一倍半'],
  [2, '两倍'],
];
