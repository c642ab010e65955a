/**
 * 实际完成值填的多少 / 得分分别多少 / 偏差原因写的啥: a message that asks one cell of indicator rows and names nothing
 * else — no project, office, year or condition. Right after one project's rows it asks that cell of those rows; read
 * alone it had listed that cell of every row of every form.
 */
const CELL =
  '(?:年度指标值|指标值|目标值|实际完成值|完成值|实际值|完成情况|偏差原因分析|偏差原因|偏差说明|分值|得分)';
const POINTER = '(?:那|那么|那个|这|这个)?(?:各条?|每条|每一条|这几条|这些|它们|它的|其)?(?:指标)?(?:的)?';
const VERB =
  '(?:都|分别|各|各自)?(?:填的|填了|写的|写了|填报的|填写的|是|为|给的|打的|得了|有)?(?:都|分别)?(?:是)?';
const ASKED = '(?:多少|多少分|几分|什么|啥|哪些|怎么写的|怎么填的|怎么样)?(?:呢|啊|呀|吗|嘞)?';
const ROW_CELL_ONLY = new RegExp(
  `^${POINTER}${CELL}(?:(?:和|、|跟|及)${CELL})*(?:一栏|那栏|栏)?${VERB}${ASKED}$`,
  'u',
);

export function asksRowCellOnly(text: string): boolean {
  return ROW_CELL_ONLY.test(text.normalize('NFKC').replace(/[\s，,。.？?！!~～]/gu, ''));
}
