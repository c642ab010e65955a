/**
 * The grammar of arithmetic (arith-shapes.ts): differences, shares, multiples, changes and units said in shapes of
 * our own, over a small store whose figures are done by hand below; follow-ups that change one figure of a
 * computation; vague thresholds asked back; and words that look like arithmetic but are part of a name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { cuts, unitAsked } from '../../src/query/arith-shapes.ts';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import type { AskedQuestion, QuestionChat } from '../../src/query/context.ts';
import { vagueThreshold } from '../../src/query/vague.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

/**
 * 东坝 240 budget / 230 executed (3 projects, one overspent by 10); 西苑 360 / 280 (2 projects). All: 600 / 510.
 * 2022: 420 budget (2 projects); 2023: 180 (3 projects). Two names hold 差 and 多.
 */
const PROJECTS: KnownProject[] = [
  { name: '社区食堂补贴', dept: '东坝街道办事处', year: 2022, owner: '吴敏', budget: 120, executed: 100 },
  { name: '多元调解中心建设', dept: '东坝街道办事处', year: 2023, owner: '吴敏', budget: 80, executed: 90 },
  { name: '城乡差距调研', dept: '东坝街道办事处', year: 2023, owner: '郑凯', budget: 40, executed: 40 },
  { name: '老旧小区改造', dept: '西苑街道办事处', year: 2022, owner: '郑凯', budget: 300, executed: 250 },
  { name: '垃圾分类宣传', dept: '西苑街道办事处', year: 2023, owner: '冯洁', budget: 60, executed: 30 },
];

const VOCAB = vocabularyOfProjects(PROJECTS);

describe('the shapes of arithmetic', () => {
  it('cuts a difference said with a verb of exceeding or of falling short, the smaller side second', () => {
    expect(cuts('甲超出乙多少')).toContainEqual({ op: 'minus', left: '甲', right: '乙' });
    expect(cuts('甲不及乙多少')).toContainEqual({ op: 'minus', left: '甲', right: '乙', swap: true });
    expect(cuts('甲跟乙相比少了几个')).toContainEqual({ op: 'minus', left: '甲', right: '乙', swap: true });
    expect(cuts('甲与乙之间相差多少')).toContainEqual({ op: 'minus', left: '甲', right: '乙', gap: true });
    expect(cuts('甲较乙的增幅')).toContainEqual({ op: 'growth', left: '甲', right: '乙', fall: false });
    expect(cuts('甲比乙下降了百分之几')).toContainEqual({
      op: 'growth',
      left: '甲',
      right: '乙',
      fall: true,
    });
  });

  it('reads the unit a figure is asked in, and leaves a question without one as it is', () => {
    expect(unitAsked('甲的预算合计折合成元')).toEqual({ text: '甲的预算合计', unit: '元' });
    expect(unitAsked('甲的预算合计用亿元表示是多少')).toEqual({ text: '甲的预算合计', unit: '亿元' });
    expect(unitAsked('甲的预算合计以千元为单位')).toEqual({ text: '甲的预算合计', unit: '千元' });
    expect(unitAsked('甲的预算合计是多少')).toEqual({ text: '甲的预算合计是多少', unit: null });
  });

  it('reads names that hold 差 or 多 as names, not as arithmetic', () => {
    // Each side is a project: the difference of their budgets.
    const two = parseArithmetic('城乡差距调研和多元调解中心建设的全年预算差多少', VOCAB, 2025);
    expect(two?.query.op).toBe('minus');
    expect(JSON.stringify(two?.query.left)).toContain('城乡差距调研');
    expect(JSON.stringify(two?.query.right)).toContain('多元调解中心建设');
  });

  it('asks back for a threshold said in words, and only after a figure', () => {
    expect(vagueThreshold('执行率偏低的项目', VOCAB, 2025)).toContain('「执行率偏低」要按多少');
    expect(vagueThreshold('东坝总分比较高的有哪些', VOCAB, 2025)).toContain('总分高于90分');
    expect(vagueThreshold('预算明显过高的项目', VOCAB, 2025)).toContain('全年预算数');
    // 很多 says nothing of a figure; a number given is a threshold already.
    expect(vagueThreshold('很多项目还没填负责人', VOCAB, 2025)).toBeNull();
    expect(vagueThreshold('执行率低于90%的项目', VOCAB, 2025)).toBeNull();
    // A word the store does not know stays the ordinary reply's to name.
    expect(vagueThreshold('南湖执行率偏低的项目', VOCAB, 2025)).toBeNull();
  });
});

describe('answering arithmetic in other shapes over a store of known figures', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('web:arith-grammar', PROJECTS.map(recordOfProject)));
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  /** The result of an arithmetic answer: `计算：… ＝ <figure> <unit>`. */
  const result = (text: string | undefined) => text?.match(/计算：.*＝ (-?[\d.]+) ?(\S*)$/m)?.slice(1, 3);
  const ask = async (q: string, chat?: QuestionChat) => (await answer(q, user, chat)).text;

  it('computes differences said in several shapes, each number with its unit', async () => {
    expect(result(await ask('西苑的全年预算超出东坝多少'))).toEqual(['120', '万元']);
    expect(result(await ask('东坝全年预算不及西苑多少？'))).toEqual(['120', '万元']);
    expect(result(await ask('西苑跟东坝相比，全年执行数多了多少'))).toEqual(['50', '万元']);
    expect(result(await ask('东坝与西苑之间项目数相差几个'))).toEqual(['1', '个']);
    expect(result(await ask('西苑全年预算较东坝高出多少万元'))).toEqual(['120', '万元']);
    // 比…少多少 is the other side less this one.
    expect(result(await ask('西苑全年预算比东坝少多少'))).toEqual(['-120', '万元']);
    const said = await ask('西苑的执行数减东坝的');
    expect(said).toContain('计算：280 万元 − 230 万元 ＝ 50 万元');
  });

  it('keeps the first side’s conditions on a second side that names none of their kind', async () => {
    // 2023: 东坝 has none executed below budget, 西苑 one.
    expect(result(await ask('2023年东坝执行数低于预算的项目比西苑多几个'))).toEqual(['-1', '个']);
    // 全部 means all projects, not the first side's: 5 − 3.
    expect(result(await ask('2023年的项目比全部项目少几个'))).toEqual(['2', '个']);
  });

  it('computes shares, multiples and changes relative to a base', async () => {
    expect(result(await ask('东坝的项目在全部项目中占几成'))).toEqual(['60', '%']);
    expect(result(await ask('西苑执行数占全部执行数多少'))).toEqual(['54.9', '%']);
    expect(result(await ask('西苑全年预算相当于东坝的几倍'))).toEqual(['1.5', '倍']);
    // (420 − 180) ÷ 180; a fall is taken from the base: (420 − 180) ÷ 420.
    expect(result(await ask('2022年全年预算比2023年增长了百分之几'))).toEqual(['133.33', '%']);
    expect(result(await ask('2023年全年预算比2022年下降了几成'))).toEqual(['57.14', '%']);
  });

  it('says an amount in the unit asked, with the conversion in the formula', async () => {
    const yuan = await ask('西苑全年预算合计折合成元');
    expect(result(yuan)).toEqual(['3600000', '元']);
    expect(yuan).toContain('× 10000（万元换算为元）');
    expect(result(await ask('全部项目全年预算合计换算成亿元是多少'))).toEqual(['0.06', '亿元']);
    expect(result(await ask('东坝全年执行数合计用千元表示'))).toEqual(['2300', '千元']);
  });

  it('reads saved and overspent amounts as what they are computed from, with the formula', async () => {
    const saved = await answer('东坝节省了多少钱', user);
    expect(saved.text).toContain('结余＝全年预算数−全年执行数');
    expect(saved.table?.rows).toEqual([['10']]);
    const over = await answer('东坝超支了多少', user);
    expect(over.text).toContain('超支额＝全年执行数−全年预算数');
    // Only the overrun of 多元调解中心建设, not netted against the others' savings.
    expect(over.table?.rows).toEqual([['10']]);
    expect((await answer('西苑超支了多少', user)).table?.rows).toEqual([['0']]);
    const groups = await answer('各部门的执行差额', user);
    expect(groups.table?.rows.map((r) => r.at(-1)).sort()).toEqual(['10', '80']);
  });

  it('answers lookups of names holding 差 or 多 without arithmetic, and reports terms it cannot place', async () => {
    const one = await answer('多元调解中心建设的全年预算是多少', user);
    expect(one.text).not.toContain('计算：');
    expect(one.text).toContain('80');
    expect(result(await ask('城乡差距调研和多元调解中心建设的全年预算差多少'))).toEqual(['-40', '万元']);
    for (const q of ['东坝的预算比南湖多多少', '东坝的全年预算比西苑的公积金多多少']) {
      const reply = await answer(q, user);
      expect(reply.unplaced?.length, q).toBeGreaterThan(0);
      expect(reply.text, q).not.toContain('计算：');
      expect(reply.table, q).toBeUndefined();
    }
  });

  it('takes the highest and lowest of a field as figures, and 整个 as all of that office', async () => {
    // 300 − 40.
    expect(result(await ask('全年预算最多的项目比最少的多多少'))).toEqual(['260', '万元']);
    expect(result(await ask('东坝全年执行数最高的和最低的差了多少'))).toEqual(['60', '万元']);
    // 吴敏's 190 of 东坝's 230.
    expect(result(await ask('吴敏负责的执行数占整个东坝执行数的比重'))).toEqual(['82.61', '%']);
    // Two projects' figures added up: a sum over the two (加一起 is a word of summing), 100 + 250.
    expect((await answer('社区食堂补贴和老旧小区改造的执行数加一起是多少', user)).table?.rows).toEqual([
      ['350'],
    ]);
    // What those projects left unspent: 20 + 50 + 30.
    expect((await answer('执行数没达到预算的项目一共少花了多少钱', user)).table?.rows).toEqual([['100']]);
  });

  it('leaves out the names an exclusion or a negation stands next to, and says so', async () => {
    const notDongba = await answer('除了东坝之外的项目有几个', user);
    expect(notDongba.text).toContain('项目数：2');
    expect(notDongba.text).toContain('不是「东坝街道办事处」');
    expect((await answer('东坝和西苑以外的项目有几个', user)).text).toContain('项目数：0');
    // 其余 after a word of leaving out is the set that leaving out made; alone it restricts nothing known: said.
    expect((await answer('撇开东坝，其余项目有几个', user)).text).toContain('项目数：2');
    expect((await answer('其余项目有几个', user)).unplaced).toContain('其余');
    const owners = await answer('负责人不是郑凯的项目', user);
    expect(owners.table?.rows.map((r) => r[0]).sort()).toEqual(
      ['社区食堂补贴', '多元调解中心建设', '垃圾分类宣传'].sort(),
    );
    expect((await answer('东坝不是吴敏负责的项目有几个', user)).text).toContain('项目数：1');
  });

  it('reads a range said with 介于 and a bound said not to be included', async () => {
    const range = await answer('全年预算介于50万和120万之间的项目', user);
    expect(range.table?.rows.map((r) => r[0]).sort()).toEqual(
      ['社区食堂补贴', '多元调解中心建设', '垃圾分类宣传'].sort(),
    );
    // 120 itself is left out.
    expect((await answer('全年预算120万以上的项目有几个（不含120万）', user)).text).toContain('项目数：1');
  });

  it('computes per group, against the whole or group by group, with the formula said once', async () => {
    const shares = await answer('各部门项目数占比', user);
    expect(shares.text).toContain('项目数 ÷ 全部项目数（5 个） × 100%');
    expect(shares.table?.rows.map((r) => r.at(-1)).sort()).toEqual(['40', '60']);
    const left = await answer('按部门统计全年预算合计比执行数合计多多少', user);
    expect(left.table?.columns).toEqual([
      '主管部门',
      '全年预算数合计(万元)',
      '全年执行数合计(万元)',
      '结果(万元)',
    ]);
    expect(left.table?.rows.map((r) => r.at(-1)).sort()).toEqual(['10', '80']);
    // Each year's budget in 元: 2022 420 万元, 2023 180 万元.
    const yuan = await answer('各年度全年预算合计折合成元', user);
    expect(yuan.table?.rows.map((r) => r.at(-1)).sort()).toEqual(['1800000', '4200000']);
  });

  it('asks for a threshold said in words instead of refusing or guessing', async () => {
    const reply = await answer('2023年执行率特别低的项目有几个', user);
    expect(reply.text).toContain('「执行率特别低」要按多少');
    expect(reply.table).toBeUndefined();
  });

  it('follows up on a computation by changing one figure or scope, and asks when it cannot tell which', async () => {
    let kept: AskedQuestion | null = null;
    const chat: QuestionChat = {
      get previous() {
        return kept;
      },
      remember: (q) => {
        kept = q;
      },
    };
    expect(result(await ask('西苑的执行数比东坝多多少', chat))).toEqual(['50', '万元']);
    const budget = await ask('那全年预算呢', chat);
    expect(budget).toContain('接上一问');
    expect(result(budget)).toEqual(['120', '万元']);
    // 2023: 西苑 60 − 东坝 120.
    expect(result(await ask('那2023年的呢', chat))).toEqual(['-60', '万元']);
    expect(await ask('它们有哪些', chat)).toContain('请把问题说完整');
    expect(result(await ask('2022年的项目数比2023年少几个', chat))).toEqual(['1', '个']);
    expect(await ask('那2021年的呢', chat)).toContain('要换哪一边');
    // A share of all projects: the part changes, the whole stays.
    expect(result(await ask('东坝的全年预算占全部项目的百分之几', chat))).toEqual(['40', '%']);
    expect(result(await ask('那西苑呢', chat))).toEqual(['60', '%']);
    // A complete question stands alone after a computation.
    const alone = await answer('2022年的项目有几个', user, chat);
    expect(alone.text).not.toContain('接上一问');
    expect(alone.text).toContain('项目数：2');
  });
});
