/**
 * The shape of a text cell said in a sentence (issue 10: 联系电话一栏填了两个号码, 负责人写了两个人, 电话是9位数, 不足8位的
 * 电话号码), read as the computed fields of derived-fields.ts (联系电话号码个数, 项目负责人人数, 联系电话位数) before the
 * question is split into words, so that the parser compares them like any other count. Built from the fields' own
 * words and the measure words of what a cell holds (个号码, 个人, 位数), not from phrasings of particular questions.
 */
import { DERIVED_FIELDS } from './derived-fields.ts';
import { anyFieldPattern, FIELDS, hanWordPattern as hanWords } from './fields.ts';

const PHONE = hanWords(FIELDS.phone.words);
const OWNER = hanWords(['项目负责人', '负责人', '联系人']);
/** Where in the cell, and the verb that says what it holds: 一栏填了 / 那格写的是 / 里有 / 是 / 只有. */
const AT = '(?:这一栏|那一栏|一栏|那栏|这栏|那格|这格|一格|里面|里|中|上)?(?:的)?';
const HOLDS = '(?:号码)?(?:只)?(?:填了|写了|留了|填的是|写的是|留的是|填的|写的|都是|是|为|有)?';
/** A bound said before the number (不足8位, 超过11位); the parser reads the word as it reads it before any number. */
const BOUND = '(不足|不到|少于|小于|低于|多于|大于|超过|高于|不是|不等于)?';
/** 两个 / 2个 / 多个 / 不止一个: how many entries. */
const MANY = '(\\d+|多|几|不止1|1个以上)';

const label = {
  digits: DERIVED_FIELDS.phoneDigits.label,
  phones: DERIVED_FIELDS.phoneCount.label,
  owners: DERIVED_FIELDS.ownerCount.label,
};

/** How many: a number is that number; 多个 / 不止一个 more than one; 几个 asks the count. */
const howMany = (n: string) => (/^\d+$/.test(n) ? `为${n}` : n === '几' ? '' : '大于1');

const RULES: Array<[RegExp, (...m: string[]) => string]> = [
  // 电话是几位 / 号码有多少位数: the length asked (几 is no count of projects here)
  [
    new RegExp(`(?:${PHONE})${AT}(?:号码)?(?:是|有|为)?(?:几|多少)位(?:数字|数)?`, 'gu'),
    () => `${label.digits}是多少`,
  ],
  // 电话是9位数 / 联系电话一栏不足8位 / 手机号码为11位的
  [
    new RegExp(`(?:${PHONE})${AT}${HOLDS}${BOUND}(\\d+)位(?:数字|数|的号码|号码)?`, 'gu'),
    (_m, bound, n) => `${label.digits}${bound || '为'}${n}`,
  ],
  // 9位数的电话 / 不足8位的联系电话
  [
    new RegExp(`${BOUND}(\\d+)位(?:数字|数)?(?:的)?(?:${PHONE})`, 'gu'),
    (_m, bound, n) => `${label.digits}${bound || '为'}${n}的`,
  ],
  // 联系电话一栏填了两个号码 / 电话写了多个号码 / 电话有不止一个号码
  [
    new RegExp(`(?:${PHONE})${AT}${HOLDS}${MANY}个(?:电话号码|号码|电话|手机号)`, 'gu'),
    (_m, n) => `${label.phones}${howMany(n!)}`,
  ],
  // 填了两个号码的 / 留了两个联系电话 (号码 is the phone cell)
  [
    new RegExp(`(?:填了|写了|留了|有)${MANY}个(?:${PHONE}|号码)`, 'gu'),
    (_m, n) => `${label.phones}${howMany(n!)}`,
  ],
  // 负责人一栏写了两个人 / 负责人填了两个名字 / 负责人有两个的
  [
    new RegExp(`(?:${OWNER})${AT}${HOLDS}${MANY}(?:个|位|名)(?:人的名字|人名字|人名|名字|人)`, 'gu'),
    (_m, n) => `${label.owners}${howMany(n!)}`,
  ],
  // 有两个负责人的 / 写了两个负责人 / 写了几个负责人 (有几个负责人 asks how many people own the projects: parse.ts)
  [
    new RegExp(`(?:(?:填了|写了)${MANY}|有(\\d+|多|不止1|1个以上))(?:个|位|名)(?:${OWNER})`, 'gu'),
    (_m, n, had) => `${label.owners}${howMany((n ?? had)!)}`,
  ],
];

/** Every field's words (the longest first), for the value a cell states. */
const ANY_FIELD = anyFieldPattern();
/**
 * 执行率填了100% / 总分写的是98 / 执行率却写成100%: the value the cell states (填的执行率为100%), not the one the
 * scorer computes; the parser reads 填的 + a field as the stated field where the form has one.
 */
const WRITTEN_AS = new RegExp(
  `(${ANY_FIELD})(?:却|都|也|还|竟然|居然)?(?:填了|写了|填的是|写的是|写成了|写成|填成了|填成|写作|写着|报的是)(?=\\d)`,
  'gu',
);

/** 执行率是百分之几: the value of a rate asked (百分之几的项目… is a share of projects: arithmetic, not here). */
const PERCENT_FIELD = hanWords(
  Object.values(FIELDS).flatMap((f) => (f.kind === 'percent' ? (f.words as readonly string[]) : [])),
);
const PERCENT_ASKED = new RegExp(`(${PERCENT_FIELD})(?:是|为|有|达到|到了)?(?:百分之几|百分之多少)`, 'gu');

export function rewriteCellShapes(text: string): string {
  let out = text.replace(WRITTEN_AS, '填的$1为').replace(PERCENT_ASKED, '$1是多少');
  for (const [re, to] of RULES) out = out.replace(re, (...m) => to(...(m as string[])));
  return out;
}
