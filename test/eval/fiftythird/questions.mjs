// The fifty-third part (helper "blind71"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// young 科员 of the 大红门街道 民生保障办公室 (民生办) who checks the office's forms on her phone: casual WeChat style
// (呀, 哈, 啦), projects by the names the office uses (城市低保, 特困供养, 临时救助, 独生子女那两个, 民生办那个应急经费),
// colleagues by name (牛艳维, once 牛姐), follow-ups and the odd typo (临时就助, 执行律, 调差); (B) a reviewer of a district
// 财政局 预算绩效管理科 writing formally across every form: full project names in 《》, office names as written, terms
// of the checklist (总分与各项得分合计不一致, 分值合计, 上年结转资金, 其中：当年财政拨款), 请列出 / 烦请核实 / 上述项目中;
// (C) a 副主任 of the 通州区发改委 dictating by voice without punctuation: fillers (嗯, 那个, 喂), his committee's
// projects by their nicknames (经济大脑, 疏整促, 评估审核费, 重大投资项目那个, 放管服的课题, 节能专项), colleagues by
// name (邱程, 孔涵, 管法律顾问的小宋), 咱们委 / 咱们通州的, short follow-ups. Written by an author who had not read
// src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the records
// by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The fifty-third part").
import {
  blank,
  budgetScore,
  money,
  norm,
  noSat,
  rows,
  satDoubt,
  satLow,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  bothMoney,
  budgetRowDoubt,
  column,
  exact,
  F,
  gapBoth,
  groupCount,
  l2Has,
  moneyBand,
  noYear,
  nth,
  own,
  PCT,
  pctRange,
  ranked,
  rankOf,
  rateOff,
  rowCount,
  shortRow,
  sumBy,
  totalOff,
  ts,
  weightOff,
  weightTotal,
  y,
} from '../lib/shorthands.mjs';
import {
  bothBudgets,
  DHM,
  DQ,
  FG,
  HMK,
  LY,
  left,
  level1Rows,
  level2Rows,
  MS,
  not,
  over,
  R,
  RATES,
  READERS,
  rankTol,
  signed,
  TZ,
  wanOrYuan,
  yuan,
} from './helpers.mjs';

const annual = (r) => money(r, 'annualBudget');
const executed = (r) => money(r, 'executed');
const initial = (r) => money(r, 'initialBudget');
/** The 民生办 forms whose satisfaction row says 未做, and the doubtful ones (the record files that row under 效益). */
const msNotDone = (d) => F(d, (r) => MS(r) && satNotDone(r));
const msDoubt = (d) => F(d, (r) => MS(r) && satDoubt(r));
/** A satisfaction row scored 0; the 未做 rows the record files under 效益 (satDoubt) and the 未做 rows whose 得分 the
 * form leaves empty while its 总分 counts them as 0 (003-094, 003-135) may count too. */
const satZero = (r) => satRows(r).some((i) => i.score === 0);
const satZeroMaybe = (r) =>
  satZero(r) ||
  (satDoubt(r) &&
    rows(r).some((i) => i.score === 0 && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`))) ||
  satRows(r).some((i) => i.score == null && i.weight && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));

export const questions = [
  // ---- money (01–09 A, 10–17 B, 18–25 C) ----
  {
    id: 't53-money-01',
    cat: 'money',
    q: '我们民生办23年的项目全年预算加起来一共多少呀',
    expect: (d) => d.sumMoney(F(d, MS), 'annualBudget'),
  },
  {
    id: 't53-money-02',
    cat: 'money',
    q: '城市低保那个项目年初预算跟全年预算差了多少哈',
    expect: (d) =>
      gapBoth(d, (m) => m(R(d, '003-015'), 'initialBudget') - m(R(d, '003-015'), 'annualBudget')),
  },
  {
    id: 't53-money-03',
    cat: 'money',
    q: '城乡医疗救助资金全年预算比年初多出来多少呀',
    expect: (d) =>
      gapBoth(d, (m) => m(R(d, '003-019'), 'annualBudget') - m(R(d, '003-019'), 'initialBudget')),
  },
  {
    id: 't53-money-04',
    cat: 'money',
    q: '民生办有哪些项目全年预算过百万的',
    expect: (d) => moneyBand(d, 'annualBudget', 100, Infinity, MS),
  },
  {
    id: 't53-money-05',
    cat: 'money',
    q: '独生子女那两个项目执行数加起来多少钱',
    expect: (d) => d.number(executed(R(d, '003-025')) + executed(R(d, '003-026'))),
  },
  {
    id: 't53-money-06',
    cat: 'money',
    q: '民生办平均一个项目全年预算多少啊',
    expect: (d) => d.avg(F(d, MS), annual),
  },
  {
    id: 't53-money-07',
    cat: 'money',
    q: '特困供养那个经费换算成元是多少呀 我要填个表',
    expect: (d) => yuan(d, annual(R(d, '003-016'))),
  },
  {
    id: 't53-money-08',
    cat: 'money',
    q: '民生办的项目里年初预算比全年预算多的那些，一共调减了多少',
    expect: (d) =>
      signed(
        d,
        d.sum(
          F(d, (r) => MS(r) && bothBudgets(r) && initial(r) > annual(r)),
          (r) => initial(r) - annual(r),
        ),
      ),
  },
  {
    id: 't53-money-09',
    cat: 'money',
    q: '咱们民生办哪几个项目全年预算不到1万块的',
    expect: (d) => moneyBand(d, 'annualBudget', -Infinity, 1, MS),
  },
  {
    id: 't53-money-10',
    cat: 'money',
    q: '请统计全部项目的全年预算数合计（万元）。',
    expect: (d) => d.sumMoney(d.all, 'annualBudget'),
  },
  {
    id: 't53-money-11',
    cat: 'money',
    q: '2020年度项目的全年执行数合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, y(2020)), 'executed'),
  },
  {
    id: 't53-money-12',
    cat: 'money',
    q: '请列出全年预算数在50万元至100万元之间的项目。',
    expect: (d) => moneyBand(d, 'annualBudget', 50, 100),
  },
  {
    id: 't53-money-13',
    cat: 'money',
    q: '年初预算数与全年预算数均已填写且数额不一致的项目，按“全年预算数减年初预算数”计算，调整金额合计是多少万元？',
    expect: (d) =>
      signed(
        d,
        d.sum(
          F(d, (r) => bothBudgets(r) && initial(r) !== annual(r)),
          (r) => annual(r) - initial(r),
        ),
      ),
  },
  {
    id: 't53-money-14',
    cat: 'money',
    q: '全年执行数小于全年预算数的项目，未执行金额合计是多少万元？',
    expect: (d) =>
      bothMoney(d, (m) =>
        d.sum(
          F(d, (r) => left(m)(r) != null && left(m)(r) > 0),
          left(m),
        ),
      ),
  },
  {
    id: 't53-money-15',
    cat: 'money',
    q: '请列出“上年结转资金”一栏填有金额的项目。',
    expect: (d) =>
      d.set(F(d, (r) => ['initialBudget', 'annualBudget', 'executed'].some((c) => money(r, c, 'carryOver')))),
  },
  {
    id: 't53-money-16',
    cat: 'money',
    q: '攀枝花市西区河门口街道办事处各项目全年预算数合计，折合成元是多少？',
    expect: (d) => yuan(d, d.sum(F(d, HMK), annual)),
  },
  {
    id: 't53-money-17',
    cat: 'money',
    q: '通州区发展和改革委员会项目的全年预算数占全部项目全年预算数的比重是多少？',
    expect: (d) =>
      bothMoney(d, (m) => (100 * sumBy(F(d, FG), m, 'annualBudget')) / sumBy(d.all, m, 'annualBudget'), PCT),
  },
  {
    id: 't53-money-18',
    cat: 'money',
    q: '那个经济大脑的项目 钱花了多少',
    expect: (d) => wanOrYuan(d, executed(R(d, '002-005'))),
  },
  {
    id: 't53-money-19',
    cat: 'money',
    q: '疏整促专班经费到底是多少万啊 表上那个数看着不对劲',
    expect: (d) => d.number(executed(R(d, '002-007')) / 10000),
  },
  {
    id: 't53-money-20',
    cat: 'money',
    q: '咱们委里头所有项目预算加一块儿是多少',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  {
    id: 't53-money-21',
    cat: 'money',
    q: '嗯 评估审核费那个项目还剩多少钱没花',
    expect: (d) => wanOrYuan(d, left(money)(R(d, '002-002'))),
  },
  {
    id: 't53-money-22',
    cat: 'money',
    q: '重大投资项目那个和经济大脑 两个加起来预算多少',
    expect: (d) => d.number(annual(R(d, '002-013')) + annual(R(d, '002-005'))),
  },
  {
    id: 't53-money-23',
    cat: 'money',
    q: '潞源街道那边项目全年预算一共多少',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  {
    id: 't53-money-24',
    cat: 'money',
    q: '咱们通州的 潞源加上发改委 执行数一共多少 换成亿说',
    expect: (d) => d.anyOf(...READERS.map((m) => exact(sumBy(F(d, TZ), m, 'executed') / 10000, 0.005))),
  },
  {
    id: 't53-money-25',
    cat: 'money',
    q: '那个节能专项资金预算是多少钱 按元说',
    expect: (d) => yuan(d, annual(R(d, '002-006'))),
  },

  // ---- rows (01–09 A, 10–17 B, 18–25 C) ----
  {
    id: 't53-rows-01',
    cat: 'rows',
    q: '城市低保那张表满意度那一栏得了几分呀',
    expect: (d) => d.value(R(d, '003-015'), 0),
  },
  {
    id: 't53-rows-02',
    cat: 'rows',
    q: '临时就助那个表 帮扶数量的指标值写的多少',
    expect: (d) => d.value(R(d, '003-048'), '发放145人次', '145人次'),
  },
  {
    id: 't53-rows-03',
    cat: 'rows',
    q: '城乡医疗救助资金那个 帮扶了多少人次啊',
    expect: (d) => d.value(R(d, '003-019'), '317人次', 317),
  },
  {
    id: 't53-rows-04',
    cat: 'rows',
    q: '民生办哪些表满意度写的未做',
    expect: (d) => d.setTol(msNotDone(d), [...msNotDone(d), ...msDoubt(d)]),
  },
  {
    id: 't53-rows-05',
    cat: 'rows',
    q: '民生办的表里满意度指标被扣分的有几个呀',
    expect: (d) => {
      const n = F(d, (r) => MS(r) && satLow(r)).length;
      return d.countRange(n, n + msDoubt(d).length);
    },
  },
  {
    id: 't53-rows-06',
    cat: 'rows',
    q: '退返知青那个表一共填了几条三级指标',
    expect: (d) => d.count(rows(R(d, '003-068')).length),
  },
  {
    id: 't53-rows-07',
    cat: 'rows',
    q: '独生子女父母奖励费（5块钱一个月那个）发放人数的指标值是多少',
    expect: (d) => d.value(R(d, '003-025'), '525人', 525),
  },
  {
    id: 't53-rows-08',
    cat: 'rows',
    q: '我们民生办送温暖那个表 扣分的是哪条指标啊',
    expect: (d) => d.value(R(d, '003-067'), '服务对象满意度'),
  },
  {
    id: 't53-rows-09',
    cat: 'rows',
    q: '民生办那个应急经费 产出指标一共几条',
    expect: (d) => d.count(level1Rows(R(d, '003-078'), '产出').length),
  },
  {
    id: 't53-rows-10',
    cat: 'rows',
    q: '请列出通州区发展和改革委员会项目中设置了生态效益指标的项目。',
    expect: (d) => d.set(F(d, (r) => FG(r) && rows(r).some(l2Has('生态')))),
  },
  {
    id: 't53-rows-11',
    cat: 'rows',
    q: '请列出河门口街道办事处满意度指标未得满分的项目。',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satLow(r))),
  },
  {
    id: 't53-rows-12',
    cat: 'rows',
    q: '《通州区重大投资项目规划谋划》的成本指标共有几条？分值合计多少？',
    expect: (d) =>
      allOf(
        d.count(level2Rows(R(d, '002-013'), '成本').length),
        d.number(d.sum(level2Rows(R(d, '002-013'), '成本'), (i) => i.weight)),
      ),
  },
  {
    id: 't53-rows-13',
    cat: 'rows',
    q: '2020年度项目中，三级指标得分低于分值的指标共有多少条？',
    expect: (d) => d.count(rowCount(F(d, y(2020)), shortRow)),
  },
  {
    id: 't53-rows-14',
    cat: 'rows',
    q: '《2023年接诉即办奖励金》中实际完成值未填写的是哪一条指标？',
    expect: (d) => d.value(R(d, '000-022'), '充分利用接诉即办奖励资金解决好群众身边的操心事'),
  },
  {
    id: 't53-rows-15',
    cat: 'rows',
    q: '请列出满意度指标得分为0分的项目。',
    expect: (d) => d.setTol(F(d, satZero), F(d, satZeroMaybe)),
  },
  {
    id: 't53-rows-16',
    cat: 'rows',
    q: '请列出偏差原因分析及改进措施一栏填写为“无”的项目。',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => norm(i.deviation) === '无'))),
  },
  {
    id: 't53-rows-17',
    cat: 'rows',
    q: '《双井街道疫情防控资金—基本户》满意度指标的年度指标值是什么？',
    expect: (d) => d.value(R(d, '001-004'), satRows(R(d, '001-004'))[0].target),
  },
  {
    id: 't53-rows-18',
    cat: 'rows',
    q: '经济大脑那个表 成本指标的指标值写的多少',
    expect: (d) => d.value(R(d, '002-005'), '3332440.18元', 3332440.18),
  },
  {
    id: 't53-rows-19',
    cat: 'rows',
    q: '疏整促那个表一共几条指标 空着没填的不算',
    expect: (d) => d.count(rows(R(d, '002-007')).length),
  },
  {
    id: 't53-rows-20',
    cat: 'rows',
    q: '法律顾问那个项目 满意度指标是哪条',
    expect: (d) => d.value(R(d, '002-001'), satRows(R(d, '002-001'))[0].name),
  },
  {
    id: 't53-rows-21',
    cat: 'rows',
    q: '评估审核费那个项目 经济效益指标实际完成值多少',
    expect: (d) => d.value(R(d, '002-002'), level2Rows(R(d, '002-002'), '经济效益')[0].actual),
  },
  {
    id: 't53-rows-22',
    cat: 'rows',
    q: '嗯 重大投资项目谋划那个 可持续影响指标几分',
    expect: (d) => d.value(R(d, '002-013'), level2Rows(R(d, '002-013'), '可持续')[0].weight),
  },
  {
    id: 't53-rows-23',
    cat: 'rows',
    q: '咱们委哪些项目没有满意度指标',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && noSat(r)),
        F(d, (r) => FG(r) && (noSat(r) || satDoubt(r))),
      ),
  },
  {
    id: 't53-rows-24',
    cat: 'rows',
    q: '节能专项那个表 时效指标有几条',
    expect: (d) => d.count(level2Rows(R(d, '002-006'), '时效').length),
  },
  {
    id: 't53-rows-25',
    cat: 'rows',
    q: '那个产业高质量发展评估的项目 质量指标分值加起来多少',
    expect: (d) => d.number(d.sum(level2Rows(R(d, '002-003'), '质量'), (i) => i.weight)),
  },

  // ---- talk (01–07 A, 08–14 B, 15–20 C) ----
  {
    id: 't53-talk-01',
    cat: 'talk',
    pre: '民生办一共多少个项目呀',
    q: '那党群办呢',
    expect: (d) => d.count(F(d, DQ).length),
  },
  {
    id: 't53-talk-02',
    cat: 'talk',
    pre: '牛艳维负责的项目有哪些',
    q: '这些里面满意度没做的有几个',
    expect: (d) => {
      const mine = F(d, own('牛艳维'));
      const n = mine.filter(satNotDone).length;
      return d.countRange(n, n + mine.filter(satDoubt).length);
    },
  },
  {
    id: 't53-talk-03',
    cat: 'talk',
    q: '牛姐负责的项目里 总分不是100的有哪些',
    expect: (d) => d.set(F(d, (r) => own('牛艳维')(r) && ts(r) != null && ts(r) !== 100)),
  },
  {
    id: 't53-talk-04',
    cat: 'talk',
    pre: '残疾人儿童康复训练补助和残疾人职业康复那个基地项目 负责人都是谁',
    q: '这俩全年预算加起来多少',
    expect: (d) => d.number(annual(R(d, '003-089')) + annual(R(d, '003-090'))),
  },
  {
    id: 't53-talk-05',
    cat: 'talk',
    pre: '民生办总分95分的有几个',
    q: '那95分以下的呢',
    expect: (d) => d.count(F(d, (r) => MS(r) && ts(r) != null && ts(r) < 95).length),
  },
  {
    id: 't53-talk-06',
    cat: 'talk',
    q: '哎 问下 城乡低收入生活补贴年初预算多少 全年预算调成多少了',
    expect: (d) =>
      allOf(
        d.value(R(d, '003-017'), initial(R(d, '003-017'))),
        d.value(R(d, '003-017'), annual(R(d, '003-017'))),
      ),
  },
  {
    id: 't53-talk-07',
    cat: 'talk',
    pre: '帮我列一下民生办满意度调差没做的表',
    q: '按全年预算从大到小排一下',
    expect: (d) => rankTol(d, msNotDone(d), msDoubt(d), annual, 'desc'),
  },
  {
    id: 't53-talk-08',
    cat: 'talk',
    pre: '请列出总分低于100分的项目。',
    q: '上述项目中，属于大红门街道办事处的有多少个？',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    id: 't53-talk-09',
    cat: 'talk',
    pre: '请统计各主管部门的全年预算数合计。',
    q: '请再按年度统计一下。',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          d.groups(
            Object.fromEntries([2020, 2023].map((yr) => [`${yr}`, sumBy(F(d, y(yr)), m, 'annualBudget')])),
          ),
        ),
      ),
  },
  {
    id: 't53-talk-10',
    cat: 'talk',
    pre: '请列出未填写项目负责人的项目。',
    q: '其中联系电话也未填写的有哪些？',
    expect: (d) => d.set(F(d, (r) => blank(r.owner) && blank(r.phone))),
  },
  {
    id: 't53-talk-11',
    cat: 'talk',
    pre: '双井街道办事处项目的全年预算数合计是多少？',
    q: '河门口街道办事处的呢？',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  {
    id: 't53-talk-12',
    cat: 'talk',
    pre: '请列出执行率低于100%的项目。',
    q: '请按执行率由低到高排列。',
    expect: (d) =>
      over(d, RATES, (f) =>
        ranked(
          d,
          F(d, (r) => f(r) != null && f(r) < 100),
          f,
          'asc',
        ),
      ),
  },
  {
    id: 't53-talk-13',
    cat: 'talk',
    pre: '通州区发展和改革委员会的项目中，总分未填写的有哪些？',
    q: '这几个项目的全年执行数合计是多少万元？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => FG(r) && ts(r) == null),
        'executed',
      ),
  },
  {
    id: 't53-talk-14',
    cat: 'talk',
    q: '烦请核实：《2023年接诉即办奖励金》项目资金中“其中：当年财政拨款”一行是否填写？',
    expect: (d) => d.empty(R(d, '000-022')),
  },
  {
    id: 't53-talk-15',
    cat: 'talk',
    pre: '嗯 那个经济大脑的负责人是谁',
    q: '他电话多少',
    expect: (d) => d.value(R(d, '002-005'), R(d, '002-005').phone),
  },
  {
    id: 't53-talk-16',
    cat: 'talk',
    pre: '咱们发改委一共多少个项目',
    q: '那潞源街道呢',
    expect: (d) => d.count(F(d, LY).length),
  },
  {
    id: 't53-talk-17',
    cat: 'talk',
    pre: '发改委预算最多的是哪个',
    q: '第二呢',
    expect: (d) => d.anyOf(...READERS.map((m) => nth(d, F(d, FG), (r) => m(r, 'annualBudget'), 2, 'desc'))),
  },
  {
    id: 't53-talk-18',
    cat: 'talk',
    pre: '邱程负责几个项目',
    q: '都是哪些',
    expect: (d) => d.set(F(d, own('邱程'))),
  },
  {
    id: 't53-talk-19',
    cat: 'talk',
    pre: '潞源街道总分不是满分的项目有哪些',
    q: '这几个的负责人都是谁 列一下',
    expect: (d) =>
      column(
        d,
        '负责人',
        F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100),
        (r) => r.owner,
      ),
  },
  {
    id: 't53-talk-20',
    cat: 'talk',
    q: '喂 帮我查下那个放管服的课题 总分多少',
    expect: (d) => d.empty(R(d, '002-004')),
  },

  // ---- audit (01–04 A, 05–07 B, 08–10 C) ----
  {
    id: 't53-audit-01',
    cat: 'audit',
    q: '民生办的表里 分值加起来超过100的有哪些',
    expect: (d) => d.set(F(d, (r) => MS(r) && weightTotal(r) > 100.01)),
  },
  {
    id: 't53-audit-02',
    cat: 'audit',
    q: '乡村医生基本待遇经费 执行律表上写的多少 按执行数除以预算应该是多少',
    expect: (d) =>
      allOf(
        d.value(R(d, '003-072'), 80.5),
        d.value(R(d, '003-072'), (100 * executed(R(d, '003-072'))) / annual(R(d, '003-072'))),
      ),
  },
  {
    id: 't53-audit-03',
    cat: 'audit',
    q: '民生办有没有执行数超过全年预算的表',
    expect: (d) => d.set(F(d, (r) => MS(r) && executed(r) > annual(r))),
  },
  {
    id: 't53-audit-04',
    cat: 'audit',
    q: '民生办的表里 预算执行那一行得分没填的是哪几个',
    expect: (d) => d.set(F(d, (r) => MS(r) && budgetScore(r) == null)),
  },
  {
    id: 't53-audit-05',
    cat: 'audit',
    q: '总分只等于各三级指标得分之和、未计入预算执行得分的项目有多少个？',
    expect: (d) => {
      const alone = F(d, (r) => totalOff(r) && Math.abs(ts(r) - d.sum(rows(r), (i) => i.score)) <= 0.1);
      return d.countRange(alone.filter(not(budgetRowDoubt)).length, alone.length);
    },
  },
  {
    id: 't53-audit-06',
    cat: 'audit',
    q: '请列出表上执行率与“全年执行数÷全年预算数”计算结果不符的项目（按表上小数位四舍五入或截位后均不符者）。',
    expect: (d) => d.set(F(d, rateOff)),
  },
  {
    id: 't53-audit-07',
    cat: 'audit',
    q: '2020年度项目中，分值合计不等于100分的有哪些？',
    expect: (d) => d.set(F(d, (r) => y(2020)(r) && weightOff(r))),
  },
  {
    id: 't53-audit-08',
    cat: 'audit',
    q: '咱们委的表 有没有总分没填的',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't53-audit-09',
    cat: 'audit',
    q: '产业高质量发展评估那张表 总分那一栏分值写的多少 是不是写错了',
    expect: (d) => d.value(R(d, '002-003'), R(d, '002-003').totalWeight),
  },
  {
    id: 't53-audit-10',
    cat: 'audit',
    q: '评估审核费那个项目 执行率写的百分之百 按执行数算应该是多少',
    expect: (d) =>
      d.value(
        R(d, '002-002'),
        Math.round((10000 * executed(R(d, '002-002'))) / annual(R(d, '002-002'))) / 100,
      ),
  },

  // ---- desk (01–04 A, 05–07 B, 08–10 C) ----
  {
    id: 't53-desk-01',
    cat: 'desk',
    q: '高艳丽负责的是哪个项目呀',
    expect: (d) => d.set(F(d, own('高艳丽'))),
  },
  {
    id: 't53-desk-02',
    cat: 'desk',
    q: '退役安置补助经费的联系电话多少',
    expect: (d) => d.value(R(d, '003-086'), R(d, '003-086').phone),
  },
  {
    id: 't53-desk-03',
    cat: 'desk',
    q: '残疾人儿童康复训练补助是哪个科室实施的',
    expect: (d) => d.value(R(d, '003-089'), R(d, '003-089').implementingUnit),
  },
  {
    id: 't53-desk-04',
    cat: 'desk',
    q: '民生办那个应急经费谁负责的呀',
    expect: (d) => d.value(R(d, '003-078'), R(d, '003-078').owner),
  },
  {
    id: 't53-desk-05',
    cat: 'desk',
    q: '请提供《深化“放管服”改革着力培育和激发市场主体活力发展路径研究》的项目负责人及联系电话。',
    expect: (d) =>
      allOf(d.value(R(d, '002-004'), R(d, '002-004').owner), d.value(R(d, '002-004'), R(d, '002-004').phone)),
  },
  {
    id: 't53-desk-06',
    cat: 'desk',
    q: '《2023年节能专项资金》的实施单位填写的是什么？',
    expect: (d) => d.value(R(d, '002-006'), R(d, '002-006').implementingUnit),
  },
  {
    id: 't53-desk-07',
    cat: 'desk',
    q: '《改制企业家属区管理经费》的联系电话是多少？',
    expect: (d) => d.empty(R(d, '004-001')),
  },
  {
    id: 't53-desk-08',
    cat: 'desk',
    q: '法律顾问那个项目 主管部门填的啥',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').department),
  },
  { id: 't53-desk-09', cat: 'desk', q: '孔涵负责的是哪个项目', expect: (d) => d.set(F(d, own('孔涵'))) },
  {
    id: 't53-desk-10',
    cat: 'desk',
    q: '管法律顾问的小宋 电话多少来着',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').phone),
  },

  // ---- no (01–04 A, 05–07 B, 08–10 C) ----
  { id: 't53-no-01', cat: 'no', q: '低保金每人每月发多少钱呀', expect: (d) => d.refuse('每人每月') },
  { id: 't53-no-02', cat: 'no', q: '民生办今年报了几个项目', expect: (d) => noYear(d, '今年', 2026) },
  {
    id: 't53-no-03',
    cat: 'no',
    q: '临时救助的钱是什么时候拨下来的',
    expect: (d) => d.anyOf(d.refuse('什么时候'), d.refuse('拨')),
  },
  {
    id: 't53-no-04',
    cat: 'no',
    q: '我们民生办的项目有没有做过第三方评价的',
    expect: (d) => d.refuse('第三方'),
  },
  {
    id: 't53-no-05',
    cat: 'no',
    q: '请提供各项目的政府采购方式及中标单位。',
    expect: (d) => d.anyOf(d.refuse('采购'), d.refuse('中标')),
  },
  {
    id: 't53-no-06',
    cat: 'no',
    q: '2022年度各项目的自评总分情况如何？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 't53-no-07',
    cat: 'no',
    q: '请列出各项目资金按季度的支付进度。',
    expect: (d) => d.anyOf(d.refuse('季度'), d.refuse('支付进度')),
  },
  {
    id: 't53-no-08',
    cat: 'no',
    q: '经济大脑那个项目 合同是跟哪家公司签的',
    expect: (d) => d.anyOf(d.refuse('公司'), d.refuse('合同')),
  },
  { id: 't53-no-09', cat: 'no', q: '明年咱们委的项目预算报了多少', expect: (d) => noYear(d, '明年', 2027) },
  {
    id: 't53-no-10',
    cat: 'no',
    q: '节能专项资金的批复文号是多少',
    expect: (d) => d.anyOf(d.refuse('文号'), d.refuse('批复')),
  },

  // ---- order (01–04 A, 05–07 B, 08–10 C) ----
  {
    id: 't53-order-01',
    cat: 'order',
    q: '民生办全年预算最多的三个项目',
    expect: (d) => d.topMoney(F(d, MS), 'annualBudget', 3),
  },
  {
    id: 't53-order-02',
    cat: 'order',
    q: '民生办年初和全年预算差得最多的是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => MS(r) && bothBudgets(r)),
        (r) => Math.abs(initial(r) - annual(r)),
        1,
        'desc',
      ),
  },
  {
    id: 't53-order-03',
    cat: 'order',
    q: '民生办预算最少的项目是哪个呀',
    expect: (d) => d.top(F(d, MS), annual, 1, 'asc'),
  },
  {
    id: 't53-order-04',
    cat: 'order',
    q: '牛艳维的项目里执行数第二多的是哪个',
    expect: (d) => nth(d, F(d, own('牛艳维')), executed, 2, 'desc'),
  },
  {
    id: 't53-order-05',
    cat: 'order',
    q: '全年预算数排名前五的项目有哪些？',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 5),
  },
  {
    id: 't53-order-06',
    cat: 'order',
    q: '自评总分最低的三个项目是哪些？',
    expect: (d) => d.top(d.all, ts, 3, 'asc'),
  },
  {
    id: 't53-order-07',
    cat: 'order',
    q: '《晨光路拆迁资金》的全年预算数在全部项目中排第几位？',
    expect: (d) =>
      d.anyOf(...READERS.map((m) => rankOf(d, d.all, R(d, '003-091'), (r) => m(r, 'annualBudget'), 'desc'))),
  },
  {
    id: 't53-order-08',
    cat: 'order',
    q: '通州这边 潞源和发改委 预算最多的前三个项目',
    expect: (d) => d.topMoney(F(d, TZ), 'annualBudget', 3),
  },
  {
    id: 't53-order-09',
    cat: 'order',
    q: '咱们委 执行率最低的是哪个',
    expect: (d) => over(d, RATES, (f) => d.top(F(d, FG), f, 1, 'asc')),
  },
  {
    id: 't53-order-10',
    cat: 'order',
    q: '潞源街道 执行数最少的两个项目',
    expect: (d) => d.top(F(d, LY), executed, 2, 'asc'),
  },

  // ---- tally (01–04 A, 05–07 B, 08–10 C) ----
  {
    id: 't53-tally-01',
    cat: 'tally',
    q: '牛艳维一共负责多少个项目',
    expect: (d) => d.count(F(d, own('牛艳维')).length),
  },
  {
    id: 't53-tally-02',
    cat: 'tally',
    q: '民生办满意度没做的占民生办项目的百分之几',
    expect: (d) => pctRange(d, msNotDone(d).length, msNotDone(d).length + msDoubt(d).length, F(d, MS).length),
  },
  {
    id: 't53-tally-03',
    cat: 'tally',
    q: '民生办按负责人统计一下各有几个项目',
    expect: (d) => groupCount(d, (r) => norm(r.owner), F(d, MS)),
  },
  { id: 't53-tally-04', cat: 'tally', q: '民生办的表平均总分多少', expect: (d) => d.avg(F(d, MS), ts) },
  {
    id: 't53-tally-05',
    cat: 'tally',
    q: '请按主管部门（按表上填写）统计项目数量。',
    expect: (d) => groupCount(d, (r) => norm(r.department)),
  },
  {
    id: 't53-tally-06',
    cat: 'tally',
    q: '自评总分为100分的项目占全部项目的比例是多少？',
    expect: (d) => d.number((100 * F(d, (r) => ts(r) === 100).length) / d.all.length, PCT),
  },
  {
    id: 't53-tally-07',
    cat: 'tally',
    q: '请按年度统计项目数量及平均自评总分。',
    expect: (d) =>
      allOf(
        groupCount(d, (r) => `${r.year}`),
        d.groups(
          Object.fromEntries(
            [2020, 2023].map((yr) => {
              const rs = F(d, (r) => y(yr)(r) && ts(r) != null);
              return [`${yr}`, d.sum(rs, ts) / rs.length];
            }),
          ),
        ),
      ),
  },
  {
    id: 't53-tally-08',
    cat: 'tally',
    q: '咱们委平均每个项目预算多少',
    expect: (d) => bothMoney(d, (m) => sumBy(F(d, FG), m, 'annualBudget') / F(d, FG).length),
  },
  {
    id: 't53-tally-09',
    cat: 'tally',
    q: '潞源街道 各个负责人 分别负责几个项目',
    expect: (d) =>
      groupCount(
        d,
        (r) => norm(r.owner),
        F(d, (r) => LY(r) && !blank(r.owner)),
      ),
  },
  {
    id: 't53-tally-10',
    cat: 'tally',
    q: '发改委跟潞源比 哪边项目多 多几个',
    expect: (d) => d.number(Math.abs(F(d, LY).length - F(d, FG).length)),
  },
];
