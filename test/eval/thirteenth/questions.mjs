// The thirteenth part (helper "blind30"): 120 portfolio questions asked by two people over the 169 forms — a 市财政局
// 绩效管理处 reviewer doing a 重点抽查 of the district forms (numbered check items in a report's style: 一、…；二、…,
// asks for the forms as evidence, 口径, 勾稽, 核减, 异常值, 佐证) and a 街道 cashier (出纳) who thinks in money (元 not
// 万元, 分 and 角, a 大写 amount now and then, 到账, 拨付, 支出, 余额, numbers compared across forms). Each line's comment
// says who asks (R: the reviewer, C: the cashier). Written by an author who had not read src/, prompts/, test/ outside
// test/eval/ nor any other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs
// only. Not split. Definitions: ../README.md ("The thirteenth part").
import { money, rate, rateComputed, rows } from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  F,
  groupCount,
  groupSum,
  moneyBandCount,
  noYear,
  PCT,
  phoneNumbers,
  ranked,
  rankOf,
  roundedUp,
  sumBy,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  budget,
  cut,
  DHM,
  FG,
  gapYuan,
  HMK,
  ids,
  init,
  LY,
  left,
  level1Weight,
  lost,
  phoneHas,
  R,
  r1,
  raised,
  rowsOf,
  satWeight,
  spent,
  targetHas,
  topBoth,
  where,
  y,
  yuan,
} from './helpers.mjs';

export const questions = [
  // ---------------------------------------------------------------- desk (10)
  {
    // C: 100000 元 (10 万元); the cashier books in 元, so the figure in 元 is asked
    id: 'th-desk-01',
    cat: 'desk',
    q: '统计所经费全年执行数是多少元？我这边记账按元记',
    expect: (d) => d.value(R(d, '000-001'), 100000),
  },
  {
    // R: the stated rate only (表上填报的): 96 %, not the 96.17 % its amounts give
    id: 'th-desk-02',
    cat: 'desk',
    q: '一、「2023年社区公益事业补助资金」表上填报的预算执行率是多少？以表内所填数据为准。',
    expect: (d) => d.value(R(d, '000-018'), 96),
  },
  {
    // C: 433 万元 = 4330000 元
    id: 'th-desk-03',
    cat: 'desk',
    q: '朗清园警务工作室那个项目，实际支出了多少元？',
    expect: (d) => d.value(R(d, '000-006'), 4330000),
  },
  {
    // R: 002-006's 总分 cell is blank
    id: 'th-desk-04',
    cat: 'desk',
    q: '三、「2023年节能专项资金」总分是否填写，请核实。',
    expect: (d) => d.empty(R(d, '002-006')),
  },
  {
    // C: 张旖斐, 69547757
    id: 'th-desk-05',
    cat: 'desk',
    q: '经济大脑那个项目报账找谁？负责人和电话给我一下',
    expect: (d) => d.valueAll(R(d, '002-005'), '张旖斐', '69547757'),
  },
  {
    // R: the 总分 row's 分值 cell of 002-003 says 1000 (its 总分 is 100)
    id: 'th-desk-06',
    cat: 'desk',
    q: '二、「北京城市副中心产业高质量发展评估体系设计及持续跟踪项目」总分一栏的分值填的是多少？该数是否属于异常值？',
    expect: (d) => d.value(R(d, '002-003'), 1000),
  },
  {
    // C: 上年结转资金 row of 004-002: 8.02 万元 = 80200 元
    id: 'th-desk-07',
    cat: 'desk',
    q: '河西锦苑电梯维护那张表，上年结转资金是多少元？',
    expect: (d) => d.value(R(d, '004-002'), 80200),
  },
  {
    // R: 000-007's 项目负责人 cell is blank
    id: 'th-desk-08',
    cat: 'desk',
    q: '（四）「政法委以奖代补奖励」项目负责人一栏有无填写？',
    expect: (d) => d.empty(R(d, '000-007')),
  },
  {
    // C: the phone of both 双井 forms (孙子懿)
    id: 'th-desk-09',
    cat: 'desk',
    q: '电话67747602是哪个表上留的？',
    expect: (d) => d.set(ids(d, '001-004', '001-005')),
  },
  {
    // C: 1342.2393 万元 = 13422393 元, in figures or in 大写
    id: 'th-desk-10',
    cat: 'desk',
    q: '大红门晨光路拆迁资金支出了多少元？我要填大写金额',
    expect: (d) => d.value(R(d, '003-091'), 13422393, '壹仟叁佰肆拾贰万贰仟叁佰玖拾叁元'),
  },

  // ---------------------------------------------------------------- money (25)
  {
    // C: Σ 全年执行数 of the 22 潞源 forms, in 元 to the 分
    id: 'th-money-01',
    cat: 'money',
    q: '潞源街道所有项目全年执行数加起来是多少元？要精确到分',
    expect: (d) => yuan(d, sumBy(F(d, LY), money, 'executed')),
  },
  {
    // C: 000-015: 34.34 − 34.06795 = 0.27205 万元 = 2720.50 元
    id: 'th-money-02',
    cat: 'money',
    q: '第三批小微项目惠民生那笔钱，预算减掉支出还剩多少元？',
    expect: (d) => yuan(d, left(R(d, '000-015'))),
  },
  {
    // C: 000-016 34.7081 against 000-015 34.06795: 0.64015 万元 = 6401.50 元 (signed or magnitude)
    id: 'th-money-03',
    cat: 'money',
    q: '小微项目惠民生第三批和第四批，实际支出差多少元？',
    expect: (d) => gapYuan(d, spent(R(d, '000-016')) - spent(R(d, '000-015'))),
  },
  {
    // R: Σ执行 ÷ Σ预算 of the 22 潞源 forms: 1703.857769 ÷ 1713.03863 = 99.46 %
    id: 'th-money-04',
    cat: 'money',
    q: '四、按全年执行数合计÷全年预算数合计口径，测算潞源街道项目整体预算执行率。',
    expect: (d) => {
      const rs = F(d, LY);
      return d.number((100 * sumBy(rs, money, 'executed')) / sumBy(rs, money, 'annualBudget'), PCT);
    },
  },
  {
    // C: 000-018: 68 − 65.39337 = 2.60663 万元 = 26066.30 元
    id: 'th-money-05',
    cat: 'money',
    q: '社区公益事业补助资金现在余额多少元？几毛几分也给我',
    expect: (d) => yuan(d, left(R(d, '000-018'))),
  },
  {
    // C: Σ (预算 − 执行) over the 潞源 forms, in 元
    id: 'th-money-06',
    cat: 'money',
    q: '潞源这边所有表的余额加起来一共多少元',
    expect: (d) =>
      yuan(
        d,
        F(d, LY).reduce((s, r) => s + left(r), 0),
      ),
  },
  {
    // R: Σ (全年预算 − 全年执行) over 发改委: 002-002 0.1 and 002-013 0.1 (疏整促 0 either way) = 0.2 万元
    id: 'th-money-07',
    cat: 'money',
    q: '五、发改委各项目全年预算数与全年执行数差额合计为多少万元？',
    expect: (d) => d.number(F(d, FG).reduce((s, r) => s + left(r), 0)),
  },
  {
    // C: the 上年结转资金 row of the 河门口 forms: 5.1 + 8.02 + 1.26 + 14.63 = 29.01 万元
    id: 'th-money-08',
    cat: 'money',
    q: '河门口那边上年结转资金一共多少元？',
    expect: (d) =>
      yuan(
        d,
        sumBy(F(d, HMK), (r, c) => money(r, c, 'carryOver'), 'annualBudget'),
      ),
  },
  {
    // C: the 其中：当年财政拨款 row of the 河门口 forms, 全年执行数: 366.9 万元
    id: 'th-money-09',
    cat: 'money',
    q: '河门口街道当年财政拨款拨付的那部分，全年实际支出合计多少元',
    expect: (d) =>
      yuan(
        d,
        sumBy(F(d, HMK), (r, c) => money(r, c, 'fiscal'), 'executed'),
      ),
  },
  {
    // R: 核减 = 年初 − 全年 where both are filled and 全年 is smaller (37 大红门 forms; the funds lines of the text
    // match the records)
    id: 'th-money-10',
    cat: 'money',
    q: '六、大红门街道办事处项目中，全年预算数较年初预算数核减的，核减金额合计多少万元？',
    expect: (d) => d.number(F(d, DHM).reduce((s, r) => s + (cut(r) ?? 0), 0)),
  },
  {
    // C: 1168.685052 − 63.497351 = 1105.187701 万元 = 11051877.01 元
    id: 'th-money-11',
    cat: 'money',
    q: '城市居民最低生活保障比城乡医疗救助资金多支出了多少元',
    expect: (d) => gapYuan(d, spent(R(d, '003-015')) - spent(R(d, '003-019'))),
  },
  {
    // C: 32.9 − 6.5 = 26.4 万元 = 264000 元
    id: 'th-money-12',
    cat: 'money',
    q: '双井那两张疫情防控的表，其他零余额专项比基本户多花了多少钱？按元说',
    expect: (d) => gapYuan(d, spent(R(d, '001-005')) - spent(R(d, '001-004'))),
  },
  {
    // C: Σ 执行 of the nine 河门口 forms ÷ 9 = 43.99 万元 = 439900 元
    id: 'th-money-13',
    cat: 'money',
    q: '河门口9个项目，平均每个支出多少元？',
    expect: (d) => yuan(d, sumBy(F(d, HMK), money, 'executed') / 9),
  },
  {
    // R: 338 ÷ 395.91 = 85.37 %
    id: 'th-money-14',
    cat: 'money',
    q: '七、「社区文化活动场所（三线干部建设学院）项目」全年执行数占河门口街道全部项目全年执行数的比重是多少？',
    expect: (d) => d.number((100 * spent(R(d, '004-008'))) / sumBy(F(d, HMK), money, 'executed'), PCT),
  },
  {
    // C: 2020 = the two 双井 and nine 河门口 forms: 39.4 + 395.91 = 435.31 万元
    id: 'th-money-15',
    cat: 'money',
    q: '2020年的项目一共支出了多少元',
    expect: (d) => yuan(d, sumBy(F(d, y(2020)), money, 'executed')),
  },
  {
    // C: 姚庆峰's five forms (003-029, 039, 088, 114, 118)
    id: 'th-money-16',
    cat: 'money',
    q: '姚庆峰经手的几个项目，支出合计多少元？',
    expect: (d) =>
      yuan(
        d,
        sumBy(
          where(d, (r) => r.owner === '姚庆峰'),
          money,
          'executed',
        ),
      ),
  },
  {
    // C: 000-020 4 + 000-021 15.999652 = 19.999652 万元 = 199996.52 元
    id: 'th-money-17',
    cat: 'money',
    q: '高博群那两个美术馆、图书馆免费开放补助，一共支出多少元？',
    expect: (d) => yuan(d, spent(R(d, '000-020')) + spent(R(d, '000-021'))),
  },
  {
    // C: 000-021: 16 − 15.999652 = 0.000348 万元 = 3.48 元
    id: 'th-money-18',
    cat: 'money',
    q: '市级的那个美术馆公共图书馆文化馆免费开放补助资金，余额是不是三块四毛八？',
    expect: (d) => yuan(d, left(R(d, '000-021'))),
  },
  {
    // R: 潞源 forms with 全年预算 below 10 万元 (不足: strict; 000-001 at 10 is not counted): six
    id: 'th-money-19',
    cat: 'money',
    q: '八、全年预算数不足壹拾万元的潞源街道项目有几个？',
    expect: (d) => d.count(where(d, LY, (r) => budget(r) < 10).length),
  },
  {
    // C: 大红门's 003-071 693.066301 against 潞源's 000-026 391.92: 301.146301 万元 = 3011463.01 元
    id: 'th-money-20',
    cat: 'money',
    q: '潞源的下沉协管员经费和大红门的下沉街镇城市协管员人员经费，哪个花得多？差多少元？',
    expect: (d) => gapYuan(d, spent(R(d, '003-071')) - spent(R(d, '000-026'))),
  },
  {
    // R: 实施单位 党群工作办公室 (003-077 writes 「处党群工作办公室」) or 党群办 (003-071)
    id: 'th-money-21',
    cat: 'money',
    q: '九、大红门街道党群工作办公室（含写作“党群办”的）实施的项目，全年预算合计多少万元？',
    expect: (d) =>
      d.number(
        sumBy(
          where(d, DHM, (r) => /党群工作办公室|党群办/.test(r.implementingUnit ?? '')),
          money,
          'annualBudget',
        ),
      ),
  },
  {
    // C: 实施单位 平安建设办公室 (seven forms); 003-095 writes 「城乡办、平安办」 and may be counted too
    id: 'th-money-22',
    cat: 'money',
    q: '平安建设办公室实施的那些项目，总共支出多少元',
    expect: (d) => {
      const strict = where(d, (r) => (r.implementingUnit ?? '').includes('平安建设办公室'));
      return d.anyOf(
        yuan(d, sumBy(strict, money, 'executed')),
        yuan(d, sumBy([...strict, R(d, '003-095')], money, 'executed')),
      );
    },
  },
  {
    // C: 全年执行数 below 0.5 万元 (以下: a form on 0.5 may be counted; 疏整促 is far above either way)
    id: 'th-money-23',
    cat: 'money',
    q: '支出在伍仟元以下的项目有几个？',
    expect: (d) => moneyBandCount(d, 'executed', -Infinity, 0.5),
  },
  {
    // R: 000-023 and 000-024: (100 + 100) − (99.726033 + 99.118624) = 1.155343 万元
    id: 'th-money-24',
    cat: 'money',
    q: '十、「2023年城乡基层党组织服务群众经费」区级、市级两个项目全年执行数合计与全年预算数合计相比，差额多少万元？',
    expect: (d) => {
      const rs = ids(d, '000-023', '000-024');
      return d.number(sumBy(rs, money, 'annualBudget') - sumBy(rs, money, 'executed'));
    },
  },
  {
    // C: 003-024: 14 − 13.826848 = 0.173152 万元 = 1731.52 元
    id: 'th-money-25',
    cat: 'money',
    q: '党群服务中心（站）运行经费，年初预算和全年预算差了多少元？',
    expect: (d) => gapYuan(d, init(R(d, '003-024')) - budget(R(d, '003-024'))),
  },

  // ---------------------------------------------------------------- audit (25)
  {
    // R: stated 执行率 against 全年执行数 ÷ 全年预算数, more than one point apart: 000-006 (99.9 / 98.86) and 003-072
    // (80.5 / 100); 003-127 states no rate
    id: 'th-audit-01',
    cat: 'audit',
    q: '一、填报执行率与“全年执行数÷全年预算数”计算结果勾稽不符、差异超过1个百分点的项目，请逐一列明。',
    expect: (d) =>
      d.set(
        F(d, (r) => rate(r) != null && rateComputed(r) != null && Math.abs(rate(r) - rateComputed(r)) > 1),
      ),
  },
  {
    // R: phones of neither 8 nor 11 digits: 002-001 and 003-024 (9 digits); 003-095 holds two numbers (optional);
    // the forms without a phone may be listed too
    id: 'th-audit-02',
    cat: 'audit',
    q: '二、联系电话位数存在异常值（既非8位固话也非11位手机）的表有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(d, (r) => phoneNumbers(r).length !== 1),
      ),
  },
  {
    // R: 发改委's blank 总分: 002-004, 002-006, 002-007
    id: 'th-audit-03',
    cat: 'audit',
    q: '三、发改委报送的自评表中，总分未填写的有几张？',
    expect: (d) => d.count(where(d, FG, (r) => ts(r) == null).length),
  },
  {
    // R: 000-016: 34.7081 ÷ 34.8 = 99.74 % → 9.97 by the formula; the form writes 9.9
    id: 'th-audit-04',
    cat: 'audit',
    q: '四、「2023年第四批“小微项目惠民生”资金」预算执行得分：按执行数÷预算数×分值应得几分？表上填报几分？',
    expect: (d) => {
      const r = R(d, '000-016');
      return d.valueAll(r, Math.round((1000 * spent(r)) / budget(r)) / 100, 9.9);
    },
  },
  {
    // R: RATE_ROUNDED_UP_TO_FULL: 002-002
    id: 'th-audit-05',
    cat: 'audit',
    q: '五、执行率填报100%、但全年执行数小于全年预算数的表，请列出作为佐证。',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    // R: BUDGET_SCORE_MISMATCH over every form: 000-006, 000-016, 000-021, 000-024, 000-025; 003-127's 得分 cell is
    // read from 「100％」 and may be counted or not
    id: 'th-audit-06',
    cat: 'audit',
    q: '六、抽查范围内，预算执行得分与“执行数÷预算数×10”勾稽不符（误差超过0.05分）的表有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScoreOff(r) && r.id !== '003-127'),
        ids(d, '003-127'),
      ),
  },
  {
    // R: 负责人 blank while 联系电话 is filled: the six 潞源 forms (the 河门口 forms have neither row)
    id: 'th-audit-07',
    cat: 'audit',
    q: '七、项目负责人一栏空白、但联系电话有填写的表，请列明。',
    expect: (d) => d.set(F(d, (r) => (r.owner ?? '') === '' && r.owner !== null && (r.phone ?? '') !== '')),
  },
  {
    // R: WEIGHT_SUM in 河门口 (budget 10 + indicator 分值 ≠ 100): 004-001, 004-002, 004-013 (80 each)
    id: 'th-audit-08',
    cat: 'audit',
    q: '八、河门口街道各表中，指标分值合计（含预算执行10分）不等于100分的有哪些？',
    expect: (d) => d.set(where(d, HMK, weightOff)),
  },
  {
    // R: 河门口's rows scored below their 分值 with an empty 偏差原因 (counted row by row; no 河门口 row has a reason)
    id: 'th-audit-09',
    cat: 'audit',
    q: '九、河门口街道扣了分却未填写偏差原因的三级指标，合计多少条？',
    expect: (d) =>
      d.count(
        F(d, HMK).reduce(
          (s, r) => s + rowsOf(r, (i) => lost(i) > 0 && (i.deviation ?? '').trim() === '').length,
          0,
        ),
      ),
  },
  {
    // R: the stated rate below 90 %: 003-072 (80.5 %) alone
    id: 'th-audit-10',
    cat: 'audit',
    q: '十、表上填报的执行率低于90%的，有没有？有的话列出来。',
    expect: (d) => d.set(F(d, (r) => rate(r) != null && rate(r) < 90)),
  },
  {
    // C: 000-006's 成本指标 actual 4333848元 against its 全年执行数 433 万元: 3848 元
    id: 'th-audit-11',
    cat: 'audit',
    q: '朗清园警务工作室那个表，成本指标实际完成值写的金额和全年执行数对不上吧？差多少元',
    expect: (d) => gapYuan(d, 433.3848 - spent(R(d, '000-006'))),
  },
  {
    // R: 004-010's 成本指标 target 「不超预算数5.72万元」 against its 全年预算数 1.61 万元
    id: 'th-audit-12',
    cat: 'audit',
    q: '十二、「“四上”统计工作人员奖励经费项目」成本指标年度指标值所写金额与其全年预算数是否勾稽一致？请分别列示。',
    expect: (d) => d.valueAll(R(d, '004-010'), 5.72, 1.61),
  },
  {
    // R: 潞源 forms whose satisfaction rows add up to less than 10: 000-019 (5); the forms without a satisfaction row
    // (0 points) may be listed too
    id: 'th-audit-13',
    cat: 'audit',
    q: '十三、潞源街道满意度指标分值合计不足10分的表有哪些？',
    expect: (d) =>
      d.setTol(
        where(d, LY, (r) => satWeight(r) > 0 && satWeight(r) < 10),
        where(d, LY, (r) => satWeight(r) < 10),
      ),
  },
  {
    // R: 执行率 below 100 % and the budget row's 得分 at its full 10: by the stated rate 000-006 and 000-023; by the
    // computed rate (two decimals) also 002-002 (99.95 %); each reading whole
    id: 'th-audit-14',
    cat: 'audit',
    q: '十四、执行率未达100%、预算执行却得了满分10分的表，请列出。',
    expect: (d) => {
      const full = (r) => r.funds?.total?.score?.value === 10;
      return d.anyOf(
        d.set(F(d, (r) => full(r) && rate(r) != null && rate(r) < 100)),
        d.set(F(d, (r) => full(r) && rateComputed(r) != null && rateComputed(r) < 100)),
      );
    },
  },
  {
    // R: 年初预算数 written as 0: 003-082 (「0 5.184 5.184 10 100% 10」 in the text)
    id: 'th-audit-15',
    cat: 'audit',
    q: '十五、年初预算数填报为0的异常值，涉及哪些表？',
    expect: (d) => d.set(F(d, (r) => init(r) === 0)),
  },
  {
    // R: 一级指标 分值 against 产出 50 / 效益 30 / 满意度 10: six 发改委 forms differ (002-003 and 002-006 conform)
    id: 'th-audit-16',
    cat: 'audit',
    q: '十六、发改委各表一级指标分值是否符合“产出50、效益30、满意度10”的口径？不符合的请列明。',
    expect: (d) =>
      d.set(
        where(
          d,
          FG,
          (r) =>
            level1Weight(r, '产出') !== 50 ||
            level1Weight(r, '效益') !== 30 ||
            level1Weight(r, '满意度') !== 10,
        ),
      ),
  },
  {
    // R: 核增 (全年 above a filled 年初, 003-082's 0 included) in 大红门: nine forms
    id: 'th-audit-17',
    cat: 'audit',
    q: '十七、大红门街道全年预算数较年初预算数调增（核增）的项目有几个？',
    expect: (d) => d.count(where(d, DHM, raised).length),
  },
  {
    // R: 潞源 by the computed rate (执行数÷预算数) below 99 %: 000-006 (98.86), 000-018 (96.17)
    id: 'th-audit-18',
    cat: 'audit',
    q: '十八、潞源街道按执行数÷预算数口径计算，执行率低于99%的表有哪些？',
    expect: (d) => d.set(where(d, LY, (r) => rateComputed(r) != null && rateComputed(r) < 99)),
  },
  {
    // R: a 年度资金总额 with none of 当年财政拨款 / 上年结转资金 / 其他资金 filled: 000-022 (225 万元; every cell of
    // the three rows blank in the word-text)
    id: 'th-audit-19',
    cat: 'audit',
    q: '十九、资金来源未分列（当年财政拨款、上年结转资金、其他资金均未填写）的表有哪些？',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            money(r, 'annualBudget') != null &&
            ['fiscal', 'carryOver', 'other'].every(
              (row) => money(r, 'annualBudget', row) == null && money(r, 'executed', row) == null,
            ),
        ),
      ),
  },
  {
    // C: 002-005's 成本指标 「3332440.18元」 against its 全年预算数 331.6 万元: 16440.18 元
    id: 'th-audit-20',
    cat: 'audit',
    q: '经济大脑那个表，成本指标写的3332440.18元，跟全年预算数差多少元？',
    expect: (d) => gapYuan(d, 333.244018 - budget(R(d, '002-005'))),
  },
  {
    // R: 大红门 forms whose 年初预算数 is blank (five values on the 年度资金总额 line of the text): 61
    id: 'th-audit-21',
    cat: 'audit',
    q: '二十一、大红门街道年初预算数未填写的表有多少张？',
    expect: (d) => d.count(where(d, DHM, (r) => init(r) == null).length),
  },
  {
    // R: 执行数 equal to 预算数 while the stated rate is not 100 %: 003-072 (80.5 %); 003-127's rate cell is read
    // blank (its 「100％」 taken for the 得分), so it may be listed too
    id: 'th-audit-22',
    cat: 'audit',
    q: '二十二、全年执行数与全年预算数相等、执行率却未填100%的表，请列表佐证。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => spent(r) === budget(r) && rate(r) != null && rate(r) !== 100),
        ids(d, '003-127'),
      ),
  },
  {
    // C: 000-015: 34.06795 ÷ 34.34 = 99.21 % (the form says 99 %)
    id: 'th-audit-23',
    cat: 'audit',
    q: '第三批小微那张表执行率写的99%，我拿支出除预算算一下应该是百分之多少？',
    expect: (d) => d.value(R(d, '000-015'), rateComputed(R(d, '000-015'))),
  },
  {
    // R: 002-013's four 成本指标 actuals 399.9 + 399.95 + 99 + 99.95 = 998.8 against its 全年执行数 999.9: 1.1
    id: 'th-audit-24',
    cat: 'audit',
    q: '二十四、「通州区重大投资项目规划谋划」四项成本指标实际完成值合计与全年执行数勾稽，差多少万元？',
    expect: (d) => {
      const r = R(d, '002-013');
      const sum = rowsOf(r, (i) => (i.level2 ?? '').includes('成本')).reduce(
        (s, i) => s + Number(i.actual),
        0,
      );
      return d.anyOf(d.number(spent(r) - sum), d.number(sum - spent(r)));
    },
  },
  {
    // C: 全年执行数 above 全年预算数 by less than one 分: 003-096 (113.9771984 against 113.977198: 0.004 元)
    id: 'th-audit-25',
    cat: 'audit',
    q: '有没有哪张表支出比预算还多的？哪怕多出不到一分钱也算',
    expect: (d) => d.set(F(d, (r) => spent(r) != null && budget(r) != null && spent(r) > budget(r))),
  },

  // ---------------------------------------------------------------- rows (20)
  {
    // R: 000-018's 参与人数: ≥1500人次 / 12097
    id: 'th-rows-01',
    cat: 'rows',
    q: '一、「2023年社区公益事业补助资金」数量指标“参与人数”的年度指标值与实际完成值各为多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), 1500, 12097),
  },
  {
    // R: 002-002's 经济效益 row 「为区政府节约的资金额（经评审后核减的投资总额）」: 1亿元以上 / 2.5亿元
    id: 'th-rows-02',
    cat: 'rows',
    q: '二、政府投资项目评估审核费中“经评审后核减的投资总额”这项指标，年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '002-002'), '1亿元', '2.5亿元'),
  },
  {
    // R: 002-003's 质量指标 rows: three
    id: 'th-rows-03',
    cat: 'rows',
    q: '三、「北京城市副中心产业高质量发展评估体系设计及持续跟踪项目」质量指标设置了几条？',
    expect: (d) => d.count(rowsOf(R(d, '002-003'), (i) => (i.level2 ?? '').includes('质量')).length),
  },
  {
    // R: 000-026's 成本 row 全年资金: ≤430万元 / 391.92万元
    id: 'th-rows-04',
    cat: 'rows',
    q: '四、「2023年下沉协管员经费」成本指标年度指标值、实际完成值口径各是多少？',
    expect: (d) => d.valueAll(R(d, '000-026'), 430, 391.92),
  },
  {
    // C: 000-008's 数量 row 购买慰问品米、面、油: ≥600 / 521 (scored 10 of 10)
    id: 'th-rows-05',
    cat: 'rows',
    q: '政法委群防群治补助经费那个米面油慰问品，指标上写买多少，实际买了多少？',
    expect: (d) => d.valueAll(R(d, '000-008'), 600, 521),
  },
  {
    // R: 河门口 forms with a satisfaction row scored below its 分值: 004-001, 004-002, 004-007, 004-013 (9 of 10)
    id: 'th-rows-06',
    cat: 'rows',
    q: '六、河门口街道满意度指标未得满分的表有哪些？',
    expect: (d) =>
      d.set(
        where(d, HMK, (r) => rowsOf(r, (i) => (i.level1 ?? '').includes('满意度') && lost(i) > 0).length > 0),
      ),
  },
  {
    // R: 004-007's rows below their 分值: 构建“人大代表之家”平台 (19/20), 为辖区经济发展出谋划策 (9/10), 辖区居民满意度
    // (9/10)
    id: 'th-rows-07',
    cat: 'rows',
    q: '七、「人大代表之家及村（社区）儿童之家维护工作经费」被扣分的是哪几条三级指标？',
    expect: (d) => d.valueAll(R(d, '004-007'), '平台', '出谋划策', '辖区居民满意度'),
  },
  {
    // R: 生态效益 rows of the 2020 forms: one in each 河门口 form, none in the 双井 forms
    id: 'th-rows-08',
    cat: 'rows',
    q: '八、2020年度各表中，生态效益指标共设置多少条？',
    expect: (d) =>
      d.count(
        F(d, y(2020)).reduce((s, r) => s + rowsOf(r, (i) => (i.level2 ?? '').includes('生态')).length, 0),
      ),
  },
  {
    // R: Σ 分值 of the 可持续影响 rows of 发改委: 002-001 5, 002-003 5, 002-006 5, 002-013 25 = 40
    id: 'th-rows-09',
    cat: 'rows',
    q: '九、发改委所属项目中，可持续影响指标的分值合计是多少？',
    expect: (d) =>
      d.number(
        F(d, FG).reduce(
          (s, r) =>
            s +
            rowsOf(r, (i) => (i.level2 ?? '').includes('可持续')).reduce((t, i) => t + (i.weight ?? 0), 0),
          0,
        ),
      ),
  },
  {
    // R: 000-021's 制作文化宣传品: ≥100件 / 280
    id: 'th-rows-10',
    cat: 'rows',
    q: '十、「2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（市级）」“制作文化宣传品”指标值和实际完成值是多少？',
    expect: (d) => d.valueAll(R(d, '000-021'), 100, 280),
  },
  {
    // R: 000-009's rows whose 年度指标值 is 「优良中差」: eight
    id: 'th-rows-11',
    cat: 'rows',
    q: '十一、「2023年通州区潞源街道重点区域精细化管控项目」年度指标值填写为“优良中差”的指标有几条？',
    expect: (d) => d.count(rowsOf(R(d, '000-009'), targetHas('优良中差')).length),
  },
  {
    // R: 001-004's satisfaction row: 「社区对疫情防控物资发放等相关工作满意率达90%」 / 「已完成」
    id: 'th-rows-12',
    cat: 'rows',
    q: '十二、「双井街道疫情防控资金—基本户」满意度指标的年度指标值和实际完成值是怎么填的？',
    expect: (d) => d.valueAll(R(d, '001-004'), '满意率达90%', '已完成'),
  },
  {
    // R: Σ (分值 − 得分) of each 河门口 form, per form (2, 2, 3, 2, 2, 2, 3, 2, 3; 21 in all)
    id: 'th-rows-13',
    cat: 'rows',
    q: '十三、河门口街道各表三级指标扣分情况，请按表分别统计扣分合计。',
    expect: (d) =>
      groupSum(
        d,
        (r) => r.projectName,
        (r) => rows(r).reduce((t, i) => t + lost(i), 0),
        F(d, HMK),
      ),
  },
  {
    // R: 002-006's 经济效益 row: 以市级下达为准 (target and actual)
    id: 'th-rows-14',
    cat: 'rows',
    q: '十四、「2023年节能专项资金」经济效益指标的年度指标值和实际完成值分别是什么？',
    expect: (d) => d.value(R(d, '002-006'), '以市级下达为准'),
  },
  {
    // C: 000-005's 成本 row 项目经费: 12.48263万元
    id: 'th-rows-15',
    cat: 'rows',
    q: '第五次经济普查经费那张表，成本指标上写的是多少钱？',
    expect: (d) => d.value(R(d, '000-005'), 12.48263),
  },
  {
    // R: 000-006's 工程质保期: ≥1年 / 2年
    id: 'th-rows-16',
    cat: 'rows',
    q: '十六、朗清园社区警务工作室装饰装修项目“工程质保期”指标，年度指标值与实际完成值各是多少？',
    expect: (d) => d.valueAll(R(d, '000-006'), '1年', '2年'),
  },
  {
    // R: 2020 satisfaction rows whose 年度指标值 is 「满意度达90%」: 004-007 to 004-012, six
    id: 'th-rows-17',
    cat: 'rows',
    q: '十七、2020年度表格中，年度指标值写作“满意度达90%”的满意度指标共几条？',
    expect: (d) =>
      d.count(
        F(d, y(2020)).reduce(
          (s, r) =>
            s + rowsOf(r, (i) => (i.level1 ?? '').includes('满意度') && i.target === '满意度达90%').length,
          0,
        ),
      ),
  },
  {
    // R: 002-007's 成本 row target 1863180 (元 written without a unit, while the form's funds are in 万元)
    id: 'th-rows-18',
    cat: 'rows',
    q: '十八、「2023“疏整促”专班经费」成本指标年度指标值填的是多少？请注意计量口径。',
    expect: (d) => d.value(R(d, '002-007'), 1863180),
  },
  {
    // C: 000-019's 开展接诉即办未诉先办工作: actual 12
    id: 'th-rows-19',
    cat: 'rows',
    q: '接诉即办-社区那张表，“开展接诉即办未诉先办工作”实际完成了多少？',
    expect: (d) => d.value(R(d, '000-019'), 12),
  },
  {
    // R: forms with fewer than three indicator rows: 000-027 (two)
    id: 'th-rows-20',
    cat: 'rows',
    q: '二十、三级指标设置少于3条的表有哪些？',
    expect: (d) => d.set(F(d, (r) => rows(r).length < 3)),
  },

  // ---------------------------------------------------------------- tally (10)
  {
    // C: 89538675 is the phone of 000-015 to 000-021 (seven forms; found seven times in the 000 text)
    id: 'th-tally-01',
    cat: 'tally',
    q: '89538675这个电话一共在几张表上出现过？',
    expect: (d) => d.count(F(d, phoneHas('89538675')).length),
  },
  {
    // R: 发改委 by 实施单位 as written
    id: 'th-tally-02',
    cat: 'tally',
    q: '二、请按实施单位口径分组统计发改委的项目个数。',
    expect: (d) => groupCount(d, (r) => r.implementingUnit, F(d, FG)),
  },
  {
    // R: 潞源 总分 below 100: 000-015, 016, 018, 021, 024, 025, 027
    id: 'th-tally-03',
    cat: 'tally',
    q: '三、潞源街道总分未满100分的表有几张？',
    expect: (d) => d.count(where(d, LY, (r) => ts(r) != null && ts(r) < 100).length),
  },
  {
    // C: forms with money left (执行数 below 预算数): ten
    id: 'th-tally-04',
    cat: 'tally',
    q: '钱没花完、还有余额的表一共几张？',
    expect: (d) => d.count(F(d, (r) => left(r) != null && left(r) > 1e-9).length),
  },
  {
    // R: the mean 总分 of the 22 潞源 forms
    id: 'th-tally-05',
    cat: 'tally',
    q: '五、潞源街道各表平均总分是多少？',
    expect: (d) => d.avg(F(d, LY), ts),
  },
  {
    // R: 全年预算数 per year; 疏整促's cell as written or as 元 changes the 2023 figure
    id: 'th-tally-06',
    cat: 'tally',
    q: '六、请按年度汇总全年预算数。',
    expect: (d) =>
      d.anyOf(
        groupSum(d, (r) => r.year, budget),
        groupSum(
          d,
          (r) => r.year,
          (r) => (r.id === '002-007' ? budget(r) / 10000 : budget(r)),
        ),
      ),
  },
  {
    // C: 姚庆峰's forms: five
    id: 'th-tally-07',
    cat: 'tally',
    q: '姚庆峰手上一共几张表？',
    expect: (d) => d.count(where(d, (r) => r.owner === '姚庆峰').length),
  },
  {
    // R: 全年预算数 between 200 and 500 万元 (a form on a bound may be counted; 疏整促 is outside either way)
    id: 'th-tally-08',
    cat: 'tally',
    q: '八、全年预算数在200万元至500万元之间的项目有多少个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', 200, 500),
  },
  {
    // R: 发改委 by 项目负责人: 邱程 2, the other six 1
    id: 'th-tally-09',
    cat: 'tally',
    q: '九、发改委项目按项目负责人分组统计个数。',
    expect: (d) => groupCount(d, (r) => r.owner, F(d, FG)),
  },
  {
    // C: 潞源 forms whose 执行率 is not 100 %: eight by the stated rate, seven by the computed one (000-021 gives
    // 99.998 %, shown as 100.00)
    id: 'th-tally-10',
    cat: 'tally',
    q: '潞源有几张表执行率不是100%？',
    expect: (d) =>
      d.anyOf(
        d.count(where(d, LY, (r) => rate(r) != null && rate(r) !== 100).length),
        d.count(where(d, LY, (r) => rateComputed(r) != null && rateComputed(r) !== 100).length),
      ),
  },

  // ---------------------------------------------------------------- order (10)
  {
    // C: 潞源 by 余额, top 3: 000-006 (50000 元), 000-018 (26066.30 元), 000-024 (8813.76 元)
    id: 'th-order-01',
    cat: 'order',
    q: '潞源哪几张表余额最多？排前三，金额按元给我',
    expect: (d) => d.top(F(d, LY), (r) => r1(left(r)), 3, 'desc'),
  },
  {
    // R: every 河门口 form by 全年执行数, descending (no ties)
    id: 'th-order-02',
    cat: 'order',
    q: '二、河门口街道各项目按全年执行数由高到低排序。',
    expect: (d) => ranked(d, F(d, HMK), (r) => r1(spent(r)), 'desc'),
  },
  {
    // C: 姚庆峰's smallest 执行数: 003-114 (30.96)
    id: 'th-order-03',
    cat: 'order',
    q: '姚庆峰那几个表，哪个支出最少？',
    expect: (d) =>
      d.top(
        where(d, (r) => r.owner === '姚庆峰'),
        (r) => r1(spent(r)),
        1,
        'asc',
      ),
  },
  {
    // R: 大红门's three largest 核减: 003-015 (151.31), 003-130 (12.47), 003-036 (8.54)
    id: 'th-order-04',
    cat: 'order',
    q: '四、大红门街道全年预算较年初预算核减金额最大的前三个项目。',
    expect: (d) => d.top(F(d, DHM), (r) => r1(cut(r)), 3, 'desc'),
  },
  {
    // R: 潞源's form with most indicator rows: 000-009 (16)
    id: 'th-order-05',
    cat: 'order',
    q: '五、潞源街道三级指标条数最多的是哪张表？',
    expect: (d) => d.top(F(d, LY), (r) => rows(r).length, 1, 'desc'),
  },
  {
    // R: 发改委's lowest rate by 执行数÷预算数: 002-002 (99.95 %; 疏整促 gives 100 % either way)
    id: 'th-order-06',
    cat: 'order',
    q: '六、发改委各项目按执行数÷预算数计算的执行率，最低的是哪个？',
    expect: (d) => d.top(F(d, FG), rateComputed, 1, 'asc'),
  },
  {
    // C: 习风园改造项目 in 河门口 by 执行数: second (338 first)
    id: 'th-order-07',
    cat: 'order',
    q: '习风园改造项目在河门口所有项目里支出排第几？',
    expect: (d) => rankOf(d, F(d, HMK), R(d, '004-011'), (r) => r1(spent(r)), 'desc'),
  },
  {
    // C: 牛艳维's three largest 执行数: 003-015 (1168.69), 003-078 (130), 003-083 (108)
    id: 'th-order-08',
    cat: 'order',
    q: '牛艳维名下支出最多的三个表是哪几个',
    expect: (d) =>
      d.top(
        where(d, (r) => r.owner === '牛艳维'),
        (r) => r1(spent(r)),
        3,
        'desc',
      ),
  },
  {
    // R: the 2020 forms by 总分 ascending, the lowest three: 004-007, 004-011, 004-013 (97 each; the rest 98 or 100)
    id: 'th-order-09',
    cat: 'order',
    q: '九、2020年度各表总分由低到高排列，请列出最低的三张。',
    expect: (d) => d.top(F(d, y(2020)), ts, 3, 'asc'),
  },
  {
    // C: the five largest 执行数 over every form, both readings of 疏整促's cell (003-007 / 003-022 tie to 1 元)
    id: 'th-order-10',
    cat: 'order',
    q: '所有表里支出最多的五个，按元列出来',
    expect: (d) => topBoth(d, d.all, 'executed', 5, 'desc'),
  },

  // ---------------------------------------------------------------- no (10)
  {
    // C: the forms hold no date of payment
    id: 'th-no-01',
    cat: 'no',
    q: '统计所经费那笔钱是哪天到账的？',
    expect: (d) => d.refuse('到账'),
  },
  {
    // R: the forms hold no 佐证材料
    id: 'th-no-02',
    cat: 'no',
    q: '二、请调取「2023年下沉协管员经费」的佐证材料原件。',
    expect: (d) => d.refuse('佐证材料'),
  },
  {
    // C: no invoice numbers
    id: 'th-no-03',
    cat: 'no',
    q: '帮我查下朗清园警务工作室那个项目的发票号',
    expect: (d) => d.refuse('发票'),
  },
  {
    // R: no 海淀区 form (a refusal or nothing listed)
    id: 'th-no-04',
    cat: 'no',
    q: '四、海淀区各街道报送的项目支出绩效自评表情况如何？',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  {
    // C: a request to change a record
    id: 'th-no-05',
    cat: 'no',
    q: '把第三批小微那张表的执行数改成34.34万，跟预算对平',
    expect: (d) => d.refuse('改'),
  },
  {
    // R: no 2021 forms (a refusal, the year named, or nothing listed)
    id: 'th-no-06',
    cat: 'no',
    q: '六、2021年度项目支出绩效自评表共报送几张？',
    expect: (d) => noYear(d, '2021年度', 2021),
  },
  {
    // C: no bank accounts
    id: 'th-no-07',
    cat: 'no',
    q: '双井疫情防控资金基本户的银行账号是多少',
    expect: (d) => d.refuse('银行账号'),
  },
  {
    // R: no 三公经费 on a 项目支出 form
    id: 'th-no-08',
    cat: 'no',
    q: '八、请汇总各项目三公经费支出情况。',
    expect: (d) => d.refuse('三公经费'),
  },
  {
    // C: a yearly form holds no monthly figures
    id: 'th-no-09',
    cat: 'no',
    q: '大红门街道上个月支出了多少元？',
    expect: (d) => d.refuse('上个月'),
  },
  {
    // R: the forms do not say who set a grade
    id: 'th-no-10',
    cat: 'no',
    q: '十、各项目绩效评价等级由哪家第三方机构评定？请列明机构名称。',
    expect: (d) => d.refuse('第三方'),
  },

  // ---------------------------------------------------------------- talk (10)
  {
    // R: two asks in one message: 潞源's count (22) and its forms below 100 (seven)
    id: 'th-talk-01',
    cat: 'talk',
    q: '一、潞源街道报送项目共几个；二、其中总分未达100分的是哪几个。',
    expect: (d) => allOf(d.count(F(d, LY).length), d.set(where(d, LY, (r) => ts(r) != null && ts(r) < 100))),
  },
  {
    // C: follow-up: the same per-form 执行数, for 河门口 (its nine forms)
    id: 'th-talk-02',
    cat: 'talk',
    pre: '双井街道那两个疫情防控资金各支出了多少元',
    q: '那河门口的呢？',
    expect: (d) => d.set(F(d, HMK)),
  },
  {
    // C: follow-up cut at two: 000-006 and 000-018, in that order
    id: 'th-talk-03',
    cat: 'talk',
    pre: '潞源街道余额最多的五张表',
    q: '只要前两个',
    expect: (d) => d.top(F(d, LY), (r) => r1(left(r)), 2, 'desc'),
  },
  {
    // R: two asks: 法律顾问's 主管部门 (办公室) and 实施单位 (通州区发改委)
    id: 'th-talk-04',
    cat: 'talk',
    q: '一、「法律顾问」项目主管部门如何填写；二、实施单位如何填写。',
    expect: (d) => allOf(d.value(R(d, '002-001'), '办公室'), d.value(R(d, '002-001'), '通州区发改委')),
  },
  {
    // C: 发改委's 执行数 in 元 with 疏整促's cell read as 186.318 万元, as the cashier says: 20367180 元
    id: 'th-talk-05',
    cat: 'talk',
    q: '在吗 帮我看下发改委那几个表支出一共多少元 疏整促那个按186.318万算',
    expect: (d) =>
      yuan(
        d,
        sumBy(F(d, FG), (r, c) => (r.id === '002-007' ? money(r, c) / 10000 : money(r, c)), 'executed'),
      ),
  },
  {
    // R: follow-up: of 大红门's 核减 forms, those cut by more than 5 万元 (seven)
    id: 'th-talk-06',
    cat: 'talk',
    pre: '大红门街道全年预算数较年初预算数核减的项目有哪些',
    q: '其中核减金额超过5万元的呢？',
    expect: (d) => d.set(where(d, DHM, (r) => cut(r) != null && cut(r) > 5)),
  },
  {
    // C: follow-up: 张宏's twelve forms, their 执行数 summed in 元
    id: 'th-talk-07',
    cat: 'talk',
    pre: '张宏负责几张表',
    q: '它们一共支出多少元？',
    expect: (d) =>
      yuan(
        d,
        sumBy(
          where(d, (r) => r.owner === '张宏'),
          money,
          'executed',
        ),
      ),
  },
  {
    // R: two asks: the 2020 forms (11) and their 全年预算 (435.31 万元)
    id: 'th-talk-08',
    cat: 'talk',
    q: '一、2020年度项目共几个；二、上述项目全年预算数合计多少万元。',
    expect: (d) =>
      allOf(d.count(F(d, y(2020)).length), d.number(sumBy(F(d, y(2020)), money, 'annualBudget'))),
  },
  {
    // C: 000-006: 438 − 433 = 5 万元 = 50000 元
    id: 'th-talk-09',
    cat: 'talk',
    q: '朗清园警务室那个 钱没花完吧？还剩多少元',
    expect: (d) => yuan(d, left(R(d, '000-006'))),
  },
  {
    // R: follow-up: 发改委's eight forms by 全年预算数, descending; 疏整促's cell as written (first) or as 元 (186.318)
    id: 'th-talk-10',
    cat: 'talk',
    pre: '发改委所属项目清单',
    q: '请按全年预算数从高到低排列，并注明金额口径。',
    expect: (d) =>
      d.anyOf(
        ranked(d, F(d, FG), (r) => r1(budget(r)), 'desc'),
        ranked(d, F(d, FG), (r) => r1(r.id === '002-007' ? budget(r) / 10000 : budget(r)), 'desc'),
      ),
  },
];
