// The fifty-second part (helper "blind70"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// staffer of the budget committee of the 通州区人大 (预算工委) who asks about money in big-picture terms (totals, the share
// spent, the projects that spent least, 元 / 万元 / 亿 conversions), sometimes in long sentences with context; (B) 赵康,
// 项目负责人 at 大红门街道 城乡管理办公室, asking about his own projects by partial or slightly wrong names (老旧小区改造,
// 控违拆迁, 无煤化补助, 雇保安那个) and about their indicator rows; (C) a 科长 of 大红门街道 preparing a meeting, who asks
// for rankings, top-N, "those of them that…" and corrects what he just asked. Written by an author who had not read
// src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the records
// by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The fifty-second part").
import {
  belowWeight,
  blank,
  devMissing,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  column,
  gapBoth,
  moneyBandCount,
  noYear,
  overspent,
  PCT,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  totalOff,
  ts,
} from '../lib/shorthands.mjs';
import {
  blankOwner,
  DHM,
  FG,
  HMK,
  ids,
  isSat,
  LY,
  left,
  lowered,
  notDoneElsewhere,
  numBoth,
  over,
  owner,
  pctBoth,
  phoneLen,
  pool,
  R,
  RATES,
  READERS,
  raised,
  rateExact,
  satNotDoneNoScore,
  shortRow,
  sumM,
  TZ,
  unit,
  yi,
  yuan,
  ZK,
} from './helpers.mjs';

const annual = (r) => money(r, 'annualBudget');
const executed = (r) => money(r, 'executed');
const nRows = (r) => rows(r).length;
const MEILI = ids('003-050', '003-051', '003-052', '003-053', '003-054');
const KONGWEI = ids('003-104', '003-105', '003-106');
const DANGQUN = unit('党群工作办公室');
const MINSHENG = unit('民生保障办公室');
const BIANMIN = unit('便民服务中心');
/** 大红门 forms whose satisfaction was not scored in full: a row below its weight must be listed; a 未做 row filed
 * under 效益 by the pdf-text reading (003-041, 003-139, 003-142), or a 未做 row with no 得分 written (003-094, 003-135),
 * may be. (003-119, a doubtful record without a satisfaction row, shows 居民满意度 10 10 in its text: not a miss.) */
const dhmSatLowMust = (r) => DHM(r) && satLow(r);
const dhmSatLowMay = (r) => DHM(r) && (satLow(r) || notDoneElsewhere(r) || satNotDoneNoScore(r));

export const questions = [
  // ---- money ----
  // A: 通州 = every form whose 主管部门 or 实施单位 names 通州 (潞源 000 and the 发改委 002, 30 forms); the 元-in-万元 cell of
  // 2023“疏整促”专班经费 (002-007) takes both readings in every sum it enters.
  {
    id: 't52-money-01',
    cat: 'money',
    q: '您好，我是区人大预算工委的。想先要个总数：通州这边，就是潞源街道加上区发改委，2023年度报上来的项目全年预算数合计是多少万元？',
    expect: (d) => d.sumMoney(pool(d, TZ), 'annualBudget'),
  },
  {
    id: 't52-money-02',
    cat: 'money',
    q: '通州这30个项目，全年执行数合计占全年预算数合计的百分之多少？',
    expect: (d) =>
      pctBoth(d, (m) => (100 * sumM(pool(d, TZ), m, 'executed')) / sumM(pool(d, TZ), m, 'annualBudget')),
  },
  {
    id: 't52-money-03',
    cat: 'money',
    q: '潞源街道2023年的项目，加起来一共还有多少钱没花出去？麻烦按元报给我，报告里要写到元。',
    expect: (d) =>
      yuan(
        d,
        pool(d, LY).reduce((s, r) => s + left(money)(r), 0),
      ),
  },
  {
    id: 't52-money-04',
    cat: 'money',
    q: '区发改委那几个项目，全年预算合计是多少亿元？',
    expect: (d) => d.anyOf(...READERS.map((m) => yi(d, sumM(pool(d, FG), m, 'annualBudget')))),
  },
  {
    id: 't52-money-05',
    cat: 'money',
    q: '通州这些项目里，预算执行率最低的是哪三个？',
    expect: (d) => over(d, RATES, (f) => d.top(pool(d, TZ), f, 3, 'asc')),
  },
  {
    id: 't52-money-06',
    cat: 'money',
    q: '通州的项目里，哪个项目剩下没花的钱最多？剩了多少？',
    expect: (d) =>
      d.value(R(d, '000-006'), left(money)(R(d, '000-006')), left(money)(R(d, '000-006')) * 10000),
  },
  {
    id: 't52-money-07',
    cat: 'money',
    q: '全年预算在300万元以上的那几个大项目，预算加起来占通州全部项目预算的比重是多少？',
    expect: (d) =>
      pctBoth(d, (m) => {
        const rs = pool(d, TZ);
        return (
          (100 *
            sumM(
              rs.filter((r) => m(r, 'annualBudget') > 300),
              m,
              'annualBudget',
            )) /
          sumM(rs, m, 'annualBudget')
        );
      }),
  },
  {
    id: 't52-money-08',
    cat: 'money',
    q: '发改委平均每个项目的全年预算是多少万元？',
    expect: (d) => numBoth(d, (m) => sumM(pool(d, FG), m, 'annualBudget') / pool(d, FG).length),
  },
  {
    id: 't52-money-09',
    cat: 'money',
    q: '我们下周要听取潞源街道的绩效自评情况汇报，委员们肯定会问钱花没花完。麻烦先帮我看一下：潞源街道的项目里，全年执行数比全年预算数少的，也就是钱没有全部花出去的，是哪几个项目？',
    expect: (d) => d.set(pool(d, (r) => LY(r) && executed(r) < annual(r))),
  },
  // B: 赵康 (sole owner; 大红门地区工作专班工作经费 names 赵路广、孟卓聪, not him)
  {
    id: 't52-money-10',
    cat: 'money',
    q: '我是大红门城乡管理办公室的赵康，我名下这些项目的全年预算一共多少钱？',
    expect: (d) => d.sumMoney(pool(d, ZK), 'annualBudget'),
  },
  {
    id: 't52-money-11',
    cat: 'money',
    q: '老旧小区改造那个项目全年执行了多少？',
    expect: (d) => d.value(R(d, '003-007'), executed(R(d, '003-007'))),
  },
  {
    id: 't52-money-12',
    cat: 'money',
    q: '控违拆迁那三批专项资金，预算加一块是多少？',
    expect: (d) => d.sumMoney(pool(d, KONGWEI), 'annualBudget'),
  },
  {
    id: 't52-money-13',
    cat: 'money',
    q: '美丽乡村运维那几个项目一共花了多少钱',
    expect: (d) => d.sumMoney(pool(d, MEILI), 'executed'),
  },
  {
    id: 't52-money-14',
    cat: 'money',
    q: '无煤化补助那个执行了多少？按元说',
    expect: (d) => yuan(d, executed(R(d, '003-008'))),
  },
  {
    id: 't52-money-15',
    cat: 'money',
    q: '政务服务中心环境提升改造那个和东门里小区整治那个，两个加起来预算多少万',
    expect: (d) => d.sumMoney(pool(d, ids('003-108', '003-103')), 'annualBudget'),
  },
  {
    id: 't52-money-16',
    cat: 'money',
    q: '我是赵康，我负责的项目里预算最多的和最少的差了多少钱？',
    expect: (d) => {
      const vs = pool(d, ZK).map(annual);
      return gapBoth(d, () => Math.max(...vs) - Math.min(...vs));
    },
  },
  {
    id: 't52-money-17',
    cat: 'money',
    q: '城市公共服务类岗位安置农村劳动力那个，年初预算24万，全年预算怎么少了，少了多少？',
    expect: (d) =>
      gapBoth(d, (m) => m(R(d, '003-014'), 'initialBudget') - m(R(d, '003-014'), 'annualBudget')),
  },
  // C: a 科长 of 大红门 (003); 科室 by the words of 实施单位 / 主管部门
  {
    id: 't52-money-18',
    cat: 'money',
    q: '我下午开会要用：大红门全年预算最多的前五个项目，预算合计是多少？',
    expect: (d) => {
      const top5 = pool(d, DHM)
        .sort((a, b) => annual(b) - annual(a))
        .slice(0, 5);
      return d.sumMoney(top5, 'annualBudget');
    },
  },
  {
    id: 't52-money-19',
    cat: 'money',
    q: '民生保障办公室的项目全年预算合计多少？',
    expect: (d) => d.sumMoney(pool(d, MINSHENG), 'annualBudget'),
  },
  {
    id: 't52-money-20',
    cat: 'money',
    pre: '党群工作办公室的项目全年预算一共多少？',
    q: '不对，我要的是年初预算数合计',
    // 党群办 (003-071) is the same office abbreviated: with or without it
    expect: (d) =>
      d.anyOf(
        d.sumMoney(pool(d, DANGQUN), 'initialBudget'),
        d.sumMoney(pool(d, unit('党群工作办公室', '党群办')), 'initialBudget'),
      ),
  },
  {
    id: 't52-money-21',
    cat: 'money',
    q: '全年预算比年初预算调增最多的是哪个项目？调增了多少？',
    expect: (d) => {
      const best = pool(d, (r) => raised(r) != null).sort((a, b) => raised(b) - raised(a))[0];
      return d.value(best, raised(best));
    },
  },
  {
    id: 't52-money-22',
    cat: 'money',
    q: '大红门年初预算被调减了的那些项目，一共调减了多少钱？',
    expect: (d) => d.number(pool(d, (r) => DHM(r) && lowered(r) > 0).reduce((s, r) => s + lowered(r), 0)),
  },
  {
    id: 't52-money-23',
    cat: 'money',
    q: '大红门执行数在500万元以上的项目，合计执行了多少？',
    expect: (d) =>
      d.sumMoney(
        pool(d, (r) => DHM(r) && executed(r) > 500),
        'executed',
      ),
  },
  {
    id: 't52-money-24',
    cat: 'money',
    q: '大红门预算最少的是哪个项目，多少钱？',
    expect: (d) => {
      const r = pool(d, DHM).sort((a, b) => annual(a) - annual(b))[0];
      return d.value(r, annual(r), annual(r) * 10000);
    },
  },
  {
    id: 't52-money-25',
    cat: 'money',
    q: '便民服务中心的项目平均每个多少钱？',
    expect: (d) => d.avg(pool(d, BIANMIN), annual),
  },

  // ---- rows ----
  // A
  {
    id: 't52-rows-01',
    cat: 'rows',
    q: '通州这30个项目，一共填了多少条三级指标？',
    expect: (d) => d.count(pool(d, TZ).reduce((s, r) => s + nRows(r), 0)),
  },
  {
    id: 't52-rows-02',
    cat: 'rows',
    q: '通州的项目里，有没有哪条绩效指标被扣了分？是哪个项目的？',
    expect: (d) => d.set(pool(d, (r) => TZ(r) && belowWeight(r))),
  },
  {
    id: 't52-rows-03',
    cat: 'rows',
    q: '潞源街道的项目里，哪些没有设满意度指标？',
    expect: (d) =>
      d.setTol(
        pool(d, (r) => LY(r) && noSat(r)),
        pool(d, (r) => LY(r) && satNoPoints(r)),
      ),
  },
  {
    id: 't52-rows-04',
    cat: 'rows',
    q: '发改委那边哪些项目设了经济效益指标？',
    expect: (d) => d.set(pool(d, (r) => FG(r) && rows(r).some((i) => norm(i.level2).includes('经济效益')))),
  },
  {
    id: 't52-rows-05',
    cat: 'rows',
    q: '“经济大脑”服务项目，成本指标的年度指标值填的是多少？',
    expect: (d) => d.value(R(d, '002-005'), 3332440.18, 333.244018),
  },
  {
    id: 't52-rows-06',
    cat: 'rows',
    q: '重大投资项目规划谋划那张表，质量指标的实际完成值是多少？',
    expect: (d) => d.value(R(d, '002-013'), '101.4亿元', 101.4),
  },
  {
    id: 't52-rows-07',
    cat: 'rows',
    q: '疏整促专班经费的满意度指标，年度指标值定的是多少？',
    expect: (d) => d.value(R(d, '002-007'), '>95%', 95),
  },
  {
    id: 't52-rows-08',
    cat: 'rows',
    q: '2023年接诉即办奖励金那张表，社会效益指标的实际完成值是不是没填？',
    expect: (d) => d.empty(R(d, '000-022')),
  },
  {
    id: 't52-rows-09',
    cat: 'rows',
    q: '潞源下沉协管员经费那张表，成本指标的年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-026'), 430, 391.92),
  },
  // B
  {
    id: 't52-rows-10',
    cat: 'rows',
    q: '老旧小区改造那个，满意度指标得了几分？',
    expect: (d) => d.value(R(d, '003-007'), satRows(R(d, '003-007'))[0].score),
  },
  {
    id: 't52-rows-11',
    cat: 'rows',
    q: '老旧小区那个满意度为什么扣分，偏差原因表上是怎么写的？',
    // the record files the reason in a wrapped row of its own right below (README: wrappedReason)
    expect: (d) => d.value(R(d, '003-007'), '施工会影响个别底商营业'),
  },
  {
    id: 't52-rows-12',
    cat: 'rows',
    q: '雇保安那个项目，保安数量的年度指标值是多少人？',
    expect: (d) => d.value(R(d, '003-138'), '52人', 52),
  },
  {
    id: 't52-rows-13',
    cat: 'rows',
    q: '垃圾分类设施提升那个项目，居民数量指标定的多少户？',
    expect: (d) => d.value(R(d, '003-134'), '58031户', 58031),
  },
  {
    id: 't52-rows-14',
    cat: 'rows',
    q: '背街小巷尾款那张表，满意度那一行的实际完成值是空着的吗？',
    expect: (d) => d.empty(R(d, '003-006')),
  },
  {
    id: 't52-rows-15',
    cat: 'rows',
    q: '我是赵康，我负责的项目里满意度指标被扣了分的是哪个？',
    expect: (d) => d.set(pool(d, (r) => ZK(r) && satLow(r))),
  },
  {
    id: 't52-rows-16',
    cat: 'rows',
    q: '赵康名下哪些项目压根没有满意度指标？',
    expect: (d) =>
      d.setTol(
        pool(d, (r) => ZK(r) && noSat(r)),
        pool(d, (r) => ZK(r) && satNoPoints(r)),
      ),
  },
  {
    id: 't52-rows-17',
    cat: 'rows',
    q: '美丽乡村运维那几个，满意度指标的实际完成值没填的是哪些？',
    expect: (d) => d.set(pool(d, (r) => MEILI(r) && satRows(r).some((i) => blank(i.actual)))),
  },
  // C
  {
    id: 't52-rows-18',
    cat: 'rows',
    q: '全部项目里，三级指标条数最多的前三个是哪几个？',
    expect: (d) => d.top(d.all, nRows, 3, 'desc'),
  },
  {
    id: 't52-rows-19',
    cat: 'rows',
    q: '大红门的项目里，满意度指标没拿满分的有哪些？',
    expect: (d) => d.setTol(pool(d, dhmSatLowMust), pool(d, dhmSatLowMay)),
  },
  {
    id: 't52-rows-20',
    cat: 'rows',
    pre: '大红门的项目里，满意度指标没拿满分的有哪些？',
    q: '这些里面负责人是牛艳维的有几个？',
    expect: (d) =>
      d.countRange(
        pool(d, (r) => dhmSatLowMust(r) && owner('牛艳维')(r)).length,
        pool(d, (r) => dhmSatLowMay(r) && owner('牛艳维')(r)).length,
      ),
  },
  {
    id: 't52-rows-21',
    cat: 'rows',
    q: '满意度那一栏写了“未做”的项目一共有多少个？',
    expect: (d) =>
      d.countRange(pool(d, satNotDone).length, pool(d, (r) => satNotDone(r) || notDoneElsewhere(r)).length),
  },
  {
    id: 't52-rows-22',
    cat: 'rows',
    q: '河门口那边有没有扣了分、偏差原因却没写的指标？把项目列出来',
    expect: (d) => d.set(pool(d, (r) => HMK(r) && devMissing(r))),
  },
  {
    id: 't52-rows-23',
    cat: 'rows',
    q: '把三级指标超过10条的项目列一下',
    expect: (d) => d.set(pool(d, (r) => nRows(r) > 10)),
  },
  {
    id: 't52-rows-24',
    cat: 'rows',
    pre: '满意度指标分值是10分的项目有多少个？',
    q: '不对，我说错了，是5分的',
    // a form with two satisfaction rows of 5 (10 together: 000-023, 000-024, 000-025) may count or not
    expect: (d) => {
      const sum = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
      const has5 = (r) => satRows(r).some((i) => i.weight === 5);
      return d.countRange(pool(d, (r) => has5(r) && sum(r) === 5).length, pool(d, has5).length);
    },
  },
  {
    id: 't52-rows-25',
    cat: 'rows',
    q: '大红门扣了分的指标里，不算满意度的那些，是哪几个项目的？',
    expect: (d) =>
      d.setTol(
        pool(d, (r) => DHM(r) && !notDoneElsewhere(r) && rows(r).some((i) => shortRow(i) && !isSat(i))),
        pool(d, (r) => DHM(r) && rows(r).some((i) => shortRow(i) && !isSat(i))),
      ),
  },

  // ---- talk ----
  // A
  {
    id: 't52-talk-01',
    cat: 'talk',
    pre: '通州的项目一共有多少个？',
    q: '那里面发改委的占几个？',
    expect: (d) => d.count(pool(d, FG).length),
  },
  {
    id: 't52-talk-02',
    cat: 'talk',
    pre: '潞源街道全年预算合计是多少？',
    q: '发改委呢？',
    expect: (d) => d.sumMoney(pool(d, FG), 'annualBudget'),
  },
  {
    id: 't52-talk-03',
    cat: 'talk',
    pre: '通州区执行率没到100%的项目有哪些？',
    q: '这些项目一共还差多少钱没执行？',
    // the lead's set under each 执行率 reading (stated, computed at two decimals, computed unrounded)
    expect: (d) =>
      over(d, [rate, rateComputed, rateExact], (f) =>
        d.number(pool(d, (r) => TZ(r) && f(r) != null && f(r) < 100).reduce((s, r) => s + left(money)(r), 0)),
      ),
  },
  {
    id: 't52-talk-04',
    cat: 'talk',
    pre: '发改委的项目列一下',
    q: '按全年预算从大到小排',
    expect: (d) => d.topMoney(pool(d, FG), 'annualBudget', pool(d, FG).length, 'desc'),
  },
  {
    id: 't52-talk-05',
    cat: 'talk',
    pre: '潞源街道哪个项目预算最多？',
    q: '第二多的呢？',
    expect: (d) => d.set([pool(d, LY).sort((a, b) => annual(b) - annual(a))[1]]),
  },
  {
    id: 't52-talk-06',
    cat: 'talk',
    pre: '通州区的项目里，负责人没填的有哪些？',
    q: '它们的预算加起来多少？',
    expect: (d) =>
      d.sumMoney(
        pool(d, (r) => TZ(r) && blankOwner(r)),
        'annualBudget',
      ),
  },
  {
    id: 't52-talk-07',
    cat: 'talk',
    pre: '发改委总分没填的项目是哪几个？',
    q: '它们的执行数合计呢？',
    expect: (d) =>
      d.sumMoney(
        pool(d, (r) => FG(r) && ts(r) == null),
        'executed',
      ),
  },
  // B
  {
    id: 't52-talk-08',
    cat: 'talk',
    pre: '我是城乡管理办公室的赵康，我负责的项目有哪些？',
    q: '只看控违拆违的',
    expect: (d) => d.set(pool(d, (r) => ZK(r) && KONGWEI(r))),
  },
  {
    id: 't52-talk-09',
    cat: 'talk',
    pre: '2023-2024年供暖季清洁取暖维保那个项目全年预算多少？',
    q: '它电话那栏填的是哪个号？我记得不是395结尾那个',
    expect: (d) => d.value(R(d, '003-011'), R(d, '003-011').phone),
  },
  {
    id: 't52-talk-10',
    cat: 'talk',
    pre: '赵康名下总分100分的项目有几个？',
    q: '不是100分的是哪几个？',
    expect: (d) => d.set(pool(d, (r) => ZK(r) && ts(r) !== 100)),
  },
  {
    id: 't52-talk-11',
    cat: 'talk',
    pre: '赵康负责的项目一共多少个？',
    q: '那赵路广的呢？',
    // 大红门地区工作专班工作经费 names 赵路广、孟卓聪: with or without it
    expect: (d) =>
      d.countRange(
        pool(d, owner('赵路广')).length,
        pool(d, (r) => norm(r.owner).split('、').includes('赵路广')).length,
      ),
  },
  {
    id: 't52-talk-12',
    cat: 'talk',
    pre: '赵康的项目里全年预算在100万以上的有哪些？',
    q: '这些加起来多少钱？',
    expect: (d) =>
      d.sumMoney(
        pool(d, (r) => ZK(r) && annual(r) > 100),
        'annualBudget',
      ),
  },
  {
    id: 't52-talk-13',
    cat: 'talk',
    pre: '美丽乡村运维那几个项目的实施单位都写的什么？',
    q: '有一个写成城乡建设办公室的，是哪个？',
    expect: (d) => d.set(pool(d, (r) => MEILI(r) && norm(r.implementingUnit) === '城乡建设办公室')),
  },
  {
    id: 't52-talk-14',
    cat: 'talk',
    pre: '老旧小区改造项目总分多少？',
    q: '那村级公益事业专项补助那个呢？',
    expect: (d) => d.value(R(d, '003-022'), ts(R(d, '003-022'))),
  },
  // C
  {
    id: 't52-talk-15',
    cat: 'talk',
    pre: '大红门总分最低的五个项目是哪些？',
    q: '这几个的负责人分别是谁？',
    expect: (d) =>
      allOf(
        d.top(pool(d, DHM), ts, 5, 'asc'),
        column(d, '负责人', pool(d, DHM), (r) => r.owner),
      ),
  },
  {
    id: 't52-talk-16',
    cat: 'talk',
    pre: '民生保障办公室的项目按全年预算从高到低排一下',
    q: '只要前三个',
    expect: (d) => d.topMoney(pool(d, MINSHENG), 'annualBudget', 3, 'desc'),
  },
  {
    id: 't52-talk-17',
    cat: 'talk',
    pre: '党群工作办公室的项目有多少个？',
    q: '我说错了，是便民服务中心',
    expect: (d) => d.count(pool(d, BIANMIN).length),
  },
  {
    id: 't52-talk-18',
    cat: 'talk',
    pre: '全年预算比年初预算多的项目有哪些？',
    q: '其中调增超过100万的呢？',
    expect: (d) => d.set(pool(d, (r) => raised(r) > 100)),
  },
  {
    id: 't52-talk-19',
    cat: 'talk',
    pre: '大红门执行率低于100%的项目有哪些？',
    q: '那全部项目里呢？',
    expect: (d) =>
      over(d, [rate, rateComputed, rateExact], (f) => d.set(pool(d, (r) => f(r) != null && f(r) < 100))),
  },
  {
    id: 't52-talk-20',
    cat: 'talk',
    pre: '社区建设办公室有哪些项目？',
    q: '去掉负责人是王丽的',
    expect: (d) => d.set(pool(d, (r) => unit('社区建设办公室')(r) && !owner('王丽')(r))),
  },

  // ---- audit ----
  // A
  {
    id: 't52-audit-01',
    cat: 'audit',
    q: '通州的自评表里，总分没填的有哪几张？',
    expect: (d) => d.set(pool(d, (r) => TZ(r) && ts(r) == null)),
  },
  {
    id: 't52-audit-02',
    cat: 'audit',
    q: '通州有没有执行率写的100%、但钱其实没花完的项目？',
    expect: (d) => d.set(pool(d, (r) => TZ(r) && roundedUp(r))),
  },
  {
    id: 't52-audit-03',
    cat: 'audit',
    q: '通州哪些项目表上写的执行率，跟“全年执行数÷全年预算数”算出来的对不上？',
    expect: (d) =>
      d.setTol(
        pool(d, (r) => TZ(r) && rateOff(r)),
        pool(d, (r) => TZ(r) && rateDiff(r)),
      ),
  },
  {
    id: 't52-audit-04',
    cat: 'audit',
    q: '通州的表里，预算执行那一项的得分算得不对的有哪些？',
    // off under the stated rate and under the computed one must be listed; off under one of them may
    expect: (d) => {
      const offBy = (f) => (r) => {
        const w = r.funds?.total?.weight?.value;
        const s = r.funds?.total?.score?.value;
        return w != null && s != null && f(r) != null && Math.abs(s - (Math.min(f(r), 100) / 100) * w) > 0.05;
      };
      return d.setTol(
        pool(d, (r) => TZ(r) && offBy(rate)(r) && offBy(rateComputed)(r)),
        pool(d, (r) => TZ(r) && (offBy(rate)(r) || budgetScoreOff(r))),
      );
    },
  },
  // B
  {
    id: 't52-audit-05',
    cat: 'audit',
    q: '赵康名下的表里，总分跟各项得分（含预算执行得分）加起来对不上的有哪些？',
    expect: (d) => d.set(pool(d, (r) => ZK(r) && totalOff(r))),
  },
  {
    id: 't52-audit-06',
    cat: 'audit',
    q: '我是赵康，我那些项目有没有执行数超过预算的？',
    expect: (d) => d.set(pool(d, (r) => ZK(r) && overspent(r))),
  },
  {
    id: 't52-audit-07',
    cat: 'audit',
    q: '赵康的表里有没有扣了分却没写偏差原因的指标？',
    // 老旧小区's reason sits in a wrapped row of its own under the deducted row: it may be counted as missing
    expect: (d) =>
      d.setTol(
        pool(d, (r) => ZK(r) && devMissing(r)),
        pool(d, (r) => ZK(r) && belowWeight(r)),
      ),
  },
  // C
  {
    id: 't52-audit-08',
    cat: 'audit',
    q: '全部的表里，执行率跟执行数除以预算数对不上的，列出来',
    expect: (d) => d.setTol(pool(d, rateOff), pool(d, rateDiff)),
  },
  {
    id: 't52-audit-09',
    cat: 'audit',
    pre: '全部的表里，执行率跟执行数除以预算数对不上的，列出来',
    q: '这几个里面，表上执行率写得比算出来还高的是哪个？',
    expect: (d) =>
      d.setTol(
        pool(d, (r) => rateOff(r) && rate(r) > rateComputed(r)),
        pool(d, (r) => rateDiff(r) && rate(r) > rateComputed(r)),
      ),
  },
  {
    id: 't52-audit-10',
    cat: 'audit',
    q: '电话号码写成9位数的表有哪些？',
    expect: (d) => d.set(pool(d, phoneLen(9))),
  },

  // ---- desk ----
  // A
  {
    id: 't52-desk-01',
    cat: 'desk',
    q: '“经济大脑”那个项目是哪个科室实施的？',
    expect: (d) => d.value(R(d, '002-005'), R(d, '002-005').implementingUnit),
  },
  {
    id: 't52-desk-02',
    cat: 'desk',
    q: '法律顾问这个项目，主管部门一栏表上写的是什么？',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').department),
  },
  {
    id: 't52-desk-03',
    cat: 'desk',
    q: '朗清园社区警务工作室那个项目，负责人是谁？',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    id: 't52-desk-04',
    cat: 'desk',
    q: '疏整促专班经费的负责人和联系电话给我一下',
    expect: (d) => d.valueAll(R(d, '002-007'), R(d, '002-007').owner, R(d, '002-007').phone),
  },
  // B
  {
    id: 't52-desk-05',
    cat: 'desk',
    q: '生态调标项目的实施单位填的是城乡管理办公室吧？',
    expect: (d) => d.value(R(d, '003-031'), R(d, '003-031').implementingUnit),
  },
  {
    id: 't52-desk-06',
    cat: 'desk',
    q: '美丽乡村生活垃圾运输那个项目，实施单位写的啥？',
    expect: (d) => d.value(R(d, '003-054'), R(d, '003-054').implementingUnit),
  },
  {
    id: 't52-desk-07',
    cat: 'desk',
    q: '留白增绿土地流转那个项目，表上项目名称全称是什么？',
    expect: (d) => d.value(R(d, '003-010'), R(d, '003-010').projectName),
  },
  // C
  {
    id: 't52-desk-08',
    cat: 'desk',
    q: '大红门地区工作专班工作经费的负责人是谁？',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪'),
  },
  {
    id: 't52-desk-09',
    cat: 'desk',
    q: '党群服务中心（站）运行经费那张表的联系电话是多少？',
    expect: (d) => d.value(R(d, '003-024'), R(d, '003-024').phone),
  },
  {
    id: 't52-desk-10',
    cat: 'desk',
    pre: '全年预算最多的项目是哪个？',
    q: '它的负责人是谁？',
    // the 元-in-万元 cell of 疏整促 (1,863,180 as written) makes it the largest under one reading
    expect: (d) =>
      d.anyOf(
        d.value(R(d, '003-007'), R(d, '003-007').owner),
        d.value(R(d, '002-007'), R(d, '002-007').owner),
      ),
  },

  // ---- no ----
  // A
  { id: 't52-no-01', cat: 'no', q: '通州这些项目的政府采购金额一共多少？', expect: (d) => d.refuse('采购') },
  {
    id: 't52-no-02',
    cat: 'no',
    q: '2024年度潞源街道的项目预算合计是多少？',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't52-no-03',
    cat: 'no',
    q: '通州各个项目的资金拨付到位时间分别是哪天？',
    expect: (d) => d.refuse('拨付'),
  },
  {
    id: 't52-no-04',
    cat: 'no',
    q: '今年发改委的项目预算执行得怎么样？',
    expect: (d) => noYear(d, '今年', 2026),
  },
  // B
  {
    id: 't52-no-05',
    cat: 'no',
    q: '我是赵康，我那些项目的合同金额分别是多少？',
    expect: (d) => d.refuse('合同金额'),
  },
  { id: 't52-no-06', cat: 'no', q: '老旧小区改造项目的中标单位是哪家？', expect: (d) => d.refuse('中标') },
  {
    id: 't52-no-07',
    cat: 'no',
    q: '马家堡东路绿化那个项目的预算是多少来着？',
    expect: (d) => d.refuse('马家堡'),
  },
  // C
  { id: 't52-no-08', cat: 'no', q: '大红门各科室的人员编制数统计一下', expect: (d) => d.refuse('编制') },
  { id: 't52-no-09', cat: 'no', q: '上半年各项目的执行进度排一下', expect: (d) => d.refuse('上半年') },
  { id: 't52-no-10', cat: 'no', q: '西城区的项目有几个？', expect: (d) => d.refuse('西城') },

  // ---- order ----
  // A
  {
    id: 't52-order-01',
    cat: 'order',
    q: '通州的项目按全年预算从高到低，前五名是哪些？',
    expect: (d) => d.topMoney(pool(d, TZ), 'annualBudget', 5, 'desc'),
  },
  {
    id: 't52-order-02',
    cat: 'order',
    q: '潞源街道执行数最少的三个项目',
    expect: (d) => d.top(pool(d, LY), executed, 3, 'asc'),
  },
  {
    id: 't52-order-03',
    cat: 'order',
    q: '发改委的项目按执行率从低到高排一下',
    expect: (d) => over(d, RATES, (f) => ranked(d, pool(d, FG), f, 'asc')),
  },
  {
    id: 't52-order-04',
    cat: 'order',
    q: '通州区总分最低的三个项目',
    expect: (d) => d.top(pool(d, TZ), ts, 3, 'asc'),
  },
  // B
  {
    id: 't52-order-05',
    cat: 'order',
    q: '赵康名下的项目按全年预算排一下，最大的五个',
    expect: (d) => d.top(pool(d, ZK), annual, 5, 'desc'),
  },
  {
    id: 't52-order-06',
    cat: 'order',
    q: '我是赵康，我的项目里预算最少的三个是哪些？',
    expect: (d) => d.top(pool(d, ZK), annual, 3, 'asc'),
  },
  {
    id: 't52-order-07',
    cat: 'order',
    q: '控违拆违那三批按预算从小到大排一下',
    expect: (d) => ranked(d, pool(d, KONGWEI), annual, 'asc'),
  },
  // C
  {
    id: 't52-order-08',
    cat: 'order',
    q: '大红门全年预算最多的前十个项目',
    expect: (d) => d.top(pool(d, DHM), annual, 10, 'desc'),
  },
  {
    id: 't52-order-09',
    cat: 'order',
    q: '全部项目里，全年预算比年初预算调增金额最大的前三个',
    expect: (d) =>
      d.top(
        pool(d, (r) => raised(r) > 0),
        raised,
        3,
        'desc',
      ),
  },
  {
    id: 't52-order-10',
    cat: 'order',
    pre: '全部项目里，全年预算比年初预算调增金额最大的前三个',
    q: '不对，我要的是调减最多的前三个',
    expect: (d) =>
      d.top(
        pool(d, (r) => lowered(r) > 0),
        lowered,
        3,
        'desc',
      ),
  },

  // ---- tally ----
  // A
  {
    id: 't52-tally-01',
    cat: 'tally',
    q: '通州一共报了多少个项目的自评表？',
    expect: (d) => d.count(pool(d, TZ).length),
  },
  {
    id: 't52-tally-02',
    cat: 'tally',
    q: '通州区总分是满分100分的项目有几个？',
    expect: (d) => d.count(pool(d, (r) => TZ(r) && ts(r) === 100).length),
  },
  {
    id: 't52-tally-03',
    cat: 'tally',
    q: '通州的项目里预算过百万的有几个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, TZ),
  },
  {
    id: 't52-tally-04',
    cat: 'tally',
    q: '通州有多少个项目的负责人没填？',
    expect: (d) => d.count(pool(d, (r) => TZ(r) && blankOwner(r)).length),
  },
  // B
  {
    id: 't52-tally-05',
    cat: 'tally',
    q: '赵康名下一共多少个项目？',
    expect: (d) => d.count(pool(d, ZK).length),
  },
  {
    id: 't52-tally-06',
    cat: 'tally',
    q: '赵康负责的项目里，设了满意度指标的有几个？',
    expect: (d) =>
      d.countRange(
        pool(d, (r) => ZK(r) && satRows(r).length > 0 && !satNoPoints(r)).length,
        pool(d, (r) => ZK(r) && (satRows(r).length > 0 || satDoubt(r))).length,
      ),
  },
  {
    id: 't52-tally-07',
    cat: 'tally',
    q: '城乡管理办公室一共有多少个项目？其中赵康的占几个？',
    // 城乡办、平安办 (003-095) may count as 城乡管理办公室
    expect: (d) =>
      allOf(
        d.countRange(
          pool(d, unit('城乡管理办公室')).length,
          pool(d, unit('城乡管理办公室', '城乡办')).length,
        ),
        d.count(pool(d, (r) => ZK(r) && unit('城乡管理办公室')(r)).length),
      ),
  },
  // C
  {
    id: 't52-tally-08',
    cat: 'tally',
    q: '牛艳维、李毅飞、张宏三个人各负责几个项目？',
    expect: (d) =>
      d.groups(Object.fromEntries(['牛艳维', '李毅飞', '张宏'].map((n) => [n, pool(d, owner(n)).length]))),
  },
  {
    id: 't52-tally-09',
    cat: 'tally',
    q: '总分95分的项目有多少个？',
    expect: (d) => d.count(pool(d, (r) => ts(r) === 95).length),
  },
  {
    id: 't52-tally-10',
    cat: 'tally',
    pre: '总分低于100分的项目有几个？',
    q: '其中大红门的占多少？',
    // 占多少 asks the count or the share: 31 forms, or 31 of the 48 below 100 as a percentage (widened after the first run)
    expect: (d) => {
      const below = pool(d, (r) => ts(r) != null && ts(r) < 100);
      const n = below.filter(DHM).length;
      return d.anyOf(d.count(n), d.number((100 * n) / below.length, PCT));
    },
  },
];
