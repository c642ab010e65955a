/**
 * The span of a figure over projects (河门口的项目总分都在什么范围, 执行率在多少到多少之间, 总分最低和最高分别是多少,
 * 预算的最小值和最大值): both ends asked at once are the lowest and the highest value of that field over the projects
 * (min and max, with the count), never the projects at one end. The words of the span are taken off and the rest read
 * as what it is (a scope and the field shown); only a question showing one numeric field takes the span.
 */
import { FIELDS, type NumericField } from './fields.ts';
import type { PortfolioQuery } from './query.ts';
import type { ReferenceReading } from './reference.ts';

const LOW = '最(?:低|小|少)(?:值|分(?!别)|的)?';
const HIGH = '最(?:高|大|多)(?:值|分(?!别)|的)?';
/** 最低总分和最高总分 / 最高预算和最低预算: the field said with each end, kept once. */
const ENDS_AROUND =
  /最(低|小|少|高|大|多)(\p{Script=Han}{1,8}?)(?:和|跟|与|、)最(低|小|少|高|大|多)\2(?:分别)?(?:是|各是)?(?:多少|几)?/u;
const isLow = (end: string) => /[低小少]/u.test(end);
/** After the span only a tail: 最高的和最低的各是哪个 asks projects, 差了几分 a difference — neither is the span. */
const SPAN_TAIL = /^(?:分别|各)?(?:是|为|在)?(?:多少|几)?(?:分|万元|元|%)?(?:呢|吗|啊|呀)?[？?。!！]*$/u;
const SPAN = new RegExp(
  [
    '(?:都|大概|大致|大体)?(?:在|处在|处于|落在)(?:什么|哪个|啥|怎样的|多大的?)(?:范围|区间|水平区间)(?:内|里|之间)?',
    '(?:的)?(?:范围|区间|跨度|分布区间)(?:是|有)?(?:多少|怎样|怎么样|如何|多大)',
    '(?:都)?(?:在|从)多少到多少(?:之间)?',
    `(?:的)?${LOW}(?:和|跟|与|到|、)${HIGH}(?:分别)?(?:是|各是)?(?:多少|几)?`,
    `(?:的)?${HIGH}(?:和|跟|与|、)${LOW}(?:分别)?(?:是|各是)?(?:多少|几)?`,
  ].join('|'),
  'u',
);

export function readFigureRange(question: string): ReferenceReading | null {
  const text = question.normalize('NFKC').trim();
  const around = ENDS_AROUND.exec(text);
  const ends =
    around && isLow(around[1]!) !== isLow(around[3]!) && !/^(?:分|值|的)$/u.test(around[2]!) ? around : null;
  const m = ends ?? SPAN.exec(text);
  // 最高的和最低的差了几分: a computation on the two ends is the arithmetic's; only a question's tail may follow.
  if (!m || !SPAN_TAIL.test(text.slice(m.index + m[0].length))) return null;
  return {
    text: `${text.slice(0, m.index)}${ends ? ends[2] : ''}${text.slice(m.index + m[0].length)}`,
    patch: (q: PortfolioQuery) => {
      const shown = q.select ?? [];
      if (shown.length !== 1 || q.measures?.length || q.groupBy || q.order || q.limit) return null;
      const field = shown[0]!;
      if (!(field in FIELDS) || ['text', 'grade', 'year'].includes(FIELDS[field].kind)) return null;
      const f = field as NumericField;
      const { select: _shown, ...rest } = q;
      return {
        ...rest,
        measures: [{ fn: 'min', field: f }, { fn: 'max', field: f }, { fn: 'count' }],
      };
    },
    note: `（「${m[0]}」按最低值和最高值理解）`,
  };
}
