/**
 * The lead's probe of stop 54: the classes the fifty-fifth and fifty-sixth parts' misses and the lead's own wordings
 * showed. Forms and names of our own (no corpus office or project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  indicatorRow,
  memoryChat,
  messageAskerOf,
  projectOf,
  recordOfProject,
} from './known-store.ts';

const QINGSHI = '青石街道办事处';
const BAISHA = '白沙街道办事处';
const project = projectOf;

/** A form whose satisfaction row's target is written as the bound's sign or its words. */
function withSatisfactionTarget(name: string, target: string) {
  const r = recordOfProject(project(name, BAISHA, { budget: 5 }));
  r.indicators = [
    indicatorRow('产出指标', '数量指标', '服务人次'),
    indicatorRow('满意度指标', '服务对象满意度指标', '群众满意度', { target }),
  ];
  return r;
}

describe('questions of stop 54 over two streets', () => {
  let store: Store;
  let chatOf: () => (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead54', [
      recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 40, executed: 36, initial: 50 })),
      recordOfProject(
        project('绿地养护', QINGSHI, { budget: 150, executed: 145, initial: 100, owner: '韩冰' }),
      ),
      recordOfProject(project('路灯改造', QINGSHI, { budget: 120, owner: '韩冰' })),
      recordOfProject(project('控违拆违专项资金（2040年第一批）', QINGSHI, { budget: 10, owner: null })),
      recordOfProject(project('控违拆违专项资金（2040年第二批）', QINGSHI, { budget: 12, owner: null })),
      recordOfProject(project('社区服务第二批经费', BAISHA, { budget: 8 })),
      withSatisfactionTarget('老年驿站运营', '≥90%'),
      withSatisfactionTarget('儿童之家运营', '不低于90%'),
      withSatisfactionTarget('文化站运营', '≥80%'),
    ]);
    store = known.store;
    chatOf = () => messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('a bound written in a cell is found in either spelling (≥90% and 不低于90%), never inside its negation', async () => {
    const ask = chatOf();
    expect(await ask('满意度目标是≥90%的项目有多少个')).toMatch(/项目数[：:]\s*2/u);
    expect(await ask('满意度指标年度指标值写的不低于90%的项目有几个')).toMatch(/项目数[：:]\s*2/u);
    expect(await ask('满意度指标年度指标值写的低于90%的项目有几个')).toMatch(/项目数[：:]\s*0/u);
  });

  it('年初和全年预算差多少 / 全年预算是年初的几倍: the head said once is read whole by the arithmetic too', async () => {
    const ask = chatOf();
    expect(await ask('绿地养护年初和全年预算差多少')).toMatch(/[＝=]\s*[-−]?50\s*万元/u);
    expect(await ask('绿地养护的全年预算是年初的几倍')).toMatch(/1\.5\s*倍/u);
    expect(await ask('绿地养护年初预算调增了多少')).toMatch(/预算调整数\(万元\)\s*50/u);
    expect(await ask('社区食堂补贴的预算后来调了多少')).toMatch(/预算调整数\(万元\)\s*-10/u);
  });

  it('有几个？请全部列出 / 请全部列出 alone after a count: the projects counted, never every project', async () => {
    const ask = chatOf();
    const both = await ask('项目负责人未填写的项目有几个？请全部列出。');
    expect(both).toContain('控违拆违专项资金（2040年第一批）');
    expect(both).not.toContain('社区食堂补贴');
    await ask('项目负责人未填写的项目有几个？');
    const alone = await ask('请全部列出。');
    expect(alone).toContain('控违拆违专项资金（2040年第二批）');
    expect(alone).not.toContain('绿地养护');
  });

  it('请补充列示上述项目的负责人 / his phone number?: the request’s verb before the set, the set of the answer before', async () => {
    const ask = chatOf();
    await ask('请列出全年预算超过100万的青石街道项目。');
    const owners = await ask('请补充列示上述项目的项目负责人和联系电话。');
    expect(owners).toContain('韩冰');
    expect(owners).not.toContain('社区食堂补贴');
    await ask('绿地养护的负责人是谁');
    expect(await ask('his phone number?')).toContain('66001234');
  });

  it('请协助核算… / 烦请告知…，并请一并列示… / 按项目个数计算的平均: the written request’s frame, each ask answered', async () => {
    const ask = chatOf();
    expect(
      await ask('请协助核算青石街道办事处各项目全年执行数的合计金额，并以元为单位列示，便于与账面核对。'),
    ).toMatch(/3230000/u);
    const two = await ask('烦请告知白沙街道办事处项目全年预算合计数，并请一并列示项目负责人未填写的项目。');
    expect(two).toMatch(/全年预算数合计\(万元\)[：:]\s*23/u);
    expect(await ask('烦请按项目个数计算白沙街道办事处项目的平均全年预算数，保留两位小数即可。')).toMatch(
      /平均全年预算数\(万元\)[：:]\s*5\.75/u,
    );
  });

  it('预算超过100万的项目加起来多少钱: a bound with 的 picks the projects, it is never an operand', async () => {
    const ask = chatOf();
    const r = await ask('青石街道办事处预算超过100万的项目加起来多少钱');
    expect(r).toMatch(/全年预算数合计\(万元\)[：:]\s*270/u);
    expect(r).not.toContain('减去');
  });

  it('合计调减金额 / 执行多少 / X还有Y两个加起来 / 三个 where two are named', async () => {
    const ask = chatOf();
    expect(await ask('全年预算数低于年初预算数的项目，合计调减金额是多少万元？')).toMatch(
      /预算调减额合计\(万元\)[：:]\s*10/u,
    );
    expect(await ask('青石街道办事处平均每个项目执行多少')).toMatch(/平均全年执行数/u);
    expect(await ask('绿地养护还有那个路灯改造两个加起来全年预算多少钱')).toMatch(/合计\(万元\)[：:]\s*270/u);
    expect(await ask('绿地养护还有那个路灯改造三个加起来全年预算多少钱')).not.toMatch(
      /合计\(万元\)[：:]\s*270/u,
    );
  });

  it('控违拆违 2040年第二批那个: two pieces of one name across a year are the project holding both', async () => {
    const r = await chatOf()('控违拆违 2040年第二批那个 全年预算多少');
    expect(r).toContain('控违拆违专项资金（2040年第二批）');
    expect(r).not.toContain('社区服务第二批经费');
    expect(r).not.toContain('第一批');
  });

  it('四个街道预算合计排一下 / average execution rate by street / 其中…的 list一下 / check下', async () => {
    const ask = chatOf();
    expect(await ask('两个街道预算合计排一下')).toMatch(/按街道统计/u);
    expect(await ask('total budget per street')).toMatch(/按街道统计/u);
    await ask('项目负责人未填写的项目有几个');
    const listed = await ask('其中白沙街道办事处的 list一下');
    expect(listed).not.toMatch(/项目数[：:]/u);
    expect(await ask('白沙街道办事处 总分低于100的 帮忙check下')).not.toMatch(/没有看懂/u);
  });

  it('全年预算比年初预算增加超过50% / 多了一倍以上: a bound on the change relative to 年初', async () => {
    const ask = chatOf();
    const half = await ask('全年预算比年初预算增加超过30%的项目有哪些');
    expect(half).toContain('预算调整幅度高于30%');
    expect(half).toContain('绿地养护');
    expect(half).not.toContain('社区食堂补贴');
    expect(await ask('全年预算比年初预算多了一倍以上的项目有几个')).toMatch(/项目数[：:]\s*0/u);
  });

  it('各街道里哪个街道预算最少: the street ranked, not the least project of each street', async () => {
    const r = await chatOf()('各街道里哪个街道预算合计最少');
    expect(r).toContain('按街道统计');
    expect(r).not.toContain('每个');
  });

  it('最低的那个… / 第一个扣分扣在哪 after a list in an order: that end of the list, asked again by its name', async () => {
    const ask = chatOf();
    await ask('青石街道办事处的项目按全年预算从低到高排');
    const lowest = await ask('最低的那个的负责人是谁');
    expect(lowest).toContain('控违拆违专项资金（2040年第一批）');
    expect(lowest).not.toContain('绿地养护');
    await ask('青石街道办事处的项目按全年预算从低到高排');
    expect(await ask('最高的那个的负责人是谁')).toContain('韩冰');
    await ask('青石街道办事处的项目按全年预算从低到高排');
    const last = await ask('最后一个扣分扣在哪');
    expect(last).toMatch(/最后(?:一|1)个＝「绿地养护」/u);
    expect(last).not.toContain('社区食堂补贴');
  });

  it('负责人名字写错的: no check reads a name for being right — asked, never every form with an error', async () => {
    const r = await chatOf()('负责人名字写错的项目有哪些');
    expect(r).toMatch(/「写错」没有看懂/u);
    expect(r).not.toMatch(/^查询/u);
  });

  it('A vs B total budget / A的合计和B的合计: two figures, each of its set, never one sum of both', async () => {
    const ask = chatOf();
    const versus = await ask('青石街道办事处 vs 白沙街道办事处 total budget');
    expect(versus).toMatch(/分别统计/u);
    const twice = await ask('青石街道办事处全年预算合计和白沙街道办事处全年预算合计');
    expect(twice).toMatch(/分别统计/u);
    expect(twice).toMatch(/\b332\b/u);
    expect(twice).toMatch(/\b23\b/u);
    expect(twice).not.toMatch(/\b355\b/u);
  });

  it('X比Y多多少预算: the figure said after the gap is each side’s', async () => {
    const r = await chatOf()('绿地养护比路灯改造多多少预算');
    expect(r).toMatch(/[＝=]\s*30\s*万元/u);
  });
});

describe('a sum of two offices that share a project', () => {
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const joint = recordOfProject(project('联合巡查经费', QINGSHI, { budget: 6 }));
    joint.department = BAISHA;
    const known = await adminStoreOf('u-lead54-joint', [
      recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 40 })),
      recordOfProject(project('路灯改造', BAISHA, { budget: 20 })),
      joint,
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('A和B加起来: the project both hold is counted once, and said so', async () => {
    // (as the question before it, 有几个项目, asked the count)
    await ask('青石街道办事处的项目有几个');
    const count = await ask('青石街道办事处的项目数和白沙街道办事处的项目数相加');
    expect(count).toMatch(/两边都有的 1 个项目只算一次/u);
    expect(count).toMatch(/[＝=]\s*3\s*个/u);
    const budget = await ask('青石街道办事处的全年预算合计加上白沙街道办事处的全年预算合计');
    expect(budget).toMatch(/[＝=]\s*66\s*万元/u);
  });
});
