// The fifty-eighth part (helper "blind76"): 120 portfolio questions asked by three people over the 169 forms — (A) an
// auditor of the 丰台区审计局 preparing a 专项审计 of the 大红门街道's 2023 project funds, who writes formal requests in
// the auditor's register (请列示, 请核算, 请提供, 是否存在, full names of offices and projects, 万元 always), (B) a young
// staffer of the 通州区发展和改革委员会 who types fast on a laptop and mixes English into his Chinese (budget, owner,
// list 一下, check, total, avg, top 3, execution rate), asking about the 发改委's forms and the 潞源 street of the same
// district, and (C) the head of the 财政所 of the 河门口街道 in 攀枝花, who types in Sichuan speech (好多 for 多少, 啥子,
// 有没得, 哪几个, 一哈, 嘛) about his own 2020 forms and sets them against the Beijing ones. Written by an author who had
// not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the
// records by ../lib and ./helpers.mjs only. A blind measure: never run by its writer. Definitions: ../README.md
// ("The fifty-eighth part").
import {
  devMissing,
  norm,
  noSat,
  rows,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  column,
  F,
  moneyBand,
  noYear,
  overspent,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  annual,
  BJ,
  budgetOffSet,
  DHM,
  executed,
  FG,
  gaps,
  HMK,
  initial,
  LY,
  nameHas,
  numbers,
  officeSet,
  overOffice,
  overRates,
  ownerGroups,
  R,
  SJ,
  shown,
  sumOf,
  TZ,
} from './helpers.mjs';

const both = (r) => initial(r) != null && annual(r) != null;
const own = (name) => (r) => norm(r.owner) === name;

export const questions = [
  // ---- money ----
  // A: the auditor (大红门街道, formal)
  {
    id: 't58-money-01',
    cat: 'money',
    q: '请核算北京市丰台区大红门街道办事处2023年度全部项目的全年预算数合计（万元）。',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    id: 't58-money-02',
    cat: 'money',
    q: '大红门街道民生保障办公室实施的项目，全年执行数合计为多少万元？',
    expect: (d) => overOffice(d, '民生保障办公室', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't58-money-03',
    cat: 'money',
    q: '大红门街道年初预算数与全年预算数均有填列的项目中，全年预算数合计比年初预算数合计多出多少万元？',
    // 003-082 writes 年初预算数 「0」: filled (counted) or read as not filled (left out)
    expect: (d) => {
      const withZero = F(d, (r) => DHM(r) && both(r));
      const noZero = withZero.filter((r) => initial(r) !== 0);
      return gaps(
        d,
        [withZero, noZero].map((rs) => sumOf(rs, annual) - sumOf(rs, initial)),
      );
    },
  },
  {
    id: 't58-money-04',
    cat: 'money',
    q: '请核算大红门街道城乡管理办公室名下各项目全年预算数的合计金额。',
    expect: (d) => overOffice(d, '城乡管理办公室', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  {
    id: 't58-money-05',
    cat: 'money',
    q: '大红门街道“民生实事及基层建设”系列项目的全年执行数合计是多少万元？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => DHM(r) && nameHas('民生实事及基层建设')(r)),
        'executed',
      ),
  },
  {
    id: 't58-money-06',
    cat: 'money',
    q: '大红门街道全年执行数超过1000万元的项目，其全年执行数合计为多少万元？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => DHM(r) && executed(r) > 1000),
        'executed',
      ),
  },
  {
    id: 't58-money-07',
    cat: 'money',
    q: '经测算，大红门街道平均每个项目的全年预算数为多少万元？',
    expect: (d) => d.avg(F(d, DHM), annual),
  },
  {
    id: 't58-money-08',
    cat: 'money',
    q: '请核算大红门街道平安建设办公室项目的全年预算数合计。',
    expect: (d) => overOffice(d, '平安建设办公室', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  {
    id: 't58-money-09',
    cat: 'money',
    q: '大红门街道全年预算数较年初预算数调减的项目，调减金额合计为多少万元？',
    expect: (d) =>
      gaps(d, [
        sumOf(
          F(d, (r) => DHM(r) && both(r) && initial(r) > annual(r)),
          (r) => initial(r) - annual(r),
        ),
      ]),
  },
  // B: the 发改委 staffer (English mixed in)
  {
    id: 't58-money-10',
    cat: 'money',
    q: '我们发改委23年所有project的total budget是多少',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  {
    id: 't58-money-11',
    cat: 'money',
    q: '潞源街道所有项目的executed amount加起来多少',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 't58-money-12',
    cat: 'money',
    q: '通州区的项目（发改委+潞源）budget一共多少万',
    expect: (d) => d.sumMoney(F(d, TZ), 'annualBudget'),
  },
  {
    id: 't58-money-13',
    cat: 'money',
    q: '发改委平均每个project的budget是多少，avg一下',
    expect: (d) => {
      const rs = F(d, FG);
      return numbers(d, [
        sumOf(rs, annual) / rs.length,
        sumOf(rs, (r) => (annual(r) >= 100000 ? annual(r) / 10000 : annual(r))) / rs.length,
      ]);
    },
  },
  {
    id: 't58-money-14',
    cat: 'money',
    q: 'owner是邱程的那几个项目budget加起来多少',
    expect: (d) => d.sumMoney(F(d, own('邱程')), 'annualBudget'),
  },
  {
    id: 't58-money-15',
    cat: 'money',
    q: '经济大脑那个项目和2023年节能专项资金，budget差多少',
    expect: (d) => gaps(d, [annual(R(d, '002-005')) - annual(R(d, '002-006'))]),
  },
  {
    id: 't58-money-16',
    cat: 'money',
    q: '潞源的“小微项目惠民生”第三批和第四批，executed total是多少',
    expect: (d) => d.number(executed(R(d, '000-015')) + executed(R(d, '000-016'))),
  },
  {
    id: 't58-money-17',
    cat: 'money',
    q: '潞源所有项目budget减去executed，一共还剩多少没花',
    expect: (d) => d.number(sumOf(F(d, LY), (r) => annual(r) - executed(r))),
  },
  // C: the 河门口 财政所 head (Sichuan speech)
  {
    id: 't58-money-18',
    cat: 'money',
    q: '我们河门口街道20年那几个项目全年预算一共好多钱嘛',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  {
    id: 't58-money-19',
    cat: 'money',
    q: '河门口除开三线干部建设学院那个项目，其他的全年预算加起来好多',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => HMK(r) && r.id !== '004-008'),
        'annualBudget',
      ),
  },
  {
    id: 't58-money-20',
    cat: 'money',
    q: '习风园改造项目全年执行了好多万',
    expect: (d) => d.number(executed(R(d, '004-011'))),
  },
  {
    id: 't58-money-21',
    cat: 'money',
    q: '我们河门口年初预算填了的那几个，年初预算加起来好多',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => HMK(r) && initial(r) != null),
          initial,
        ),
      ),
  },
  {
    id: 't58-money-22',
    cat: 'money',
    q: '疫情防控一线社区工作人员补助那个项目，年初才3万，全年预算多了好多',
    expect: (d) => gaps(d, [annual(R(d, '004-012')) - initial(R(d, '004-012'))]),
  },
  {
    id: 't58-money-23',
    cat: 'money',
    q: '北京双井街道那两个疫情防控的项目全年预算加起来好多钱',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  {
    id: 't58-money-24',
    cat: 'money',
    q: '20年的项目，我们河门口加上双井，全年执行数一共好多',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => r.year === 2020),
        'executed',
      ),
  },
  {
    id: 't58-money-25',
    cat: 'money',
    q: '河门口平均一个项目全年预算是好多钱',
    expect: (d) => d.avg(F(d, HMK), annual),
  },

  // ---- rows ----
  // A
  {
    id: 't58-rows-01',
    cat: 'rows',
    q: '请列示大红门街道2023年度项目负责人为赵康的全部项目。',
    expect: (d) => d.set(F(d, (r) => DHM(r) && own('赵康')(r))),
  },
  {
    id: 't58-rows-02',
    cat: 'rows',
    q: '大红门街道项目中，联系电话填列为67270395的项目有哪些？请列示。',
    expect: (d) => d.set(F(d, (r) => DHM(r) && phoneNumbers(r).includes('67270395'))),
  },
  {
    id: 't58-rows-03',
    cat: 'rows',
    q: '请列出大红门街道满意度指标注明“未做”的项目。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && satNotDone(r)),
        F(d, (r) => DHM(r) && (satNotDone(r) || satDoubt(r))),
      ),
  },
  {
    id: 't58-rows-04',
    cat: 'rows',
    q: '年初预算数未填列的大红门街道项目，请逐项列示。',
    expect: (d) => d.set(F(d, (r) => DHM(r) && initial(r) == null)),
  },
  {
    id: 't58-rows-05',
    cat: 'rows',
    q: '请列示大红门街道全年预算数较年初预算数增加的项目。',
    // 003-082 (年初 「0」, 全年 5.184) increased from a written 0; a reading that takes 0 as not filled may leave it out
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && both(r) && initial(r) < annual(r) && initial(r) !== 0),
        F(d, (r) => DHM(r) && both(r) && initial(r) < annual(r)),
      ),
  },
  {
    id: 't58-rows-06',
    cat: 'rows',
    q: '党群工作办公室实施的项目中，全年预算数在100万元以上的有哪些？',
    expect: (d) =>
      overOffice(d, '党群工作办公室', (rs) =>
        moneyBand(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, (r) => rs.includes(r)),
      ),
  },
  {
    id: 't58-rows-07',
    cat: 'rows',
    q: '请列示大红门街道自评总分低于100分的项目。',
    expect: (d) => d.set(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't58-rows-08',
    cat: 'rows',
    q: '经核对，大红门街道哪些项目的联系电话不是8位数字？',
    // 003-095 holds two 8-digit numbers in one cell: may be listed
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && phoneNumbers(r).length === 1 && phoneNumbers(r)[0].length !== 8),
        F(d, (r) => DHM(r) && (phoneNumbers(r).length > 1 || phoneNumbers(r).some((p) => p.length !== 8))),
      ),
  },
  {
    id: 't58-rows-09',
    cat: 'rows',
    q: '请提供大红门街道综合办公室的项目清单。',
    expect: (d) => officeSet(d, '综合办公室'),
  },
  // B
  {
    id: 't58-rows-10',
    cat: 'rows',
    q: '发改委owner是邱程的project list一下',
    expect: (d) => d.set(F(d, (r) => FG(r) && own('邱程')(r))),
  },
  {
    id: 't58-rows-11',
    cat: 'rows',
    q: '潞源有哪些项目execution rate不到100%',
    expect: (d) => overRates(d, (f) => d.set(F(d, (r) => LY(r) && f(r) != null && f(r) < 100))),
  },
  {
    id: 't58-rows-12',
    cat: 'rows',
    q: '发改委哪些project没有满意度指标',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && noSat(r)),
        F(d, (r) => FG(r) && (noSat(r) || satNoPoints(r))),
      ),
  },
  {
    id: 't58-rows-13',
    cat: 'rows',
    q: '潞源owner那一栏是空的项目list出来',
    expect: (d) => d.set(F(d, (r) => LY(r) && (r.owner == null || norm(r.owner) === ''))),
  },
  {
    id: 't58-rows-14',
    cat: 'rows',
    q: '通州区budget超过200万的项目有哪些',
    expect: (d) => moneyBand(d, 'annualBudget', 200, Number.POSITIVE_INFINITY, TZ),
  },
  {
    id: 't58-rows-15',
    cat: 'rows',
    q: '发改委的项目里实施单位是产业发展科的有哪几个',
    expect: (d) => d.set(F(d, (r) => FG(r) && norm(r.implementingUnit) === '产业发展科')),
  },
  {
    id: 't58-rows-16',
    cat: 'rows',
    q: '潞源总分不是100分满分的project',
    expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) != null && ts(r) !== 100)),
  },
  {
    id: 't58-rows-17',
    cat: 'rows',
    q: '发改委有哪些form总分那栏没填',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  // C
  {
    id: 't58-rows-18',
    cat: 'rows',
    q: '我们河门口总分97分的是哪几个项目',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 97)),
  },
  {
    id: 't58-rows-19',
    cat: 'rows',
    q: '河门口全年预算超过10万的项目有哪些嘛',
    expect: (d) => moneyBand(d, 'annualBudget', 10, Number.POSITIVE_INFINITY, HMK),
  },
  {
    id: 't58-rows-20',
    cat: 'rows',
    q: '河门口年初预算填了的里头，跟全年预算对不上的是哪几个',
    expect: (d) => d.set(F(d, (r) => HMK(r) && both(r) && initial(r) !== annual(r))),
  },
  {
    id: 't58-rows-21',
    cat: 'rows',
    q: '2020年的项目全部列出来看一哈',
    expect: (d) => d.set(F(d, (r) => r.year === 2020)),
  },
  {
    id: 't58-rows-22',
    cat: 'rows',
    q: '北京那边有没得总分98分的项目，列一哈',
    expect: (d) => d.set(F(d, (r) => BJ(r) && ts(r) === 98)),
  },
  {
    id: 't58-rows-23',
    cat: 'rows',
    q: '河门口满意度指标扣了分的有哪几个',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satLow(r))),
  },
  {
    id: 't58-rows-24',
    cat: 'rows',
    q: '河门口哪些项目产出指标全部都是满分',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            HMK(r) &&
            rows(r)
              .filter((i) => norm(i.level1).includes('产出'))
              .every((i) => i.weight != null && i.score === i.weight),
        ),
      ),
  },
  {
    id: 't58-rows-25',
    cat: 'rows',
    q: '双井那两个项目满意度有没得扣分的',
    expect: (d) => d.set(F(d, (r) => SJ(r) && satLow(r))),
  },

  // ---- talk (follow-ups) ----
  // A
  {
    id: 't58-talk-01',
    cat: 'talk',
    pre: '大红门街道民生保障办公室2023年度共有多少个项目？',
    q: '其中自评总分为95分的项目，请列示。',
    expect: (d) => officeSet(d, '民生保障办公室', (r) => ts(r) === 95),
  },
  {
    id: 't58-talk-02',
    cat: 'talk',
    pre: '请列示大红门街道便民服务中心的项目。',
    q: '上述项目全年预算数合计为多少万元？',
    expect: (d) => overOffice(d, '便民服务中心', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  {
    id: 't58-talk-03',
    cat: 'talk',
    pre: '大红门街道全年预算数最高的5个项目。',
    q: '请分别提供这五个项目的项目负责人。',
    expect: (d) => {
      const top = d.top(F(d, DHM), shown(annual), 5, 'desc');
      const rs = F(
        d,
        (r) => top.must.includes(norm(r.projectName)) || (top.may ?? []).includes(norm(r.projectName)),
      );
      return allOf(
        top,
        column(d, '负责人', rs, (r) => r.owner),
      );
    },
  },
  {
    id: 't58-talk-04',
    cat: 'talk',
    pre: '大红门街道平安建设办公室有哪些项目？',
    q: '按全年执行数由高到低排列。',
    expect: (d) => overOffice(d, '平安建设办公室', (rs) => ranked(d, rs, shown(executed), 'desc')),
  },
  {
    id: 't58-talk-05',
    cat: 'talk',
    pre: '大红门街道年初预算数大于全年预算数的项目有几个？',
    q: '请逐一列示。',
    expect: (d) => d.set(F(d, (r) => DHM(r) && both(r) && initial(r) > annual(r))),
  },
  {
    id: 't58-talk-06',
    cat: 'talk',
    pre: '大红门街道社区建设办公室的项目全年执行数合计是多少？',
    q: '党群工作办公室的呢？',
    expect: (d) => overOffice(d, '党群工作办公室', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't58-talk-07',
    cat: 'talk',
    pre: '大红门街道项目负责人为牛艳维的项目有多少个？',
    q: '高艳丽呢？',
    expect: (d) => d.count(F(d, own('高艳丽')).length),
  },
  // B
  {
    id: 't58-talk-08',
    cat: 'talk',
    pre: '发改委一共有几个project',
    q: 'list一下，带上owner',
    expect: (d) =>
      allOf(
        d.set(F(d, FG)),
        column(d, '负责人', F(d, FG), (r) => r.owner),
      ),
  },
  {
    id: 't58-talk-09',
    cat: 'talk',
    pre: '潞源的项目total budget多少',
    q: '那executed呢',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 't58-talk-10',
    cat: 'talk',
    pre: '通州区budget最大的项目是哪个',
    q: '它的owner和phone呢',
    // 2023“疏整促”专班经费 writes 1,863,180 (元) in the 万元 column: as written it is the largest, converted it is not
    expect: (d) =>
      d.anyOf(
        d.valueAll(R(d, '002-007'), '孔涵', '69541770'),
        d.valueAll(R(d, '002-013'), '邱程', '69553081'),
      ),
  },
  {
    id: 't58-talk-11',
    cat: 'talk',
    pre: '潞源execution rate低于100%的项目有哪些',
    q: '这些里面owner是李哲的',
    expect: (d) =>
      overRates(d, (f) => d.set(F(d, (r) => LY(r) && f(r) != null && f(r) < 100 && own('李哲')(r)))),
  },
  {
    id: 't58-talk-12',
    cat: 'talk',
    pre: '发改委avg总分是多少',
    q: '潞源的呢',
    expect: (d) => d.avg(F(d, LY), ts),
  },
  {
    id: 't58-talk-13',
    cat: 'talk',
    pre: '潞源街道有多少个项目',
    q: '按owner分组count一下',
    expect: (d) => ownerGroups(d, F(d, LY)),
  },
  {
    id: 't58-talk-14',
    cat: 'talk',
    pre: '发改委的项目按budget从高到低sort一下',
    q: '只要top 3',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', 3, 'desc'),
  },
  // C
  {
    id: 't58-talk-15',
    cat: 'talk',
    pre: '我们河门口一共有好多个项目',
    q: '那双井呢',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    id: 't58-talk-16',
    cat: 'talk',
    pre: '河门口全年预算最高的是哪个项目',
    q: '它总分好多',
    expect: (d) => d.value(R(d, '004-008'), ts(R(d, '004-008'))),
  },
  {
    id: 't58-talk-17',
    cat: 'talk',
    pre: '河门口的项目全年预算加起来好多',
    q: '平均一个呢',
    expect: (d) => d.avg(F(d, HMK), annual),
  },
  {
    id: 't58-talk-18',
    cat: 'talk',
    pre: '河门口哪些项目没写负责人',
    q: '那双井的呢',
    expect: (d) => d.set(F(d, (r) => SJ(r) && (r.owner == null || norm(r.owner) === ''))),
  },
  {
    id: 't58-talk-19',
    cat: 'talk',
    pre: '列一哈河门口总分98分的项目',
    q: '按全年预算从大到小排一哈',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => HMK(r) && ts(r) === 98),
        annual,
        'desc',
      ),
  },
  {
    id: 't58-talk-20',
    cat: 'talk',
    pre: '潞源街道执行率最低的是哪个项目',
    q: '那大红门的呢',
    expect: (d) => overRates(d, (f) => d.top(F(d, DHM), f, 1, 'asc')),
  },

  // ---- audit ----
  // A
  {
    id: 't58-audit-01',
    cat: 'audit',
    q: '大红门街道是否存在填报的执行率与全年执行数除以全年预算数不一致的项目？请列示。',
    // 平安建设经费's 执行率 cell reads empty (its 「10 100％」 may be the rate): may be listed
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && rateOff(r)),
        F(d, (r) => DHM(r) && (rateOff(r) || rateDiff(r) || r.id === '003-127')),
      ),
  },
  {
    id: 't58-audit-02',
    cat: 'audit',
    q: '请核查大红门街道是否存在全年执行数超过全年预算数的项目。',
    // 003-096 exceeds by 0.0000004 万元 (a rounding of the form): optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && overspent(r) && executed(r) - annual(r) >= 0.0001),
        F(d, (r) => DHM(r) && overspent(r)),
      ),
  },
  {
    id: 't58-audit-03',
    cat: 'audit',
    q: '大红门街道存在指标扣分但未填写偏差原因分析的项目，请列示。',
    expect: (d) => d.set(F(d, (r) => DHM(r) && devMissing(r))),
  },
  {
    id: 't58-audit-04',
    cat: 'audit',
    q: '经查，部分项目预算执行得分栏为空，请列示大红门街道此类项目。',
    // 平安建设经费: its 「10 100％」 may be read as a 得分 or as the 执行率 with the 得分 missing
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && r.funds?.total?.score?.value == null),
        F(d, (r) => DHM(r) && (r.funds?.total?.score?.value == null || r.id === '003-127')),
      ),
  },
  // B
  {
    id: 't58-audit-05',
    cat: 'audit',
    q: '帮我check一下发改委哪些form总分没填',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't58-audit-06',
    cat: 'audit',
    q: '潞源哪些form的预算执行得分算错了，score和execution rate对不上',
    expect: (d) => budgetOffSet(d, LY),
  },
  {
    id: 't58-audit-07',
    cat: 'audit',
    q: '发改委有没有phone number格式不对的project',
    expect: (d) =>
      d.set(F(d, (r) => FG(r) && phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  // C
  {
    id: 't58-audit-08',
    cat: 'audit',
    q: '河门口的表有没得分值加起来不是100的',
    expect: (d) => d.set(F(d, (r) => HMK(r) && weightOff(r))),
  },
  {
    id: 't58-audit-09',
    cat: 'audit',
    q: '我们河门口的表年初预算没填的有哪几个，要补哈',
    expect: (d) => d.set(F(d, (r) => HMK(r) && initial(r) == null)),
  },
  {
    id: 't58-audit-10',
    cat: 'audit',
    q: '河门口哪些项目扣了分但是偏差原因没写',
    expect: (d) => d.set(F(d, (r) => HMK(r) && devMissing(r))),
  },

  // ---- desk ----
  // A
  {
    id: 't58-desk-01',
    cat: 'desk',
    q: '请提供“晨光路拆迁资金”项目的项目负责人及联系电话。',
    expect: (d) => d.valueAll(R(d, '003-091'), R(d, '003-091').owner, R(d, '003-091').phone),
  },
  {
    id: 't58-desk-02',
    cat: 'desk',
    q: '“2023年乡村医生基本待遇经费”自评表填报的执行率是多少？',
    expect: (d) => overRates(d, (f) => d.value(R(d, '003-072'), f(R(d, '003-072')))),
  },
  {
    id: 't58-desk-03',
    cat: 'desk',
    q: '大红门街道“2023年应急经费”项目的实施单位是哪个科室？',
    expect: (d) => d.value(R(d, '003-078'), R(d, '003-078').implementingUnit),
  },
  {
    id: 't58-desk-04',
    cat: 'desk',
    q: '“东门里小区综合整治提升工程项目资金”的全年预算数是多少万元？',
    expect: (d) => d.value(R(d, '003-103'), annual(R(d, '003-103'))),
  },
  // B
  {
    id: 't58-desk-05',
    cat: 'desk',
    q: '通州区“经济大脑”服务项目的owner是谁',
    expect: (d) => d.value(R(d, '002-005'), R(d, '002-005').owner),
  },
  {
    id: 't58-desk-06',
    cat: 'desk',
    q: '疏整促专班经费的budget到底是多少',
    expect: (d) => d.value(R(d, '002-007'), annual(R(d, '002-007')), annual(R(d, '002-007')) / 10000),
  },
  {
    id: 't58-desk-07',
    cat: 'desk',
    q: '潞源朗清园社区警务工作室那个项目的phone多少',
    expect: (d) => d.value(R(d, '000-006'), R(d, '000-006').phone),
  },
  // C
  {
    id: 't58-desk-08',
    cat: 'desk',
    q: '习风园改造项目总分好多',
    expect: (d) => d.value(R(d, '004-011'), ts(R(d, '004-011'))),
  },
  {
    id: 't58-desk-09',
    cat: 'desk',
    q: '三线干部建设学院那个项目的实施单位是哪个',
    expect: (d) => d.value(R(d, '004-008'), R(d, '004-008').implementingUnit),
  },
  {
    id: 't58-desk-10',
    cat: 'desk',
    q: '河西锦苑小区电梯维护经费的负责人是哪个',
    expect: (d) => d.empty(R(d, '004-002')),
  },

  // ---- no (the data cannot answer) ----
  // A
  {
    id: 't58-no-01',
    cat: 'no',
    q: '请列示大红门街道2023年度项目的政府采购合同编号。',
    expect: (d) => d.refuse('合同编号'),
  },
  {
    id: 't58-no-02',
    cat: 'no',
    q: '大红门街道2022年度项目全年预算数合计多少万元？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 't58-no-03',
    cat: 'no',
    q: '请提供各项目资金拨付的记账凭证号。',
    expect: (d) => d.refuse('凭证'),
  },
  {
    id: 't58-no-04',
    cat: 'no',
    q: '大红门街道上一轮审计发现问题的整改落实情况如何？',
    expect: (d) => d.refuse('整改'),
  },
  // B
  {
    id: 't58-no-05',
    cat: 'no',
    q: '发改委2024年的budget是多少',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't58-no-06',
    cat: 'no',
    q: '帮我查一下海淀区的project list',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  {
    id: 't58-no-07',
    cat: 'no',
    q: '发改委这些项目的ROI分别是多少',
    expect: (d) => d.refuse('ROI'),
  },
  // C
  {
    id: 't58-no-08',
    cat: 'no',
    q: '我们河门口明年的预算有好多',
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    id: 't58-no-09',
    cat: 'no',
    q: '攀枝花东区那边的项目有好多个',
    expect: (d) => d.anyOf(d.refuse('东区'), d.set([])),
  },
  {
    id: 't58-no-10',
    cat: 'no',
    q: '河门口那些项目的钱是哪天拨下来的',
    expect: (d) => d.refuse('拨'),
  },

  // ---- order ----
  // A
  {
    id: 't58-order-01',
    cat: 'order',
    q: '请列示大红门街道全年执行数排名前十的项目。',
    expect: (d) => d.top(F(d, DHM), shown(executed), 10, 'desc'),
  },
  {
    id: 't58-order-02',
    cat: 'order',
    q: '大红门街道自评总分最低的三个项目是哪些？',
    expect: (d) => d.top(F(d, DHM), ts, 3, 'asc'),
  },
  {
    id: 't58-order-03',
    cat: 'order',
    q: '民生保障办公室全年预算数最小的项目是哪一个？',
    expect: (d) => overOffice(d, '民生保障办公室', (rs) => d.top(rs, annual, 1, 'asc')),
  },
  {
    id: 't58-order-04',
    cat: 'order',
    q: '大红门街道年初预算数与全年预算数差额最大的项目是哪个？',
    expect: (d) =>
      d.top(
        F(d, (r) => DHM(r) && both(r)),
        (r) => Math.abs(annual(r) - initial(r)),
        1,
        'desc',
      ),
  },
  // B
  {
    id: 't58-order-05',
    cat: 'order',
    q: '潞源budget top 5的项目',
    expect: (d) => d.top(F(d, LY), shown(annual), 5, 'desc'),
  },
  {
    id: 't58-order-06',
    cat: 'order',
    q: '发改委哪个项目execution rate最低',
    expect: (d) => overRates(d, (f) => d.top(F(d, FG), f, 1, 'asc')),
  },
  {
    id: 't58-order-07',
    cat: 'order',
    q: '潞源总分不是100的，按总分从低到高rank一下',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100),
        ts,
        'asc',
      ),
  },
  // C
  {
    id: 't58-order-08',
    cat: 'order',
    q: '我们河门口全年预算最少的三个项目是哪几个',
    expect: (d) => d.top(F(d, HMK), annual, 3, 'asc'),
  },
  {
    id: 't58-order-09',
    cat: 'order',
    q: '20年的项目里头哪个全年预算最大',
    expect: (d) =>
      d.top(
        F(d, (r) => r.year === 2020),
        annual,
        1,
        'desc',
      ),
  },
  {
    id: 't58-order-10',
    cat: 'order',
    q: '河门口的项目按总分从高到低排一哈',
    expect: (d) => ranked(d, F(d, HMK), ts, 'desc'),
  },

  // ---- tally ----
  // A
  {
    id: 't58-tally-01',
    cat: 'tally',
    q: '请按项目负责人统计大红门街道的项目个数。',
    expect: (d) => ownerGroups(d, F(d, DHM)),
  },
  {
    id: 't58-tally-02',
    cat: 'tally',
    q: '大红门街道自评总分为100分的项目共有多少个？',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) === 100).length),
  },
  {
    id: 't58-tally-03',
    cat: 'tally',
    q: '大红门街道满意度指标得分为0的项目有多少个？',
    // a doubtful pdf-text record (satDoubt) or a 未做 row whose 得分 cell is blank may count
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satRows(r).some((i) => i.score === 0)).length,
        F(
          d,
          (r) =>
            DHM(r) &&
            (satRows(r).some((i) => i.score === 0) ||
              satDoubt(r) ||
              (satNotDone(r) && satRows(r).some((i) => i.score == null))),
        ).length,
      ),
  },
  {
    id: 't58-tally-04',
    cat: 'tally',
    q: '大红门街道全年预算数在10万元（含）以下的项目共计多少个？',
    expect: (d) => d.count(F(d, (r) => DHM(r) && annual(r) != null && annual(r) <= 10).length),
  },
  // B
  {
    id: 't58-tally-05',
    cat: 'tally',
    q: '发改委和潞源的project数量差几个',
    expect: (d) => gaps(d, [F(d, LY).length - F(d, FG).length], 0),
  },
  {
    id: 't58-tally-06',
    cat: 'tally',
    q: '潞源的owner一共有几个不同的人',
    expect: (d) =>
      d.count(new Set(F(d, (r) => LY(r) && norm(r.owner) !== '').map((r) => norm(r.owner))).size),
  },
  {
    id: 't58-tally-07',
    cat: 'tally',
    q: '发改委总分100分的count是多少',
    expect: (d) => d.count(F(d, (r) => FG(r) && ts(r) === 100).length),
  },
  // C
  {
    id: 't58-tally-08',
    cat: 'tally',
    q: '我们河门口总分98分的有好多个，97分的又有好多个',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => HMK(r) && ts(r) === 98).length),
        d.count(F(d, (r) => HMK(r) && ts(r) === 97).length),
      ),
  },
  {
    id: 't58-tally-09',
    cat: 'tally',
    q: '系统里头全部的项目加起来一共有好多个',
    expect: (d) => d.count(d.all.length),
  },
  {
    id: 't58-tally-10',
    cat: 'tally',
    q: '按年度统计一哈项目个数',
    expect: (d) => {
      const m = {};
      for (const r of d.all) m[r.year] = (m[r.year] ?? 0) + 1;
      return d.groups(m);
    },
  },
];
