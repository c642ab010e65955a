/**
 * The words of portfolio questions and what each means, Chinese and English. The lexer (tokens.ts) looks them up
 * longest first; typed with a homophone or one slip they are still found (similar.ts).
 */
import type { FindingCode } from '../score/types.ts';
import { FIELD_IDS, FIELDS, type FieldId, type GroupField } from './fields.ts';
import { PROBLEM_WORDS, type ProblemConcept } from './problem-words.ts';
import type { Op } from './query.ts';
import { STOP_WORDS } from './stopwords.ts';

export type Concept =
  | 'satisfaction'
  | 'deviation'
  | 'benefit'
  | 'actual'
  | 'arithmetic'
  | 'unitSuspect'
  | 'phoneFormat'
  | 'weightSum'
  | 'exceedsBudget'
  | ProblemConcept
  | 'errors'
  | 'warnings'
  | 'problems'
  | 'notSubmitted'
  | 'incomplete'
  | 'complete';

export type Token =
  | { k: 'field'; id: FieldId }
  | { k: 'num'; value: number; unit?: string }
  | { k: 'op'; op: Op; weak?: boolean }
  | { k: 'opAfter'; op: Op }
  /** 不一致 / 一致: two fields compared with each other. */
  | { k: 'same'; equal: boolean }
  /** `op`: 2021年以后 (>=), 2021年以前 (<), 2021年及以前 (<=): a bound on the year rather than that year. */
  | { k: 'year'; value: number; op?: Op }
  | { k: 'sup'; dir: 'asc' | 'desc' }
  | { k: 'top'; n: number; dir?: 'asc' | 'desc' }
  | { k: 'sort'; dir?: 'asc' | 'desc' }
  | { k: 'agg'; fn: 'count' | 'sum' | 'avg' | 'median' }
  | { k: 'group' }
  | { k: 'dim'; field: GroupField }
  | { k: 'which' }
  | { k: 'empty'; empty: boolean }
  | { k: 'not' }
  | { k: 'full' }
  /** 分值 / 权重: the weight belonging to the score next to it. */
  | { k: 'weight' }
  | { k: 'concept'; c: Concept }
  | { k: 'grade'; value: '优' | '良' | '中' | '差' }
  /** 明年 / 来年: a year no form is about yet — a word of its own (a name typed before it ends there), never placed. */
  | { k: 'future' }
  | { k: 'orBelow' }
  | { k: 'orAbove' }
  | { k: 'between' }
  | { k: 'and' }
  | { k: 'or' }
  | { k: 'ask' }
  /** 负责的 (王丽负责的项目): the name before is a 项目负责人. */
  | { k: 'ownedBy' }
  /** 实施的 (城乡管理办公室实施的项目): the name before is an 实施单位. */
  | { k: 'implementedBy' }
  /** 表上填的 / 填报的: the value as the form states it (执行率 → 表上执行率). */
  | { k: 'stated' }
  /** 带小数 / 是整数 (number-shape-words.ts): the field before written with a fraction, or whole. */
  | { k: 'fraction'; fraction: boolean }
  /** 算出来的 / 核算的: the value the scorer computes (总分 → 核算总分; 执行率 is already the computed one). */
  | { k: 'computed' }
  /** 扣分 / 扣了分: a row scored below its 分值 (of the field or condition before it, else any indicator row). */
  | { k: 'deduct' }
  /** 比 (A比B多): two fields compared. */
  | { k: 'than' }
  | { k: 'more' }
  | { k: 'less' }
  /** 最近一年 / 最早一年: the latest or earliest year in the store. */
  | { k: 'edgeYear'; which: 'max' | 'min' }
  /** 万元 / 元: the unit of an amount written without a number. */
  | { k: 'unit' }
  /** 指标得分: an indicator row's score (not the total). */
  | { k: 'rowScore' }
  /** 没填的不算: leave out the forms where it is empty. */
  | { k: 'excludeEmpty' }
  /** 除了 / 之外 / 不含: the name next to it is left out (除了大红门之外), the bound next to it not reached (不含500万). */
  | { k: 'except' }
  | { k: 'range'; below?: boolean }
  /** since / before / onwards (English): a bound on the year next to it; anywhere else reported unplaced. */
  | { k: 'yearBound'; op: Op }
  /** 在内 (不包括大红门在内): closes an exclusion; never a condition of its own. */
  | { k: 'within' }
  | { k: 'filler' }
  | { k: 'export' }
  /** 乘以 / times: 执行率乘分值 (the budget row's score as the rule computes it). */
  | { k: 'times' }
  /**
   * Arithmetic between two fields of a project (预算减去执行数, 执行数占预算的比例). The language computes only the
   * share of the budget executed (执行率); any other is reported, with a sentence saying what can be asked instead.
   */
  | { k: 'arith'; op: 'minus' | 'plus' | 'share' | 'ratio' };

type Entry = [words: string[], ...tokens: Token[]];

/** A field said with 信息 after it (负责人信息, 联系电话信息) is the field; 信息 alone is no filler: it names projects (信息化). */
const fieldEntries: Entry[] = FIELD_IDS.map((id) => [
  FIELDS[id].words.flatMap((w) =>
    /^\p{Script=Han}+$/u.test(w) ? [w, `${w}信息`, ...amountSaidAsSum(id, w)] : [w],
  ),
  { k: 'field', id },
]);

/**
 * An amount said with a noun of a sum of money after it is the amount: 预算数额, 执行数额 (数 + 额), 年初预算金额,
 * 全年预算数额 — built for every money field's words, not listed.
 */
function amountSaidAsSum(id: FieldId, word: string): string[] {
  if (FIELDS[id].kind !== 'money' || /[额金]$/u.test(word)) return [];
  return word.endsWith('数') ? [`${word}额`] : [`${word}金额`, `${word}数额`];
}

/**
 * How staff say a value was left out or put in, built from the verbs of entering a value rather than listed phrase by
 * phrase: 没填 / 漏写 / 忘了录 / 还没打分 / 没填上 are empty, 填了 / 写上了 / 录好了 filled; 留白 / 空缺 / 空白 empty too.
 * Submitting (报, 交, 上报) is not here: 没报 is a form not submitted, not an empty field.
 */
// 说明 / 写明 / 列明 / 交代 / 体现: stating a value in the form (没说明偏差原因 = 偏差原因 left empty), the same class.
const ENTERING = [
  '填',
  '填写',
  '写',
  '录',
  '录入',
  '打分',
  '评分',
  '给分',
  '算',
  '留',
  '标',
  '标注',
  '注明',
  '说明',
  '写明',
  '标明',
  '列明',
  '载明',
  '交代',
  '体现',
];
const ENTERED_NOT = ['没', '未', '没有', '漏', '忘了', '忘记', '还没', '还没有', '尚未'];
/**
 * Adding up, said as a verb of putting together and where it puts them (加起来, 加一块儿, 合在一起, 算到一块): built
 * from the two parts, not listed phrase by phrase.
 */
const PUTTING = ['加', '合', '算', '凑', '加总', '合并'];
const TOGETHER = [
  '起来',
  '一起',
  '一块',
  '一块儿',
  '一堆',
  '到一起',
  '在一起',
  '到一块',
  '在一块',
  '到一块儿',
  '在一块儿',
];
const addedUp = (): string[] => PUTTING.flatMap((v) => TOGETHER.map((t) => `${v}${t}`));

/** 什么都没写 / 啥也没填 / 一个字都没写: nothing at all entered. */
const NOTHING = ['什么都', '什么也', '啥都', '啥也', '一个字都', '一个字也', '一字未'];
const emptyForms = (): string[] => [
  ...ENTERED_NOT.flatMap((neg) => ENTERING.flatMap((v) => [`${neg}${v}`, `${neg}${v}上`, `${neg}${v}过`])),
  ...NOTHING.flatMap((all) =>
    all === '一字未'
      ? ENTERING.map((v) => `${all}${v}`)
      : ['没', '没有', '未'].flatMap((neg) => ENTERING.map((v) => `${all}${neg}${v}`)),
  ),
  '没打',
  '留白',
  '留空',
  '空缺',
  '一片空白',
];
const filledForms = (): string[] =>
  // 录了 is also 上传了 (an uploaded form), 算了 / 留了 are not about a value.
  ENTERING.filter((v) => !['算', '留', '录', '录入'].includes(v)).flatMap((v) => [
    `${v}了`,
    `${v}上了`,
    `${v}好了`,
    `${v}过`,
    `${v}过了`,
    `已${v}`,
  ]);

/**
 * Setting a row or a survey up in the form (设了满意度指标, 没设效益指标, 没搞满意度调查, 设置了生态效益指标): the form has it
 * or not, as 有 / 没有 — built from the verbs of setting up, never a value entered.
 */
const SETTING_UP = ['设', '设置', '设立', '设定', '搞', '安排'];
const setUpForms = (set: boolean): string[] =>
  set
    ? SETTING_UP.flatMap((v) => [`${v}了`, `已${v}`, `有${v}`, ...(v === '设' ? ['设有'] : [v])])
    : ENTERED_NOT.filter((neg) => !neg.startsWith('漏') && !neg.startsWith('忘')).flatMap((neg) =>
        SETTING_UP.map((v) => `${neg}${v}`),
      );

/** Words of arithmetic between two fields (see the `arith` token). */
export const ARITH_WORDS = {
  minus: [
    '减去',
    '减掉',
    '扣除',
    '差多少',
    '差了多少',
    '相差',
    '差额',
    '差值',
    '之差',
    '差距',
    'minus',
    'difference',
  ],
  plus: ['加上', '相加', 'plus'],
  share: ['占', '占了', '除以', 'divided by', 'as a share of', 'out of'],
  ratio: ['比例', '比重', '占比', '百分比', '比率', 'ratio', 'proportion'],
};

const ENTRIES: Entry[] = [
  ...fieldEntries,
  // Compound words that carry two meanings.
  [
    ['平均分', '平均得分', '平均总分', '均分', 'average score', 'mean score'],
    { k: 'agg', fn: 'avg' },
    { k: 'field', id: 'totalScore' },
  ],
  [
    ['项目数', '项目个数', '项目数量', 'number of projects', 'total number of projects', 'total number of'],
    { k: 'agg', fn: 'count' },
  ],
  [
    ['总预算', '预算总额', '预算合计', '预算总计', 'total budget'],
    { k: 'agg', fn: 'sum' },
    { k: 'field', id: 'annualBudget' },
  ],
  [
    ['总支出', '执行总额', '执行数合计', '支出合计', '总执行数', '总执行额', '总执行金额', 'total spending'],
    { k: 'agg', fn: 'sum' },
    { k: 'field', id: 'executed' },
  ],
  // Comparisons before a number.
  [
    [
      '不低于',
      '不少于',
      '至少',
      '大于等于',
      '大于或等于',
      '达到',
      'reaching',
      'at or above',
      '不小于',
      '>=',
      '≥',
      'at least',
      'no less than',
      'not below',
      'not less than',
    ],
    { k: 'op', op: '>=' },
  ],
  [
    [
      '不高于',
      '不超过',
      '至多',
      '小于等于',
      '小于或等于',
      '不大于',
      '<=',
      '≤',
      'at most',
      'no more than',
      'not above',
      'not more than',
    ],
    { k: 'op', op: '<=' },
  ],
  [
    [
      '低于',
      '小于',
      '不足',
      '不到',
      '不够',
      '没够',
      '没达到',
      '达不到',
      '未达到',
      '未达',
      '没到',
      '没达到',
      '没有达到',
      '少于',
      'below',
      'under',
      'less than',
      'lower than',
      'fewer than',
      'smaller than',
      '<',
    ],
    { k: 'op', op: '<' },
  ],
  [
    [
      '高于',
      '大于',
      '超过',
      '超出',
      '多于',
      '超',
      'above',
      'over',
      'more than',
      'greater than',
      'higher than',
      'exceeds',
      'exceed',
      'exceeding',
      'larger than',
      '>',
    ],
    { k: 'op', op: '>' },
  ],
  [['等于', 'equal to', 'equals', '='], { k: 'op', op: '=' }],
  [['不等于', '≠', '!=', '<>', 'not equal to'], { k: 'op', op: '<>' }],
  [['是', '为', 'is', 'of'], { k: 'op', op: '=', weak: true }],
  // Comparisons after a number: 90%以下, 80分以上.
  [['以下', '之下', 'or less', 'or below', 'or under'], { k: 'opAfter', op: '<' }],
  [['及以下', '或以下', '以内', '之内'], { k: 'opAfter', op: '<=' }],
  [['以上', '及以上', '或以上', '之上', 'or more', 'or above', 'or higher', '+'], { k: 'opAfter', op: '>=' }],
  [['之间', '中间', '区间', '介于', '处于', 'between'], { k: 'between' }],
  // since 2021 / 2021 onwards: a bound on the year next to it (the Chinese 2021年以后 is read with the year, tokens.ts).
  [['since', 'after', 'and later', 'or later', 'onwards'], { k: 'yearBound', op: '>=' }],
  [['before'], { k: 'yearBound', op: '<' }],
  [['or earlier'], { k: 'yearBound', op: '<=' }],
  [['在内'], { k: 'within' }],
  [
    [
      '除了',
      '除去',
      '除开',
      // 没填的排除掉 / 剔除掉: not 排 (sort) + 除掉.
      '排除掉',
      '剔除掉',
      '排除',
      '剔除',
      '不含',
      '不包括',
      '不包含',
      '去掉',
      '去除',
      // 把大红门的除掉 / 刨去潞源的: taken out of the set.
      '除掉',
      '刨去',
      '刨除',
      '刨掉',
      '撇开',
      '抛开',
      '之外',
      '以外',
      'except',
      'excluding',
      'other than',
    ],
    { k: 'except' },
  ],
  [['到', '至', '~', '-', 'to'], { k: 'range' }],
  // A band whose top is left out: 八十几 is read as 在80到不足90之间 (numbers.ts), 90 itself not in it.
  [['到不足'], { k: 'range', below: true }],
  [
    [
      '不一致',
      '不一样',
      '不同',
      '不相等',
      '不相同',
      '不符',
      '对不上',
      '有差异',
      '有变化',
      '有调整',
      '调整过',
      '调整了',
      '变了',
      '变动',
      'differ',
      'differs',
      'different',
      'not equal',
      'mismatch',
    ],
    { k: 'same', equal: false },
  ],
  [['一致', '相同', '相等', '一样', '没变', 'equal', 'same', 'match'], { k: 'same', equal: true }],
  // The shape of a number written in a cell, as number-shape-words.ts says it after a field.
  [['带小数'], { k: 'fraction', fraction: true }],
  [['是整数'], { k: 'fraction', fraction: false }],
  // Ordering.
  [
    [
      '最低',
      '最少',
      '最小',
      '最差',
      '最少的',
      '垫底',
      'lowest',
      'least',
      'smallest',
      'worst',
      'minimum',
      'fewest',
    ],
    { k: 'sup', dir: 'asc' },
  ],
  [
    [
      '最高',
      '最多',
      '最大',
      '最好',
      '第一',
      'highest',
      'most',
      'largest',
      'biggest',
      'best',
      'maximum',
      'greatest',
    ],
    { k: 'sup', dir: 'desc' },
  ],
  [
    [
      '从低到高',
      '由低到高',
      '从小到大',
      '由小到大',
      '升序',
      '从少到多',
      '由少到多',
      'ascending',
      'from low to high',
      'low to high',
      'from lowest to highest',
      'lowest to highest',
      'smallest to largest',
      'from smallest to largest',
    ],
    { k: 'sort', dir: 'asc' },
  ],
  [
    [
      '从高到低',
      '由高到低',
      '从大到小',
      '由大到小',
      '降序',
      '从多到少',
      '由多到少',
      'descending',
      'from high to low',
      'high to low',
      'from highest to lowest',
      'highest to lowest',
      'largest to smallest',
      'from largest to smallest',
    ],
    { k: 'sort', dir: 'desc' },
  ],
  [
    [
      '排序',
      // 按总分高低排 / 按金额大小排序: the field's scale named, no direction of its own
      '高低',
      '大小',
      '排个序',
      '排下序',
      '排一下序',
      '排个名',
      '排下名',
      '排一下名',
      '排名次',
      '排名',
      '排行',
      '排一下',
      '排列',
      '排',
      'ranked',
      'rank',
      'sorted',
      'sort',
      'order by',
      'ordered by',
    ],
    { k: 'sort' },
  ],
  // Aggregates and grouping.
  [
    [
      '多少个',
      '多少项',
      '几个',
      '几项',
      // people and offices counted (几位负责人, 多少名, 几家单位): parse.ts counts the groups when one follows
      '几位',
      '多少位',
      '几名',
      '多少名',
      '几家',
      '多少家',
      // a form counted as a sheet: 几张表 / 多少份
      '几张',
      '多少张',
      '几份',
      '多少份',
      // 按主管部门统计张数 / 表的份数: the number of sheets is the number of forms (one project a form)
      '张数',
      '份数',
      '数量',
      '个数',
      '总数',
      '有多少',
      '多少项目',
      '多少',
      // 多不多 / 多吗 (项目多不多): how many, asked as a yes-no of quantity.
      '多不多',
      'how many',
      'number of',
      'count',
      // 把大红门的除掉，还剩几个: how many projects are left (还剩 alone is the money not spent).
      '还剩几个',
      '还剩多少个',
      '剩下的有几个',
      '剩下几个',
      '剩下多少个',
      '剩几个',
    ],
    { k: 'agg', fn: 'count' },
  ],
  [
    [
      '合计',
      '总额',
      '总计',
      '总共',
      '一共',
      ...addedUp(),
      // 加个总 / 求个和: add them up
      '加个总',
      '加总',
      '求和',
      '求个和',
      '之和',
      '总和',
      '汇总',
      '汇总一下',
      '汇总下',
      '累计',
      '共计',
      '总金额',
      // 执行数的合计金额 / 合计数: the sum named with its noun
      '合计金额',
      '合计数额',
      '合计数',
      'sum',
      'total',
      'in total',
      'altogether',
      'added up',
      'add up',
      'adds up',
      'summed up',
    ],
    { k: 'agg', fn: 'sum' },
  ],
  [
    // 平均每个 / 平均每项: the average per project is the average.
    ['平均', '均值', '平均值', '平均数', '平均每个', '平均每项', '平均一个', 'average', 'mean', 'avg'],
    { k: 'agg', fn: 'avg' },
  ],
  // 各部门预算的中位数: a group's middle value (a whole portfolio's middle project is read by rank.ts).
  [['中位数', '中位值', '中值', 'median'], { k: 'agg', fn: 'median' }],
  [
    [
      [
        '按照',
        '按',
        '各',
        '每个',
        '每一个',
        '各个',
        '各自',
        '分别',
        '分',
        '分组',
        '分个组',
        '分一下组',
        // 按实施单位拆分 / 按年度拆开看看 / 按二级指标分开: the set split by the field named
        '拆分',
        '拆开',
        '分开',
        '细分',
        // 分组之后每组几个: each group of the grouping said
        '每组',
        '每一组',
        '各组',
        // 按负责人统计，每人几个: each person of a grouping by people said
        '每人',
        '每个人',
        '每一个人',
        '每位',
        '各人',
        'grouped by',
      ],
      ['by', 'per', 'each', 'for each', 'group by'],
    ].flat(),
    { k: 'group' },
  ],
  [['哪个', '哪一个', '哪家', '哪几个', '谁家', '哪一家', 'which'], { k: 'which' }],
  [['主管部门', '部门', '单位', 'departments', 'department'], { k: 'dim', field: 'department' }],
  [
    // A 科室 / 处室 is a section inside an office: on the forms it is the 实施单位 (城乡管理办公室 under 大红门街道办事处
    // as 主管部门), never the 主管部门 itself.
    ['实施单位', '执行单位', '科室', '处室', 'implementing units', 'implementing unit', 'units', 'unit'],
    { k: 'dim', field: 'implementingUnit' },
  ],
  [['负责人', 'owners', 'owner'], { k: 'dim', field: 'owner' }],
  [['年度', '年份', 'years', 'year'], { k: 'dim', field: 'year' }],
  // 地点潞源 / 所在地：双井: the label of a place, whose places are the streets read from the office names.
  [['地点', '所在地', '所在地点'], { k: 'dim', field: 'street' }],
  // by street / per street office: the streets read from the office names, as 各街道 (street alone stays a piece of
  // a place's English name: Qinghe Subdistrict)
  [
    [
      'by street office',
      'per street office',
      'by street',
      'per street',
      'each street',
      'for each street',
      'by subdistrict',
      'per subdistrict',
    ],
    { k: 'group' },
    { k: 'dim', field: 'street' },
  ],
  // Empty / filled.
  [
    [
      ...emptyForms(),
      ...setUpForms(false),
      '没填',
      '未填',
      '没有填',
      '没填写',
      '未填写',
      '没有填写',
      '漏填',
      // Left out, said with the verb of omission alone: 漏了几个, 有没有漏的, 遗漏.
      '漏掉',
      '漏了',
      '遗漏',
      '漏的',
      '没写',
      '未写',
      '没有写',
      '空着',
      '为空',
      '是空的',
      '空白',
      '空',
      '缺失',
      '缺少',
      '缺',
      '没有',
      '没',
      '无',
      '未做',
      '没做',
      '没有做',
      '未开展',
      '没开展',
      '没有开展',
      '未进行',
      '没进行',
      '未调查',
      '没调查',
      'missing',
      'empty',
      'left blank',
      'left empty',
      'blank',
      'without',
      'lacking',
      'lack',
      'no',
      'not filled',
      'not done',
      'not surveyed',
    ],
    { k: 'empty', empty: true },
  ],
  [
    [
      ...filledForms(),
      ...setUpForms(true),
      '已填',
      '填了',
      '有填',
      '已填写',
      '填写了',
      '不为空',
      '非空',
      '不是空的',
      '有',
      // 存在…的指标: has (a verb of existence, as 有).
      '存在',
      '已做',
      '做了',
      'filled',
      'filled in',
      'with',
      'has',
      'have',
    ],
    { k: 'empty', empty: false },
  ],
  [
    [
      '不',
      '未',
      '非',
      '没能',
      'not',
      "isn't",
      "doesn't",
      "don't",
      "didn't",
      "aren't",
      "wasn't",
      "weren't",
      "haven't",
      "hasn't",
      "hadn't",
      "can't",
      'cannot',
      'non',
    ],
    { k: 'not' },
  ],
  [
    [
      '满分',
      '拿满分',
      '得满分',
      '满分的',
      '拿满',
      '得满',
      '满的',
      'full marks',
      'full mark',
      'full score',
      'full points',
      'maximum score',
      'full',
    ],
    { k: 'full' },
  ],
  [['分值', '权重', '标准分', 'weight', 'weights'], { k: 'weight' }],
  // Conditions the checks find.
  [
    [
      '满意度调查',
      '满意度指标',
      '满意度',
      '满意程度',
      '服务对象满意度',
      'satisfaction indicators',
      'satisfaction indicator',
      'satisfaction survey',
      'satisfaction',
      'survey',
    ],
    { k: 'concept', c: 'satisfaction' },
  ],
  [
    [
      '偏差原因分析',
      '偏差原因说明',
      '偏差情况说明',
      '偏差原因',
      '偏差说明',
      '偏差分析',
      '偏差理由',
      '说明原因',
      '原因说明',
      '写原因',
      '原因',
      'reasons',
      'reason',
      'deviation reasons',
      'deviation reason',
      'deviation explanations',
      'deviation explanation',
      'explanations',
      'explanation',
      'deviation',
    ],
    { k: 'concept', c: 'deviation' },
  ],
  // 偏差 alone names the deviation column only when said as a column or as written or not (偏差没写, 偏差那栏,
  // 偏差写了); 有偏差 is a row that lost points (below, with 扣分).
  [
    ['一栏', '那栏', '那一栏', '这一栏', '那格', '那里'].map((c) => `偏差${c}`),
    { k: 'concept', c: 'deviation' },
  ],
  [emptyForms().map((f) => `偏差${f}`), { k: 'concept', c: 'deviation' }, { k: 'empty', empty: true }],
  [filledForms().map((f) => `偏差${f}`), { k: 'concept', c: 'deviation' }, { k: 'empty', empty: false }],
  [['效益指标', 'benefit indicators', 'benefit indicator', 'benefit'], { k: 'concept', c: 'benefit' }],
  [
    ['实际完成值', '完成值', '实际值', 'actual values', 'actual value', 'actual'],
    { k: 'concept', c: 'actual' },
  ],
  [
    [
      '算术错误',
      '计算错误',
      '算错',
      '计算有误',
      '算得不对',
      '计算不对',
      '算术',
      'arithmetic errors',
      'arithmetic',
      'calculation errors',
      'miscalculated',
      'miscalculation',
    ],
    { k: 'concept', c: 'arithmetic' },
  ],
  [
    ['金额单位', '单位可疑', '单位填错', '单位错误', '单位不对', 'unit errors', 'suspect units'],
    { k: 'concept', c: 'unitSuspect' },
  ],
  [['电话格式', '号码格式', '电话号码格式', 'phone format'], { k: 'concept', c: 'phoneFormat' }],
  // 分值合计 alone is the field (fields.ts weightSum, compared with a number); said to be wrong or not 100 it is the
  // WEIGHT_SUM check, rewritten to that check's word before splitting (problem-words.ts).
  [
    // 执行数超过预算数: the written form of the same check (预算数 is the form's word for the budget).
    [
      '执行数超过预算数',
      '执行数超出预算数',
      '执行数超出预算',
      '执行数超过预算',
      '执行数超预算',
      '执行数超预算数',
      '超预算数',
      '超预算',
      '超支',
      // 钱花超了 / 用超了 / 花多了 / 花冒了: spent beyond the budget, said of the spending
      '花超了',
      '花超',
      '用超了',
      '花冒了',
      '花过头了',
      '钱花超了',
      'over budget',
      'overspent',
    ],
    { k: 'concept', c: 'exceedsBudget' },
  ],
  // One problem named with the part of the form it is about (problem-words.ts rewrites the phrase to this word).
  ...Object.entries(PROBLEM_WORDS).map(([c, p]): [string[], Token] => [
    [p.word],
    { k: 'concept', c: c as ProblemConcept },
  ]),
  // 要退回去改: what a reviewer sends back is a form with errors, not a workflow state the store keeps (被退回的 stays
  // unplaced: that would be one).
  [
    [
      '要退回去改',
      '要退回去',
      '要退回',
      // 要退的是哪几张: the same forms, the verb said short.
      '要退的',
      '该退的',
      '得退的',
      '需要退回',
      '应该退回',
      '该退回',
      '得退回',
      '退回去改',
      // 退回 + a verb of mending what was entered (补填, 重写, 修改, 补正).
      ...['补', '重', '修'].flatMap((m) => ['填', '写', '改', '正', '报'].map((v) => `退回${m}${v}`)),
      '退回改',
      '要打回',
      '要打回去',
      '打回去改',
      '要打回去改',
      '应该打回去改',
      '该打回去改',
      '应该打回去',
      '要返工',
      // 退回重做 / 得重新填 / 需要返工: the form sent back to be done again is one with errors, the verb of redoing said
      // after a modal or after 退回 / 打回 (a bare 重做 / 退回 stays: 被退回的 is a workflow state the store does not keep).
      ...[
        '要',
        '得',
        '该',
        '需要',
        '应该',
        '必须',
        '需',
        '退回',
        '打回',
        '要退回',
        '要打回',
        '需要退回',
        '需退回',
        '应该退回',
        '必须退回',
        '得退回',
        '退回去',
        '打回去',
      ].flatMap((m) =>
        ['重做', '重新做', '重填', '重新填', '重新填报', '重报', '重新报', '返工', '修改', '整改'].map(
          (v) => `${m}${v}`,
        ),
      ),
      '返工',
      '打回来改',
      '打回修改',
      '打回重改',
      // 哪些表需要修改 / 要整改的项目: forms that must be mended are those with errors (改成 / 改为 a value is a change
      // request, read before this: change-words.ts). Never two characters (要改): a slip rule would read 要盖章 as it.
      ...['需要', '应该', '必须'].flatMap((m) =>
        ['改', '修改', '整改', '改正', '更正'].map((v) => `${m}${v}`),
      ),
      ...['要', '得', '该'].flatMap((m) => ['修改', '整改', '改正', '更正'].map((v) => `${m}${v}`)),
    ],
    { k: 'concept', c: 'errors' },
  ],
  [
    [
      '错误',
      '错',
      '出错',
      '有误',
      '可疑',
      '不对',
      '错了',
      '填错了',
      '填错',
      '写错',
      'errors',
      'error',
      'wrong',
    ],
    { k: 'concept', c: 'errors' },
  ],
  [['警告', '提醒', 'warnings', 'warning'], { k: 'concept', c: 'warnings' }],
  [['问题', '毛病', '异常', 'problems', 'problem', 'issues', 'issue'], { k: 'concept', c: 'problems' }],
  [
    [
      '未提交',
      '没提交',
      '没有提交',
      '还没交',
      '没交',
      '未交',
      '未上报',
      '没上报',
      '没有上报',
      '未报',
      '没报',
      '漏报',
      'not submitted',
      'not yet submitted',
      'not been submitted',
      'not submitted yet',
      "haven't submitted",
      'have not submitted',
      'missing forms',
    ],
    { k: 'concept', c: 'notSubmitted' },
  ],
  [
    ['未补全', '没补全', '待补充', '未完成', '不完整', '没完成', 'incomplete', 'unfinished', 'still open'],
    { k: 'concept', c: 'incomplete' },
  ],
  [['已补全', '完整', '没问题', '无问题', 'complete', 'clean'], { k: 'concept', c: 'complete' }],
  [['明年', '来年', '下一年', '明年度', 'next year'], { k: 'future' }],
  [['优秀', '优等', 'excellent'], { k: 'grade', value: '优' }],
  [['良好', 'good'], { k: 'grade', value: '良' }],
  [['中等', '一般', 'fair', 'average grade'], { k: 'grade', value: '中' }],
  // 不及格: below 60, the 差 band of the reference grades (SCORING.md).
  [['较差', '差等', '不及格', 'poor', 'failed'], { k: 'grade', value: '差' }],
  [['及以下', '或更差', '或以下', '以下', 'or worse', 'or below', 'or lower'], { k: 'orBelow' }],
  // Joining words.
  [
    [
      '和',
      '既',
      '与',
      '及',
      '以及',
      '跟',
      '同',
      '、',
      '并且',
      '而且',
      '且',
      '同时',
      '又',
      '并',
      '还',
      'and',
      'both',
      // list the projects with their owners: the fields shown beside them (with alone is "has": 有).
      'with their',
      'with its',
      'along with',
      'together with',
      'and their',
      'and its',
    ],
    { k: 'and' },
  ],
  [['或', '或者', '或是', '还是', 'or', 'either'], { k: 'or' }],
  // 没填的不算，剩下的项目…: the projects left in the set, no figure (剩下 alone is the money not spent).
  [['剩下的项目', '剩余的项目', '余下的项目', '剩下项目'], { k: 'filler' }],
  [
    [
      '是谁',
      '谁',
      '是多少',
      '是什么',
      '什么',
      '多少钱',
      '哪些',
      '哪些项目',
      '有哪些',
      // 哪几张表 asks which forms, not how many (几张 alone counts them)
      '哪几张',
      '哪几份',
      // 去掉X负责的，还剩哪些: the projects left in the set (还剩 alone is the money not spent).
      '还剩哪些',
      '还剩哪几个',
      '剩下哪些',
      '剩下的有哪些',
      '剩下的是哪些',
      // 叫什么: the person's name
      '叫什么名字',
      '叫什么',
      '叫啥',
      '几',
      'what',
      'who',
      'whom',
      'whose',
      'how much',
    ],
    { k: 'ask' },
  ],
  [
    // 王丽手上的项目 / 名下的: the projects a person has.
    [
      '负责的',
      '牵头的',
      '管的',
      '分管的',
      '手上的',
      '手上',
      '手里的',
      '手里',
      '手头的',
      '手头',
      '名下的',
      '名下',
      'owned by',
      'run by',
    ],
    { k: 'ownedBy' },
  ],
  [['导出', '下载', 'excel', 'xlsx', 'export', 'download'], { k: 'export' }],
  // Verbs and words staff use around fields.
  [
    [
      '负责',
      '谁负责',
      '名下',
      '名下的',
      'responsible for',
      'in charge of',
      'responsible',
      'managed by',
      'manages',
      'manage',
      'owns',
      'own',
      'looks after',
      'look after',
    ],
    { k: 'ownedBy' },
  ],
  [['实施的', '承办的', '实施'], { k: 'implementedBy' }],
  [
    [
      '表上填的',
      '表上写的',
      '表上的',
      '表上',
      '表里填的',
      '填的',
      '填报的',
      '写的',
      '填写的',
      '填成',
      'stated',
      'as stated',
      'on the form',
    ],
    { k: 'stated' },
  ],
  [
    [
      '算出来的',
      '算出的',
      '算出来',
      '核算的',
      '计算出来的',
      '计算出的',
      '计算的',
      '重新算的',
      '系统算的',
      '按公式算的',
      'computed',
      'calculated',
    ],
    { k: 'computed' },
  ],
  [
    [
      '扣分',
      '扣了分',
      '扣过分',
      '被扣分',
      '被扣了分',
      '扣掉分',
      '扣了分数',
      '失分',
      '丢分',
      'deducted',
      'deduction',
      'deductions',
      'lost points',
    ],
    { k: 'deduct' },
  ],
  // 有偏差: a row whose result fell short of its target, which the form shows as points lost (得分 < 分值) — the rows
  // that must carry a 偏差原因. Said back as read (parse.ts). 偏差原因 / 偏差没写 / 偏差那栏 are longer words above.
  [['偏差', '存在偏差', '出现偏差', '产生偏差', '有所偏差'], { k: 'deduct' }],
  [['比'], { k: 'than' }],
  [['乘以', '乘上', '乘', '×', '*', 'times', 'multiplied by'], { k: 'times' }],
  [['还多', '更多', '要多', '多的', '多出', '大的', '高的', '还高', '更高', '还大', '更大'], { k: 'more' }],
  [['还少', '更少', '要少', '少的', '小的', '低的', '还低', '更低', '还小', '更小'], { k: 'less' }],
  [
    [
      // 最近 / 最新, then the year said with 的, 那, 这, 一个 or nothing between (最新那一年, 最近一个年度).
      ...['最近', '最新'].flatMap((w) =>
        ['', '的', '那', '这', '那个', '这个'].flatMap((mid) =>
          ['一年', '年', '一个年度', '年度', '一个年份', '年份'].map((y) => `${w}${mid}${y}`),
        ),
      ),
      'latest year',
      'most recent year',
    ],
    { k: 'edgeYear', which: 'max' },
  ],
  [
    [
      '最早一年',
      '较早那一年',
      '较早的那一年',
      '较早一年',
      '最早的一年',
      '较早年度',
      'earliest year',
      'earlier year',
    ],
    { k: 'edgeYear', which: 'min' },
  ],
  [['万元', '元', '万', '块钱', '块'], { k: 'unit' }],
  [['指标得分', '指标的得分', '指标分数', 'indicator score', 'indicator scores'], { k: 'rowScore' }],
  [['指标的实际完成值', '指标实际完成值', '指标完成值'], { k: 'concept', c: 'actual' }],
  [['但', '但是', '可是', '却', '而', '不过', '而是', 'but'], { k: 'and' }],
  [['啥', '哪位', '哪一位', "what's", "who's", 'what is', 'who is', 'how'], { k: 'ask' }],
  [
    [
      '每年',
      '各年',
      '每一年',
      '各年度',
      '每个年度',
      'per year',
      'each year',
      'by year',
      'yearly',
      'annually',
    ],
    { k: 'group' },
    { k: 'dim', field: 'year' },
  ],
  [['全年预算', 'full-year budget', 'full year budget', 'annual budget'], { k: 'field', id: 'annualBudget' }],
  [
    [
      '执行了',
      '实际执行',
      '实际执行了',
      // 实际 before a verb of spending is the spending (实际花了多少, 实际用掉), not 实际值 typed wrong.
      ...['花了', '花的', '花掉', '花费', '用了', '用掉', '用的', '支出', '支出了', '花'].map(
        (v) => `实际${v}`,
      ),
      '花了',
      '用了',
      '支出了',
      '花掉',
      '用掉',
      '花出去',
      '花的钱',
      '钱花得',
      '花钱',
      '花得',
      '用得',
      // 哪个执行得多: the verb of the 执行数 with 得 (执行得分 is a longer word)
      '执行得',
    ],
    { k: 'field', id: 'executed' },
  ],
  [
    [
      '的不算',
      '的不要',
      // 没写负责人的就不用算了 / 年初没填的就不算了: the same, said as a clerk settles it
      '的就不用算了',
      '的就不用算',
      '的就不算了',
      '的就不算',
      '的不用算了',
      '的不用算',
      '的就别算了',
      '就不用算了',
      '就不算了',
      '不用算了',
      '不用算',
      '不算',
      '不计入',
      '不计',
      '除外',
      '不算在内',
      // 不算进去 / 别算进来: the same, said with the direction of the verb
      '不算进去',
      '不算进来',
      '别算进去',
      '不要算进去',
      '不计算在内',
      'excluded',
      'not counted',
    ],
    { k: 'excludeEmpty' },
  ],
  // 钱没花完的项目: some of the budget not executed.
  [
    [
      '钱没花完',
      '没花完',
      '没用完',
      '没执行完',
      '未执行完',
      '未花完',
      '未用完',
      // 没有 said in full, and 光 for 完 (钱没有花完 / 资金没用光 — 资金 is read as 钱 before, spoken-money.ts)
      ...['', '钱'].flatMap((money) =>
        ['没有', '没', '未', '还没', '还没有'].flatMap((not) =>
          ['花', '用', '执行'].flatMap((verb) => ['完', '光'].map((end) => `${money}${not}${verb}${end}`)),
        ),
      ),
      'not fully spent',
    ],
    { k: 'field', id: 'remaining' },
    { k: 'op', op: '>' },
    { k: 'num', value: 0 },
  ],
  [
    [
      '还剩多少没花',
      '还有多少没花',
      '有多少没花',
      '多少没花',
      '还剩多少钱没花',
      // 一共多少钱没花出去 / 有多少没用掉: the money not spent, not an empty 执行数.
      '多少钱没花',
      '多少没花出去',
      '多少钱没花出去',
      '多少没用掉',
      '多少钱没用掉',
      '有多少钱没花',
      '有多少没花出去',
      '有多少钱没花出去',
      '有多少没用掉',
    ],
    { k: 'field', id: 'remaining' },
    { k: 'ask' },
  ],
  [ARITH_WORDS.minus, { k: 'arith', op: 'minus' }],
  [ARITH_WORDS.plus, { k: 'arith', op: 'plus' }],
  [ARITH_WORDS.share, { k: 'arith', op: 'share' }],
  [ARITH_WORDS.ratio, { k: 'arith', op: 'ratio' }],
  // 把负责人带上 / 全年预算、执行率都报一下: verbs of showing; the fields named are what is shown.
  [['带上', '附上', '标上', '带出来', '报一下', '报给我', '报一报', '报个数'], { k: 'filler' }],
  // 都分布在哪些街道 / 集中在哪几个部门: where the projects are, the groups asked after it are the question.
  [['分布在', '分布于', '集中在', '散落在'], { k: 'filler' }],
  // sum of the budget over all projects: the scope every question has, not a bound (over 300).
  [['over all', 'across all', 'over every', 'across every'], { k: 'filler' }],
  // Words that carry no condition (stopwords.ts).
  [STOP_WORDS, { k: 'filler' }],
];

export interface LexEntry {
  word: string;
  tokens: Token[];
}

/** Every word, longest first, so 不低于 wins over 低于 and 预算执行率 over 执行率. */
export const LEXICON: LexEntry[] = ENTRIES.flatMap(([words, ...tokens]) =>
  words.map((word) => ({ word: word.toLowerCase(), tokens })),
).sort((a, b) => b.word.length - a.word.length);

/** Finding codes of the checks behind each condition word. */
export const CONCEPT_CODES: Partial<Record<Concept, FindingCode[]>> = {
  deviation: ['DEVIATION_MISSING'],
  benefit: ['BENEFIT_MISSING'],
  actual: ['ACTUAL_EMPTY'],
  arithmetic: [
    'TOTAL_MISMATCH',
    'RATE_MISMATCH',
    'BUDGET_SCORE_MISMATCH',
    'WEIGHT_SUM',
    'INDICATOR_SCORE_DIFFERS',
  ],
  unitSuspect: ['FUNDS_UNIT_SUSPECT'],
  phoneFormat: ['PHONE_FORMAT'],
  weightSum: ['WEIGHT_SUM'],
  exceedsBudget: ['EXECUTED_EXCEEDS_BUDGET'],
  ...Object.fromEntries(Object.entries(PROBLEM_WORDS).map(([c, p]) => [c, [...p.codes]])),
};
