/**
 * The variant classes (issue 12): each turns a reference record into a printed form that lays it out differently
 * and the record a right reader returns from it. For most classes that record is the reference itself (the
 * layout changes, the content does not); a class that adds rows (a short `无` row, a template row) adds them
 * to both. Every choice is drawn from the seed, never from the form: the classes key on the record's structure.
 */
import type { FundsColumn, FundsRowKey } from '../../src/record/record.ts';
import type { Rng } from '../templates/rng.ts';
import {
  BASE_LABELS,
  baseStyle,
  type CellRole,
  type FormStyle,
  FUNDS_ORDER,
  INDICATOR_ORDER,
  type IndicatorColumn,
  type Labels,
  type RecordLike,
} from './form.ts';

export const FORMATS = ['docx', 'xlsx', 'pdf', 'text'] as const;
export type VariantFormat = (typeof FORMATS)[number];

export interface Variant {
  /** What is printed. */
  record: RecordLike;
  style: FormStyle;
  /** What a right reader returns. */
  expected: RecordLike;
  /** Pasted text: paragraphs broken at this many characters (0: as they are). */
  wrap: number;
  /** PDF: space above the table (mm), which moves the page breaks through the table. */
  spacerMm: number;
  landscape: boolean;
  /**
   * PDF: move the table down so that the first page ends inside table row `row` (index into the printed
   * grid's rows), `at` of its height from its top (0: just above it, a break between two rows). Overrides
   * spacerMm; the printer measures the laid-out table to place it.
   */
  cut?: { row: number; at: number };
}

export interface VariantClass {
  id: string;
  /** What the class changes, for the bench table. */
  what: string;
  /** Formats the class applies to (all when absent). */
  formats?: readonly VariantFormat[];
  make: (reference: RecordLike, rng: Rng, format: VariantFormat) => Variant;
}

type Indicator = RecordLike['indicators'][number] & {
  placeholder?: true;
  weight?: number | null;
  score?: number | null;
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

function variant(reference: RecordLike, style: FormStyle = baseStyle()): Variant {
  return {
    record: clone(reference),
    style,
    expected: clone(reference),
    wrap: 0,
    spacerMm: 0,
    landscape: true,
  };
}

/** A permutation of `items` other than the identity (when there is one). */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  for (;;) {
    const out = rng.sample(items, items.length);
    if (items.length < 2 || out.some((x, i) => x !== items[i])) return out;
  }
}

/** Label synonyms of ../shared/docs/TEMPLATES.md (the meanings the 财政部 2020 layout carries). */
const SYNONYMS = {
  implementingUnit: ['实施单位', '实施单位（盖章）', '项目实施单位'],
  fundsBlock: ['项目资金（万元）', '项目资金(万元)', '资金情况（万元）'],
  funds: {
    initialBudget: ['年初预算数', '年初预算'],
    annualBudget: ['全年预算数', '调整后预算数', '全年预算数(A)', '预算数(A)'],
    executed: ['全年执行数', '预算执行数', '全年执行数(B)', '执行数(B)'],
    weight: ['分值', '权重', '分值(10分)'],
    rate: ['执行率', '预算执行率', '执行率(B/A)'],
    score: ['得分', '自评得分'],
  } satisfies Record<FundsColumn, string[]>,
  fundsRows: {
    total: ['年度资金总额', '总额', '年度资金总额：'],
    fiscal: ['其中：当年财政拨款', '其中:当年财政拨款', '本年财政拨款', '其中：财政资金'],
    carryOver: ['上年结转资金', '上年结转'],
    other: ['其他资金'],
  } satisfies Record<FundsRowKey, string[]>,
  goals: [
    ['预期目标', '实际完成情况'],
    ['项目年度目标', '年度目标完成情况'],
    ['年初设定目标', '年度总体目标完成情况综述'],
  ],
  indicators: {
    target: ['年度指标值', '指标值', '目标值', '预期指标值', '年初目标值(A)'],
    actual: ['实际完成值', '完成值', '全年实际值', '实际完成值(B)', '单项指标实际完成值'],
    weight: ['分值', '权重', '指标分值'],
    score: ['得分', '自评得分'],
    deviation: ['偏差原因分析及改进措施', '未完成原因分析', '未完成原因及拟采取的改进措施'],
  } satisfies Record<IndicatorColumn, string[]>,
  total: ['总分', '合计'],
};

function synonymLabels(rng: Rng): Labels {
  const pickAll = <K extends string>(table: Record<K, string[]>): Record<K, string> =>
    Object.fromEntries(Object.entries(table).map(([k, v]) => [k, rng.pick(v as string[])])) as Record<
      K,
      string
    >;
  const [expected, actual] = rng.pick(SYNONYMS.goals) as [string, string];
  return {
    ...BASE_LABELS,
    implementingUnit: rng.pick(SYNONYMS.implementingUnit),
    fundsBlock: rng.pick(SYNONYMS.fundsBlock),
    funds: pickAll(SYNONYMS.funds),
    fundsRows: pickAll(SYNONYMS.fundsRows),
    expected,
    actual,
    indicators: pickAll(SYNONYMS.indicators),
    total: rng.pick(SYNONYMS.total),
  };
}

/** A line break somewhere inside `text` (not at either end), as a narrow header cell wraps. */
function breakInside(rng: Rng, text: string): string {
  const chars = [...text];
  if (chars.length < 3) return text;
  const at = rng.int(1, chars.length - 1);
  return `${chars.slice(0, at).join('')}\n${chars.slice(at).join('')}`;
}

/** Breaks every label that the layout prints in a header (their text only; the reader keys on labels). */
function wrappedLabels(rng: Rng, labels: Labels): Labels {
  const wrap = (t: string) => (rng.chance(0.7) ? breakInside(rng, t) : t);
  const each = <K extends string>(table: Record<K, string>): Record<K, string> =>
    Object.fromEntries(Object.entries(table).map(([k, v]) => [k, wrap(v as string)])) as Record<K, string>;
  return {
    ...labels,
    projectName: wrap(labels.projectName),
    department: wrap(labels.department),
    implementingUnit: wrap(labels.implementingUnit),
    owner: wrap(labels.owner),
    phone: wrap(labels.phone),
    fundsBlock: wrap(labels.fundsBlock),
    funds: each(labels.funds),
    fundsRows: each(labels.fundsRows),
    goalsBlock: wrap(labels.goalsBlock),
    expected: wrap(labels.expected),
    actual: wrap(labels.actual),
    indicatorsBlock: wrap(labels.indicatorsBlock),
    level1: wrap(labels.level1),
    level2: wrap(labels.level2),
    name: wrap(labels.name),
    indicators: each(labels.indicators),
    total: labels.total,
  };
}

/** An empty template row (name as the template prints it, every value blank). */
function templateRow(level1: string, level2: string, name: string): Indicator {
  return {
    level1,
    level2,
    name,
    target: '',
    actual: '',
    weight: null,
    score: null,
    deviation: '',
    weightRaw: '',
    scoreRaw: '',
    placeholder: true,
  };
}

/** Index after the last row of the group of `index` (rows sharing its 一级 and 二级 labels). */
function endOfGroup(rows: readonly Indicator[], index: number): number {
  const { level1, level2 } = rows[index]!;
  let end = index + 1;
  while (end < rows.length && rows[end]!.level1 === level1 && rows[end]!.level2 === level2) end++;
  return end;
}

const LEVEL2_EXTRA = [
  '经济效益指标',
  '生态效益指标',
  '可持续影响指标',
  '社会效益指标',
  '时效指标',
  '成本指标',
];

const REMARKS = [
  '备注：本表由项目实施单位填报，主管部门审核后报送。',
  '备注：金额单位为万元，保留两位小数；分值合计100分。',
  '注：1.偏差原因须逐项说明；2.请于次年3月31日前报送。',
  '备注：项目资金含上年结转，执行率按全年预算数计算。',
  '填报说明：三级指标可根据项目实际增减，得分不得超过分值。',
];

const STRAY = [':', '：', '.', '。', '、', ';', '——', '/'];

/** Stray punctuation for an empty number cell: only what no reader could take for a value. */
function strayMark(rng: Rng): string {
  return rng.pick(STRAY.filter((s) => s !== '/' && s !== '——'));
}

function rowsOfSections(reference: RecordLike): { nonIndicator: number[]; count: number } {
  const header = reference.owner !== null || reference.phone !== null ? 3 : 2;
  const funds = 5;
  const goals = 2;
  const indicators = reference.indicators.length + 1;
  const total = header + funds + goals + indicators + 1;
  const before = Array.from({ length: header + funds + goals }, (_, i) => i);
  return { nonIndicator: [...before, total - 1], count: total };
}

const TAB_RUN = ['\t\t\t\t\t\t', '\t\t', '\t\t\t\t\t\t\t\t\t\t\t\t'];

export const CLASSES: readonly VariantClass[] = [
  {
    id: 'plain',
    what: '财政部 2020 layout as in the corpus files',
    make: (reference) => variant(reference),
  },
  {
    id: 'column-order',
    what: 'funds and indicator value columns in another order',
    make: (reference, rng) => {
      const style = baseStyle();
      style.fundsOrder = shuffled(rng, FUNDS_ORDER);
      style.indicatorOrder = shuffled(rng, INDICATOR_ORDER);
      return variant(reference, style);
    },
  },
  {
    id: 'synonyms',
    what: 'label synonyms (指标值/目标值, 完成值, 权重, 合计, …)',
    make: (reference, rng) => {
      const style = baseStyle();
      style.labels = synonymLabels(rng);
      return variant(reference, style);
    },
  },
  {
    id: 'header-wrap',
    what: 'labels broken over two lines in their cells',
    make: (reference, rng) => {
      const style = baseStyle();
      style.labels = wrappedLabels(rng, BASE_LABELS);
      return variant(reference, style);
    },
  },
  {
    id: 'empty-rows-cols',
    what: 'empty rows between blocks, an empty column, an empty template row',
    make: (reference, rng) => {
      const style = baseStyle();
      const v = variant(reference, style);
      if (reference.indicators.length > 0 && rng.chance(0.7)) {
        const at = endOfGroup(v.record.indicators, rng.int(0, reference.indicators.length - 1));
        const prev = v.record.indicators[at - 1]!;
        const row = templateRow(prev.level1, prev.level2, '');
        v.record.indicators.splice(at, 0, clone(row));
        v.expected.indicators.splice(at, 0, clone(row));
      }
      // blank rows only between blocks and after the total: inside the indicator table a blank row is a
      // template row (word-text prints merged 一级/二级 cells below their first row as empty cells)
      const { nonIndicator } = rowsOfSections(v.record);
      style.emptyRowsAfter = new Set(rng.sample(nonIndicator, rng.int(1, 3)));
      style.emptyColumnAt = rng.int(1, 10);
      return v;
    },
  },
  {
    id: 'unmerged',
    what: 'merged cells printed unmerged (text once or repeated)',
    make: (reference, rng) => {
      const style = baseStyle();
      style.vertical = rng.pick(['blank', 'repeat', 'merged'] as const);
      style.horizontal = style.vertical === 'merged' ? 'blank' : rng.pick(['blank', 'merged'] as const);
      return variant(reference, style);
    },
  },
  {
    id: 'stray-punct',
    what: 'stray punctuation in empty 分值/得分 cells of template rows',
    make: (reference, rng) => {
      const style = baseStyle();
      const v = variant(reference, style);
      const rows = v.record.indicators as Indicator[];
      let targets = rows.flatMap((r, i) => (r.placeholder && r.weightRaw === '' ? [i] : []));
      if (targets.length === 0 && rows.length > 0) {
        const at = endOfGroup(rows, rng.int(0, rows.length - 1));
        const prev = rows[at - 1]!;
        const row = templateRow(prev.level1, prev.level2, rng.pick(['指标2：', '指标1：', '……']));
        rows.splice(at, 0, clone(row));
        (v.expected.indicators as Indicator[]).splice(at, 0, clone(row));
        targets = [at];
      }
      const stray = new Map<number, Partial<Record<IndicatorColumn, string>>>();
      for (const i of rng.sample(targets, rng.int(1, Math.min(3, targets.length)))) {
        const marks: Partial<Record<IndicatorColumn, string>> = { weight: strayMark(rng) };
        if (rng.chance(0.4)) marks.score = strayMark(rng);
        stray.set(i, marks);
        const e = v.expected.indicators[i]!;
        e.weightRaw = marks.weight ?? '';
        e.scoreRaw = marks.score ?? e.scoreRaw;
      }
      style.stray = stray;
      return v;
    },
  },
  {
    id: 'short-rows',
    what: 'a 二级指标 with only 无 (the cell runs to the end of the row)',
    make: (reference, rng) => {
      const style = baseStyle();
      const v = variant(reference, style);
      const rows = v.record.indicators as Indicator[];
      if (rows.length === 0) return v;
      const short = new Set<number>();
      for (let n = rng.int(1, 2); n > 0; n--) {
        const at = endOfGroup(rows, rng.int(0, rows.length - 1));
        const prev = rows[at - 1]!;
        const used = new Set(rows.filter((r) => r.level1 === prev.level1).map((r) => r.level2));
        const free = LEVEL2_EXTRA.filter((l) => !used.has(l));
        if (free.length === 0) continue;
        const level2 = rng.pick(free);
        const row = templateRow(prev.level1, level2, '无');
        rows.splice(at, 0, clone(row));
        (v.expected.indicators as Indicator[]).splice(at, 0, clone(row));
        const moved = [...short].map((i) => (i >= at ? i + 1 : i));
        short.clear();
        for (const i of [...moved, at]) short.add(i);
      }
      style.short = short;
      return v;
    },
  },
  {
    id: 'tabs',
    what: 'runs of tab characters in cells (a paragraph of tabs in the goals)',
    make: (reference, rng) => {
      const style = baseStyle();
      const roles: CellRole[] = ['goals', 'indicator', 'value'];
      style.text = (text, role) => {
        if (!roles.includes(role)) return text;
        const p = role === 'goals' ? 0.9 : 0.15;
        if (!rng.chance(p)) return text;
        const run = rng.pick(TAB_RUN);
        return rng.chance(0.5) || text === '' ? `${text}\n${run}` : `${run}\n${text}`;
      };
      return variant(reference, style);
    },
  },
  {
    id: 'remark',
    what: 'a 备注 paragraph between the year line and the table',
    make: (reference, rng) => {
      const style = baseStyle();
      style.extraAbove = rng.sample(REMARKS, rng.int(1, 2));
      return variant(reference, style);
    },
  },
  {
    id: 'wrap',
    what: 'long texts wrapped at other widths',
    make: (reference, rng, format) => {
      const style = baseStyle();
      const width = rng.pick([6, 9, 13, 20, 28]);
      const v = variant(reference, style);
      if (format === 'text') v.wrap = width;
      else {
        style.text = (text, role) => {
          if (role !== 'goals' && role !== 'indicator' && role !== 'value') return text;
          const chars = [...text];
          if (chars.length <= width) return text;
          const parts: string[] = [];
          for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(''));
          return parts.join('\n');
        };
      }
      v.landscape = rng.chance(0.5);
      return v;
    },
  },
  {
    id: 'page-breaks',
    what: 'PDF page breaks falling at every row (rows broken across pages)',
    formats: ['pdf'],
    make: (reference, rng) => {
      const v = variant(reference);
      v.landscape = rng.chance(0.5);
      v.spacerMm = rng.int(0, 180);
      return v;
    },
  },
];
