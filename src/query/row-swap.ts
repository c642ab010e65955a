/**
 * 那经济效益指标呢 / 那分值呢 / 其中经济效益那条的目标值和实际完成值呢, right after a question about indicator rows: the
 * question before, asked again with that kind of row or those cells in place of the ones it named. Read alone, such a
 * message names no project (the kind or the cell was not placed, or every form's rows were listed).
 *
 * Only a kind of row for a kind, cells for cells: the question before must name the same sort of thing, or the message
 * is left to the other follow-up readers.
 */

/** Kinds of indicator row, longest first (经济效益 before 效益). */
const KIND =
  '(?:服务对象满意度|社会效益|经济效益|生态效益|可持续影响|满意度|产出|效益|数量|质量|时效|成本)(?:指标)?';
/** The cells of a row. */
const CELL = '(?:年度指标值|指标值|目标值|实际完成值|完成值|实际值|偏差原因分析|偏差原因|分值|得分)';
const CELLS = `${CELL}(?:(?:和|、|跟|及|与)${CELL})*`;

const LEAD = /^(?:(?:好的?|嗯|哦)[，,\s]*)?(?:那么|那个|那|其中|换成|改成)?\s*/u;
const TAIL = /(?:的)?(?:呢|吧|嘞|啊|呀)?[？?。！!~～\s]*$/u;
const ASKED = new RegExp(`^(${KIND})?(?:那条|那一条|这条|那行|那一行)?(?:的)?(${CELLS})?$`, 'u');
/** 得了几分 / 得多少分: the 得分 asked in words. */
const SCORE_ASKED = /得了?(?:几|多少)分/u;

const lastMatch = (text: string, pattern: string) => [...text.matchAll(new RegExp(pattern, 'gu'))].at(-1);

/** The question before with the kind or the cells the message names in place of its own; null when it names none. */
export function swappedInPrevious(message: string, previous: string): string | null {
  const core = message.normalize('NFKC').trim().replace(LEAD, '').replace(TAIL, '');
  const asked = ASKED.exec(core);
  if (!core || !asked || (!asked[1] && !asked[2])) return null;
  let out = previous.replace(/[？?。.\s]+$/u, '');
  if (asked[1]) {
    const was = lastMatch(out, KIND);
    if (!was) return null;
    const kind = asked[1].endsWith('指标') ? asked[1] : `${asked[1]}指标`;
    out = `${out.slice(0, was.index)}${kind}${out.slice(was.index! + was[0].length)}`;
  }
  if (asked[2]) {
    const was = lastMatch(out, CELLS);
    const score = SCORE_ASKED.exec(out);
    if (was) out = `${out.slice(0, was.index)}${asked[2]}${out.slice(was.index! + was[0].length)}`;
    else if (score && asked[2] !== '得分')
      out = `${out.slice(0, score.index)}的${asked[2]}是多少${out.slice(score.index + score[0].length)}`;
    else return null;
  }
  return out === previous.replace(/[？?。.\s]+$/u, '') ? null : out;
}
