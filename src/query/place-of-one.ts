/**
 * 经济大脑的全年预算在发改委里排第几 / 晨光路拆迁资金的执行率在大红门排第几 / 习风园改造项目总分排倒数第几: the place of
 * one project in a ranking of a set by one figure. The project and its figure are read as a lookup (one project, one
 * figure of the form), the set as the projects of the scope said after 在 (every project the viewer may see when none
 * is said); the place is 1 + the projects of the set with a higher figure (a lower one for 倒数), ties said. Anything
 * else — two projects, a figure that is not a number, a set that does not hold the project — is not this question.
 */
import type { SqlExecutor } from '../store/sql.ts';
import { describeQuery } from './describe.ts';
import { executeQuery, type Viewer } from './execute.ts';
import { FIELDS, NUMERIC_FIELDS, type NumericField, unitOf } from './fields.ts';
import { parseQuestion } from './parse.ts';
import { type Filter, leaves } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** …排第几 / 排名第几 / 排倒数第几, closing the question. */
const PLACE_ASKED =
  /(?:能)?(?:排|排名|排在|排行|位列|位居|名列)(?:是)?(?:在)?(倒数)?第几(?:名|位)?(?:呢|啊|吗)?[？?。]*$/u;
/** 在发改委里 / 在全区 / 于大红门的项目中: the set ranked, said before the place. */
const SET_SAID = /^(.+?)(?:[，,]\s*)?(?:在|于|放在)(.{1,20}?)(?:里面|里头|里|中间|当中|之中|中|内)?$/u;
/** The whole of what the viewer may see, said as a scope. */
const EVERY = /^(?:全区|全市|全县|全部项目|所有项目|全部|所有的?项目|整个|全体项目)$/u;

export interface PlaceAnswer {
  text: string;
}

export async function answerPlaceOfOne(
  sql: SqlExecutor,
  question: string,
  vocab: Vocabulary,
  viewer: Viewer,
  clockYear: number,
): Promise<PlaceAnswer | null> {
  const text = question.normalize('NFKC').trim();
  const m = PLACE_ASKED.exec(text);
  if (!m || m.index === 0) return null;
  const fromBottom = m[1];
  const before = text.slice(0, m.index).trim();
  const set = SET_SAID.exec(before);
  const itsFigure = set ? set[1]! : before;
  const scopeSaid = set?.[2];
  const one = parseQuestion(itsFigure, vocab, clockYear);
  const q = one.query;
  const field = q?.select?.length === 1 ? q.select[0] : null;
  if (!q || one.unplaced.length || !field || !(NUMERIC_FIELDS as readonly string[]).includes(field))
    return null;
  const named = leaves(q.filters).flatMap((f) => (f.type === 'name' && f.field === 'projectName' ? [f] : []));
  if (named.length !== 1 || q.groupBy || q.measures?.length) return null;
  const project = named[0]!.values?.[0] ?? named[0]!.term;
  const figure = field as NumericField;
  let scope: Filter[] = [];
  if (scopeSaid && !EVERY.test(scopeSaid.trim())) {
    const set = parseQuestion(`${scopeSaid.trim().replace(/的?项目$/u, '')}的项目`, vocab, clockYear);
    if (!set.query || set.unplaced.length || set.query.select?.length || set.query.measures?.length)
      return null;
    scope = set.query.filters;
  }
  // (four counts over the set: the project itself, those beyond it, those equal to it, and all of them)
  const count = async (filters: Filter[]) => {
    const t = await executeQuery(
      sql,
      { filters, measures: [{ fn: 'count' }, { fn: 'max', field: figure }] },
      viewer,
      {
        digits: 6,
      },
    );
    return { n: Number(t.rows[0]?.[0] ?? 0), max: t.rows[0]?.[1] };
  };
  // the project itself, within the set, with its figure filled
  const own = await count([...scope, ...q.filters, { type: 'empty', field: figure, empty: false }]);
  if (own.n !== 1 || typeof own.max !== 'number') return null;
  const value = own.max;
  const filled = { type: 'empty', field: figure, empty: false } as const;
  const beyond = await count([
    ...scope,
    filled,
    { type: 'compare', field: figure, op: fromBottom ? '<' : '>', value },
  ]);
  const equal = await count([...scope, filled, { type: 'compare', field: figure, op: '=', value }]);
  const all = await count([...scope, filled]);
  const label = FIELDS[figure].label;
  const unit = unitOf(figure) ?? '';
  const place = beyond.n + 1;
  const setText = scope.length ? describeQuery({ filters: scope }).replace(/^查询：/u, '') : '全部项目';
  const tied = equal.n > 1 ? `（与另外 ${equal.n - 1} 个项目并列）` : '';
  return {
    text: [
      `查询：${setText}中按${label}${fromBottom ? '从低到高' : '从高到低'}排（${label}未填的不排）`,
      `「${project}」的${label}为 ${Math.round(value * 100) / 100}${unit}，在这 ${all.n} 个项目中排${fromBottom ? '倒数' : ''}第 ${place} 名${tied}。`,
    ].join('\n'),
  };
}
