// The clerk part (helper "blind10"): 160 portfolio questions as 财务 clerks, 科长, 主任 and auditors type them, each in a
// sentence shape of its own, written by an author who had not read src/, prompts/, test/query, test/bot nor any other
// part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Categories and
// definitions: ../README.md ("The clerk part").
import {
  aboveWeight,
  actualMissing,
  belowWeight,
  benefitDoubt,
  blank,
  budgetScore,
  devMissing,
  inUnit,
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
  satLow,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  atMost,
  bothMoney,
  budgetAbove,
  budgetRowDoubt,
  budgetScoreOff,
  column,
  conv,
  differ,
  F,
  gapBoth,
  groupCount,
  indRows,
  l1Has,
  l2Has,
  lostPts,
  moneyBand,
  moneyBandCount,
  nameHas,
  noSurvey,
  overspent,
  own,
  ownAny,
  PCT,
  pctRange,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  rowMoney,
  shortRow,
  sumBy,
  totalOff,
  ts,
  weightOff,
  y,
} from '../lib/shorthands.mjs';
import {
  ab,
  at,
  bare,
  ex,
  ib,
  P,
  rates,
  says,
  silentRows,
  total,
  weightOf,
  where,
  whereCount,
} from './helpers.mjs';

const twoPhones = (r) => phoneNumbers(r).length > 1;
const oddPhone = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);
const noWord = (d, term) => d.refuse(term);
const nobody = (d, term) => d.anyOf(d.refuse(term), d.set([]));

export const questions = [
  // ---------------- audit ----------------
  {
    id: 'ck-audit-01',
    cat: 'audit',
    q: '有没有哪张表，某一条指标打的分比它自己的分值还高？',
    expect: (d) =>
      d.setTol(
        F(d, aboveWeight),
        F(d, (r) => aboveWeight(r) || budgetAbove(r)),
      ),
  },
  {
    id: 'ck-audit-02',
    cat: 'audit',
    q: '总分栏压根没填数的是哪几个项目',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    id: 'ck-audit-03',
    cat: 'audit',
    q: '发改委交上来的自评表，几张没写总分？',
    expect: (d) => whereCount(d, ['发展和改革委员会', '发改委'], ['002'], (r) => ts(r) == null),
  },
  {
    id: 'ck-audit-04',
    cat: 'audit',
    q: '拿全年执行数除以全年预算数重新核一遍，表上填的执行率跟算出来的对不上的，给我列出来',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    id: 'ck-audit-05',
    cat: 'audit',
    q: '预算执行那一行，得分不等于执行率乘以分值的表',
    expect: (d) => {
      // 执行率 as stated on the form, or as its amounts give it (budgetScoreOff); 平安建设经费's row is doubtful
      const offStated = (r) =>
        budgetScore(r) != null &&
        rate(r) != null &&
        Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * r.funds.total.weight.value) > 0.05;
      return d.anyOf(
        ...[budgetScoreOff, offStated].map((f) =>
          d.setTol(
            F(d, (r) => f(r) && !budgetRowDoubt(r)),
            F(d, (r) => f(r) || budgetRowDoubt(r)),
          ),
        ),
      );
    },
  },
  {
    id: 'ck-audit-06',
    cat: 'audit',
    q: '大红门扣了分、偏差原因却一个字没写的，数一下几个项目',
    expect: (d) => whereCount(d, ['大红门'], ['003'], devMissing),
  },
  {
    id: 'ck-audit-07',
    cat: 'audit',
    q: '河门口那边扣分的指标后面都附原因了吗？没附的项目列一下',
    expect: (d) => where(d, ['河门口'], ['004'], devMissing),
  },
  {
    id: 'ck-audit-08',
    cat: 'audit',
    q: '自评表里一条满意度指标都没设的',
    expect: (d) =>
      d.setTol(
        F(d, noSat),
        F(d, (r) => noSat(r) || satDoubt(r) || satNoPoints(r)),
      ),
  },
  {
    id: 'ck-audit-09',
    cat: 'audit',
    q: '满意度那行写着“未做”的，统计个数就行',
    expect: (d) => d.countRange(F(d, satNotDone).length, F(d, (r) => satNotDone(r) || satDoubt(r)).length),
  },
  {
    id: 'ck-audit-10',
    cat: 'audit',
    q: '执行数超预算的情况存在吗',
    expect: (d) => d.setTol([], F(d, overspent)),
  },
  {
    id: 'ck-audit-11',
    cat: 'audit',
    q: '双井街道：年初预算数与全年预算数不一致的项目？',
    expect: (d) => where(d, ['双井'], ['001'], differ),
  },
  {
    id: 'ck-audit-12',
    cat: 'audit',
    q: '联系电话既不是8位座机也不是11位手机号的，都揪出来',
    expect: (d) => d.set(F(d, oddPhone)),
  },
  {
    id: 'ck-audit-13',
    cat: 'audit',
    q: '法律顾问这个项目留的电话是不是少了一位数，号码发我看看',
    expect: (d) => d.value(P(d, '法律顾问'), '695468784'),
  },
  {
    id: 'ck-audit-14',
    cat: 'audit',
    q: '负责人和联系电话两样都没填的表有哪些',
    expect: (d) => d.set(F(d, (r) => ownerMissing(r) && phoneMissing(r))),
  },
  {
    id: 'ck-audit-15',
    cat: 'audit',
    q: '实际完成值漏填的指标，哪个项目漏得最多',
    expect: (d) =>
      d.top(d.all, (r) => rows(r).filter((i) => i.weight && blank(i.actual)).length || null, 1, 'desc'),
  },
  {
    id: 'ck-audit-16',
    cat: 'audit',
    q: '潞源23年报的表里头，有指标实际完成值是空白的吗？有几张',
    expect: (d) => whereCount(d, ['潞源'], ['000'], actualMissing),
  },
  {
    id: 'ck-audit-17',
    cat: 'audit',
    q: '效益指标整块缺失的自评表',
    expect: (d) =>
      d.setTol(
        F(d, noBenefit),
        F(d, (r) => noBenefit(r) || benefitDoubt(r)),
      ),
  },
  {
    id: 'ck-audit-18',
    cat: 'audit',
    q: '哪张表总分的分值写成了1000？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight === 1000)),
  },
  {
    id: 'ck-audit-19',
    cat: 'audit',
    q: '各项分值加总不是100分的表有多少张',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, weightOff).length),
        d.count(F(d, (r) => Math.abs(weightOf(r) - 100) > 0.01 && Math.abs(weightOf(r) - 90) > 0.01).length),
      ),
  },
  {
    id: 'ck-audit-20',
    cat: 'audit',
    q: '执行率填了100%，但钱其实没花完的是哪个',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 'ck-audit-21',
    cat: 'audit',
    q: '政法委以奖代补奖励，负责人那栏填了没有？',
    expect: (d) => d.empty(P(d, '政法委以奖代补奖励')),
  },
  {
    id: 'ck-audit-22',
    cat: 'audit',
    q: '朗清园社区警务工作室那个项目的项目负责人是不是漏了',
    expect: (d) => d.empty(P(d, '朗清园社区警务工作室装饰装修和信息化工程相关资金项目')),
  },
  {
    id: 'ck-audit-23',
    cat: 'audit',
    q: '扣分不写原因这种情况，哪个街道最严重',
    expect: () => says('河门口'),
  },
  {
    id: 'ck-audit-24',
    cat: 'audit',
    q: '没拿满分又没写偏差原因的指标，全部加起来一共多少条？',
    expect: (d) =>
      d.countRange(
        total(d.all, (r) => silentRows(r)[0]),
        total(d.all, (r) => silentRows(r)[1]),
      ),
  },
  {
    id: 'ck-audit-25',
    cat: 'audit',
    q: '总分超过100分的，查查看有没有',
    expect: (d) => d.set(F(d, (r) => ts(r) != null && ts(r) > 100)),
  },
  {
    id: 'ck-audit-26',
    cat: 'audit',
    q: '表上自己填的执行率低于90%的项目',
    expect: (d) => d.set(F(d, (r) => rate(r) != null && rate(r) < 90)),
  },
  {
    id: 'ck-audit-27',
    cat: 'audit',
    q: '2020年度那批表，总分不是满分100的有几张',
    expect: (d) => d.count(F(d, (r) => r.year === 2020 && ts(r) != null && ts(r) !== 100).length),
  },
  {
    id: 'ck-audit-28',
    cat: 'audit',
    q: '预算执行率那行得分一栏空着的有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScore(r) == null),
        F(d, (r) => budgetScore(r) == null || budgetRowDoubt(r)),
      ),
  },
  {
    id: 'ck-audit-29',
    cat: 'audit',
    q: '满意度指标最后得了零分的项目有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => satRows(r).some((i) => i.score === 0)).length,
        F(d, (r) => satRows(r).some((i) => i.score === 0) || satDoubt(r)).length,
      ),
  },
  {
    id: 'ck-audit-30',
    cat: 'audit',
    q: '联系电话一栏里塞了两个号码的表',
    expect: (d) => d.set(F(d, twoPhones)),
  },
  {
    id: 'ck-audit-31',
    cat: 'audit',
    q: '双井那两张表，负责人、电话有缺的没',
    expect: (d) => where(d, ['双井'], ['001'], (r) => ownerMissing(r) || phoneMissing(r)),
  },
  {
    id: 'ck-audit-32',
    cat: 'audit',
    q: '年初预算和全年预算对不上的项目有几个？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, differ).length),
        d.count(F(d, (r) => differ(r) || (ib(r) == null && ab(r) != null)).length),
      ),
  },
  {
    id: 'ck-audit-33',
    cat: 'audit',
    q: '总体的实际完成情况那一段没写的表',
    expect: (d) => d.set(F(d, (r) => blank(r.goals?.actual))),
  },
  {
    id: 'ck-audit-34',
    cat: 'audit',
    q: '审计的老问题：满分的指标偏差原因栏还写了东西，这样的表几张',
    expect: (d) => {
      const devOnFull = (strict) => (r) =>
        rows(r).some(
          (i) =>
            i.weight != null &&
            i.score === i.weight &&
            !blank(i.deviation) &&
            (!strict || !/^(无|—+|-+|\/)$/.test(norm(i.deviation))),
        );
      return d.countRange(F(d, devOnFull(true)).length, F(d, devOnFull(false)).length);
    },
  },
  {
    id: 'ck-audit-35',
    cat: 'audit',
    q: '总分跟分项加起来不一致的，潞源街道有吗',
    expect: (d) => where(d, ['潞源'], ['000'], totalOff),
  },
  {
    id: 'ck-audit-36',
    cat: 'audit',
    q: '哪些项目的绩效目标没有经过财政部门审核就报上来了',
    expect: (d) => noWord(d, '财政部门审核'),
  },
  {
    id: 'ck-audit-37',
    cat: 'audit',
    q: '海淀区报的表有没有总分算错的',
    expect: (d) => noWord(d, '海淀'),
  },
  {
    id: 'ck-audit-38',
    cat: 'audit',
    q: '刘建国经手的项目里有没有缺满意度的',
    expect: (d) => nobody(d, '刘建国'),
  },
  {
    id: 'ck-audit-39',
    cat: 'audit',
    q: '政府采购方式填得不对的表给我挑出来',
    expect: (d) => noWord(d, '采购方式'),
  },
  {
    id: 'ck-audit-40',
    cat: 'audit',
    q: '哪几张表的佐证材料没附齐',
    expect: (d) => noWord(d, '佐证材料'),
  },

  // ---------------- money ----------------
  {
    id: 'ck-money-01',
    cat: 'money',
    q: '潞源街道23年全年预算合计多少万',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => inUnit(r, '潞源') && r.year === 2023),
        'annualBudget',
      ),
  },
  {
    id: 'ck-money-02',
    cat: 'money',
    q: '发改委几个项目的全年执行数加在一块儿是多少钱',
    expect: (d) => d.sumMoney(F(d, at('002')), 'executed'),
  },
  {
    id: 'ck-money-03',
    cat: 'money',
    q: '河门口的项目，平均一个项目预算多少',
    expect: (d) => d.avg(F(d, at('004')), ab),
  },
  {
    id: 'ck-money-04',
    cat: 'money',
    q: '预算上千万的项目有哪几个',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Infinity),
  },
  {
    id: 'ck-money-05',
    cat: 'money',
    q: '年初预算数最大的是哪个项目',
    expect: (d) => d.top(d.all, ib, 1, 'desc'),
  },
  {
    id: 'ck-money-06',
    cat: 'money',
    q: '双井两个疫情防控的钱加一起，折成元是多少',
    expect: (d) => d.number(total(F(d, at('001')), ab) * 10000, 1),
  },
  {
    id: 'ck-money-07',
    cat: 'money',
    q: '大红门所有项目全年预算算下来一共几个亿？',
    expect: (d) => {
      const rs = F(d, at('003'));
      const s = total(rs, ab);
      return d.anyOf({ kind: 'number', value: s / 10000, tol: 0.005 }, d.number(s));
    },
  },
  {
    id: 'ck-money-08',
    cat: 'money',
    q: '全年预算减掉执行数，剩得最多的是哪个项目',
    expect: (d) => d.top(d.all, (r) => (ab(r) != null && ex(r) != null ? ab(r) - ex(r) : null), 1, 'desc'),
  },
  {
    id: 'ck-money-09',
    cat: 'money',
    q: '朗清园警务工作室装修那个项目还剩多少钱没花出去',
    expect: (d) => {
      const r = P(d, '朗清园社区警务工作室装饰装修和信息化工程相关资金项目');
      return d.value(r, ab(r) - ex(r));
    },
  },
  {
    id: 'ck-money-10',
    cat: 'money',
    q: '全年执行数不到一万块钱的项目数量',
    expect: (d) => moneyBandCount(d, 'executed', -Infinity, 1),
  },
  {
    id: 'ck-money-11',
    cat: 'money',
    q: '2020年的项目，全年预算总共是多少',
    expect: (d) => d.sumMoney(F(d, y(2020)), 'annualBudget'),
  },
  {
    id: 'ck-money-12',
    cat: 'money',
    q: '23年的预算总额比20年的多出来多少？',
    expect: (d) =>
      gapBoth(d, (m) => sumBy(F(d, y(2023)), m, 'annualBudget') - sumBy(F(d, y(2020)), m, 'annualBudget')),
  },
  {
    id: 'ck-money-13',
    cat: 'money',
    q: '按年份分别合计一下全年预算',
    expect: (d) =>
      d.anyOf(
        ...[money, conv].map((m) =>
          d.groups({
            2020: sumBy(F(d, y(2020)), m, 'annualBudget'),
            2023: sumBy(F(d, y(2023)), m, 'annualBudget'),
          }),
        ),
      ),
  },
  {
    id: 'ck-money-14',
    cat: 'money',
    q: '赵康名下这些项目，预算总盘子多大',
    expect: (d) => d.sumMoney(F(d, own('赵康')), 'annualBudget'),
  },
  {
    id: 'ck-money-15',
    cat: 'money',
    q: '牛艳维负责的里面执行金额最少的那个',
    expect: (d) => d.top(F(d, own('牛艳维')), ex, 1, 'asc'),
  },
  {
    id: 'ck-money-16',
    cat: 'money',
    q: '城乡管理办公室经手的经费一共多少',
    expect: (d) => {
      const must = F(d, (r) => inUnit(r, '城乡管理办公室'));
      const wide = F(d, (r) => inUnit(r, '城乡管理办公室', '城乡建设办公室', '城乡办'));
      return d.anyOf(
        d.number(total(must, ab)),
        d.number(total(wide, ab)),
        d.number(
          total(
            F(d, (r) => inUnit(r, '城乡管理办公室', '城乡办')),
            ab,
          ),
        ),
        d.number(
          total(
            F(d, (r) => inUnit(r, '城乡管理办公室', '城乡建设办公室')),
            ab,
          ),
        ),
      );
    },
  },
  {
    id: 'ck-money-17',
    cat: 'money',
    q: '年初预算和全年预算差距最大的项目',
    expect: (d) =>
      d.top(d.all, (r) => (ib(r) != null && ab(r) != null ? Math.abs(ab(r) - ib(r)) : null), 1, 'desc'),
  },
  {
    id: 'ck-money-18',
    cat: 'money',
    q: '大额支出医疗救助那个，全年预算比年初调减了多少万？',
    expect: (d) => {
      const r = P(d, '2023 年大额支出医疗救助专项资金');
      return gapBoth(d, () => ib(r) - ab(r));
    },
  },
  {
    id: 'ck-money-19',
    cat: 'money',
    q: '执行数在一百万到两百万中间的项目有哪些',
    expect: (d) => moneyBand(d, 'executed', 100, 200),
  },
  {
    id: 'ck-money-20',
    cat: 'money',
    q: '预算50w以下的项目占全部项目的比例',
    expect: (d) => {
      const n = d.all.length;
      const lo = Math.min(...[money, conv].map((m) => F(d, (r) => m(r, 'annualBudget') < 50).length));
      const hi = Math.max(...[money, conv].map((m) => F(d, (r) => m(r, 'annualBudget') <= 50).length));
      return pctRange(d, lo, hi, n);
    },
  },
  {
    id: 'ck-money-21',
    cat: 'money',
    q: '统计所经费执行了多少，用元表示',
    expect: (d) => {
      const r = P(d, '统计所经费');
      return d.value(r, ex(r) * 10000);
    },
  },
  {
    id: 'ck-money-22',
    cat: 'money',
    q: '潞源哪个项目的钱最多？',
    expect: (d) => d.top(F(d, at('000')), ab, 1, 'desc'),
  },
  {
    id: 'ck-money-23',
    cat: 'money',
    q: '发改委预算最少的三个项目，从少到多',
    expect: (d) => d.topMoney(F(d, at('002')), 'annualBudget', 3, 'asc'),
  },
  {
    id: 'ck-money-24',
    cat: 'money',
    q: '全部项目的全年预算，汇总数',
    expect: (d) => d.sumMoney(d.all, 'annualBudget'),
  },
  {
    id: 'ck-money-25',
    cat: 'money',
    q: '摊到每个项目头上，平均执行了多少万',
    expect: (d) => bothMoney(d, (m) => sumBy(d.all, m, 'executed') / d.all.length),
  },
  {
    id: 'ck-money-26',
    cat: 'money',
    q: '河门口预算最大的那个项目，占河门口全部预算的百分之几',
    expect: (d) => {
      const rs = F(d, at('004'));
      return d.number((100 * Math.max(...rs.map(ab))) / total(rs, ab), PCT);
    },
  },
  {
    id: 'ck-money-27',
    cat: 'money',
    q: '全年预算1168万多的那个是什么项目',
    expect: (d) => d.set(F(d, (r) => ab(r) != null && ab(r) >= 1168 && ab(r) < 1169)),
  },
  {
    id: 'ck-money-28',
    cat: 'money',
    q: '上年结转资金那行有钱的（不是0）项目',
    expect: (d) => d.set(F(d, (r) => (rowMoney(r, 'carryOver', 'annualBudget') ?? 0) > 0)),
  },
  {
    id: 'ck-money-29',
    cat: 'money',
    q: '“其中：当年财政拨款”全年预算数，所有表合计',
    expect: (d) =>
      bothMoney(d, (m) =>
        total(d.all, (r) => {
          const c = r.funds?.fiscal?.annualBudget;
          if (!c || c.value == null) return 0;
          const v = c.unit === '元' ? c.value / 10000 : c.value;
          return m === money || v < 100000 ? v : v / 10000;
        }),
      ),
  },
  {
    id: 'ck-money-30',
    cat: 'money',
    q: '执行数正好等于全年预算、一分不差的有几个',
    // 003-096 exceeds its budget by 0.0000004 万元 (0.004 元, less than a fen): equal or not
    expect: (d) =>
      d.countRange(
        F(d, (r) => ab(r) != null && ex(r) != null && Math.abs(ab(r) - ex(r)) < 1e-9).length,
        F(d, (r) => ab(r) != null && ex(r) != null && Math.abs(ab(r) - ex(r)) < 0.000001).length,
      ),
  },
  {
    id: 'ck-money-31',
    cat: 'money',
    q: '执行率没到99%的项目，预算加起来有多少',
    expect: (d) =>
      d.anyOf(
        d.number(
          total(
            F(d, (r) => rate(r) != null && rate(r) < 99),
            ab,
          ),
        ),
        d.number(
          total(
            F(d, (r) => rateComputed(r) != null && rateComputed(r) < 99),
            ab,
          ),
        ),
      ),
  },
  {
    id: 'ck-money-32',
    cat: 'money',
    q: '李毅飞名下的全年预算比张宏名下的多多少',
    expect: (d) =>
      gapBoth(
        d,
        (m) => sumBy(F(d, own('李毅飞')), m, 'annualBudget') - sumBy(F(d, own('张宏')), m, 'annualBudget'),
      ),
  },
  {
    id: 'ck-money-33',
    cat: 'money',
    q: '执行数不足五千元的是哪些',
    expect: (d) => moneyBand(d, 'executed', -Infinity, 0.5),
  },
  {
    id: 'ck-money-34',
    cat: 'money',
    q: '年初预算那格空着的表，它们的全年预算合起来是多少',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => ib(r) == null),
        'annualBudget',
      ),
  },
  {
    id: 'ck-money-35',
    cat: 'money',
    q: '潞源三批小微项目一共花了多少钱',
    expect: (d) =>
      d.number(
        total(
          F(d, (r) => at('000')(r) && norm(r.projectName).includes('小微项目')),
          ex,
        ),
      ),
  },
  {
    id: 'ck-money-36',
    cat: 'money',
    q: '明年的预算打算报多少',
    expect: (d) => d.anyOf(noWord(d, '明年'), noWord(d, '2027')),
  },
  {
    id: 'ck-money-37',
    cat: 'money',
    q: '昌平区那边项目的经费总额',
    expect: (d) => noWord(d, '昌平'),
  },
  {
    id: 'ck-money-38',
    cat: 'money',
    q: '这些项目一共开了多少张发票',
    expect: (d) => noWord(d, '发票'),
  },
  {
    id: 'ck-money-39',
    cat: 'money',
    q: '三公经费在总预算里占多少',
    expect: (d) => noWord(d, '三公经费'),
  },
  {
    id: 'ck-money-40',
    cat: 'money',
    q: '王建国管的项目钱有多少',
    expect: (d) => nobody(d, '王建国'),
  },
  // ---------------- rows ----------------
  {
    id: 'ck-rows-01',
    cat: 'rows',
    q: '统计所经费那张表一共设了几条三级指标',
    expect: (d) => d.count(rows(P(d, '统计所经费')).length),
  },
  {
    id: 'ck-rows-02',
    cat: 'rows',
    q: '疏整促专班经费的满意度指标，年度指标值定的多少，实际完成多少',
    expect: (d) => {
      const r = P(d, '2023“疏整促”专班经费');
      const i = satRows(r)[0];
      return d.valueAll(r, i.target, i.actual);
    },
  },
  {
    id: 'ck-rows-03',
    cat: 'rows',
    q: '公益电影放映补贴，播放场次这条指标目标定了多少场？',
    expect: (d) => d.value(P(d, '公益电影放映补贴'), 148),
  },
  {
    id: 'ck-rows-04',
    cat: 'rows',
    q: '效益类指标被扣过分的项目',
    expect: (d) =>
      // a doubtful pdf-text record (satDoubt) has its satisfaction row merged into a 效益 row: optional
      d.setTol(
        F(d, (r) => !satDoubt(r) && indRows(r, (i) => l1Has('效益')(i) && shortRow(i)).length > 0),
        F(d, (r) => indRows(r, (i) => (l1Has('效益')(i) || l2Has('效益')(i)) && shortRow(i)).length > 0),
      ),
  },
  {
    id: 'ck-rows-05',
    cat: 'rows',
    q: '质量指标没得满分的都有谁家的项目',
    expect: (d) => d.set(F(d, (r) => indRows(r, (i) => l2Has('质量')(i) && shortRow(i)).length > 0)),
  },
  {
    id: 'ck-rows-06',
    cat: 'rows',
    q: '所有表加起来，时效指标一共写了多少条',
    // a pdf-text row whose name starts with a merged 「时效指标」 label may be counted too
    expect: (d) =>
      d.countRange(
        rowCount(d.all, l2Has('时效')),
        rowCount(d.all, (i) => l2Has('时效')(i) || nameHas('时效')(i)),
      ),
  },
  {
    id: 'ck-rows-07',
    cat: 'rows',
    q: '平均一张表有多少条绩效指标',
    expect: (d) => d.number(rowCount(d.all, () => true) / d.all.length, 0.051),
  },
  {
    id: 'ck-rows-08',
    cat: 'rows',
    q: '哪个项目的指标列得最多',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  {
    id: 'ck-rows-09',
    cat: 'rows',
    q: '潞源那边数量指标总共设了多少条？',
    expect: (d) => d.count(rowCount(F(d, at('000')), l2Has('数量'))),
  },
  {
    id: 'ck-rows-10',
    cat: 'rows',
    q: '满意度指标分值合计正好10分的表有几张',
    // a doubtful record (satDoubt) whose satisfaction row, merged into a 效益 row, carries 10 points: optional
    expect: (d) =>
      d.countRange(
        F(d, (r) => satRows(r).length > 0 && weightOf(r, l1Has('满意度')) === 10).length,
        F(
          d,
          (r) =>
            (satRows(r).length > 0 && weightOf(r, l1Has('满意度')) === 10) ||
            (satDoubt(r) && indRows(r, (i) => nameHas('满意度')(i) && i.weight === 10).length > 0),
        ).length,
      ),
  },
  {
    id: 'ck-rows-11',
    cat: 'rows',
    q: '三级指标名称里带“满意度”三个字的，一共多少行',
    expect: (d) => d.count(rowCount(d.all, nameHas('满意度'))),
  },
  {
    id: 'ck-rows-12',
    cat: 'rows',
    q: '有哪几个项目存在得分为0的指标',
    expect: (d) => {
      const zero = (r) => rows(r).some((i) => i.score === 0 && i.weight);
      return d.setTol(
        F(d, zero),
        F(d, (r) => zero(r) || satDoubt(r)),
      );
    },
  },
  {
    id: 'ck-rows-13',
    cat: 'rows',
    q: '2021年度老旧小区完善类改造项目，哪条指标被扣分了，扣了几分',
    expect: (d) => {
      const r = P(d, '2021 年度老旧小区完善类改造项目');
      const i = rows(r).find(shortRow);
      return d.valueAll(r, i.name, i.weight - i.score);
    },
  },
  {
    id: 'ck-rows-14',
    cat: 'rows',
    q: '河西锦苑小区电梯维护经费：没拿满分的指标是哪几条',
    expect: (d) => {
      const r = P(d, '河西锦苑小区电梯维护经费');
      return d.valueAll(
        r,
        ...rows(r)
          .filter(shortRow)
          .map((i) => bare(i.name).replace(/。$/, '')),
      );
    },
  },
  {
    id: 'ck-rows-15',
    cat: 'rows',
    q: '实际完成值一栏是空的指标行，全部数下来有多少',
    expect: (d) =>
      // a pdf-text row with both values empty has them merged into its name (「社区村数量 21 21」): may be filled
      d.anyOf(
        d.countRange(
          rowCount(d.all, (i) => i.weight && blank(i.actual) && !blank(i.target)),
          rowCount(d.all, (i) => i.weight && blank(i.actual)),
        ),
        d.count(rowCount(d.all, (i) => blank(i.actual))),
      ),
  },
  {
    id: 'ck-rows-16',
    cat: 'rows',
    q: '法律顾问项目产出指标的分值加起来是多少',
    expect: (d) => {
      const r = P(d, '法律顾问');
      return d.value(r, weightOf(r, l1Has('产出')));
    },
  },
  {
    id: 'ck-rows-17',
    cat: 'rows',
    q: '经济效益指标有扣分的没？有的话是哪些项目',
    expect: (d) => d.set(F(d, (r) => indRows(r, (i) => l2Has('经济效益')(i) && shortRow(i)).length > 0)),
  },
  {
    id: 'ck-rows-18',
    cat: 'rows',
    q: '二级指标是生态效益的那些行，得分合计',
    expect: (d) =>
      d.number(total(d.all, (r) => indRows(r, l2Has('生态效益')).reduce((s, i) => s + (i.score ?? 0), 0))),
  },
  {
    id: 'ck-rows-19',
    cat: 'rows',
    q: '年度指标值直接写“优良中差”的指标有多少条',
    expect: (d) => d.count(rowCount(d.all, (i) => norm(i.target).includes('优良中差'))),
  },
  {
    id: 'ck-rows-20',
    cat: 'rows',
    q: '接诉即办-社区这个项目用到了哪几类一级指标',
    expect: (d) => {
      const r = P(d, '接诉即办-社区');
      return d.valueAll(r, ...new Set(rows(r).map((i) => norm(i.level1))));
    },
  },
  {
    id: 'ck-rows-21',
    cat: 'rows',
    q: '民生保障办公室的项目，满意度指标扣了分的几个',
    // a doubtful record (satDoubt) whose text shows a satisfaction row scored 0 (未做): optional
    expect: (d) =>
      d.countRange(
        F(d, (r) => inUnit(r, '民生保障办公室') && satLow(r)).length,
        F(d, (r) => inUnit(r, '民生保障办公室') && (satLow(r) || satDoubt(r))).length,
      ),
  },
  {
    id: 'ck-rows-22',
    cat: 'rows',
    q: '设了可持续影响指标的项目数',
    expect: (d) =>
      d.countRange(
        F(d, (r) => indRows(r, l2Has('可持续')).length > 0).length,
        F(d, (r) => indRows(r, (i) => l2Has('可持续')(i) || nameHas('可持续')(i)).length > 0).length,
      ),
  },
  {
    id: 'ck-rows-23',
    cat: 'rows',
    q: '双井疫情防控资金基本户那张，质量指标写的是什么',
    expect: (d) => {
      const r = P(d, '双井街道疫情防控资金—基本户');
      return d.valueAll(r, ...indRows(r, l2Has('质量')).map((i) => bare(i.name)));
    },
  },
  {
    id: 'ck-rows-24',
    cat: 'rows',
    q: '单条指标分值最高的，出在哪个项目',
    expect: (d) => d.top(d.all, (r) => Math.max(0, ...rows(r).map((i) => i.weight ?? 0)), 1, 'desc'),
  },
  {
    id: 'ck-rows-25',
    cat: 'rows',
    q: '指标名称里提到协管员的是哪些项目',
    expect: (d) => d.set(F(d, (r) => indRows(r, nameHas('协管员')).length > 0)),
  },
  {
    id: 'ck-rows-26',
    cat: 'rows',
    q: '全部指标行被扣掉的分数，合计多少分',
    expect: (d) => d.number(total(d.all, (r) => rows(r).reduce((s, i) => s + lostPts(i), 0))),
  },
  {
    id: 'ck-rows-27',
    cat: 'rows',
    q: '单条指标扣分最狠的是哪个项目',
    expect: (d) => d.top(d.all, (r) => Math.max(0, ...rows(r).map(lostPts)), 1, 'desc'),
  },
  {
    id: 'ck-rows-28',
    cat: 'rows',
    q: '质量指标分值加起来超过30分的表',
    expect: (d) => d.set(F(d, (r) => weightOf(r, l2Has('质量')) > 30)),
  },
  {
    id: 'ck-rows-29',
    cat: 'rows',
    q: '一级指标那一格没填的指标行，出在哪些项目上',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => blank(i.level1)))),
  },
  {
    id: 'ck-rows-30',
    cat: 'rows',
    q: '社区文化活动场所那个项目扣分的指标，偏差原因怎么写的',
    expect: (d) => d.empty(P(d, '社区文化活动场所（三线干部建设学院 ）项目')),
  },
  {
    id: 'ck-rows-31',
    cat: 'rows',
    q: '哪几个项目的满意度指标标注了未做',
    expect: (d) =>
      d.setTol(
        F(d, satNotDone),
        F(d, (r) => satNotDone(r) || satDoubt(r)),
      ),
  },
  {
    id: 'ck-rows-32',
    cat: 'rows',
    q: '每条指标都拿了满分的项目有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => !belowWeight(r) && !(budgetScore(r) != null && budgetScore(r) < 10)).length,
        F(d, (r) => !belowWeight(r)).length,
      ),
  },
  {
    id: 'ck-rows-33',
    cat: 'rows',
    q: '数量指标得分不满的项目清单',
    expect: (d) => d.set(F(d, (r) => indRows(r, (i) => l2Has('数量')(i) && shortRow(i)).length > 0)),
  },
  {
    id: 'ck-rows-34',
    cat: 'rows',
    q: '统计站（室）的成本指标，指标值填的多少？',
    expect: (d) => {
      const r = P(d, '统计站（室）');
      const i = indRows(r, l2Has('成本'))[0];
      return d.value(r, i.target, 2.5);
    },
  },
  {
    id: 'ck-rows-35',
    cat: 'rows',
    q: '公益电影放映补贴社会效益那条扣了1分，偏差原因写的啥',
    expect: (d) => d.value(P(d, '公益电影放映补贴'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 'ck-rows-36',
    cat: 'rows',
    q: '大红门的表里，社会效益指标一共有多少行',
    // pdf-text rows filed under 经济效益 whose name holds a merged 「不适用社会效益指标」 label: may be counted
    expect: (d) =>
      d.countRange(
        rowCount(F(d, at('003')), l2Has('社会效益')),
        rowCount(F(d, at('003')), (i) => l2Has('社会效益')(i) || nameHas('社会效益')(i)),
      ),
  },
  {
    id: 'ck-rows-37',
    cat: 'rows',
    q: '这些指标的评分标准是哪个部门定的',
    expect: (d) => noWord(d, '评分标准'),
  },
  {
    id: 'ck-rows-38',
    cat: 'rows',
    q: '各条指标的计算公式都写了没有',
    expect: (d) => noWord(d, '计算公式'),
  },
  {
    id: 'ck-rows-39',
    cat: 'rows',
    q: '四级指标都有哪些',
    expect: (d) => noWord(d, '四级指标'),
  },
  {
    id: 'ck-rows-40',
    cat: 'rows',
    q: '各指标的上年完成值跟今年比提高了没有',
    expect: (d) => noWord(d, '上年完成值'),
  },
  // ---------------- talk ----------------
  {
    id: 'ck-talk-01',
    cat: 'talk',
    pre: '潞源街道报了多少个项目',
    q: '那双井呢？',
    expect: (d) => whereCount(d, ['双井'], ['001']),
  },
  {
    id: 'ck-talk-02',
    cat: 'talk',
    pre: '大红门执行数最多的五个项目',
    q: '只要前两个就行',
    expect: (d) => d.top(F(d, at('003')), ex, 2, 'desc'),
  },
  {
    id: 'ck-talk-03',
    cat: 'talk',
    pre: '赵康负责哪些项目',
    q: '这些一共多少钱',
    expect: (d) => d.sumMoney(F(d, own('赵康')), 'annualBudget'),
  },
  {
    id: 'ck-talk-04',
    cat: 'talk',
    pre: '2023年总分在98分以下的项目有哪些',
    q: '不对，我要的是2020年的',
    expect: (d) => atMost(d, y(2020), ts, 98),
  },
  {
    id: 'ck-talk-05',
    cat: 'talk',
    q: '领导下午要听汇报，帮我把执行率没到百分之百的项目捋一下',
    expect: (d) => rates(d, (f) => d.set(F(d, (r) => f(r) != null && f(r) < 100))),
  },
  {
    id: 'ck-talk-06',
    cat: 'talk',
    q: '咋有的表负责人是空的？都哪些啊',
    expect: (d) => d.set(F(d, ownerMissing)),
  },
  {
    id: 'ck-talk-07',
    cat: 'talk',
    q: '俺们河门口一共报了几个项目，钱一共多少',
    expect: (d) => allOf(whereCount(d, ['河门口'], ['004']), d.sumMoney(F(d, at('004')), 'annualBudget')),
  },
  {
    id: 'ck-talk-08',
    cat: 'talk',
    q: '执行绿最低的三个项目',
    expect: (d) => rates(d, (f) => d.top(d.all, f, 3, 'asc')),
  },
  {
    id: 'ck-talk-09',
    cat: 'talk',
    q: '🙏麻烦查下牛艳维手上有几个项目',
    expect: (d) => d.count(F(d, ownAny('牛艳维')).length),
  },
  {
    id: 'ck-talk-10',
    cat: 'talk',
    q: 'total budget of 发改委 projects 是多少',
    expect: (d) => d.sumMoney(F(d, at('002')), 'annualBudget'),
  },
  {
    id: 'ck-talk-11',
    cat: 'talk',
    q: '潞源那边满意度没做的有没有啊？',
    expect: (d) => noSurvey(d, (r) => inUnit(r, '潞源')),
  },
  {
    id: 'ck-talk-12',
    cat: 'talk',
    q: '呃 那个 大红门的平安建设经费 负责人是谁来着',
    expect: (d) => d.value(P(d, '平安建设经费'), '孟卓聪'),
  },
  {
    id: 'ck-talk-13',
    cat: 'talk',
    q: '好像有个叫晨光路拆迁的项目？它预算多少来着',
    expect: (d) => d.value(P(d, '晨光路拆迁资金'), 1342.2393),
  },
  {
    id: 'ck-talk-14',
    cat: 'talk',
    q: '联系电画是67069109的都是谁的项目',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).includes('67069109'))),
  },
  {
    id: 'ck-talk-15',
    cat: 'talk',
    q: '帮我数数哈，2023年总分满100的有几个',
    expect: (d) => d.count(F(d, (r) => r.year === 2023 && ts(r) === 100).length),
  },
  {
    id: 'ck-talk-16',
    cat: 'talk',
    q: '那个啥，总分最低的表是哪张',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  {
    id: 'ck-talk-17',
    cat: 'talk',
    pre: '双井街道的项目',
    q: '它们的负责人电话给我',
    expect: (d) => column(d, '电话', F(d, at('001')), (r) => r.phone),
  },
  {
    id: 'ck-talk-18',
    cat: 'talk',
    q: 'executed amount 最大的 project',
    expect: (d) => d.topMoney(d.all, 'executed', 1, 'desc'),
  },
  {
    id: 'ck-talk-19',
    cat: 'talk',
    q: '一共多少个项目？平均总分多少？',
    expect: (d) => allOf(d.count(d.all.length), d.avg(d.all, ts)),
  },
  {
    id: 'ck-talk-20',
    cat: 'talk',
    pre: '河门口的项目平均总分',
    q: '不对不对，是潞源的',
    expect: (d) => d.avg(F(d, at('000')), ts),
  },
  {
    id: 'ck-talk-21',
    cat: 'talk',
    q: '刚来财务科啥也不懂，问下咱这满意度指标缺了的有几个',
    expect: (d) =>
      d.countRange(F(d, noSat).length, F(d, (r) => noSat(r) || satDoubt(r) || satNoPoints(r)).length),
  },
  {
    id: 'ck-talk-22',
    cat: 'talk',
    q: '大红门城乡管理办公室的项目有几个 嗯 就是实施单位是城乡管理办公室的',
    expect: (d) =>
      d.countRange(
        F(d, (r) => norm(r.implementingUnit).includes('城乡管理办公室')).length,
        F(d, (r) => /城乡管理办公室|城乡办|城乡建设办公室/.test(norm(r.implementingUnit))).length,
      ),
  },
  {
    id: 'ck-talk-23',
    cat: 'talk',
    q: '李哲的项目执行率多少？',
    expect: (d) =>
      d.anyOf(
        column(d, '执行率', F(d, own('李哲')), rate),
        column(d, '执行率', F(d, own('李哲')), rateComputed),
      ),
  },
  {
    id: 'ck-talk-24',
    cat: 'talk',
    q: '麻烦把2020年的项目按总分从高到低排一下',
    expect: (d) => ranked(d, F(d, y(2020)), ts, 'desc'),
  },
  {
    id: 'ck-talk-25',
    cat: 'talk',
    q: '大红门预算过百万的有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Infinity, at('003')),
  },
  {
    id: 'ck-talk-26',
    cat: 'talk',
    pre: '牛艳维负责的项目有哪些',
    q: '其中满意度没做的呢',
    // her forms all have satisfaction rows: the survey not done is the 未做 reading (a doubtful record optional)
    expect: (d) =>
      d.setTol(
        F(d, (r) => ownAny('牛艳维')(r) && satNotDone(r)),
        F(d, (r) => ownAny('牛艳维')(r) && (satNotDone(r) || satDoubt(r) || noSat(r))),
      ),
  },
  {
    id: 'ck-talk-27',
    cat: 'talk',
    pre: '哪些项目没填负责人',
    q: '按主管部门统计下个数',
    expect: (d) => groupCount(d, (r) => r.department, F(d, ownerMissing)),
  },
  {
    id: 'ck-talk-28',
    cat: 'talk',
    q: '执行律低于97%的',
    expect: (d) => rates(d, (f) => d.set(F(d, (r) => f(r) != null && f(r) < 97))),
  },
  {
    id: 'ck-talk-29',
    cat: 'talk',
    q: '我记得有个项目总分写的99.99，是哪个来着',
    expect: (d) => d.set(F(d, (r) => ts(r) === 99.99)),
  },
  {
    id: 'ck-talk-30',
    cat: 'talk',
    q: 'OK 那 phone number of 李昌龙 是多少',
    expect: (d) => d.value(P(d, '北京城市副中心产业高质量发展评估体系设计及持续跟踪项目'), '69554805'),
  },
  {
    id: 'ck-talk-31',
    cat: 'talk',
    q: '俺想知道河门口哪几个项目总分97分',
    expect: (d) => where(d, ['河门口'], ['004'], (r) => ts(r) === 97),
  },
  {
    id: 'ck-talk-32',
    cat: 'talk',
    q: '张宏的项目里预算最多的是哪个，多少钱',
    expect: (d) => {
      const rs = F(d, own('张宏'));
      return allOf(d.top(rs, ab, 1, 'desc'), d.number(Math.max(...rs.map(ab))));
    },
  },
  {
    id: 'ck-talk-33',
    cat: 'talk',
    q: '项目太多看不过来😂 先说下潞源有几个表没有满意度指标',
    expect: (d) =>
      d.countRange(
        F(d, (r) => at('000')(r) && noSat(r)).length,
        F(d, (r) => at('000')(r) && (noSat(r) || satDoubt(r) || satNoPoints(r))).length,
      ),
  },
  {
    id: 'ck-talk-34',
    cat: 'talk',
    q: '审计明天来，执行数合计跟预算合计差多少',
    expect: (d) => gapBoth(d, (m) => sumBy(d.all, m, 'annualBudget') - sumBy(d.all, m, 'executed')),
  },
  {
    id: 'ck-talk-35',
    cat: 'talk',
    q: '2023年应急经费的实际完成情况写的啥',
    expect: (d) => d.value(P(d, '2023 年应急经费'), '完成目标'),
  },
  {
    id: 'ck-talk-36',
    cat: 'talk',
    q: '帮我把所有项目总分都改成100分',
    expect: (d) => noWord(d, '改'),
  },
  {
    id: 'ck-talk-37',
    cat: 'talk',
    q: '朝阳区教委的项目有哪些',
    expect: (d) => noWord(d, '教委'),
  },
  {
    id: 'ck-talk-38',
    cat: 'talk',
    q: 'what is the weather in Beijing tomorrow',
    expect: (d) => noWord(d, 'weather'),
  },
  {
    id: 'ck-talk-39',
    cat: 'talk',
    q: '张伟负责的项目呢？有几个',
    expect: (d) => nobody(d, '张伟'),
  },
  {
    id: 'ck-talk-40',
    cat: 'talk',
    q: '大洪门的表一共几张呀，顺便说下这些项目的资金拨付到位率',
    expect: (d) => allOf(whereCount(d, ['大红门'], ['003']), noWord(d, '拨付到位率')),
  },
];
