// The thirty-second part (helper "blind49"): 120 portfolio questions asked by three people over the 169 forms — (V) a
// reviewer of the 区财政局 绩效管理科 doing a 复核 of the submitted forms against the scoring rules and the mistakes real
// forms contain (formal, precise: which forms have which problem, how many), (W) a 街道 cashier who thinks in 元 rather
// than 万元, mixes units and asks about money totals, gaps and shares, sometimes with arithmetic in the question, and
// (X) a 社区 worker on WeChat who types short and colloquial, with typos and homophones, about one project or one person
// at a time. Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's
// question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions:
// ../README.md ("The thirty-second part").
import {
  budgetScore,
  budgetWeight,
  devMissing,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  satRows,
  suspectYuan,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  conv,
  groupCount,
  moneyBandCount,
  nth,
  PCT,
  phoneNumbers,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  totalOff,
  ts,
} from '../lib/shorthands.mjs';
import {
  DHM,
  F,
  FG,
  HMK,
  LY,
  MS,
  noneOr,
  owner,
  R,
  rankedMoney,
  SJ,
  scoreVsStatedRate,
  sumWith,
  totalNeither,
  yr,
} from './helpers.mjs';

const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));
const B = (r) => money(r, 'annualBudget');
const E = (r) => money(r, 'executed');
const I = (r) => money(r, 'initialBudget');
const short = (i) => i.weight != null && i.score != null && i.score < i.weight;
const l2Short = (w) => (r) => rows(r).some((i) => norm(i.level2).includes(w) && short(i));
/** Either column when "多少钱" names none: the 全年预算 sum or the 全年执行数 sum. */
const budgetOrSpent = (d, rs) =>
  d.anyOf(d.number(sumWith(rs, money, 'annualBudget')), d.number(sumWith(rs, money, 'executed')));
/** A doubtful record (no satisfaction row, one in the text) whose text scores that row 0 with 未做: every one but
 * 003-119, whose text scores its satisfaction row 10 of 10 (达到目标). */
const doubtNotDone = (r) => satDoubt(r) && r.id !== '003-119';
/** An amount asked in 元: the figure in 元, within 1 元 (README). */
const yuan = (d, wan) => d.number(wan * 10000, 1);
const avgOf = (rs, f) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
/** Every subset of the doubtful satisfaction records added to a sum (their text shows a 未做 row the record lacks). */
const withDoubtSubsets = (d, base, doubt, f) => {
  const alts = [];
  for (let m = 0; m < 1 << doubt.length; m++) {
    const pick = doubt.filter((_, k) => m & (1 << k));
    alts.push(d.number(f([...base, ...pick])));
  }
  return d.anyOf(...alts);
};
const pctOf = (d, counts, whole) => d.anyOf(...counts.map((n) => d.number((100 * n) / whole, PCT)));

export const questions = [
  // ---------------- audit ----------------
  // V
  {
    id: 't32-audit-01',
    cat: 'audit',
    q: '复核中发现部分自评表总分与明细对不上。请列出总分既不等于预算执行得分加各项指标得分、也不等于各项指标得分之和的自评表。',
    expect: (d) =>
      d.setTol(
        F(d, totalNeither),
        F(d, (r) => totalNeither(r) || totalOff(r)),
      ),
  },
  // V
  {
    id: 't32-audit-02',
    cat: 'audit',
    q: '总分栏未填写的自评表共有几张？',
    expect: (d) => d.count(F(d, (r) => ts(r) == null).length),
  },
  // V
  {
    id: 't32-audit-03',
    cat: 'audit',
    q: '总分一行的分值填成了1000的是哪个项目？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight === 1000)),
  },
  // V
  {
    id: 't32-audit-04',
    cat: 'audit',
    q: '有指标得分低于分值、但偏差原因分析及改进措施一栏为空的自评表，一共多少张？',
    expect: (d) => d.count(F(d, devMissing).length),
  },
  // V
  {
    id: 't32-audit-05',
    cat: 'audit',
    q: '联系电话位数不规范（既不是8位座机号也不是11位手机号）的项目有哪些，请逐一列出。',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  // W
  {
    id: 't32-audit-06',
    cat: 'audit',
    q: '预算执行那块没拿满10分的是哪几个项目？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScore(r) != null && budgetWeight(r) != null && budgetScore(r) < budgetWeight(r)),
        F(d, (r) => budgetScore(r) == null && budgetWeight(r) != null),
      ),
  },
  // W
  {
    id: 't32-audit-07',
    cat: 'audit',
    q: '表上执行率填的数，跟我拿执行数除以预算数算出来的对不上，是哪几个？',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  // W
  {
    id: 't32-audit-08',
    cat: 'audit',
    q: '执行率写的100%，实际钱没花完的那个项目，没花完的差了多少钱？按元跟我说',
    expect: (d) =>
      yuan(
        d,
        F(d, roundedUp).reduce((s, r) => s + B(r) - E(r), 0),
      ),
  },
  // W
  {
    id: 't32-audit-09',
    cat: 'audit',
    q: '万元那一栏里直接按元填了金额的，是哪张表？',
    expect: (d) => d.set(F(d, (r) => suspectYuan(r, 'annualBudget') || suspectYuan(r, 'executed'))),
  },
  // W
  {
    id: 't32-audit-10',
    cat: 'audit',
    q: '预算执行得分跟执行率对不上的有哪些？就是得分不等于执行率乘以10的',
    expect: (d) => {
      const doubt = (r) => budgetScore(r) != null && budgetScore(r) > (budgetWeight(r) ?? 10);
      return d.anyOf(
        d.setTol(
          F(d, (r) => budgetScoreOff(r) && !doubt(r)),
          F(d, budgetScoreOff),
        ),
        d.setTol(
          F(d, (r) => scoreVsStatedRate(r) && !doubt(r)),
          F(d, (r) => scoreVsStatedRate(r) || doubt(r)),
        ),
      );
    },
  },
  // X
  {
    id: 't32-audit-11',
    cat: 'audit',
    q: '晨光路拆迁那个满意读是不是没做啊',
    expect: (d) => d.value(R(d, '003-091'), '未做'),
  },
  // X
  {
    id: 't32-audit-12',
    cat: 'audit',
    q: '习风园扣分那几条 偏差原因写了没',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  // X
  {
    id: 't32-audit-13',
    cat: 'audit',
    q: '朗清园警务室那个执行率 表上写的对不 我算着不太对',
    // whether the form's figure is right: the stated 99.9 % and the amounts' 98.86 % (98.9 to one decimal)
    expect: (d) =>
      d.anyOf(
        d.valueAll(R(d, '000-006'), rate(R(d, '000-006')), rateComputed(R(d, '000-006'))),
        d.valueAll(R(d, '000-006'), rate(R(d, '000-006')), 98.9),
      ),
  },
  // X
  {
    id: 't32-audit-14',
    cat: 'audit',
    q: '河门口改制企业家属区那个 负责人填没填',
    expect: (d) => d.empty(R(d, '004-001')),
  },
  // X
  {
    id: 't32-audit-15',
    cat: 'audit',
    q: '发改委节能那个总分咋是空的 漏填了？',
    expect: (d) => d.empty(R(d, '002-006')),
  },

  // ---------------- desk ----------------
  // V
  {
    id: 't32-desk-01',
    cat: 'desk',
    q: '请提供“2023‘疏整促’专班经费”项目的项目负责人及联系电话。',
    expect: (d) => d.valueAll(R(d, '002-007'), R(d, '002-007').owner, R(d, '002-007').phone),
  },
  // V
  {
    id: 't32-desk-02',
    cat: 'desk',
    q: '法律顾问项目的实施单位填写的是什么？',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').implementingUnit),
  },
  // V
  {
    id: 't32-desk-03',
    cat: 'desk',
    q: '通州区重大投资项目规划谋划项目的全年执行数是多少万元？',
    expect: (d) => d.value(R(d, '002-013'), E(R(d, '002-013'))),
  },
  // V
  {
    id: 't32-desk-04',
    cat: 'desk',
    q: '大红门地区工作专班工作经费的项目负责人是谁？',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪'),
  },
  // V
  {
    id: 't32-desk-05',
    cat: 'desk',
    q: '北京城市副中心产业高质量发展评估体系设计及持续跟踪项目的总分是多少？',
    expect: (d) => d.value(R(d, '002-003'), ts(R(d, '002-003'))),
  },
  // W
  {
    id: 't32-desk-06',
    cat: 'desk',
    q: '2021年度老旧小区完善类改造项目全年预算是多少元？',
    expect: (d) => d.value(R(d, '003-007'), B(R(d, '003-007')) * 10000),
  },
  // W
  {
    id: 't32-desk-07',
    cat: 'desk',
    q: '东门里小区综合整治提升工程实际花了多少钱，合多少元',
    expect: (d) => d.value(R(d, '003-103'), E(R(d, '003-103')) * 10000),
  },
  // W
  {
    id: 't32-desk-08',
    cat: 'desk',
    q: '潞源那个下沉协管员经费，年初预算多少万',
    expect: (d) => d.value(R(d, '000-026'), I(R(d, '000-026'))),
  },
  // W
  {
    id: 't32-desk-09',
    cat: 'desk',
    q: '2023年接诉即办奖励金全年执行数是多少元？',
    expect: (d) => d.value(R(d, '000-022'), E(R(d, '000-022')) * 10000),
  },
  // W
  {
    id: 't32-desk-10',
    cat: 'desk',
    q: '大红门的城乡基层党组织服务群众经费，年初预算多少，全年预算多少？',
    expect: (d) => d.valueAll(R(d, '003-018'), I(R(d, '003-018')), B(R(d, '003-018'))),
  },
  // X
  {
    id: 't32-desk-11',
    cat: 'desk',
    q: '统计所经费 负则人谁啊',
    expect: (d) => d.value(R(d, '000-001'), '周蕾莹'),
  },
  // X
  {
    id: 't32-desk-12',
    cat: 'desk',
    q: '习风园几分',
    expect: (d) => d.value(R(d, '004-011'), ts(R(d, '004-011'))),
  },
  // X
  {
    id: 't32-desk-13',
    cat: 'desk',
    q: '晨光路拆迁 负责人电话多少',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').phone),
  },
  // X
  { id: 't32-desk-14', cat: 'desk', q: '朗清园警务那个 负责人是谁', expect: (d) => d.empty(R(d, '000-006')) },
  // X
  {
    id: 't32-desk-15',
    cat: 'desk',
    q: '潞源五经普 钱多少',
    expect: (d) => d.value(R(d, '000-005'), B(R(d, '000-005'))),
  },

  // ---------------- money ----------------
  // V
  {
    id: 't32-money-01',
    cat: 'money',
    q: '2020年度全部自评表的全年预算数合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, yr(2020)), 'annualBudget'),
  },
  // V
  {
    id: 't32-money-02',
    cat: 'money',
    q: '全年执行数在100万元以上的项目有多少个？',
    expect: (d) => moneyBandCount(d, 'executed', 100, Number.POSITIVE_INFINITY),
  },
  // V
  {
    id: 't32-money-03',
    cat: 'money',
    q: '满意度指标写“未做”的项目，全年预算数合计是多少万元？',
    expect: (d) =>
      withDoubtSubsets(d, F(d, satNotDone), F(d, doubtNotDone), (rs) => sumWith(rs, money, 'annualBudget')),
  },
  // V
  {
    id: 't32-money-04',
    cat: 'money',
    q: '总分低于100分的项目，全年预算数合计是多少万元？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => ts(r) != null && ts(r) < 100),
        'annualBudget',
      ),
  },
  // V
  {
    id: 't32-money-05',
    cat: 'money',
    q: '全年预算数比年初预算数少（预算调减）的项目，合计调减了多少万元？',
    expect: (d) => {
      const rs = F(d, (r) => I(r) != null && B(r) != null && B(r) < I(r));
      return d.number(rs.reduce((s, r) => s + I(r) - B(r), 0));
    },
  },
  // W
  {
    id: 't32-money-06',
    cat: 'money',
    q: '潞源街道所有项目的执行数加起来是多少元？',
    expect: (d) => yuan(d, sumWith(F(d, LY), money, 'executed')),
  },
  // W
  {
    id: 't32-money-07',
    cat: 'money',
    q: '大红门民生保障办公室的项目全年预算一共多少万？',
    expect: (d) => d.sumMoney(F(d, and(DHM, MS)), 'annualBudget'),
  },
  // W
  {
    id: 't32-money-08',
    cat: 'money',
    q: '发改委的项目预算合计多少？疏整促那张表填的是元，要先折成万元再加',
    expect: (d) => d.number(sumWith(F(d, FG), conv, 'annualBudget')),
  },
  // W
  {
    id: 't32-money-09',
    cat: 'money',
    q: '河门口的项目平均一个多少钱？按全年预算算',
    expect: (d) => d.avg(F(d, HMK), B),
  },
  // W
  {
    id: 't32-money-10',
    cat: 'money',
    q: '大红门的项目，全年预算合计比年初预算合计多了多少？年初没填的按0算',
    expect: (d) => {
      const rs = F(d, DHM);
      const v = sumWith(rs, money, 'annualBudget') - sumWith(rs, money, 'initialBudget');
      return d.anyOf(d.number(v), d.number(-v));
    },
  },
  // X
  {
    id: 't32-money-11',
    cat: 'money',
    q: '潞源小微项目那几个加起来多少钱',
    expect: (d) =>
      budgetOrSpent(
        d,
        F(d, (r) => LY(r) && norm(r.projectName).includes('小微项目')),
      ),
  },
  // X
  {
    id: 't32-money-12',
    cat: 'money',
    q: '赵康负责的一共多少钱',
    expect: (d) => budgetOrSpent(d, F(d, owner('赵康'))),
  },
  // X
  {
    id: 't32-money-13',
    cat: 'money',
    q: '李毅飞那些项目 钱加一起多少',
    expect: (d) => budgetOrSpent(d, F(d, owner('李毅飞'))),
  },
  // X
  {
    id: 't32-money-14',
    cat: 'money',
    q: '双井疫情那俩加起来多少',
    expect: (d) => budgetOrSpent(d, F(d, SJ)),
  },
  // X
  {
    id: 't32-money-15',
    cat: 'money',
    q: '王丽负责的 平均一个多少钱',
    expect: (d) => {
      const rs = F(d, owner('王丽'));
      return d.anyOf(d.number(avgOf(rs, B)), d.number(avgOf(rs, E)));
    },
  },

  // ---------------- no ----------------
  // V
  {
    id: 't32-no-01',
    cat: 'no',
    q: '请列出2022年度的项目支出绩效自评表。',
    expect: (d) => d.anyOf(d.refuse('2022'), d.set([])),
  },
  // V
  { id: 't32-no-02', cat: 'no', q: '各项目的政府采购方式分别是什么？', expect: (d) => d.refuse('采购方式') },
  // V
  { id: 't32-no-03', cat: 'no', q: '请将平安建设经费的总分改为95分。', expect: (d) => d.refuse('改') },
  // V
  {
    id: 't32-no-04',
    cat: 'no',
    q: '请提供各项目第三方评价机构出具的评价结论。',
    expect: (d) => d.refuse('第三方'),
  },
  // V
  { id: 't32-no-05', cat: 'no', q: '海淀区各街道报送的自评表有几张？', expect: (d) => noneOr(d, '海淀') },
  // W
  { id: 't32-no-06', cat: 'no', q: '这些项目的钱都是哪天拨付到账的？', expect: (d) => d.refuse('到账') },
  // W
  {
    id: 't32-no-07',
    cat: 'no',
    q: '明年预算一共能批下来多少钱',
    expect: (d) => d.anyOf(d.refuse('明年'), d.refuse('2027'), d.set([])),
  },
  // W
  { id: 't32-no-08', cat: 'no', q: '上半年一共支出了多少钱', expect: (d) => d.refuse('上半年') },
  // W
  { id: 't32-no-09', cat: 'no', q: '项目结余资金上缴财政了多少元', expect: (d) => d.refuse('上缴') },
  // W
  { id: 't32-no-10', cat: 'no', q: '下个月工资几号发', expect: (d) => d.refuse('工资') },
  // X
  { id: 't32-no-11', cat: 'no', q: '张伟负责哪些项目啊', expect: (d) => noneOr(d, '张伟') },
  // X
  { id: 't32-no-12', cat: 'no', q: '在吗 帮我订个下午的会议室', expect: (d) => d.refuse('会议室') },
  // X
  { id: 't32-no-13', cat: 'no', q: '今天通州天气咋样', expect: (d) => d.refuse('天气') },
  // X
  { id: 't32-no-14', cat: 'no', q: '能不能帮我把晨光路那个表删了', expect: (d) => d.refuse('删') },
  // X
  { id: 't32-no-15', cat: 'no', q: '顺义那边的项目有几个', expect: (d) => noneOr(d, '顺义') },

  // ---------------- order ----------------
  // V
  {
    id: 't32-order-01',
    cat: 'order',
    q: '请按全年预算数列出金额最高的5个项目。',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 5, 'desc'),
  },
  // V
  {
    id: 't32-order-02',
    cat: 'order',
    q: '总分最低的3个项目是哪些？',
    expect: (d) => d.top(d.all, ts, 3, 'asc'),
  },
  // V
  {
    id: 't32-order-03',
    cat: 'order',
    q: '预算执行率最低的项目是哪个？',
    expect: (d) => d.anyOf(d.top(d.all, rate, 1, 'asc'), d.top(d.all, rateComputed, 1, 'asc')),
  },
  // V
  {
    id: 't32-order-04',
    cat: 'order',
    q: '潞源街道全年执行数排第二的项目是哪个？',
    expect: (d) => nth(d, F(d, LY), E, 2, 'desc'),
  },
  // V
  {
    id: 't32-order-05',
    cat: 'order',
    q: '2020年度的项目请按总分从低到高排列。',
    expect: (d) => ranked(d, F(d, yr(2020)), ts, 'asc'),
  },
  // W
  {
    id: 't32-order-06',
    cat: 'order',
    q: '执行数最多的三个项目是哪几个，各花了多少',
    expect: (d) => d.topMoney(d.all, 'executed', 3, 'desc'),
  },
  // W
  {
    id: 't32-order-07',
    cat: 'order',
    q: '大红门哪个项目钱最少',
    expect: (d) => d.anyOf(d.top(F(d, DHM), B, 1, 'asc'), d.top(F(d, DHM), E, 1, 'asc')),
  },
  // W
  {
    id: 't32-order-08',
    cat: 'order',
    q: '发改委的项目按预算从多到少排一下',
    expect: (d) => rankedMoney(d, F(d, FG), 'annualBudget', 'desc'),
  },
  // W
  {
    id: 't32-order-09',
    cat: 'order',
    q: '年初预算比全年预算多出最多的（就是调减最多的）是哪个项目',
    expect: (d) =>
      d.top(
        F(d, (r) => I(r) != null && B(r) != null && I(r) > B(r)),
        (r) => I(r) - B(r),
        1,
        'desc',
      ),
  },
  // W
  {
    id: 't32-order-10',
    cat: 'order',
    q: '河门口预算最多的两个项目',
    expect: (d) => d.top(F(d, HMK), B, 2, 'desc'),
  },
  // X
  {
    id: 't32-order-11',
    cat: 'order',
    q: '赵康负责的哪个最贵',
    // 003-007 and 003-022 differ by 0.03 元 (3457.171733 and 3457.17173 万元): a tie at 1 元
    expect: (d) => d.top(F(d, owner('赵康')), (r) => Math.round(B(r) * 10000), 1, 'desc'),
  },
  // X
  {
    id: 't32-order-12',
    cat: 'order',
    q: '李毅飞的项目 哪个分最低',
    expect: (d) => d.top(F(d, owner('李毅飞')), ts, 1, 'asc'),
  },
  // X
  {
    id: 't32-order-13',
    cat: 'order',
    q: '牛燕维的项目哪个钱最多',
    expect: (d) =>
      d.anyOf(d.top(F(d, owner('牛艳维')), B, 1, 'desc'), d.top(F(d, owner('牛艳维')), E, 1, 'desc')),
  },
  // X
  {
    id: 't32-order-14',
    cat: 'order',
    q: '东门里那个 在大红门预算排第几',
    expect: (d) => rankOf(d, F(d, DHM), R(d, '003-103'), B, 'desc'),
  },
  // X
  { id: 't32-order-15', cat: 'order', q: '潞源哪个项目分最低', expect: (d) => d.top(F(d, LY), ts, 1, 'asc') },

  // ---------------- rows ----------------
  // V
  {
    id: 't32-rows-01',
    cat: 'rows',
    q: '满意度指标得分为0的自评表有哪些？',
    expect: (d) => {
      const zero = (r) => satRows(r).some((i) => i.score === 0);
      return d.setTol(
        F(d, zero),
        F(d, (r) => zero(r) || doubtNotDone(r)),
      );
    },
  },
  // V
  {
    id: 't32-rows-02',
    cat: 'rows',
    q: '二级指标为可持续影响指标且有扣分的项目有哪些？',
    // 003-139's text scores its satisfaction row 0 of 5 (未做); the record merged that row into the 可持续 row above
    expect: (d) =>
      d.setTol(
        F(d, (r) => l2Short('可持续')(r) && r.id !== '003-139'),
        F(d, l2Short('可持续')),
      ),
  },
  // V
  {
    id: 't32-rows-03',
    cat: 'rows',
    q: '年度指标值填写为“优良中差”的三级指标一共有多少条？',
    expect: (d) =>
      d.count(
        d.all.reduce((s, r) => s + rows(r).filter((i) => norm(i.target).includes('优良中差')).length, 0),
      ),
  },
  // V
  {
    id: 't32-rows-04',
    cat: 'rows',
    q: '三级指标条数最多的是哪张自评表？',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  // V
  {
    id: 't32-rows-05',
    cat: 'rows',
    q: '经济效益指标有扣分的项目有哪几个？',
    expect: (d) => d.set(F(d, l2Short('经济效益'))),
  },
  // W
  {
    id: 't32-rows-06',
    cat: 'rows',
    q: '朗清园那个项目的成本指标，年度指标值是多少元，实际完成值是多少元？',
    expect: (d) => d.valueAll(R(d, '000-006'), 4378657.2, 4333848),
  },
  // W
  {
    id: 't32-rows-07',
    cat: 'rows',
    q: '经济大脑那个项目，成本指标的项目资金控制数是多少元',
    expect: (d) => d.value(R(d, '002-005'), 3332440.18),
  },
  // W
  {
    id: 't32-rows-08',
    cat: 'rows',
    q: '节能专项资金成本指标的年度指标值写的是多少',
    expect: (d) => d.value(R(d, '002-006'), '247万', 247),
  },
  // W
  {
    id: 't32-rows-09',
    cat: 'rows',
    q: '疏整促专班经费成本指标里写的预算控制数是多少？换成万元又是多少？',
    expect: (d) => d.valueAll(R(d, '002-007'), 1863180, 186.318),
  },
  // W
  {
    id: 't32-rows-10',
    cat: 'rows',
    q: '重大投资项目规划谋划那张表，成本指标几条的实际完成值加起来是多少',
    expect: (d) =>
      d.number(
        rows(R(d, '002-013'))
          .filter((i) => norm(i.level2).includes('成本'))
          .reduce((s, i) => s + Number(i.actual), 0),
      ),
  },
  // X
  {
    id: 't32-rows-11',
    cat: 'rows',
    q: '公益电影那个 扣分的是哪条指标',
    expect: (d) => d.value(R(d, '000-027'), '及时宣传报道电影公益放映'),
  },
  // X
  {
    id: 't32-rows-12',
    cat: 'rows',
    q: '统计所经费有几个指标',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  // X
  {
    id: 't32-rows-13',
    cat: 'rows',
    q: '习风园满意度目标定的多少',
    expect: (d) => d.value(R(d, '004-011'), '90%'),
  },
  // X
  {
    id: 't32-rows-14',
    cat: 'rows',
    q: '晨光路拆迁 一共几条指标',
    // the record's 7 rows, or the form's 9 二级 lines (经济效益 and 生态效益 written 不适用, with no values)
    expect: (d) => d.anyOf(d.count(rows(R(d, '003-091')).length), d.count(rows(R(d, '003-091')).length + 2)),
  },
  // X
  {
    id: 't32-rows-15',
    cat: 'rows',
    q: '群防群治那个米面油 目标多少 实际发了多少',
    expect: (d) => d.valueAll(R(d, '000-008'), 600, 521),
  },

  // ---------------- tally ----------------
  // V
  {
    id: 't32-tally-01',
    cat: 'tally',
    q: '2020年度的自评表，请按主管部门分别统计张数。',
    expect: (d) => groupCount(d, (r) => norm(r.department), F(d, yr(2020))),
  },
  // V
  {
    id: 't32-tally-02',
    cat: 'tally',
    q: '总分为满分100分的自评表共有多少张？',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  // V
  {
    id: 't32-tally-03',
    cat: 'tally',
    q: '请按年度统计自评表数量。',
    expect: (d) => groupCount(d, (r) => String(r.year)),
  },
  // V
  {
    id: 't32-tally-04',
    cat: 'tally',
    q: '满意度指标实际完成值填写“未做”的自评表共有多少张？',
    expect: (d) =>
      d.countRange(F(d, satNotDone).length, F(d, (r) => satNotDone(r) || doubtNotDone(r)).length),
  },
  // V
  {
    id: 't32-tally-05',
    cat: 'tally',
    q: '大红门街道民生保障办公室实施的项目有多少个？',
    expect: (d) => d.count(F(d, and(DHM, MS)).length),
  },
  // W
  {
    id: 't32-tally-06',
    cat: 'tally',
    q: '全年预算不到10万块的项目有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', Number.NEGATIVE_INFINITY, 10),
  },
  // W
  {
    id: 't32-tally-07',
    cat: 'tally',
    q: '大红门执行数过百万的有几个',
    expect: (d) => moneyBandCount(d, 'executed', 100, Number.POSITIVE_INFINITY, DHM),
  },
  // W
  {
    id: 't32-tally-08',
    cat: 'tally',
    q: '预算超过500万元的项目，占全部项目的百分之几？',
    expect: (d) => {
      const counts = new Set();
      for (const m of [money, conv]) {
        const strict = F(d, (r) => m(r, 'annualBudget') != null && m(r, 'annualBudget') > 500).length;
        const incl = F(d, (r) => m(r, 'annualBudget') != null && m(r, 'annualBudget') >= 500).length;
        for (let n = strict; n <= incl; n++) counts.add(n);
      }
      return pctOf(d, [...counts], d.all.length);
    },
  },
  // W
  {
    id: 't32-tally-09',
    cat: 'tally',
    q: '赵康负责的项目有几个',
    expect: (d) => d.count(F(d, owner('赵康')).length),
  },
  // W
  {
    id: 't32-tally-10',
    cat: 'tally',
    q: '总分拿满分的项目占多大比例',
    expect: (d) => {
      const n = F(d, (r) => ts(r) === 100).length;
      // of every form, or of the forms that state a 总分
      return d.anyOf(
        d.number((100 * n) / d.all.length, PCT),
        d.number((100 * n) / F(d, (r) => ts(r) != null).length, PCT),
      );
    },
  },
  // X
  {
    id: 't32-tally-11',
    cat: 'tally',
    q: '李毅飞负责几个项目',
    expect: (d) => d.count(F(d, owner('李毅飞')).length),
  },
  // X
  {
    id: 't32-tally-12',
    cat: 'tally',
    q: '牛艳伟几个项目啊',
    expect: (d) => d.count(F(d, owner('牛艳维')).length),
  },
  // X
  { id: 't32-tally-13', cat: 'tally', q: '潞源一共几个项目', expect: (d) => d.count(F(d, LY).length) },
  // X
  {
    id: 't32-tally-14',
    cat: 'tally',
    q: '王丽 几个项目',
    expect: (d) => d.count(F(d, owner('王丽')).length),
  },
  // X
  { id: 't32-tally-15', cat: 'tally', q: '张宏负责几个', expect: (d) => d.count(F(d, owner('张宏')).length) },

  // ---------------- talk ----------------
  // V
  {
    id: 't32-talk-01',
    cat: 'talk',
    pre: '2020年度的自评表有哪些？',
    q: '其中总分低于98分的呢？',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && ts(r) != null && ts(r) < 98)),
  },
  // V
  {
    id: 't32-talk-02',
    cat: 'talk',
    pre: '没有设置满意度指标的自评表有几张？',
    q: '请逐一列出。',
    expect: (d) =>
      d.setTol(
        F(d, noSat),
        F(d, (r) => noSat(r) || satNoPoints(r)),
      ),
  },
  // V
  {
    id: 't32-talk-03',
    cat: 'talk',
    q: '总分栏空着的有几张？总分分值写成1000的又是哪张？',
    expect: (d) =>
      allOf(d.count(F(d, (r) => ts(r) == null).length), d.set(F(d, (r) => r.totalWeight === 1000))),
  },
  // V
  {
    id: 't32-talk-04',
    cat: 'talk',
    pre: '发改委的项目有哪些？',
    q: '按全年预算数从高到低排列。',
    expect: (d) => rankedMoney(d, F(d, FG), 'annualBudget', 'desc'),
  },
  // V
  {
    id: 't32-talk-05',
    cat: 'talk',
    pre: '执行率低于100%的项目有哪些？',
    q: '只看潞源街道的。',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => LY(r) && rate(r) != null && rate(r) < 100)),
        // the amounts' rate rounded to two decimals (000-021: 99.998 % reads as 100 %) or in full precision
        d.setTol(
          F(d, (r) => LY(r) && rateComputed(r) != null && rateComputed(r) < 100),
          F(d, (r) => LY(r) && E(r) != null && B(r) && E(r) < B(r)),
        ),
      ),
  },
  // W
  {
    id: 't32-talk-06',
    cat: 'talk',
    pre: '河门口的项目一共多少钱',
    q: '那双井的呢',
    expect: (d) => budgetOrSpent(d, F(d, SJ)),
  },
  // W
  {
    id: 't32-talk-07',
    cat: 'talk',
    pre: '赵康负责的项目有哪些',
    q: '这些一共多少钱',
    expect: (d) => budgetOrSpent(d, F(d, owner('赵康'))),
  },
  // W
  {
    id: 't32-talk-08',
    cat: 'talk',
    pre: '大红门预算最多的5个项目',
    q: '它们一共多少钱',
    expect: (d) => {
      const top5 = [...F(d, DHM)].sort((a, b) => B(b) - B(a)).slice(0, 5);
      return budgetOrSpent(d, top5);
    },
  },
  // W
  {
    id: 't32-talk-09',
    cat: 'talk',
    q: '潞源的项目预算一共多少钱，平均每个多少',
    expect: (d) => allOf(d.sumMoney(F(d, LY), 'annualBudget'), d.avg(F(d, LY), B)),
  },
  // W
  {
    id: 't32-talk-10',
    cat: 'talk',
    q: '河门口的 total 执行数 in 元 是多少',
    expect: (d) => yuan(d, sumWith(F(d, HMK), money, 'executed')),
  },
  // X
  {
    id: 't32-talk-11',
    cat: 'talk',
    pre: '晨光路拆迁资金负责人是谁',
    q: '电话呢',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').phone),
  },
  // X
  {
    id: 't32-talk-12',
    cat: 'talk',
    pre: '习风园几分',
    q: '那三线干部学院那个呢',
    expect: (d) => d.value(R(d, '004-008'), ts(R(d, '004-008'))),
  },
  // X
  {
    id: 't32-talk-13',
    cat: 'talk',
    pre: '牛艳维负责几个项目',
    q: '那张宏呢',
    expect: (d) => d.count(F(d, owner('张宏')).length),
  },
  // X
  {
    id: 't32-talk-14',
    cat: 'talk',
    pre: '潞源哪个项目分最低',
    q: '那大红门呢',
    expect: (d) => d.top(F(d, DHM), ts, 1, 'asc'),
  },
  // X
  {
    id: 't32-talk-15',
    cat: 'talk',
    q: '統計所經費 負責人是誰',
    expect: (d) => d.value(R(d, '000-001'), '周蕾莹'),
  },
];
