/**
 * The lead's probe of stop 41: two projects' spending compared (多花了多少), and a difference never read as a bound on
 * the other project's figure (比统计站多多少 had listed the projects below its figure).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moneyLeftInSmallUnit, rewriteArithWords } from '../../src/query/arith-words.ts';
import { plainClassicalWords } from '../../src/query/classical-words.ts';
import { formulaWords } from '../../src/query/formula-words.ts';
import { pinyinFieldWords } from '../../src/query/pinyin-fields.ts';
import { findReference } from '../../src/query/reference.ts';
import { readWhichMore } from '../../src/query/which-more.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, messageAskerOf, recordOfProject } from './known-store.ts';

describe('readings of stop 41', () => {
  it('a verb of spending after 比 and more or less compares the amounts spent', () => {
    expect(rewriteArithWords('河道保洁经费比图书角补贴多花了多少')).toBe(
      '河道保洁经费比图书角补贴全年执行数多多少',
    );
    expect(rewriteArithWords('甲比乙少支出了多少钱')).toBe('甲比乙全年执行数少多少钱');
    // an amount named already is the one compared
    expect(rewriteArithWords('甲的预算比乙多花了多少')).toBe('甲的预算比乙多花了多少');
    // no 比: no comparison
    expect(rewriteArithWords('甲多花了多少')).toBe('甲多花了多少');
  });

  it('money left asked in 元 or 块 is the 结余 in 元; in 万元 it is left to the ordinary reading', () => {
    expect(moneyLeftInSmallUnit('图书角补贴还剩几块钱没花完？')).toBe('图书角补贴的结余是多少元');
    expect(moneyLeftInSmallUnit('图书角补贴还有多少元没用掉呢')).toBe('图书角补贴的结余是多少元');
    expect(moneyLeftInSmallUnit('图书角补贴还剩多少万没花完？')).toBe('图书角补贴还剩多少万没花完？');
    // a condition on projects stays one
    expect(moneyLeftInSmallUnit('钱没花完的项目有几个')).toBe('钱没花完的项目有几个');
  });

  it('the computed rate and the budget row’s score written as formulas are said in words', () => {
    expect(formulaWords('填报执行率与“全年执行数÷全年预算数”计算结果不符的项目')).toBe(
      '填报执行率与全年执行数除以全年预算数的结果不符的项目',
    );
    expect(formulaWords('按执行数/预算数计算的执行率最低的')).toBe('按执行数除以预算数计算的执行率最低的');
    expect(formulaWords('预算执行得分与执行率×分值不符的项目')).toBe('预算执行得分与执行率乘以10不符的项目');
    // a formula over other figures is left as typed
    expect(formulaWords('总分÷总分值')).toBe('总分÷总分值');
    expect(formulaWords('执行率×1.5')).toBe('执行率×1.5');
  });

  it('the written Chinese of official letters said plainly, names keeping their own 之', () => {
    expect(plainClassicalWords('执行率未填之项目，请逐一列示')).toBe('执行率未填的项目，请逐一列示');
    expect(plainClassicalWords('总分低于九十者，共有几个？')).toBe('总分低于九十的项目，共有几个？');
    expect(plainClassicalWords('“图书角补贴”之项目负责人系何人')).toBe('“图书角补贴”的项目负责人是谁');
    expect(plainClassicalWords('全年预算较年初预算调减若干？')).toBe('全年预算较年初预算调减多少？');
    expect(plainClassicalWords('预算居前三位之项目为何？')).toBe('预算前三的项目是哪些？');
    expect(plainClassicalWords('请按年度分列项目个数')).toBe('请按年度统计项目个数');
    // a name's own 之 and 者 stay; 为何 inside a sentence asks why
    expect(plainClassicalWords('老年之家运营补贴的预算')).toBe('老年之家运营补贴的预算');
    expect(plainClassicalWords('记者站经费')).toBe('记者站经费');
    expect(plainClassicalWords('为何扣分')).toBe('为何扣分');
    // 为何 closing a question about a cell asks what it holds (written-register.ts reads it)
    expect(plainClassicalWords('表上填报的实施单位为何？')).toBe('表上填报的实施单位为何？');
    // 之间 / 之和 / 之比 / 百分之 are words of their own
    expect(plainClassicalWords('预算在100万至500万之间之项目')).toBe('预算在100万至500万之间的项目');
    expect(plainClassicalWords('各项指标得分之和')).toBe('各项指标得分之和');
    expect(plainClassicalWords('百分之九十')).toBe('百分之九十');
  });

  it('a field named by the initials of its pinyin, when no other field shares them', () => {
    expect(pinyinFieldWords('xmfzr')).toBe('项目负责人');
    expect(pinyinFieldWords('lxdh')).toBe('联系电话');
    for (const english of ['max', 'sum', 'cnt', 'top', 'pdf', 'the'])
      expect(pinyinFieldWords(english)).toBe(english);
  });

  it('which of two has more, and by how much: the difference of the first less the second', () => {
    expect(readWhichMore('河道保洁和图书角，谁花得多？多花了多少？')?.text).toBe(
      '河道保洁比图书角全年执行数多多少',
    );
    expect(readWhichMore('王强跟周敏，谁手上项目多？多几个')?.text).toBe('王强比周敏项目数多几个');
    expect(readWhichMore('甲和乙哪个预算大，大多少万')?.text).toBe('甲比乙全年预算数多多少万');
    // no figure named: left as typed
    expect(readWhichMore('甲和乙哪个好，好多少')).toBeNull();
    expect(readWhichMore('甲和乙哪个多，多多少')).toBeNull();
  });

  it('比X多多少 asks a difference, never the projects below X’s figure', () => {
    expect(findReference('甲的全年执行数比统计站多多少')).toBeNull();
    expect(findReference('甲的全年执行数比统计站少多少')).toBeNull();
    // a comparison as a condition is still read so
    expect(findReference('全年预算比统计所经费还高的项目')).toEqual({ said: '统计所经费', named: true });
  });
});

describe('answered over a store', () => {
  const PROJECTS: KnownProject[] = [
    { name: '河道保洁经费', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 80, executed: 60 },
    { name: '图书角补贴', dept: '松岭街道办事处', year: 2024, owner: '周敏', budget: 5, executed: 4.5 },
    { name: '通州区“智慧河长”服务项目', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 33.5 },
    { name: '老年餐桌补贴', dept: '松岭社区服务中心', year: 2024, owner: '赵芳', budget: 12 },
  ];
  let store: Store;
  let text: ReturnType<typeof messageAskerOf>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead41', PROJECTS.map(recordOfProject));
    store = known.store;
    text = messageAskerOf(store, known.user);
  });
  afterAll(() => store.close());

  it('多花了多少 and 的全年执行数比…多多少 give the difference of the two amounts spent', async () => {
    for (const q of ['河道保洁经费比图书角补贴多花了多少', '河道保洁经费的全年执行数比图书角补贴多多少']) {
      const r = await text(q);
      expect(r, q).toContain('55.5');
      expect(r, q).not.toContain('没有符合条件的项目');
    }
  });

  it('which has spent more is said when it is the second', async () => {
    const r = await text('图书角补贴和河道保洁经费，哪个花得多？多花了多少？');
    expect(r).toContain('55.5');
    expect(r).toContain('即「河道保洁经费」更多');
  });

  it('还剩几块钱没花完 is answered in 元, exactly', async () => {
    const r = await text('图书角补贴还剩几块钱没花完？');
    expect(r).toContain('5000');
    expect(r).toContain('元');
  });

  it('a word of the one project’s own name read as an office is the name’s when together they find nothing', async () => {
    const r = await text('“智慧河长”那个服务项目全年预算是多少');
    expect(r).toContain('33.5');
    expect(r).not.toContain('没有符合条件的项目');
    // an office that does hold the word is kept (松岭社区服务中心's own project)
    expect(await text('服务中心的老年餐桌补贴全年预算是多少')).toContain('12');
  });
});
