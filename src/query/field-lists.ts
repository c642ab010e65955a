/**
 * Fields listed under one empty test where any one of them will do (负责人或者电话至少缺一个, 负责人和联系电话至少有一个
 * 没填, 年初预算、全年预算任何一项是空的): read as the fields joined by 或 before the question is split into words, so that
 * the parser's empty test (parse.ts `emptiness`) takes each field of the list and joins the tests with 或. Built from
 * the fields' own words and the words of "at least one", not from phrasings of particular questions.
 */
import { anyFieldPattern } from './fields.ts';

const FIELD = anyFieldPattern();
const JOIN = '(?:和|与|跟|及|以及|、|或者|或是|或)';
/** 这两项中 / 两个里: the list named again before the choice. */
const BOTH = '(?:这)?(?:2|两)?(?:个|项|样|栏)?(?:中|里|当中|之中|其中)?';
/** 至少有一个 / 起码一项 / 任何一个 / 其中一个 / 有一个. */
const ONE = '(?:至少|起码|最少)?(?:有)?(?:其中|任何|任)?(?:1|一)(?:个|项|样|栏)(?:是)?';
/** The empty words that may follow (没填, 未写, 漏填, 缺, 空着, 是空的). */
const EMPTY_AHEAD = '(?=没|未|漏|缺|空|是空)';
const EMPTY = '(缺失|缺|空着|空|没填|没写|未填|未写|漏填|漏写|漏)';

const LIST = `((?:${FIELD})(?:${JOIN}(?:${FIELD}))+)`;
const RULES: Array<[RegExp, (m: string, list: string, empty?: string) => string]> = [
  // 负责人和电话至少有一个没填 / 年初预算、全年预算任何一项是空的
  [new RegExp(`${LIST}${BOTH}${ONE}${EMPTY_AHEAD}`, 'gu'), (_m, list) => asAlternatives(list)],
  // 负责人或者电话至少缺一个 / 负责人和电话起码漏填了一个
  [
    new RegExp(`${LIST}${BOTH}(?:至少|起码|最少)(?:有)?${EMPTY}(?:了)?(?:1|一)(?:个|项|样|栏)`, 'gu'),
    (_m, list, empty) => `${asAlternatives(list)}${empty}`,
  ],
];

// 负责人和联系电话没有填全 / 没填齐: not all of them filled = one of them or more empty.
RULES.push([
  new RegExp(`${LIST}(?:都)?(?:没有|没|未)(?:填|写)(?:全|完整|齐|完)`, 'gu'),
  (_m, list) => `${asAlternatives(list)}没填`,
]);

const JOINER = new RegExp(JOIN, 'gu');
function asAlternatives(list: string): string {
  return list.replace(JOINER, '或');
}

/** 年初预算有数 / 执行数有值: the field filled (有数量 / 有数据 are other words). */
const HAS_VALUE = new RegExp(`(${FIELD})(?:里|上)?有(?:数|值)(?![量据字])`, 'gu');

export function rewriteFieldLists(text: string): string {
  let out = text.replace(HAS_VALUE, '$1填了');
  for (const [re, to] of RULES)
    out = out.replace(re, (m: string, list: string, empty?: string) => to(m, list, empty));
  return out;
}
