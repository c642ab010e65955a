// The forty-first part (helper "blind59"): 120 portfolio questions over the 169 forms, asked by three people — (A) an
// accountant of the 通州区发改委 (a 委 that owns eight projects) who thinks in 元 to two decimals and writes in full
// sentences with 请问 / 麻烦 (差额, 合计, 占比, 增减, 年初与全年预算的调整, 元 ↔ 万元, the 预算执行 row's score against
// its rate), (B) a young 审计 intern who mixes English and Chinese and now and then types traditional characters, and
// asks for indicator rows (产出/效益/满意度, 数量/质量/时效/成本, targets, 偏差原因 left empty) and for forms whose
// fields disagree, and (C) the 主任 of 潞源街道 typing on WeChat: short, no punctuation, 咱 / 那个 / 仨, an emoji now
// and then, follow-ups with `pre`, corrections in mid-message, chit-chat. In each category the first third of the lines
// is A's, the second B's, the last C's. Written by an author who had not read src/, prompts/, test/ outside test/eval/
// nor any other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not
// split. Definitions: ../README.md ("The forty-first part").
import {
  belowWeight,
  benefitDoubt,
  devMissing,
  noBenefit,
  norm,
  noSat,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  bothMoney,
  budgetShort,
  column,
  conv,
  differ,
  F,
  gapBoth,
  moneyBandCount,
  noSurvey,
  noYear,
  nth,
  PCT,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  shortRow,
  sumBy,
  totalOff,
  ts,
} from '../lib/shorthands.mjs';
import {
  budgetOffAny,
  budgetOffBoth,
  DHM,
  deviationOnFull,
  FGW,
  HMK,
  ids,
  key2,
  LY,
  MS_EXACT,
  MS_WIDE,
  meanTotal,
  money,
  notDoneBlank,
  notDoneInText,
  R,
  rateReadings,
  SJ,
  satZero,
  subsets,
  swapped,
  total,
  totalNeither,
  totalOffFormula,
  yr,
  yuan,
} from './helpers.mjs';

export const questions = [
  // ---- money: A 01–08, B 09–16, C 17–25 ----
  {
    id: 't41-money-01',
    cat: 'money',
    q: '请问我们通州区发改委2023年度报送的这几个项目，全年预算数加起来一共是多少元？麻烦精确到分。',
    expect: (d) => yuan(d, (m) => sumBy(F(d, FGW), m, 'annualBudget')),
  },
  {
    id: 't41-money-02',
    cat: 'money',
    q: '麻烦帮我算一下，发改委这些项目的全年预算合计和全年执行数合计之间的差额是多少元？',
    expect: (d) =>
      gapBoth(d, (m) => 10000 * (sumBy(F(d, FGW), m, 'annualBudget') - sumBy(F(d, FGW), m, 'executed')), 1),
  },
  {
    id: 't41-money-03',
    cat: 'money',
    q: '请问通州区“经济大脑”服务项目的全年预算，占我们发改委全部项目全年预算合计的百分之几？',
    expect: (d) =>
      bothMoney(
        d,
        (m) => (100 * m(R(d, '002-005'), 'annualBudget')) / sumBy(F(d, FGW), m, 'annualBudget'),
        PCT,
      ),
  },
  {
    // the form writes 1,863,180 in the 万元 column: asked in 万元 after saying so, only the converted figure answers
    id: 't41-money-04',
    cat: 'money',
    q: '请问“疏整促”专班经费的全年执行数是多少万元？我记得表上好像是按元填的。',
    expect: (d) => d.number(conv(R(d, '002-007'), 'executed')),
  },
  {
    id: 't41-money-05',
    cat: 'money',
    q: '请问大红门街道的“城乡基层党组织服务群众经费”，全年预算比年初预算调增了多少元？',
    expect: (d) => {
      const r = R(d, '003-018');
      return gapBoth(d, (m) => 10000 * (m(r, 'annualBudget') - m(r, 'initialBudget')), 1);
    },
  },
  {
    // min(执行率, 1) × 分值, the stated rate (99.1 % → 9.91) or the computed one (99.12 % → 9.91); the form says 9
    id: 't41-money-06',
    cat: 'money',
    q: '请问潞源街道“2023年城乡基层党组织服务群众经费（市级资金）”预算执行这一行，按执行率乘以分值来算应得多少分？',
    expect: (d) => {
      const r = R(d, '000-024');
      return d.anyOf(d.number(rate(r) / 10), d.number(rateComputed(r) / 10));
    },
  },
  {
    id: 't41-money-07',
    cat: 'money',
    q: '麻烦把“2023年节能专项资金”的全年执行数换算成元，我这边做账要用。',
    expect: (d) => yuan(d, (m) => m(R(d, '002-006'), 'executed')),
  },
  {
    id: 't41-money-08',
    cat: 'money',
    q: '请问“政府投资项目评估审核费”的全年执行数比“北京城市副中心产业高质量发展评估体系设计及持续跟踪项目”多多少元？',
    expect: (d) =>
      gapBoth(d, (m) => 10000 * (m(R(d, '002-002'), 'executed') - m(R(d, '002-003'), 'executed')), 1),
  },
  {
    id: 't41-money-09',
    cat: 'money',
    q: '大紅門街道 2023 年的 total budget 跟 執行數 各是多少？',
    expect: (d) => allOf(total(d, DHM, 'annualBudget'), total(d, DHM, 'executed')),
  },
  {
    // 执行率 below 100 %: the stated rate, the computed one rounded, or 全年执行数 below 全年预算数 at all (helpers)
    id: 't41-money-10',
    cat: 'money',
    q: 'list 一下 execution rate 不到 100% 的 projects，順便帶上 budget',
    expect: (d) => d.anyOf(...rateReadings.map((f) => d.set(F(d, f)))),
  },
  {
    id: 't41-money-11',
    cat: 'money',
    q: '潞源 的 total budget 和 total spent 差多少？in 万元 pls',
    expect: (d) => gapBoth(d, (m) => sumBy(F(d, LY), m, 'annualBudget') - sumBy(F(d, LY), m, 'executed')),
  },
  {
    id: 't41-money-12',
    cat: 'money',
    q: "What's the avg budget per project for 河门口?",
    expect: (d) => bothMoney(d, (m) => sumBy(F(d, HMK), m, 'annualBudget') / F(d, HMK).length),
  },
  {
    id: 't41-money-13',
    cat: 'money',
    q: '发改委 的 budget 佔 all projects 總預算 幾 %？',
    expect: (d) =>
      bothMoney(d, (m) => (100 * sumBy(F(d, FGW), m, 'annualBudget')) / sumBy(d.all, m, 'annualBudget'), PCT),
  },
  {
    id: 't41-money-14',
    cat: 'money',
    q: '大红门 的 budget 是 潞源 的幾倍？',
    expect: (d) =>
      bothMoney(d, (m) => sumBy(F(d, DHM), m, 'annualBudget') / sumBy(F(d, LY), m, 'annualBudget'), PCT),
  },
  {
    id: 't41-money-15',
    cat: 'money',
    q: '双井 2020 那两个 projects 的 budget 加起来多少？execution rate 呢？',
    expect: (d) => {
      const rs = F(d, SJ);
      return allOf(
        total(d, SJ, 'annualBudget'),
        d.number((100 * sumBy(rs, money, 'executed')) / sumBy(rs, money, 'annualBudget')),
      );
    },
  },
  {
    // 年初 − 全年 over the office: a form without 年初预算数 counts as 0, or only forms with both are compared (README);
    // 003-055 「民生保障办公室是」 in or out; the answer may say it signed or as a magnitude (it is an increase one way)
    id: 't41-money-16',
    cat: 'money',
    q: '民生保障办公室 年初预算 vs 全年预算，整体 調減了多少？',
    expect: (d) => {
      const alts = [];
      for (const pool of [MS_WIDE, MS_EXACT])
        for (const onlyBoth of [false, true]) {
          const rs = F(d, (r) => pool(r) && (!onlyBoth || money(r, 'initialBudget') != null));
          const v = sumBy(rs, money, 'initialBudget') - sumBy(rs, money, 'annualBudget');
          alts.push(d.number(v), d.number(-v));
        }
      return d.anyOf(...alts);
    },
  },
  {
    // 没花完: what is left, the office's rate, or the projects not fully spent
    id: 't41-money-17',
    cat: 'money',
    q: '咱潞源23年的钱花完没 🤔',
    expect: (d) => {
      const rs = F(d, LY);
      const a = sumBy(rs, money, 'annualBudget');
      const x = sumBy(rs, money, 'executed');
      // a form short by less than 0.005 万元 (000-021: 3.48 元, shown as 100 %) may be left out of the list
      const short = (r) => money(r, 'annualBudget') - money(r, 'executed');
      return d.anyOf(
        d.number(a - x),
        d.number((100 * x) / a, PCT),
        d.setTol(
          F(d, (r) => LY(r) && short(r) >= 0.005),
          F(d, (r) => LY(r) && short(r) > 0),
        ),
      );
    },
  },
  {
    id: 't41-money-18',
    cat: 'money',
    q: '咱潞源23年全年预算一共多少钱',
    expect: (d) => total(d, LY, 'annualBudget'),
  },
  {
    id: 't41-money-19',
    cat: 'money',
    pre: '潞源23年预算一共多少',
    q: '换成元',
    expect: (d) => yuan(d, (m) => sumBy(F(d, LY), m, 'annualBudget')),
  },
  {
    id: 't41-money-20',
    cat: 'money',
    q: '大红门比咱潞源预算多多少啊',
    expect: (d) =>
      gapBoth(d, (m) => sumBy(F(d, DHM), m, 'annualBudget') - sumBy(F(d, LY), m, 'annualBudget')),
  },
  {
    id: 't41-money-21',
    cat: 'money',
    q: '咱潞源下沉协管员那个项目 花了多少',
    expect: (d) => d.value(R(d, '000-026'), money(R(d, '000-026'), 'executed')),
  },
  {
    id: 't41-money-22',
    cat: 'money',
    q: '咱那几个小微项目一共批了多少 不对 我是说花了多少',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => LY(r) && norm(r.projectName).includes('小微')),
          money,
          'executed',
        ),
      ),
  },
  {
    id: 't41-money-23',
    cat: 'money',
    q: '社区公益事业补助那个还剩多少没花',
    expect: (d) => {
      const r = R(d, '000-018');
      return d.value(r, money(r, 'annualBudget') - money(r, 'executed'));
    },
  },
  {
    // 全年预算 4 + 16 = 20, 全年执行数 4 + 15.999652 (the same to two decimals)
    id: 't41-money-24',
    cat: 'money',
    q: '咱潞源那俩免费开放补助 加一块多少钱',
    expect: (d) => d.number(sumBy(ids(d, '000-020', '000-021'), money, 'annualBudget')),
  },
  {
    id: 't41-money-25',
    cat: 'money',
    pre: '咱潞源平均一个项目多少预算',
    q: '那大红门呢',
    expect: (d) => bothMoney(d, (m) => sumBy(F(d, DHM), m, 'annualBudget') / F(d, DHM).length),
  },

  // ---- rows: A 01–08, B 09–16, C 17–25 ----
  {
    id: 't41-rows-01',
    cat: 'rows',
    q: '请问我们发改委“法律顾问”项目，成本指标的年度指标值填的是多少元？',
    expect: (d) => d.value(R(d, '002-001'), 100000, '100000元'),
  },
  {
    id: 't41-rows-02',
    cat: 'rows',
    q: '麻烦查一下“2023年节能专项资金”的产出指标一共有几条，分值合计是多少？',
    expect: (d) => {
      const out = rows(R(d, '002-006')).filter((i) => norm(i.level1).includes('产出'));
      return allOf(d.count(out.length), d.number(out.reduce((s, i) => s + (i.weight ?? 0), 0)));
    },
  },
  {
    id: 't41-rows-03',
    cat: 'rows',
    q: '请问“政府投资项目评估审核费”的经济效益指标，年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '002-002'), '1亿元以上', '2.5亿元'),
  },
  {
    id: 't41-rows-04',
    cat: 'rows',
    q: '请问潞源街道“2023年下沉协管员经费”的成本指标，年度指标值和实际完成值各是多少万元？',
    expect: (d) => d.valueAll(R(d, '000-026'), 430, 391.92),
  },
  {
    id: 't41-rows-05',
    cat: 'rows',
    q: '请问河门口街道的项目中，经济效益指标没有拿满分的有哪些？',
    expect: (d) =>
      d.set(F(d, (r) => HMK(r) && rows(r).some((i) => shortRow(i) && norm(i.level2).includes('经济效益')))),
  },
  {
    id: 't41-rows-06',
    cat: 'rows',
    q: '请问2020年度的项目里，满意度指标被扣了分的是哪几个项目？',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && satRows(r).some(shortRow))),
  },
  {
    // the two rows by their 三级指标 names, or by their 二级 / 一级 labels (经济效益指标, 满意度指标)
    id: 't41-rows-07',
    cat: 'rows',
    q: '请问“改制企业家属区管理经费”总分98分，扣掉的2分分别扣在哪几条指标上？',
    expect: (d) => {
      const r = R(d, '004-001');
      return d.anyOf(
        d.valueAll(r, '为辖区经济发展提供和谐环境', '服务的居民满意度'),
        d.valueAll(r, '经济效益', '满意度'),
      );
    },
  },
  {
    id: 't41-rows-08',
    cat: 'rows',
    q: '麻烦看一下，我们发改委的项目里哪些没有设置满意度指标？',
    expect: (d) => d.set(F(d, (r) => FGW(r) && noSat(r))),
  },
  {
    id: 't41-rows-09',
    cat: 'rows',
    q: '滿意度指標 weight 給了 15 分的 projects 有哪些？',
    expect: (d) => d.set(F(d, (r) => satRows(r).some((i) => i.weight === 15))),
  },
  {
    id: 't41-rows-10',
    cat: 'rows',
    q: '政法委群防群治补助经费 的 數量指標 target 是 ≥600，actual 才 521，怎麼還是滿分？偏差原因寫的是什麼？',
    expect: (d) => d.value(R(d, '000-008'), '以实际参与人数为准进行慰问'),
  },
  {
    // 一级指标 as the asker says; the two records whose 效益 rows the pdf-text reading filed under 产出 may be listed
    id: 't41-rows-11',
    cat: 'rows',
    q: 'which projects have no 效益指标 at all（一級指標）?',
    expect: (d) =>
      d.setTol(
        F(d, noBenefit),
        F(d, (r) => noBenefit(r) || benefitDoubt(r)),
      ),
  },
  {
    id: 't41-rows-12',
    cat: 'rows',
    q: '產出指標裡 質量指標 被扣分的 projects list 一下',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && norm(i.level2).includes('质量')))),
  },
  {
    id: 't41-rows-13',
    cat: 'rows',
    q: '數量指標 沒拿滿分的 rows 有哪些？列 project 就好',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && norm(i.level2).includes('数量')))),
  },
  {
    id: 't41-rows-14',
    cat: 'rows',
    q: '河西锦苑小区电梯维护经费 的 數量指標 actual 是多少？幾台電梯？',
    expect: (d) => d.value(R(d, '004-002'), '8台'),
  },
  {
    id: 't41-rows-15',
    cat: 'rows',
    q: '社会效益指标 not full score 的 projects?',
    expect: (d) =>
      d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && norm(i.level2).includes('社会效益')))),
  },
  {
    // 「优良中差」 as the whole 年度指标值; 「定性优良中差」 (000-007, 000-008) may be counted
    id: 't41-rows-16',
    cat: 'rows',
    q: '年度指標值 直接寫 “优良中差” 的 projects 有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => rows(r).some((i) => norm(i.target) === '优良中差')),
        F(d, (r) => rows(r).some((i) => norm(i.target).includes('优良中差'))),
      ),
  },
  {
    // 满意度没做 reads three ways (noSurvey); for 潞源 only the no-row reading selects forms
    id: 't41-rows-17',
    cat: 'rows',
    q: '咱潞源满意度没做的有几个',
    expect: (d) => {
      const e = noSurvey(d, LY);
      return d.anyOf(...e.alts.map((a) => d.countRange(a.must.length, a.must.length + a.may.length)));
    },
  },
  {
    id: 't41-rows-18',
    cat: 'rows',
    pre: '咱潞源满意度没做的有几个',
    q: '都哪几个',
    expect: (d) => noSurvey(d, LY),
  },
  {
    id: 't41-rows-19',
    cat: 'rows',
    q: '接诉即办社区那个 满意度目标多少 实际多少',
    expect: (d) => d.valueAll(R(d, '000-019'), 90, 100),
  },
  {
    // why: the 偏差原因 of its 社会效益 row (30 → 29), or the row named
    id: 't41-rows-20',
    cat: 'rows',
    q: '公益电影那个咋扣的分',
    expect: (d) => {
      const r = R(d, '000-027');
      return d.anyOf(d.value(r, '参与观活动人群固定范覆盖有限'), d.value(r, '社会效益'));
    },
  },
  {
    id: 't41-rows-21',
    cat: 'rows',
    q: '小微第四批那个 成本指标给了几分',
    expect: (d) => {
      const r = R(d, '000-016');
      return d.value(r, rows(r).find((i) => norm(i.level1 + i.level2).includes('成本')).score);
    },
  },
  {
    id: 't41-rows-22',
    cat: 'rows',
    q: '下沉协管员那个 人数指标 目标多少 实际多少',
    expect: (d) => d.value(R(d, '000-026'), 43),
  },
  {
    // 指标 may or may not take in the budget row (README: 「指标不是全部满分」)
    id: 't41-rows-23',
    cat: 'rows',
    q: '咱潞源哪些项目指标没拿满分',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => LY(r) && belowWeight(r))),
        d.set(F(d, (r) => LY(r) && (belowWeight(r) || budgetShort(r)))),
      ),
  },
  {
    id: 't41-rows-24',
    cat: 'rows',
    q: '统计所经费 数量指标写的啥',
    expect: (d) => {
      const r = R(d, '000-001');
      return d.anyOf(d.value(r, '聘用统计调查员'), d.value(r, '1人'));
    },
  },
  {
    id: 't41-rows-25',
    cat: 'rows',
    q: '咱潞源满意度实际填的100%的是哪几个',
    expect: (d) => d.set(F(d, (r) => LY(r) && satRows(r).some((i) => norm(i.actual) === '100%'))),
  },

  // ---- talk: A 01–07, B 08–14, C 15–20 ----
  {
    id: 't41-talk-01',
    cat: 'talk',
    pre: '请问我们发改委2023年度全年执行数合计是多少万元？',
    q: '好的，麻烦再帮我换算成元，谢谢。',
    expect: (d) => yuan(d, (m) => sumBy(F(d, FGW), m, 'executed')),
  },
  {
    id: 't41-talk-02',
    cat: 'talk',
    pre: '请问潞源街道全年预算合计是多少？',
    q: '谢谢您。那双井街道的呢？',
    expect: (d) => total(d, SJ, 'annualBudget'),
  },
  {
    id: 't41-talk-03',
    cat: 'talk',
    q: '您好，我是区发改委财务科的，麻烦您帮我查一下我们委通州区“经济大脑”服务项目的执行率，谢谢！',
    expect: (d) => {
      const r = R(d, '002-005');
      return d.anyOf(d.value(r, rate(r)), d.value(r, rateComputed(r)));
    },
  },
  {
    id: 't41-talk-04',
    cat: 'talk',
    pre: '请问发改委各个项目的全年预算分别是多少？',
    q: '麻烦按从高到低给我排一下。',
    expect: (d) =>
      d.anyOf(
        ranked(d, F(d, FGW), (r) => money(r, 'annualBudget'), 'desc'),
        ranked(d, F(d, FGW), (r) => conv(r, 'annualBudget'), 'desc'),
      ),
  },
  {
    id: 't41-talk-05',
    cat: 'talk',
    q: '辛苦了，再麻烦问一下：大红门街道民生保障办公室的项目，全年预算合计是多少元？',
    expect: (d) =>
      d.anyOf(
        yuan(d, (m) => sumBy(F(d, MS_WIDE), m, 'annualBudget')),
        yuan(d, (m) => sumBy(F(d, MS_EXACT), m, 'annualBudget')),
      ),
  },
  {
    id: 't41-talk-06',
    cat: 'talk',
    pre: '请问年初预算和全年预算不一样的项目有哪些？',
    q: '这些里面全年预算比年初预算少的有几个？',
    expect: (d) =>
      d.count(F(d, (r) => differ(r) && money(r, 'annualBudget') < money(r, 'initialBudget')).length),
  },
  {
    id: 't41-talk-07',
    cat: 'talk',
    q: '请问2020年度项目的总分平均是多少——不好意思，我是想问2023年度的。',
    expect: (d) => d.number(meanTotal(F(d, yr(2023)))),
  },
  {
    id: 't41-talk-08',
    cat: 'talk',
    q: 'Hi! How many projects does 大红门 have in total?',
    expect: (d) => d.count(F(d, DHM).length),
  },
  {
    // the follow-up asks the owners of the lead's projects: those projects, with a 负责人 column
    id: 't41-talk-09',
    cat: 'talk',
    pre: 'list 潞源 projects with total score below 100',
    q: 'ok 那這些的 owner 是誰？',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100);
      return allOf(
        d.set(rs),
        column(d, '负责人', rs, (r) => r.owner ?? ''),
      );
    },
  },
  {
    // every 河门口 form lacks the 项目负责人 row: the list of them, or the count
    id: 't41-talk-10',
    cat: 'talk',
    q: 'thx! btw 河門口 的 projects 都沒填 owner 嗎？',
    expect: (d) => d.anyOf(d.set(F(d, (r) => HMK(r) && ownerMissing(r))), d.count(F(d, HMK).length)),
  },
  {
    // 双井's two forms both name 孙子懿: none unfilled, or the two shown with their owner
    id: 't41-talk-11',
    cat: 'talk',
    pre: '河門口 的 projects 都沒填 owner 嗎？',
    q: 'sorry 我是想問 雙井 😅',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => SJ(r) && ownerMissing(r))),
        allOf(
          d.set(F(d, SJ)),
          column(d, '负责人', F(d, SJ), (r) => r.owner ?? ''),
        ),
      ),
  },
  {
    id: 't41-talk-12',
    cat: 'talk',
    q: 'Can you tell me the total budget of all 2020 projects, in 万元?',
    expect: (d) => total(d, yr(2020), 'annualBudget'),
  },
  {
    // 未做 on a satisfaction row; three doubtful records whose text writes 「5 0 未做」 may be counted (helpers)
    id: 't41-talk-13',
    cat: 'talk',
    q: '多謝！滿意度 寫 未做 的 project 有幾個？',
    expect: (d) => {
      const n = F(d, satNotDone).length;
      return d.countRange(n, n + F(d, notDoneInText(d)).length);
    },
  },
  {
    id: 't41-talk-14',
    cat: 'talk',
    pre: '多謝！滿意度 寫 未做 的 project 有幾個？',
    q: 'ok and their average total score?',
    expect: (d) =>
      d.anyOf(...subsets(F(d, satNotDone), F(d, notDoneInText(d))).map((rs) => d.number(meanTotal(rs)))),
  },
  {
    // 过100万: over 100 万元; the two forms of exactly 100 may be counted
    id: 't41-talk-15',
    cat: 'talk',
    q: '在吗 帮我看下咱潞源预算过100万的有几个 谢啦',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, LY),
  },
  {
    id: 't41-talk-16',
    cat: 'talk',
    pre: '咱潞源执行率最低的是哪个',
    q: '它负责人谁啊',
    expect: (d) => d.value(R(d, '000-018'), '贾安琪'),
  },
  {
    id: 't41-talk-17',
    cat: 'talk',
    pre: '咱潞源小微项目有几个',
    q: '这里面钱最多的是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => LY(r) && norm(r.projectName).includes('小微')),
        (r) => money(r, 'annualBudget'),
        1,
        'desc',
      ),
  },
  {
    id: 't41-talk-18',
    cat: 'talk',
    pre: '潞源一共多少个项目',
    q: '不对 我是说大红门的',
    expect: (d) => d.count(F(d, DHM).length),
  },
  {
    id: 't41-talk-19',
    cat: 'talk',
    q: '哈哈 辛苦了 发改委那边一共多少钱啊 💰',
    expect: (d) => total(d, FGW, 'annualBudget'),
  },
  {
    id: 't41-talk-20',
    cat: 'talk',
    pre: '咱潞源总分不是100的有哪些',
    q: '换成元 它们预算加一块多少',
    expect: (d) =>
      yuan(d, (m) =>
        sumBy(
          F(d, (r) => LY(r) && ts(r) != null && ts(r) !== 100),
          m,
          'annualBudget',
        ),
      ),
  },

  // ---- audit: A 01–03, B 04–06, C 07–10 ----
  {
    // RATE_MISMATCH must be listed; a stated rate that differs from the computed one only by rounding may be
    id: 't41-audit-01',
    cat: 'audit',
    q: '请问有哪些项目表上填的执行率，和全年执行数除以全年预算数算出来的对不上？',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    // off by both readings of the rate must be listed; off by one, or 平安建设经费's 「100％」, may be
    id: 't41-audit-02',
    cat: 'audit',
    q: '请问预算执行那一行的得分，跟执行率乘以分值对不上的项目有哪些？',
    expect: (d) => d.setTol(F(d, budgetOffBoth), F(d, budgetOffAny)),
  },
  {
    id: 't41-audit-03',
    cat: 'audit',
    q: '请问我们发改委有没有执行率填的100%、但全年执行数其实比全年预算数少的项目？',
    expect: (d) => d.set(F(d, (r) => FGW(r) && roundedUp(r))),
  },
  {
    id: 't41-audit-04',
    cat: 'audit',
    q: '總分 欄是空的 forms list 一下',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    id: 't41-audit-05',
    cat: 'audit',
    q: '主管部门 跟 实施单位 好像填反了的 forms（主管部门写的是科室）有哪些？',
    expect: (d) => d.set(F(d, swapped)),
  },
  {
    id: 't41-audit-06',
    cat: 'audit',
    q: '滿意度 寫了 未做 但 得分 是空的（沒寫0）的 forms?',
    expect: (d) => d.set(F(d, notDoneBlank)),
  },
  {
    // a wrong 执行率 or a budget score off by both readings must be listed; the other doubtful rate / budget-score
    // forms and a deviation written on a full-score row (000-008: ≥600 against 521, full score) may be
    id: 't41-audit-07',
    cat: 'audit',
    q: '咱潞源的表有填错的没',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && (rateOff(r) || budgetOffBoth(r))),
        F(d, (r) => LY(r) && (rateDiff(r) || budgetOffAny(r) || deviationOnFull(r))),
      ),
  },
  {
    id: 't41-audit-08',
    cat: 'audit',
    q: '咱潞源负责人没填的有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && ownerMissing(r)).length),
  },
  {
    // 电话 in place of 负责人 (none unfilled), or — widened after the first run — the phones of the lead's projects
    id: 't41-audit-09',
    cat: 'audit',
    pre: '咱潞源负责人没填的有几个',
    q: '电话呢',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && phoneMissing(r));
      const lead = F(d, (r) => LY(r) && ownerMissing(r));
      return d.anyOf(
        d.set(rs),
        d.count(rs.length),
        allOf(
          d.set(lead),
          column(d, '联系电话', lead, (r) => r.phone ?? ''),
        ),
      );
    },
  },
  {
    // TOTAL_MISMATCH (budget 得分 + Σ 得分), or — most 大红门 forms state Σ 得分 alone — a 总分 that is neither sum;
    // widened after the first run: a blank budget 得分 taken as SCORING §2 gives it (three more forms)
    id: 't41-audit-10',
    cat: 'audit',
    q: '大红门那边总分加起来对不上的多不多',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => DHM(r) && totalOff(r)).length),
        d.count(F(d, (r) => DHM(r) && totalNeither(r)).length),
        d.count(F(d, (r) => DHM(r) && totalOffFormula(r)).length),
      ),
  },

  // ---- desk: A 01–03, B 04–06, C 07–10 ----
  {
    id: 't41-desk-01',
    cat: 'desk',
    q: '请问“2023“疏整促”专班经费”的项目负责人是哪位？联系电话是多少？',
    expect: (d) => {
      const r = R(d, '002-007');
      return allOf(d.value(r, r.owner), d.value(r, r.phone));
    },
  },
  {
    id: 't41-desk-02',
    cat: 'desk',
    q: '麻烦查一下“法律顾问”这个项目，主管部门和实施单位分别填的是什么？',
    expect: (d) => {
      const r = R(d, '002-001');
      return d.valueAll(r, r.department, r.implementingUnit);
    },
  },
  {
    id: 't41-desk-03',
    cat: 'desk',
    q: '请问“深化“放管服”改革着力培育和激发市场主体活力发展路径研究”这个项目表上的总分是多少？',
    expect: (d) => d.empty(R(d, '002-004')),
  },
  {
    id: 't41-desk-04',
    cat: 'desk',
    q: '習風園改造項目 的 owner 和 phone 是什麼？',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  {
    id: 't41-desk-05',
    cat: 'desk',
    q: "What's the execution rate of the 朗清园社区警务工作室 project?",
    expect: (d) => {
      const r = R(d, '000-006');
      return d.anyOf(d.value(r, rate(r)), d.value(r, rateComputed(r)));
    },
  },
  {
    id: 't41-desk-06',
    cat: 'desk',
    q: '大红门地区工作专班工作经费 的 负责人 是谁？好像写了两个人',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪'),
  },
  {
    id: 't41-desk-07',
    cat: 'desk',
    q: '统计所经费谁负责的',
    expect: (d) => d.value(R(d, '000-001'), '周蕾莹'),
  },
  {
    id: 't41-desk-08',
    cat: 'desk',
    q: '朗清园那个警务室装修 最后花了多少',
    expect: (d) => d.value(R(d, '000-006'), money(R(d, '000-006'), 'executed')),
  },
  {
    id: 't41-desk-09',
    cat: 'desk',
    q: '接诉即办奖励金 负责人电话多少',
    expect: (d) => d.value(R(d, '000-022'), R(d, '000-022').phone),
  },
  {
    id: 't41-desk-10',
    cat: 'desk',
    q: '公益电影放映那个几分',
    expect: (d) => d.value(R(d, '000-027'), ts(R(d, '000-027'))),
  },

  // ---- no: A 01–03, B 04–06, C 07–10 ----
  {
    id: 't41-no-01',
    cat: 'no',
    q: '请问我们发改委2022年度项目的全年预算合计是多少？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 't41-no-02',
    cat: 'no',
    q: '请问发改委这些项目的政府采购金额一共是多少元？',
    expect: (d) => d.refuse('政府采购'),
  },
  {
    id: 't41-no-03',
    cat: 'no',
    q: '请问我们发改委有没有总分低于90分的项目？',
    expect: (d) => d.set(F(d, (r) => FGW(r) && ts(r) != null && ts(r) < 90)),
  },
  {
    id: 't41-no-04',
    cat: 'no',
    q: '有沒有 時效指標 被扣分的 forms？list them',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && norm(i.level2).includes('时效')))),
  },
  {
    id: 't41-no-05',
    cat: 'no',
    q: 'Show me the 第三方评价 result of the 经济大脑 project.',
    expect: (d) => d.refuse('第三方'),
  },
  {
    // 「2021 年度老旧小区完善类改造项目」 is a 2023 form: the data has no 2021 forms
    id: 't41-no-06',
    cat: 'no',
    q: '2021 年度的 forms 有幾份？',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    id: 't41-no-07',
    cat: 'no',
    q: '咱潞源有满意度没拿满分的吗',
    expect: (d) => d.set(F(d, (r) => LY(r) && satRows(r).some(shortRow))),
  },
  {
    id: 't41-no-08',
    cat: 'no',
    q: '张伟负责的项目有哪些',
    expect: (d) => d.refuse('张伟'),
  },
  {
    id: 't41-no-09',
    cat: 'no',
    q: '明年区里给咱潞源预算多少',
    expect: (d) => d.refuse('明年'),
  },
  {
    id: 't41-no-10',
    cat: 'no',
    pre: '咱潞源一共几个项目',
    q: '2020年的呢',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && r.year === 2020);
      return rs.length ? d.count(rs.length) : noYear(d, '2020', 2020);
    },
  },

  // ---- order: A 01–03, B 04–06, C 07–10 ----
  {
    id: 't41-order-01',
    cat: 'order',
    q: '请问我们发改委的项目按全年预算从高到低排，前三个是哪几个？',
    expect: (d) => d.topMoney(F(d, FGW), 'annualBudget', 3, 'desc'),
  },
  {
    id: 't41-order-02',
    cat: 'order',
    q: '请问全区所有项目里，执行率最低的是哪个项目？',
    expect: (d) => d.anyOf(d.top(d.all, rate, 1, 'asc'), d.top(d.all, rateComputed, 1, 'asc')),
  },
  {
    // 003-007 and 003-022 differ by 0.03 元: ranked by the amount to 0.01 万元 they tie
    id: 't41-order-03',
    cat: 'order',
    q: '请问大红门街道全年执行数最多的五个项目分别是哪些？',
    expect: (d) => d.top(F(d, DHM), key2('executed'), 5, 'desc'),
  },
  {
    id: 't41-order-04',
    cat: 'order',
    q: 'rank 河门口 的 9 個 projects by total score, lowest first',
    expect: (d) => ranked(d, F(d, HMK), ts, 'asc'),
  },
  {
    id: 't41-order-05',
    cat: 'order',
    q: '民生保障办公室 的 projects 裡 budget 前三大 是哪幾個？',
    expect: (d) =>
      d.anyOf(
        d.top(F(d, MS_WIDE), key2('annualBudget'), 3, 'desc'),
        d.top(F(d, MS_EXACT), key2('annualBudget'), 3, 'desc'),
      ),
  },
  {
    id: 't41-order-06',
    cat: 'order',
    q: '2023 年 total score 最低的 5 個 project',
    expect: (d) => d.top(F(d, yr(2023)), ts, 5, 'asc'),
  },
  {
    id: 't41-order-07',
    cat: 'order',
    q: '咱潞源哪个项目钱最多',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'annualBudget'), 1, 'desc'),
  },
  {
    id: 't41-order-08',
    cat: 'order',
    pre: '咱潞源哪个项目钱最多',
    q: '第二呢',
    expect: (d) => nth(d, F(d, LY), (r) => money(r, 'annualBudget'), 2, 'desc'),
  },
  {
    id: 't41-order-09',
    cat: 'order',
    q: '嗯 那个 咱潞源执行率最低的仨 是哪几个',
    expect: (d) => d.anyOf(d.top(F(d, LY), rate, 3, 'asc'), d.top(F(d, LY), rateComputed, 3, 'asc')),
  },
  {
    // 花钱 = 全年执行数; the two largest tie to 0.01 万元: either is the answer
    id: 't41-order-10',
    cat: 'order',
    q: '大红门花钱最多的是哪个 😂',
    expect: (d) => d.top(F(d, DHM), key2('executed'), 1, 'desc'),
  },

  // ---- tally: A 01–03, B 04–06, C 07–10 ----
  {
    id: 't41-tally-01',
    cat: 'tally',
    q: '请问我们发改委2023年度一共报了几个项目的绩效自评表？',
    expect: (d) => d.count(F(d, (r) => FGW(r) && r.year === 2023).length),
  },
  {
    // forms with both amounts that differ; or also the forms whose 年初预算数 is blank beside a 全年预算数
    id: 't41-tally-02',
    cat: 'tally',
    q: '请问全部项目中，年初预算数和全年预算数不一致的一共有多少个？',
    expect: (d) => {
      const both = F(d, differ).length;
      const blank = F(d, (r) => money(r, 'initialBudget') == null && money(r, 'annualBudget') != null).length;
      return d.anyOf(d.count(both), d.count(both + blank));
    },
  },
  {
    id: 't41-tally-03',
    cat: 'tally',
    q: '请问总分低于100分的项目一共有多少个？其中2020年度的有几个？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => ts(r) != null && ts(r) < 100).length),
        d.count(F(d, (r) => ts(r) != null && ts(r) < 100 && r.year === 2020).length),
      ),
  },
  {
    // a satisfaction row scored 0; the doubtful records whose text writes 「5 0 未做」, and the two 未做 rows whose 得分
    // is blank (a reader may take 未做 as 0, SCORING §5), may be counted
    id: 't41-tally-04',
    cat: 'tally',
    q: 'how many forms 的 满意度指标 得分是 0？',
    expect: (d) => {
      const n = F(d, satZero).length;
      return d.countRange(n, n + F(d, notDoneInText(d)).length + F(d, notDoneBlank).length);
    },
  },
  {
    id: 't41-tally-05',
    cat: 'tally',
    q: '偏差原因分析 left empty 但扣了分的 forms 有幾個？',
    expect: (d) => d.count(F(d, devMissing).length),
  },
  {
    id: 't41-tally-06',
    cat: 'tally',
    q: '2020 跟 2023 各有多少 forms？',
    expect: (d) => d.groups({ 2020: F(d, yr(2020)).length, 2023: F(d, yr(2023)).length }),
  },
  {
    id: 't41-tally-07',
    cat: 'tally',
    q: '咱潞源一共几个项目',
    expect: (d) => d.count(F(d, LY).length),
  },
  {
    id: 't41-tally-08',
    cat: 'tally',
    pre: '咱潞源一共几个项目',
    q: '满分的几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
  },
  {
    id: 't41-tally-09',
    cat: 'tally',
    q: '李毅飞手上几个项目',
    expect: (d) => d.count(F(d, (r) => norm(r.owner) === '李毅飞').length),
  },
  {
    id: 't41-tally-10',
    cat: 'tally',
    q: '牛艳维那边几个项目 钱一共多少',
    expect: (d) => {
      const rs = F(d, (r) => norm(r.owner) === '牛艳维');
      return allOf(d.count(rs.length), d.sumMoney(rs, 'annualBudget'));
    },
  },
];
