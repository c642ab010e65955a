/**
 * Arithmetic said over more than one clause (arithmetic.ts reads the computation): the clause that computes, and the
 * clauses around it that give it what it leaves out — the projects, the figure — or only ask for the result.
 *
 * - A frame: 大红门街道里，… / 拿潞源的预算合计跟大红门的比，… / 2023年的，…: the projects (and the figure) every
 *   operand is taken over unless it names its own.
 * - The computation said after the question it answers, as its gloss: 通州区平均每个项目的预算是多少（合计除以项目数）,
 *   潞源还剩多少没花？就是全年预算减去全年执行数, …（乘以一万）: the question gives the projects and the figure, the gloss
 *   says how it is computed; a gloss that starts with its operator (乘以一万) computes on the question's own figure.
 * - An ask alone (，等于多少 / ，多出多少万元 / （按百分比）): says nothing to compute with.
 *
 * This module only cuts and labels the text; what a clause means is read by the ordinary parser in arithmetic.ts.
 */

/** Clause ends, never the point or comma inside a number. */
const CLAUSE_END = /[，；;。！!？?（）()]+|,(?!\d)/u;

/** A clause that only asks for the result: 等于多少 / 多出多少万元 / 一共差几分 / 按百分比. */
export const ASK_ONLY =
  /^(?:那么|那|请问)?(?:结果)?(?:一共|总共|共|总计|合起来)?(?:是|等于|为|有|得|还剩|剩|剩下|多出|多了|多|少了|少|差|相差|差了|高出|低了|超出)?(?:多少|几)(?:万元|亿元|元|万|钱|块钱|个百分点|百分点|分|个|项|倍|%)?(?:呢|啊|呀)?$/u;
/** 按百分比 / 说百分比也行 / 用百分数表示: how the result may be put, nothing to compute. */
const PRESENTATION =
  /^(?:请)?(?:按|用|以|说|给|写成|换成)(?:百分比|百分数|百分之几|小数|倍数)(?:表示|算|计|来说)?(?:也行|也可以|就行|就可以|都行)?$/u;

/** 就是 / 按…算 / 用…来算: words that say the clause is the way the figure is computed. */
const GLOSS_START = /^(?:也就是说|也就是|就是说|就是|即是|即|意思是|算法是|计算方法是|公式是|按照|按|用|拿)/u;
const GLOSS_END =
  /(?:自己|自个儿|我自己|手工|手动|重新)?(?:来计算|来算|(?<!合)计算|算出来|算一下|算一算|算算|算|得出|的结果)(?:一下)?$/u;

/** 乘以一万 / 除以项目数: a gloss whose first operand is the figure the question asks. */
const OPERATOR_START = /^(?:再)?(?:乘以|乘上|乘|除以|除|减去|减掉|加上)/u;

/** 大红门街道里 / 对于2023年的项目来说: words that only say the clause frames the rest. */
const FRAME_WORDS = {
  start: /^(?:在|对于|对|关于|就|按照|按|以)/u,
  end: /(?:里面|里头|当中|之中|中|里|方面|这边|那边|来说|而言|的话|合在一起|合到一起|合起来|加在一起|加起来|放在一起|一起算|一起|来算|来计算|计算|算|为准|来统计|统计)$/u,
};

export interface ClauseReading {
  /** The clause that computes, its gloss words taken off. */
  core: string;
  /** The clause that gives the projects and the figure; null when the other clauses only ask. */
  context: string | null;
  /** The core starts with its operator: its first operand is the context's figure. */
  onContext: boolean;
}

/** A frame clause without its framing words (大红门街道里 → 大红门街道). */
export function frameText(clause: string): string {
  return clause.replace(FRAME_WORDS.start, '').replace(FRAME_WORDS.end, '');
}

const gloss = (clause: string) => clause.replace(GLOSS_START, '').replace(GLOSS_END, '');

/**
 * The ways a question of several clauses may be read as one computation, most likely first: the later clause
 * computing (a gloss or the ask after a frame), then the earlier. Empty when the text is one clause, or has more
 * than two clauses that say something.
 */
export function clauseReadings(text: string): ClauseReading[] {
  const clauses = text
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return [];
  const kept = clauses.filter((c) => !PRESENTATION.test(c));
  const saying = kept.filter((c) => !ASK_ONLY.test(c));
  // …调整到全年预算，增幅是多少（按百分比） / X，和Y比，差多少: one computation once how to put it is off.
  const joined: ClauseReading[] =
    kept.length < clauses.length && kept.length
      ? [{ core: kept.join('，'), context: null, onContext: false }]
      : [];
  if (saying.length === 1) return [...joined, { core: saying[0]!, context: null, onContext: false }];
  if (saying.length !== 2) return joined;
  const [first, second] = saying as [string, string];
  if (!joined.length && saying.length < kept.length)
    joined.push({ core: kept.join('，'), context: null, onContext: false });
  return [
    ...joined,
    { core: gloss(second), context: first, onContext: OPERATOR_START.test(gloss(second)) },
    { core: gloss(first), context: second, onContext: false },
  ].filter((r) => r.core);
}

/** 拿A跟B比 / A和B比较一下: a clause that only names what is compared; its figure is the rest's. */
const COMPARED = /^(?:拿|把|用)?(.+?)(?:跟|和|与|同)(.+?)(?:相比较|相比|比较|对比|比)(?:一下|起来|来看)?$/u;

export function comparedIn(clause: string): [string, string] | null {
  const m = clause.match(COMPARED);
  return m ? [m[1]!, m[2]!] : null;
}

/** A clause that asks something itself (多少 / 几 / 哪些 / 吗): a question the other clause glosses. */
export const ASKS = /多少|几|哪|谁|什么|啥|吗|呢/u;
