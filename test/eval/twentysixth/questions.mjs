// The twenty-sixth part (helper "blind43"): 120 portfolio questions asked by three people over the 169 forms — (J) a
// staffer of the 区人大预算工委 reviewing the year's self-evaluations in formal written Chinese (请统计、列示、核实、占比),
// (K) a newly hired 出纳 of a 街道办事处 who does not know the form's words well and types with typos and homophones
// (路源, 大洪门, 何门口, 执行律, 总份, 只标, 偏插, 付责人, 电画, 预箅), vague words (钱, 那个表) and half sentences, and (L) a
// 区财政局 绩效科 reviewer preparing a report who asks compound questions (two asks in one message, year + office +
// threshold, 分别 / 各 / 其中 / 除了…以外). Written by an author who had not read src/, prompts/, test/ outside test/eval/
// nor any other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not
// split. Definitions: ../README.md ("The twenty-sixth part").
import {
  aboveWeight,
  actualMissing,
  devMissing,
  money,
  noBenefit,
  noSat,
  rate,
  rows,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  column,
  F,
  moneyBand,
  moneyBandCount,
  noYear,
  overspent,
  PCT,
  rateDiff,
  rateOff,
  roundedUp,
  totalOff,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  anyRate,
  bothM,
  budgetScoreOffStated,
  byMoney,
  CX,
  conv,
  costRow,
  DHM,
  devOnFullNotNone,
  devTextNotNone,
  FG,
  HMK,
  LY,
  lostPoints,
  MS,
  m1,
  mean,
  nthOne,
  owner,
  pct,
  phoneNot8,
  phoneTwo,
  R,
  rowCount,
  SJ,
  sat,
  says,
  scoreBlankRow,
  shortRow,
  streetGroups,
  sumM,
  ts,
  wrappedReasonForm,
  yr,
} from './helpers.mjs';

/** The owners' names said in the reply with no project listed, every one of them (a fact about people). */
const saysAll = (...values) => ({ ...says(...values), all: true });
/** A difference said signed or as a magnitude. */
const gap = (d, v, tol) => d.anyOf(d.number(v, tol), d.number(-v, tol));
/** A stated total below 100 (the total as written). */
const below100 = (r) => ts(r) != null && ts(r) < 100;

export const questions = [
  // ---------------------------------------------------------------- money
  // J: a share of one project within an office (疏整促's 元-in-万元 cell enters the office total: both readings)
  {
    id: 't26-money-01',
    cat: 'money',
    q: '请核实通州区“经济大脑”服务项目的全年预算数占发改委全部项目全年预算数合计的比重（保留一位小数）。',
    expect: (d) =>
      d.anyOf(
        ...[money, conv].map((m) =>
          pct(d, (100 * m(R(d, '002-005'), 'annualBudget')) / sumM(F(d, FG), m, 'annualBudget')),
        ),
      ),
  },
  // K: 全年预箅 = 全年预算 (typo), 加一块 = sum
  {
    id: 't26-money-02',
    cat: 'money',
    q: '路源街道那些项目的全年预箅加一块是多少钱',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  // L: two means and their difference (signed or as a magnitude)
  {
    id: 't26-money-03',
    cat: 'money',
    q: '潞源和大红门的项目平均全年预算分别是多少？两边差多少？',
    expect: (d) => {
      const a = mean(F(d, LY), (r) => money(r, 'annualBudget'));
      const b = mean(F(d, DHM), (r) => money(r, 'annualBudget'));
      return allOf(d.number(a), d.number(b), gap(d, a - b));
    },
  },
  // J: a difference of means per year (2023 holds 疏整促: both readings)
  {
    id: 't26-money-04',
    cat: 'money',
    q: '请分别统计2020年度和2023年度项目的平均全年执行数，并计算两者之差。',
    expect: (d) => {
      const m20 = mean(F(d, yr(2020)), (r) => money(r, 'executed'));
      const m23 = (m) => sumM(F(d, yr(2023)), m, 'executed') / F(d, yr(2023)).length;
      return allOf(
        d.number(m20),
        bothM(d, m23),
        d.anyOf(...[money, conv].flatMap((m) => [d.number(m23(m) - m20), d.number(m20 - m23(m))])),
      );
    },
  },
  // K: 不到10万 = 全年预算 below 10 万元 (a form on the bound optional)
  {
    id: 't26-money-05',
    cat: 'money',
    q: '预算不到十万的项目有几个啊 全年那个预算',
    expect: (d) => moneyBandCount(d, 'annualBudget', Number.NEGATIVE_INFINITY, 10),
  },
  // L: a band in one office with an exclusion (城乡管理办公室 as 实施单位)
  {
    id: 't26-money-06',
    cat: 'money',
    q: '大红门全年预算超过500万元的项目有哪些？城乡管理办公室的除外。',
    expect: (d) => moneyBand(d, 'annualBudget', 500, Number.POSITIVE_INFINITY, (r) => DHM(r) && !CX(r)),
  },
  // J: a band of 全年执行数 (高于…低于…; forms on a bound optional)
  {
    id: 't26-money-07',
    cat: 'money',
    q: '请列示全年执行数高于100万元但低于200万元的项目。',
    expect: (d) => moneyBand(d, 'executed', 100, 200),
  },
  // K: 何门口 = 河门口, 花出去 = 全年执行数
  {
    id: 't26-money-08',
    cat: 'money',
    q: '何门口的钱一共花出去多少',
    expect: (d) => d.sumMoney(F(d, HMK), 'executed'),
  },
  // L: a person's total and the share of one of her/his projects in it
  {
    id: 't26-money-09',
    cat: 'money',
    q: '李毅飞负责的项目全年预算一共多少？其中城乡基层党组织服务群众经费占百分之几？',
    expect: (d) => {
      const rs = F(d, owner('李毅飞'));
      const total = sumM(rs, money, 'annualBudget');
      return allOf(d.number(total), pct(d, (100 * money(R(d, '003-018'), 'annualBudget')) / total));
    },
  },
  // J: a multiple of two projects' budgets
  {
    id: 't26-money-10',
    cat: 'money',
    q: '请核实“2021年度老旧小区完善类改造项目”的全年预算数是“晨光路拆迁资金”的多少倍（保留两位小数）。',
    expect: (d) =>
      d.number(money(R(d, '003-007'), 'annualBudget') / money(R(d, '003-091'), 'annualBudget'), PCT),
  },
  // K: 年处 = 年初; the forms with both written and 全年 > 年初: Σ (全年 − 年初)
  {
    id: 't26-money-11',
    cat: 'money',
    q: '年处预算跟全年预算都填了的，全年比年处多的那些，多出来的钱加一块多少',
    expect: (d) =>
      d.number(
        F(
          d,
          (r) =>
            money(r, 'initialBudget') != null &&
            money(r, 'annualBudget') != null &&
            money(r, 'annualBudget') > money(r, 'initialBudget'),
        ).reduce((s, r) => s + money(r, 'annualBudget') - money(r, 'initialBudget'), 0),
      ),
  },
  // L: two office totals and which is larger by how much
  {
    id: 't26-money-12',
    cat: 'money',
    q: '2023年发改委和潞源的全年执行数合计分别是多少？哪边多，多多少？',
    expect: (d) => {
      const ly = sumM(F(d, LY), money, 'executed');
      const fg = (m) => sumM(F(d, FG), m, 'executed');
      return allOf(bothM(d, fg), d.number(ly), d.anyOf(gap(d, fg(money) - ly), gap(d, fg(conv) - ly)));
    },
  },
  // J: a mean within a 实施单位 and the count above it
  {
    id: 't26-money-13',
    cat: 'money',
    q: '请统计民生保障办公室实施项目的全年预算数平均值，以及全年预算数高于该平均值的项目数量。',
    expect: (d) => {
      const rs = F(d, MS);
      const avg = mean(rs, (r) => money(r, 'annualBudget'));
      return allOf(d.number(avg), d.count(rs.filter((r) => money(r, 'annualBudget') > avg).length));
    },
  },
  // K: 钱没花完 = 全年执行数 below 全年预算数; Σ (全年预算 − 全年执行) over those forms
  {
    id: 't26-money-14',
    cat: 'money',
    q: '钱没花完的那几个项目 剩下没花的加一起有多少',
    expect: (d) =>
      d.number(
        F(d, (r) => money(r, 'executed') != null && money(r, 'executed') < money(r, 'annualBudget')).reduce(
          (s, r) => s + money(r, 'annualBudget') - money(r, 'executed'),
          0,
        ),
      ),
  },
  // L: two shares of the 2020 total (河门口, 双井)
  {
    id: 't26-money-15',
    cat: 'money',
    q: '2020年河门口的全年预算合计占当年全部项目全年预算的百分之多少？双井又占多少？',
    expect: (d) => {
      const all = sumM(F(d, yr(2020)), money, 'annualBudget');
      return allOf(
        pct(d, (100 * sumM(F(d, HMK), money, 'annualBudget')) / all),
        pct(d, (100 * sumM(F(d, SJ), money, 'annualBudget')) / all),
      );
    },
  },

  // ---------------------------------------------------------------- tally
  // J: per-owner counts in 潞源, the forms without an owner left out
  {
    id: 't26-tally-01',
    cat: 'tally',
    q: '请按项目负责人统计潞源街道各负责人名下的项目数量（未填写负责人的项目不计）。',
    expect: (d) => {
      const m = {};
      for (const r of F(d, LY)) if (r.owner) m[r.owner] = (m[r.owner] ?? 0) + 1;
      return d.groups(m);
    },
  },
  // K: 总份 = 总分; 不是100 = a stated total below 100 (the three forms without a total may be counted)
  {
    id: 't26-tally-02',
    cat: 'tally',
    q: '总份不是100分的表有几个',
    expect: (d) => d.countRange(F(d, below100).length, F(d, (r) => below100(r) || ts(r) == null).length),
  },
  // L: a count and a narrower count in one message
  {
    id: 't26-tally-03',
    cat: 'tally',
    q: '2023年大红门总分低于100分的项目有多少个？其中民生保障办公室实施的有几个？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => DHM(r) && yr(2023)(r) && below100(r)).length),
        d.count(F(d, (r) => DHM(r) && yr(2023)(r) && below100(r) && MS(r)).length),
      ),
  },
  // J: mean 总分 per street (发改委 is not a street)
  {
    id: 't26-tally-04',
    cat: 'tally',
    q: '请统计各街道项目的平均总分。',
    expect: (d) => streetGroups(d, (rs) => mean(rs, ts)),
  },
  // K: forms with a 偏差原因 text other than a bare 无 (003-007's wrapped reason may count)
  {
    id: 't26-tally-05',
    cat: 'tally',
    q: '偏插原因那栏写了东西的项目几个 写个无的不算',
    expect: (d) =>
      d.countRange(
        F(d, devTextNotNone).length,
        F(d, (r) => devTextNotNone(r) || wrappedReasonForm(r)).length,
      ),
  },
  // L: per-year counts and per-year mean 总分 (a table per year, or the four figures said)
  {
    id: 't26-tally-06',
    cat: 'tally',
    q: '两个年度各有多少个项目？平均总分分别是多少？',
    expect: (d) => {
      const years = [2020, 2023];
      const counts = Object.fromEntries(years.map((y) => [`${y}`, F(d, yr(y)).length]));
      const means = Object.fromEntries(years.map((y) => [`${y}`, mean(F(d, yr(y)), ts)]));
      return d.anyOf(
        allOf(d.groups(counts), d.groups(means)),
        allOf(...years.flatMap((y) => [d.count(counts[y]), d.number(means[y])])),
      );
    },
  },
  // J: satisfaction rows scored 0 (the satDoubt forms counted or not)
  {
    id: 't26-tally-07',
    cat: 'tally',
    q: '请统计满意度指标得分为0分的项目数量。',
    expect: (d) => {
      const zero = (r) => sat(r).some((i) => i.weight != null && i.score === 0);
      // a satDoubt form counts only where its record has a row scored 0 that says 未做 (003-119's text scores it 10 of 10)
      const doubtZero = (r) =>
        satDoubt(r) &&
        rows(r).some((i) => i.score === 0 && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
      return d.countRange(F(d, zero).length, F(d, (r) => zero(r) || doubtZero(r)).length);
    },
  },
  // K: 大洪门 = 大红门; rows below weight in 003, satisfaction left out: the rows under 满意度指标 are out for certain,
  // the rows the pdf-text record files under 效益指标 whose name says 满意度 (003-041, 003-139, 003-142) may be either
  {
    id: 't26-tally-08',
    cat: 'tally',
    q: '大洪门扣了分的指标一共几条 满意度的不算',
    expect: (d) => {
      const rs = F(d, DHM);
      const lo = rs.reduce(
        (s, r) =>
          s + rows(r).filter((i) => shortRow(i) && !/满意度/.test(`${i.level1}${i.level2}${i.name}`)).length,
        0,
      );
      const hi = rs.reduce(
        (s, r) => s + rows(r).filter((i) => shortRow(i) && !/满意度/.test(i.level1)).length,
        0,
      );
      return d.countRange(lo, hi);
    },
  },
  // L: two offices' counts of forms without a satisfaction row (大红门's doubtful records counted or not)
  {
    id: 't26-tally-09',
    cat: 'tally',
    q: '发改委和大红门分别有几个项目没有满意度指标？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => FG(r) && noSat(r)).length),
        d.countRange(
          F(d, (r) => DHM(r) && noSat(r)).length,
          F(d, (r) => DHM(r) && (noSat(r) || satNoPoints(r) || satDoubt(r))).length,
        ),
      ),
  },
  // J: a person's count and total
  {
    id: 't26-tally-10',
    cat: 'tally',
    q: '请统计项目负责人为牛艳维的项目数量及其全年预算数合计。',
    expect: (d) => {
      const rs = F(d, owner('牛艳维'));
      return allOf(d.count(rs.length), d.sumMoney(rs, 'annualBudget'));
    },
  },
  // K: 只标 = 指标; the mean number of real indicator rows per 潞源 form (to one decimal)
  {
    id: 't26-tally-11',
    cat: 'tally',
    q: '路源的表平均一个有几条只标',
    expect: (d) => d.number(mean(F(d, LY), rowCount), PCT),
  },
  // L: a count of 2023 and its share (of the 2023 forms, or of those with a 总分)
  {
    id: 't26-tally-12',
    cat: 'tally',
    q: '2023年总分满分的项目有多少个？占2023年项目总数的比例是多少？',
    expect: (d) => {
      const n = F(d, (r) => yr(2023)(r) && ts(r) === 100).length;
      const all = F(d, yr(2023)).length;
      const scored = F(d, (r) => yr(2023)(r) && ts(r) != null).length;
      return allOf(d.count(n), d.anyOf(pct(d, (100 * n) / all), pct(d, (100 * n) / scored)));
    },
  },
  // J: owners with 5 or more forms (孟卓聪 has 4 of his own and one shared with 赵路广: counted or not)
  {
    id: 't26-tally-13',
    cat: 'tally',
    q: '请统计名下项目数在5个及以上的项目负责人人数。',
    expect: (d) => {
      const sole = {};
      const any = {};
      for (const r of d.all) {
        const names = String(r.owner ?? '')
          .split(/[、,，;；/]/)
          .map((s) => s.trim())
          .filter(Boolean);
        if (names.length === 1) sole[names[0]] = (sole[names[0]] ?? 0) + 1;
        for (const n of names) any[n] = (any[n] ?? 0) + 1;
      }
      const c = (m) => Object.values(m).filter((v) => v >= 5).length;
      return d.countRange(c(sole), c(any));
    },
  },
  // K: 付责人 = 负责人; blank owner, 河门口 (whose forms have no such row) left out
  {
    id: 't26-tally-14',
    cat: 'tally',
    q: '没写付责人的表有几个 何门口的不算',
    expect: (d) => d.count(F(d, (r) => !HMK(r) && !r.owner).length),
  },
  // L: 执行率 below 100 % overall and in 潞源, under each reading of the rate (stated, from the amounts rounded to two
  // decimals, in full precision)
  {
    id: 't26-tally-15',
    cat: 'tally',
    q: '执行率没到100%的项目一共几个？其中潞源占几个？',
    expect: (d) =>
      anyRate(d, (f) =>
        allOf(
          d.count(F(d, (r) => f(r) != null && f(r) < 100).length),
          d.count(F(d, (r) => LY(r) && f(r) != null && f(r) < 100).length),
        ),
      ),
  },

  // ---------------------------------------------------------------- order
  // J: a ranking by the number of indicator rows within an office
  {
    id: 't26-order-01',
    cat: 'order',
    q: '请列示潞源街道三级指标条数最多的三个项目。',
    expect: (d) => d.top(F(d, LY), rowCount, 3, 'desc'),
  },
  // K: 总份 = 总分; the lowest stated total of all forms
  {
    id: 't26-order-02',
    cat: 'order',
    q: '总份最低的那个表是哪个',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  // L: the top five of 大红门 by 全年预算 (two tie at 1 元, both in the five), those with a total below 100, in order
  {
    id: 't26-order-03',
    cat: 'order',
    q: '大红门全年预算最高的五个项目里，哪些总分不到100分？按全年预算从高到低列出来。',
    expect: (d) => {
      const key = m1('annualBudget');
      const five = F(d, DHM)
        .sort((a, b) => key(b) - key(a))
        .slice(0, 5);
      const low = five.filter(below100);
      return d.top(low, key, low.length, 'desc');
    },
  },
  // J: an office ranked by 全年执行数, ascending
  {
    id: 't26-order-04',
    cat: 'order',
    q: '请按全年执行数由低到高列示河门口街道全部项目。',
    expect: (d) => d.top(F(d, HMK), m1('executed'), F(d, HMK).length, 'asc'),
  },
  // K: 钱 = 全年预算 (the 执行数 gives the same three); the three smallest of 潞源
  {
    id: 't26-order-05',
    cat: 'order',
    q: '路源钱最少的三个项目',
    expect: (d) => d.top(F(d, LY), m1('annualBudget'), 3, 'asc'),
  },
  // L: the lowest 执行率 of two offices, each under any reading of the rate
  {
    id: 't26-order-06',
    cat: 'order',
    q: '发改委执行率最低的项目是哪个？潞源的呢？',
    expect: (d) =>
      allOf(
        anyRate(d, (f) => d.top(F(d, FG), f, 1, 'asc')),
        anyRate(d, (f) => d.top(F(d, LY), f, 1, 'asc')),
      ),
  },
  // J: 河门口 ranked by the points lost on its indicator rows (ties in any order)
  {
    id: 't26-order-07',
    cat: 'order',
    q: '请按指标扣分合计（各指标分值减得分之和）由多到少列示河门口街道各项目。',
    expect: (d) => d.top(F(d, HMK), lostPoints, F(d, HMK).length, 'desc'),
  },
  // K: 只标 = 指标; the form with the fewest real indicator rows
  {
    id: 't26-order-08',
    cat: 'order',
    q: '只标最少的那个表是哪个',
    expect: (d) => d.top(d.all, rowCount, 1, 'asc'),
  },
  // L: two people's top three by 全年预算 (sole owner)
  {
    id: 't26-order-09',
    cat: 'order',
    q: '李毅飞负责的项目里全年预算最高的三个是哪些？牛艳维的呢？',
    expect: (d) =>
      allOf(
        d.top(F(d, owner('李毅飞')), m1('annualBudget'), 3, 'desc'),
        d.top(F(d, owner('牛艳维')), m1('annualBudget'), 3, 'desc'),
      ),
  },
  // J: the third of 2023 by 全年预算 (疏整促 both readings; 003-007 and 003-022 tie at 1 元: either)
  {
    id: 't26-order-10',
    cat: 'order',
    q: '请列示2023年度全年预算数排名第三的项目。',
    expect: (d) => byMoney(d, 'annualBudget', (key) => nthOne(d, F(d, yr(2023)), key, 3, 'desc')),
  },
  // K: 执行律 = 执行率; 倒数第二 = the second lowest, under any reading of the rate
  {
    id: 't26-order-11',
    cat: 'order',
    q: '执行律倒数第二的是哪个项目',
    expect: (d) => anyRate(d, (f) => nthOne(d, d.all, f, 2, 'asc')),
  },
  // L: two offices pooled, ranked by 总分 and, within a 总分, by 全年预算
  {
    id: 't26-order-12',
    cat: 'order',
    q: '双井和河门口的项目放在一起，按总分从高到低排；总分相同的，按全年预算从高到低排。',
    expect: (d) => {
      const pool = F(d, (r) => SJ(r) || HMK(r));
      return d.top(pool, (r) => ts(r) * 10000 + money(r, 'annualBudget'), pool.length, 'desc');
    },
  },
  // J: 潞源's forms with a 执行率 below 100 %, ascending, under each reading of the rate
  {
    id: 't26-order-13',
    cat: 'order',
    q: '请列示潞源街道执行率低于100%的项目，并按执行率由低到高排序。',
    expect: (d) =>
      anyRate(d, (f) => {
        const pool = F(d, (r) => LY(r) && f(r) != null && f(r) < 100);
        return d.top(pool, f, pool.length, 'asc');
      }),
  },
  // K: a person's largest and smallest (the largest ties at 1 元: 003-007 and 003-022, both his; either)
  {
    id: 't26-order-14',
    cat: 'order',
    q: '赵康那些项目 钱最多的和最少的分别是哪个',
    expect: (d) =>
      allOf(
        nthOne(d, F(d, owner('赵康')), m1('annualBudget'), 1, 'desc'),
        nthOne(d, F(d, owner('赵康')), m1('annualBudget'), 1, 'asc'),
      ),
  },
  // L: the top ten by 全年预算 (疏整促 both readings): how many and which are 大红门's
  {
    id: 't26-order-15',
    cat: 'order',
    q: '全年预算排前十的项目里，大红门的有几个？分别是哪几个？',
    expect: (d) =>
      byMoney(d, 'annualBudget', (key) => {
        const ten = d.all
          .filter((r) => key(r) != null)
          .sort((a, b) => key(b) - key(a))
          .slice(0, 10)
          .filter(DHM);
        return allOf(d.count(ten.length), d.set(ten));
      }),
  },

  // ---------------------------------------------------------------- rows
  // J: one row's 年度指标值 and 实际完成值 (both 3332440.18元)
  {
    id: 't26-rows-01',
    cat: 'rows',
    q: '请列示“经济大脑”服务项目成本指标的年度指标值与实际完成值。',
    expect: (d) => d.value(R(d, '002-005'), '3332440.18'),
  },
  // K: two rows of 统计所经费 are named 聘用统计调查员 (数量 1人, 成本 10万元): either
  {
    id: 't26-rows-02',
    cat: 'rows',
    q: '统计所经费那个表 聘用统计调查员那条 只标值多少 完成了多少',
    expect: (d) => d.value(R(d, '000-001'), '1人', '10万元'),
  },
  // L: the row that lost points, and its reason
  {
    id: 't26-rows-03',
    cat: 'rows',
    q: '公益电影放映补贴哪条指标扣了分？扣了几分，偏差原因怎么写的？',
    expect: (d) =>
      d.valueAll(R(d, '000-027'), '及时宣传报道电影公益放映工作', '参与观活动人群固定范覆盖有限'),
  },
  // J: the satisfaction block's 分值 of 10 within an office
  {
    id: 't26-rows-04',
    cat: 'rows',
    q: '请列示发改委各项目中满意度指标分值合计为10分的项目。',
    expect: (d) => d.set(F(d, (r) => FG(r) && sat(r).reduce((s, i) => s + (i.weight ?? 0), 0) === 10)),
  },
  // K: one row's 指标值 and 实际完成值
  {
    id: 't26-rows-05',
    cat: 'rows',
    q: '下沉协管员经费 协管员人数那条 指标值写的啥 实际多少',
    // the 实际完成值 must be said as such (43人 alone is inside ≤43人): in the text after 完成值 / 实际, or in a column
    expect: (d) => {
      const r = R(d, '000-026');
      return d.anyOf(
        ...['完成值43人', '完成值为43人', '完成值是43人', '实际43人', '实际是43人', '实际为43人'].map((v) =>
          d.valueAll(r, '≤43人', v),
        ),
        allOf(
          column(d, '年度指标值', [r], () => '≤43人'),
          column(d, '实际完成值', [r], () => '43人'),
        ),
      );
    },
  },
  // L: rows of one form counted, and its 效益指标 rows
  {
    id: 't26-rows-06',
    cat: 'rows',
    q: '重点区域精细化管控项目一共有几条三级指标？其中效益指标几条？',
    expect: (d) => {
      const r = R(d, '000-009');
      return allOf(d.count(rowCount(r)), d.count(rows(r).filter((i) => /效益/.test(i.level1)).length));
    },
  },
  // J: Σ 分值 of the 时效指标 rows of one form
  {
    id: 't26-rows-07',
    cat: 'rows',
    q: '请核实“2023年节能专项资金”时效指标的分值合计。',
    expect: (d) => {
      const r = R(d, '002-006');
      return d.value(
        r,
        rows(r)
          .filter((i) => /时效/.test(i.level2))
          .reduce((s, i) => s + i.weight, 0),
      );
    },
  },
  // K: 满意读 = 满意度; the satisfaction row's 得分 of 河西锦苑小区电梯维护经费
  {
    id: 't26-rows-08',
    cat: 'rows',
    q: '何门口那个电梯的表 满意读得了几分',
    expect: (d) => d.value(R(d, '004-002'), sat(R(d, '004-002'))[0].score),
  },
  // L: Σ 分值 of the indicator rows of the two 双井 forms (90 each), and with the budget's 10 (100)
  {
    id: 't26-rows-09',
    cat: 'rows',
    q: '双井两个疫情防控的表，各自指标分值加起来是多少？再加上预算执行的分值够不够100？',
    expect: (d) => {
      const [a, b] = F(d, SJ).map((r) => rows(r).reduce((s, i) => s + (i.weight ?? 0), 0));
      const budget = F(d, SJ).map((r) => r.funds.total.weight.value);
      return allOf(d.number(a), d.number(b), d.number(a + budget[0]));
    },
  },
  // J: one row's 年度指标值 and 实际完成值 (经济效益指标)
  {
    id: 't26-rows-10',
    cat: 'rows',
    q: '请列示“政府投资项目评估审核费”经济效益指标的年度指标值和实际完成值。',
    expect: (d) => d.valueAll(R(d, '002-002'), '1亿元以上', '2.5亿元'),
  },
  // K: the row with an empty 实际完成值 (its 三级指标 named)
  {
    id: 't26-rows-11',
    cat: 'rows',
    q: '接诉即办奖励金那个 哪条的实际完成值没填啊',
    expect: (d) => d.value(R(d, '000-022'), '充分利用接诉即办奖励资金'),
  },
  // L: 大红门 forms whose satisfaction row says 未做 (the satDoubt forms counted or not), and Σ 分值 of those rows
  {
    id: 't26-rows-12',
    cat: 'rows',
    q: '大红门满意度写“未做”的项目有几个？这些项目满意度指标的分值一共多少分？',
    expect: (d) => {
      const done = F(d, (r) => DHM(r) && satNotDone(r));
      // a satDoubt form whose record has a row saying 未做 (filed under 效益指标 by the pdf-text reading)
      const doubt = F(
        d,
        (r) =>
          DHM(r) &&
          satDoubt(r) &&
          !satNotDone(r) &&
          rows(r).some((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`)),
      );
      const w = (rs) =>
        rs.reduce(
          (s, r) =>
            s +
            rows(r)
              .filter((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`))
              .reduce((t, i) => t + (i.weight ?? 0), 0),
          0,
        );
      return d.anyOf(
        allOf(d.count(done.length), d.number(w(done))),
        allOf(d.count(done.length + doubt.length), d.number(w(done) + w(doubt))),
      );
    },
  },
  // J: 潞源 forms whose 成本 row states its target in 万元
  {
    id: 't26-rows-13',
    cat: 'rows',
    q: '请列示潞源街道成本指标年度指标值以“万元”计的项目。',
    expect: (d) =>
      d.set(F(d, (r) => LY(r) && rows(r).some((i) => costRow(i) && /万元/.test(i.target ?? '')))),
  },
  // K: the rows of one form that lost points, named
  {
    id: 't26-rows-14',
    cat: 'rows',
    q: '习风园那个 哪几条扣分了',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  // L: 河门口 forms whose satisfaction row lost points, and the points lost on those rows
  {
    id: 't26-rows-15',
    cat: 'rows',
    q: '河门口满意度指标没拿满分的有哪几个项目？一共扣了几分？',
    expect: (d) => {
      const rs = F(d, (r) => HMK(r) && satLow(r));
      const lost = rs.reduce(
        (s, r) => s + sat(r).reduce((t, i) => t + (shortRow(i) ? i.weight - i.score : 0), 0),
        0,
      );
      return allOf(d.set(rs), d.number(lost));
    },
  },

  // ---------------------------------------------------------------- audit
  // J: TOTAL_MISMATCH among the 2020 forms (the wording names the sum: those forms must be listed)
  {
    id: 't26-audit-01',
    cat: 'audit',
    q: '请核实2020年度各项目中，总分不等于预算执行得分与各项指标得分之和的项目。',
    expect: (d) => d.set(F(d, (r) => yr(2020)(r) && totalOff(r))),
  },
  // K: 执行律 = 执行率; RATE_MISMATCH (a rate that differs only by rounding or truncating may be listed)
  {
    id: 't26-audit-02',
    cat: 'audit',
    q: '执行律是不是有算错的 是哪几个',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  // L: BUDGET_SCORE_MISMATCH in 潞源 among the forms stating a rate below 100 %, by the computed or the stated rate
  {
    id: 't26-audit-03',
    cat: 'audit',
    q: '潞源执行率写的不是100%的项目里，有哪些预算执行得分跟执行率对不上？',
    expect: (d) => {
      const pool = (r) => LY(r) && rate(r) != null && rate(r) < 100;
      return d.anyOf(
        d.set(F(d, (r) => pool(r) && budgetScoreOff(r))),
        d.set(F(d, (r) => pool(r) && budgetScoreOffStated(r))),
      );
    },
  },
  // J: DEVIATION_MISSING, 河门口 left out (003-007's reason wrapped into the next row counts as written)
  {
    id: 't26-audit-04',
    cat: 'audit',
    q: '请列示指标得分低于分值但未填写偏差原因分析的项目（河门口街道除外）。',
    expect: (d) => d.set(F(d, (r) => devMissing(r) && !HMK(r))),
  },
  // K: 偏插 = 偏差; DEVIATION_ON_FULL_SCORE with a bare 无 left out
  {
    id: 't26-audit-05',
    cat: 'audit',
    q: '指标满分了还写偏插原因的有哪些 写个无的不算',
    expect: (d) => d.set(F(d, devOnFullNotNone)),
  },
  // L: TOTAL_MISSING, and the owner of each (a 负责人 column)
  {
    id: 't26-audit-06',
    cat: 'audit',
    q: '总分没填的是哪几个项目？负责人分别是谁？',
    expect: (d) => {
      const rs = F(d, (r) => ts(r) == null);
      return allOf(
        d.set(rs),
        d.anyOf(
          column(d, '负责人', rs, (r) => r.owner),
          saysAll(...rs.map((r) => r.owner)),
        ),
      );
    },
  },
  // J: a weighted row that says 未做 with its 得分 left empty
  {
    id: 't26-audit-07',
    cat: 'audit',
    q: '请核实满意度指标注明“未做”但得分栏为空的项目。',
    expect: (d) =>
      d.set(
        F(d, (r) =>
          rows(r).some((i) => scoreBlankRow(i) && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`)),
        ),
      ),
  },
  // K: 电画 = 电话; a number of the cell that is not 8 digits, blank cells left out (a cell of two 8-digit numbers may be
  // listed by a reader that takes the cell as one string)
  {
    id: 't26-audit-08',
    cat: 'audit',
    q: '电画号码不是8位数的有哪几个 没填的不算',
    expect: (d) => d.setTol(F(d, phoneNot8), F(d, phoneTwo)),
  },
  // L: RATE_ROUNDED_UP_TO_FULL and RATE_MISMATCH, each its own list
  {
    id: 't26-audit-09',
    cat: 'audit',
    q: '执行率写100%但其实钱没花完的有哪些？另外执行率本身算错的又有哪些？',
    expect: (d) => allOf(d.set(F(d, roundedUp)), d.setTol(F(d, rateOff), F(d, rateDiff))),
  },
  // J: FUNDS_UNIT_SUSPECT (元 written in a 万元 column)
  {
    id: 't26-audit-10',
    cat: 'audit',
    q: '请核实哪些项目在“万元”栏目中填写的金额实为“元”。',
    expect: (d) =>
      d.set(
        F(d, (r) =>
          ['initialBudget', 'annualBudget', 'executed'].some((c) => {
            const cell = r.funds?.total?.[c];
            return cell?.value != null && (cell.unit === '元' || (!cell.unit && cell.value >= 100000));
          }),
        ),
      ),
  },
  // K: ACTUAL_EMPTY in 潞源
  {
    id: 't26-audit-11',
    cat: 'audit',
    q: '路源有没有哪个表指标实际完成值是空的',
    expect: (d) => d.set(F(d, (r) => LY(r) && actualMissing(r))),
  },
  // L: satisfaction below weight in 大红门, the 未做 forms left out
  {
    id: 't26-audit-12',
    cat: 'audit',
    q: '除了满意度写“未做”的以外，大红门还有哪些项目的满意度指标没拿满分？',
    expect: (d) => d.set(F(d, (r) => DHM(r) && satLow(r) && !satNotDone(r))),
  },
  // J: BENEFIT_MISSING by the 一级指标 label in 潞源 (a 二级 社会效益指标 filed under 产出指标 does not count)
  {
    id: 't26-audit-13',
    cat: 'audit',
    q: '请列示潞源街道一级指标中未设置效益指标的项目。',
    expect: (d) => d.set(F(d, (r) => LY(r) && noBenefit(r))),
  },
  // K: 退回去改 in 潞源: the lib's formError (budget score by the computed rate), or the same with the budget score
  // checked against the rate the form states
  {
    id: 't26-audit-14',
    cat: 'audit',
    q: '路源那些表 哪些得退回去改',
    expect: (d) => {
      const stated = (r) =>
        totalOff(r) ||
        ts(r) == null ||
        weightOff(r) ||
        aboveWeight(r) ||
        rateOff(r) ||
        budgetScoreOffStated(r) ||
        overspent(r);
      const computed = (r) =>
        totalOff(r) ||
        ts(r) == null ||
        weightOff(r) ||
        aboveWeight(r) ||
        rateOff(r) ||
        budgetScoreOff(r) ||
        overspent(r);
      return d.anyOf(d.set(F(d, (r) => LY(r) && computed(r))), d.set(F(d, (r) => LY(r) && stated(r))));
    },
  },
  // L: 大红门 2023 forms with a total below 100 and no row below its weight (a row with its 得分 left empty may be
  // read as a deduction or not: such forms optional)
  {
    id: 't26-audit-15',
    cat: 'audit',
    q: '2023年大红门总分不到100分、但指标一条都没扣分的项目有哪些？',
    expect: (d) => {
      const pool = (r) => DHM(r) && yr(2023)(r) && below100(r) && !rows(r).some(shortRow);
      return d.setTol(
        F(d, (r) => pool(r) && !rows(r).some(scoreBlankRow)),
        F(d, pool),
      );
    },
  },

  // ---------------------------------------------------------------- desk
  // J: owner and phone of one project
  {
    id: 't26-desk-01',
    cat: 'desk',
    q: '请核实“政府投资项目评估审核费”项目的项目负责人及联系电话。',
    expect: (d) => d.valueAll(R(d, '002-002'), '邱程', '69553081'),
  },
  // K: 付责人 = 负责人; blank on the form
  {
    id: 't26-desk-02',
    cat: 'desk',
    q: '朗清园警务室那个项目 付责人是谁',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  // L: two amounts and the rate of one project
  {
    id: 't26-desk-03',
    cat: 'desk',
    q: '经济大脑的年初预算和全年执行数各是多少？执行率呢？',
    expect: (d) => d.valueAll(R(d, '002-005'), 331.6, 100),
  },
  // J: 主管部门 and 实施单位 (the same office)
  {
    id: 't26-desk-04',
    cat: 'desk',
    q: '请列示“2023年接诉即办奖励金”项目的主管部门和实施单位。',
    expect: (d) => d.value(R(d, '000-022'), '北京市通州区潞源街道办事处'),
  },
  // K: 那个钱 = 全年预算 (全年执行数 is the same)
  {
    id: 't26-desk-05',
    cat: 'desk',
    q: '晨光路拆迁那个钱是多少',
    expect: (d) => d.value(R(d, '003-091'), money(R(d, '003-091'), 'annualBudget')),
  },
  // L: a form's 总分 and the number of its rows below weight
  {
    id: 't26-desk-06',
    cat: 'desk',
    q: '习风园改造项目总分多少？有几条指标扣了分？',
    expect: (d) => {
      const r = R(d, '004-011');
      return allOf(d.value(r, ts(r)), d.number(rows(r).filter(shortRow).length));
    },
  },
  // J: the rate (stated or from the amounts) and the budget score of one form
  {
    id: 't26-desk-07',
    cat: 'desk',
    q: '请核实“2023年城乡基层党组织服务群众经费（市级资金）”的执行率及预算执行得分。',
    expect: (d) => {
      const r = R(d, '000-024');
      return d.anyOf(d.valueAll(r, rate(r), 9), d.valueAll(r, 99.12, 9));
    },
  },
  // K: 双景 = 双井; the 基本户 form's phone
  {
    id: 't26-desk-08',
    cat: 'desk',
    q: '双景疫情防控 基本户那个 电话多少',
    expect: (d) => d.value(R(d, '001-004'), '67747602'),
  },
  // L: the owner, and the phone's length (9 digits) or the number itself
  {
    id: 't26-desk-09',
    cat: 'desk',
    q: '法律顾问项目是谁负责的？联系电话是几位数？',
    expect: (d) => {
      const r = R(d, '002-001');
      return allOf(d.value(r, '宋宁'), d.value(r, 9, '695468784'));
    },
  },
  // J: one form's 总分
  {
    id: 't26-desk-10',
    cat: 'desk',
    q: '请核实“2021年度老旧小区完善类改造项目”的总分。',
    expect: (d) => d.value(R(d, '003-007'), 98),
  },
  // K: 预箅 = 预算; 统计站（室）'s 年初预算数
  {
    id: 't26-desk-11',
    cat: 'desk',
    q: '统计站那个表 年初预箅多少',
    expect: (d) => d.value(R(d, '000-002'), 2.5),
  },
  // L: 疏整促's 全年预算 (as written in 元, or converted) and its empty 总分
  {
    id: 't26-desk-12',
    cat: 'desk',
    q: '疏整促专班经费的全年预算是多少万元？总分填了没有？',
    expect: (d) => {
      const r = R(d, '002-007');
      return allOf(d.anyOf(d.value(r, 1863180), d.value(r, 186.318)), d.empty(r));
    },
  },
  // J: 年初预算数 and 全年预算数 of one form
  {
    id: 't26-desk-13',
    cat: 'desk',
    q: '请核实“2023年城市居民最低生活保障”项目的年初预算数和全年预算数。',
    expect: (d) => d.valueAll(R(d, '003-015'), 1320, 1168.69),
  },
  // K: owner and phone of 网络租赁购买服务
  {
    id: 't26-desk-14',
    cat: 'desk',
    q: '网络租赁那个 谁负责的 电话多少',
    expect: (d) => d.valueAll(R(d, '000-003'), '周蕾莹', '80856942'),
  },
  // L: one form's 全年执行数 and its rate (stated 99 %, or 99.21 % from the amounts)
  {
    id: 't26-desk-15',
    cat: 'desk',
    q: '李哲负责的第三批小微项目，全年执行数是多少？执行率写的多少？',
    expect: (d) => {
      const r = R(d, '000-015');
      return d.anyOf(d.valueAll(r, 34.06795, rate(r)), d.valueAll(r, 34.06795, 99.21));
    },
  },

  // ---------------------------------------------------------------- no
  // J: a year with no forms
  {
    id: 't26-no-01',
    cat: 'no',
    q: '请统计2024年度各项目的全年预算数合计。',
    expect: (d) => noYear(d, '2024', 2024),
  },
  // K: a district not in the data
  {
    id: 't26-no-02',
    cat: 'no',
    q: '顺义那边的项目有几个',
    expect: (d) => d.refuse('顺义'),
  },
  // L: contractors and bid amounts (not on a self-evaluation form)
  {
    id: 't26-no-03',
    cat: 'no',
    q: '大红门的项目中标单位分别是谁？中标金额多少？',
    expect: (d) => d.refuse('中标'),
  },
  // J: approval document numbers
  {
    id: 't26-no-04',
    cat: 'no',
    q: '请列示各项目绩效目标的批复文号。',
    expect: (d) => d.refuse('批复文号'),
  },
  // K: a month (the forms are yearly)
  {
    id: 't26-no-05',
    cat: 'no',
    q: '上个月一共花了多少钱',
    expect: (d) => d.refuse('上个月'),
  },
  // L: 去年 = 2025 (no forms), compared per office
  {
    id: 't26-no-06',
    cat: 'no',
    q: '潞源和双井的项目，跟去年比总分各提高了几分？',
    expect: (d) => noYear(d, '去年', 2025),
  },
  // J: audit findings
  {
    id: 't26-no-07',
    cat: 'no',
    q: '请统计各项目审计发现问题的数量。',
    expect: (d) => d.refuse('审计'),
  },
  // K: a person not in the data (付责 = 负责, 那些 = 哪些)
  {
    id: 't26-no-08',
    cat: 'no',
    q: '王刚付责的项目有那些',
    expect: (d) => d.anyOf(d.refuse('王刚'), d.set([])),
  },
  // L: a funding source the forms do not name
  {
    id: 't26-no-09',
    cat: 'no',
    q: '哪些项目使用了专项债资金？金额分别是多少？',
    expect: (d) => d.refuse('专项债'),
  },
  // J: per-head spending (no population on the forms)
  {
    id: 't26-no-10',
    cat: 'no',
    q: '请核实潞源街道2023年度项目的人均经费。',
    expect: (d) => d.refuse('人均'),
  },
  // K: a half year (the forms are yearly)
  {
    id: 't26-no-11',
    cat: 'no',
    q: '下半年执行了多少 大概',
    expect: (d) => d.refuse('下半年'),
  },
  // L: government procurement and its amounts
  {
    id: 't26-no-12',
    cat: 'no',
    q: '2023年大红门的项目里哪些走的政府采购？采购金额合计多少？',
    expect: (d) => d.refuse('政府采购'),
  },
  // J: a year with no forms
  {
    id: 't26-no-13',
    cat: 'no',
    q: '请统计2019年度河门口街道的项目数量。',
    expect: (d) => noYear(d, '2019', 2019),
  },
  // K: a person not in the data (电画 = 电话)
  {
    id: 't26-no-14',
    cat: 'no',
    q: '张伟电画多少',
    expect: (d) => d.anyOf(d.refuse('张伟'), d.set([])),
  },
  // L: funds arrival rate and date (not on the forms)
  {
    id: 't26-no-15',
    cat: 'no',
    q: '各项目的资金到位率和资金到位时间分别是多少？',
    expect: (d) => d.refuse('到位'),
  },

  // ---------------------------------------------------------------- talk
  // J: a list narrowed by a 总分
  {
    id: 't26-talk-01',
    cat: 'talk',
    pre: '请列示河门口街道全部项目。',
    q: '请仅列示其中总分为98分的项目。',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 98)),
  },
  // K: 路源 = 潞源, 发改为 = 发改委: the same count for another office
  {
    id: 't26-talk-02',
    cat: 'talk',
    pre: '路源的项目有多少个',
    q: '那发改为的呢',
    expect: (d) => d.count(F(d, FG).length),
  },
  // L: a list narrowed to one owner, counted and summed
  {
    id: 't26-talk-03',
    cat: 'talk',
    pre: '大红门全年预算超过1000万的项目有哪些？',
    q: '其中赵康负责的有几个？合计多少钱？',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && money(r, 'annualBudget') > 1000 && owner('赵康')(r));
      return allOf(d.count(rs.length), d.number(sumM(rs, money, 'annualBudget')));
    },
  },
  // J: the same sum for another street
  {
    id: 't26-talk-04',
    cat: 'talk',
    pre: '请统计双井街道项目的全年预算数合计。',
    q: '河门口街道呢？',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  // K: a ranking narrowed to 潞源, under any reading of the rate
  {
    id: 't26-talk-05',
    cat: 'talk',
    pre: '执行率最低的5个项目',
    q: '只要路源的',
    expect: (d) => anyRate(d, (f) => d.top(F(d, LY), f, 5, 'asc')),
  },
  // L: a person's forms summed and averaged
  {
    id: 't26-talk-06',
    cat: 'talk',
    pre: '牛艳维负责的项目有几个？',
    q: '它们的全年预算合计多少？平均每个多少？',
    expect: (d) => {
      const rs = F(d, owner('牛艳维'));
      return allOf(
        d.sumMoney(rs, 'annualBudget'),
        d.avg(rs, (r) => money(r, 'annualBudget')),
      );
    },
  },
  // J: a list ordered and cut (ties at 95 fill the five)
  {
    id: 't26-talk-07',
    cat: 'talk',
    pre: '请列示总分低于100分的项目。',
    q: '请按总分由低到高排序，仅列示前五个。',
    expect: (d) => d.top(F(d, below100), ts, 5, 'asc'),
  },
  // K: his phone: any of the numbers on his forms, or a 电话 column beside his forms
  {
    id: 't26-talk-08',
    cat: 'talk',
    pre: '李毅飞负责的项目',
    q: '他电画多少',
    expect: (d) => {
      const rs = F(d, owner('李毅飞'));
      return d.anyOf(
        says(...new Set(rs.map((r) => r.phone))),
        column(d, '电话', rs, (r) => r.phone),
      );
    },
  },
  // L: the 2020 list without 双井, ranked by 全年预算
  {
    id: 't26-talk-09',
    cat: 'talk',
    pre: '2020年的项目有哪些？',
    q: '去掉双井的，剩下的按全年预算从高到低排。',
    expect: (d) => d.top(F(d, HMK), m1('annualBudget'), F(d, HMK).length, 'desc'),
  },
  // J: a count narrowed by a 总分
  {
    id: 't26-talk-10',
    cat: 'talk',
    pre: '请统计民生保障办公室实施的项目数量。',
    q: '其中总分为95分的有多少个？',
    expect: (d) => d.count(F(d, (r) => MS(r) && ts(r) === 95).length),
  },
  // K: the one form of the lead (大洪门 = 大红门, 总份 = 总分): its owner and phone
  {
    id: 't26-talk-11',
    cat: 'talk',
    pre: '大洪门总份最低的是哪个',
    q: '它付责人谁 电话呢',
    expect: (d) => {
      const r = d.all.filter(DHM).sort((a, b) => ts(a) - ts(b))[0];
      return d.valueAll(r, r.owner, r.phone);
    },
  },
  // L: the ranking of the lead with another money column and another cut
  {
    id: 't26-talk-12',
    cat: 'talk',
    pre: '潞源全年预算前三的项目是哪些？',
    q: '换成全年执行数，列前五个呢？',
    expect: (d) => d.top(F(d, LY), m1('executed'), 5, 'desc'),
  },
  // J: the same count for the other year
  {
    id: 't26-talk-13',
    cat: 'talk',
    pre: '请统计2023年度总分为100分的项目数量。',
    q: '2020年度呢？',
    expect: (d) => d.count(F(d, (r) => yr(2020)(r) && ts(r) === 100).length),
  },
  // K: 满意读 = 满意度; the lead's forms narrowed to 潞源 and counted
  {
    id: 't26-talk-14',
    cat: 'talk',
    pre: '没有满意读指标的表有哪些',
    q: '这里面路源的有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => LY(r) && noSat(r)).length,
        F(d, (r) => LY(r) && (noSat(r) || satNoPoints(r) || satDoubt(r))).length,
      ),
  },
  // L: the lead's forms narrowed to those without a total: their 全年预算 summed (疏整促 both readings) and owners
  {
    id: 't26-talk-15',
    cat: 'talk',
    pre: '发改委各项目的总分是多少？',
    q: '总分空着的那几个，全年预算加起来多少？负责人都是谁？',
    expect: (d) => {
      const rs = F(d, (r) => FG(r) && ts(r) == null);
      return allOf(
        bothM(d, (m) => sumM(rs, m, 'annualBudget')),
        d.anyOf(
          column(d, '负责人', rs, (r) => r.owner),
          saysAll(...rs.map((r) => r.owner)),
        ),
      );
    },
  },
];
