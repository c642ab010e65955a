// The fifty-seventh part (helper "blind75"): 120 portfolio questions asked by three people over the 169 forms — (A) an
// accountant of the 财政所 of the 潞源街道 (通州) who writes full, formal sentences with the form's own terms (全年预算数,
// 全年执行数, 项目负责人, 未填写) and sets 潞源 against the 通州区发改委, (B) a project manager of a third-party
// evaluation firm engaged for a 重点评价 of the 大红门街道 who types fast on a laptop, mixes English into Chinese (budget,
// owner, list, top 10, sort, total, avg, vs) and asks about the 大红门 科室, and (C) a finance clerk of the 河门口街道
// (攀枝花) who types on a phone in Sichuan dialect (好多 = 多少, 莫得, 喃, 哪个 = 谁, 一哈) with pinyin slips (河们口,
// 预酸, 付责人, 执行绿 …). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other
// part's question lines, and who never ran the bot on them; expectations computed from the records by ../lib and
// ./helpers.mjs only. Not split. Definitions: ../README.md ("The fifty-seventh part").
import {
  devMissing,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  both,
  column,
  F,
  moneyBand,
  noYear,
  nth,
  overspent,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  tallyBy,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  and,
  budgetOffBy,
  DHM,
  FG,
  gaps,
  groupsAlt,
  HMK,
  ids,
  LY,
  numbers,
  office,
  officeSet,
  overPools,
  PCT,
  phoneOf,
  R,
  READERS,
  round2,
  SJ,
  scoreGroups,
  sumBy,
  Y2020,
  yuan,
} from './helpers.mjs';

const annual = (r) => money(r, 'annualBudget');
const executed = (r) => money(r, 'executed');
const initial = (r) => money(r, 'initialBudget');
const below100 = (f) => (r) => f(r) != null && f(r) < 100;

export const questions = [
  // ---- money ----
  {
    id: 't57-money-01',
    cat: 'money',
    q: '请问潞源街道全部项目的全年预算数合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  {
    id: 't57-money-02',
    cat: 'money',
    q: '潞源街道各项目的全年执行数合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 't57-money-03',
    cat: 'money',
    q: '请问潞源街道全年预算数合计与全年执行数合计之间的差额是多少万元？',
    expect: (d) => gaps(d, [sumBy(F(d, LY), annual) - sumBy(F(d, LY), executed)]),
  },
  {
    id: 't57-money-04',
    cat: 'money',
    q: '麻烦算一下2023年第三批和第四批“小微项目惠民生”资金的全年预算数合计。',
    expect: (d) => d.number(sumBy(F(d, ids('000-015', '000-016')), annual)),
  },
  {
    id: 't57-money-05',
    cat: 'money',
    q: '请问潞源街道项目负责人为周蕾莹的项目，全年预算数一共是多少？',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => LY(r) && norm(r.owner) === '周蕾莹'),
          annual,
        ),
      ),
  },
  {
    id: 't57-money-06',
    cat: 'money',
    q: '潞源街道平均每个项目的全年预算数是多少万元？',
    expect: (d) => d.avg(F(d, LY), annual),
  },
  {
    id: 't57-money-07',
    cat: 'money',
    q: '请问通州区发改委全部项目的全年执行数合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, FG), 'executed'),
  },
  {
    id: 't57-money-08',
    cat: 'money',
    q: '潞源街道的全年预算数合计占潞源街道和发改委两家全年预算数总和的百分之几？',
    expect: (d) =>
      numbers(
        d,
        READERS.map((m) => {
          const a = sumBy(F(d, LY), (r) => m(r, 'annualBudget'));
          const b = sumBy(F(d, FG), (r) => m(r, 'annualBudget'));
          return (100 * a) / (a + b);
        }),
        PCT,
      ),
  },
  {
    id: 't57-money-09',
    cat: 'money',
    q: '我们潞源街道2023年城乡基层党组织服务群众经费（区级资金和市级资金两笔），全年执行数加起来是多少？',
    expect: (d) => d.number(sumBy(F(d, ids('000-023', '000-024')), executed)),
  },
  {
    id: 't57-money-10',
    cat: 'money',
    q: '大红门街道这批项目的 total budget 是多少万？',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    id: 't57-money-11',
    cat: 'money',
    q: '城乡管理办公室 actual spending（全年执行数）sum 一下',
    expect: (d) => overPools(d, '城乡管理办公室', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't57-money-12',
    cat: 'money',
    q: '便民服务中心 年初预算 vs 全年预算，total 差了多少万？',
    expect: (d) => {
      const rs = office(d, '便民服务中心').must;
      const withBoth = rs.filter((r) => initial(r) != null);
      return gaps(d, [
        sumBy(rs, initial) - sumBy(rs, annual),
        sumBy(withBoth, initial) - sumBy(withBoth, annual),
      ]);
    },
  },
  {
    id: 't57-money-13',
    cat: 'money',
    q: '民生保障办公室 avg 每个 project 的 budget 是多少',
    expect: (d) => overPools(d, '民生保障办公室', (rs) => d.avg(rs, annual)),
  },
  {
    id: 't57-money-14',
    cat: 'money',
    q: '晨光路拆迁资金的 budget 换算成元是多少',
    expect: (d) => yuan(d, annual(R(d, '003-091'))),
  },
  {
    id: 't57-money-15',
    cat: 'money',
    q: '平安建设办公室 的 executed amount 合计多少万',
    expect: (d) => overPools(d, '平安建设办公室', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't57-money-16',
    cat: 'money',
    q: '大红门 控违拆违专项资金 那几批加起来 total 多少',
    expect: (d) => d.number(sumBy(F(d, ids('003-104', '003-105', '003-106')), annual)),
  },
  {
    id: 't57-money-17',
    cat: 'money',
    q: '大红门 budget 超过1000万的几个 projects，加起来 total 多少？',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => DHM(r) && annual(r) > 1000),
          annual,
        ),
      ),
  },
  {
    id: 't57-money-18',
    cat: 'money',
    q: '河门口街道的项目一共好多钱嘛',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  {
    id: 't57-money-19',
    cat: 'money',
    q: '河们口年初预算填了的那几个项目 年初预算加起来好多',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => HMK(r) && initial(r) != null),
          initial,
        ),
      ),
  },
  {
    id: 't57-money-20',
    cat: 'money',
    q: '北京双井街道那两个疫情防控的钱加起来好多',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  {
    id: 't57-money-21',
    cat: 'money',
    q: '河门口平均一个项目好多万',
    expect: (d) => d.avg(F(d, HMK), annual),
  },
  {
    id: 't57-money-22',
    cat: 'money',
    q: '三线干部学院那个社区文化活动场所项目 实际花了好多钱',
    expect: (d) => d.number(executed(R(d, '004-008'))),
  },
  {
    id: 't57-money-23',
    cat: 'money',
    q: '河门口除开三线那个项目 其他几个预酸加起来好多',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => HMK(r) && r.id !== '004-008'),
          annual,
        ),
      ),
  },
  {
    id: 't57-money-24',
    cat: 'money',
    q: '所有2020年的项目 预算一共好多',
    expect: (d) => d.sumMoney(F(d, Y2020), 'annualBudget'),
  },
  {
    id: 't57-money-25',
    cat: 'money',
    q: '河门口的预算占2020年全部项目预算的百分之好多',
    expect: (d) => d.number((100 * sumBy(F(d, HMK), annual)) / sumBy(F(d, Y2020), annual), PCT),
  },

  // ---- rows ----
  {
    id: 't57-rows-01',
    cat: 'rows',
    q: '请列出潞源街道项目负责人一栏未填写的项目。',
    expect: (d) => d.set(F(d, (r) => LY(r) && !norm(r.owner))),
  },
  {
    id: 't57-rows-02',
    cat: 'rows',
    q: '潞源街道全年执行数小于全年预算数的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => LY(r) && executed(r) < annual(r))),
  },
  {
    id: 't57-rows-03',
    cat: 'rows',
    q: '请问潞源街道哪些项目没有设置满意度指标？',
    expect: (d) =>
      d.setTol(
        F(d, and(LY, noSat)),
        F(d, (r) => LY(r) && (noSat(r) || satNoPoints(r))),
      ),
  },
  {
    id: 't57-rows-04',
    cat: 'rows',
    q: '请问发改委哪些项目的总分没有填写？',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't57-rows-05',
    cat: 'rows',
    q: '潞源街道执行率低于100%的项目有哪些？',
    expect: (d) => both(d, (f) => d.set(F(d, (r) => LY(r) && below100(f)(r)))),
  },
  {
    id: 't57-rows-06',
    cat: 'rows',
    q: '潞源街道项目负责人是李哲的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => LY(r) && norm(r.owner) === '李哲')),
  },
  {
    id: 't57-rows-07',
    cat: 'rows',
    q: '请列出联系电话为89538280的项目。',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).includes('89538280'))),
  },
  {
    id: 't57-rows-08',
    cat: 'rows',
    q: '发改委全年预算数在100万元以上的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, FG),
  },
  {
    id: 't57-rows-09',
    cat: 'rows',
    q: '请问潞源街道2023年总分不是满分的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => LY(r) && r.year === 2023 && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't57-rows-10',
    cat: 'rows',
    q: '大红门 满意度指标写了“未做”的 projects，list 一下',
    expect: (d) =>
      d.setTol(
        F(d, and(DHM, satNotDone)),
        F(d, (r) => DHM(r) && (satNotDone(r) || satDoubt(r))),
      ),
  },
  {
    id: 't57-rows-11',
    cat: 'rows',
    q: '城乡管理办公室 下面 owner 是赵康的 projects',
    expect: (d) => officeSet(d, '城乡管理办公室', (r) => norm(r.owner) === '赵康'),
  },
  {
    id: 't57-rows-12',
    cat: 'rows',
    q: '便民服务中心 的 projects 里，年初预算 > 全年预算 的 list 一下',
    expect: (d) => officeSet(d, '便民服务中心', (r) => initial(r) != null && initial(r) > annual(r)),
  },
  {
    id: 't57-rows-13',
    cat: 'rows',
    q: '大红门 total score 低于100分的 projects，list please',
    expect: (d) => d.set(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't57-rows-14',
    cat: 'rows',
    q: '社区建设办公室 的 projects 全部列出来',
    expect: (d) => officeSet(d, '社区建设办公室'),
  },
  {
    id: 't57-rows-15',
    cat: 'rows',
    q: '大红门 budget 在100万到200万之间的 projects',
    expect: (d) => moneyBand(d, 'annualBudget', 100, 200, DHM),
  },
  {
    id: 't57-rows-16',
    cat: 'rows',
    q: '平安建设办公室 的 projects 里 owner 是孟卓聪的有哪些',
    expect: (d) => officeSet(d, '平安建设办公室', (r) => norm(r.owner).split('、').includes('孟卓聪')),
  },
  {
    id: 't57-rows-17',
    cat: 'rows',
    q: '综合办公室 的 projects 里哪些年初预算没填',
    expect: (d) => officeSet(d, '综合办公室', (r) => initial(r) == null),
  },
  {
    id: 't57-rows-18',
    cat: 'rows',
    q: '河门口哪些项目满意度莫得拿满分',
    expect: (d) => d.set(F(d, and(HMK, satLow))),
  },
  {
    id: 't57-rows-19',
    cat: 'rows',
    q: '河门口总分97分的是哪几个项目',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 97)),
  },
  {
    id: 't57-rows-20',
    cat: 'rows',
    q: '河门口哪些项目年初预算没有填',
    expect: (d) => d.set(F(d, (r) => HMK(r) && initial(r) == null)),
  },
  {
    id: 't57-rows-21',
    cat: 'rows',
    q: '河门口全年预酸超过10万的有哪些',
    expect: (d) => moneyBand(d, 'annualBudget', 10, Number.POSITIVE_INFINITY, HMK),
  },
  {
    id: 't57-rows-22',
    cat: 'rows',
    q: '双井街道的项目有哪些嘛',
    expect: (d) => d.set(F(d, SJ)),
  },
  {
    id: 't57-rows-23',
    cat: 'rows',
    q: '北京那边2020年的项目有哪些',
    expect: (d) => d.set(F(d, (r) => Y2020(r) && !HMK(r))),
  },
  {
    id: 't57-rows-24',
    cat: 'rows',
    q: '河门口哪些项目扣了分偏差原因又没写的',
    expect: (d) => d.set(F(d, and(HMK, devMissing))),
  },
  {
    id: 't57-rows-25',
    cat: 'rows',
    q: '2020年的项目头 执行绿不到100%的有哪些',
    expect: (d) => both(d, (f) => d.set(F(d, (r) => Y2020(r) && below100(f)(r)))),
  },

  // ---- talk ----
  {
    id: 't57-talk-01',
    cat: 'talk',
    pre: '请问潞源街道共有多少个项目？',
    q: '其中项目负责人未填写的有几个？',
    expect: (d) => d.count(F(d, (r) => LY(r) && !norm(r.owner)).length),
  },
  {
    id: 't57-talk-02',
    cat: 'talk',
    pre: '请列出通州区发改委的全部项目。',
    q: '请按全年预算数从高到低排列。',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', F(d, FG).length, 'desc'),
  },
  {
    id: 't57-talk-03',
    cat: 'talk',
    pre: '潞源街道全年预算数合计是多少？',
    q: '发改委的呢？',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  {
    id: 't57-talk-04',
    cat: 'talk',
    pre: '潞源街道执行率最低的项目是哪个？',
    q: '该项目的项目负责人是谁？',
    expect: (d) => d.value(R(d, '000-018'), '贾安琪'),
  },
  {
    id: 't57-talk-05',
    cat: 'talk',
    pre: '请列出潞源街道总分低于100分的项目。',
    q: '其中项目负责人是高博群的是哪个？',
    expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) < 100 && norm(r.owner) === '高博群')),
  },
  {
    id: 't57-talk-06',
    cat: 'talk',
    pre: '发改委有几个项目没有满意度指标？',
    q: '分别是哪几个？',
    expect: (d) =>
      d.setTol(
        F(d, and(FG, noSat)),
        F(d, (r) => FG(r) && (noSat(r) || satNoPoints(r))),
      ),
  },
  {
    id: 't57-talk-07',
    cat: 'talk',
    pre: '潞源街道联系电话是89538675的项目有几个？',
    q: '这些项目的全年执行数合计是多少？',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => LY(r) && phoneNumbers(r).includes('89538675')),
          executed,
        ),
      ),
  },
  {
    id: 't57-talk-08',
    cat: 'talk',
    pre: '民生保障办公室 的 projects 有多少个？',
    q: '其中满意度 “未做” 的有几个',
    expect: (d) => {
      const rs = office(d, '民生保障办公室').must;
      return d.countRange(
        rs.filter(satNotDone).length,
        rs.filter((r) => satNotDone(r) || satDoubt(r)).length,
      );
    },
  },
  {
    id: 't57-talk-09',
    cat: 'talk',
    pre: '大红门 budget top 5 的 projects list 一下',
    q: '那 bottom 5 呢',
    expect: (d) => d.top(F(d, DHM), annual, 5, 'asc'),
  },
  {
    id: 't57-talk-10',
    cat: 'talk',
    pre: '便民服务中心 total budget 是多少',
    q: '那 executed 呢？',
    expect: (d) => overPools(d, '便民服务中心', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't57-talk-11',
    cat: 'talk',
    pre: '城乡管理办公室 有几个 projects',
    q: 'owner 不是赵康的是哪些？',
    expect: (d) => officeSet(d, '城乡管理办公室', (r) => norm(r.owner) !== '赵康'),
  },
  {
    id: 't57-talk-12',
    cat: 'talk',
    pre: '平安建设办公室 的 projects list 一下',
    q: '按 budget 从大到小 sort 一下',
    expect: (d) => overPools(d, '平安建设办公室', (rs) => ranked(d, rs, annual, 'desc')),
  },
  {
    id: 't57-talk-13',
    cat: 'talk',
    pre: '社区建设办公室 owner 是王丽的 projects 有几个',
    q: '把这些 projects 的联系电话也列一下',
    expect: (d) =>
      column(
        d,
        '电话',
        office(d, '社区建设办公室').must.filter((r) => norm(r.owner) === '王丽'),
        (r) => r.phone,
      ),
  },
  {
    id: 't57-talk-14',
    cat: 'talk',
    pre: '大红门 执行率低于100%的 projects 有哪些',
    q: '那发改委呢',
    expect: (d) => both(d, (f) => d.set(F(d, (r) => FG(r) && below100(f)(r)))),
  },
  {
    id: 't57-talk-15',
    cat: 'talk',
    pre: '河门口小区电梯维护那个项目总分好多',
    q: '满意度那项得了几分',
    expect: (d) => d.value(R(d, '004-002'), 9),
  },
  {
    id: 't57-talk-16',
    cat: 'talk',
    pre: '河门口有好多个项目',
    q: '那双井喃',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    id: 't57-talk-17',
    cat: 'talk',
    pre: '河门口预算最多的是哪个项目',
    q: '第二多的喃',
    expect: (d) => nth(d, F(d, HMK), annual, 2, 'desc'),
  },
  {
    id: 't57-talk-18',
    cat: 'talk',
    pre: '河门口满意度莫拿满分的有哪些',
    q: '这几个预算加起来好多',
    expect: (d) => d.number(sumBy(F(d, and(HMK, satLow)), annual)),
  },
  {
    id: 't57-talk-19',
    cat: 'talk',
    pre: '双井街道的项目付责人是哪个',
    q: '他的电话好多',
    expect: (d) => phoneOf(d, F(d, SJ)),
  },
  {
    id: 't57-talk-20',
    cat: 'talk',
    pre: '河门口的项目总分平均好多分',
    q: '潞源的喃',
    expect: (d) => d.avg(F(d, LY), ts),
  },

  // ---- audit ----
  {
    id: 't57-audit-01',
    cat: 'audit',
    q: '潞源街道哪些项目填写的执行率与全年执行数除以全年预算数的结果不一致？',
    expect: (d) =>
      d.setTol(
        F(d, and(LY, rateOff)),
        F(d, (r) => LY(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  {
    id: 't57-audit-02',
    cat: 'audit',
    q: '请核查潞源街道哪些项目的预算执行得分与执行率不匹配。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && budgetOffBy(rate)(r) && budgetOffBy(rateComputed)(r)),
        F(d, (r) => LY(r) && (budgetOffBy(rate)(r) || budgetOffBy(rateComputed)(r))),
      ),
  },
  {
    id: 't57-audit-03',
    cat: 'audit',
    q: '发改委有没有执行率填的是100%，但全年执行数实际小于全年预算数的项目？',
    expect: (d) => d.set(F(d, and(FG, roundedUp))),
  },
  {
    id: 't57-audit-04',
    cat: 'audit',
    q: '请检查潞源街道和发改委的项目中，联系电话位数不对的有哪些？',
    expect: (d) =>
      d.set(F(d, (r) => (LY(r) || FG(r)) && phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  {
    id: 't57-audit-05',
    cat: 'audit',
    q: '大红门 有没有 executed 超过 budget 的 project？',
    expect: (d) => d.setTol([], F(d, and(DHM, overspent))),
  },
  {
    id: 't57-audit-06',
    cat: 'audit',
    q: '大红门 哪些 projects 有指标扣了分但是偏差原因没写',
    expect: (d) => d.set(F(d, and(DHM, devMissing))),
  },
  {
    id: 't57-audit-07',
    cat: 'audit',
    q: '大红门 phone number 位数不对的 projects 有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(d, (r) => DHM(r) && phoneNumbers(r).length > 1),
      ),
  },
  {
    id: 't57-audit-08',
    cat: 'audit',
    q: '河门口哪些表分值加起来不是100',
    expect: (d) => d.set(F(d, and(HMK, weightOff))),
  },
  {
    id: 't57-audit-09',
    cat: 'audit',
    q: '河门口哪些表总分跟各项得分加起来对不上',
    expect: (d) => d.set(F(d, and(HMK, totalOff))),
  },
  {
    id: 't57-audit-10',
    cat: 'audit',
    q: '河门口有没有执行绿算错了的表',
    expect: (d) =>
      d.setTol(
        F(d, and(HMK, rateOff)),
        F(d, (r) => HMK(r) && (rateOff(r) || rateDiff(r))),
      ),
  },

  // ---- desk ----
  {
    id: 't57-desk-01',
    cat: 'desk',
    q: '请问“网络租赁购买服务”项目的项目负责人是谁？',
    expect: (d) => d.value(R(d, '000-003'), R(d, '000-003').owner),
  },
  {
    id: 't57-desk-02',
    cat: 'desk',
    q: '“2023年接诉即办奖励金”的全年执行数是多少万元？',
    expect: (d) => d.value(R(d, '000-022'), executed(R(d, '000-022'))),
  },
  {
    id: 't57-desk-03',
    cat: 'desk',
    q: '请问“公益电影放映补贴”这个项目的总分是多少？',
    expect: (d) => d.value(R(d, '000-027'), ts(R(d, '000-027'))),
  },
  {
    id: 't57-desk-04',
    cat: 'desk',
    q: '“深化‘放管服’改革着力培育和激发市场主体活力发展路径研究”的总分是多少？',
    expect: (d) => d.empty(R(d, '002-004')),
  },
  {
    id: 't57-desk-05',
    cat: 'desk',
    q: '东门里小区综合整治提升工程 这个 project 的 owner 是谁',
    expect: (d) => d.value(R(d, '003-103'), R(d, '003-103').owner),
  },
  {
    id: 't57-desk-06',
    cat: 'desk',
    q: '创卫及拆违治乱消除隐患工作经费 的 total score 多少',
    expect: (d) => d.value(R(d, '003-094'), ts(R(d, '003-094'))),
  },
  {
    id: 't57-desk-07',
    cat: 'desk',
    q: '人防工程公益化利用项目 的联系电话',
    expect: (d) => d.value(R(d, '003-128'), R(d, '003-128').phone),
  },
  {
    id: 't57-desk-08',
    cat: 'desk',
    q: '习风园改造项目总分好多',
    expect: (d) => d.value(R(d, '004-011'), ts(R(d, '004-011'))),
  },
  {
    id: 't57-desk-09',
    cat: 'desk',
    q: '河西锦苑小区电梯维护经费的付责人是哪个',
    expect: (d) => d.empty(R(d, '004-002')),
  },
  {
    id: 't57-desk-10',
    cat: 'desk',
    q: '改制企业家属区管理经费全年执行数好多',
    expect: (d) => d.value(R(d, '004-001'), executed(R(d, '004-001'))),
  },

  // ---- no ----
  {
    id: 't57-no-01',
    cat: 'no',
    q: '请问潞源街道各项目的政府采购预算执行情况如何？',
    expect: (d) => d.refuse('政府采购'),
  },
  {
    id: 't57-no-02',
    cat: 'no',
    q: '潞源街道2024年度的项目全年预算数合计是多少？',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't57-no-03',
    cat: 'no',
    q: '请问潞源街道各项目资金的拨付到位时间分别是什么时候？',
    expect: (d) => d.refuse('拨付到位时间'),
  },
  {
    id: 't57-no-04',
    cat: 'no',
    q: '请提供潞源街道各项目绩效目标的批复文号。',
    expect: (d) => d.refuse('批复文号'),
  },
  {
    id: 't57-no-05',
    cat: 'no',
    q: '大红门 各 project 的 procurement 方式，是不是公开招标？',
    expect: (d) => d.refuse('公开招标'),
  },
  {
    id: 't57-no-06',
    cat: 'no',
    q: '大红门 2023 上半年的 execution rate 是多少',
    expect: (d) => d.refuse('上半年'),
  },
  {
    id: 't57-no-07',
    cat: 'no',
    q: '大红门 的第三方评价 report 结论是什么',
    expect: (d) => d.refuse('第三方评价'),
  },
  {
    id: 't57-no-08',
    cat: 'no',
    q: '河门口2021年的项目有哪些',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    id: 't57-no-09',
    cat: 'no',
    q: '西区格里坪镇的项目有莫得',
    expect: (d) => d.refuse('格里坪'),
  },
  {
    id: 't57-no-10',
    cat: 'no',
    q: '河门口明年的预算好多',
    expect: (d) => d.refuse('明年'),
  },

  // ---- order ----
  {
    id: 't57-order-01',
    cat: 'order',
    q: '请按全年预算数从高到低列出潞源街道全年预算数最高的5个项目。',
    expect: (d) => d.topMoney(F(d, LY), 'annualBudget', 5, 'desc'),
  },
  {
    id: 't57-order-02',
    cat: 'order',
    q: '潞源街道执行率最低的三个项目是哪些？',
    expect: (d) => both(d, (f) => d.top(F(d, LY), f, 3, 'asc')),
  },
  {
    id: 't57-order-03',
    cat: 'order',
    q: '请列出发改委全年预算数最少的3个项目。',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', 3, 'asc'),
  },
  {
    id: 't57-order-04',
    cat: 'order',
    q: '潞源街道全年执行数排名第二的项目是哪个？',
    expect: (d) => nth(d, F(d, LY), executed, 2, 'desc'),
  },
  {
    id: 't57-order-05',
    cat: 'order',
    q: '大红门 budget top 10 projects，从高到低',
    expect: (d) => d.top(F(d, DHM), round2(annual), 10, 'desc'),
  },
  {
    id: 't57-order-06',
    cat: 'order',
    q: '城乡管理办公室 executed 金额最少的 5 个 projects',
    expect: (d) => overPools(d, '城乡管理办公室', (rs) => d.top(rs, executed, 5, 'asc')),
  },
  {
    id: 't57-order-07',
    cat: 'order',
    q: '便民服务中心 所有 projects 按 budget 从大到小 sort 一下',
    expect: (d) => overPools(d, '便民服务中心', (rs) => ranked(d, rs, annual, 'desc')),
  },
  {
    id: 't57-order-08',
    cat: 'order',
    q: '河门口的项目按总分从高到低排一哈',
    expect: (d) => ranked(d, F(d, HMK), ts, 'desc'),
  },
  {
    id: 't57-order-09',
    cat: 'order',
    q: '河门口预算最少的三个是哪些',
    expect: (d) => d.top(F(d, HMK), annual, 3, 'asc'),
  },
  {
    id: 't57-order-10',
    cat: 'order',
    q: '全部项目里头预算最多的是哪个',
    expect: (d) =>
      d.anyOf(
        d.top(d.all, annual, 1, 'desc'),
        d.top(
          d.all,
          round2((r) => READERS[1](r, 'annualBudget')),
          1,
          'desc',
        ),
      ),
  },

  // ---- tally ----
  {
    id: 't57-tally-01',
    cat: 'tally',
    q: '请分别统计潞源街道每位项目负责人负责的项目个数。',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, (r) => LY(r) && norm(r.owner)),
          (r) => norm(r.owner),
          () => 1,
        ),
      ),
  },
  {
    id: 't57-tally-02',
    cat: 'tally',
    q: '请按年度统计全部项目的个数。',
    expect: (d) =>
      d.groups(
        tallyBy(
          d.all,
          (r) => String(r.year),
          () => 1,
        ),
      ),
  },
  {
    id: 't57-tally-03',
    cat: 'tally',
    q: '请按联系电话分别统计潞源街道的项目个数。',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, LY),
          (r) => norm(r.phone),
          () => 1,
        ),
      ),
  },
  {
    id: 't57-tally-04',
    cat: 'tally',
    q: '请分别统计潞源街道和发改委的全年预算数合计。',
    expect: (d) =>
      groupsAlt(d, {
        潞源: [sumBy(F(d, LY), annual)],
        发改委: READERS.map((m) => sumBy(F(d, FG), (r) => m(r, 'annualBudget'))),
      }),
  },
  {
    id: 't57-tally-05',
    cat: 'tally',
    q: '大红门 每个 owner 各负责几个 project，count 一下',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && norm(r.owner));
      const asWritten = tallyBy(
        rs,
        (r) => norm(r.owner),
        () => 1,
      );
      const split = {};
      for (const r of rs) for (const o of norm(r.owner).split('、')) split[o] = (split[o] ?? 0) + 1;
      return d.anyOf(d.groups(asWritten), d.groups(split));
    },
  },
  {
    id: 't57-tally-06',
    cat: 'tally',
    q: '城乡管理办公室、便民服务中心、民生保障办公室 三个科室的 budget 合计分别是多少',
    expect: (d) =>
      groupsAlt(d, {
        城乡管理办公室: office(d, '城乡管理办公室').pools.map((rs) => sumBy(rs, annual)),
        便民服务中心: [sumBy(office(d, '便民服务中心').must, annual)],
        民生保障办公室: [sumBy(office(d, '民生保障办公室').must, annual)],
      }),
  },
  {
    id: 't57-tally-07',
    cat: 'tally',
    q: '大红门 按 total score 分组 count 一下，100分几个、99分几个这样',
    expect: (d) =>
      scoreGroups(
        d,
        tallyBy(
          F(d, (r) => DHM(r) && ts(r) != null),
          (r) => String(ts(r)),
          () => 1,
        ),
      ),
  },
  {
    id: 't57-tally-08',
    cat: 'tally',
    q: '各个街道分别有好多个项目',
    expect: (d) =>
      groupsAlt(d, {
        潞源: [F(d, LY).length],
        双井: [F(d, SJ).length],
        大红门: [F(d, DHM).length],
        河门口: [F(d, HMK).length],
      }),
  },
  {
    id: 't57-tally-09',
    cat: 'tally',
    q: '河门口按总分数一哈 98分的几个 97分的几个',
    expect: (d) =>
      scoreGroups(
        d,
        tallyBy(
          F(d, HMK),
          (r) => String(ts(r)),
          () => 1,
        ),
      ),
  },
  {
    id: 't57-tally-10',
    cat: 'tally',
    q: '2020年的项目按街道分别好多钱',
    expect: (d) =>
      groupsAlt(d, {
        双井: [sumBy(F(d, SJ), annual)],
        河门口: [sumBy(F(d, HMK), annual)],
      }),
  },
];
