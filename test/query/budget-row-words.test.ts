import { describe, expect, it } from 'vitest';
import { rewriteBudgetRow } from '../../src/query/budget-row-words.ts';

/** The budget row said as the paper form names it (budget-row-words.ts). Wordings of our own. */
describe('年度资金总额那一行', () => {
  it('its 得分 and 分值 are the 预算执行 score and weight', () => {
    for (const [q, out] of [
      ['甲项目的年度资金总额那一行得分', '甲项目的预算执行得分'],
      ['年度资金总额那一栏得分不到10分的项目', '预算执行得分不到10分的项目'],
      ['资金总额这行的分值是多少', '预算执行分值是多少'],
      ['年度资金总额行里的得分是几分', '预算执行得分是几分'],
    ] as const)
      expect(rewriteBudgetRow(q), q).toBe(out);
  });
  it('its amounts and rate are the project’s own', () => {
    expect(rewriteBudgetRow('法律顾问年度资金总额那行的执行率')).toBe('法律顾问执行率');
    expect(rewriteBudgetRow('年度资金总额这一行全年执行数合计')).toBe('全年执行数合计');
  });
  it('left alone: the total named without its row and a cell asked of it', () => {
    for (const q of ['年度资金总额是多少', '年度资金总额超过100万的项目', '上年结转资金那一行的得分'])
      expect(rewriteBudgetRow(q), q).toBe(q);
  });
});
