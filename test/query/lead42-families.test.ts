/**
 * The lead's probe of stop 42: a project named by what was done in it, a row by the unit its figure is counted in, a
 * cell held against its computation in any wording, two places of the list just shown, and the other side of a
 * comparison said after a figure was asked.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { plainDifferenceWords, rewriteArithWords } from '../../src/query/arith-words.ts';
import { comparedWithEarlier } from '../../src/query/compare-follow.ts';
import { withoutHesitation } from '../../src/query/hesitation.ts';
import { readListPlaces } from '../../src/query/list-pointer.ts';
import { projectByItsWords, withProjectNamed } from '../../src/query/project-by-its-words.ts';
import { findReference } from '../../src/query/reference.ts';
import { rewriteScorePhrases } from '../../src/query/score-phrases.ts';
import { withoutSelfIntro } from '../../src/query/self-intro.ts';
import { readStatedAgainstComputed } from '../../src/query/stated-computed.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  memoryChat,
  recordOfProject,
} from './known-store.ts';

const NAMES = ['社区公益电影放映补贴', '松岭社区警务工作室装饰装修工程项目', '河道保洁经费', '图书角补贴'];

describe('readings of stop 42', () => {
  it('words said as a project, the verb of doing taken off, find the one name holding them', () => {
    expect(projectByItsWords('放电影那个项目的负责人是谁', ['放电影'], NAMES)).toEqual({
      word: '放电影',
      name: '社区公益电影放映补贴',
    });
    // every character in the name and two side by side (警务), in another order than said
    expect(projectByItsWords('装修警务室那个预算多少', ['装修警务室'], NAMES)).toEqual({
      word: '装修警务室',
      name: '松岭社区警务工作室装饰装修工程项目',
    });
    // not said as a project: left as not understood
    expect(projectByItsWords('放电影的负责人是谁', ['放电影'], NAMES)).toBeNull();
    // words ending as an office does name a unit the store does not know, never a project (绿化办: 绿化 is in a name)
    expect(projectByItsWords('绿化办的项目', ['绿化办'], [...NAMES, '村庄绿化养护工程'])).toBeNull();
    // an unknown word no name holds, and words of several names asked about
    expect(projectByItsWords('教育局那个项目的预算', ['教育局'], NAMES)).toBeNull();
    expect(projectByItsWords('补贴那个项目', ['补贴'], NAMES)).toEqual({
      word: '补贴',
      names: ['社区公益电影放映补贴', '图书角补贴'],
    });
  });

  it('the name takes the place of the words, the pointer and a piece of the same name after them', () => {
    const found = { word: '放电影', name: '社区公益电影放映补贴' };
    expect(withProjectNamed('放电影那个补贴找谁', found)).toBe('「社区公益电影放映补贴」找谁');
    expect(withProjectNamed('放电影那个项目的负责人', found)).toBe('「社区公益电影放映补贴」项目的负责人');
  });

  it('a cell held against its computation, in any order and wording, is the check’s own name', () => {
    for (const q of [
      '执行率填写与计算不一致的项目',
      '执行率，填的跟拿执行数除以预算算出来的对不上的项目',
      '表上填报的执行率和全年执行数除以全年预算数算出来的对不上的项目',
      '执行率（表内填写值）≠ 全年执行数 / 全年预算数（四舍五入算一致）的项目',
    ])
      expect(readStatedAgainstComputed(q), q).toBe('表上执行率与核算执行率不符的项目');
    expect(readStatedAgainstComputed('预算执行得分和执行率乘以分值对不上的项目')).toBe(
      '预算执行得分与执行率不符的项目',
    );
    expect(readStatedAgainstComputed('按执行数÷预算数×分值，预算执行得分存在差异的项目')).toBe(
      '预算执行得分与执行率不符的项目',
    );
    expect(readStatedAgainstComputed('总分跟各项得分加起来不一致的项目')).toBe(
      '总分与各项得分合计不符的项目',
    );
    // no word of computing: not this check
    expect(readStatedAgainstComputed('执行率填写不一致的项目')).toBe('执行率填写不一致的项目');
    expect(readStatedAgainstComputed('年初预算和全年预算不一致的项目')).toBe(
      '年初预算和全年预算不一致的项目',
    );
  });

  it('满分 before a number is the weight, after 为 / 是 the number itself, after 拿了 the full mark reached', () => {
    expect(rewriteScorePhrases('满意度那条满分10分的项目')).toBe('满意度那条分值10分的项目');
    expect(rewriteScorePhrases('总分为满分100分的项目')).toBe('总分为100分的项目');
    expect(rewriteScorePhrases('拿了满分10分的指标')).toBe('拿了满分的指标');
    expect(rewriteScorePhrases('比满分100分低多少')).toBe('比满分100分低多少');
  });

  it('the other side of a comparison says its average, its count’s noun or its change short', () => {
    expect(rewriteArithWords('甲平均一个项目的预算，比乙平均一个多多少')).toBe(
      '甲平均每个项目的预算，比乙多多少',
    );
    expect(rewriteArithWords('甲95分的项目比98分的多几个')).toBe('甲95分的项目比98分的项目多几个');
    expect(rewriteArithWords('年初预算合计与全年预算合计相比调减了多少')).toBe(
      '年初预算合计与全年预算合计相比差多少',
    );
    expect(rewriteArithWords('低保年初预算调减了多少')).toBe('低保预算调减了多少');
    expect(rewriteArithWords('张三和李四的项目加起来，占全部项目的百分之几')).toBe(
      '张三和李四的项目占全部项目的百分之几',
    );
  });

  it('a difference and a unit said in other words are said plainly for every reader', () => {
    expect(plainDifferenceWords('年初预算加起来跟全年预算加起来差了多少万块')).toBe(
      '年初预算合计跟全年预算合计差多少万元',
    );
    expect(plainDifferenceWords('执行数合计与预算数合计相比，差额多少万元')).toBe(
      '执行数合计与预算数合计相比差多少万元',
    );
    expect(plainDifferenceWords('预算与执行的差额折合多少元')).toBe('预算与执行的差额是多少元');
    expect(plainDifferenceWords('两个项目加一块多少钱 换成元')).toBe('两个项目加起来多少元');
    // 加起来 before a share or alone stays
    expect(plainDifferenceWords('预算加起来多少')).toBe('预算加起来多少');
  });

  it('a number said first after 超过 is the bound, never the words of a figure to look up', () => {
    // (a number is left to the ordinary reading: it names no project either)
    expect(findReference('预算超过100万的项目中执行率最低的是哪个')?.said).toBe('100万');
    expect(findReference('预算超过平均水平的项目')).toEqual({ said: '平均水平' });
  });

  it('two places of the list are read together, a ranking’s places are not', () => {
    expect(readListPlaces('第一个比第二个多花了多少').places.map((p) => p.place)).toEqual([1, 2]);
    expect(readListPlaces('第1个和第3个的预算加起来多少').places.map((p) => p.place)).toEqual([1, 3]);
    expect(readListPlaces('按预算排第一个和第二个').places).toEqual([]);
  });

  it('who asks, said first, is taken off; 我们<kind> is then the unit introduced', () => {
    expect(withoutSelfIntro('我是松岭街道的会计，梅林镇一共报了多少个项目')).toBe('梅林镇一共报了多少个项目');
    expect(withoutSelfIntro('你好，我是松岭街道的主任，刚接手，我们街道有几个项目')).toBe(
      '刚接手，松岭街道有几个项目',
    );
    // a person by name alone is the readers' of 我; an introduction with nothing after it is left
    expect(withoutSelfIntro('我是王强，我负责的项目有几个')).toBe('我是王强，我负责的项目有几个');
    expect(withoutSelfIntro('我是松岭街道的会计')).toBe('我是松岭街道的会计');
  });

  it('the asker searching for words first asks nothing', () => {
    expect(withoutHesitation('那个那个…你给我看看，就是那个啥，图书角补贴，梅林镇的，执行率是多少')).toBe(
      '图书角补贴，梅林镇的，执行率是多少',
    );
    expect(withoutHesitation('嗯，梅林镇有几个项目')).toBe('梅林镇有几个项目');
    // 那个 pointing at a project stays; nothing after the words: left as typed
    expect(withoutHesitation('那个项目的负责人是谁')).toBe('那个项目的负责人是谁');
    expect(withoutHesitation('你给我看看，')).toBe('你给我看看，');
  });

  it('the other side said after a figure was asked is the comparison said whole', () => {
    expect(comparedWithEarlier('跟图书角补贴那个比差多少', '河道保洁那个全年预算多少')).toBe(
      '河道保洁那个全年预算比图书角补贴那个差多少',
    );
    expect(comparedWithEarlier('比图书角补贴多多少？', '河道保洁经费的预算是多少')).toBe(
      '河道保洁经费的预算比图书角补贴多多少',
    );
    // the earlier question asked no figure, or this one says more than the other side
    expect(comparedWithEarlier('跟图书角补贴比差多少', '河道保洁经费的负责人')).toBeNull();
    expect(comparedWithEarlier('图书角补贴的预算是多少', '河道保洁经费的预算是多少')).toBeNull();
  });
});

describe('answered over a store', () => {
  const PROJECTS: KnownProject[] = [
    { name: '河道保洁经费', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 80, executed: 60 },
    { name: '图书角补贴', dept: '梅林镇人民政府', year: 2024, owner: '周敏', budget: 5, executed: 4.5 },
    {
      name: '松岭社区警务工作室装饰装修工程项目',
      dept: '梅林镇人民政府',
      year: 2024,
      owner: '赵芳',
      budget: 40,
      executed: 38,
    },
  ];
  const film = formWithRows('社区公益电影放映补贴', '梅林镇人民政府', [
    indicatorRow('产出指标', '数量指标', '播放场次', { target: '120', actual: '118' }),
    indicatorRow('效益指标', '社会效益指标', '群众文化生活丰富程度', { target: '提升', actual: '提升' }),
  ]);
  film.owner = '李华';
  film.funds.total.annualBudget = { raw: '12', value: 12 };
  film.funds.total.executed = { raw: '10', value: 10 };
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead42', [...PROJECTS.map(recordOfProject), film]);
    store = known.store;
    const message = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
    const chat = memoryChat();
    ask = async (q) =>
      [await message(q, known.user, chat)]
        .flat()
        .map((x) => [x.text ?? '', ...(x.table?.rows.flat().map(String) ?? [])].join('\n'))
        .join('\n');
  });
  afterAll(() => store.close());

  it('a project named by what was done is answered, the name it was taken for said', async () => {
    const r = await ask('放电影那个项目的负责人是谁');
    expect(r).toContain('「放电影」按项目「社区公益电影放映补贴」理解');
    expect(r).toContain('李华');
    // and a computation on it (the budget less what was spent: 2 万元)
    expect(await ask('装修警务室那个，预算跟实际花的差了几万？')).toMatch(/＝ 2 万元/u);
  });

  it('a row found by the unit its figure is counted in', async () => {
    const r = await ask('放电影那个一年放了几场');
    expect(r).toContain('播放场次');
    expect(r).toContain('118');
  });

  it('two places of the list just shown, compared', async () => {
    await ask('梅林镇执行数最多的前两个项目');
    const r = await ask('第一个比第二个多花了多少');
    expect(r).toContain('第1个＝「河道保洁经费」，第2个＝「松岭社区警务工作室装饰装修工程项目」');
    expect(r).toMatch(/＝ 22 万元/u);
  });

  it('an introduction’s unit is never a condition', async () => {
    const r = await ask('我是松岭街道的会计，梅林镇一共报了多少个项目');
    expect(r).toContain('项目数：4');
    expect(r).not.toContain('松岭');
  });

  it('这两个 / 这里头 are the projects just listed, with the list’s conditions', async () => {
    await ask('梅林镇执行数最多的前两个项目');
    expect(await ask('这两个加起来还剩多少没花')).toContain('22');
    await ask('梅林镇执行数低于50万的项目有哪些');
    const r = await ask('这里头哪个预算最多');
    expect(r).toContain('松岭社区警务工作室装饰装修工程项目');
    expect(r).not.toContain('河道保洁经费');
  });

  it('a cell asked of nothing named, or of 这个, is the cell of the projects just answered', async () => {
    await ask('梅林镇执行率最低的是哪个项目？');
    const who = await ask('这个是谁负责的？');
    expect(who).toContain('王强');
    expect(who).not.toContain('周敏');
    await ask('图书角补贴的钱是多少来着？');
    const phone = await ask('谁负责的？');
    expect(phone).toContain('周敏');
    expect(phone).not.toContain('王强');
  });

  it('又 sets the other end against the question before, within its projects', async () => {
    await ask('梅林镇预算最多的两个是哪几个？');
    const r = await ask('预算最少的两个又是哪几个？');
    expect(r).toContain('梅林镇');
    expect(r).toContain('图书角补贴');
  });

  it('the other side of a comparison after a figure was asked', async () => {
    await ask('河道保洁经费的全年预算是多少');
    expect(await ask('跟图书角补贴比差多少')).toMatch(/75 万元/u);
  });
});
