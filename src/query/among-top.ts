/**
 * Those of the first N of a ranking that meet a condition (全年预算前十名的项目里，大红门的占几个): the ranking is over the
 * viewer's projects as the question scopes them before it, the condition only counts among its first N. Read as one
 * query, the condition narrowed the projects before they were ranked (大红门's own ten: 10 for 8). The N-th value is
 * looked up first and the question asked with it as a bound (全年预算数不低于 N-th 的项目里，大红门的有几个); projects tied
 * with the N-th are among them, and the answer says so.
 */

import type { SqlExecutor } from '../store/sql.ts';
import { executeQuery, type Viewer } from './execute.ts';
import { FIELDS, type NumericField } from './fields.ts';
import { digitsForNumerals } from './numbers.ts';
import { parseQuestion } from './parse.ts';
import type { ReferenceReading } from './reference.ts';
import type { Vocabulary } from './vocabulary.ts';

/** …(全年预算)前10名的项目里，(大红门的占几个) / 预算最高的5个项目中，… */
const AMONG_TOP = new RegExp(
  [
    '^(.*?)(?:按)?([^，,。？?！!\\s]{1,10}?)(?:排名|排)?',
    '(?:前(\\d+)(?:名|位|个)?|(最高|最大|最多|最低|最小|最少)的(\\d+)个)',
    '(?:的)?(?:项目)?(?:里|中|当中|里面|里头|之中)[，,]?\\s*',
    // (a count asked, or which of them: 哪些总分不到100分 / 总分不到100分的有哪些)
    // (or how many of them are of a scope: 有几个是大红门的)
    '(.+?(?:几个|多少个|几项|多少项|多少|几)|(?:哪些|哪几个|哪几项).+?|.+?(?:有哪些|是哪些|是哪几个|哪些)|.*?(?:几个|多少个|几项|多少项)(?:是|属于|来自).+?)[？?。!！]*$',
  ].join(''),
  'u',
);

export async function readAmongTop(
  sql: SqlExecutor,
  question: string,
  vocab: Vocabulary,
  viewer: Viewer,
  year: number,
): Promise<ReferenceReading | null> {
  const text = digitsForNumerals(question.normalize('NFKC')).trim();
  const m = AMONG_TOP.exec(text);
  if (!m) return null;
  const [, scope, words, topN, end, endN, asked] = m;
  // Only a condition said of them narrows wrongly when read in one query; a figure of the first N alone (预算最高的5个
  // 项目中，执行数合计是多少) is the ranking's own figure, which the ordinary reading answers.
  const condition = parseQuestion(asked!, vocab, year).query;
  if (!condition?.filters.length) return null;
  const n = Number(topN ?? endN);
  const low = !!end && /低|小|少/u.test(end);
  if (!(n >= 1 && n <= 500)) return null;
  const ranked = parseQuestion(`${scope}${words}${low ? '最低' : '最高'}的${n}个项目`, vocab, year);
  const q = ranked.query;
  if (!q || ranked.unplaced.length || q.limit !== n || typeof q.order?.by !== 'string' || q.groupBy)
    return null;
  const field = q.order.by as NumericField;
  const table = await executeQuery(sql, { ...q, select: [field], ties: false }, viewer, {
    limit: n,
    digits: 6,
  });
  const column = table.columns.findIndex((c) => c.startsWith(FIELDS[field].label));
  const nth = table.rows.length === n ? Number(table.rows[n - 1]?.[column]) : Number.NaN;
  if (column < 0 || !Number.isFinite(nth)) return null;
  const unit = FIELDS[field].kind === 'money' ? '万元' : FIELDS[field].kind === 'percent' ? '%' : '分';
  const bound = `${FIELDS[field].label}${low ? '不高于' : '不低于'}${nth}${unit}`;
  return {
    text: `${scope}${bound}的项目里，${asked!.replace(/占(?=几|多少)/u, '有')}`,
    // the ranking's own scope (大红门全年预算前十名…: 大红门 read with the field's words) holds for the count too
    patch: (query) => {
      const said = new Set(query.filters.map((f) => JSON.stringify(f)));
      return {
        ...query,
        filters: [...query.filters, ...q.filters.filter((f) => !said.has(JSON.stringify(f)))],
      };
    },
    note: `（「${words}${topN ? `前${n}名` : `${end}的${n}个`}」按${bound}（第${n}名的数）理解，与第${n}名并列的也算在内）`,
  };
}
