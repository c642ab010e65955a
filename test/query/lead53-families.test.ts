/**
 * The lead's probe of stop 53: the classes the fiftieth to fifty-second parts' misses showed. Wordings and forms of
 * our own (no corpus office or project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, memoryChat, messageAskerOf, projectOf, recordOfProject } from './known-store.ts';

const QINGSHI = '青石街道办事处';
const BAISHA = '白沙街道办事处';
const HONGSHAN = '红山街道办事处';
const project = projectOf;

describe('questions of stop 53 over two streets', () => {
  let store: Store;
  let chatOf: () => (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead53', [
      recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 40, executed: 36 })),
      recordOfProject(project('绿地养护', QINGSHI, { budget: 50, executed: 45, total: 90 })),
      recordOfProject(project('路灯改造', BAISHA, { budget: 20, owner: '韩冰', total: 100 })),
      recordOfProject(project('老年食堂运营', BAISHA, { budget: 30, owner: '韩冰', total: 95 })),
      recordOfProject(project('控违拆违专项资金（第一批）', HONGSHAN, { budget: 10 })),
      recordOfProject(project('控违拆违专项资金（第二批）', HONGSHAN, { budget: 12 })),
      recordOfProject(project('路灯维护专项资金', HONGSHAN, { budget: 7 })),
    ]);
    store = known.store;
    chatOf = () => messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('我刚调到…: the unit a transfer names is the speaker’s for the rest of the chat', async () => {
    const ask = chatOf();
    expect(await ask('我刚调到青石街道办事处，还不太懂这个表。我们街道所有项目的预算加一块是多少')).toMatch(
      /全年预算数合计\(万元\)[：:]\s*90/u,
    );
    expect(await ask('我们街道平均一个项目预算多少钱')).toMatch(/平均全年预算数\(万元\)[：:]\s*45/u);
  });

  it('列出其中全年预算最高的两个 after a count: the two projects, not their count', async () => {
    const ask = chatOf();
    await ask('青石街道办事处的项目有多少个？');
    const r = await ask('列出其中全年预算最高的两个。');
    expect(r).toContain('绿地养护');
    expect(r).toContain('社区食堂补贴');
    expect(r).not.toMatch(/项目数[：:]/u);
  });

  it('那全部项目里呢 after a question of one street: the same conditions over every office', async () => {
    const ask = chatOf();
    expect(await ask('青石街道总分低于95的项目有哪些')).toContain('绿地养护');
    const all = await ask('那全部项目里呢？');
    expect(all).toMatch(/）：总分低于95分的项目/u);
    expect(all).toMatch(/总分低于95/u);
  });

  it('a word beside a project’s name in a story is never dropped (控违拆迁那两批专项资金，…): asked, not summed wider', async () => {
    const r = await chatOf()('控违拆迁那两批专项资金，预算加一块是多少？');
    expect(r).not.toMatch(/^查询/u);
    expect(r).not.toContain('是交代背景');
    expect(r).toMatch(/「控违拆迁」.*没有看懂/u);
  });

  it('请完整列示… / 按原表数值列示 / （未填的按0计） in a total: how to answer, no condition', async () => {
    const ask = chatOf();
    const listed = await ask('请完整列示青石街道办事处总分低于95分的项目。');
    expect(listed).toContain('绿地养护');
    expect(listed).not.toMatch(/没有错误和缺项/u);
    expect(await ask('白沙街道办事处项目的全年预算数合计是多少万元？（年初预算数未填列的按0计）')).toMatch(
      /全年预算数合计\(万元\)[：:]\s*50/u,
    );
    expect(await ask('路灯改造的全年预算数，按原表数值列示（万元）')).toMatch(/20/u);
  });

  it('满意度指标分值…、得分不足… is the satisfaction row’s 得分; …预算是多少 我要按元填 is in 元', async () => {
    const ask = chatOf();
    expect(await ask('满意度指标分值10分、得分不足10分的项目有几个')).toContain('满意度指标得分低于10分');
    expect(await ask('路灯改造那个项目的预算是多少 我要按元填')).toMatch(/200000|200,000/u);
  });

  it('that one’s count, then 那个 它们预算加起来多少: the voice filler is no word of the question', async () => {
    const ask = chatOf();
    await ask('韩冰负责的项目有几个');
    expect(await ask('那个 它们预算加起来多少')).toMatch(/全年预算数合计\(万元\)[：:]\s*50/u);
  });

  it('English shorthand: w/o, exec amt, # of, FY; a negation stays outside a bracketed gloss', async () => {
    const ask = chatOf();
    expect(await ask('青石街道办事处 projects w/o satisfaction indicator (满意度指标)?')).not.toMatch(
      /满意度指标分值高于/u,
    );
    expect(await ask('Which projects have no satisfaction KPI (满意度指标)?')).toMatch(
      /满意度指标分值未填或为0/u,
    );
    expect(await ask('total exec amt of 白沙街道办事处 projects?')).toMatch(/全年执行数合计/u);
    expect(await ask('# of projects with total score = 100?')).toMatch(/总分为100分的项目；项目数/u);
  });

  it('…of those after a question not understood asks back — never the question before it', async () => {
    const ask = chatOf();
    await ask('青石街道办事处的项目有哪些');
    expect(await ask('白沙街道办事处 projects whose 负责人 is a zorblax?')).toMatch(/没有看懂/u);
    expect(await ask('phone numbers of those pls')).toMatch(/没有可以接着的问题/u);
    await ask('白沙街道办事处的项目有哪些');
    expect(await ask('phone numbers of those pls')).toMatch(/接上一问/u);
  });

  it('a share within a set (总分低于95分的项目中，青石街道办事处的占多少), and 其中…的占多少 after its count', async () => {
    const ask = chatOf();
    const within = await ask('总分低于95分的项目中，青石街道办事处的占多少');
    expect(within).toMatch(/占总分低于95分的项目数的百分比/u);
    expect(within).toMatch(/1 个 ÷ 1 个 × 100% ＝ 100(?:\.00)?%/u);
    await ask('总分低于95分的项目有几个？');
    expect(await ask('其中白沙街道办事处的占多少？')).toMatch(/0 个 ÷ 1 个/u);
  });

  it('去掉负责人是韩冰的 after a list: the list less those', async () => {
    const ask = chatOf();
    await ask('白沙街道办事处有哪些项目？');
    const r = await ask('去掉负责人是韩冰的');
    expect(r).toMatch(/接上一问.*项目负责人不是「韩冰」/u);
  });

  it('青石街道办事处跟白沙街道办事处比，谁家项目的全年预算总数多？: the two totals compared', async () => {
    const r = await chatOf()('青石街道办事处跟白沙街道办事处比，谁家项目的全年预算总数多？多多少？');
    expect(r).toMatch(/青石街道办事处.*白沙街道办事处/u);
    expect(r).not.toMatch(/没有看懂/u);
  });

  it('按全年预算排一下，最大的两个 / 最小的两个; 年初预算被调减了的; 其中调增超过10万的', async () => {
    const ask = chatOf();
    expect(await ask('青石街道办事处的项目按全年预算排一下，最大的两个')).toMatch(/全年预算数最高的2个/u);
    expect(await ask('白沙街道办事处的项目按全年预算排一下，最小的两个')).toMatch(/全年预算数最低的2个/u);
    expect(await ask('年初预算被调减了的那些项目，一共调减了多少钱？')).toMatch(/预算调减额合计/u);
    await ask('全年预算比年初预算多的项目有哪些？');
    expect(await ask('其中调增超过10万的呢？')).toMatch(/预算调增额高于10万元/u);
  });

  it('那个跟绿地养护那个比 差多少 after one project’s budget: the two budgets’ difference', async () => {
    const ask = chatOf();
    await ask('社区食堂补贴的全年预算是多少');
    expect(await ask('嗯 那个跟绿地养护那个比 差多少')).toMatch(/接上一问[\s\S]*＝\s*10(?:\.00)? 万元/u);
  });

  it('该街道 after a street opening the clause is that street; 误写为 is what the cell holds', async () => {
    const ask = chatOf();
    expect(await ask('青石街道总分低于95的项目占该街道项目总数的比例')).toMatch(/1 个 ÷ 2 个/u);
  });

  it('还空着没填 / 得分却是空的 / 如何填列 / 电话是哪个号: empty cells and a cell’s value, said as clerks write them', async () => {
    const ask = chatOf();
    expect(await ask('青石街道办事处的表里，年初预算数还空着没填的是哪几个？')).toMatch(/年初预算数未填/u);
    expect(await ask('有的表满意度那行分值填了 得分却是空的 都有哪些表')).toMatch(
      /满意度指标分值已填，满意度指标得分未填/u,
    );
    expect(await ask('路灯改造的表 留的电话是哪个号')).toMatch(/看联系电话/u);
  });

  it('请按主管部门分别统计 after a count: the same projects per department', async () => {
    const ask = chatOf();
    await ask('总分低于100分的项目共有几个？');
    expect(await ask('请按主管部门分别统计。')).toMatch(/接上一问.*总分低于100分的项目；按主管部门统计/u);
  });

  it('哪个最低 after a list bounded by one figure: the lowest by that figure', async () => {
    const ask = chatOf();
    await ask('总分低于100分的项目有哪些');
    expect(await ask('哪个最低')).toMatch(/总分最低的/u);
  });

  it('控违拆违专项资金里面那个第二批的预算: one name said in two pieces is that one project, not either piece', async () => {
    const r = await chatOf()('控违拆违专项资金里面那个第二批的预算是多少');
    expect(r).toMatch(/项目为「控违拆违专项资金（第二批）」/u);
    expect(r).not.toMatch(/或项目/u);
  });
});
