// The twenty-ninth part (helper "blind46"): 120 portfolio questions asked by three people over the 169 forms — (P) a
// 副区长's secretary preparing a one-page briefing, who asks very short questions wanting one figure or one name and
// leaves out the year or the field (潞源花了多少, 谁分最低, 习风园几分), (Q) a staffer of the 区财政局 预算科 who speaks
// budget jargon (追加, 调减, 结转结余, 执行进度, 预算执行率, 资金使用率, 口径, 盘子, 年中, 指标值), and (R) a party
// secretary of a 街道 / 社区 with little finance training, who asks long roundabout questions with the context first,
// politely, and now and then corrects a wrong term in mid-sentence (预算——不对，是执行数). Written by an author who had
// not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the
// records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The twenty-ninth part").
import {
  belowWeight,
  blank,
  budgetScore,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  column,
  F,
  noYear,
  rateDiff,
  rateOff,
  roundedUp,
  tallyBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  bothBudgets,
  CX,
  CX_MAYBE,
  DHM,
  DQ,
  DQ_MAYBE,
  devMissingRows,
  FG,
  groupAlts,
  HMK,
  ids,
  LY,
  left,
  level1Off,
  MS,
  nthOne,
  orderedSet,
  overReaders,
  ownAny,
  owner,
  pct,
  R,
  RATES,
  raise,
  rateFull,
  SJ,
  signed,
  yr,
  yuanKey,
} from './helpers.mjs';

const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const meanOf = (rs, f) => sumOf(rs, f) / rs.length;

export const questions = [
  // ---- money: sums, means, shares and differences over offices, years and people ----
  // P: 花了 = 全年执行数; 潞源 = the 22 forms of 000.
  {
    id: 't29-money-01',
    cat: 'money',
    q: '潞源一共花了多少钱',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  // P: 钱 alone = 全年预算数; 赵康 is a sole owner on every form that names him.
  {
    id: 't29-money-02',
    cat: 'money',
    q: '赵康那些项目加起来多少钱',
    expect: (d) => d.sumMoney(F(d, owner('赵康')), 'annualBudget'),
  },
  // P: the mean 全年预算数 of the nine 河门口 forms.
  {
    id: 't29-money-03',
    cat: 'money',
    q: '河门口平均一个项目多少钱',
    expect: (d) => d.avg(F(d, HMK), (r) => money(r, 'annualBudget')),
  },
  // P: 大红门's share of the 全年预算数 of all forms; 疏整促's 元-in-万元 cell (in the denominator) both ways.
  {
    id: 't29-money-04',
    cat: 'money',
    q: '大红门的钱占全部的百分之几',
    expect: (d) =>
      overReaders(d, (m) =>
        pct(
          d,
          (100 * sumOf(F(d, DHM), (r) => m(r, 'annualBudget'))) / sumOf(d.all, (r) => m(r, 'annualBudget')),
        ),
      ),
  },
  // P: the difference of two owners' 全年预算数 sums, either sign.
  {
    id: 't29-money-05',
    cat: 'money',
    q: '牛艳维跟李毅飞谁的钱多？多多少',
    expect: (d) =>
      signed(
        d,
        sumOf(F(d, owner('牛艳维')), (r) => money(r, 'annualBudget')) -
          sumOf(F(d, owner('李毅飞')), (r) => money(r, 'annualBudget')),
      ),
  },
  // Q: 调整净额 = Σ (全年 − 年初) over the 大红门 forms with both written.
  {
    id: 't29-money-06',
    cat: 'money',
    q: '大红门年初、全年预算都有数的项目，预算调整净额合计是多少？（全年减年初）',
    expect: (d) =>
      signed(
        d,
        sumOf(
          F(d, (r) => DHM(r) && bothBudgets(r)),
          raise,
        ),
      ),
  },
  // Q: the office's own rate, Σ 执行数 ÷ Σ 全年预算数 (the 口径 is named).
  {
    id: 't29-money-07',
    cat: 'money',
    q: '潞源街道整体预算执行率是多少？口径：执行数合计÷预算数合计',
    expect: (d) =>
      pct(
        d,
        (100 * sumOf(F(d, LY), (r) => money(r, 'executed'))) /
          sumOf(F(d, LY), (r) => money(r, 'annualBudget')),
      ),
  },
  // Q: 追加 = 全年 above 年初 (both written); Σ (全年 − 年初) over those forms, every office.
  {
    id: 't29-money-08',
    cat: 'money',
    q: '年中追加了预算的项目（全年预算比年初多的），一共追加了多少万元？',
    expect: (d) =>
      signed(
        d,
        sumOf(
          F(d, (r) => bothBudgets(r) && raise(r) > 0),
          raise,
        ),
      ),
  },
  // Q: 结转结余 = 全年预算数 − 全年执行数 (as the question says), Σ over 发改委; 疏整促 gives 0 either way.
  {
    id: 't29-money-09',
    cat: 'money',
    q: '发改委的结转结余合计多少？按全年预算数减全年执行数算',
    expect: (d) => overReaders(d, (m) => d.number(sumOf(F(d, FG), left(m)))),
  },
  // Q: 晨光路拆迁资金 over the 全年预算数 of the forms whose 实施单位 is 城乡管理办公室; 城乡建设办公室 and
  // 「城乡办、平安办」 may be counted in that 盘子 or not.
  {
    id: 't29-money-10',
    cat: 'money',
    q: '按实施单位口径，晨光路拆迁资金占城乡管理办公室全年预算盘子的比重是多少？',
    expect: (d) => {
      const mine = money(R(d, '003-091'), 'annualBudget');
      const pools = [[], ['003-054'], ['003-095'], CX_MAYBE].map((extra) =>
        F(d, (r) => CX(r) || extra.includes(r.id)),
      );
      return d.anyOf(...pools.map((p) => pct(d, (100 * mine) / sumOf(p, (r) => money(r, 'annualBudget')))));
    },
  },
  // R: 还剩多少钱没花完 = Σ (全年预算数 − 全年执行数) over 李哲's two 小微 forms (000-015, 000-016).
  {
    id: 't29-money-11',
    cat: 'money',
    q: '我是潞源街道的，最近要给社区的同志们讲讲钱是怎么花的。我想知道我们街道李哲负责的那两个小微项目，一共还剩多少钱没花完？',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => LY(r) && owner('李哲')(r)),
          left(money),
        ),
      ),
  },
  // R: mean 全年预算数 over the forms whose 实施单位 is 民生保障办公室 (with 003-055's 「民生保障办公室是」).
  {
    id: 't29-money-12',
    cat: 'money',
    q: '麻烦问一下，大红门那边由民生保障办公室实施的项目，平均下来每个项目的全年预算大概是多少？我不太懂这些，就是总数除以个数的意思。',
    expect: (d) => d.avg(F(d, MS), (r) => money(r, 'annualBudget')),
  },
  // R: the 河门口 forms with a 年初预算数 written (004-007, 004-009, 004-012): Σ 年初 and Σ 全年.
  {
    id: 't29-money-13',
    cat: 'money',
    q: '我们河门口街道2020年有些项目年初预算是空着的，后来才有全年预算。我想知道年初预算填了的那几个项目，年初加起来是多少，全年加起来又是多少？',
    expect: (d) => {
      const rs = F(d, (r) => HMK(r) && money(r, 'initialBudget') != null);
      return allOf(
        d.number(sumOf(rs, (r) => money(r, 'initialBudget'))),
        d.number(sumOf(rs, (r) => money(r, 'annualBudget'))),
      );
    },
  },
  // R (corrects 预算 to 执行数): mean 全年执行数 of 潞源 minus that of 大红门, either sign.
  {
    id: 't29-money-14',
    cat: 'money',
    q: '领导让我比一比潞源和大红门，平均每个项目的预算——不对，是平均每个项目的执行数，哪个街道多，多多少？',
    expect: (d) =>
      signed(
        d,
        meanOf(F(d, LY), (r) => money(r, 'executed')) - meanOf(F(d, DHM), (r) => money(r, 'executed')),
      ),
  },
  // R: every form naming 赵路广, the shared 「赵路广、孟卓聪」 one included as the question says.
  {
    id: 't29-money-15',
    cat: 'money',
    q: '我这边要做个统计，凡是赵路广负责的项目，包括他和别人一起负责的那一个，执行数一共是多少？谢谢',
    expect: (d) => d.number(sumOf(F(d, ownAny('赵路广')), (r) => money(r, 'executed'))),
  },

  // ---- audit: SCORING §7–8 checks in new wordings ----
  // P: TOTAL_MISSING (002-004, 002-006, 002-007).
  {
    id: 't29-audit-01',
    cat: 'audit',
    q: '总分没填的有哪些',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  // P: RATE_MISMATCH (000-006, 003-072); a form whose stated rate differs from the computed one only by the rounding
  // or truncation SCORING §7 allows may be listed.
  {
    id: 't29-audit-02',
    cat: 'audit',
    q: '执行率填错的是哪几个',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  // P: TOTAL_WEIGHT_NOT_100: the 总分 row's 分值 written 1000 (002-003).
  {
    id: 't29-audit-03',
    cat: 'audit',
    q: '总分满分写成1000的是哪个',
    expect: (d) => d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
  },
  // P: DEVIATION_MISSING forms of 大红门: 003-018 and 003-140; 003-055's reason is printed under the row in the text
  // (the record files it as the next row's name), so it may be counted or not.
  {
    id: 't29-audit-04',
    cat: 'audit',
    q: '大红门扣了分没写原因的几个',
    expect: (d) => d.countRange(2, F(d, (r) => DHM(r) && devMissingRows(r).length > 0).length),
  },
  // P: PHONE_FORMAT, two numbers in one cell (003-095).
  {
    id: 't29-audit-05',
    cat: 'audit',
    q: '电话填了俩号码的是哪个',
    expect: (d) => d.set(F(d, (r) => /[、,，;；/]/.test(norm(r.phone)))),
  },
  // Q: BUDGET_SCORE_MISMATCH by the rate from the amounts (the 口径 is named); 平安建设经费 (a pdf-text row with five
  // values for six cells) and the three forms whose budget 得分 is blank may be listed.
  {
    id: 't29-audit-06',
    cat: 'audit',
    q: '预算执行得分与执行率不匹配的项目清单，执行率按执行数÷预算数口径',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScoreOff(r) && r.id !== '003-127'),
        F(d, (r) => budgetScoreOff(r) || r.id === '003-127' || budgetScore(r) == null),
      ),
  },
  // Q: LEVEL1_WEIGHTS_NONSTANDARD in 发改委 (6 of its 8 forms; 002-003 and 002-006 are 50/30/10).
  {
    id: 't29-audit-07',
    cat: 'audit',
    q: '一级指标权重不符合产出50、效益30、满意度10结构的，发改委有哪些项目？',
    expect: (d) => d.set(F(d, (r) => FG(r) && level1Off(r))),
  },
  // Q: FUNDS_UNIT_SUSPECT: 疏整促 writes 1,863,180 (元) in the 万元 column.
  {
    id: 't29-audit-08',
    cat: 'audit',
    q: '金额量级明显不对、疑似把元当成万元填报的项目是哪个？',
    expect: (d) => d.set([R(d, '002-007')]),
  },
  // Q: RATE_ROUNDED_UP_TO_FULL (002-002: 199.9 of 200 stated 100%).
  {
    id: 't29-audit-09',
    cat: 'audit',
    q: '填报执行率为100%、但执行数小于预算数的项目有哪些？',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  // Q: rows of 河门口 scored below their weight with an empty 偏差原因 (every deducted row there: 21).
  {
    id: 't29-audit-10',
    cat: 'audit',
    q: '河门口街道扣了分却没写偏差原因的三级指标一共多少条？',
    expect: (d) => d.count(sumOf(F(d, HMK), (r) => devMissingRows(r).length)),
  },
  // R: a phone number with one digit too many: the 9-digit numbers (002-001, 003-024); 003-095's cell with two
  // 8-digit numbers may be listed as a phone written wrong.
  {
    id: 't29-audit-11',
    cat: 'audit',
    q: '我听财政所的同志说，有的表联系电话位数不对，像是多打了一位数。麻烦帮我查查是哪些项目，谢谢您',
    expect: (d) => d.setTol([R(d, '002-001'), R(d, '003-024')], [R(d, '003-095')]),
  },
  // R: SATISFACTION_MISSING in 潞源 (no satisfaction row: 9 of 22), the count and its share.
  {
    id: 't29-audit-12',
    cat: 'audit',
    q: '区里说满意度指标是必须要设的。我们潞源街道有几个项目没设满意度指标？占我们街道全部项目的多少？',
    expect: (d) => {
      const n = F(d, (r) => LY(r) && noSat(r)).length;
      return allOf(d.count(n), pct(d, (100 * n) / F(d, LY).length));
    },
  },
  // R: RATE_MISMATCH in 大红门 (003-072 states 80.5 % of amounts that give 100 %); 平安建设经费's empty rate cell
  // may be listed.
  {
    id: 't29-audit-13',
    cat: 'audit',
    q: '我们大红门街道有没有执行率算错的？就是用执行数除以预算数，跟表上写的执行率对不上的那种，麻烦帮我找找',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && rateOff(r)),
        F(d, (r) => DHM(r) && (rateDiff(r) || rate(r) == null)),
      ),
  },
  // R: SCORE_ABOVE_WEIGHT: no indicator row; 平安建设经费's budget row (100％ against 10) may count.
  {
    id: 't29-audit-14',
    cat: 'audit',
    q: '财政局的同志说，指标得分不能比分值还高。您帮我看一下，全区有没有哪一条指标得分超过了分值的？有的话是哪个项目',
    expect: (d) => d.setTol([], [R(d, '003-127')]),
  },
  // R: the 执行率 cell or the budget 得分 cell of 年度资金总额 left empty in 大红门: 003-080, 003-112, 003-141 (得分) and
  // 003-127 (one of the two, whichever way its five values are read).
  {
    id: 't29-audit-15',
    cat: 'audit',
    q: '我们街道（大红门）有的表，执行率那一格是空的，或者预算执行的得分那一格空着没填。能帮我找出来是哪几个项目吗？',
    expect: (d) =>
      d.set(F(d, (r) => DHM(r) && (rate(r) == null || budgetScore(r) == null || r.id === '003-127'))),
  },

  // ---- order: rankings with a filter, n-th place, bottom N ----
  // P: the lowest 总分 (003-094, 90); naming its person answers 谁 as well.
  {
    id: 't29-order-01',
    cat: 'order',
    q: '谁分最低',
    expect: (d) => d.anyOf(d.top(d.all, ts, 1, 'asc'), d.value(R(d, '003-094'), '王秋香')),
  },
  // P: 钱 = 全年预算数; amounts compared to 1 元 (003-007 and 003-022 tie).
  {
    id: 't29-order-02',
    cat: 'order',
    q: '大红门钱最多的前三个',
    expect: (d) => d.top(F(d, DHM), yuanKey(money, 'annualBudget'), 3, 'desc'),
  },
  // P: 执行率倒数第二 in 潞源 under each reading (stated: 99 % three times, any one of them; computed: 000-006).
  {
    id: 't29-order-03',
    cat: 'order',
    q: '潞源执行率倒数第二是哪个',
    expect: (d) => d.anyOf(...RATES.map((k) => nthOne(d, F(d, LY), k, 2, 'asc'))),
  },
  // P: 花钱 = 全年执行数, the smallest in 发改委 (002-001).
  {
    id: 't29-order-04',
    cat: 'order',
    q: '发改委花钱最少的',
    expect: (d) => overReaders(d, (m) => d.top(F(d, FG), yuanKey(m, 'executed'), 1, 'asc')),
  },
  // P: 分数 = 总分; the three lowest of 河门口 (three at 97).
  { id: 't29-order-05', cat: 'order', q: '河门口分数后三名', expect: (d) => d.top(F(d, HMK), ts, 3, 'asc') },
  // Q: 调增额 = 全年 − 年初 where both are written, 2023, the five largest.
  {
    id: 't29-order-06',
    cat: 'order',
    q: '2023年度预算调增额最大的前五个项目（全年预算减年初预算，两者都填了的）',
    expect: (d) =>
      d.top(
        F(d, (r) => yr(2023)(r) && bothBudgets(r)),
        raise,
        5,
        'desc',
      ),
  },
  // Q: the rate from the amounts below 100 %, ascending; 000-021 (15.999652 of 16: 99.998 %, shown as 100.00 %) may
  // be listed.
  {
    id: 't29-order-07',
    cat: 'order',
    q: '执行率不到100%的项目，按执行率从低到高排（口径：全年执行数÷全年预算数）',
    expect: (d) =>
      orderedSet(
        d,
        F(d, (r) => rateFull(r) != null && rateFull(r) < 99.995),
        F(d, (r) => rateFull(r) != null && rateFull(r) >= 99.995 && rateFull(r) < 100 - 1e-9),
        rateFull,
        'asc',
      ),
  },
  // Q: 牛艳维's forms by 全年预算数, the third.
  {
    id: 't29-order-08',
    cat: 'order',
    q: '牛艳维名下项目中全年预算排第三的是哪个',
    expect: (d) => nthOne(d, F(d, owner('牛艳维')), yuanKey(money, 'annualBudget'), 3, 'desc'),
  },
  // Q: 实施单位 党群工作办公室 (as written, or with 「党群办」 003-071), the three largest 全年执行数.
  {
    id: 't29-order-09',
    cat: 'order',
    q: '实施单位为党群工作办公室的项目，执行数排前三的是哪几个',
    expect: (d) =>
      d.anyOf(
        d.top(F(d, DQ), yuanKey(money, 'executed'), 3, 'desc'),
        d.top(
          F(d, (r) => DQ(r) || DQ_MAYBE.includes(r.id)),
          yuanKey(money, 'executed'),
          3,
          'desc',
        ),
      ),
  },
  // Q: among the forms whose 总分 is below 100, the three smallest 全年预算数.
  {
    id: 't29-order-10',
    cat: 'order',
    q: '总分低于100分的项目里，预算规模最小的三个',
    expect: (d) =>
      d.top(
        F(d, (r) => ts(r) != null && ts(r) < 100),
        yuanKey(money, 'annualBudget'),
        3,
        'asc',
      ),
  },
  // R: 张宏's forms, the two smallest 全年执行数.
  {
    id: 't29-order-11',
    cat: 'order',
    q: '我们大红门街道项目太多了，我一个个看不过来。能不能帮我找一下张宏负责的项目里，执行数最少的两个是哪两个？',
    expect: (d) => d.top(F(d, owner('张宏')), yuanKey(money, 'executed'), 2, 'asc'),
  },
  // R: 潞源 by 全年预算数, the third (000-022).
  {
    id: 't29-order-12',
    cat: 'order',
    q: '我们潞源街道一共二十来个项目，我想按预算从大到小排一排，排在第三位的是哪个项目？',
    expect: (d) => nthOne(d, F(d, LY), yuanKey(money, 'annualBudget'), 3, 'desc'),
  },
  // R (corrects 预算 to 执行数): 李毅飞's three largest 全年执行数.
  {
    id: 't29-order-13',
    cat: 'order',
    q: '李毅飞同志负责的项目比较多，我想看看其中预算——哦不对，是执行数——最大的三个是哪些',
    expect: (d) => d.top(F(d, owner('李毅飞')), yuanKey(money, 'executed'), 3, 'desc'),
  },
  // R: 钱 = 全年预算数; 河门口's three smallest, ascending.
  {
    id: 't29-order-14',
    cat: 'order',
    q: '社区里的同志问我，河门口街道2020年那几个项目，钱最少的三个是哪些？麻烦从少到多排一下',
    expect: (d) => d.top(F(d, HMK), yuanKey(money, 'annualBudget'), 3, 'asc'),
  },
  // R: 姚庆峰's largest and smallest 全年执行数 (two asks).
  {
    id: 't29-order-15',
    cat: 'order',
    q: '我想了解一下姚庆峰负责的那几个项目，哪个执行数最多，哪个最少？',
    expect: (d) =>
      allOf(
        d.top(F(d, owner('姚庆峰')), yuanKey(money, 'executed'), 1, 'desc'),
        d.top(F(d, owner('姚庆峰')), yuanKey(money, 'executed'), 1, 'asc'),
      ),
  },

  // ---- desk: one project's facts by a shortened name ----
  // P: 经济大脑 = 通州区“经济大脑”服务项目.
  { id: 't29-desk-01', cat: 'desk', q: '经济大脑谁负责', expect: (d) => d.value(R(d, '002-005'), '张旖斐') },
  // P: 多少钱 = 全年预算数 (1342.2393 万元).
  {
    id: 't29-desk-02',
    cat: 'desk',
    q: '晨光路拆迁多少钱',
    expect: (d) => d.value(R(d, '003-091'), 1342.2393),
  },
  // P: 几分 = 总分.
  { id: 't29-desk-03', cat: 'desk', q: '习风园几分', expect: (d) => d.value(R(d, '004-011'), 97) },
  // P: 疏整促 = 2023“疏整促”专班经费.
  {
    id: 't29-desk-04',
    cat: 'desk',
    q: '疏整促电话多少',
    expect: (d) => d.value(R(d, '002-007'), '69541770'),
  },
  // P: 朗清园's rate, stated (99.9 %) or from its amounts (98.86 %).
  {
    id: 't29-desk-05',
    cat: 'desk',
    q: '朗清园执行率',
    expect: (d) => d.value(R(d, '000-006'), 99.9, rateComputed(R(d, '000-006'))),
  },
  // Q: 通州区重大投资项目规划谋划: rate 99.99 % and 结余 (全年预算 − 执行数) 0.1 万元, both said.
  {
    id: 't29-desk-06',
    cat: 'desk',
    q: '重大投资项目规划谋划的预算执行率和结余资金各是多少？',
    expect: (d) => d.valueAll(R(d, '002-013'), 99.99, 0.1),
  },
  // Q: 社区文化活动场所（三线干部建设学院）项目: its 年初预算数 cell is empty on the form.
  {
    id: 't29-desk-07',
    cat: 'desk',
    q: '三线干部建设学院那个项目的年初预算数是多少',
    expect: (d) => d.empty(R(d, '004-008')),
  },
  // Q: “两新”党组织书记、党务工作者岗位补贴: 年初 12, 全年 11.8, 调减 0.2 (either sign).
  {
    id: 't29-desk-08',
    cat: 'desk',
    q: '“两新”党组织书记补贴年中调减了多少？',
    expect: (d) => d.value(R(d, '003-012'), 0.2, -0.2),
  },
  // Q: 2023年节能专项资金: 主管部门 北京市通州区发展和改革委员会, 实施单位 区发改委, both said.
  {
    id: 't29-desk-09',
    cat: 'desk',
    q: '节能专项资金的主管部门和实施单位分别是？',
    expect: (d) => d.valueAll(R(d, '002-006'), '北京市通州区发展和改革委员会', '区发改委'),
  },
  // Q: 资金使用率 = 执行率 (100 %, stated and computed).
  {
    id: 't29-desk-10',
    cat: 'desk',
    q: '人防工程公益化利用项目的资金使用率是多少',
    expect: (d) => d.value(R(d, '003-128'), 100),
  },
  // R: 习风园改造项目: 总分 97; the 004 forms have no 项目负责人 row (empty).
  {
    id: 't29-desk-11',
    cat: 'desk',
    q: '我们社区原来报过一个习风园的改造项目，我想问问这个项目最后得了多少分，负责人写的是谁？',
    expect: (d) => allOf(d.value(R(d, '004-011'), 97), d.empty(R(d, '004-011'))),
  },
  // R: 政法委以奖代补奖励: 负责人 blank, 电话 89538761.
  {
    id: 't29-desk-12',
    cat: 'desk',
    q: '政法委以奖代补那个项目，我记得负责人一栏好像没填，您帮我确认一下，顺便告诉我它的联系电话',
    expect: (d) => allOf(d.empty(R(d, '000-007')), d.value(R(d, '000-007'), '89538761')),
  },
  // R: 大李窑、马公庄平房区消防设施水源建设项目资金: 全年执行数 113.9771984 (113.98).
  {
    id: 't29-desk-13',
    cat: 'desk',
    q: '大红门那个消防水源建设的项目，就是大李窑、马公庄平房区那个，全年执行数是多少？',
    expect: (d) => d.value(R(d, '003-096'), 113.9771984),
  },
  // R: 2023年接诉即办奖励金: 葛帅, 89536676, both said.
  {
    id: 't29-desk-14',
    cat: 'desk',
    q: '我想问一下接诉即办奖励金是谁负责的，电话是多少，我有点事情要找他',
    expect: (d) => d.valueAll(R(d, '000-022'), '葛帅', '89536676'),
  },
  // R: 社区邻里互助服务活动项目: 全年执行数 0.6 万元 = 6000 元.
  {
    id: 't29-desk-15',
    cat: 'desk',
    q: '我们社区搞的邻里互助服务活动那个项目，一共花了多少钱？我看不惯万元，麻烦换算成元告诉我',
    expect: (d) => d.value(R(d, '003-133'), 6000),
  },

  // ---- tally: counts and per-group figures ----
  // P: 满分 = 总分 100.
  {
    id: 't29-tally-01',
    cat: 'tally',
    q: '满分的几个',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  // P: 赵康's forms.
  {
    id: 't29-tally-02',
    cat: 'tally',
    q: '赵康手上几个项目',
    expect: (d) => d.count(F(d, owner('赵康')).length),
  },
  // P: 负责人 blank or no such row (six 潞源 forms, the nine 河门口 forms).
  {
    id: 't29-tally-03',
    cat: 'tally',
    q: '没写负责人的几个',
    expect: (d) => d.count(F(d, (r) => blank(r.owner)).length),
  },
  // P: forms per year.
  {
    id: 't29-tally-04',
    cat: 'tally',
    q: '分年度各几个项目',
    expect: (d) =>
      d.groups(
        tallyBy(
          d.all,
          (r) => String(r.year),
          () => 1,
        ),
      ),
  },
  // P: 分 = 总分; the mean over the 128 大红门 forms (every one states one).
  { id: 't29-tally-05', cat: 'tally', q: '大红门平均分', expect: (d) => d.avg(F(d, DHM), ts) },
  // Q: the stated rate below 100 % in 2023 (8 潞源, 002-013, 003-072; 003-127's empty rate is not counted).
  {
    id: 't29-tally-06',
    cat: 'tally',
    q: '2023年度填报执行率未达100%的项目数',
    expect: (d) => d.count(F(d, (r) => yr(2023)(r) && rate(r) != null && rate(r) < 100).length),
  },
  // Q: forms per 负责人 among those whose 实施单位 is 城乡管理办公室; 城乡建设办公室 (003-054, 赵康) and 「城乡办、平安办」
  // (003-095, 「赵路广、孟卓聪」 as written or counted for each) may be in the pool.
  {
    id: 't29-tally-07',
    cat: 'tally',
    q: '按实施单位口径，城乡管理办公室的项目按负责人分别统计个数',
    expect: (d) => {
      const alts = [];
      for (const with054 of [false, true])
        for (const how095 of ['out', 'asWritten', 'split']) {
          const rs = F(d, (r) => CX(r) || (with054 && r.id === '003-054'));
          const m = tallyBy(
            rs,
            (r) => norm(r.owner),
            () => 1,
          );
          if (how095 === 'asWritten') m['赵路广、孟卓聪'] = 1;
          if (how095 === 'split') {
            m.赵路广 = (m.赵路广 ?? 0) + 1;
            m.孟卓聪 = (m.孟卓聪 ?? 0) + 1;
          }
          alts.push(m);
        }
      return groupAlts(d, alts);
    },
  },
  // Q: 总分 95 in 大红门: the count and its share of the office's 128 forms.
  {
    id: 't29-tally-08',
    cat: 'tally',
    q: '大红门总分为95分的项目数，以及占大红门全部项目的比重',
    expect: (d) => {
      const n = F(d, (r) => DHM(r) && ts(r) === 95).length;
      return allOf(d.count(n), pct(d, (100 * n) / F(d, DHM).length));
    },
  },
  // Q: per year, Σ 执行数 ÷ Σ 全年预算数; 疏整促's cell (2023) both ways.
  {
    id: 't29-tally-09',
    cat: 'tally',
    q: '分年度的预算执行率是多少，口径：执行数合计÷预算数合计',
    expect: (d) =>
      overReaders(d, (m) => {
        const g = {};
        for (const y of [2020, 2023]) {
          const rs = F(d, yr(y));
          g[String(y)] = (100 * sumOf(rs, (r) => m(r, 'executed'))) / sumOf(rs, (r) => m(r, 'annualBudget'));
        }
        return d.groups(g);
      }),
  },
  // Q: forms with a row scored below its weight, per year; a satisfaction row saying 未做 with an empty 得分 (003-094,
  // 003-135) may be read as a deduction.
  {
    id: 't29-tally-10',
    cat: 'tally',
    q: '绩效指标有扣分（得分低于分值）的项目，按年度统计个数',
    expect: (d) => {
      const base = F(d, belowWeight);
      const extra = F(d, (r) => ['003-094', '003-135'].includes(r.id) && !belowWeight(r));
      const alts = [];
      for (let k = 0; k <= extra.length; k++) {
        const rs = [...base, ...extra.slice(0, k)];
        alts.push(
          tallyBy(
            rs,
            (r) => String(r.year),
            () => 1,
          ),
        );
      }
      return groupAlts(d, alts);
    },
  },
  // R (corrects the ask): 李毅飞's forms whose 总分 is not 100.
  {
    id: 't29-tally-11',
    cat: 'tally',
    q: '我们大红门街道的项目，李毅飞负责的有多少个——不对，我是想问他负责的里面有几个不是100分的？',
    expect: (d) => d.count(F(d, (r) => owner('李毅飞')(r) && ts(r) !== 100).length),
  },
  // R: 总分 98 in 河门口.
  {
    id: 't29-tally-12',
    cat: 'tally',
    q: '我是河门口街道的，想知道我们街道2020年报上来的项目里，总分98分的有几个？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && ts(r) === 98).length),
  },
  // R: a satisfaction row saying 未做 in 大红门 (23 by the records; the three satDoubt forms whose text reads
  // 「5 0 未做」 may be counted).
  {
    id: 't29-tally-13',
    cat: 'tally',
    q: '社区书记开会要用，我想知道咱们大红门街道满意度没做的项目，就是表上写了“未做”的，一共有几个？',
    expect: (d) => {
      const n = F(d, (r) => DHM(r) && satNotDone(r)).length;
      return d.countRange(n, n + F(d, ids('003-041', '003-139', '003-142')).length);
    },
  },
  // R: forms per 负责人 in 潞源, the blank owners left out.
  {
    id: 't29-tally-14',
    cat: 'tally',
    q: '我们潞源街道的项目，能不能帮我统计一下每个负责人各负责几个？没写负责人的就不用算了',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, (r) => LY(r) && !blank(r.owner)),
          (r) => norm(r.owner),
          () => 1,
        ),
      ),
  },
  // R: 年初 and 全年 both written and different (a 年初 of 0 is written).
  {
    id: 't29-tally-15',
    cat: 'tally',
    q: '有的项目年初预算和全年预算不一样，我想知道这样的项目一共有几个？年初没填的就不算了',
    expect: (d) => d.count(F(d, (r) => bothBudgets(r) && raise(r) !== 0).length),
  },

  // ---- rows: indicator rows ----
  // P: real (non-template) 三级指标 rows of 经济大脑.
  {
    id: 't29-rows-01',
    cat: 'rows',
    q: '经济大脑几个指标',
    expect: (d) => d.count(rows(R(d, '002-005')).length),
  },
  // P: 朗清园's satisfaction row: 实际完成值 90 % (指标值 ≥90%).
  { id: 't29-rows-02', cat: 'rows', q: '朗清园满意度多少', expect: (d) => d.value(R(d, '000-006'), '90%') },
  // P: 习风园's rows below weight: 建立廉政文化教育基地, 持续弘扬“三线文化”…, 打造三线文化教育产业 (all three named).
  {
    id: 't29-rows-03',
    cat: 'rows',
    q: '习风园哪几条扣分了',
    expect: (d) => d.valueAll(R(d, '004-011'), '廉政文化教育基地', '弘扬', '打造三线文化教育产业'),
  },
  // P: 公益电影放映补贴: its one deducted row's 偏差原因 (参与观活动人群固定范覆盖有限…).
  {
    id: 't29-rows-04',
    cat: 'rows',
    q: '公益电影那条扣分的原因',
    expect: (d) => d.value(R(d, '000-027'), '覆盖有限'),
  },
  // P: 疏整促's rows.
  {
    id: 't29-rows-05',
    cat: 'rows',
    q: '疏整促几条指标',
    expect: (d) => d.count(rows(R(d, '002-007')).length),
  },
  // Q: 法律顾问: Σ 分值 of its 产出指标 rows (80).
  {
    id: 't29-rows-06',
    cat: 'rows',
    q: '法律顾问项目产出指标的分值合计是多少',
    expect: (d) => {
      const r = R(d, '002-001');
      return d.value(
        r,
        sumOf(
          rows(r).filter((i) => norm(i.level1).includes('产出')),
          (i) => i.weight,
        ),
      );
    },
  },
  // Q: 接诉即办-社区, row 社工办单奖励: 指标值 ≥1, 实际完成值 66 (both said).
  {
    id: 't29-rows-07',
    cat: 'rows',
    q: '接诉即办-社区项目里“社工办单奖励”这个三级指标，指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-019'), '≥1', 66),
  },
  // Q: 大红门 forms whose satisfaction block weighs 5 (80 by the records; 003-041, 003-139, 003-142, whose text shows
  // a 5-point satisfaction row the record lacks, may be counted).
  {
    id: 't29-rows-08',
    cat: 'rows',
    q: '大红门满意度指标分值为5分的项目有多少个',
    expect: (d) => {
      const sat = (r) => rows(r).filter((i) => norm(i.level1).includes('满意度'));
      const n = F(d, (r) => DHM(r) && sat(r).length > 0 && sumOf(sat(r), (i) => i.weight) === 5).length;
      return d.countRange(
        n,
        n + F(d, (r) => ['003-041', '003-139', '003-142'].includes(r.id) && satDoubt(r)).length,
      );
    },
  },
  // Q: 朗清园's 成本指标 row: 指标值 4378657.2元, 实际完成值 4333848元 (both said).
  {
    id: 't29-rows-09',
    cat: 'rows',
    q: '朗清园项目成本指标的年度指标值和实际完成值各是多少',
    expect: (d) => d.valueAll(R(d, '000-006'), 4378657.2, 4333848),
  },
  // Q: mean number of real rows per 潞源 form, to one decimal.
  {
    id: 't29-rows-10',
    cat: 'rows',
    q: '潞源的项目平均每个设了几条三级指标',
    expect: (d) =>
      d.number(
        meanOf(F(d, LY), (r) => rows(r).length),
        0.051,
      ),
  },
  // R: 2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（区级）: satisfaction row ≥80% / 100% (both said).
  {
    id: 't29-rows-11',
    cat: 'rows',
    q: '我们潞源街道有个文化馆免费开放补助的项目，区级的那个，我想知道它的满意度指标是怎么设的，目标值是多少，实际完成了多少？',
    expect: (d) => d.valueAll(R(d, '000-020'), '≥80%', '100%'),
  },
  // R: 2021年度老旧小区完善类改造项目: the satisfaction row's reason, wrapped into the next row by the pdf-text record.
  {
    id: 't29-rows-12',
    cat: 'rows',
    q: '老旧小区改造那个项目，满意度好像扣了2分，我想知道偏差原因写的是什么，审计可能会问到',
    expect: (d) => d.value(R(d, '003-007'), '施工会影响个别底商营业'),
  },
  // R: rows of the two 双井 forms together.
  {
    id: 't29-rows-13',
    cat: 'rows',
    q: '我们双井街道那两个疫情防控的项目，指标一共设了多少条？我想跟别的街道比一比',
    expect: (d) => d.count(sumOf(F(d, SJ), (r) => rows(r).length)),
  },
  // R: 河门口 forms with a 质量指标 row scored below its weight.
  {
    id: 't29-rows-14',
    cat: 'rows',
    q: '我们河门口街道的项目里，质量指标那一条没拿满分的有哪几个？',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            HMK(r) &&
            rows(r).some(
              (i) =>
                norm(i.level2).includes('质量') && i.weight != null && i.score != null && i.score < i.weight,
            ),
        ),
      ),
  },
  // R: rows whose 二级指标 is 数量指标 over the 潞源 forms.
  {
    id: 't29-rows-15',
    cat: 'rows',
    q: '请问一下，我们潞源街道的项目，数量指标一共设了多少条？我想心里有个数',
    expect: (d) =>
      d.count(sumOf(F(d, LY), (r) => rows(r).filter((i) => norm(i.level2).includes('数量')).length)),
  },

  // ---- talk: follow-ups (pre = the question asked just before, in the same chat) ----
  // P: 那双井呢 after a count of 潞源.
  {
    id: 't29-talk-01',
    cat: 'talk',
    pre: '潞源有几个项目',
    q: '双井呢',
    expect: (d) => d.count(F(d, SJ).length),
  },
  // P: 钱呢 after 张宏's count = Σ 全年预算数 of his forms.
  {
    id: 't29-talk-02',
    cat: 'talk',
    pre: '张宏负责几个项目',
    q: '钱呢',
    expect: (d) => d.sumMoney(F(d, owner('张宏')), 'annualBudget'),
  },
  // P: the owner of 大红门's lowest 总分 (003-094).
  {
    id: 't29-talk-03',
    cat: 'talk',
    pre: '大红门总分最低的是哪个',
    q: '谁负责的',
    expect: (d) => d.value(R(d, '003-094'), '王秋香'),
  },
  // P: 晨光路拆迁's phone after its owner.
  {
    id: 't29-talk-04',
    cat: 'talk',
    pre: '晨光路拆迁谁负责',
    q: '电话呢',
    expect: (d) => d.value(R(d, '003-091'), '67270318'),
  },
  // P: the same top three by 全年执行数.
  {
    id: 't29-talk-05',
    cat: 'talk',
    pre: '潞源预算最多的三个',
    q: '换成执行数',
    expect: (d) => d.top(F(d, LY), yuanKey(money, 'executed'), 3, 'desc'),
  },
  // Q: the stated rate below 100 % in 2023, narrowed to 潞源.
  {
    id: 't29-talk-06',
    cat: 'talk',
    pre: '2023年度填报执行率低于100%的项目',
    q: '其中潞源的有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && rate(r) != null && rate(r) < 100).length),
  },
  // Q: among 大红门's forms with both budgets, those 调减 (年初 > 全年): Σ (年初 − 全年).
  {
    id: 't29-talk-07',
    cat: 'talk',
    pre: '大红门年初预算和全年预算都填了的项目',
    q: '其中调减的，合计调减了多少',
    expect: (d) =>
      signed(
        d,
        -sumOf(
          F(d, (r) => DHM(r) && bothBudgets(r) && raise(r) < 0),
          raise,
        ),
      ),
  },
  // Q: the same person's forms by 年初预算数 (a blank 年初 adds nothing).
  {
    id: 't29-talk-08',
    cat: 'talk',
    pre: '牛艳维名下项目的全年预算合计',
    q: '按年初预算口径呢',
    expect: (d) => d.sumMoney(F(d, owner('牛艳维')), 'initialBudget'),
  },
  // Q: 实施单位 城乡管理办公室 (each pool as in t29-money-10), those with a row scored below its weight (3); a
  // satisfaction row saying 未做 with an empty 得分 (003-094, 003-135, both of that office) may be read as a deduction.
  {
    id: 't29-talk-09',
    cat: 'talk',
    pre: '实施单位是城乡管理办公室的项目有多少个',
    q: '其中指标有扣分的呢',
    expect: (d) => {
      const pool = (r) => CX(r) || CX_MAYBE.includes(r.id);
      const n = F(d, (r) => pool(r) && belowWeight(r)).length;
      const blankScored = F(
        d,
        (r) => pool(r) && !belowWeight(r) && ['003-094', '003-135'].includes(r.id),
      ).length;
      return d.countRange(n, n + blankScored);
    },
  },
  // Q: 潞源's forms whose 总分 is not 100, with their 负责人 (blank ones shown empty or as 未填).
  {
    id: 't29-talk-10',
    cat: 'talk',
    pre: '潞源总分不是满分的项目',
    q: '把负责人也列上',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && ts(r) !== 100);
      return allOf(
        d.set(rs),
        column(d, '负责人', rs, (r) => r.owner),
      );
    },
  },
  // R: 河门口's forms, those with 总分 97.
  {
    id: 't29-talk-11',
    cat: 'talk',
    pre: '我想知道我们河门口街道2020年的项目都有哪些',
    q: '这些里面总分是97分的是哪几个呀？我要记下来',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 97)),
  },
  // R: 李毅飞's forms, Σ 全年执行数.
  {
    id: 't29-talk-12',
    cat: 'talk',
    pre: '请帮我查一下李毅飞负责的项目一共有多少个',
    q: '那这些项目的执行数加起来是多少呢？麻烦您了',
    expect: (d) => d.sumMoney(F(d, owner('李毅飞')), 'executed'),
  },
  // R: the 大红门 forms whose satisfaction row says 未做, listed with their 负责人 (the three satDoubt forms whose text
  // reads 「5 0 未做」 may be among them).
  {
    id: 't29-talk-13',
    cat: 'talk',
    pre: '我们大红门街道满意度写了“未做”的项目有几个',
    q: '那它们分别是谁负责的呢？列出来我好一个个去问',
    expect: (d) => {
      const must = F(d, (r) => DHM(r) && satNotDone(r));
      const may = F(d, ids('003-041', '003-139', '003-142'));
      return allOf(
        d.setTol(must, may),
        column(d, '负责人', [...must, ...may], (r) => r.owner),
      );
    },
  },
  // R: 它 = 潞源's largest 全年预算数 (000-006): 还剩 = 438 − 433 = 5 万元.
  {
    id: 't29-talk-14',
    cat: 'talk',
    pre: '帮我看看潞源街道预算最多的是哪个项目',
    q: '它还剩多少钱没花？',
    expect: (d) => d.value(R(d, '000-006'), left(money)(R(d, '000-006'))),
  },
  // R: the same sum (全年预算数) for 河门口.
  {
    id: 't29-talk-15',
    cat: 'talk',
    pre: '我们双井街道2020年的两个疫情防控项目，一共多少钱',
    q: '那河门口街道同一年的呢？我想比较一下',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },

  // ---- no: what the forms cannot answer (a refusal, or for an absent year or place nothing for it) ----
  // P: 今年 = 2026 (README): no forms.
  { id: 't29-no-01', cat: 'no', q: '潞源今年钱花了多少', expect: (d) => noYear(d, '今年', 2026) },
  // P: 去年 = 2025.
  { id: 't29-no-02', cat: 'no', q: '去年大红门几个项目', expect: (d) => noYear(d, '去年', 2025) },
  // P: 海淀 is in no form: a refusal, an empty list or 0.
  {
    id: 't29-no-03',
    cat: 'no',
    q: '海淀几个项目',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([]), d.count(0)),
  },
  // P: 前年 = 2024.
  { id: 't29-no-04', cat: 'no', q: '前年发改委花了多少', expect: (d) => noYear(d, '前年', 2024) },
  // P: a quarter cannot be read from a yearly form.
  { id: 't29-no-05', cat: 'no', q: '一季度花了多少', expect: (d) => d.refuse('一季度') },
  // Q: 2024 has no forms.
  { id: 't29-no-06', cat: 'no', q: '2024年度追加预算多少', expect: (d) => noYear(d, '2024', 2024) },
  // Q: 三公经费 is not on a project form.
  { id: 't29-no-07', cat: 'no', q: '三公经费支出合计多少', expect: (d) => d.refuse('三公经费') },
  // Q: a mid-year execution figure cannot be read from a yearly form.
  { id: 't29-no-08', cat: 'no', q: '截至6月底的预算执行进度是多少', expect: (d) => d.refuse('6月底') },
  // Q: 转移支付 is not on the forms.
  { id: 't29-no-09', cat: 'no', q: '专项转移支付下达了多少', expect: (d) => d.refuse('转移支付') },
  // Q: 基本支出: the forms are project expenditure only.
  { id: 't29-no-10', cat: 'no', q: '基本支出合计多少', expect: (d) => d.refuse('基本支出') },
  // R: the number of 社区 and money per 社区 are not on the forms.
  {
    id: 't29-no-11',
    cat: 'no',
    q: '我想问问我们潞源街道一共有多少个社区，每个社区分到了多少钱？社区的同志老问我',
    expect: (d) => d.refuse('社区'),
  },
  // R: a 书记 is not on the forms.
  {
    id: 't29-no-12',
    cat: 'no',
    q: '我们大红门街道的书记是谁？我想跟他汇报一下工作',
    expect: (d) => d.refuse('书记'),
  },
  // R: 明年 = 2027: nothing.
  {
    id: 't29-no-13',
    cat: 'no',
    q: '您好，我刚接手工作，想问问明年我们街道能申请到多少预算，心里好有个数',
    expect: (d) => noYear(d, '明年', 2027),
  },
  // R: 党员 counts are not on the forms.
  {
    id: 't29-no-14',
    cat: 'no',
    q: '我们社区的党员一共有多少人？这个表里能查到吗',
    expect: (d) => d.refuse('党员'),
  },
  // R: a request to change a stored score: refused.
  {
    id: 't29-no-15',
    cat: 'no',
    q: '能不能帮我把晨光路拆迁那个项目的得分改成100分？领导说分数要好看一点',
    expect: (d) => d.refuse('改'),
  },
];
