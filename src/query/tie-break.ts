/**
 * 总分相同的按全年预算从高到低排 / 按总分从低到高排，总分一样的再按执行率排: a second key for a ranking's ties. The
 * clause is taken out of the question, the rest read as it is, and the clause read on its own as the ordering it says
 * (按Y从高到低排); parse.ts keeps the second key only when the rest is a ranking of projects by another field and the
 * clause names no field but the ranking's own (按执行率排，总分相同的… is no tie of that ranking: left unread).
 */

/** …X相同的(再)按Y(从高到低)排: the tie said (with or without the field), then the second ordering. */
const TIE_CLAUSE =
  /[，,；;]?\s*(?:如果|若|要是)?([^，,；;。？?]{0,8}?)(?:相同|一样|相等|并列|持平|同分|打平)(?:的话|的情况下|的时候|时|的)?[，,]?\s*(?:就|则)?(?:再|接着|然后)?(?:按|按照|以|看)([^，,；;。？?]{1,16}?)(?:来)?(?:排序|排列|排名|排)?(?=[，,；;。？?！!]|$)/u;

export interface TieBreakSaid {
  /** The question without the clause. */
  text: string;
  /** The field words said before 相同 (总分), empty when only 相同的 / 同分的 is said. */
  tiedWords: string;
  /** The second ordering said as a question of its own (按执行率从高到低排). */
  ordering: string;
}

export function tieBreakSaid(question: string): TieBreakSaid | null {
  const m = TIE_CLAUSE.exec(question);
  if (!m || m.index === 0) return null;
  const text = without(question, m);
  if (!text) return null;
  const by = m[2]!.trim();
  // 看执行率 said alone: the higher first, as 按执行率排 is read
  return { text, tiedWords: m[1]!.replace(/^(?:如果|若|要是)/u, '').trim(), ordering: `按${by}排` };
}

/** …，有并列的都列出来 / 同分的也一起列出: the projects tied with the last place asked are listed too. */
const ALL_TIED =
  /[，,；;]?\s*(?:如果|若|要是)?(?:有|遇到|碰到|出现)?(?:并列|同分|分数相同|分数一样|名次相同)(?:的)?(?:话|情况)?[，,]?\s*(?:也|都|就)?(?:全部|全|一起|一并|都)?(?:列出来|列出|列上|列进来|算上|算进去|显示出来|显示|给出来)(?:吧)?/u;

/** The question without the clause asking for every tied project, or null when it is not said. */
export function allTiedAsked(question: string): string | null {
  const m = ALL_TIED.exec(question);
  if (!m || m.index === 0) return null;
  return without(question, m) || null;
}

/** The question with the clause found taken out. */
const without = (question: string, m: RegExpExecArray) =>
  `${question.slice(0, m.index)}${question.slice(m.index + m[0].length)}`.trim();
