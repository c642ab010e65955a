/**
 * The lead's probe of stop 50: a place typed with a homophone run into a piece of a project's name, chat slang, the
 * numbered items of one thing asked, 其 for the projects just asked about, a total asked before its part (其中), the
 * average amount of each group ranked, the streets counted then each asked, a term glossed in the other language, and
 * one project's rows followed up on. Wordings and forms of our own (no corpus office or project).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/bot/intent.ts';
import { codeSwitchedWords } from '../../src/query/code-switch.ts';
import { countedStreets } from '../../src/query/colloquial-words.ts';
import { withoutCourtesy } from '../../src/query/courtesy.ts';
import { withoutGuesses } from '../../src/query/guesses.ts';
import { looseTyping } from '../../src/query/loose-typing.ts';
import { plainRegisterWords } from '../../src/query/register-words.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  projectOf,
  recordOfProject,
} from './known-store.ts';

const QINGSHI = '青石街道办事处';
const BAISHA = '白沙街道办事处';
const project = (name: string, dept: string, over: Partial<KnownProject> = {}) =>
  projectOf(name, dept, { total: 95, ...over });

describe('questions of stop 50 over two streets', () => {
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const rowsForm = formWithRows('路灯维修工程', QINGSHI, [
      indicatorRow('产出指标', '数量指标', '维修路灯数', { score: 8 }),
      indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', { actual: '92%' }),
    ]);
    rowsForm.owner = '孙悦';
    rowsForm.totalScore = 98;
    const known = await adminStoreOf('u-lead50', [
      rowsForm,
      recordOfProject(project('绿地养护', QINGSHI, { budget: 10, total: null, owner: '周岚' })),
      recordOfProject(project('社区食堂补贴', QINGSHI, { budget: 10, total: 88, owner: '周岚' })),
      recordOfProject(
        project('路灯改造', BAISHA, { budget: 50, total: 99, owner: '韩冰', phone: '66005678' }),
      ),
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('reads a mistyped place run into a piece of a name as the place and the project', async () => {
    // 清石 sounds as 青石 and is no stored name; 路灯 alone would also be 白沙's 路灯改造.
    const r = await ask('清石路灯维修那个项目花了多少钱');
    expect(r).toContain('路灯维修工程');
    expect(r).not.toContain('路灯改造');
    expect(r).not.toContain('未作查询');
  });

  it('reads 木有 as 没有', async () => {
    const r = await ask('哪些项目木有填总分');
    expect(r).toContain('绿地养护');
    expect(r).not.toContain('社区食堂补贴');
  });

  it('answers the numbered items of one project, 负责人姓名 being the person', async () => {
    const r = await ask('请提供“路灯改造”项目的（1）项目负责人姓名；（2）联系电话。');
    expect(r).toContain('韩冰');
    expect(r).toContain('66005678');
    expect(r).not.toContain('未作查询');
  });

  it('reads 并合计其… as the sum over the projects just counted', async () => {
    const r = await ask('请统计项目负责人为“周岚”的项目个数，并合计其全年预算数。');
    expect(r).toMatch(/项目数[：:]\s*2/u);
    expect(r).toMatch(/全年预算数合计\(万元\)[：:]\s*20/u);
  });

  it('answers a total and then its part (其中) when both are said as nouns', async () => {
    const r = await ask('2040年度自评表总数；其中总分低于90分的份数');
    expect(r).toMatch(/项目数[：:]\s*4/u);
    expect(r).toMatch(/项目数[：:]\s*1/u);
  });

  it('ranks the groups by the average amount when 平均 is said, not by their sum', async () => {
    // 青石: 3 projects (sum 120 with 路灯维修工程's 100, average 40); 白沙: one of 50 — the sum would pick 青石.
    const r = await ask('哪个主管部门的平均预算最高');
    expect(r).toMatch(/平均全年预算数/u);
    expect(r).toContain(BAISHA);
    expect(r).not.toContain(QINGSHI);
  });

  it('takes a count said of the office’s forms as the scope a condition then selects from', async () => {
    // 青石 has 3 forms; one of them is below 90 — the 3 is not a claimed count of the answer.
    const r = await ask('青石街道3个项目中，总分低于90分的是哪几个？');
    expect(r).toContain('社区食堂补贴');
    expect(r).not.toContain('数目对不上');
    const wrong = await ask('青石街道5个项目中，总分低于90分的是哪几个？');
    expect(wrong).toContain('数目对不上');
  });

  it('reads 没完成目标 as an indicator scored below its weight, and says so', async () => {
    const r = await ask('有几个项目没完成目标');
    expect(r).toMatch(/扣分的指标/u);
    expect(r).toMatch(/项目数[：:]\s*1/u);
  });

  it('reads 执行数占预算数的比例 of one project as its execution rate', async () => {
    const r = await ask('“路灯改造”全年执行数占全年预算数的比例是多少');
    expect(r).toMatch(/执行率\(%\)\s*100/u);
  });

  it('follows up on the one project whose rows were listed', async () => {
    await ask('路灯维修工程 哪些指标扣分了');
    const r = await ask('一共扣了几分？');
    expect(r).toContain('路灯维修工程');
    expect(r).not.toContain('绿地养护');
  });
});

describe('words said plainly before a question is read (stop 50)', () => {
  it('takes a gloss in the other language as the term said once', () => {
    expect(codeSwitchedWords('有几个项目有carry-over funds (上年结转资金)?')).toBe(
      '有几个项目有上年结转资金?',
    );
    expect(codeSwitchedWords('年初预算数（initial budget）未填的项目')).toBe('年初预算数未填的项目');
  });

  it('reads the four streets each asked, also after 咱们', () => {
    expect(countedStreets('咱们四个街道 每个街道执行率多少')).toBe('各街道执行率多少');
    expect(countedStreets('四个街道里面，哪个街道平均预算最高')).toBe('哪个街道平均预算最高');
  });

  it('takes where to send the answer as courtesy', () => {
    expect(withoutCourtesy('电话多少 发我下 谢谢🙏')).toBe('电话多少');
    expect(withoutCourtesy('电话多少 发我下')).toBe('电话多少');
  });

  it('reads a written request’s words of cells and scope plainly', () => {
    expect(plainRegisterWords('“全年执行数”栏填报金额为多少万元？')).toBe('“全年执行数为多少万元？');
    expect(plainRegisterWords('“主管部门”与“实施单位”两栏分别填写的是什么？')).toBe(
      '“主管部门”与“实施单位”分别是什么？',
    );
    expect(plainRegisterWords('请按“主管部门”栏的填写内容，分别统计项目个数。')).toBe(
      '请按“主管部门”，分别统计项目个数。',
    );
    expect(plainRegisterWords('总分低于100分的项目，范围限潞源、双井两个街道。')).toBe(
      '总分低于100分的项目，只看潞源、双井两个街道。',
    );
  });

  it('reads the numbered cases of 符合以下任一情形 as either of them', () => {
    expect(
      plainRegisterWords(
        '请列出符合以下任一情形的项目：（一）总分低于90分；（二）执行率填报为“100%”但全年执行数小于全年预算数。',
      ),
    ).toBe('请列出总分低于90分或执行率写100%但全年执行数小于全年预算数的项目');
  });

  it('takes an amount guessed before it is asked exactly as no bound', () => {
    expect(withoutGuesses('老旧小区改造那个 花了三千多万是吧 具体多少')).toBe('老旧小区改造那个 花了多少');
  });

  it('reads 发改为 as 发改委 and chat slang plainly', () => {
    expect(looseTyping('发改为的项目 执行率都是100%吗')).toContain('发改委的项目');
    expect(looseTyping('有木有执行数比预算还多的')).toContain('有没有执行数');
  });

  it('takes a request to list after a pause as a question, not a report that the survey was not done', () => {
    expect(classifyIntent('这些里面满意度没做的 列一下', { labels: [], current: [] }).kind).toBe('question');
  });
});
