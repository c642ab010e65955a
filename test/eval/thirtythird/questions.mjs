// The thirty-third part (helper "blind50"): 120 portfolio questions asked by three people over the 169 forms — (Y) a
// 区委督查室 officer preparing a briefing for a district leader: comparisons between offices, rankings and shares,
// often two asks in one message, in a crisp official register; (Z) a newly hired 街道 finance assistant who does not
// know the form's terms yet and describes fields by what they mean (年初定的钱, 最后实际花掉的, 打的分), now and then
// with a follow-up in the same message; (AA) a third-party evaluation company's analyst (第三方评价机构) checking the
// forms' internal consistency and indicator design (目标值设置, 指标完整性, 满意度调查, 偏差说明) in long precise
// questions. Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's
// question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions:
// ../README.md ("The thirty-third part").
import {
  belowWeight,
  benefitDoubt,
  blank,
  devMissing,
  money,
  noBenefit,
  norm,
  noSat,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  bothMoney,
  budgetAbove,
  budgetRowDoubt,
  differ,
  F,
  gapBoth,
  groupCount,
  moneyBandCount,
  noYear,
  nth,
  overspent,
  PCT,
  pctRange,
  phoneNumbers,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  sumBy,
  tallyBy,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  bsOffBoth,
  bsOffEither,
  DHM,
  FG,
  geRow,
  HMK,
  LY,
  level1Weights,
  MS,
  num,
  owner,
  pct,
  R,
  READERS,
  rowReader,
  SJ,
  sat0,
  sat0Maybe,
  satWeight,
  totalIsIndicatorsOnly,
  totalNeither,
  yr,
} from './helpers.mjs';

const exec = (r) => money(r, 'executed');
const annual = (r) => money(r, 'annualBudget');
const initial = (r) => money(r, 'initialBudget');
const nRows = (r) => rows(r).length;
const avgOf = (d, rs, f) => d.avg(rs, f);
/** A figure that may be said signed or as a magnitude. */
const signed = (d, v, tol) => d.anyOf(d.number(v, tol), d.number(-v, tol));

export const questions = [
  // ---------------- tally ----------------
  {
    id: 't33-tally-01', // Y
    cat: 'tally',
    q: '请报一下：大红门街道的自评表占全部自评表的比重是多少？河门口街道占多少？',
    expect: (d) => allOf(pct(d, F(d, DHM).length, d.all.length), pct(d, F(d, HMK).length, d.all.length)),
  },
  {
    id: 't33-tally-02', // Y
    cat: 'tally',
    q: '潞源、大红门两个街道，总分为满分100分的项目各有几个？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
        d.count(F(d, (r) => DHM(r) && ts(r) === 100).length),
      ),
  },
  {
    id: 't33-tally-03', // Y
    cat: 'tally',
    q: '按年度统计自评表份数，2020年度、2023年度分别多少份。',
    expect: (d) => groupCount(d, (r) => r.year),
  },
  {
    // 「写明未做」: the 未做 reading only; the four satDoubt forms (their text shows 「5 0 未做」) optional
    id: 't33-tally-04', // Y
    cat: 'tally',
    q: '满意度调查写明“未做”的项目共几个？占大红门街道项目总数的百分比是多少？',
    expect: (d) => {
      const lo = F(d, (r) => DHM(r) && satNotDone(r)).length;
      const hi = F(d, (r) => DHM(r) && (satNotDone(r) || satDoubt(r))).length;
      return allOf(
        d.countRange(F(d, satNotDone).length, F(d, (r) => satNotDone(r) || satDoubt(r)).length),
        pctRange(d, lo, hi, F(d, DHM).length),
      );
    },
  },
  {
    id: 't33-tally-05', // Y
    cat: 'tally',
    q: '潞源街道和河门口街道未填写项目负责人的项目分别有几个？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => LY(r) && ownerMissing(r)).length),
        d.count(F(d, (r) => HMK(r) && ownerMissing(r)).length),
      ),
  },
  {
    // 年初 ≠ 全年: a blank 年初 (or 「-」) may be read as different or as not comparable
    id: 't33-tally-06', // Z
    cat: 'tally',
    q: '年初定的钱和后来全年调整完的钱不一样的项目，一共有几个啊？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, differ).length),
        d.count(F(d, (r) => differ(r) || (initial(r) == null && annual(r) != null)).length),
      ),
  },
  {
    // 年初预算数 blank: not comparable, or read as 0
    id: 't33-tally-07', // Z
    cat: 'tally',
    q: '最后实际花掉的钱比年初定的钱还多的项目有几个？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => initial(r) != null && exec(r) != null && exec(r) > initial(r)).length),
        d.count(F(d, (r) => exec(r) != null && exec(r) > (initial(r) ?? 0)).length),
      ),
  },
  {
    id: 't33-tally-08', // Z
    cat: 'tally',
    q: '打的分不到100分的有多少个项目？大红们的有几个？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => ts(r) != null && ts(r) < 100).length),
        d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100).length),
      ),
  },
  {
    id: 't33-tally-09', // Z
    cat: 'tally',
    q: '2020年和2023年的项目，最后实际花掉的钱分别加起来是多少？',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          d.groups(
            tallyBy(
              d.all,
              (r) => r.year,
              (r) => m(r, 'executed') ?? 0,
            ),
          ),
        ),
      ),
  },
  {
    // sole owners (the shared cell 「赵路广、孟卓聪」 changes no owner's side of 10)
    id: 't33-tally-10', // Z
    cat: 'tally',
    q: '有几个负责人手上管的项目超过10个？',
    expect: (d) => {
      const c = tallyBy(
        F(d, (r) => !ownerMissing(r)),
        (r) => norm(r.owner),
        () => 1,
      );
      return d.count(Object.values(c).filter((n) => n > 10).length);
    },
  },
  {
    // benefitDoubt forms (效益 rows filed under 产出 by the pdf-text reading) optional
    id: 't33-tally-11', // AA
    cat: 'tally',
    q: '在剔除模板占位行之后，一级指标中完全没有“效益指标”的自评表共有多少份？请给出份数。',
    expect: (d) => d.countRange(F(d, noBenefit).length, F(d, (r) => noBenefit(r) || benefitDoubt(r)).length),
  },
  {
    // 003-005's satisfaction row carries no points (may count as not set); the satDoubt forms show 5 points in their text
    id: 't33-tally-12', // AA
    cat: 'tally',
    q: '以满意度指标分值合计为口径：设有满意度指标、但其分值合计不等于10分（即偏离10号文“原则上10分”权重）的自评表共有多少份？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => satRows(r).some((i) => i.weight) && satWeight(r) !== 10).length,
        F(d, (r) => (satRows(r).length > 0 && satWeight(r) !== 10) || satDoubt(r)).length,
      ),
  },
  {
    id: 't33-tally-13', // AA
    cat: 'tally',
    q: '请核实：指标分值合计（预算执行率分值与全部三级指标分值之和）不等于100分的自评表有多少份？占全部自评表的比例是多少？',
    expect: (d) => allOf(d.count(F(d, weightOff).length), pct(d, F(d, weightOff).length, d.all.length)),
  },
  {
    id: 't33-tally-14', // AA
    cat: 'tally',
    q: '年度指标值填写为“优良中差”这一等级区间（而不是具体目标值）的三级指标共有多少条？分布在多少份自评表中？',
    expect: (d) => {
      const g = (i) => norm(i.target).includes('优良中差');
      return allOf(
        d.count(d.all.reduce((s, r) => s + rows(r).filter(g).length, 0)),
        d.count(F(d, (r) => rows(r).some(g)).length),
      );
    },
  },
  {
    id: 't33-tally-15', // AA
    cat: 'tally',
    q: '剔除模板占位行后，全部自评表的三级指标合计多少条？平均每份自评表多少条？',
    expect: (d) => {
      const n = d.all.reduce((s, r) => s + nRows(r), 0);
      return allOf(d.count(n), d.number(n / d.all.length, 0.05));
    },
  },

  // ---------------- money ----------------
  {
    id: 't33-money-01', // Y
    cat: 'money',
    q: '潞源街道、大红门街道的全年执行数合计分别是多少万元？',
    expect: (d) => allOf(d.sumMoney(F(d, LY), 'executed'), d.sumMoney(F(d, DHM), 'executed')),
  },
  {
    id: 't33-money-02', // Y
    cat: 'money',
    q: '发改委项目全年预算合计多少？占全部项目全年预算总额的比重是多少？',
    expect: (d) =>
      allOf(
        d.sumMoney(F(d, FG), 'annualBudget'),
        bothMoney(
          d,
          (m) => (100 * sumBy(F(d, FG), m, 'annualBudget')) / sumBy(d.all, m, 'annualBudget'),
          PCT,
        ),
      ),
  },
  {
    id: 't33-money-03', // Y
    cat: 'money',
    q: '河门口街道与双井街道的全年预算合计相比，相差多少万元？',
    expect: (d) =>
      gapBoth(d, (m) => sumBy(F(d, HMK), m, 'annualBudget') - sumBy(F(d, SJ), m, 'annualBudget')),
  },
  {
    // 以上: 002-013 (exactly 1000) optional; 疏整促 by both readings
    id: 't33-money-04', // Y
    cat: 'money',
    q: '全年预算在1000万元以上的项目有几个，合计金额多少？',
    expect: (d) => {
      const counts = [];
      const sums = [];
      for (const m of READERS)
        for (const incl of [false, true]) {
          const rs = F(
            d,
            (r) =>
              m(r, 'annualBudget') != null &&
              (incl ? m(r, 'annualBudget') >= 1000 : m(r, 'annualBudget') > 1000),
          );
          counts.push(d.count(rs.length));
          sums.push(d.number(sumBy(rs, m, 'annualBudget')));
        }
      return allOf(d.anyOf(...counts), d.anyOf(...sums));
    },
  },
  {
    id: 't33-money-05', // Y
    cat: 'money',
    q: '全部自评表全年预算总额、全年执行总额各是多少？总体执行率是多少？',
    expect: (d) =>
      allOf(
        d.sumMoney(d.all, 'annualBudget'),
        d.sumMoney(d.all, 'executed'),
        bothMoney(d, (m) => (100 * sumBy(d.all, m, 'executed')) / sumBy(d.all, m, 'annualBudget'), PCT),
      ),
  },
  {
    id: 't33-money-06', // Z
    cat: 'money',
    q: '潞源街道所有项目年初定的钱加起来是多少？',
    expect: (d) => d.sumMoney(F(d, LY), 'initialBudget'),
  },
  {
    id: 't33-money-07', // Z
    cat: 'money',
    q: '大红门那些项目里，后来调整完的全年的钱比年初定的钱少了的，一共少了多少钱？',
    expect: (d) =>
      signed(
        d,
        F(d, (r) => DHM(r) && initial(r) != null && annual(r) != null && annual(r) < initial(r)).reduce(
          (s, r) => s + initial(r) - annual(r),
          0,
        ),
      ),
  },
  {
    // 全年预算 − 全年执行 over all forms (疏整促 spent all: both readings agree); in 万元 and in 元 (within 1 元)
    id: 't33-money-08', // Z
    cat: 'money',
    q: '全部项目一共还剩多少钱没花掉（全年预算减去实际花掉的）？我分不清万元还是元，两个都写一下',
    expect: (d) => {
      const left = sumBy(d.all, money, 'annualBudget') - sumBy(d.all, money, 'executed');
      return allOf(d.number(left), { kind: 'number', value: left * 10000, tol: 1 });
    },
  },
  {
    id: 't33-money-09', // Z
    cat: 'money',
    q: '平均下来每个项目最后实际花掉多少钱？',
    expect: (d) => bothMoney(d, (m) => sumBy(d.all, m, 'executed') / d.all.length),
  },
  {
    id: 't33-money-10', // Z
    cat: 'money',
    q: '实际花掉的钱在10万到50万之间的项目有几个？',
    expect: (d) => moneyBandCount(d, 'executed', 10, 50),
  },
  {
    // the 「其中：当年财政拨款」 row (疏整促's 元 cell is in it too: both readings); the gap signed or as a magnitude.
    // 体制资金-事业发展经费 (003-139, pdf-text): the record reads the row's 全年执行数 as 10, the form's text prints
    // 「90.522145 90.522145 10 100% 10」 (10 is the 分值): both readings (changed after the first run, see README)
    id: 't33-money-11', // AA
    cat: 'money',
    q: '请核算各表“其中：当年财政拨款”一行的全年执行数合计，并说明其与年度资金总额行全年执行数合计之间的差额。',
    expect: (d) => {
      const fiscals = [];
      for (const m of READERS)
        for (const text of [false, true]) {
          const f = rowReader(m, 'fiscal');
          fiscals.push([
            m,
            sumBy(d.all, (r, c) => (text && r.id === '003-139' ? money(r, c) : f(r, c)), 'executed'),
          ]);
        }
      return allOf(
        d.anyOf(...fiscals.map(([, v]) => d.number(v))),
        d.anyOf(...fiscals.map(([m, v]) => signed(d, sumBy(d.all, m, 'executed') - v))),
      );
    },
  },
  {
    id: 't33-money-12', // AA
    cat: 'money',
    q: '“上年结转资金”一行全年预算数大于0的自评表有哪些？该行全年预算数合计为多少？',
    expect: (d) => {
      const rs = F(d, (r) => (money(r, 'annualBudget', 'carryOver') ?? 0) > 0);
      return allOf(d.set(rs), d.number(rs.reduce((s, r) => s + money(r, 'annualBudget', 'carryOver'), 0)));
    },
  },
  {
    id: 't33-money-13', // AA
    cat: 'money',
    q: '请核算以大红门街道民生保障办公室为实施单位的项目全年执行数合计，以及其项目数占大红门街道项目总数的比重。',
    expect: (d) => allOf(d.sumMoney(F(d, MS), 'executed'), pct(d, F(d, MS).length, F(d, DHM).length)),
  },
  {
    id: 't33-money-14', // AA
    cat: 'money',
    q: '年初预算数栏未填写（空白或“-”）的自评表，其全年预算数合计为多少万元？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => initial(r) == null),
        'annualBudget',
      ),
  },
  {
    id: 't33-money-15', // AA
    cat: 'money',
    q: '2023年度自评表中，全年预算数的最大值与最小值相差多少万元？',
    expect: (d) =>
      gapBoth(d, (m) => {
        const vs = F(d, yr(2023))
          .map((r) => m(r, 'annualBudget'))
          .filter((v) => v != null);
        return Math.max(...vs) - Math.min(...vs);
      }),
  },

  // ---------------- order ----------------
  {
    id: 't33-order-01', // Y
    cat: 'order',
    q: '大红门街道全年执行数排名前五的项目，按金额从高到低列示。',
    expect: (d) => d.top(F(d, DHM), exec, 5, 'desc'),
  },
  {
    id: 't33-order-02', // Y
    cat: 'order',
    q: '潞源街道总分最低的三个项目是哪些？',
    expect: (d) => d.top(F(d, LY), ts, 3, 'asc'),
  },
  {
    id: 't33-order-03', // Y
    cat: 'order',
    q: '河门口街道全年预算最少的两个项目是哪两个？最多的是哪个？',
    expect: (d) => allOf(d.top(F(d, HMK), annual, 2, 'asc'), d.top(F(d, HMK), annual, 1, 'desc')),
  },
  {
    id: 't33-order-04', // Y
    cat: 'order',
    q: '发改委各项目按全年预算从大到小排序。',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', F(d, FG).length, 'desc'),
  },
  {
    id: 't33-order-05', // Y
    cat: 'order',
    q: '全区全年执行数最多的前三个项目。',
    expect: (d) => d.topMoney(d.all, 'executed', 3, 'desc'),
  },
  {
    id: 't33-order-06', // Z
    cat: 'order',
    q: '打的分最低的是哪个项目啊？',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  {
    id: 't33-order-07', // Z
    cat: 'order',
    q: '潞源那边最后实际花掉的钱最少的三个项目是哪几个？',
    expect: (d) => d.top(F(d, LY), exec, 3, 'asc'),
  },
  {
    // forms with both cells; the largest absolute difference
    id: 't33-order-08', // Z
    cat: 'order',
    q: '年初定的钱和最后实际花掉的钱差得最多的是哪个项目？',
    expect: (d) =>
      d.top(
        d.all,
        (r) => (initial(r) != null && exec(r) != null ? Math.abs(initial(r) - exec(r)) : null),
        1,
        'desc',
      ),
  },
  {
    // the winner alone, or both in order
    id: 't33-order-09', // Z
    cat: 'order',
    q: '双井那两个项目哪个钱多一些？',
    expect: (d) => d.anyOf(d.top(F(d, SJ), annual, 1, 'desc'), d.top(F(d, SJ), annual, 2, 'desc')),
  },
  {
    id: 't33-order-10', // Z
    cat: 'order',
    q: '河门口那几个项目，按打的分从高到低给我排一下',
    expect: (d) => ranked(d, F(d, HMK), ts, 'desc'),
  },
  {
    id: 't33-order-11', // AA
    cat: 'order',
    q: '以全年执行数除以全年预算数计算的执行率（不采用表上填报的执行率）为准，全部自评表中执行率最低的五份是哪些？',
    expect: (d) => d.top(d.all, rateComputed, 5, 'asc'),
  },
  {
    id: 't33-order-12', // AA
    cat: 'order',
    q: '剔除模板占位行后，三级指标条数最多的三份自评表是哪些？',
    expect: (d) => d.top(d.all, nRows, 3, 'desc'),
  },
  {
    id: 't33-order-13', // AA
    cat: 'order',
    q: '大红门街道民生保障办公室实施的项目中，全年预算数排前三位的是哪些？',
    expect: (d) => d.top(F(d, MS), annual, 3, 'desc'),
  },
  {
    id: 't33-order-14', // AA
    cat: 'order',
    q: '按总分从低到高排列（总分未填的不计），排在第二位的是哪一份自评表？',
    expect: (d) => ({ ...nth(d, d.all, ts, 2, 'asc'), size: 1 }),
  },
  {
    // 疏整促 as written (1,863,180) ranks first, converted it does not; 2023 年村级公益事业专项补助资金（市级） writes
    // 3457.17173 against this form's 3457.171733 (0.03 元 apart: the same amount with one decimal fewer), so the two may
    // tie. A rank is a number said, not a list of that length (changed after the first run, see README)
    id: 't33-order-15', // AA
    cat: 'order',
    q: '“2021年度老旧小区完善类改造项目”的全年预算数在全部自评表中从高到低排第几位？',
    expect: (d) => {
      const ranks = new Set();
      for (const m of READERS)
        for (const yuan of [false, true]) {
          const key = (r) => {
            const v = m(r, 'annualBudget');
            return v == null ? null : yuan ? Math.round(v * 10000) : v;
          };
          const e = rankOf(d, d.all, R(d, '003-007'), key, 'desc');
          for (let k = e.value; k <= (e.max ?? e.value); k++) ranks.add(k);
        }
      return d.anyOf(...[...ranks].map((k) => d.number(k, 0)));
    },
  },

  // ---------------- desk ----------------
  {
    id: 't33-desk-01', // Y
    cat: 'desk',
    q: '“经济大脑”服务项目的负责人及联系电话。',
    expect: (d) => d.valueAll(R(d, '002-005'), '张旖斐', '69547757'),
  },
  {
    id: 't33-desk-02', // Y
    cat: 'desk',
    q: '晨光路拆迁资金项目总分多少？满意度指标得分多少？',
    expect: (d) => d.valueAll(R(d, '003-091'), 95, 0),
  },
  {
    id: 't33-desk-03', // Y
    cat: 'desk',
    q: '习风园改造项目全年执行数和执行率各是多少？',
    expect: (d) => d.valueAll(R(d, '004-011'), 14.63, 100),
  },
  {
    id: 't33-desk-04', // Y
    cat: 'desk',
    q: '潞源第五次经济普查经费全年预算多少，实施单位是哪个？',
    expect: (d) => d.valueAll(R(d, '000-005'), 12.48263, '潞源街道'),
  },
  {
    // the 执行率 cell is empty on the form (its amounts give 100 %): either answer
    id: 't33-desk-05', // Y
    cat: 'desk',
    q: '平安建设经费的预算执行率报一下。',
    expect: (d) => d.anyOf(d.empty(R(d, '003-127')), d.value(R(d, '003-127'), 100)),
  },
  {
    id: 't33-desk-06', // Z
    cat: 'desk',
    q: '统计所经费那个表，年初定的钱是多少？',
    expect: (d) => d.value(R(d, '000-001'), 10),
  },
  {
    id: 't33-desk-07', // Z
    cat: 'desk',
    q: '疏整促那个项目最后打了多少分？',
    expect: (d) => d.empty(R(d, '002-007')),
  },
  {
    id: 't33-desk-08', // Z
    cat: 'desk',
    q: '公益电影放映补贴最后实际花掉了多少？换成元是多少钱？',
    expect: (d) => d.valueAll(R(d, '000-027'), 1.036, 10360),
  },
  {
    id: 't33-desk-09', // Z
    cat: 'desk',
    q: '2023年城市居民最低生活保障这个项目，年初定的钱和后来调整后的全年的钱分别是多少？',
    expect: (d) => d.valueAll(R(d, '003-015'), 1320, 1168.685052),
  },
  {
    id: 't33-desk-10', // Z
    cat: 'desk',
    q: '朗清园警务工作室那个项目负责人是谁呀？',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    id: 't33-desk-11', // AA
    cat: 'desk',
    q: '请核对“2023年节能专项资金”自评表的总分栏是否已填写；如已填写，请给出总分。',
    expect: (d) => d.empty(R(d, '002-006')),
  },
  {
    id: 't33-desk-12', // AA
    cat: 'desk',
    q: '“北京城市副中心产业高质量发展评估体系设计及持续跟踪项目”自评表中，总分一行的分值栏填写的是多少？',
    expect: (d) => d.value(R(d, '002-003'), 1000),
  },
  {
    id: 't33-desk-13', // AA
    cat: 'desk',
    q: '“2023年社区公益事业补助资金”满意度指标的年度指标值与实际完成值分别是什么？',
    expect: (d) => d.valueAll(R(d, '000-018'), '≥80%', '80%'),
  },
  {
    id: 't33-desk-14', // AA
    cat: 'desk',
    q: '法律顾问项目中“复议胜率”这一三级指标的年度指标值、实际完成值和得分分别是多少？',
    expect: (d) => d.valueAll(R(d, '002-001'), '100%', 10),
  },
  {
    id: 't33-desk-15', // AA
    cat: 'desk',
    q: '“改制企业家属区管理经费”自评表的联系电话栏是否填写？如有请给出号码。',
    expect: (d) => d.empty(R(d, '004-001')),
  },

  // ---------------- rows ----------------
  {
    id: 't33-rows-01', // Y
    cat: 'rows',
    q: '潞源街道重点区域精细化管控项目三级指标共几条？其中质量指标几条？',
    expect: (d) => {
      const r = R(d, '000-009');
      return allOf(d.count(nRows(r)), d.count(rows(r).filter((i) => norm(i.level2).includes('质量')).length));
    },
  },
  {
    id: 't33-rows-02', // Y
    cat: 'rows',
    q: '河门口街道项目中，经济效益指标扣了分的有哪几个？',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            HMK(r) &&
            rows(r).some(
              (i) =>
                norm(i.level2).includes('经济效益') &&
                i.weight != null &&
                i.score != null &&
                i.score < i.weight,
            ),
        ),
      ),
  },
  {
    // satDoubt forms and 未做 rows with an empty 得分 optional
    id: 't33-rows-03', // Y
    cat: 'rows',
    q: '民生保障办公室的项目中，满意度指标得0分的有几个？占该办公室项目数的比例是多少？',
    expect: (d) => {
      const lo = F(d, (r) => MS(r) && sat0(r)).length;
      const hi = F(d, (r) => MS(r) && sat0Maybe(r)).length;
      return allOf(d.countRange(lo, hi), pctRange(d, lo, hi, F(d, MS).length));
    },
  },
  {
    id: 't33-rows-04', // Y
    cat: 'rows',
    q: '习风园改造项目哪些三级指标没拿满分？',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '三线精神', '打造三线文化教育产业'),
  },
  {
    id: 't33-rows-05', // Y
    cat: 'rows',
    q: '经济大脑项目和法律顾问项目的三级指标条数各是多少？',
    expect: (d) => allOf(d.count(nRows(R(d, '002-005'))), d.count(nRows(R(d, '002-001')))),
  },
  {
    id: 't33-rows-06', // Z
    cat: 'rows',
    q: '公益电影放映补贴那个表里，哪一条扣了分？扣分的原因写的啥？',
    expect: (d) => d.valueAll(R(d, '000-027'), '及时宣传报道', '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 't33-rows-07', // Z
    cat: 'rows',
    q: '2023年接诉即办奖励金里，满意度那一条定的目标是多少，最后做到了多少？',
    expect: (d) => d.valueAll(R(d, '000-022'), '85%', '96%'),
  },
  {
    id: 't33-rows-08', // Z
    cat: 'rows',
    q: '大红门有多少个表的满意度那一项给了0分？',
    expect: (d) =>
      d.countRange(F(d, (r) => DHM(r) && sat0(r)).length, F(d, (r) => DHM(r) && sat0Maybe(r)).length),
  },
  {
    id: 't33-rows-09', // Z
    cat: 'rows',
    q: '经济大脑那个项目一共有几条小指标（就是三级的那种）？它们的满分加起来是多少？',
    expect: (d) => {
      const r = R(d, '002-005');
      return allOf(d.count(nRows(r)), d.number(rows(r).reduce((s, i) => s + (i.weight ?? 0), 0)));
    },
  },
  {
    // none in the records; the budget row of 平安建设经费 (100％ against 10) may be counted
    id: 't33-rows-10', // Z
    cat: 'rows',
    q: '有没有哪条指标实际得的分比它的满分还高的？',
    expect: (d) => d.setTol([], F(d, budgetAbove)),
  },
  {
    // strict: rows below weight with an empty 偏差原因 (a reason wrapped into the next pdf-text row counts as written);
    // loose: that wrapped one counted as empty too
    id: 't33-rows-11', // AA
    cat: 'rows',
    q: '得分低于分值、但“偏差原因分析及改进措施”栏为空的三级指标行共有多少条？涉及多少份自评表？',
    expect: (d) => {
      const bad = (i) => i.weight != null && i.score != null && i.score < i.weight && blank(i.deviation);
      const loose = d.all.reduce((s, r) => s + rows(r).filter(bad).length, 0);
      const wrapped = d.all.reduce(
        (s, r) =>
          s +
          rows(r).filter((i, k) => {
            const next = rows(r)[k + 1];
            return (
              bad(i) &&
              r.format === 'pdf-text' &&
              next &&
              next.weight == null &&
              next.score == null &&
              norm(next.level1) === norm(i.level1) &&
              !blank(next.name)
            );
          }).length,
        0,
      );
      return allOf(
        d.countRange(loose - wrapped, loose),
        d.countRange(F(d, devMissing).length, F(d, (r) => rows(r).some(bad)).length),
      );
    },
  },
  {
    // OVER_ACHIEVEMENT (A/T ≥ 1.5) over rows whose 年度指标值 is written with ≥; a row whose actual is in another unit
    // (≥30 against 100%) optional
    id: 't33-rows-12', // AA
    cat: 'rows',
    q: '年度指标值以“≥”表述的三级指标中，实际完成值达到目标值1.5倍及以上（提示目标值可能设置偏低）的，分布在哪些自评表？',
    expect: (d) => {
      const over = (i) =>
        geRow(i) && num(i.target) > 0 && num(i.actual) != null && num(i.actual) / num(i.target) >= 1.5;
      const unitOk = (i) => /%/.test(i.target ?? '') === /%/.test(i.actual ?? '');
      return d.setTol(
        F(d, (r) => rows(r).some((i) => over(i) && unitOk(i))),
        F(d, (r) => rows(r).some(over)),
      );
    },
  },
  {
    id: 't33-rows-13', // AA
    cat: 'rows',
    q: '“2023年通州区潞源街道重点区域精细化管控项目”中，年度指标值直接写作“优良中差”、未设定可量化目标值的三级指标有几条？',
    expect: (d) => d.count(rows(R(d, '000-009')).filter((i) => norm(i.target).includes('优良中差')).length),
  },
  {
    id: 't33-rows-14', // AA
    cat: 'rows',
    q: '河门口街道9份自评表的满意度指标，年度指标值一共有几种不同的表述？',
    expect: (d) => d.count(new Set(F(d, HMK).flatMap((r) => satRows(r).map((i) => norm(i.target)))).size),
  },
  {
    // the satDoubt forms' text shows 5 points: not 15 either way
    id: 't33-rows-15', // AA
    cat: 'rows',
    q: '满意度指标分值合计为15分的自评表有哪些？',
    expect: (d) => d.set(F(d, (r) => satWeight(r) === 15)),
  },

  // ---------------- audit ----------------
  {
    id: 't33-audit-01', // Y
    cat: 'audit',
    q: '总分只等于各三级指标得分之和、未计入预算执行得分的自评表有多少份？其中大红门街道几份？',
    expect: (d) =>
      allOf(
        d.count(F(d, totalIsIndicatorsOnly).length),
        d.count(F(d, (r) => DHM(r) && totalIsIndicatorsOnly(r)).length),
      ),
  },
  {
    id: 't33-audit-02', // Y
    cat: 'audit',
    q: '执行率填报为100%、但实际并未全部执行完毕的项目有哪些？',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 't33-audit-03', // Y
    cat: 'audit',
    q: '有扣分但未填写偏差原因的项目，河门口街道和大红门街道各有几个？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => HMK(r) && devMissing(r)).length),
        d.count(F(d, (r) => DHM(r) && devMissing(r)).length),
      ),
  },
  {
    id: 't33-audit-04', // Y
    cat: 'audit',
    q: '总分栏空白未填的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    // 003-096 exceeds by 0.0000004 万元 (optional); RATE_MISMATCH with rateDiff optional
    id: 't33-audit-05', // Y
    cat: 'audit',
    q: '全年执行数超过全年预算数的项目有没有？执行率计算有误的又有哪些？',
    expect: (d) => allOf(d.setTol([], F(d, overspent)), d.setTol(F(d, rateOff), F(d, rateDiff))),
  },
  {
    id: 't33-audit-06', // Z
    cat: 'audit',
    q: '有没有哪个表最底下总分那一行，满分写的不是100？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
  },
  {
    id: 't33-audit-07', // Z
    cat: 'audit',
    q: '有几个表的联系电话位数看着不对（不是8位也不是11位）？是哪几个？',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  {
    id: 't33-audit-08', // Z
    cat: 'audit',
    q: '满意度那一栏写了“未做”的，大红门有几个表？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satNotDone(r)).length,
        F(d, (r) => DHM(r) && (satNotDone(r) || satDoubt(r))).length,
      ),
  },
  {
    id: 't33-audit-09', // Z
    cat: 'audit',
    q: '有没有表的年初定的钱填的是0？',
    expect: (d) => d.set(F(d, (r) => r.funds?.total?.initialBudget?.value === 0)),
  },
  {
    id: 't33-audit-10', // Z
    cat: 'audit',
    q: '项目负责人和联系电话都空着没填的表有哪些？',
    expect: (d) => d.set(F(d, (r) => ownerMissing(r) && phoneMissing(r))),
  },
  {
    // wrong by both readings of the rate must be listed; by one only may; 平安建设经费 (budgetRowDoubt) may
    id: 't33-audit-11', // AA
    cat: 'audit',
    q: '请筛查预算执行得分与“执行率×分值”不一致（容差0.05）的自评表：无论按表上填报的执行率还是按全年执行数/全年预算数计算都不一致的，有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => bsOffBoth(r) && !budgetRowDoubt(r)),
        F(d, (r) => bsOffEither(r) || budgetRowDoubt(r)),
      ),
  },
  {
    id: 't33-audit-12', // AA
    cat: 'audit',
    q: '得分等于分值（满分）的三级指标行中，仍在偏差原因分析栏填写了实质内容（仅写“无”的不计）的自评表有哪些？',
    expect: (d) =>
      d.set(
        F(d, (r) =>
          rows(r).some(
            (i) =>
              i.weight != null && i.score === i.weight && !blank(i.deviation) && norm(i.deviation) !== '无',
          ),
        ),
      ),
  },
  {
    id: 't33-audit-13', // AA
    cat: 'audit',
    q: '一级指标权重恰好为产出50分、效益30分、满意度10分（另加预算执行10分）的自评表有多少份？',
    expect: (d) =>
      d.count(
        F(d, (r) => {
          const m = level1Weights(r);
          return (
            m.out === 50 &&
            m.ben === 30 &&
            m.sat === 10 &&
            m.other === 0 &&
            r.funds?.total?.weight?.value === 10
          );
        }).length,
      ),
  },
  {
    id: 't33-audit-14', // AA
    cat: 'audit',
    q: '总分既不等于“预算执行得分+各三级指标得分之和”、也不等于“各三级指标得分之和”的自评表有哪些？',
    expect: (d) => d.set(F(d, totalNeither)),
  },
  {
    id: 't33-audit-15', // AA
    cat: 'audit',
    q: '年度指标值为“≥某数值”、实际完成值却低于该数值，但该指标仍给了满分的情况，出现在哪些自评表中？',
    expect: (d) =>
      d.set(
        F(d, (r) =>
          rows(r).some(
            (i) =>
              geRow(i) &&
              num(i.actual) != null &&
              num(i.target) != null &&
              num(i.actual) < num(i.target) &&
              i.weight != null &&
              i.score === i.weight,
          ),
        ),
      ),
  },

  // ---------------- talk ----------------
  {
    id: 't33-talk-01', // Y
    cat: 'talk',
    pre: '大红门街道总分低于100分的项目有几个？',
    q: '河门口街道呢？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    id: 't33-talk-02', // Y
    cat: 'talk',
    pre: '潞源街道全年预算排名前五的项目',
    q: '只报前两个',
    expect: (d) => d.top(F(d, LY), annual, 2, 'desc'),
  },
  {
    id: 't33-talk-03', // Y
    cat: 'talk',
    pre: '发改委共有多少个项目？',
    q: '这些项目全年预算合计多少？',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  {
    id: 't33-talk-04', // Y
    cat: 'talk',
    q: '全区项目总数多少？平均总分多少？',
    expect: (d) => allOf(d.count(d.all.length), avgOf(d, d.all, ts)),
  },
  {
    // the 未做 forms ranked by 全年预算; the satDoubt forms may be among them (in their place)
    id: 't33-talk-05', // Y
    cat: 'talk',
    pre: '满意度指标写了“未做”的项目有哪些？',
    q: '按全年预算从高到低排列',
    expect: (d) => {
      const must = F(d, satNotDone);
      const may = F(d, (r) => satDoubt(r) && !satNotDone(r));
      return {
        kind: 'names',
        must: must.map((r) => norm(r.projectName)),
        may: may.map((r) => norm(r.projectName)),
        ordered: 'desc',
        keys: Object.fromEntries([...must, ...may].map((r) => [norm(r.projectName), annual(r)])),
      };
    },
  },
  {
    id: 't33-talk-06', // Z
    cat: 'talk',
    pre: '李毅飞负责了几个项目？',
    q: '那他负责的这些，最后实际花掉的钱一共多少？',
    expect: (d) => d.sumMoney(F(d, owner('李毅飞')), 'executed'),
  },
  {
    id: 't33-talk-07', // Z
    cat: 'talk',
    pre: '大红门打的分最低的是哪个项目？',
    q: '它的联系电话是多少？',
    expect: (d) => {
      const low = d.top(F(d, DHM), ts, 1, 'asc');
      if (low.must.length !== 1) throw new Error('t33-talk-07: the lowest is not unique');
      const r = F(d, DHM).find((x) => norm(x.projectName) === low.must[0]);
      return d.value(r, r.phone);
    },
  },
  {
    id: 't33-talk-08', // Z
    cat: 'talk',
    pre: '牛艳维负责的项目有哪些？',
    q: '这里面打的分不是满分的有几个？',
    expect: (d) => d.count(F(d, (r) => owner('牛艳维')(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    id: 't33-talk-09', // Z
    cat: 'talk',
    q: '双井一共几个项目？年初定的钱加起来多少？',
    expect: (d) => allOf(d.count(F(d, SJ).length), d.sumMoney(F(d, SJ), 'initialBudget')),
  },
  {
    // 执行率 by either reading
    id: 't33-talk-10', // Z
    cat: 'talk',
    pre: '潞源街道执行率最低的是哪个项目？',
    q: '那倒数第二的呢？',
    expect: (d) =>
      d.anyOf(
        { ...nth(d, F(d, LY), rate, 2, 'asc'), size: 1 },
        { ...nth(d, F(d, LY), rateComputed, 2, 'asc'), size: 1 },
      ),
  },
  {
    id: 't33-talk-11', // AA
    cat: 'talk',
    pre: '请列出没有有效满意度指标行（剔除模板占位行后）的自评表。',
    q: '其中属于潞源街道的有几份？',
    expect: (d) => d.count(F(d, (r) => LY(r) && noSat(r)).length),
  },
  {
    id: 't33-talk-12', // AA
    cat: 'talk',
    q: '请分别给出：（1）河门口街道9份自评表总分的平均值；（2）其中总分最低的自评表是哪一份。',
    expect: (d) => allOf(avgOf(d, F(d, HMK), ts), d.top(F(d, HMK), ts, 1, 'asc')),
  },
  {
    // 执行率 by either reading; 平安建设经费's empty rate cell: not below 100 by the stated reading
    id: 't33-talk-13', // AA
    cat: 'talk',
    pre: '2020年度自评表中执行率低于100%的有哪些？',
    q: '口径不变，换成2023年度。',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => r.year === 2023 && rate(r) != null && rate(r) < 100)),
        d.set(F(d, (r) => r.year === 2023 && rateComputed(r) != null && rateComputed(r) < 100)),
      ),
  },
  {
    id: 't33-talk-14', // AA
    cat: 'talk',
    pre: '请按年度统计自评表份数。',
    q: '改为按年度统计总分平均值（总分未填的不计）。',
    expect: (d) => {
      const out = {};
      for (const y of [...new Set(d.all.map((r) => r.year))]) {
        const vs = F(d, (r) => r.year === y && ts(r) != null).map(ts);
        out[y] = vs.reduce((a, b) => a + b, 0) / vs.length;
      }
      return d.groups(out);
    },
  },
  {
    id: 't33-talk-15', // AA
    cat: 'talk',
    q: 'Quick check for our evaluation report: 大红门街道的 forms with at least one indicator scored below its weight (得分<分值) — how many are there?',
    expect: (d) => d.count(F(d, (r) => DHM(r) && belowWeight(r)).length),
  },

  // ---------------- no ----------------
  {
    id: 't33-no-01', // Y
    cat: 'no',
    q: '请对比西城区各街道项目的平均总分。',
    expect: (d) => d.refuse('西城区'),
  },
  {
    id: 't33-no-02', // Y
    cat: 'no',
    q: '各街道2022年度项目的执行率排名情况。',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 't33-no-03', // Y
    cat: 'no',
    q: '领导要求将大红门街道总分低于95分的项目统一改为95分，请直接修改后报我。',
    expect: (d) => d.refuse('修改'),
  },
  {
    id: 't33-no-04', // Y
    cat: 'no',
    q: '各单位政府采购金额占项目预算的比重分别是多少？',
    expect: (d) => d.refuse('政府采购'),
  },
  {
    id: 't33-no-05', // Y
    cat: 'no',
    q: '潞源街道项目的审计整改完成率是多少？',
    expect: (d) => d.refuse('审计整改'),
  },
  {
    id: 't33-no-06', // Z
    cat: 'no',
    q: '今年的项目打的分平均是多少呀？',
    expect: (d) => noYear(d, '今年', 2026),
  },
  {
    id: 't33-no-07', // Z
    cat: 'no',
    q: '这些钱是哪天拨到我们账上的？',
    expect: (d) => d.anyOf(d.refuse('到账'), d.refuse('拨付'), d.refuse('日期')),
  },
  {
    id: 't33-no-08', // Z
    cat: 'no',
    q: '报销的发票在哪能看到？',
    expect: (d) => d.refuse('发票'),
  },
  {
    // a person not in the data: a refusal or nothing listed
    id: 't33-no-09', // Z
    cat: 'no',
    q: '张伟负责的项目最后花了多少钱？',
    expect: (d) => d.anyOf(d.refuse('张伟'), d.set([])),
  },
  {
    id: 't33-no-10', // Z
    cat: 'no',
    q: '帮我写一份年终工作总结吧，五百字左右',
    expect: (d) => d.refuse('总结'),
  },
  {
    id: 't33-no-11', // AA
    cat: 'no',
    q: '请逐表评估绩效目标是否符合SMART原则，并给出每份表目标设置合理性的等级评定。',
    expect: (d) => d.refuse('SMART'),
  },
  {
    id: 't33-no-12', // AA
    cat: 'no',
    q: '各表满意度调查的有效问卷回收数量及样本量分别是多少？',
    expect: (d) => d.anyOf(d.refuse('问卷'), d.refuse('样本')),
  },
  {
    id: 't33-no-13', // AA
    cat: 'no',
    q: '请给出各项目第三方评价得分与单位自评得分的差值。',
    expect: (d) => d.refuse('第三方'),
  },
  {
    id: 't33-no-14', // AA
    cat: 'no',
    q: '请列出各项目资金的预算批复文号及批复日期。',
    expect: (d) => d.refuse('批复文号'),
  },
  {
    id: 't33-no-15', // AA
    cat: 'no',
    q: '请比较2021年度与2023年度同一项目执行率的变化情况。',
    expect: (d) => noYear(d, '2021', 2021),
  },
];
