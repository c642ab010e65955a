/**
 * What a row question says of several rows at once, read before the row's name (row-question.ts):
 * - two rows joined (质量指标和数量指标都被扣了分): the form must have a row of each, each meeting the row's conditions.
 *   The second used to fall to the forms' scope, where 数量 was read as a count and silently dropped.
 * - full marks said of rows (指标拿了满分), and of every row (指标全部拿满分, 所有指标都得了满分): 得分 reaching 分值 on
 *   a row, or on each scored row of the form. It used to be read as the form's 总分 ≥ 100, which the budget row and
 *   forms whose 分值 do not add up to 100 make a different set (118 projects instead of 131).
 * - a kind of row the form lacks (没有社会效益指标, 没设可持续影响指标): the forms with no row named so. 缺少满意度指标
 *   and 没有效益指标 stay the checks of the form (SATISFACTION / BENEFIT_MISSING), which know the templates better.
 * - a bound on a column added up (产出指标的分值加起来不到50分的项目): the forms whose sum meets it. The bound used to be
 *   left to the forms' scope and read as 总分 < 50.
 */
import type { Op } from './query.ts';
import { digits } from './row-count-words.ts';
import { isKindTerm } from './row-terms.ts';

/** 质量指标和数量指标: the second row's name, after a joining word (never 年度指标值, never a row's column). */
const JOINED =
  /指标(?:的)?(?:和|与|跟|以及|及|、|还有)([^\s，,。？?的和与跟及、“”「」"]{2,10}?)(?:这个|这项|这条)?指标(?!值)/u;

export function joinedRow(text: string): { also: string; text: string } | null {
  const m = JOINED.exec(text);
  if (!m?.[1] || /[一二三]级|绩效|几|多少|哪|扣|满分|分值|得分|条|项目/u.test(m[1])) return null;
  // the first row keeps its 指标; the joining word and the second row are taken out
  return { also: m[1], text: `${text.slice(0, m.index + 2)} ${text.slice(m.index + m[0].length)}` };
}

/** Full marks of a row: 拿了满分 / 得到满分 / 都是满分 (never 没拿满分, which the reading of lost points takes first). */
const FULL =
  /(?<![没未不])(?:明明|也|都|均|全|全部|全都)?(?:拿|得|是|为)(?:了|到)?满分|(?<![没未不拿得])满分(?:了)?(?=的|$|[，,。？?\s]|还|却|也|但|又|可)/u;
/** Every row of the form: 所有指标 / 各项指标 / 每条指标 / 指标全部 / 指标都. */
const EVERY =
  /(?:所有|全部|每(?:一)?条|各(?:条|项))(?:的)?(?:三级|绩效)?指标|指标(?=(?:全部|全都|都|均|全)(?:拿|得|是|为)?(?:了|到)?满分)/u;
const EVERY_WORDS = /(?:全部|全都|都|均|全)(?=(?:拿|得|是|为)?(?:了|到)?满分)|所有|每(?:一)?条|各(?:条|项)/gu;

export function fullMarks(text: string): { every: boolean; text: string } | null {
  if (!FULL.test(text) || !/指标/u.test(text)) return null;
  const every = EVERY.test(text);
  // the words of every row first: they are read by what follows them (全部满分), which FULL takes out
  return { every, text: (every ? text.replace(EVERY_WORDS, ' ') : text).replace(FULL, ' ') };
}

const BOUND_WORDS: Array<[RegExp, Op]> = [
  [/^(?:不低于|不少于|至少)$/u, '>='],
  [/^(?:不超过|不高于|不多于|至多)$/u, '<='],
  [/^(?:超过了|超过|大于|高于|多于)$/u, '>'],
  [/^(?:低于|小于|少于|不到|不足|不够)$/u, '<'],
  [/^(?:等于|是|为|刚好|正好)$/u, '='],
  [/^(?:不等于|不是|不为)$/u, '<>'],
];
/** A bound on the sum, right after it: 不到50分 / 超过30分 / 50分以上. */
const SUM_BOUND =
  /^\s*(?:的)?(不低于|不少于|至少|不超过|不高于|不多于|至多|超过了|超过|大于|高于|多于|低于|小于|少于|不到|不足|不够|不等于|不是|不为|等于|刚好|正好)(\d+(?:\.\d+)?)分?|^\s*(\d+(?:\.\d+)?)分?(以上|以下)|^\s*(\d+(?:\.\d+)?)分(?=的)/u;

/** The bound said right after a column added up (`after`: the text that follows the sum's words). */
export function sumBound(after: string): { op: Op; value: number; length: number } | null {
  const m = SUM_BOUND.exec(after);
  if (!m) return null;
  if (m[1]) {
    const op = BOUND_WORDS.find(([re]) => re.test(m[1]!))?.[1] ?? '=';
    return { op, value: Number(m[2]), length: m[0].length };
  }
  // 分值合计为10分的项目: the figure alone (为 read with 合计) is the sum itself
  if (m[5]) return { op: '=', value: Number(m[5]), length: m[0].length };
  return { op: m[4] === '以上' ? '>=' : '<=', value: Number(m[3]), length: m[0].length };
}

/** 没有社会效益指标 / 没设可持续影响指标 / 缺少时效指标: the row's name lacked. */
// (有没有时效指标被扣分的: 有没有 asks whether — its 没有 lacks nothing)
const ABSENT =
  /(?<!有)(?:缺少|缺了|缺|没有|没|无|未设置|未设|没设置|没设|没写|没填)(?:设置|设|写|填)?(?:了)?(?:任何)?([“"「『][^”"」』]{2,12}[”"」』]|[^\s，,。？?的、“”「」"]{2,10}?)(?:这(?:个|类|项))?(?:类)?指标(?!值)/u;

/** 有数量指标、却没有质量指标: a kind the forms have, said beside the one they lack (a kind of the templates only). */
const PRESENT =
  /(?<![没未无缺])(?:有|设了|设置了|设有)(?:设置了?|设了|设)?([^\s，,。？?的、“”「」"]{2,10}?)指标[、，,\s]*(?:但|却|但是|可|可是|而)?(?:却)?/u;

/** The row kind said to be lacking and the text without it (null: none, or one a check of the form answers). */
export function absentRow(text: string): { term: string; text: string; present?: string } | null {
  // (一条质量指标都没设 is not read here: whether a kind's placeholder rows — 指标1：, …… — count as set is not settled.)
  const lacking = lackedRow(text);
  if (!lacking) return null;
  const present = PRESENT.exec(lacking.text);
  if (!present?.[1] || !isKindTerm(present[1])) return lacking;
  return {
    ...lacking,
    present: present[1],
    text: `${lacking.text.slice(0, present.index)} ${lacking.text.slice(present.index + present[0].length)}`,
  };
}

function lackedRow(text: string): { term: string; text: string } | null {
  const m = ABSENT.exec(text);
  if (!m?.[1]) return null;
  // 满意度 / 效益 as a whole are checks of the form. Only a kind of the templates (社会效益, 时效) or a name quoted
  // is lacked so: 没有完成指标 says the targets were not met, never that no row is called 完成.
  const quoted = /^[“"「『].+[”"」』]$/u.test(m[1]);
  if (/^(?:满意度|效益)$/u.test(m[1]) || !(quoted || isKindTerm(m[1]))) return null;
  return {
    term: m[1].replace(/^[“"「『]|[”"」』]$/gu, ''),
    text: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`,
  };
}

/** A number of rows of a named kind on one form: 满意度指标写了两条或者更多 / 质量指标有3条以上 / 只有1条. */
const PER_FORM =
  /(?<=指标)(?:都|也)?(只|仅|就)?(?:一共|总共|共)?(?:写了|填了|设了|列了|有|是|为)?(不少于|不低于|至少|不超过|不多于|至多|最多|超过了|超过|多于|大于|少于|不到|不足)?(\d+|[二三四五六七八九]?十[一二三四五六七八九]?|[两一二三四五六七八九])(?:条|行)(或者更多|或更多|及更多|或者以上|或以上|及以上|以上|或者以下|或以下|及以下|以下|以内)?(?=的|$|[，,。？?\s])/u;
const PER_FORM_CMP: Record<string, Op> = {
  不少于: '>=',
  不低于: '>=',
  至少: '>=',
  不超过: '<=',
  不多于: '<=',
  至多: '<=',
  最多: '<=',
  超过了: '>',
  超过: '>',
  多于: '>',
  大于: '>',
  少于: '<',
  不到: '<',
  不足: '<',
};

/**
 * How many rows of a named kind one form has (满意度指标写了两条或者更多的项目): the forms whose rows meeting the row's
 * conditions number so many — a form with none of them too when the bound takes 0 in (少于2条). A bare 一条 is "some
 * row" (满意度指标有一条…), no count.
 */
/** 设了两条满意度指标: the count said before the row's name, as 满意度指标设了两条 says it after. */
const COUNT_BEFORE_ROW =
  /(设了|设置了|写了|填了|列了)(\d+|[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])条([^，,。？?\s的]{1,8}?指标)/u;

export function rowsPerForm(said: string): { op: Op; value: number; text: string } | null {
  const text = said.replace(COUNT_BEFORE_ROW, '$3$1$2条');
  const m = PER_FORM.exec(text);
  if (!m) return null;
  const value = Number(digits(m[3]!));
  const after = m[4] ?? '';
  const op: Op = m[2]
    ? PER_FORM_CMP[m[2]]!
    : /更多|以上/u.test(after)
      ? '>='
      : /以下|以内/u.test(after)
        ? '<='
        : '=';
  if (value === 1 && !m[1] && !m[2] && !after) return null;
  return { op, value, text: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
}
