// The forty-sixth part (helper "blind64"): 120 portfolio questions asked by three people over the 169 forms — (A) an
// older cadre of a 街道办事处 who writes long, roundabout sentences with the background first (下个月要迎接区里的绩效检查，
// 领导让我先摸个底…), the ask in the middle or at the end, and formal polite closings; (B) a data-minded analyst of the
// 区财政局 asking statistics over groups (平均, 合计, 占比, 最大/最小, 分布, 区间计数, 差距, 排名第几), comparisons of two
// groups or two years, and indicator rows as data (条数, 分值合计, 扣分合计, 目标值与实际值不一致的条数); (C) someone who
// pastes from another system or a spreadsheet: field names of other templates, in English or pinyin (Project name,
// budget_total, zxl, 执行率(%), 年初预算数（万元）), values with units and separators (3,919,200.00元, 100.00%), quoted
// cell text, a pasted line to check against the data, and follow-ups with `pre` that change one thing (换成…, 只看…,
// 倒过来, 去掉…). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's
// question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions:
// ../README.md ("The forty-sixth part"). Each category: the first third A, the second B, the last C.
import {
  belowWeight,
  blank,
  budgetScore,
  budgetWeight,
  devMissing,
  money,
  norm,
  rate,
  rows,
  satDoubt,
  satLow,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  column,
  F,
  groupCount,
  lostPts,
  moneyBandCount,
  noYear,
  nth,
  overspent,
  overspentReal,
  own,
  ownAny,
  phoneNumbers,
  rankOf,
  rateDiff,
  rateOff,
  shortRow,
  tallyBy,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  DHM,
  FG,
  HMK,
  ids,
  LY,
  l1Exact,
  over,
  pct,
  R,
  RATES,
  READERS,
  rowsOf,
  SJ,
  signed,
  wanOrYuan,
  yr,
} from './helpers.mjs';

const sumBy = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const avgOf = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
/** 实施单位 民生保障办公室 (003-055 writes 「民生保障办公室是」: the same office). */
const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 实施单位 城乡管理办公室 as written; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
const CX = (r) => norm(r.implementingUnit).includes('城乡管理办公室');
const CX_WIDE = (r) => CX(r) || ['003-054', '003-095'].includes(r.id);
/** 全年 above 年初, both written. */
const both = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
const raise = (r) => (both(r) ? money(r, 'annualBudget') - money(r, 'initialBudget') : null);
/** The street offices with the labels an answer may give them. */
const STREET_LABELS = [
  { 潞源: '000', 双井: '001', 大红门: '003', 河门口: '004' },
  { 潞源街道: '000', 双井街道: '001', 大红门街道: '003', 河门口街道: '004' },
  {
    潞源街道办事处: '000',
    双井街道办事处: '001',
    大红门街道办事处: '003',
    河门口街道办事处: '004',
  },
];

export const questions = [
  // ---------------------------------------------------------------- money (A 01–09, B 10–17, C 18–25)
  {
    id: 't46-money-01',
    cat: 'money',
    q: '我们这边下个月要迎接区里的绩效检查，领导让我先摸个底，想麻烦您帮忙看一下，潞源街道2023年度这些项目的全年预算数加起来一共是多少万元，我好填到汇报材料里，谢谢您。',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => LY(r) && yr(2023)(r)),
        'annualBudget',
      ),
  },
  {
    id: 't46-money-02',
    cat: 'money',
    q: '区里前两天发了通知，说要对各街道的资金执行情况做个通报，我们科长让我先把大红门街道的情况弄清楚，请问大红门街道所有项目的全年执行数合计是多少？麻烦您了。',
    expect: (d) => d.sumMoney(F(d, DHM), 'executed'),
  },
  {
    id: 't46-money-03',
    cat: 'money',
    // 结余 = 全年预算数 − 全年执行数 (68 − 65.39337), in 万元 or in 元
    q: '是这样的，社区那边反映2023年社区公益事业补助资金好像没有花完，领导让我核实一下，想请您帮忙查查这个项目全年预算和全年执行数之间还差多少钱没花出去，谢谢。',
    expect: (d) => {
      const r = R(d, '000-018');
      return wanOrYuan(d, money(r, 'annualBudget') - money(r, 'executed'));
    },
  },
  {
    id: 't46-money-04',
    cat: 'money',
    q: '我们统计口径上想把统计所经费和统计站（室）这两个项目合在一起报，麻烦您帮我算一下这两个项目的全年预算数加起来是多少，辛苦了。',
    expect: (d) => d.sumMoney(F(d, ids('000-001', '000-002')), 'annualBudget'),
  },
  {
    id: 't46-money-05',
    cat: 'money',
    q: '领导下午要开会，临时让我准备一下发改委2023年项目的资金情况，请问发改委这些项目的全年执行数一共是多少万元？劳驾您帮忙查一下，谢谢。',
    expect: (d) => d.sumMoney(F(d, FG), 'executed'),
  },
  {
    id: 't46-money-06',
    cat: 'money',
    // 年初 1320 − 全年 1168.685052, said with 多 or signed
    q: '我们在对账的时候发现，2023年城市居民最低生活保障这个项目年初和全年的数不一样，想麻烦您看一下它的年初预算数比全年预算数多了多少，谢谢您的帮助。',
    expect: (d) => {
      const r = R(d, '003-015');
      return signed(d, money(r, 'initialBudget') - money(r, 'annualBudget'));
    },
  },
  {
    id: 't46-money-07',
    cat: 'money',
    // either reading of 执行率: stated 99.9 %, computed 433 / 438
    q: '有个事想跟您确认一下，我们朗清园社区警务工作室装饰装修和信息化工程相关资金项目，检查组可能会问到执行率，请问这个项目的执行率是多少？谢谢。',
    expect: (d) => {
      const r = R(d, '000-006');
      return d.anyOf(pct(d, rate(r)), pct(d, (100 * money(r, 'executed')) / money(r, 'annualBudget')));
    },
  },
  {
    id: 't46-money-08',
    cat: 'money',
    q: '双井街道2020年就那么两个疫情防控的项目，我们想算一下平均每个项目的全年预算是多少，好和别的街道比一比，麻烦您帮忙，谢谢。',
    expect: (d) => d.number(avgOf(F(d, SJ), (r) => money(r, 'annualBudget'))),
  },
  {
    id: 't46-money-09',
    cat: 'money',
    // 实施单位 城乡管理办公室; 城乡建设办公室 and 「城乡办、平安办」 may be counted as it
    q: '我们准备检查材料的时候想看一下大红门街道城乡管理办公室（实施单位）这一块的情况，请问他们负责的项目全年预算数合计是多少？方便的话麻烦告诉我一下，谢谢。',
    expect: (d) => d.anyOf(d.sumMoney(F(d, CX), 'annualBudget'), d.sumMoney(F(d, CX_WIDE), 'annualBudget')),
  },
  {
    id: 't46-money-10',
    cat: 'money',
    // one group per 主管部门 as written; 疏整促's 1,863,180 read as written or as 元
    q: '按主管部门（以表上填写的为准）汇总全年预算数，每个主管部门合计多少？',
    expect: (d) =>
      over(d, READERS, (m) =>
        d.groups(
          tallyBy(
            d.all,
            (r) => r.department,
            (r) => m(r, 'annualBudget') ?? 0,
          ),
        ),
      ),
  },
  {
    id: 't46-money-11',
    cat: 'money',
    q: '潞源街道项目的平均全年预算比大红门街道项目的平均全年预算高还是低？差多少万元？',
    expect: (d) =>
      signed(
        d,
        avgOf(F(d, LY), (r) => money(r, 'annualBudget')) - avgOf(F(d, DHM), (r) => money(r, 'annualBudget')),
      ),
  },
  {
    id: 't46-money-12',
    cat: 'money',
    q: '2023年项目的全年执行数合计占全部项目全年执行数合计的比重是多少（%）？',
    expect: (d) =>
      over(d, READERS, (m) =>
        pct(
          d,
          (100 * sumBy(F(d, yr(2023)), (r) => m(r, 'executed'))) / sumBy(d.all, (r) => m(r, 'executed')),
        ),
      ),
  },
  {
    id: 't46-money-13',
    cat: 'money',
    q: '全年预算数最大的项目和最小的项目相差多少万元？',
    expect: (d) =>
      over(d, READERS, (m) => {
        const vs = d.all.map((r) => m(r, 'annualBudget')).filter((v) => v != null);
        return signed(d, Math.max(...vs) - Math.min(...vs));
      }),
  },
  {
    id: 't46-money-14',
    cat: 'money',
    // 平均执行率 = mean of the projects' rates, one reading for both years
    q: '2023年项目的平均执行率比2020年的高出（或低出）多少个百分点？',
    expect: (d) =>
      over(d, RATES, (f) => signed(d, avgOf(F(d, yr(2023)), f) - avgOf(F(d, yr(2020)), f), 0.051)),
  },
  {
    id: 't46-money-15',
    cat: 'money',
    q: '全年预算在100万元（含）以上的项目有几个？这些项目的全年预算合计是多少？',
    expect: (d) =>
      over(d, READERS, (m) => {
        const rs = F(d, (r) => m(r, 'annualBudget') != null && m(r, 'annualBudget') >= 100);
        return allOf(d.count(rs.length), d.number(sumBy(rs, (r) => m(r, 'annualBudget'))));
      }),
  },
  {
    id: 't46-money-16',
    cat: 'money',
    q: '实施单位为民生保障办公室的项目，全年执行数合计和平均值分别是多少？',
    expect: (d) => {
      const rs = F(d, MS);
      return allOf(d.sumMoney(rs, 'executed'), d.number(avgOf(rs, (r) => money(r, 'executed'))));
    },
  },
  {
    id: 't46-money-17',
    cat: 'money',
    // 003-082 writes 年初 0 (a written zero): counted or not
    q: '年初预算数与全年预算数不一致的项目有多少个？其中全年比年初调增的有几个？',
    expect: (d) => {
      const diff = F(d, (r) => both(r) && raise(r) !== 0);
      const zero = diff.filter((r) => money(r, 'initialBudget') === 0).length;
      const up = diff.filter((r) => raise(r) > 0).length;
      return allOf(d.countRange(diff.length - zero, diff.length), d.countRange(up - zero, up));
    },
  },
  {
    id: 't46-money-18',
    cat: 'money',
    q: 'Project name: 2023年下沉协管员经费 | budget_total: 3,919,200.00元 | 执行数: 391.92 | zxl: 100.00% —— 帮我对一下这行跟系统里的对得上吗，全年预算数到底是多少',
    // the project's 全年预算数 in a column of its table (tightened after the first run: the asker's own figure echoed back
    // in a reply that did not understand is not an answer)
    expect: (d) =>
      d.anyOf(
        column(d, '全年预算', [R(d, '000-026')], (r) => money(r, 'annualBudget')),
        column(d, '预算', [R(d, '000-026')], (r) => money(r, 'annualBudget')),
      ),
  },
  {
    id: 't46-money-19',
    cat: 'money',
    q: '年初预算数（万元）　2023年接诉即办奖励金　这一格应该是多少？',
    expect: (d) => d.value(R(d, '000-022'), 225),
  },
  {
    id: 't46-money-20',
    cat: 'money',
    q: '全年预算数 13,422,393.00元 的是哪个项目？',
    expect: (d) => d.set([R(d, '003-091')]),
  },
  {
    id: 't46-money-21',
    cat: 'money',
    pre: '潞源街道的全年执行数合计是多少',
    q: '换成全年预算数',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  {
    id: 't46-money-22',
    cat: 'money',
    // the projects whose 执行率 is below 100 under one reading (stated or computed), their 全年预算数 summed
    q: '执行率(%) < 100 的项目，budget_total 合计多少？',
    expect: (d) =>
      over(d, RATES, (f) =>
        d.sumMoney(
          F(d, (r) => f(r) != null && f(r) < 100),
          'annualBudget',
        ),
      ),
  },
  {
    id: 't46-money-23',
    cat: 'money',
    q: '把发改委2023年全年执行数合计换算成元，按 1,196,000.00元 这种格式给我',
    expect: (d) => over(d, READERS, (m) => d.number(10000 * sumBy(F(d, FG), (r) => m(r, 'executed')), 1)),
  },
  {
    id: 't46-money-24',
    cat: 'money',
    pre: '全年预算数最多的是哪个项目',
    q: '倒过来，最少的是哪个？多少钱？',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 1, 'asc'),
  },
  {
    id: 't46-money-25',
    cat: 'money',
    // the lead's metric (全年预算合计) over the 河门口 forms whose 年初预算数 is written
    pre: '河门口街道全年预算合计多少',
    q: '只看年初预算数填了的那几个',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => HMK(r) && money(r, 'initialBudget') != null),
        'annualBudget',
      ),
  },

  // ---------------------------------------------------------------- rows (A 01–09, B 10–17, C 18–25)
  {
    id: 't46-rows-01',
    cat: 'rows',
    q: '您好，我们在整理统计所经费这个项目的自评表，领导说三级指标写得太少了，想请您帮我看一下这个项目一共填了几条三级指标，谢谢。',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  {
    id: 't46-rows-02',
    cat: 'rows',
    q: '河门口街道习风园改造项目的自评表，上级审核的时候问我们哪几项指标扣了分，我这边一时找不到原表，麻烦您帮我列一下它没拿满分的三级指标，谢谢。',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  {
    id: 't46-rows-03',
    cat: 'rows',
    q: '社区那边在写年终总结，想引用2023年社区公益事业补助资金里满意度指标的年度指标值，请问这一项的年度指标值是怎么写的？麻烦告知一下。',
    expect: (d) => d.value(R(d, '000-018'), '≥80%'),
  },
  {
    id: 't46-rows-04',
    cat: 'rows',
    q: '上周开会有人提到2021年度老旧小区完善类改造项目的满意度没拿满分，领导让我问清楚，这个项目的满意度指标扣了几分？谢谢。',
    expect: (d) => d.value(R(d, '003-007'), 2),
  },
  {
    id: 't46-rows-05',
    cat: 'rows',
    q: '区里说要看各街道的指标体系是不是完整，我们想先了解一下潞源街道的项目一共填了多少条三级指标，麻烦您帮忙统计一下，谢谢。',
    expect: (d) => d.count(rowsOf(F(d, LY)).length),
  },
  {
    id: 't46-rows-06',
    cat: 'rows',
    q: '想请您帮忙看看，河门口街道这几个项目里，有哪些项目存在三级指标得分低于分值的情况，我们要准备整改说明，谢谢。',
    expect: (d) => d.set(F(d, (r) => HMK(r) && belowWeight(r))),
  },
  {
    id: 't46-rows-07',
    cat: 'rows',
    q: '2023年社区公益事业补助资金里“参与人数”这个指标，实际完成值填的是多少？我们写材料要用，麻烦了。',
    expect: (d) => d.value(R(d, '000-018'), '12097'),
  },
  {
    id: 't46-rows-08',
    cat: 'rows',
    q: '我们这边有个印象，好像有个项目的三级指标特别多，领导让我找出来看看，请问三级指标条数最多的是哪个项目，有多少条？谢谢您。',
    expect: (d) =>
      allOf(
        d.top(d.all, (r) => rows(r).length, 1, 'desc'),
        d.count(Math.max(...d.all.map((r) => rows(r).length))),
      ),
  },
  {
    id: 't46-rows-09',
    cat: 'rows',
    q: '麻烦您帮我查一下，双井街道疫情防控资金—基本户这个项目的成本指标，年度指标值和实际完成值分别是多少，谢谢。',
    // the 成本指标 row (指标1： 成本支出情况) writes a sentence as its target and 已完成 as its actual (corrected after the
    // first run: the 6.5万元 row is a 数量指标)
    expect: (d) => d.valueAll(R(d, '001-004'), '加强统筹，合理分配，节约利用', '已完成'),
  },
  {
    id: 't46-rows-10',
    cat: 'rows',
    q: '全部项目的三级指标一共多少条？平均每个项目多少条？',
    expect: (d) => {
      const n = rowsOf(d.all).length;
      return allOf(d.count(n), d.number(n / d.all.length));
    },
  },
  {
    id: 't46-rows-11',
    cat: 'rows',
    // 一级指标 as written (产出标指, 成本指标 and blank labels of 000 apart) or read loosely (产出标指 and 成本指标 as 产出)
    q: '按一级指标统计三级指标条数：产出指标、效益指标、满意度指标各多少条？',
    expect: (d) => {
      const exact = (w) => rowsOf(d.all, l1Exact(w)).length;
      const out = rowsOf(d.all, (i) => /产出|成本/.test(norm(i.level1))).length;
      return allOf(
        d.countRange(exact('产出指标'), out),
        d.count(exact('效益指标')),
        d.count(exact('满意度指标')),
      );
    },
  },
  {
    id: 't46-rows-12',
    cat: 'rows',
    // Σ (分值 − 得分) over the rows scored below their weight
    q: '大红门街道所有三级指标的扣分合计（分值减得分）是多少？',
    expect: (d) => d.number(sumBy(rowsOf(F(d, DHM)), lostPts)),
  },
  {
    id: 't46-rows-13',
    cat: 'rows',
    // the two cells compared as written
    q: '双井街道两个项目的三级指标中，年度指标值与实际完成值不一致的有多少条？',
    expect: (d) => d.count(rowsOf(F(d, SJ), (i) => norm(i.target) !== norm(i.actual)).length),
  },
  {
    id: 't46-rows-14',
    cat: 'rows',
    q: '河门口街道满意度指标的分值合计和得分合计分别是多少？',
    expect: (d) => {
      const rs = F(d, HMK).flatMap(satRows);
      return allOf(d.number(sumBy(rs, (i) => i.weight)), d.number(sumBy(rs, (i) => i.score)));
    },
  },
  {
    id: 't46-rows-15',
    cat: 'rows',
    q: '2020年和2023年的项目里，得分低于分值的三级指标分别有多少条？',
    expect: (d) =>
      d.groups({
        2020: rowsOf(F(d, yr(2020)), shortRow).length,
        2023: rowsOf(F(d, yr(2023)), shortRow).length,
      }),
  },
  {
    id: 't46-rows-16',
    cat: 'rows',
    // a satisfaction row scored 0; the satDoubt records (a 0-point row in their text) and a 未做 row whose 得分 is
    // empty may be counted
    q: '满意度指标得分为0的三级指标有多少条？',
    expect: (d) => {
      const n = d.all.flatMap(satRows).filter((i) => i.score === 0).length;
      const emptyNotDone = d.all
        .flatMap(satRows)
        .filter((i) => i.weight && i.score == null && /未做/.test(`${i.actual}${i.deviation}`)).length;
      return d.countRange(n, n + emptyNotDone + F(d, satDoubt).length);
    },
  },
  {
    id: 't46-rows-17',
    cat: 'rows',
    // 二级指标 成本 (or also the 000 rows whose 一级指标 reads 成本指标)
    q: '成本指标的平均分值是多少？',
    expect: (d) => {
      const a = rowsOf(d.all, (i) => norm(i.level2).includes('成本') && i.weight != null);
      const b = rowsOf(
        d.all,
        (i) => (norm(i.level2).includes('成本') || norm(i.level1).includes('成本')) && i.weight != null,
      );
      return d.anyOf(d.number(avgOf(a, (i) => i.weight)), d.number(avgOf(b, (i) => i.weight)));
    },
  },
  {
    id: 't46-rows-18',
    cat: 'rows',
    q: '「三级指标：聘用统计调查员｜年度指标值：1人｜实际完成值：1人」这一行是哪个项目表里的？',
    expect: (d) => d.set([R(d, '000-001')]),
  },
  {
    id: 't46-rows-19',
    cat: 'rows',
    // forms with a satisfaction row scored below its weight; satDoubt records and the 未做 row with an empty 得分 may
    q: 'level1 = 满意度指标 AND 得分 < 分值，这样的项目有几个',
    expect: (d) => {
      const n = F(d, satLow).length;
      const may = F(
        d,
        (r) =>
          !satLow(r) &&
          (satDoubt(r) ||
            satRows(r).some((i) => i.weight && i.score == null && /未做/.test(`${i.actual}${i.deviation}`))),
      ).length;
      return d.countRange(n, n + may);
    },
  },
  {
    id: 't46-rows-20',
    cat: 'rows',
    pre: '习风园改造项目的三级指标有哪些',
    q: '只看扣了分的',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  {
    id: 't46-rows-21',
    cat: 'rows',
    q: '年度指标值 写的是“优良中差”的三级指标，一共几条',
    expect: (d) => d.count(rowsOf(d.all, (i) => norm(i.target).includes('优良中差')).length),
  },
  {
    id: 't46-rows-22',
    cat: 'rows',
    pre: '2023年城乡基层党组织服务群众经费（市级资金）有几条三级指标',
    q: '换成区级资金那个',
    expect: (d) => d.count(rows(R(d, '000-023')).length),
  },
  {
    id: 't46-rows-23',
    cat: 'rows',
    // word-text forms only (潞源, 发改委): their records are exact
    q: '实际完成值 is blank 但 分值 有数的 indicator —— 只查潞源和发改委的表，是哪个项目',
    expect: (d) =>
      d.set(F(d, (r) => (LY(r) || FG(r)) && rows(r).some((i) => i.weight > 0 && blank(i.actual)))),
  },
  {
    id: 't46-rows-24',
    cat: 'rows',
    q: '潞源 | 三级指标名称含“满意度” | count',
    expect: (d) => d.count(rowsOf(F(d, LY), (i) => norm(i.name).includes('满意度')).length),
  },
  {
    id: 't46-rows-25',
    cat: 'rows',
    pre: '2021年度老旧小区完善类改造项目满意度指标得了几分',
    q: '那分值呢？',
    expect: (d) => d.value(R(d, '003-007'), 10),
  },

  // ---------------------------------------------------------------- talk (A 01–07, B 08–14, C 15–20)
  {
    id: 't46-talk-01',
    cat: 'talk',
    q: '您好，我是街道办的老同志，刚把绩效这块工作接过来，很多情况还不熟悉，想先问一下咱们系统里一共有多少个项目的自评表，麻烦您了。',
    expect: (d) => d.count(d.all.length),
  },
  {
    id: 't46-talk-02',
    cat: 'talk',
    pre: '潞源街道的项目有多少个',
    q: '那双井街道的呢？也麻烦帮我数一下，谢谢。',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    id: 't46-talk-03',
    cat: 'talk',
    // 河门口's lowest 总分 (97) is shared by three forms; their 全年预算数 in a column
    pre: '河门口街道总分最低的项目是哪几个',
    q: '那它们的全年预算分别是多少，麻烦列一下',
    expect: (d) => {
      const pool = F(d, HMK);
      const low = Math.min(...pool.map(ts));
      const rs = pool.filter((r) => ts(r) === low);
      return d.anyOf(
        column(d, '全年预算', rs, (r) => money(r, 'annualBudget')),
        column(d, '预算', rs, (r) => money(r, 'annualBudget')),
      );
    },
  },
  {
    id: 't46-talk-04',
    cat: 'talk',
    q: '麻烦帮我查一下双井街道疫情防控资金基本户的全年预算……不好意思我说错了，是其他零余额专项那个项目，谢谢。',
    expect: (d) => d.value(R(d, '001-005'), 32.9),
  },
  {
    id: 't46-talk-05',
    cat: 'talk',
    q: '最近检查多，您这边也辛苦了。想顺便问一下，大红门街道城乡管理办公室负责的项目有多少个？',
    expect: (d) => d.countRange(F(d, CX).length, F(d, CX_WIDE).length),
  },
  {
    id: 't46-talk-06',
    cat: 'talk',
    // 王璐 has no other project: an empty answer, or the one project again
    pre: '晨光路拆迁资金的负责人是谁',
    q: '他名下还有别的项目吗？麻烦您看一下。',
    expect: (d) =>
      d.anyOf(d.set(F(d, (r) => own('王璐')(r) && r.id !== '003-091')), d.set(F(d, own('王璐')))),
  },
  {
    id: 't46-talk-07',
    cat: 'talk',
    pre: '发改委2023年的项目有哪些',
    q: '这些里面总分没有填的是哪几个，麻烦告诉我一下',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't46-talk-08',
    cat: 'talk',
    pre: '2020年和2023年各有多少个项目',
    q: '换成全年执行数合计',
    expect: (d) =>
      over(d, READERS, (m) =>
        d.groups(
          tallyBy(
            d.all,
            (r) => r.year,
            (r) => m(r, 'executed') ?? 0,
          ),
        ),
      ),
  },
  {
    id: 't46-talk-09',
    cat: 'talk',
    pre: '潞源街道项目的平均总分是多少',
    q: '大红门街道呢？比潞源低多少？',
    expect: (d) => {
      const a = avgOf(F(d, DHM), ts);
      return allOf(d.number(a), signed(d, avgOf(F(d, LY), ts) - a));
    },
  },
  {
    id: 't46-talk-10',
    cat: 'talk',
    pre: '全年预算数排前五的项目',
    q: '只看2020年的',
    expect: (d) => d.topMoney(F(d, yr(2020)), 'annualBudget', 5, 'desc'),
  },
  {
    id: 't46-talk-11',
    cat: 'talk',
    pre: '执行率低于100%的项目有几个',
    q: '列出来',
    expect: (d) => over(d, RATES, (f) => d.set(F(d, (r) => f(r) != null && f(r) < 100))),
  },
  {
    id: 't46-talk-12',
    cat: 'talk',
    // 便民服务中心 as 主管部门 or 实施单位
    q: '统计一下民生保障办公室的项目数——更正：应为便民服务中心。',
    expect: (d) =>
      d.count(
        F(d, (r) => `${norm(r.department)}${norm(r.implementingUnit)}`.includes('便民服务中心')).length,
      ),
  },
  {
    id: 't46-talk-13',
    cat: 'talk',
    // over all 169 forms, or over the 166 with a 总分
    pre: '总分低于100分的项目有多少个',
    q: '占全部项目的百分之几？',
    expect: (d) => {
      const n = F(d, (r) => ts(r) != null && ts(r) < 100).length;
      return d.anyOf(pct(d, (100 * n) / d.all.length), pct(d, (100 * n) / F(d, (r) => ts(r) != null).length));
    },
  },
  {
    id: 't46-talk-14',
    cat: 'talk',
    pre: '大红门街道得分低于分值的三级指标有多少条',
    q: '按二级指标分一下',
    // rows whose 二级指标 is blank (2) may be shown as a group of their own or left out
    expect: (d) => {
      const g = tallyBy(
        rowsOf(F(d, DHM), shortRow),
        (i) => norm(i.level2),
        () => 1,
      );
      const { '': _blank, ...named } = g;
      return d.anyOf(d.groups(named), d.groups(g));
    },
  },
  {
    id: 't46-talk-15',
    cat: 'talk',
    pre: 'Project name: 2023年社区公益事业补助资金，budget_total是多少',
    q: '换成执行数',
    expect: (d) => d.value(R(d, '000-018'), money(R(d, '000-018'), 'executed')),
  },
  {
    id: 't46-talk-16',
    cat: 'talk',
    pre: 'zxl低于100%的项目',
    q: '去掉潞源的',
    expect: (d) => over(d, RATES, (f) => d.set(F(d, (r) => !LY(r) && f(r) != null && f(r) < 100))),
  },
  {
    id: 't46-talk-17',
    cat: 'talk',
    pre: '全年预算数最高的前3个项目',
    q: '倒过来',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 3, 'asc'),
  },
  {
    id: 't46-talk-18',
    cat: 'talk',
    q: 'ok 收到 thx～ 表我已经粘到excel里了。再帮我看一个：河门口 一共几个 project？',
    expect: (d) => d.count(F(d, HMK).length),
  },
  {
    id: 't46-talk-19',
    cat: 'talk',
    pre: '总分=100的项目有多少个',
    q: '只看大红门的',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) === 100).length),
  },
  {
    id: 't46-talk-20',
    cat: 'talk',
    pre: '负责人=李毅飞 的项目，全年预算合计',
    q: '换成牛艳维',
    expect: (d) => d.sumMoney(F(d, own('牛艳维')), 'annualBudget'),
  },

  // ---------------------------------------------------------------- audit (A 01–04, B 05–07, C 08–10)
  {
    id: 't46-audit-01',
    cat: 'audit',
    // the stated 总分 equals neither 预算得分 + Σ 得分 nor Σ 得分 (± 0.1, corpus README): must; every TOTAL_MISMATCH form
    // (the 003 forms whose 分值 add up to 110 state Σ 得分 as 总分), the forms without a 总分 and, as the README has it, every
    // form whose 分值 do not add up to 100 may (widened after the first run: the three 003 forms with an empty 预算得分)
    q: '区里检查的时候特别强调表内逻辑，我们想提前自查一下，想请您帮忙看看哪些项目的总分跟各项得分加起来对不上，麻烦您列出来，谢谢。',
    expect: (d) => {
      const s = (r) => rows(r).reduce((a, i) => a + (i.score ?? 0), 0);
      const neither = (r) => totalOff(r) && Math.abs(ts(r) - s(r)) > 0.1;
      return d.setTol(
        F(d, neither),
        F(d, (r) => totalOff(r) || ts(r) == null || weightOff(r)),
      );
    },
  },
  {
    id: 't46-audit-02',
    cat: 'audit',
    // 003-096 exceeds by 0.0000004 万元 only: optional; an answer that lists none is right
    q: '审计那边说有的项目执行数比预算还多，让我们查清楚，请问有没有全年执行数超过全年预算数的项目？有的话麻烦列一下。',
    expect: (d) => d.setTol(F(d, overspentReal), F(d, overspent)),
  },
  {
    id: 't46-audit-03',
    cat: 'audit',
    q: '我们在自查偏差原因这一栏，想请您帮忙看一下，有没有项目是扣了分但偏差原因没有写的，如果有的话麻烦列出来，谢谢。',
    expect: (d) => d.set(F(d, devMissing)),
  },
  {
    id: 't46-audit-04',
    cat: 'audit',
    q: '下个月检查要核对联系方式，领导让我先看看有没有电话号码位数不对的，麻烦您帮忙查一下哪些项目的联系电话既不是8位也不是11位，谢谢。',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  {
    id: 't46-audit-05',
    cat: 'audit',
    // RATE_MISMATCH by SCORING §7 (2), or any difference at two decimals (10)
    q: '表上填写的执行率与全年执行数÷全年预算数的计算结果不一致的项目有几个？',
    expect: (d) => d.countRange(F(d, rateOff).length, F(d, rateDiff).length),
  },
  {
    id: 't46-audit-06',
    cat: 'audit',
    // budget 分值 + Σ indicator 分值 ≠ 100
    q: '分值合计不等于100的项目占全部项目的比例是多少？',
    expect: (d) => pct(d, (100 * F(d, weightOff).length) / d.all.length),
  },
  {
    id: 't46-audit-07',
    cat: 'audit',
    // the budget 得分 against min(rate, 100 %) × 分值 (± 0.05), with the stated rate or the computed one; 平安建设经费
    // (执行率 cell empty, 得分 read as 100％) optional
    q: '预算执行得分不等于执行率×分值的项目有哪些？',
    expect: (d) => {
      const off = (f) => (r) =>
        budgetScore(r) != null &&
        budgetWeight(r) != null &&
        f(r) != null &&
        Math.abs(budgetScore(r) - Math.min(f(r) / 100, 1) * budgetWeight(r)) > 0.05;
      const doubt = (r) => r.id === '003-127';
      return d.anyOf(
        d.setTol(
          F(d, (r) => off(rate)(r) && !doubt(r)),
          F(d, (r) => off(rate)(r) || doubt(r)),
        ),
        d.setTol(
          F(d, (r) => budgetScoreOff(r) && !doubt(r)),
          F(d, (r) => budgetScoreOff(r) || doubt(r)),
        ),
      );
    },
  },
  {
    id: 't46-audit-08',
    cat: 'audit',
    q: '执行率(%)：100.00%　全年预算数：10.15　全年执行数：10.15 —— 这是我从另一个系统导出来的2023年乡村医生基本待遇经费，表上填的执行率也是100%吗？',
    expect: (d) => d.value(R(d, '003-072'), rate(R(d, '003-072'))),
  },
  {
    id: 't46-audit-09',
    cat: 'audit',
    // none in the records; 平安建设经费's budget row (100％ against 10) may be listed
    q: 'score > weight 的三级指标有没有？有的话列一下项目',
    expect: (d) =>
      d.setTol(
        [],
        F(d, (r) => budgetScore(r) != null && budgetScore(r) > budgetWeight(r)),
      ),
  },
  {
    id: 't46-audit-10',
    cat: 'audit',
    pre: '总分没填的项目',
    q: '只看发改委的',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },

  // ---------------------------------------------------------------- desk (A 01–04, B 05–07, C 08–10)
  {
    id: 't46-desk-01',
    cat: 'desk',
    q: '您好，我们要给河门口街道发个函，想确认一下习风园改造项目的实施单位写的是哪个单位，麻烦您查一下，谢谢。',
    expect: (d) => d.value(R(d, '004-011'), '攀枝花市西区河门口街道办事处'),
  },
  {
    id: 't46-desk-02',
    cat: 'desk',
    q: '有个事想请教一下，大红门地区工作专班工作经费这个项目的负责人是哪位？我们需要跟他联系，谢谢。',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪'),
  },
  {
    id: 't46-desk-03',
    cat: 'desk',
    q: '我们想给政法委以奖代补奖励这个项目的负责人打个电话，麻烦您看看表上负责人写的是谁，谢谢。',
    expect: (d) => d.empty(R(d, '000-007')),
  },
  {
    id: 't46-desk-04',
    cat: 'desk',
    q: '麻烦您帮我查一下2023年下沉协管员经费的联系电话，我们有点事情要沟通，谢谢。',
    expect: (d) => d.value(R(d, '000-026'), '89538280'),
  },
  {
    id: 't46-desk-05',
    cat: 'desk',
    q: '通州区“经济大脑”服务项目的总分是多少？',
    expect: (d) => d.value(R(d, '002-005'), 100),
  },
  {
    id: 't46-desk-06',
    cat: 'desk',
    q: '2023年节能专项资金的总分是否填写？',
    expect: (d) => d.empty(R(d, '002-006')),
  },
  {
    id: 't46-desk-07',
    cat: 'desk',
    q: '法律顾问项目的主管部门填写的是什么？',
    expect: (d) => d.value(R(d, '002-001'), '办公室'),
  },
  {
    id: 't46-desk-08',
    cat: 'desk',
    q: '项目名称：晨光路拆迁资金｜实施单位：＿＿＿＿ 这一格帮我补一下',
    expect: (d) => d.value(R(d, '003-091'), '城乡管理办公室'),
  },
  {
    id: 't46-desk-09',
    cat: 'desk',
    q: 'Project name: 改制企业家属区管理经费 / 联系电话 (phone) = ?',
    expect: (d) => d.empty(R(d, '004-001')),
  },
  {
    id: 't46-desk-10',
    cat: 'desk',
    q: '年初预算数（万元）：人防工程公益化利用项目 —— 这一格表上是空的吗',
    expect: (d) => d.empty(R(d, '003-128')),
  },

  // ---------------------------------------------------------------- no (A 01–04, B 05–07, C 08–10)
  {
    id: 't46-no-01',
    cat: 'no',
    q: '我们下个月检查要看采购合规性，麻烦您帮我查一下晨光路拆迁资金这个项目是公开招标还是竞争性磋商采购的，谢谢。',
    expect: (d) => d.anyOf(d.refuse('招标'), d.refuse('采购'), d.refuse('磋商')),
  },
  {
    id: 't46-no-02',
    cat: 'no',
    // the data has 2020 and 2023 forms only
    q: '领导让我把2022年度各项目的自评情况先汇总一下，麻烦您帮我看看2022年度一共有多少个项目，谢谢。',
    expect: (d) => d.anyOf(noYear(d, '2022', 2022), d.count(0)),
  },
  {
    id: 't46-no-03',
    cat: 'no',
    q: '区里想了解一下朝阳区那边的项目情况，请问我们这边能不能查到朝阳区的项目，一共有几个？',
    expect: (d) => d.anyOf(d.refuse('朝阳'), d.count(0)),
  },
  {
    id: 't46-no-04',
    cat: 'no',
    q: '我们街道有位叫张伟的同志说他负责过几个项目，麻烦帮我查一下张伟负责的项目有哪些，谢谢。',
    expect: (d) => d.anyOf(d.refuse('张伟'), d.set([])),
  },
  {
    id: 't46-no-05',
    cat: 'no',
    q: '各项目的合同金额合计是多少？',
    expect: (d) => d.refuse('合同金额'),
  },
  {
    id: 't46-no-06',
    cat: 'no',
    q: '2023年全年预算数较上年的同比增长率是多少？',
    expect: (d) => d.anyOf(d.refuse('同比'), d.refuse('上年'), d.refuse('2022')),
  },
  {
    id: 't46-no-07',
    cat: 'no',
    q: '2024年项目的平均执行率是多少？',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't46-no-08',
    cat: 'no',
    q: "SELECT project_manager_salary FROM projects WHERE 街道='潞源'",
    expect: (d) => d.anyOf(d.refuse('salary'), d.refuse('project_manager_salary'), d.refuse('工资')),
  },
  {
    id: 't46-no-09',
    cat: 'no',
    q: '中标单位 | 中标金额（元）—— 这两列帮我从系统里带出来，项目：东门里小区综合整治提升工程项目资金',
    expect: (d) => d.anyOf(d.refuse('中标'), d.refuse('中标单位'), d.refuse('中标金额')),
  },
  {
    id: 't46-no-10',
    cat: 'no',
    pre: '潞源街道的项目有几个',
    q: '换成西城区的',
    expect: (d) => d.anyOf(d.refuse('西城'), d.count(0)),
  },

  // ---------------------------------------------------------------- order (A 01–04, B 05–07, C 08–10)
  {
    id: 't46-order-01',
    cat: 'order',
    q: '领导想知道大红门街道哪几个项目钱最多，麻烦您帮我按全年预算数排一下，列出前三个就行，谢谢。',
    expect: (d) => d.topMoney(F(d, DHM), 'annualBudget', 3, 'desc'),
  },
  {
    id: 't46-order-02',
    cat: 'order',
    // three 潞源 forms share the lowest 总分 (99): any of them, or all three
    q: '我们潞源这边想看看自评总分最低的是哪个项目，好提前准备说明材料，麻烦您帮忙查一下，谢谢。',
    expect: (d) => {
      const pool = F(d, LY);
      return d.top(pool, ts, 1, 'asc');
    },
  },
  {
    id: 't46-order-03',
    cat: 'order',
    q: '全区这些项目里总分最低的是哪一个？区里可能会重点关注，麻烦您帮我看一下，谢谢。',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  {
    id: 't46-order-04',
    cat: 'order',
    q: '想请您帮忙看一下，统计所经费的全年执行数在潞源街道所有项目里排第几？我们写材料要用，谢谢。',
    expect: (d) => rankOf(d, F(d, LY), R(d, '000-001'), (r) => money(r, 'executed'), 'desc'),
  },
  {
    id: 't46-order-05',
    cat: 'order',
    q: '执行率最低的5个项目是哪些？按执行率从低到高列示。',
    expect: (d) => over(d, RATES, (f) => d.top(d.all, f, 5, 'asc')),
  },
  {
    id: 't46-order-06',
    cat: 'order',
    // 全年 − 年初 over the forms with both written
    q: '全年预算较年初预算调增金额最大的三个项目是哪些？',
    expect: (d) => d.top(F(d, both), raise, 3, 'desc'),
  },
  {
    id: 't46-order-07',
    cat: 'order',
    q: '实施单位为民生保障办公室的项目中，全年预算数排名第二的是哪个？',
    expect: (d) => nth(d, F(d, MS), (r) => money(r, 'annualBudget'), 2, 'desc'),
  },
  {
    id: 't46-order-08',
    cat: 'order',
    q: 'sort by budget_total desc, top 10（全年预算数）',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 10, 'desc'),
  },
  {
    id: 't46-order-09',
    cat: 'order',
    pre: '总分最低的10个项目',
    q: '倒过来',
    expect: (d) => d.top(d.all, ts, 10, 'desc'),
  },
  {
    id: 't46-order-10',
    cat: 'order',
    q: 'zxl 倒数三名（只看2023年）',
    expect: (d) => over(d, RATES, (f) => d.top(F(d, yr(2023)), f, 3, 'asc')),
  },

  // ---------------------------------------------------------------- tally (A 01–04, B 05–07, C 08–10)
  {
    id: 't46-tally-01',
    cat: 'tally',
    // the four street offices (发改委 is not a street), labelled short, with 街道, or with 街道办事处
    q: '我们想摸一下底，各个街道分别有多少个项目的自评表？麻烦帮我统计一下，谢谢。',
    expect: (d) =>
      d.anyOf(
        ...STREET_LABELS.map((labels) =>
          d.groups(
            Object.fromEntries(
              Object.entries(labels).map(([k, o]) => [k, F(d, (r) => r.id.startsWith(o)).length]),
            ),
          ),
        ),
      ),
  },
  {
    id: 't46-tally-02',
    cat: 'tally',
    q: '领导问我2020年和2023年各有多少个项目，麻烦您帮我分年度统计一下，谢谢。',
    expect: (d) => groupCount(d, (r) => r.year),
  },
  {
    id: 't46-tally-03',
    cat: 'tally',
    q: '请问牛艳维同志负责的项目一共有多少个？我们想跟她对接一下工作，谢谢。',
    expect: (d) => d.countRange(F(d, own('牛艳维')).length, F(d, ownAny('牛艳维')).length),
  },
  {
    id: 't46-tally-04',
    cat: 'tally',
    q: '检查要求负责人必须填写，我想先了解一下，现在没有填写项目负责人的项目有多少个，麻烦您统计一下。',
    expect: (d) => d.count(F(d, (r) => blank(r.owner)).length),
  },
  {
    id: 't46-tally-05',
    cat: 'tally',
    q: '总分在95分（含）至100分（不含）之间的项目有多少个？',
    expect: (d) => d.count(F(d, (r) => ts(r) != null && ts(r) >= 95 && ts(r) < 100).length),
  },
  {
    id: 't46-tally-06',
    cat: 'tally',
    q: '按主管部门（以表上所填为准）统计项目个数。',
    expect: (d) => groupCount(d, (r) => r.department),
  },
  {
    id: 't46-tally-07',
    cat: 'tally',
    // 全年预算数 bands; a form on a bound may fall either side
    q: '全年预算数不到10万元、10万元到100万元、100万元以上的项目各有几个？',
    expect: (d) =>
      allOf(
        moneyBandCount(d, 'annualBudget', -Infinity, 10),
        moneyBandCount(d, 'annualBudget', 10, 100),
        moneyBandCount(d, 'annualBudget', 100, Infinity),
      ),
  },
  {
    id: 't46-tally-08',
    cat: 'tally',
    // one group per owner cell as written, or 「赵路广、孟卓聪」 split to both
    pre: '大红门街道的项目有多少个',
    q: '按负责人分一下',
    expect: (d) => {
      const pool = F(d, DHM);
      const split = {};
      for (const r of pool) for (const p of norm(r.owner).split('、')) if (p) split[p] = (split[p] ?? 0) + 1;
      return d.anyOf(
        d.groups(
          tallyBy(
            pool.filter((r) => !blank(r.owner)),
            (r) => r.owner,
            () => 1,
          ),
        ),
        d.groups(split),
      );
    },
  },
  {
    id: 't46-tally-09',
    cat: 'tally',
    // 主管部门 exactly as written (6), containing it (7), or every 发改委 form (8, 法律顾问's 主管部门 reads 办公室)
    q: '主管部门 = 通州区发展和改革委员会，count 一下',
    expect: (d) =>
      d.countRange(F(d, (r) => norm(r.department) === '通州区发展和改革委员会').length, F(d, FG).length),
  },
  {
    id: 't46-tally-10',
    cat: 'tally',
    pre: '总分低于100的项目有几个',
    q: '按年度拆开看看',
    expect: (d) =>
      groupCount(
        d,
        (r) => r.year,
        F(d, (r) => ts(r) != null && ts(r) < 100),
      ),
  },
];
