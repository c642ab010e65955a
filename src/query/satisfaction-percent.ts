/**
 * 满意度低于90% / 潞源满意度指标没有达到95% / 满意度实际完成值不到九成: the satisfaction a form states — its 满意度指标's
 * 实际完成值, a percentage (form_facts.satisfaction_rate, migration 023) — said as 满意度 with a percentage; never the
 * 满意度指标得分, points that a percentage does not bound. Read as the field 满意率 with the rest of the question
 * (its place, year, order, grouping), and so is 满意度 ranked (满意度最低的5个项目). It had been answered before the parser by survey/query.ts, which read nothing
 * else of the question but a year (潞源满意度低于95% answered over every project).
 */
const SATISFACTION_WITH_PERCENT =
  /满意度(?:指标)?(?:的)?(?:实际完成值|实际完成|实际值|完成值|完成情况)?(?=(?:(?!得分|分值|率|[，,。？?])[^\d%％]){0,8}\d+(?:\.\d+)?\s*[%％])/gu;

/** 满意度最低的5个项目 / 满意度从高到低排: the stated satisfaction ranked, as staff rank it (a percentage). */
const SATISFACTION_RANKED =
  /满意度(?:指标)?(?:的)?(?:实际完成值|实际值)?(?=最[高低好差]|[从由][高低]到[高低]|排名|排序)/gu;

export const rewriteSatisfactionPercent = (text: string): string =>
  text.replace(SATISFACTION_WITH_PERCENT, '满意率').replace(SATISFACTION_RANKED, '满意率');
