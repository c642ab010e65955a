/**
 * How many indicator rows a form has, said of the rows (issue 10: 三级指标超过10条的项目): the rows named (三级指标,
 * 绩效指标, 指标 standing alone), a number with a measure word of rows (条 / 行 / 个 / 项) and a comparison or a bound
 * around it, or a superlative right after the rows. Rewritten before the question is split into words to the count
 * fields of the facts row (fields.ts: 指标数 = indicator_count; 扣分的指标数 = rows_below_weight; 超分指标数 =
 * rows_above_weight), so that they are compared, ranked and averaged like any other figure of a project — on an
 * indexed column. A row of a named kind (满意度指标, 产出指标) is never read as all rows: its count is not kept.
 */
import { CHINESE_DIGITS } from '../record/chinese-numerals.ts';

/** The rows of a form: 三级指标, 绩效指标, or 指标 with nothing of a row's name before it. */
const ROWS = '(?:[三3]级指标|绩效指标|(?:(?<!\\p{Script=Han})|(?<=[的有里上中]))指标)';
/** The rows right after a number and its measure word (10条指标): nothing else can stand between. */
const COUNTED_ROWS = '(?:[三3]级指标|绩效指标|指标)';
/** A comparison before the number (the lexicon reads it again after the rewrite). */
const CMP =
  '(?:不少于|不低于|不超过|不多于|不到|不足|超过了|超过|超出|多于|大于|高于|少于|低于|小于|至少|最少|至多|最多|等于)';
/** A bound after the number: 10条以上, 5条以内. */
const BOUND = '(?:及以上|或以上|以上|及以下|或以下|以下|以内)';
const MEASURE = '(?:条|行|个|项)';
/** The number: digits (tokens.ts normalise writes most numerals so), or a numeral up to 九十九 before a measure word. */
const NUMBER = '(\\d+|[二三四五六七八九]?十[一二三四五六七八九]?|[两一二三四五六七八九])';
/** 九 → 9, 十二 → 12, 二十 → 20, 三十五 → 35. */
export function digits(n: string): string {
  if (/^\d+$/.test(n)) return n;
  const [tens, ones] = n.includes('十') ? n.split('十') : ['', n];
  const value = n.includes('十')
    ? (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0)
    : (CHINESE_DIGITS[ones!] ?? 0);
  return String(value);
}
/**
 * 设置绩效指标条数最多的项目 / 设定的指标数量: the verb of setting the rows up before their count says nothing more — the
 * rows a form has are the rows it set (设置了满意度指标, a kind of row set or not, is read by the lexicon).
 */
const SET_UP_COUNTED =
  /(?:设置|设立|设定|设)(?:了)?(?:的)?(?=(?:[三3]级|绩效)?指标(?:的)?(?:条数|数量|个数|数|最多|最少))/gu;

/** A condition on the rows counted: 2条指标被扣分 counts the rows that lost points. */
const ROW_CONDITIONS: Array<[RegExp, string]> = [
  [/^(?:都|也)?(?:被)?(?:扣(?:了)?分|没(?:有)?(?:拿|得)(?:到)?满分|丢(?:了)?分)/u, '扣分的指标数'],
  [/^(?:都|也)?(?:得分)?(?:超过|高于|大于)(?:了)?分值/u, '超分指标数'],
];

/** The count field the rows after `at` are counted into, and how much of the tail said so. */
function countedAs(tail: string): { field: string; length: number } {
  for (const [re, field] of ROW_CONDITIONS) {
    const m = re.exec(tail);
    if (m) return { field, length: m[0].length };
  }
  return { field: '指标数', length: 0 };
}

/** The rows, then a number of them: 三级指标超过12条 / 指标有15条以上 / 指标超过10行. */
const ROWS_THEN_NUMBER = new RegExp(
  `${ROWS}(只|仅|就|一共|总共|共)?(?:写了|填了|设了|列了|有|是|为)?(${CMP})?${NUMBER}${MEASURE}(${BOUND})?`,
  'gu',
);
/** A number of rows, then the rows, closing the noun phrase: 有15条以上三级指标的项目 / 超过10条指标的表. */
const NUMBER_THEN_ROWS = new RegExp(
  `(?<![某每哪那这任第])(只|仅|就)?(?:有|写了|填了|设了|列了)?(${CMP})?${NUMBER}${MEASURE}(${BOUND})?(?:的)?${COUNTED_ROWS}(?=(?:的)?(?:项目|表)|被|都|没|丢|得分|扣|$|[，,。？?\\s])`,
  'gu',
);
/**
 * No row at all: 一条三级指标都没有 / 三级指标一条也没填 / 没有任何绩效指标的表 — the count 0 (a kind of row named, as in
 * 没有效益指标, is the check of the form, not this).
 */
const NO_ROWS = new RegExp(
  `一(?:条|行|个|项)${COUNTED_ROWS}(?:都|也)(?:没有|没填|没写|没设|没列|没)|${ROWS}一(?:条|行|个|项)(?:都|也)(?:没有|没填|没写|没设|没列|没)|(?:没有|没填|没写|没设)任何${COUNTED_ROWS}`,
  'gu',
);
/** The count named as a noun: 三级指标的条数, 指标行数. */
const COUNT_NOUN = new RegExp(`${ROWS}(?:的)?(?:条数|行数|个数|数量|数目|总数)`, 'gu');
/** The most or fewest rows: 三级指标写得最多的, 指标最少的表. */
const MOST = new RegExp(`${ROWS}(?:写得|设得|填得|列得)?(最多|最少)`, 'gu');
/** On average per form: 平均下来一张表有几条三级指标. */
const AVERAGE = new RegExp(
  `平均(?:下来|来看|算)?(?:每|一)?(?:张表|个项目|份表|张|个)?(?:有|设了|写了)?(?:几|多少)${MEASURE}${COUNTED_ROWS}`,
  'gu',
);

/** 每张表平均几条三级指标: the same average, 平均 after the form. */
const EACH_AVERAGE = new RegExp(
  `(?:每|一)(?:张表|个项目|份表|张|个)平均(?:下来)?(?:有|设了|写了)?(?:几|多少)${MEASURE}${COUNTED_ROWS}`,
  'gu',
);
/** 每个项目有几条指标 / 各表分别几条三级指标: each project's count shown, a figure of the project. */
const EACH_COUNT = new RegExp(
  `(?:每个|每一个|各个|每张|每份|各)(?:项目|表)(?:都|分别|各)?(?:有|设了|写了|填了)?(?:几|多少)${MEASURE}${COUNTED_ROWS}(?=$|[，,。？?s])`,
  'gu',
);

/**
 * 实际完成值漏填的指标，哪个项目漏得最多 / 扣了分的指标，哪张表最多: rows of a condition, then which project has the most
 * (or fewest) of them — the count field of that condition ranked (a verb with 得 before the superlative says it again).
 */
const WHICH_HOLDS_MOST = new RegExp(
  `(?:(?:实际完成值|完成值)(?:漏填|没填|未填|空着|没写|漏写)(?:了)?|(?:被)?扣(?:了|过)?分)(?:的)?${COUNTED_ROWS}[，,]\\s*(哪个项目|哪些项目|哪张表|哪个)(?:的)?(?:\\p{Script=Han}{1,2}得)?(最多|最少)`,
  'gu',
);
const HELD_COUNT = (said: string) => (/扣/u.test(said) ? '扣分的指标数' : '实际完成值未填的指标数');

export function rewriteRowCounts(text: string): string {
  text = text.replace(SET_UP_COUNTED, '');
  text = text.replace(WHICH_HOLDS_MOST, (m, which: string, end: string) => `${which}${HELD_COUNT(m)}${end}`);
  /** Each match rewritten by `build` (null: left as it is), a row condition right after it taken in. */
  const withTail = (re: RegExp, build: (m: RegExpExecArray) => string | null) => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(re)) {
      const said = build(m as RegExpExecArray);
      if (said === null) continue;
      const end = m.index + m[0].length;
      const { field, length } = countedAs(text.slice(end));
      out += `${text.slice(last, m.index)}${field}${said}`;
      last = end + length;
    }
    return out + text.slice(last);
  };
  /** The comparison said back to the lexicon; a bare 一条 is "some row" (有一条指标被扣分), no count of one. */
  /** 只有一条 / 仅填了1条 is exactly one. */
  const bound = (only: string | undefined, cmp: string | undefined, n: string, after: string | undefined) =>
    !cmp && !after && digits(n) === '1' && !/^[只仅就]$/u.test(only ?? '')
      ? null
      : `${cmp ?? (after ? '' : '为')}${digits(n)}${after ?? ''}`;
  text = withTail(ROWS_THEN_NUMBER, (m) => bound(m[1], m[2], m[3]!, m[4]));
  text = withTail(NUMBER_THEN_ROWS, (m) => bound(m[1], m[2], m[3]!, m[4]));
  return text
    .replace(NO_ROWS, '指标数为0')
    .replace(COUNT_NOUN, '指标数')
    .replace(MOST, '指标数$1')
    .replace(EACH_AVERAGE, '平均指标数')
    .replace(AVERAGE, '平均指标数')
    .replace(EACH_COUNT, '每个项目的指标数');
}
