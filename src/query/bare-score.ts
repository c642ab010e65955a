/**
 * 大红门总分不是满分的里面，分最低的两个: 分 alone before a superlative or a bound is the score the question speaks of —
 * the one score field it names elsewhere (总分, 预算执行得分, 满意度得分…), else 总分 as 得分 and 分数 are read. When it
 * names two scores (预算执行得分和满意度得分…分最低) the bare 分 could be either and is left for the parser to report.
 * A weight (分值, 总分值), 满分 or 分别 is no score named; 分 after a number (90分) is a unit, never this.
 */
import { FIELDS, type NumericField } from './fields.ts';

const SCORES: NumericField[] = ['totalScore', 'budgetScore', 'satisfactionScore', 'computedTotal'];
/** Words holding 分 that name no score: weights, full marks, each. */
const NOT_SCORES: NumericField[] = ['budgetWeight', 'satisfactionWeight', 'totalWeight', 'weightSum'];
const OTHER_WORDS = [
  '满分',
  '分别',
  '分值',
  '权重',
  '打分',
  '评分',
  '扣分',
  '得分率',
  '分组',
  '部分',
  '区分',
];

/** 分 with nothing of a word before it (a clause start or the 把 opening it, 的, 里面, 哪个, 项目 / 表) and a superlative or a
 * bound after it. */
const BARE =
  /(?<=^|[，,。；;：:\s]|里面|里头|里|当中|之中|其中|中间|的|哪个|哪一个|哪项|哪张|哪份|谁|项目|表|^把|^将)分(?=最[高低多少]|[高低]于|不到|不足|没到|超过|排[名在第前后])/u;

/** The score fields the text names, each word counted once, longest first (总分值 is no 总分). */
function scoresNamed(text: string): Set<NumericField | null> {
  const words = [
    ...SCORES.flatMap((id) => FIELDS[id].words.map((w) => [w, id] as const)),
    ...NOT_SCORES.flatMap((id) => FIELDS[id].words.map((w) => [w, null] as const)),
    ...OTHER_WORDS.map((w) => [w, null] as const),
  ]
    .filter(([w]) => /\p{Script=Han}/u.test(w))
    .sort((a, b) => b[0].length - a[0].length);
  let rest = text;
  const named = new Set<NumericField | null>();
  for (const [word, id] of words) {
    if (!rest.includes(word)) continue;
    rest = rest.split(word).join('　');
    if (id) named.add(id);
  }
  return named;
}

export function rewriteBareScore(text: string): string {
  const m = BARE.exec(text);
  if (!m) return text;
  const named = [...scoresNamed(text.slice(0, m.index) + text.slice(m.index + 1))].filter(
    (f): f is NumericField => f !== null,
  );
  if (named.length > 1) return text;
  const field = named[0] ?? 'totalScore';
  return `${text.slice(0, m.index)}${FIELDS[field].label}${text.slice(m.index + 1)}`;
}
