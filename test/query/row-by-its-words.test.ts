/**
 * A row of the one project named, by words of its own name (src/query/row-by-its-words.ts): our own projects and rows,
 * worded as a clerk remembers them — and the questions that must stay unanswered (a condition, another field, a row of
 * no such words, an office's many forms).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellsAsked, rowWords } from '../../src/query/row-by-its-words.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, formWithRows, indicatorRow, messageAskerOf } from './known-store.ts';

describe('the words that must name the row', () => {
  it('keeps the words of the name, less the cells’ words and measure words', () => {
    expect(rowWords(['护栏更换米数目标', '实际', '件'])).toEqual(['护栏更换米数']);
    expect(rowWords(['购买慰问品', '实际完成值'])).toEqual(['购买慰问品']);
    // punctuation inside a name is no part of it
    expect(rowWords(['米、面、油'])).toEqual(['米面油']);
    // what the asker did, the asking words and the measure words are no words of the name
    expect(rowWords(['防水铺', '平米', '多大面积', '搞了'])).toEqual(['防水', '面积']);
    // letters alone are no words of a name; a count said (2个) stays, and no row's name holds it
    expect(rowWords(['k', '2个'])).toEqual(['2个']);
  });

  it('reads the cells asked, the target and the actual value when none is said', () => {
    expect(cellsAsked('护栏那条目标定了多少，实际完成多少')).toEqual(['target', 'actual']);
    expect(cellsAsked('护栏那条得了几分')).toEqual(['score']);
    expect(cellsAsked('护栏那条偏差原因咋写的')).toEqual(['deviation']);
    expect(cellsAsked('护栏那条')).toEqual(['target', 'actual']);
  });
});

describe('answered over a store', () => {
  let store: Store;
  let text: ReturnType<typeof messageAskerOf>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-row-words', [
      formWithRows('滨河步道维护经费', '柳岸街道办事处', [
        indicatorRow('产出指标', '数量指标', '指标1：更换破损护栏（米）', {
          target: '≥300米',
          actual: '286米',
        }),
        indicatorRow('产出指标', '时效指标', '完成时限', { target: '2040年11月前', actual: '2040年10月' }),
        indicatorRow('满意度指标', '服务对象满意度指标', '沿河群众满意度', { target: '≥90%', actual: '93%' }),
      ]),
      formWithRows('沿河绿化养护经费', '桃源镇人民政府', [indicatorRow('产出指标', '数量指标', '养护面积')]),
      formWithRows('沿河照明改造经费', '桃源镇人民政府', [indicatorRow('产出指标', '数量指标', '更换灯具')]),
      formWithRows('柳岸社区文体活动补贴', '柳岸街道办事处', [
        indicatorRow('产出指标', '数量指标', '举办文体活动场次', { target: '≥12场', actual: '15场' }),
      ]),
    ]);
    store = known.store;
    text = messageAskerOf(store, known.user);
  });
  afterAll(() => store.close());

  it('the row named by words of its name, run into other words, is found in the project named and said so', async () => {
    const r = await text('滨河步道维护经费 更换破损护栏目标多少 实际换了多少');
    expect(r).toContain('找到「滨河步道维护经费」的指标「指标1：更换破损护栏（米）」');
    expect(r).toContain('≥300米');
    expect(r).toContain('286米');
    expect(r).not.toContain('没有看懂');
  });

  it('a word of the name misremembered by one character still finds the one row of the project', async () => {
    const r = await text('滨河步道维护经费 更新破损护栏目标多少');
    expect(r).toContain('「指标1：更换破损护栏（米）」');
    expect(r).toContain('≥300米');
  });

  it('a piece of other projects’ names said after the project named is its row when a row’s cell is asked', async () => {
    const r = await text('滨河步道维护经费 那个沿河满意度 得了几分');
    expect(r).toContain('「滨河步道维护经费」的指标「沿河群众满意度」');
    expect(r).not.toContain('沿河绿化养护经费');
    // no cell of a row asked: the two projects stay two (the piece's projects are listed, as read before)
    expect(await text('滨河步道维护经费和沿河绿化的全年预算')).not.toContain('的指标「');
  });

  it('never searches an office’s many forms, nor a row of other words, nor reads a field the forms lack', async () => {
    // 柳岸街道 holds two forms: no row is picked among them
    expect(await text('柳岸街道 更换破损护栏目标多少 实际换了多少')).toContain('没有看懂');
    // no row of the project holds 路灯
    expect(await text('滨河步道维护经费 路灯更换目标多少')).toContain('没有看懂');
    // 合同金额 is no row of the form: reported, not read as a row holding 金额
    expect(await text('滨河步道维护经费的合同金额是多少')).not.toContain('找到');
  });

  it('a row’s cell at the end of words after the project is asked, never set aside as a story', async () => {
    const r = await text('柳岸社区文体活动补贴 举办文体活动场次的实际完成值');
    expect(r).not.toContain('交代背景');
    expect(r).toContain('15场');
  });
});
