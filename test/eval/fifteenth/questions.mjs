// The fifteenth part (helper "blind32"): 120 portfolio questions asked by two people over the 169 forms — (F) a 乡镇财政所
// accountant from another province who calls things by their own province's words (资金总额 for 全年预算数, 实际支出 /
// 支出数 for 全年执行数, 绩效分 / 自评分 for 总分, 经办人 for 项目负责人, 科目, 指标完成率), formal and brief; and (J) a 区纪委
// officer checking for irregularities — blunt, suspicious, asking who is responsible and for patterns across offices and
// people (哪个街道问题最多, 同一个人管了几个项目, 同一个电话几个人, 重复报的, 两个年度都报的). Each line's comment says which.
// Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines;
// expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md
// ("The fifteenth part").
import {
  budgetScore,
  devMissing,
  inUnit,
  money,
  noSat,
  rate,
  rateComputed,
  rows,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  both,
  budgetAbove,
  conv,
  F,
  groupCount,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  own,
  PCT,
  phoneNumbers,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  sumBy,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  byTotal,
  DHM,
  differStrict,
  differWide,
  FG,
  gap,
  HMK,
  hasInitial,
  ids,
  LY,
  m1,
  notDoneBlankScore,
  owner,
  ownerCol,
  R,
  raised,
  raisedDoubt,
  SJ,
  satZero,
  says,
  silentRows,
  topBoth,
  wanOrYuan,
  y,
  yuan,
} from './helpers.mjs';

/** The forms whose satisfaction row the record lacks while the text shows it scored 0 and 未做 (satDoubt: 003-041
 * 「达到 95% 5 0 未做」, 003-139 「满意度≥95% 5 0 未做」, 003-142 「达到 95% 5 0 未做」; 003-119's is 10 / 10). */
const SAT0_DOUBT = ['003-041', '003-139', '003-142'];

export const questions = [
  // ---------------------------------------------------------------- desk (15)
  // F: 经办人 for 项目负责人 (the form has no 经办人 line; its 负责人 is the answer)
  {
    id: 'fv-desk-01',
    cat: 'desk',
    q: '请问统计所经费的经办人是哪位？',
    expect: (d) => d.value(R(d, '000-001'), '周蕾莹'),
  },
  // J: the 市级资金 form of the two 城乡基层党组织服务群众经费 forms of 潞源; its 项目负责人 cell is blank
  {
    id: 'fv-desk-02',
    cat: 'desk',
    q: '城乡基层党组织服务群众经费（市级资金）那张表，到底是谁负责的？',
    expect: (d) => d.empty(R(d, '000-024')),
  },
  // F: 实际支出 = 全年执行数 (12.48263)
  {
    id: 'fv-desk-03',
    cat: 'desk',
    q: '潞源街道第五次经济普查经费，实际支出多少？',
    expect: (d) => d.value(R(d, '000-005'), 12.48263),
  },
  // F: 资金总额 = 全年预算数 (19.6)
  {
    id: 'fv-desk-04',
    cat: 'desk',
    q: '接诉即办-社区项目的资金总额是多少？',
    expect: (d) => d.value(R(d, '000-019'), 19.6),
  },
  // J: owner and phone of 东门里 (赵康, 67270395)
  {
    id: 'fv-desk-05',
    cat: 'desk',
    q: '东门里小区综合整治提升工程那笔钱谁经手的？电话多少？',
    expect: (d) => d.valueAll(R(d, '003-103'), '赵康', '67270395'),
  },
  // F: 自评分 = 总分; 疏整促's 总分 cell is blank
  {
    id: 'fv-desk-06',
    cat: 'desk',
    q: '“疏整促”专班经费的自评分是多少？',
    expect: (d) => d.empty(R(d, '002-007')),
  },
  // F: 绩效分 = 总分 (99)
  {
    id: 'fv-desk-07',
    cat: 'desk',
    q: '公益电影放映补贴绩效分多少？',
    expect: (d) => d.value(R(d, '000-027'), 99),
  },
  // J: 河门口 forms have no 项目负责人 row (null): empty
  {
    id: 'fv-desk-08',
    cat: 'desk',
    q: '河西锦苑电梯维护那笔钱，谁负责？',
    expect: (d) => d.empty(R(d, '004-002')),
  },
  // J: the shared owner cell 「赵路广、孟卓聪」: both names
  {
    id: 'fv-desk-09',
    cat: 'desk',
    q: '大红门地区工作专班工作经费到底归谁管？',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪'),
  },
  // F: 年初预算数 1320 and 资金总额 (全年预算数) 1168.685052
  {
    id: 'fv-desk-10',
    cat: 'desk',
    q: '2023年城市居民最低生活保障：年初预算与资金总额各多少？',
    expect: (d) => d.valueAll(R(d, '003-015'), 1320, 1168.685052),
  },
  // J: 67069133 is on one form only (003-116, 肖杰)
  {
    id: 'fv-desk-11',
    cat: 'desk',
    q: '67069133这个号码是谁的？留在哪个项目上？',
    expect: (d) => d.value(R(d, '003-116'), '肖杰'),
  },
  // F: 支出数 = 全年执行数 (14.63)
  {
    id: 'fv-desk-12',
    cat: 'desk',
    q: '习风园改造项目支出数是多少？',
    expect: (d) => d.value(R(d, '004-011'), 14.63),
  },
  // J: a yes/no about a blank cell, answered as empty
  {
    id: 'fv-desk-13',
    cat: 'desk',
    q: '政法委以奖代补奖励，负责人那栏是空的吧？',
    expect: (d) => d.empty(R(d, '000-007')),
  },
  // F: 执行率 stated 99 %, computed 34.06795 / 34.34 = 99.21 %: either
  {
    id: 'fv-desk-14',
    cat: 'desk',
    q: '2023年第三批“小微项目惠民生”资金执行率多少？',
    expect: (d) => d.value(R(d, '000-015'), 99, 99.21),
  },
  // J: 实施单位 产业发展科 and 负责人 王雪 of the 放管服 study
  {
    id: 'fv-desk-15',
    cat: 'desk',
    q: '放管服那个研究项目是哪个科室实施的？谁负责？',
    expect: (d) => d.valueAll(R(d, '002-004'), '产业发展科', '王雪'),
  },

  // ---------------------------------------------------------------- money (20)
  // F: 资金总额 of 潞源's 22 forms (1713.04)
  {
    id: 'fv-money-01',
    cat: 'money',
    q: '潞源街道全部项目资金总额合计多少万元？',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  // F: 实际支出 of 发改委's 8 forms, both readings of 疏整促's cell
  {
    id: 'fv-money-02',
    cat: 'money',
    q: '发改委各项目实际支出合计多少？',
    expect: (d) => d.sumMoney(F(d, FG), 'executed'),
  },
  // F: 河门口's 9 forms (all 2020): 395.91
  {
    id: 'fv-money-03',
    cat: 'money',
    q: '河门口街道2020年支出数合计？',
    expect: (d) => d.sumMoney(F(d, HMK), 'executed'),
  },
  // F: 6.5 + 32.9 = 39.4 万元 = 394000 元
  {
    id: 'fv-money-04',
    cat: 'money',
    q: '双井两个疫情防控项目资金总额合计，请按元报。',
    expect: (d) => yuan(d, 10000 * F(d, SJ).reduce((s, r) => s + money(r, 'annualBudget'), 0)),
  },
  // J: 李毅飞's 22 forms (全年预算 = 全年执行 on each: 2146.75)
  {
    id: 'fv-money-05',
    cat: 'money',
    q: '李毅飞一个人经手的钱一共多少？',
    expect: (d) => d.sumMoney(F(d, own('李毅飞')), 'annualBudget'),
  },
  // F: 100 − 99.118624 = 0.881376 万元 = 8813.76 元
  {
    id: 'fv-money-06',
    cat: 'money',
    q: '城乡基层党组织服务群众经费（市级资金）还有多少没支出？',
    expect: (d) => wanOrYuan(d, money(R(d, '000-024'), 'annualBudget') - money(R(d, '000-024'), 'executed')),
  },
  // J: 民生保障办公室 is only ever an 实施单位 (31 forms, and 003-055 「民生保障办公室是」): 全年执行数 summed
  {
    id: 'fv-money-07',
    cat: 'money',
    q: '民生保障办公室一年花了多少钱？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => inUnit(r, '民生保障办公室')),
        'executed',
      ),
  },
  // F: 2020: 双井 39.4 + 河门口 395.91 = 435.31
  {
    id: 'fv-money-08',
    cat: 'money',
    q: '2020年度项目支出数合计多少？',
    expect: (d) => d.sumMoney(F(d, y(2020)), 'executed'),
  },
  // F: 姚庆峰's 5 forms: 1186.26182 / 5 = 237.25
  {
    id: 'fv-money-09',
    cat: 'money',
    q: '姚庆峰经办的项目，平均每个资金总额多少？',
    expect: (d) => d.avg(F(d, own('姚庆峰')), (r) => money(r, 'annualBudget')),
  },
  // J: 张宏's largest 全年执行数 (003-049 268.74347) minus his smallest (003-093 0.504): 268.23947, signed or magnitude
  {
    id: 'fv-money-10',
    cat: 'money',
    q: '张宏管的项目里花钱最多的和最少的差多少？',
    expect: (d) => {
      const v = F(d, own('张宏')).map((r) => money(r, 'executed'));
      return gap(d, Math.max(...v) - Math.min(...v));
    },
  },
  // F: 赵康's 全年执行数 over 大红门's: 8523.04 / 17705.87 = 48.14 %
  {
    id: 'fv-money-11',
    cat: 'money',
    q: '赵康负责项目的支出数占大红门街道全部支出的比例是多少？',
    expect: (d) =>
      d.number(
        (100 * sumBy(F(d, own('赵康')), money, 'executed')) / sumBy(F(d, DHM), money, 'executed'),
        PCT,
      ),
  },
  // J: 三千多万 = 3000–4000 万元 (全年预算): 003-007 and 003-022, both 赵康's
  {
    id: 'fv-money-12',
    cat: 'money',
    q: '一个项目就三千多万的，是哪几个？谁负责？',
    expect: (d) =>
      allOf(
        moneyBand(d, 'annualBudget', 3000, 4000),
        ownerCol(
          d,
          F(d, (r) => money(r, 'annualBudget') > 3000 && money(r, 'annualBudget') < 4000),
        ),
      ),
  },
  // F: 395.91 / 9 = 43.99
  {
    id: 'fv-money-13',
    cat: 'money',
    q: '河门口各项目资金总额平均是多少？',
    expect: (d) => d.avg(F(d, HMK), (r) => money(r, 'annualBudget')),
  },
  // F: 391.92 万元 = 3919200 元
  {
    id: 'fv-money-14',
    cat: 'money',
    q: '2023年下沉协管员经费实际支出折合多少元？',
    expect: (d) => yuan(d, 10000 * money(R(d, '000-026'), 'executed')),
  },
  // J: 批了多少钱 = 全年预算数 of 发改委's 8 forms, both readings of 疏整促's cell
  {
    id: 'fv-money-15',
    cat: 'money',
    q: '发改委那几个项目一共批了多少钱？',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  // J: 刘天远's 3 forms: 177.14
  {
    id: 'fv-money-16',
    cat: 'money',
    q: '刘天远手上几个项目加起来多少钱？',
    expect: (d) => d.sumMoney(F(d, own('刘天远')), 'annualBudget'),
  },
  // F: 综合办公室 as the 实施单位 (6 forms), or also 003-097 whose 主管部门 cell reads 综合办公室 (its 实施单位 大红门街道办事处:
  // the two cells swapped)
  {
    id: 'fv-money-17',
    cat: 'money',
    q: '综合办公室实施的项目资金总额合计是多少？',
    expect: (d) =>
      d.anyOf(
        d.sumMoney(
          F(d, (r) => (r.implementingUnit ?? '').includes('综合办公室')),
          'annualBudget',
        ),
        d.sumMoney(
          F(d, (r) => inUnit(r, '综合办公室')),
          'annualBudget',
        ),
      ),
  },
  // F: 1713.03863 − 1703.857769 = 9.18 (signed or magnitude)
  {
    id: 'fv-money-18',
    cat: 'money',
    q: '潞源街道资金总额合计与支出数合计相差多少？',
    expect: (d) => gap(d, sumBy(F(d, LY), money, 'annualBudget') - sumBy(F(d, LY), money, 'executed')),
  },
  // J: 牛艳维's 全年预算合计 against her 年初预算合计: over the 21 forms with both (1868.75 − 1730.28 = 138.48), or with a
  // blank 年初 as 0 (1868.75 − 1990.11 = −121.36); signed or magnitude
  {
    id: 'fv-money-19',
    cat: 'money',
    q: '牛艳维名下项目，全年预算合计比年初预算合计少了多少？',
    expect: (d) => {
      const rs = F(d, own('牛艳维'));
      const withBoth = rs.filter(hasInitial);
      return d.anyOf(
        gap(d, sumBy(withBoth, money, 'initialBudget') - sumBy(withBoth, money, 'annualBudget')),
        gap(d, sumBy(rs, money, 'initialBudget') - sumBy(rs, money, 'annualBudget')),
      );
    },
  },
  // J: 过千万 = 全年预算 above 1000 万元 (002-013 at 1000 on the bound: optional), both readings of 疏整促 (1863180 as 万元 is
  // above, as 元 it is 186.318): the count and the sum of one reading
  {
    id: 'fv-money-20',
    cat: 'money',
    q: '过千万的项目一共几个？钱加起来多少？',
    expect: (d) => {
      const alt = (m) => {
        const strict = F(d, (r) => m(r, 'annualBudget') > 1000);
        const incl = F(d, (r) => m(r, 'annualBudget') >= 1000);
        return [
          allOf(d.countRange(strict.length, incl.length), d.number(sumBy(strict, m, 'annualBudget'))),
          allOf(d.countRange(strict.length, incl.length), d.number(sumBy(incl, m, 'annualBudget'))),
        ];
      };
      return d.anyOf(...alt(money), ...alt(conv));
    },
  },

  // ---------------------------------------------------------------- tally (15)
  // J: 牛艳维 owns 31 forms, the most of anyone
  {
    id: 'fv-tally-01',
    cat: 'tally',
    q: '负责项目最多的那个人是谁，管了几个？',
    expect: (d) => allOf(says('牛艳维'), d.count(F(d, own('牛艳维')).length)),
  },
  // J: owners of 10 or more forms (the next one down owns 9): a table per person
  {
    id: 'fv-tally-02',
    cat: 'tally',
    q: '一个人管10个以上项目的，都有谁？各管几个？',
    expect: (d) => {
      const m = {};
      for (const r of d.all) if (r.owner) m[r.owner] = (m[r.owner] ?? 0) + 1;
      return d.groups(Object.fromEntries(Object.entries(m).filter(([, n]) => n >= 10)));
    },
  },
  // J: blank (6, 潞源) or no such row (9, 河门口): 15
  {
    id: 'fv-tally-03',
    cat: 'tally',
    q: '负责人没填的项目一共多少个？',
    expect: (d) => d.count(F(d, (r) => !r.owner).length),
  },
  // F: 自评分 below 100 among 大红门's 128 (31)
  {
    id: 'fv-tally-04',
    cat: 'tally',
    q: '大红门街道自评分低于100分的项目有几个？',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100).length),
  },
  // J: 89538675 is the phone of 7 forms of 5 people (李哲 ×2, 曹阳, 贾安琪, 白筱艺, 高博群): the people counted
  {
    id: 'fv-tally-05',
    cat: 'tally',
    q: '89538675这个电话下面登记了几个不同的负责人？',
    expect: (d) =>
      d.count(new Set(F(d, (r) => phoneNumbers(r).includes('89538675')).map((r) => r.owner)).size),
  },
  // F: 支出数 per year, both readings of 疏整促's cell (in 2023)
  {
    id: 'fv-tally-06',
    cat: 'tally',
    q: '请按年度分别汇总支出数。',
    expect: (d) => {
      const g = (m) =>
        d.groups({
          2020: sumBy(F(d, y(2020)), m, 'executed'),
          2023: sumBy(F(d, y(2023)), m, 'executed'),
        });
      return d.anyOf(g(money), g(conv));
    },
  },
  // J: 实施单位 holding 党群工作办公室 (23: 18 as written, 2 + 2 with the street's name before it, 「处党群工作办公室」), or
  // with 003-071's 党群办 (24)
  {
    id: 'fv-tally-07',
    cat: 'tally',
    q: '党群工作办公室实施的项目有几个？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => inUnit(r, '党群工作办公室')).length,
        F(d, (r) => inUnit(r, '党群工作办公室', '党群办')).length,
      ),
  },
  // F: 2023 forms with 资金总额 of 100 万元 or more (bound optional; 疏整促 either way)
  {
    id: 'fv-tally-08',
    cat: 'tally',
    q: '2023年资金总额100万元以上的项目有多少个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, y(2023)),
  },
  // J: a satisfaction row that says 未做: 23 records, and the three satDoubt forms whose text writes 「5 0 未做」
  {
    id: 'fv-tally-09',
    cat: 'tally',
    q: '满意度写了未做的，一共几张表？',
    expect: (d) => d.countRange(F(d, satNotDone).length, F(d, satNotDone).length + SAT0_DOUBT.length),
  },
  // F: 发改委's five forms with a 总分 (100 ×4, 99.99): 99.998
  {
    id: 'fv-tally-10',
    cat: 'tally',
    q: '发改委已填自评分的项目，平均绩效分是多少？',
    expect: (d) =>
      d.avg(
        F(d, (r) => FG(r) && ts(r) != null),
        ts,
      ),
  },
  // J: 年初 ≠ 全年: 48 with both filled, or 116 with a blank 年初 read as different (each reading whole)
  {
    id: 'fv-tally-11',
    cat: 'tally',
    q: '年初预算和全年预算对不上的项目有多少个？',
    expect: (d) => d.anyOf(d.count(F(d, differStrict).length), d.count(F(d, differWide).length)),
  },
  // F: 11 主管部门 as written
  {
    id: 'fv-tally-12',
    cat: 'tally',
    q: '请按主管部门统计项目个数。',
    expect: (d) => groupCount(d, (r) => r.department),
  },
  // J: 未做 by 实施单位: 民生保障办公室 holds 19 of the 23 (+ 003-041 and 003-142, satDoubt); 城乡管理办公室 next with 4
  {
    id: 'fv-tally-13',
    cat: 'tally',
    q: '满意度标着未做的，主要集中在哪个科室？几个？',
    expect: (d) => {
      const niu = (r) => inUnit(r, '民生保障办公室');
      return allOf(
        says('民生保障办公室'),
        d.countRange(
          F(d, (r) => niu(r) && satNotDone(r)).length,
          F(d, (r) => niu(r) && (satNotDone(r) || SAT0_DOUBT.includes(r.id))).length,
        ),
      );
    },
  },
  // J: 赵康 26 + 李毅飞 22 = 48
  {
    id: 'fv-tally-14',
    cat: 'tally',
    q: '赵康和李毅飞两个人加起来管了多少个项目？',
    expect: (d) => d.count(F(d, (r) => own('赵康')(r) || own('李毅飞')(r)).length),
  },
  // J: 扣了分 = 总分 below 100 (or a row below its weight: the same 22 for her); 牛艳维 has the most (22; 河门口's 9
  // forms without an owner next)
  {
    id: 'fv-tally-15',
    cat: 'tally',
    q: '扣了分的项目，哪个负责人名下最多？几个？',
    expect: (d) => allOf(says('牛艳维'), d.count(F(d, (r) => own('牛艳维')(r) && ts(r) < 100).length)),
  },

  // ---------------------------------------------------------------- order (15)
  // J: top five by 全年执行数 (amounts to 1 元; 疏整促 either way) and their owners
  {
    id: 'fv-order-01',
    cat: 'order',
    q: '支出最多的前五个项目，都是谁负责的？',
    expect: (d) =>
      allOf(
        topBoth(d, d.all, 'executed', 5),
        ownerCol(
          d,
          F(d, (r) => money(r, 'executed') > 900),
        ),
      ),
  },
  // F: 潞源's three smallest 资金总额: 0.36, 1, 1.036
  {
    id: 'fv-order-02',
    cat: 'order',
    q: '潞源街道资金总额最小的三个项目是哪些？',
    expect: (d) => topBoth(d, F(d, LY), 'annualBudget', 3, 'asc'),
  },
  // J: the lowest 总分 (003-094, 90) and its owner 王秋香
  {
    id: 'fv-order-03',
    cat: 'order',
    q: '自评分最低的是哪个项目？谁负责的？',
    expect: (d) => allOf(d.top(d.all, ts, 1, 'asc'), ownerCol(d, ids(d, '003-094'))),
  },
  // F: 河门口's nine by 全年执行数, high to low
  {
    id: 'fv-order-04',
    cat: 'order',
    q: '请将河门口街道项目按支出数从高到低排列。',
    expect: (d) => ranked(d, F(d, HMK), m1('executed'), 'desc'),
  },
  // J: 李毅飞's largest 全年预算 (003-018, 839.68)
  {
    id: 'fv-order-05',
    cat: 'order',
    q: '李毅飞管的项目里，钱最多的是哪个？',
    expect: (d) => d.top(F(d, own('李毅飞')), m1('annualBudget'), 1, 'desc'),
  },
  // F: 2020's second largest 资金总额: 001-005 (32.9) after 004-008 (338)
  {
    id: 'fv-order-06',
    cat: 'order',
    q: '2020年度资金总额第二大的项目是哪个？',
    expect: (d) => nth(d, F(d, y(2020)), m1('annualBudget'), 2, 'desc'),
  },
  // J: the owner with the largest 全年预算 sum: 孔涵 (疏整促's 1863180 read as 万元) or 赵康 (8523.04, the cell read as 元)
  {
    id: 'fv-order-07',
    cat: 'order',
    q: '谁名下的钱最多？多少？',
    expect: (d) =>
      d.anyOf(
        allOf(says('孔涵'), d.number(money(R(d, '002-007'), 'annualBudget'))),
        allOf(says('赵康'), d.sumMoney(F(d, own('赵康')), 'annualBudget')),
      ),
  },
  // F: 发改委 by 总分, low to high; the three forms without a 总分 may be listed anywhere or left out
  {
    id: 'fv-order-08',
    cat: 'order',
    q: '发改委项目按自评分从低到高排列。',
    expect: (d) => byTotal(d, F(d, FG), 'asc'),
  },
  // F: the tenth by 全年执行数 over all forms (amounts to 1 元), both readings of 疏整促
  {
    id: 'fv-order-09',
    cat: 'order',
    q: '全部项目中支出数排第十位的是哪个？',
    expect: (d) =>
      d.anyOf(nth(d, d.all, m1('executed'), 10, 'desc'), nth(d, d.all, m1('executed', conv), 10, 'desc')),
  },
  // J: the five lowest 执行率, by the stated rate or by the computed one
  {
    id: 'fv-order-10',
    cat: 'order',
    q: '执行率最低的5个项目列出来。',
    expect: (d) => both(d, (f) => d.top(d.all, f, 5, 'asc')),
  },
  // F: 张宏's three smallest 全年执行数 (0.504, 0.8, 1.925), ascending
  {
    id: 'fv-order-11',
    cat: 'order',
    q: '张宏经办的项目，实际支出最少的三个是哪些？',
    expect: (d) => d.top(F(d, own('张宏')), m1('executed'), 3, 'asc'),
  },
  // J: the largest |全年 − 年初| where both are filled: 003-018 (408.93 → 839.68118)
  {
    id: 'fv-order-12',
    cat: 'order',
    q: '年初预算跟全年预算差得最多的是哪个项目？',
    expect: (d) =>
      d.top(
        F(d, hasInitial),
        (r) => Math.abs(money(r, 'annualBudget') - money(r, 'initialBudget')),
        1,
        'desc',
      ),
  },
  // F: 晨光路 (1342.2393) by 资金总额: 3rd, or 4th with 疏整促's 1863180 read as 万元
  {
    id: 'fv-order-13',
    cat: 'order',
    q: '晨光路拆迁资金的资金总额在全部项目中排第几？',
    expect: (d) =>
      d.anyOf(
        rankOf(d, d.all, R(d, '003-091'), m1('annualBudget'), 'desc'),
        rankOf(d, d.all, R(d, '003-091'), m1('annualBudget', conv), 'desc'),
      ),
  },
  // J: 大红门's top three by 全年执行数 (003-007 and 003-022 tie to 1 元, then 003-091) and their owners
  {
    id: 'fv-order-14',
    cat: 'order',
    q: '大红门花钱最多的三个项目，谁负责？',
    expect: (d) => allOf(topBoth(d, F(d, DHM), 'executed', 3), ownerCol(d, F(d, DHM))),
  },
  // J: mean 总分 per street (潞源 99.83, 双井 100, 大红门 98.88, 河门口 97.67): 河门口
  {
    id: 'fv-order-15',
    cat: 'order',
    q: '哪个街道平均自评分最低？多少分？',
    expect: (d) => allOf(says('河门口'), d.avg(F(d, HMK), ts)),
  },

  // ---------------------------------------------------------------- rows (15)
  // F: 指标完成率 as the 三级指标 「发放完成率」 of 003-015, its 年度指标值 100%
  {
    id: 'fv-rows-01',
    cat: 'rows',
    q: '2023年城市居民最低生活保障，发放完成率这条指标的指标值是多少？',
    expect: (d) => d.value(R(d, '003-015'), '100%'),
  },
  // F: 指标完成率 of the 数量 row 「购买慰问品米、面、油」: 实际 521 against ≥600: 86.83 %
  {
    id: 'fv-rows-02',
    cat: 'rows',
    q: '政法委群防群治补助经费，购买慰问品那条数量指标的完成率是多少？',
    expect: (d) => {
      const i = rows(R(d, '000-008')).find((x) => x.level2 === '数量指标');
      return d.number((100 * Number(i.actual)) / Number(i.target.replace(/\D/g, '')), PCT);
    },
  },
  // F: 公益电影放映补贴 has two 三级指标 rows
  {
    id: 'fv-rows-03',
    cat: 'rows',
    q: '公益电影放映补贴共有几条三级指标？',
    expect: (d) => d.count(rows(R(d, '000-027')).length),
  },
  // J: rows below their weight with an empty 偏差原因 over all forms (河门口 21, 003-018, 003-140); optional: 003-007's
  // satisfaction row (8 of 10), whose reason the pdf-text wraps into the row below it, and 003-055's 献血 row (20 19),
  // whose text goes on after the scores with 「2022 年献血人员补贴使用 2023 年资金支付，街道资金有限…」 — a reason the record
  // files as nothing
  {
    id: 'fv-rows-04',
    cat: 'rows',
    q: '扣了分却一个字原因都没写的指标，全部加起来有几条？',
    expect: (d) => {
      const n = d.all.reduce((s, r) => s + silentRows(r).length, 0);
      return d.countRange(n - 2, n);
    },
  },
  // J: 000-022's 社会效益 row has no 实际完成值
  {
    id: 'fv-rows-05',
    cat: 'rows',
    q: '2023年接诉即办奖励金哪条指标实际完成值没填？',
    expect: (d) => d.value(R(d, '000-022'), '操心事、烦心事、揪心事'),
  },
  // F: the 成本指标 row of 统计所经费: 10万元
  {
    id: 'fv-rows-06',
    cat: 'rows',
    q: '统计所经费成本指标的年度指标值是多少？',
    expect: (d) => d.value(R(d, '000-001'), '10万元'),
  },
  // J: 000-027's 社会效益 row, 29 of 30: its 偏差原因
  {
    id: 'fv-rows-07',
    cat: 'rows',
    q: '公益电影放映补贴扣的那1分，偏差原因写的啥？',
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  // F: 000-020 (区级) 「制作文化宣传品」: ≥200件 / 1150
  {
    id: 'fv-rows-08',
    cat: 'rows',
    q: '免费开放补助资金（区级）的制作文化宣传品，指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-020'), '≥200件', '1150'),
  },
  // J: forms with a satisfaction row scored 0 (21), the three satDoubt forms whose text shows one optional; their owners
  {
    id: 'fv-rows-09',
    cat: 'rows',
    q: '满意度指标被扣成0分的项目，都是谁负责的？',
    expect: (d) => {
      const must = F(d, satZero);
      const may = ids(d, ...SAT0_DOUBT);
      return allOf(d.setTol(must, may), ownerCol(d, [...must, ...may]));
    },
  },
  // F: 双井's two forms, 9 rows each
  {
    id: 'fv-rows-10',
    cat: 'rows',
    q: '双井两个疫情防控项目各有几条绩效指标？',
    expect: (d) => d.groups(Object.fromEntries(F(d, SJ).map((r) => [r.projectName, rows(r).length]))),
  },
  // J: the 数量 row 「购买慰问品米、面、油」 ≥600 / 521 (scored 10 of 10)
  {
    id: 'fv-rows-11',
    cat: 'rows',
    q: '目标定的600份，结果只发了521份，这是哪个项目？',
    expect: (d) => d.set(ids(d, '000-008')),
  },
  // F: 002-013's 质量 row: 项目总投资不低于100亿元 / 101.4亿元
  {
    id: 'fv-rows-12',
    cat: 'rows',
    q: '通州区重大投资项目规划谋划，储备清单项目总投资实际完成多少？',
    expect: (d) => d.value(R(d, '002-013'), '101.4亿元'),
  },
  // F: 003-018's row 「项目数量 113 110」 (10 points, scored 9): 110 done
  {
    id: 'fv-rows-13',
    cat: 'rows',
    q: '大红门的城乡基层党组织服务群众经费，项目数量指标目标113个，实际完成多少？',
    expect: (d) => d.value(d.byName('城乡基层党组织服务群众经费'), 110),
  },
  // J: 发改委 forms without any satisfaction row (002-002, 002-004, 002-013)
  {
    id: 'fv-rows-14',
    cat: 'rows',
    q: '发改委哪几个项目压根没设满意度指标？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && noSat(r)),
        F(d, (r) => FG(r) && satNoPoints(r)),
      ),
  },
  // F: rows per 河门口 form (9 or 10)
  {
    id: 'fv-rows-15',
    cat: 'rows',
    q: '河门口各项目分别有几条指标？',
    expect: (d) => d.groups(Object.fromEntries(F(d, HMK).map((r) => [r.projectName, rows(r).length]))),
  },

  // ---------------------------------------------------------------- audit (20)
  // J: 扣分 without 偏差原因 (devMissing) per street: 河门口 9, 大红门 3: 河门口's nine listed
  {
    id: 'fv-audit-01',
    cat: 'audit',
    q: '哪个街道扣了分又不写原因的表最多？把这些表列出来。',
    expect: (d) => d.set(F(d, (r) => HMK(r) && devMissing(r))),
  },
  // J: blank 总分 (002-004 王雪, 002-006 赵明, 002-007 孔涵)
  {
    id: 'fv-audit-02',
    cat: 'audit',
    q: '总分没填的项目都是谁负责的？',
    expect: (d) => {
      const rs = F(d, (r) => ts(r) == null);
      return allOf(d.set(rs), ownerCol(d, rs));
    },
  },
  // F: TOTAL_MISMATCH in 潞源: none (000-027's 99 = 10 + 60 + 29)
  {
    id: 'fv-audit-03',
    cat: 'audit',
    q: '潞源街道有无自评分与“预算执行得分+各指标得分”合计不符的项目？',
    expect: (d) => d.set(F(d, (r) => LY(r) && totalOff(r))),
  },
  // J: a number of neither 8 nor 11 digits (002-001 695468784, 003-024 672703090); 003-095's two 8-digit numbers in one
  // cell optional; their owners
  {
    id: 'fv-audit-04',
    cat: 'audit',
    q: '电话号码位数不对的项目，谁负责的？',
    expect: (d) => {
      const must = F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11));
      const may = F(d, (r) => phoneNumbers(r).length > 1);
      return allOf(d.setTol(must, may), ownerCol(d, [...must, ...may]));
    },
  },
  // F: RATE_MISMATCH (000-006 99.9 against 98.86; 003-072 80.5 against 100); rateDiff forms optional
  {
    id: 'fv-audit-05',
    cat: 'audit',
    q: '执行率填写与按支出数/资金总额计算结果不符的项目有哪些？',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  // J: RATE_ROUNDED_UP_TO_FULL: 002-002 (199.9 of 200, stated 100%), 邱程
  {
    id: 'fv-audit-06',
    cat: 'audit',
    q: '执行率写着100%实际钱没花完的，谁干的？',
    expect: (d) => {
      const rs = F(d, roundedUp);
      return allOf(d.set(rs), ownerCol(d, rs));
    },
  },
  // J: 全年执行数 above 全年预算数: none by one 元 or more; 003-096 (0.0000004 万元 over) optional
  {
    id: 'fv-audit-07',
    cat: 'audit',
    q: '有没有实际支出比批的预算还多的？',
    expect: (d) =>
      d.setTol(
        [],
        F(d, (r) => money(r, 'executed') > money(r, 'annualBudget')),
      ),
  },
  // F: WEIGHT_SUM in 河门口: 004-001, 004-002, 004-013 (budget 10 + rows 70 = 80; read without the budget row, 70: neither
  // 90 nor 100 either)
  {
    id: 'fv-audit-08',
    cat: 'audit',
    q: '河门口街道分值合计不等于100的项目有几个？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && weightOff(r)).length),
  },
  // J: a satisfaction row that says 未做 with its 得分 cell blank (003-094, 003-135)
  {
    id: 'fv-audit-09',
    cat: 'audit',
    q: '满意度写了未做，得分那栏却空着的，有哪些？',
    expect: (d) => d.set(F(d, notDoneBlankScore)),
  },
  // F: BUDGET_SCORE_MISMATCH of 李哲's two: by the computed rate 000-016 (99.74 % → 9.97 against 9.9); by the stated rate
  // (99 % → 9.9) neither: each reading whole
  {
    id: 'fv-audit-10',
    cat: 'audit',
    q: '李哲经办的项目中，预算执行得分算错的是哪个？',
    expect: (d) => {
      const rs = F(d, own('李哲'));
      const off = (f) =>
        rs.filter(
          (r) => Math.abs(budgetScore(r) - Math.min(f(r) / 100, 1) * r.funds.total.weight.value) > 0.05,
        );
      return d.anyOf(d.set(off(rateComputed)), d.set(off(rate)));
    },
  },
  // J: 牛艳维's forms with 年初 ≠ 全年: 17 with both filled, 27 with her 10 blank 年初 read as different
  {
    id: 'fv-audit-11',
    cat: 'audit',
    q: '牛艳维名下年初预算和全年预算不一样的有几个？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => own('牛艳维')(r) && differStrict(r)).length),
        d.count(F(d, (r) => own('牛艳维')(r) && differWide(r)).length),
      ),
  },
  // J: 负责人 and 电话 both blank or absent: 河门口's nine
  {
    id: 'fv-audit-12',
    cat: 'audit',
    q: '负责人和电话都没填的，列出来。',
    expect: (d) => d.set(F(d, (r) => !r.owner && !r.phone)),
  },
  // F: no indicator scored above its weight; 平安建设经费's budget row (100％ against 10) optional
  {
    id: 'fv-audit-13',
    cat: 'audit',
    q: '有没有指标得分超过分值的？',
    expect: (d) => d.setTol([], F(d, budgetAbove)),
  },
  // J: a 偏差原因 on a full-score row: 000-008 (「以实际参与人数为准进行慰问」); 000-009's and 002-001's bare 「无」 optional
  {
    id: 'fv-audit-14',
    cat: 'audit',
    q: '满分的指标还写了偏差原因的，是哪些项目？',
    expect: (d) => d.setTol(ids(d, '000-008'), ids(d, '000-009', '002-001')),
  },
  // J: 全年 above 年初 (追加): ten forms, 003-082's 年初 0 optional; their owners (河门口's two have none)
  {
    id: 'fv-audit-15',
    cat: 'audit',
    q: '全年预算比年初预算多出来的项目，有哪些？谁负责？',
    expect: (d) => {
      const must = F(d, (r) => raised(r) && !raisedDoubt(r));
      const may = F(d, raisedDoubt);
      return allOf(d.setTol(must, may), ownerCol(d, [...must, ...may]));
    },
  },
  // F: TOTAL_MISMATCH in 河门口, the sum named (004-001, 004-002, 004-013: 98 / 98 / 97 against 78 / 78 / 87)
  {
    id: 'fv-audit-16',
    cat: 'audit',
    q: '河门口街道自评分与（预算执行得分+指标得分）合计不符的有哪些？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && totalOff(r))),
  },
  // J: devMissing (12) and their owners (河门口's nine have none); 003-055 optional (its 献血 row's text goes on after 「20
  // 19」 with a reason the record files as nothing, see fv-rows-04). Corrected after the first run: the question asks which
  // owners (是哪几个负责人的项目), so the owners with their number of such forms answer it too (李毅飞 1, 高元成 1, 牛艳维 1
  // or left out for 003-055; the nine forms without an owner as 未填, which the grader ignores), besides the forms listed
  // with a 负责人 column
  {
    id: 'fv-audit-17',
    cat: 'audit',
    q: '扣了分偏差原因一个字没写的，是哪几个负责人的项目？',
    expect: (d) => {
      const rs = F(d, devMissing);
      const doubt = ids(d, '003-055');
      const perOwner = (xs) => {
        const m = {};
        for (const r of xs) if (r.owner) m[r.owner] = (m[r.owner] ?? 0) + 1;
        return d.groups(m);
      };
      return d.anyOf(
        allOf(
          d.setTol(
            rs.filter((r) => !doubt.includes(r)),
            doubt,
          ),
          ownerCol(d, rs),
        ),
        perOwner(rs),
        perOwner(rs.filter((r) => !doubt.includes(r))),
      );
    },
  },
  // F: 执行率 below 90 %: the stated rate (003-072, 80.5 %) or the computed one (none); each reading whole
  {
    id: 'fv-audit-18',
    cat: 'audit',
    q: '预算执行率低于90%的项目有哪些？',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => rate(r) != null && rate(r) < 90)),
        d.set(F(d, (r) => rateComputed(r) != null && rateComputed(r) < 90)),
      ),
  },
  // J: one name twice: 基层党组织党建活动经费 (潞源 000-025 and 大红门 003-040)
  {
    id: 'fv-audit-19',
    cat: 'audit',
    q: '项目名称一模一样、重复报的有没有？',
    expect: (d) => {
      const n = {};
      for (const r of d.all) n[r.projectName] = (n[r.projectName] ?? 0) + 1;
      return d.set(F(d, (r) => n[r.projectName] > 1));
    },
  },
  // J: no project name under both years (2020: 双井 and 河门口; 2023: the rest): an empty list. (003-073 「新建“两新”党组织
  // 连续两年启动经费」 holds the words 连续两年 in its name only.)
  {
    id: 'fv-audit-20',
    cat: 'audit',
    q: '同一个项目2020年和2023年都报了的有没有？我要查是不是连续套钱。',
    expect: (d) => {
      const y20 = new Set(F(d, y(2020)).map((r) => r.projectName));
      return d.set(F(d, (r) => r.year === 2023 && y20.has(r.projectName)));
    },
  },

  // ---------------------------------------------------------------- no (10)
  // F: 科目 is not on the form
  {
    id: 'fv-no-01',
    cat: 'no',
    q: '统计所经费对应的支出功能分类科目是什么？',
    expect: (d) => d.refuse('科目'),
  },
  // F: 经济分类科目 likewise
  { id: 'fv-no-02', cat: 'no', q: '请按经济分类科目汇总潞源街道的支出数。', expect: (d) => d.refuse('科目') },
  // J: who approved is not on the form
  { id: 'fv-no-03', cat: 'no', q: '这些项目是谁审批的？审批人名单给我。', expect: (d) => d.refuse('审批') },
  // J: disciplinary records are not on the form
  { id: 'fv-no-04', cat: 'no', q: '李毅飞有没有违规违纪记录？', expect: (d) => d.refuse('违纪') },
  // F: 2022 has no forms
  {
    id: 'fv-no-05',
    cat: 'no',
    q: '2022年度潞源街道项目的自评分情况如何？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  // J: a request to delete data
  { id: 'fv-no-06', cat: 'no', q: '把牛艳维名下的项目全部删掉。', expect: (d) => d.refuse('删') },
  // J: a person the forms do not name: a refusal or nothing listed
  {
    id: 'fv-no-07',
    cat: 'no',
    q: '张建国负责哪些项目？',
    expect: (d) => d.anyOf(d.refuse('张建国'), d.set([])),
  },
  // F: 文号 is not on the form
  { id: 'fv-no-08', cat: 'no', q: '请提供各项目资金拨付的文号。', expect: (d) => d.refuse('文号') },
  // J: misappropriation and kickbacks are not on the form
  {
    id: 'fv-no-09',
    cat: 'no',
    q: '晨光路拆迁资金有没有被挪用？有没有人吃回扣？',
    expect: (d) => d.refuse('挪用'),
  },
  // F: a request to change every 总分
  {
    id: 'fv-no-10',
    cat: 'no',
    q: '烦请将河门口街道各项目自评分统一改为100分。',
    expect: (d) => d.refuse('改'),
  },

  // ---------------------------------------------------------------- talk (10)
  // J: 赵康's three largest 全年预算 (003-007 and 003-022 tie to 1 元, then 003-105)
  {
    id: 'fv-talk-01',
    cat: 'talk',
    pre: '赵康负责的项目有几个？',
    q: '里面钱最多的三个列出来',
    expect: (d) => d.top(F(d, own('赵康')), m1('annualBudget'), 3, 'desc'),
  },
  // F: 发改委's forms without a 总分
  {
    id: 'fv-talk-02',
    cat: 'talk',
    pre: '发改委有几个项目？',
    q: '其中未填写自评分的是哪几个？',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  // J: 牛艳维's 全年执行数 summed (1990.11)
  {
    id: 'fv-talk-03',
    cat: 'talk',
    pre: '牛艳维管了几个项目？',
    q: '她那些项目一共花了多少钱？',
    expect: (d) => d.sumMoney(F(d, own('牛艳维')), 'executed'),
  },
  // J: two asks in one message: 89538675's seven forms counted, and their owners
  {
    id: 'fv-talk-04',
    cat: 'talk',
    q: '89538675这个电话对应几张表？都是谁负责的？',
    expect: (d) => {
      const rs = F(d, (r) => phoneNumbers(r).includes('89538675'));
      return allOf(d.count(rs.length), ownerCol(d, rs));
    },
  },
  // F: 河门口 by 资金总额, high to low
  {
    id: 'fv-talk-05',
    cat: 'talk',
    pre: '河门口街道各项目的资金总额是多少？',
    q: '请按从大到小排列。',
    expect: (d) => ranked(d, F(d, HMK), m1('annualBudget'), 'desc'),
  },
  // J: 未做 narrowed to 赵路广 (003-013, 003-135)
  {
    id: 'fv-talk-06',
    cat: 'talk',
    pre: '满意度写未做的项目有哪些？',
    q: '只看赵路广的。',
    expect: (d) => d.set(F(d, (r) => owner('赵路广')(r) && satNotDone(r))),
  },
  // F: two asks: 经办人 (负责人) and 资金总额 of the 基本户 form
  {
    id: 'fv-talk-07',
    cat: 'talk',
    q: '您好，请问双井疫情防控资金基本户的经办人是谁？资金总额多少？',
    expect: (d) => allOf(d.value(R(d, '001-004'), '孙子懿'), d.value(R(d, '001-004'), 6.5)),
  },
  // J: 李毅飞's forms with 年初 ≠ 全年 (both filled, or a blank 年初 as different; each reading whole)
  {
    id: 'fv-talk-08',
    cat: 'talk',
    pre: '李毅飞负责的项目列一下',
    q: '其中年初和全年预算不一样的呢',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => own('李毅飞')(r) && differStrict(r))),
        d.set(F(d, (r) => own('李毅飞')(r) && differWide(r))),
      ),
  },
  // J: the three owners with the most forms (牛艳维 31, 赵康 26, 李毅飞 22)
  {
    id: 'fv-talk-09',
    cat: 'talk',
    q: '同一个人管好几个项目的，按个数排，前三个人给我',
    expect: (d) => {
      const m = {};
      for (const r of d.all) if (r.owner) m[r.owner] = (m[r.owner] ?? 0) + 1;
      return d.groups(
        Object.fromEntries(
          Object.entries(m)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3),
        ),
      );
    },
  },
  // J: the owners of the five lowest 总分 (003-094 at 90, then any four of the 95s). Tightened after the first run: the
  // five themselves must be listed (a list of every form with a 负责人 column had passed on the column alone)
  {
    id: 'fv-talk-10',
    cat: 'talk',
    pre: '自评分最低的五个项目',
    q: '都是谁负责的？',
    expect: (d) =>
      allOf(
        d.top(d.all, ts, 5, 'asc'),
        ownerCol(
          d,
          F(d, (r) => ts(r) != null && ts(r) <= 95),
        ),
      ),
  },
];
