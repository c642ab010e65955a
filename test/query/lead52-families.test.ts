/**
 * The lead's probe of stop 52: the classes the forty-fifth to forty-seventh parts' misses showed — a clerk's story
 * told before the question (and the guards that keep a story from ever widening the answer), 除X外 and 介于…至…,
 * corrections with a place or a whole question said again, 那经济效益指标呢 / 那分值呢 after a question about rows, how a
 * list is to be shown said after it, 按X拆开, a search box's bars and underscores, and a project's name typed short
 * with a homophone. Wordings and forms of our own (no corpus office or project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { matchProject } from '../../src/query/names.ts';
import { plainRegisterWords } from '../../src/query/register-words.ts';
import { swappedInPrevious } from '../../src/query/row-swap.ts';
import { searchBoxWords } from '../../src/query/search-box.ts';
import { withoutSelfCorrection } from '../../src/query/self-correction.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  memoryChat,
  messageAskerOf,
  projectOf,
  recordOfProject,
} from './known-store.ts';

const QINGSHI = '青石街道办事处';
const BAISHA = '白沙街道办事处';
const project = projectOf;

describe('questions of stop 52 over two streets', () => {
  let store: Store;
  let chatOf: () => (q: string) => Promise<string>;
  beforeAll(async () => {
    const rowsForm = formWithRows('路灯维修工程', QINGSHI, [
      indicatorRow('产出指标', '数量指标', '维修路灯数', { score: 8, deviation: '灯具到货延迟' }),
      indicatorRow('效益指标', '经济效益指标', '节约电费', { target: '≥5万元', actual: '6万元' }),
      indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', { score: 5, actual: '85%' }),
    ]);
    rowsForm.owner = '孙悦';
    rowsForm.totalScore = 93;
    const known = await adminStoreOf('u-lead52', [
      rowsForm,
      recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 40, executed: 36 })),
      recordOfProject(project('绿地养护', QINGSHI, { budget: 50, executed: 45, total: 90 })),
      recordOfProject(project('路灯改造', BAISHA, { budget: 20, owner: '韩冰', total: 100 })),
      recordOfProject(project('老年食堂运营', BAISHA, { budget: 30, owner: '韩冰', total: 95, year: 2039 })),
    ]);
    store = known.store;
    chatOf = () => messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('answers the ask of a long message and says the story around it back', async () => {
    const r = await chatOf()(
      '区里前几天发了通知，说要对各街道做个通报，我们科长让我先弄清楚，请问青石街道所有项目的全年预算数合计是多少？麻烦您了。',
    );
    expect(r).toMatch(/全年预算数合计\(万元\)[：:]\s*190/u);
    expect(r).toContain('是交代背景');
    // the project the story is about is the scope of 这个项目
    const left = await chatOf()(
      '是这样的，社区那边反映「绿地养护」好像没有花完，领导让我核实一下，想请您帮忙查查这个项目还剩多少钱没花出去，谢谢。',
    );
    expect(left).toMatch(/结余\(万元\)\s*5\b/u);
  });

  it('never widens with a story: a place it does not know, a figure, a bare request or a computation', async () => {
    const unknownPlace = await chatOf()('我们是西山区的，请问有几个项目没拿满分？');
    expect(unknownPlace).toContain('未作查询');
    expect(unknownPlace).toContain('西山区');
    const figures = await chatOf()('目标定的600份，结果只发了521份，这是哪个项目？');
    expect(figures).toContain('未作查询');
    const bare = await chatOf()('各项目对应之支出功能分类科目编码，请逐一列示。');
    expect(bare).toContain('未作查询');
    const excluded = await chatOf()('除了白沙以外，领导让我问一下，还有几个项目没拿满分？');
    // (青石's two projects below full marks: the exclusion kept, never turned around)
    expect(excluded).toMatch(/不是「白沙街道办事处」/u);
    expect(excluded).toMatch(/项目数[：:]\s*2\b/u);
  });

  it('reads 除X外 and 介于…至… as written', async () => {
    expect(plainRegisterWords('除白沙外的项目有几个')).toBe('除了白沙以外的项目有几个');
    expect(plainRegisterWords('全年预算数介于35万元至60万元之间的项目')).toBe(
      '全年预算数在35万元至60万元之间的项目',
    );
    // 除以 is the division, never an exclusion
    expect(plainRegisterWords('全年执行数除以全年预算数是多少')).toBe('全年执行数除以全年预算数是多少');
    const r = await chatOf()('除白沙外的项目有几个');
    expect(r).toMatch(/项目数[：:]\s*3\b/u);
    const band = await chatOf()('列出全年预算数介于35万元至60万元之间的项目');
    expect(band).toContain('社区食堂补贴');
    expect(band).toContain('绿地养护');
    expect(band).not.toContain('路灯改造');
  });

  it('reads a place or a whole question said again after a correction', async () => {
    expect(withoutSelfCorrection('我想查一下白沙的项目有几个……啊不对不好意思，我是说青石的')).toMatch(
      /^(?:我想查一下)?青石的项目有几个$/u,
    );
    // a field said again is a field, not a place
    expect(withoutSelfCorrection('青石街道的项目里执行率…不对，我想问总分，总分最低的是哪个？')).toBe(
      '青石街道的项目里总分，总分最低的是哪个？',
    );
    const ask = chatOf();
    await ask('青石的项目有几个');
    const again = await ask('不好意思说错了，我要看的是总分低于95分的');
    expect(again).not.toContain('有错误');
    expect(again).toMatch(/总分低于95分/u);
  });

  it('asks the question about rows again with the kind or the cells named instead', async () => {
    expect(swappedInPrevious('那经济效益指标呢', '路灯维修工程的满意度指标 目标值写的什么')).toBe(
      '路灯维修工程的经济效益指标 目标值写的什么',
    );
    expect(
      swappedInPrevious(
        '其中经济效益那条的目标值和实际完成值呢',
        '路灯维修工程的满意度指标实际完成值填的是什么',
      ),
    ).toBe('路灯维修工程的经济效益指标目标值和实际完成值填的是什么');
    // nothing of the same sort in the question before: left to the other readers
    expect(swappedInPrevious('那分值呢', '青石街道有几个项目')).toBeNull();
    expect(swappedInPrevious('那2039年的呢', '路灯维修工程的满意度指标得了几分')).toBeNull();
    const ask = chatOf();
    await ask('路灯维修工程的满意度指标 实际完成值填的是什么');
    const other = await ask('那经济效益指标呢');
    expect(other).toContain('接上一问');
    expect(other).toContain('6万元');
  });

  it('keeps how a list is to be shown with the ask it follows', () => {
    expect(splitAsks('执行率最低的5个项目是哪些？按执行率从低到高列示。')).toHaveLength(1);
    expect(splitAsks('青石街道哪几个项目全年预算最多，列出前三个就行')).toHaveLength(1);
    // a count is no list: an order after it is an ask of its own
    expect(splitAsks('青石有几个项目？按总分排一下').length).toBeLessThanOrEqual(2);
  });

  it('groups by a field said with 拆开 / 拆分, and reads a search box’s bars', async () => {
    const r = await chatOf()('按年度拆开看看');
    expect(r).toMatch(/2039/u);
    expect(r).toMatch(/2040/u);
    expect(r).not.toContain('未作查询');
    expect(searchBoxWords('青石 | 总分 | count')).toBe('青石，总分，count');
  });

  it('finds a project by three characters typed with a homophone', () => {
    const names = ['柳风苑提升工程', '柳林路维修'];
    expect(matchProject('柳峰苑', names)?.values).toEqual(['柳风苑提升工程']);
    expect(matchProject('柳峰苑', names)?.how).toBe('similar');
    // sharing one character is not enough
    expect(matchProject('刘峰原', names)).toBeNull();
  });
});
