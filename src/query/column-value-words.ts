/**
 * A cell of the form said with where it is and what is written in it (issue 10: 实施单位这一列写便民服务中心的项目,
 * 表头“项目负责人”那一栏写的是王丽的, 总分栏里填99.9的, 主管部门那一栏填的就是“社区建设办公室”几个字的): the field's
 * own label (any word of fields.ts, quoted or not, after 表头 / 表尾 / 表上), a place word (那一栏, 这一列, 那格, 栏里), a
 * verb of writing (填的, 写的是, 写着, 只写了), then the value. Rewritten before the question is split into words to the
 * plain statement 「<field>是<value>」, which the parser reads like any other (a name resolved against the store's own
 * names, a number compared). What is written asked back (写的什么) is 是什么. A verb with no value after it (写了的,
 * 没写, 写了两个号码) is left to the readers of filled, empty and cell shapes.
 */
import { anyFieldPattern } from './fields.ts';

const FIELD = `(${anyFieldPattern()})`;
/** Where on the form: 那一栏, 这一列, 一格, 栏里, 那儿. */
const PLACE = '(?:[这那]?一?(?:栏|列|格|行)|那儿|那里)?(?:里面|里|中|上)?';
/** The verb of writing: 填的, 写的是, 写着, 只写了, 填的就是. */
const WRITTEN = '(?:只|就|都)?(?:填|写|录|打)(?:的|了|着)?(?:就是|是|为|成)?';
/** What cannot start a value: the words of empty and filled, of shapes, of asking, and the noun the clause modifies. */
const NOT_A_VALUE =
  '(?![了吗呢嘛]|没|不|未|有|啥|什么|东西|[全完满对错上过进入好齐写填报明清的但而却可并且和与或跟同及，,、。？?]|项目|表|几|多少|\\d+个(?:号码|电话|人|名字)|[2-9两多]个)';

const RULES: Array<[RegExp, string]> = [
  // 「执行率：80.5%」: a form's line quoted as printed is what the form states, not the rate computed from its amounts.
  [/[“"「『](?:预算)?执行率[:：]\s*(?=\d+(?:\.\d+)?%?\s*[”"」』])/gu, '填报执行率是'],
  // “项目负责人” / 「实施单位」: a field's label quoted as printed.
  [new RegExp(`[“"「『]${FIELD}[”"」』]`, 'gu'), '$1'],
  // 表头的实施单位 / 表尾联系电话: where on the form the label is, no condition — but 表上(的)执行率 is the rate as the
  // form states it (fields.ts statedRate), not the computed one.
  [new RegExp(`表(?:头|尾|上|里)(?:的)?(?!(?:预算|资金)?执行率)(?=${FIELD})`, 'gu'), ''],
  // …那一栏写的什么 / 那格填了啥: what is written there.
  [new RegExp(`${FIELD}${PLACE}(?:的)?(?:填|写)(?:的|了|着)?(?:是)?(什么|啥)`, 'gu'), '$1是$2'],
  // …这一列写便民服务中心 / 栏里填99.9 / 那一栏写的是王丽: the value.
  [new RegExp(`${FIELD}${PLACE}(?:的)?${WRITTEN}${NOT_A_VALUE}(?=[“"「『\\d\\p{Script=Han}])`, 'gu'), '$1是'],
  // “社区建设办公室”几个字 / 党群办三个字: the value said as the characters written.
  // 名字是两个字 / 名称超过20个字: a length of a name is no condition the forms' columns hold; said as 字数 so that it is
  // reported (it had been dropped, and every project counted).
  [
    /(?<=名字|名称|姓名)(是|为|有|只有|超过|不到|少于|多于)((?:\d+|[一二两三四五六七八九十]+)个字)/gu,
    '的字数$1$2',
  ],
  // (after 是 / 超过 …, a length again, never the characters of a value)
  [/(?<=[”"」』]|(?<![是为有过到于])\p{Script=Han})(?:这|那)?(?:几|\d+|[一二三四五六七八九十]+)个字/gu, ''],
];

export function rewriteColumnValues(text: string): string {
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out;
}
