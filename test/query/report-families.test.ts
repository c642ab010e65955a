/**
 * The report part's families (stop 35), in wordings and a store of our own: a share asked as a second step (并计算其占…),
 * 其 / 单个 / 当年 around a share, money in a unit asked with a verb of stating (以亿元为单位列示), the pooled rate with its
 * formula in brackets, the amount of a bound added up (100万以上的项目 钱加起来多少), the audit checks said in full
 * sentences, and rows named by 条 or with a cell filled.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { unitAsked } from '../../src/query/arith-shapes.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { rewriteProblems } from '../../src/query/problem-words.ts';
import { plainReportSentences } from '../../src/query/report-sentences.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { rewriteStatedRate } from '../../src/query/stated-rate-words.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

// 2041: 青竹 two projects (120 + 30, raised by 20 and cut by 10), 白塔 one (50); 2040: 白塔 one (100). Spent 100 + 30 +
// 40 + 100.
const PROJECTS: KnownProject[] = [
  {
    name: '青竹古道修缮',
    dept: '青竹乡人民政府',
    year: 2041,
    owner: '梅岭',
    budget: 120,
    executed: 100,
    initial: 100,
  },
  {
    name: '青竹茶园灌溉',
    dept: '青竹乡人民政府',
    year: 2041,
    owner: '梅岭',
    budget: 30,
    executed: 30,
    initial: 40,
  },
  { name: '白塔夜市照明', dept: '白塔社区服务站', year: 2041, owner: '柯舟', budget: 50, executed: 40 },
  { name: '白塔广场翻新', dept: '白塔社区服务站', year: 2040, owner: '柯舟', budget: 100, executed: 100 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2042);

describe('a report’s sentences said plainly', () => {
  it.each([
    ['统计总分高于90分的项目数量，并计算其占全部项目的比例', '统计总分高于90分的项目数量占全部项目的比例'],
    ['青竹乡的项目有几个，再算一下占全部项目的比重', '青竹乡的项目占全部项目的比重'],
    ['执行数最多的项目，它的执行数占全部执行数的百分之几', '执行数最多的项目的执行数占全部执行数的百分之几'],
    ['预算最少的单个项目是哪个', '预算最少的项目是哪个'],
    ['2041年白塔的项目数占同年全部项目数的比例', '2041年白塔的项目数占2041年全部项目数的比例'],
    ['白塔执行率（全年执行数合计÷全年预算数合计）多少', '白塔整体执行率多少'],
    ['总分值一栏填报为110分的', '总分值一栏为110分的'],
    ['满意度给了3分的有几张', '满意度得了3分的有几张'],
    ['总分低于60的有没', '总分低于60的有没有'],
    ['古道修缮那个项目哪几条扣了分', '古道修缮那个项目哪几条指标扣了分'],
    ['满意度扣得最多的项目', '满意度指标扣得最多的项目'],
    ['年初和全年预算不一致、年中进行过调整的有几个', '年初和全年预算不一致的有几个'],
    ['年内作过调整的项目', '预算调整过的项目'],
    ['2041年全年预算比年初增加的部分加起来多少', '2041年预算调整数大于0的项目的预算调整数加起来多少'],
    ['社会效益指标在所有项目里一共出现了几条', '社会效益指标一共有几条'],
    ['目标值设置为“达标”的指标有几条', '目标值是“达标”的指标有几条'],
    ['古道修缮项目里石阶那条 实际完成多少', '古道修缮项目里石阶那条 实际完成值多少'],
    ['茶园灌溉那个 灌溉面积实际多少', '茶园灌溉那个 灌溉面积实际完成多少'],
  ])('%s', (q, plain) => {
    expect(plainReportSentences(q)).toBe(plain);
  });
  it.each([
    // 当年 with two years, or none, stays for the reader to report
    '2040年和2041年的项目数占当年全部项目的比例',
    '白塔的项目数占当年全部项目的比例',
    // 条 with its noun, or counting nothing of rows
    '哪几条指标扣了分',
    // a score taken, never given
    '扣了3分的指标',
    // 实际 of money stays the money's
    '茶园灌溉那个项目实际花了多少',
    '古道修缮那个预算实际是多少',
    // 实际完成多少 with no row pointed at: the row reader's own (a row stored under that very name only)
    '古道修缮的石阶 实际完成多少',
  ])('%s stays', (q) => {
    expect(plainReportSentences(q)).toBe(q);
  });
});

describe('money in a unit asked with a verb of stating', () => {
  it.each([
    ['执行数合计，请以亿元为单位列示', '亿元'],
    ['全年预算合计用千元表述', '千元'],
  ])('%s', (q, unit) => {
    expect(unitAsked(q).unit).toBe(unit);
  });
});

describe('the amount a bound was said of, added up', () => {
  it.each([
    ['200万以上的项目 钱加起来多少', 'annualBudget'],
    ['预算50万以下的项目 执行数加起来是多少', 'executed'],
  ])('%s: the sum, not the count', (q, field) => {
    const read = parse(q);
    expect(read.unplaced).toEqual([]);
    expect(read.query?.measures).toEqual([{ fn: 'sum', field }]);
  });
});

describe('audit checks said in full sentences', () => {
  it.each([
    ['总分与预算执行得分加各指标得分之和不符的项目', '总分与明细不符的项目'],
    ['总分跟预算执行得分加上各项指标得分的合计对不上的有几个', '总分与明细不符的有几个'],
    ['预算执行的分值和各个指标分值加起来以后不是100分的', '分值合计不等于100的'],
    ['表上填的执行率跟根据金额算出来的结果不一致', '执行率算错'],
    ['填报的执行率与按金额核算的结果不相符的有哪些', '执行率算错的有哪些'],
    ['执行率填报为100%，但执行数低于预算数', '执行率凑成100%'],
    ['三级指标已经拿了满分却还填写了偏差原因的有几个项目', '满分行写了偏差原因的有几个项目'],
    ['指标得了满分却仍写了偏差原因', '满分行写了偏差原因'],
  ])('%s', (q, word) => {
    expect(rewriteProblems(plainReportSentences(q))).toBe(word);
  });
  it('both readings of the rate, each with its rate word', () => {
    expect(rewriteStatedRate('古道修缮表上写的执行率和按金额重算的执行率各是多少')).toBe(
      '古道修缮表上执行率和执行率各是多少',
    );
  });
});

describe('rows with a cell filled', () => {
  const read = (q: string) => readRowQuestion(q, false);
  it.each(['扣了分的指标里写了偏差原因的有几条', '扣分指标中，偏差原因栏已填写内容的有多少条'])(
    '%s: rows, the reason filled',
    (q) => {
      const r = read(q);
      expect(r?.output).toBe('countRows');
      expect(r?.score).toBe('lost');
      expect(r?.cells).toContainEqual({ column: 'deviation', blank: false });
    },
  );
  it('没写偏差原因 stays the empty cell', () => {
    expect(read('扣了分但没写偏差原因的指标有几条')?.cells).toContainEqual({
      column: 'deviation',
      blank: true,
    });
  });
});

describe('answers over a store', () => {
  let asks: (q: string) => Promise<Array<{ text: string; rows: string[][]; unplaced?: string[] }>>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await adminStoreOf('web:report-families', PROJECTS.map(recordOfProject));
    const message = createAnswerMessage({ store: made.store, logger: pino({ level: 'silent' }) });
    asks = async (q) => {
      const out = await message(q, made.user);
      return (Array.isArray(out) ? out : [out]).map((r) => ({
        text: r.text ?? '',
        rows: r.table?.rows ?? [],
        ...(r.unplaced ? { unplaced: r.unplaced } : {}),
      }));
    };
    close = () => made.store.close();
  }, 60_000);
  afterAll(async () => {
    await close();
  });

  it('并计算其占全部项目的比例: the part, the whole and the share', async () => {
    const [share] = await asks('请统计执行率达到100%的项目数量，并计算其占全部项目的比例。');
    expect(share!.unplaced ?? []).toEqual([]);
    expect(share!.text).toMatch(/2 个 ÷ 4 个 × 100% ＝ 50%/u);
  });

  it('占当年全部项目数: the whole keeps the year', async () => {
    const [share] = await asks('2041年，白塔社区服务站的项目数占当年全部项目数的比例是多少？');
    expect(share!.text).toMatch(/1 个 ÷ 3 个 × 100% ＝ 33.33%/u);
  });

  it('预算最大的单个项目，其预算占全部预算的比重', async () => {
    const [share] = await asks('全年预算最大的单个项目，其预算占全部项目预算总额的比重是多少？');
    expect(share!.text).toMatch(/120 万元 ÷ 300 万元 × 100% ＝ 40%/u);
  });

  it('the pooled rate with its formula, and a total in 亿元 stated', async () => {
    const [rate] = await asks('全部项目的总体预算执行率（全年执行数合计÷全年预算数合计）是多少？');
    expect(rate!.text).toMatch(/270 万元 ÷ 300 万元 × 100% ＝ 90%/u);
    const [unit] = await asks('2041年项目全年执行数合计，请以亿元为单位表述。');
    expect(unit!.text).toMatch(/＝ 0\.017 亿元/u);
  });

  it('调增的金额合计: the increases only', async () => {
    const [up] = await asks('全年预算较年初预算调增的金额合计是多少？');
    expect(up!.rows).toEqual([['20']]);
  });

  it('100万以上的项目 钱加起来多少: the budgets added up', async () => {
    const [sum] = await asks('100万以上的项目 钱加起来多少');
    expect(sum!.rows).toEqual([['220']]);
  });
});
