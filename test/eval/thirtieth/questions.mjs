// The thirtieth part (helper "blind47"): 120 portfolio questions asked by three people over the 169 forms — (S) a
// member of the 区人大 预算工作委员会 at a budget review meeting, in a formal written register (请问…，并说明…; …分别是多少;
// 全年预算数, 全年执行数, 执行率, 自评总分; a list in a stated order), (T) a newly hired young clerk typing fast on a phone
// (no punctuation, ys for 预算, top3 / total / list / ok?, homophone typos of the pinyin IME: 执行律, 满意读, 负责仁, 路源,
// 大洪门; an emoji now and then), and (U) an auditor of the 区审计局 writing 疑点 (勾稽关系, 逻辑校验, 表内不平衡, 数据不一致,
// 填报不规范, 口径, 疑似, 抽查). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any
// other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split.
// Definitions: ../README.md ("The thirtieth part").
import {
  belowWeight,
  blank,
  budgetScore,
  money,
  norm,
  noSat,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetRowDoubt,
  column,
  F,
  moneyBand,
  noYear,
  nth,
  PCT,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  adjust,
  bareNone,
  budgetScored,
  DHM,
  devOnFull,
  FG,
  figures,
  HMK,
  LY,
  left,
  level1Off,
  meanOf,
  oneOf,
  owner,
  R,
  RATES,
  RATES_COMPUTED,
  READERS,
  SJ,
  satNotDoneNoScore,
  satZero,
  short,
  subsets,
  sumOf,
  totalIsRowsOnly,
  yr,
  yuanKey,
} from './helpers.mjs';

const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));
/** 民生保障办公室 as 实施单位: 003-055 writes 「民生保障办公室是」 (the same office, or left out by an exact match). */
const MS_IN = (r) => norm(r.implementingUnit).includes('民生保障办公室');
const MS_EXACT = (r) => norm(r.implementingUnit) === '民生保障办公室';
/** 城乡管理办公室 as 实施单位; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
const CX = (r) => norm(r.implementingUnit).includes('城乡管理办公室');
const CX_WIDE = (r) => CX(r) || ['003-054', '003-095'].includes(r.id);
/** A 年初 and a 全年 both written and different (a 年初 of 0 is written). */
const differs = (r) => adjust(r) != null && Math.abs(adjust(r)) > 1e-9;
/** 调减 = 年初 − 全年 (年初 above 全年). */
const cut = (r) => (adjust(r) != null && adjust(r) < 0 ? -adjust(r) : null);
const exec = (r) => money(r, 'executed');
const annual = (r) => money(r, 'annualBudget');

export const questions = [
  // ---------------------------------------------------------------- audit
  {
    // S. TOTAL_MISSING (002-004, 002-006, 002-007), with each one's 主管部门 as written.
    id: 't30-audit-01',
    cat: 'audit',
    q: '请问自评总分未填报的项目有哪些，并说明各项目的主管部门。',
    expect: (d) => {
      const rs = F(d, (r) => r.totalScore == null);
      return allOf(
        d.set(rs),
        column(d, '主管部门', rs, (r) => r.department),
      );
    },
  },
  {
    // S. RATE_MISMATCH (000-006, 003-072); a form whose stated rate differs from the computed one only by its
    // rounding or truncation (rateDiff) may be counted: 2 to 10.
    id: 't30-audit-02',
    cat: 'audit',
    q: '请问执行率填报数与按全年执行数÷全年预算数计算的结果不一致的项目有几个？',
    expect: (d) => d.countRange(F(d, rateOff).length, F(d, (r) => rateOff(r) || rateDiff(r)).length),
  },
  {
    // S. EXECUTED_EXCEEDS_BUDGET: none for certain; 003-096 exceeds by 0.0000004 万元 (optional).
    id: 't30-audit-03',
    cat: 'audit',
    q: '请问是否存在全年执行数大于全年预算数的项目？如有，请列出。',
    expect: (d) =>
      d.setTol(
        [],
        F(d, (r) => exec(r) != null && exec(r) > annual(r)),
      ),
  },
  {
    // S. TOTAL_WEIGHT_NOT_100 (002-003 writes 1000) and its stated 总分 (100).
    id: 't30-audit-04',
    cat: 'audit',
    q: '请问总分一栏分值未按100分填写的是哪一张表，其自评总分是多少？',
    expect: (d) => {
      const rs = F(d, (r) => r.totalWeight != null && r.totalWeight !== 100);
      return allOf(d.set(rs), d.value(rs[0], rs[0].totalScore));
    },
  },
  {
    // S. WEIGHT_SUM: budget 分值 + Σ 指标分值 ≠ 100.
    id: 't30-audit-05',
    cat: 'audit',
    q: '请问三级指标分值与预算执行分值合计不等于100分的表格共有多少份？',
    expect: (d) => d.count(F(d, weightOff).length),
  },
  {
    // T. TOTAL_MISMATCH counted: stated 总分 ≠ budget 得分 + Σ 指标得分 (± 0.1), 81; 平安建设经费 (budgetRowDoubt: its
    // 「100％」 may be the rate, the budget 得分 then missing) may be left out: 80 to 81. A blank budget 得分 may also be
    // read as the score its rate gives (10 on 003-080, 003-112, 003-141, whose 总分 is Σ 指标得分 alone): 84; and every
    // budget 得分 as SCORING §2's s_budget = min(rate, 1) × 分值 (§8's TOTAL_MISMATCH to the letter): 87. Widened after
    // the first run (it had 80 to 81 only).
    id: 't30-audit-06',
    cat: 'audit',
    q: '总分跟明细加起来对不上的有几个',
    expect: (d) => {
      const sumRows = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
      const sBudget = (r) => {
        const a = annual(r);
        return a ? Math.min(exec(r) / a, 1) * (r.funds.total.weight?.value ?? 10) : null;
      };
      const off = (b) => (r) => ts(r) != null && b(r) != null && Math.abs(ts(r) - b(r) - sumRows(r)) > 0.1;
      return d.anyOf(
        d.countRange(F(d, (r) => totalOff(r) && !budgetRowDoubt(r)).length, F(d, totalOff).length),
        d.count(
          F(
            d,
            off((r) => budgetScore(r) ?? sBudget(r)),
          ).length,
        ),
        d.count(F(d, off(sBudget)).length),
      );
    },
  },
  {
    // T. 电话多打了一位: the 9-digit numbers (002-001, 003-024); 003-095's two numbers in one cell may be listed.
    id: 't30-audit-07',
    cat: 'audit',
    q: '电话号码多打了一位的是哪几个表',
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length === 9)),
        F(d, (r) => phoneNumbers(r).length > 1),
      ),
  },
  {
    // T. RATE_ROUNDED_UP_TO_FULL: stated 100 % while 全年执行数 < 全年预算数 (002-002).
    id: 't30-audit-08',
    cat: 'audit',
    q: '执行率写的100%其实钱没花完的有哪些',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    // T (大洪门 = 大红门). DEVIATION_MISSING in 大红门: 003-018, 003-140; 003-055 (its reason printed under the row,
    // filed by the record as the next row's name) may be counted.
    id: 't30-audit-09',
    cat: 'audit',
    q: '大洪门扣了分没写原因的有几个',
    expect: (d) => d.countRange(2, 3),
  },
  {
    // T (路源 = 潞源). No satisfaction row at all in 潞源 (9 forms; no doubtful record there).
    id: 't30-audit-10',
    cat: 'audit',
    q: '路源哪些项目没有满意度指标',
    expect: (d) => d.set(F(d, and(LY, noSat))),
  },
  {
    // U. BUDGET_SCORE_MISMATCH: 得分 ≠ min(执行率, 1) × 分值 (± 0.05), the rate from the amounts (000-006, 000-016,
    // 000-021, 000-024, 000-025) or as stated (000-024, 000-025, 003-072); 平安建设经费 (budgetRowDoubt) optional.
    id: 't30-audit-11',
    cat: 'audit',
    q: '请列出预算执行得分与执行率勾稽关系不符（得分≠执行率×分值）的表格清单。',
    expect: (d) => {
      const off = (k) => (r) =>
        k(r) != null &&
        budgetScore(r) != null &&
        Math.abs(budgetScore(r) - Math.min(k(r) / 100, 1) * r.funds.total.weight.value) > 0.05;
      return d.anyOf(
        ...RATES.map((k) =>
          d.setTol(
            F(d, (r) => off(k)(r) && !budgetRowDoubt(r)),
            F(d, (r) => off(k)(r) || budgetRowDoubt(r)),
          ),
        ),
      );
    },
  },
  {
    // U. 总分 = Σ 指标得分 with a written budget 得分 above 0 (72); a blank or doubtful budget 得分 with such a total
    // may be counted (76).
    id: 't30-audit-12',
    cat: 'audit',
    q: '逻辑校验发现表内不平衡：自评总分等于各三级指标得分之和、疑似未计入预算执行得分的表格有多少份？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => totalIsRowsOnly(r) && budgetScored(r) && !budgetRowDoubt(r)).length,
        F(d, totalIsRowsOnly).length,
      ),
  },
  {
    // U. FUNDS_UNIT_SUSPECT: 002-007 writes 1,863,180 in the 万元 column.
    id: 't30-audit-13',
    cat: 'audit',
    q: '抽查资金单位填报是否规范，万元栏内疑似按元填报的是哪个项目？',
    expect: (d) => d.set(F(d, (r) => (annual(r) ?? 0) >= 100000 || (exec(r) ?? 0) >= 100000)),
  },
  {
    // U. A satisfaction row scored 0 in 大红门 (21); the three satDoubt forms whose text prints 「5 0 未做」 and the two
    // 未做 rows with an empty 得分 (003-094, 003-135) may be counted: 21 to 26.
    id: 't30-audit-14',
    cat: 'audit',
    q: '大红门街道满意度指标得分为0的表格有多少张？',
    expect: (d) => {
      const must = F(d, and(DHM, satZero)).length;
      const may = F(
        d,
        (r) => DHM(r) && !satZero(r) && (satNotDoneNoScore(r) || (satDoubt(r) && r.id !== '003-119')),
      ).length;
      return d.countRange(must, must + may);
    },
  },
  {
    // U. LEVEL1_WEIGHTS_NONSTANDARD in 发改委: Σ 分值 per 一级 label is not 产出50 / 效益30 / 满意度10 (6 of 8).
    id: 't30-audit-15',
    cat: 'audit',
    q: '发改委一级指标权重不符合产出50、效益30、满意度10口径的表格有几张？',
    expect: (d) => d.count(F(d, and(FG, level1Off)).length),
  },

  // ---------------------------------------------------------------- desk
  {
    // S. 000-018: 全年预算数 68, 全年执行数 65.39337.
    id: 't30-desk-01',
    cat: 'desk',
    q: '请问2023年社区公益事业补助资金的全年预算数和全年执行数分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), 68, 65.39337),
  },
  {
    // S. 000-006 (朗清园): 执行率 stated 99.9 or computed 98.86, and 总分 100.
    id: 't30-desk-02',
    cat: 'desk',
    q: '请问朗清园社区警务工作室项目的执行率和自评总分分别是多少？',
    expect: (d) => {
      const r = R(d, '000-006');
      return d.anyOf(d.valueAll(r, 99.9, 100), d.valueAll(r, 98.86, 100));
    },
  },
  {
    // S. 平安建设经费 (003-127): the 执行率 cell is empty (the 「100％」 read as the 得分); its amounts give 100 %.
    id: 't30-desk-03',
    cat: 'desk',
    q: '请问平安建设经费的执行率是多少？',
    expect: (d) => {
      const r = R(d, '003-127');
      return d.anyOf(d.value(r, 100), d.empty(r));
    },
  },
  {
    // S. 习风园改造项目 (004-011): no 项目负责人 / 联系电话 row at all.
    id: 't30-desk-04',
    cat: 'desk',
    q: '请问习风园改造项目的项目负责人和联系电话分别是什么？',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  {
    // S. 疏整促 (002-007): 年初预算数 left empty.
    id: 't30-desk-05',
    cat: 'desk',
    q: '请问“疏整促”专班经费的年初预算数是多少？',
    expect: (d) => d.empty(R(d, '002-007')),
  },
  {
    // T (负责仁 = 负责人). 晨光路拆迁资金 (003-091): 王璐, 67270318.
    id: 't30-desk-06',
    cat: 'desk',
    q: '晨光路拆迁负责仁是谁 电话多少',
    expect: (d) => d.valueAll(R(d, '003-091'), '王璐', '67270318'),
  },
  {
    // T (执行绿 = 执行率). 2021年度老旧小区完善类改造项目 (003-007): 100 % by both readings.
    id: 't30-desk-07',
    cat: 'desk',
    q: '老旧小区改造执行绿多少',
    expect: (d) => d.value(R(d, '003-007'), 100),
  },
  {
    // T. 法律顾问 (002-001): 总分 100.
    id: 't30-desk-08',
    cat: 'desk',
    q: '法律顾问总分几分',
    expect: (d) => d.value(R(d, '002-001'), 100),
  },
  {
    // T. 经济大脑 (002-005): 全年预算 331.6 (钱 / ys alone = 全年预算数).
    id: 't30-desk-09',
    cat: 'desk',
    q: '经济大脑ys多少',
    expect: (d) => d.value(R(d, '002-005'), 331.6),
  },
  {
    // T. 公益电影放映补贴 (000-027): 总分 99.
    id: 't30-desk-10',
    cat: 'desk',
    q: '公益电影放映 总分？',
    expect: (d) => d.value(R(d, '000-027'), 99),
  },
  {
    // U. 大李窑、马公庄 (003-096): 全年预算数 113.977198, 全年执行数 113.9771984 (both 113.98 to two decimals).
    id: 't30-desk-11',
    cat: 'desk',
    q: '核对大李窑、马公庄消防水源项目全年预算数与全年执行数是否存在数据不一致，请给出两项数据。',
    expect: (d) => d.valueAll(R(d, '003-096'), 113.977198, 113.9771984),
  },
  {
    // U. 003-012: 年初预算数 12, 全年预算数 11.8.
    id: 't30-desk-12',
    cat: 'desk',
    q: '抽查“两新”党组织书记、党务工作者岗位补贴，年初预算数与全年预算数分别填报多少？',
    expect: (d) => d.valueAll(R(d, '003-012'), 12, 11.8),
  },
  {
    // U. 2023年城市居民最低生活保障 (003-015): 实施单位 民生保障办公室, 负责人 牛艳维.
    id: 't30-desk-13',
    cat: 'desk',
    q: '城市居民最低生活保障项目的实施单位及项目负责人填报情况',
    expect: (d) => d.valueAll(R(d, '003-015'), '民生保障办公室', '牛艳维'),
  },
  {
    // U. 法律顾问 (002-001): the phone as written, 695468784 (9 digits).
    id: 't30-desk-14',
    cat: 'desk',
    q: '法律顾问项目联系电话原始填报值是多少？疑似位数不对',
    expect: (d) => d.value(R(d, '002-001'), '695468784'),
  },
  {
    // U. 2023年城乡基层党组织服务群众经费(区级资金) (000-023): 项目负责人 blank.
    id: 't30-desk-15',
    cat: 'desk',
    q: '2023年城乡基层党组织服务群众经费（区级资金）项目负责人是否填报？',
    expect: (d) => d.empty(R(d, '000-023')),
  },

  // ---------------------------------------------------------------- money
  {
    // S. 潞源: Σ 全年预算数 1713.04 and Σ 全年执行数 1703.86.
    id: 't30-money-01',
    cat: 'money',
    q: '请问潞源街道项目的全年预算数合计是多少，并说明全年执行数合计是多少？',
    expect: (d) => allOf(d.number(sumOf(F(d, LY), annual)), d.number(sumOf(F(d, LY), exec))),
  },
  {
    // S. 实施单位 民生保障办公室: Σ 全年执行数, with or without 003-055's 「民生保障办公室是」.
    id: 't30-money-02',
    cat: 'money',
    q: '请问大红门街道民生保障办公室实施的项目，全年执行数合计是多少万元？',
    expect: (d) => figures(d, [sumOf(F(d, MS_IN), exec), sumOf(F(d, MS_EXACT), exec)]),
  },
  {
    // S. 发改委: the mean 全年预算数 of its 8 forms, both readings of 疏整促's cell.
    id: 't30-money-03',
    cat: 'money',
    q: '请问发改委所属项目全年预算数的平均值是多少？',
    expect: (d) =>
      figures(
        d,
        READERS.map((m) => meanOf(F(d, FG), (r) => m(r, 'annualBudget'))),
      ),
  },
  {
    // S. 牛艳维's Σ 全年执行数 as a share of 大红门's (percent, to one or two decimals).
    id: 't30-money-04',
    cat: 'money',
    q: '请问牛艳维负责项目的全年执行数合计占大红门街道全年执行数合计的比例是多少？',
    expect: (d) => d.number((100 * sumOf(F(d, owner('牛艳维')), exec)) / sumOf(F(d, DHM), exec), PCT),
  },
  {
    // S. Σ 全年预算数 of 河门口 (395.91) and of 双井 (39.4).
    id: 't30-money-05',
    cat: 'money',
    q: '请问河门口街道和双井街道项目的全年预算数合计分别是多少？',
    expect: (d) => allOf(d.number(sumOf(F(d, HMK), annual)), d.number(sumOf(F(d, SJ), annual))),
  },
  {
    // T. 赵康 (sole owner, 26 forms): Σ 全年预算数.
    id: 't30-money-06',
    cat: 'money',
    q: '赵康名下项目ys加起来多少',
    expect: (d) => d.number(sumOf(F(d, owner('赵康')), annual)),
  },
  {
    // T. 大红门 Σ 全年预算数 in 亿元 (1.7706) or in 万元.
    id: 't30-money-07',
    cat: 'money',
    q: '大红门ys一共几个亿',
    expect: (d) => {
      const s = sumOf(F(d, DHM), annual);
      return d.anyOf({ kind: 'number', value: s / 10000, tol: 0.006 }, d.number(s));
    },
  },
  {
    // T. 李毅飞 (sole owner): the mean 全年预算数 per form (钱 = 全年预算数).
    id: 't30-money-08',
    cat: 'money',
    q: '李毅飞的项目平均一个多少钱',
    expect: (d) => d.number(meanOf(F(d, owner('李毅飞')), annual)),
  },
  {
    // T (路源 = 潞源). Σ (全年预算数 − 全年执行数) over 潞源: 9.18.
    id: 't30-money-09',
    cat: 'money',
    q: '路源还剩多少钱没花完 total',
    expect: (d) => d.number(sumOf(F(d, LY), left(money))),
  },
  {
    // T. 孟卓聪: Σ 全年执行数 as sole owner (4 forms), or with 003-095 「赵路广、孟卓聪」 added.
    id: 't30-money-10',
    cat: 'money',
    q: '孟卓聪负责的一共花了多少😂',
    expect: (d) => figures(d, [sumOf(F(d, owner('孟卓聪')), exec), sumOf(F(d, oneOf('孟卓聪')), exec)]),
  },
  {
    // U. 大红门: the forms with 全年 above 年初 (both written; a 年初 of 0 is written), Σ (全年 − 年初).
    id: 't30-money-11',
    cat: 'money',
    q: '抽查大红门街道年初预算数与全年预算数不一致的项目，其中调增金额合计是多少？',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => DHM(r) && adjust(r) != null && adjust(r) > 0),
          adjust,
        ),
      ),
  },
  {
    // U. Σ 全年预算数 of 赵康 minus 李毅飞's (sole owners), signed or as a magnitude.
    id: 't30-money-12',
    cat: 'money',
    q: '赵康与李毅飞名下项目全年预算数合计相差多少？',
    expect: (d) => {
      const g = sumOf(F(d, owner('赵康')), annual) - sumOf(F(d, owner('李毅飞')), annual);
      return figures(d, [g, -g]);
    },
  },
  {
    // U. 发改委 Σ 全年执行数, both readings of 疏整促's cell (1865030.4 as written, 2036.72 converted).
    id: 't30-money-13',
    cat: 'money',
    q: '请核实发改委全部项目全年执行数合计数，注意口径不一的单位换算。',
    expect: (d) =>
      figures(
        d,
        READERS.map((m) => sumOf(F(d, FG), (r) => m(r, 'executed'))),
      ),
  },
  {
    // U. Σ (全年预算数 − 全年执行数) over the forms whose 执行率 is below 100 %, under each reading of the rate.
    id: 't30-money-14',
    cat: 'money',
    q: '执行率未达100%的项目，未执行金额（全年预算数减全年执行数）合计是多少？',
    expect: (d) =>
      figures(
        d,
        RATES.map((k) =>
          sumOf(
            F(d, (r) => k(r) != null && k(r) < 100),
            left(money),
          ),
        ),
      ),
  },
  {
    // U. 潞源's largest 全年预算数 (朗清园, 438) as a share of 潞源's Σ 全年预算数: 25.57 %.
    id: 't30-money-15',
    cat: 'money',
    q: '潞源街道资金规模最大的项目，其全年预算数占该街道全年预算数合计的比重是多少？',
    expect: (d) => {
      const rs = F(d, LY);
      return d.number((100 * Math.max(...rs.map(annual))) / sumOf(rs, annual), PCT);
    },
  },

  // ---------------------------------------------------------------- no
  {
    // S. 2022: no forms for that year (names that contain 2022 are 2023 forms).
    id: 't30-no-01',
    cat: 'no',
    q: '请问2022年度项目的全年预算数合计是多少？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    // S. 政府采购 / 中标单位: not on the forms.
    id: 't30-no-02',
    cat: 'no',
    q: '请问各项目的政府采购金额及中标单位情况如何？',
    expect: (d) => d.anyOf(d.refuse('政府采购'), d.refuse('中标')),
  },
  {
    // S. 西城区: no form of that district.
    id: 't30-no-03',
    cat: 'no',
    q: '请问西城区所属项目共有多少个？',
    expect: (d) => d.anyOf(d.refuse('西城'), d.set([]), d.count(0)),
  },
  {
    // S. 2024年第一季度 预算执行进度: a yearly form says nothing of a quarter, and there is no 2024 form.
    id: 't30-no-04',
    cat: 'no',
    q: '请问2024年第一季度的预算执行进度是多少？',
    expect: (d) => d.anyOf(d.refuse('季度'), d.refuse('2024'), d.set([])),
  },
  {
    // S. 批复文号: not on the forms.
    id: 't30-no-05',
    cat: 'no',
    q: '请提供各项目绩效目标的批复文号。',
    expect: (d) => d.refuse('批复文号'),
  },
  {
    // T. 今年 = 2026: no forms.
    id: 't30-no-06',
    cat: 'no',
    q: '今年的项目有几个',
    expect: (d) => noYear(d, '今年', 2026),
  },
  {
    // T. 三公经费: not on the forms.
    id: 't30-no-07',
    cat: 'no',
    q: '三公经费花了多少啊',
    expect: (d) => d.refuse('三公经费'),
  },
  {
    // T. 张伟: nobody of that name on the forms.
    id: 't30-no-08',
    cat: 'no',
    q: '张伟负责的项目list',
    expect: (d) => d.anyOf(d.refuse('张伟'), d.set([]), d.count(0)),
  },
  {
    // T. 明年 = 2027: no forms (ys = 预算).
    id: 't30-no-09',
    cat: 'no',
    q: '明年ys安排了多少',
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    // T. 去年 = 2025: no forms.
    id: 't30-no-10',
    cat: 'no',
    q: '去年执行率最高的是哪个',
    expect: (d) => noYear(d, '去年', 2025),
  },
  {
    // U. 拨付到位时间: not on the forms.
    id: 't30-no-11',
    cat: 'no',
    q: '抽查各项目资金拨付到位时间',
    expect: (d) => d.refuse('拨付'),
  },
  {
    // U. 虚列支出 / 套取资金: not on the forms.
    id: 't30-no-12',
    cat: 'no',
    q: '请核查各项目是否存在虚列支出、套取资金问题',
    expect: (d) => d.anyOf(d.refuse('套取'), d.refuse('虚列')),
  },
  {
    // U. 2021年度: no forms for that year (two 2023 forms carry 2021 in their names, neither below 90).
    id: 't30-no-13',
    cat: 'no',
    q: '2021年度自评表中总分低于90分的有几张？',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    // U. 合同金额: not on the forms.
    id: 't30-no-14',
    cat: 'no',
    q: '请提供项目合同金额与实际支付金额的对比情况',
    expect: (d) => d.refuse('合同金额'),
  },
  {
    // U. 审计整改: not on the forms.
    id: 't30-no-15',
    cat: 'no',
    q: '上一轮审计整改完成情况如何？',
    expect: (d) => d.refuse('整改'),
  },

  // ---------------------------------------------------------------- order
  {
    // S. 大红门 top 5 by 全年预算数 (003-007 and 003-022 tie at 1 元, both in).
    id: 't30-order-01',
    cat: 'order',
    q: '请按全年预算数由高到低列出大红门街道排名前五的项目。',
    expect: (d) => d.top(F(d, DHM), yuanKey(money, 'annualBudget'), 5, 'desc'),
  },
  {
    // S. 潞源's three smallest 全年执行数, ascending (0.36, 1, 1.036).
    id: 't30-order-02',
    cat: 'order',
    q: '请列出潞源街道全年执行数最小的三个项目，按由小到大顺序排列。',
    expect: (d) => d.top(F(d, LY), exec, 3, 'asc'),
  },
  {
    // S. 河门口's lowest 总分 (97), the tie listed in full: 004-007, 004-011, 004-013.
    id: 't30-order-03',
    cat: 'order',
    q: '请问河门口街道自评总分最低的项目是哪个？如有并列请一并列出。',
    expect: (d) => {
      const rs = F(d, HMK);
      const lo = Math.min(...rs.map(ts));
      return d.set(rs.filter((r) => ts(r) === lo));
    },
  },
  {
    // S. 发改委's second by 全年预算数: 002-013 with 疏整促 as written, 002-005 with it converted.
    id: 't30-order-04',
    cat: 'order',
    q: '请问发改委全年预算数排名第二的项目是哪个？',
    expect: (d) => d.anyOf(...READERS.map((m) => nth(d, F(d, FG), yuanKey(m, 'annualBudget'), 2, 'desc'))),
  },
  {
    // S. Every form whose 执行率 is below 100 %, ascending, under one reading of the rate.
    id: 't30-order-05',
    cat: 'order',
    q: '请将执行率低于100%的项目按执行率由低到高全部列出。',
    expect: (d) =>
      d.anyOf(
        ...RATES.map((k) =>
          ranked(
            d,
            F(d, (r) => k(r) != null && k(r) < 100),
            k,
            'asc',
          ),
        ),
      ),
  },
  {
    // T. 赵康's largest 全年预算数: 003-007 and 003-022 tie at 1 元 (either).
    id: 't30-order-06',
    cat: 'order',
    q: '赵康的项目哪个钱最多',
    expect: (d) => d.top(F(d, owner('赵康')), yuanKey(money, 'annualBudget'), 1, 'desc'),
  },
  {
    // T. 大红门's lowest three 总分: 003-094 (90), then any two of the 95s.
    id: 't30-order-07',
    cat: 'order',
    q: '大红门总分最低的top3',
    expect: (d) => d.top(F(d, DHM), ts, 3, 'asc'),
  },
  {
    // T (执行律 = 执行率, 路源 = 潞源). 潞源's lowest rate: 000-018 by every reading.
    id: 't30-order-08',
    cat: 'order',
    q: '路源执行律最低的是哪个？',
    expect: (d) => d.anyOf(...RATES.map((k) => d.top(F(d, LY), k, 1, 'asc'))),
  },
  {
    // T. 牛艳维's top 5 by 全年执行数, descending.
    id: 't30-order-09',
    cat: 'order',
    q: '牛艳维的项目执行数从大到小前5个',
    expect: (d) => d.top(F(d, owner('牛艳维')), exec, 5, 'desc'),
  },
  {
    // T. 发改委's smallest 全年执行数 (法律顾问, 10) — the project or its owner 宋宁.
    id: 't30-order-10',
    cat: 'order',
    q: '发改委花钱最少的是谁负责的',
    expect: (d) => {
      const r = R(d, '002-001');
      return d.anyOf(d.set([r]), d.value(r, '宋宁'));
    },
  },
  {
    // U. 大红门's three largest 调减 (年初 − 全年): 003-015, 003-130, 003-036.
    id: 't30-order-11',
    cat: 'order',
    q: '请列出大红门街道调减金额（年初预算数减全年预算数）最大的三个项目。',
    expect: (d) => d.top(F(d, DHM), cut, 3, 'desc'),
  },
  {
    // U. The 口径 named (全年执行数÷全年预算数): the five lowest computed rates, ascending.
    id: 't30-order-12',
    cat: 'order',
    q: '按全年执行数÷全年预算数口径重新计算，执行率最低的五个项目是哪些？请由低到高列示。',
    expect: (d) => d.anyOf(...RATES_COMPUTED.map((k) => d.top(d.all, k, 5, 'asc'))),
  },
  {
    // U. 潞源's forms below 100 in 总分, ascending (ties in any order).
    id: 't30-order-13',
    cat: 'order',
    q: '潞源街道自评总分未达100分的项目，请按总分由低到高排序列示。',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100),
        ts,
        'asc',
      ),
  },
  {
    // U. 大红门's three owners with the largest Σ 全年预算数 (赵康, 李毅飞, 牛艳维), each with the sum.
    id: 't30-order-14',
    cat: 'order',
    q: '大红门街道名下全年预算数合计排名前三的项目负责人及其金额',
    expect: (d) => {
      const m = {};
      for (const r of F(d, DHM)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + annual(r);
      const top3 = Object.entries(m)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      return d.groups(Object.fromEntries(top3));
    },
  },
  {
    // U. 倒数第二 by 全年预算数 over every form: 003-080 (0.10436) after 003-061 (0.08).
    id: 't30-order-15',
    cat: 'order',
    q: '全部项目中全年预算数规模倒数第二的是哪个项目？',
    expect: (d) => d.anyOf(...READERS.map((m) => nth(d, d.all, (r) => m(r, 'annualBudget'), 2, 'asc'))),
  },

  // ---------------------------------------------------------------- rows
  {
    // S. 经济大脑 (002-005): 8 rows, 6 of them 产出指标.
    id: 't30-rows-01',
    cat: 'rows',
    q: '请问“经济大脑”服务项目共设置了几条三级指标，其中产出指标几条？',
    expect: (d) => {
      const r = R(d, '002-005');
      return allOf(
        d.count(rows(r).length),
        d.count(rows(r).filter((i) => norm(i.level1).includes('产出')).length),
      );
    },
  },
  {
    // S. 习风园改造项目 (004-011): its three rows below weight, named.
    id: 't30-rows-02',
    cat: 'rows',
    q: '请问习风园改造项目中得分低于分值的三级指标有哪些？',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  {
    // S. 公益电影放映补贴 (000-027): its 社会效益 row, 分值 30, 得分 29.
    id: 't30-rows-03',
    cat: 'rows',
    q: '请问公益电影放映补贴项目社会效益指标的分值和得分分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-027'), 30, 29),
  },
  {
    // S. 潞源: Σ real rows over its 22 forms.
    id: 't30-rows-04',
    cat: 'rows',
    q: '请问潞源街道全部项目共设置三级指标多少条？',
    expect: (d) => d.count(F(d, LY).reduce((s, r) => s + rows(r).length, 0)),
  },
  {
    // S. 2023年下沉协管员经费 (000-026): 协管员人数 ≤43人 / 43人.
    id: 't30-rows-05',
    cat: 'rows',
    q: '请问2023年下沉协管员经费项目“协管员人数”指标的年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-026'), '≤43人', '43人'),
  },
  {
    // T. 统计所经费 (000-001): 6 rows.
    id: 't30-rows-06',
    cat: 'rows',
    q: '统计所经费几个指标',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  {
    // T. 河门口: rows below weight over its 9 forms (21).
    id: 't30-rows-07',
    cat: 'rows',
    q: '河门口扣分的指标一共几条',
    expect: (d) => d.count(F(d, HMK).reduce((s, r) => s + rows(r).filter(short).length, 0)),
  },
  {
    // T. 法律顾问 (002-001): its satisfaction row scored 5 (of 5).
    id: 't30-rows-08',
    cat: 'rows',
    q: '法律顾问满意度指标得了几分',
    expect: (d) => d.value(R(d, '002-001'), 5),
  },
  {
    // T (满意读 = 满意度). 最低生活保障 (003-015): satisfaction 0, 未做.
    id: 't30-rows-09',
    cat: 'rows',
    q: '最低生活保障满意读得几分',
    expect: (d) => d.value(R(d, '003-015'), 0, '未做'),
  },
  {
    // T. The form with most real rows: 疏整促 (002-007, 18).
    id: 't30-rows-10',
    cat: 'rows',
    q: '哪个项目指标最多',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  {
    // U. 潞源: the one weighted row with an empty 实际完成值 is on 2023年接诉即办奖励金 (000-022).
    id: 't30-rows-11',
    cat: 'rows',
    q: '抽查潞源街道加权指标中实际完成值未填报的，涉及哪些项目？',
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).some((i) => i.weight && blank(i.actual)))),
  },
  {
    // U. A full-score row with a 偏差原因 written: 000-008; the forms whose reasons are a bare 无 (000-009, 002-001)
    // may be listed.
    id: 't30-rows-12',
    cat: 'rows',
    q: '指标得满分却填写了偏差原因的表格有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => rows(r).some((i) => devOnFull(i) && !bareNone(i))),
        F(d, (r) => rows(r).some(devOnFull)),
      ),
  },
  {
    // U. 政府投资项目评估审核费 (002-002): 经济效益 row's 实际完成值 2.5亿元.
    id: 't30-rows-13',
    cat: 'rows',
    q: '核查政府投资项目评估审核费经济效益指标的实际完成值',
    expect: (d) => d.value(R(d, '002-002'), '2.5亿元'),
  },
  {
    // U. 2023年节能专项资金 (002-006): 成本指标 target and actual both 247万.
    id: 't30-rows-14',
    cat: 'rows',
    q: '2023年节能专项资金成本指标的年度指标值与实际完成值是否一致？请列示。',
    expect: (d) => d.value(R(d, '002-006'), '247万'),
  },
  {
    // U. 河门口: forms with a satisfaction row scored below its weight (004-001, 004-002, 004-007, 004-013).
    id: 't30-rows-15',
    cat: 'rows',
    q: '河门口街道满意度指标被扣分的表格有几张？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && satRows(r).some(short)).length),
  },

  // ---------------------------------------------------------------- talk
  {
    // S. After 大红门's count: its forms with 全年预算数 above 1000 万元 (003-007, 003-015, 003-022, 003-091).
    id: 't30-talk-01',
    cat: 'talk',
    pre: '请问大红门街道共有多少个项目？',
    q: '其中全年预算数超过1000万元的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY, DHM),
  },
  {
    // S. After 河门口's list: the same forms by 全年预算数, descending.
    id: 't30-talk-02',
    cat: 'talk',
    pre: '请列出河门口街道的全部项目。',
    q: '请将上述项目按全年预算数由高到低排序。',
    expect: (d) => ranked(d, F(d, HMK), annual, 'desc'),
  },
  {
    // S. After 潞源's Σ 全年预算数: its Σ 全年执行数.
    id: 't30-talk-03',
    cat: 'talk',
    pre: '请问潞源街道全年预算数合计是多少？',
    q: '全年执行数合计又是多少？',
    expect: (d) => d.number(sumOf(F(d, LY), exec)),
  },
  {
    // S. After 李毅飞's forms: those with 年初 ≠ 全年 (both written; 003-082's 年初 0 is written).
    id: 't30-talk-04',
    cat: 'talk',
    pre: '请问李毅飞负责的项目有哪些？',
    q: '其中年初预算数与全年预算数不一致的是哪些？',
    expect: (d) => d.set(F(d, and(owner('李毅飞'), differs))),
  },
  {
    // S. After 发改委's lowest 总分 (002-013, 99.99): its owner and phone.
    id: 't30-talk-05',
    cat: 'talk',
    pre: '请问发改委自评总分最低的项目是哪个？',
    q: '请说明该项目的负责人和联系电话。',
    expect: (d) => d.valueAll(R(d, '002-013'), '邱程', '69553081'),
  },
  {
    // T. After 双井's forms: 河门口's.
    id: 't30-talk-06',
    cat: 'talk',
    pre: '双井的项目',
    q: '那河门口的呢',
    expect: (d) => d.set(F(d, HMK)),
  },
  {
    // T. After 牛艳维's count: Σ 全年预算数 of her forms (钱 = 全年预算数).
    id: 't30-talk-07',
    cat: 'talk',
    pre: '牛艳维负责的有几个',
    q: '钱加起来多少',
    expect: (d) => d.number(sumOf(F(d, owner('牛艳维')), annual)),
  },
  {
    // T. After the rates below 100 %: 潞源's only, under one reading of the rate.
    id: 't30-talk-08',
    cat: 'talk',
    pre: '执行率低于100的项目',
    q: '只看潞源的',
    expect: (d) => d.anyOf(...RATES.map((k) => d.set(F(d, (r) => LY(r) && k(r) != null && k(r) < 100)))),
  },
  {
    // T. After 大红门's top 3 by 全年预算: the top 3 by 全年执行数 (003-007, 003-022, 003-091).
    id: 't30-talk-09',
    cat: 'talk',
    pre: '大红门预算最多的前3个',
    q: '换成执行数呢',
    expect: (d) => d.top(F(d, DHM), yuanKey(money, 'executed'), 3, 'desc'),
  },
  {
    // T. After 潞源's forms below 100 in 总分: the same list with a 负责人 column (000-024 and 000-025 blank).
    id: 't30-talk-10',
    cat: 'talk',
    pre: '潞源总分不是100的',
    q: '把负责人也带上',
    expect: (d) =>
      column(
        d,
        '负责人',
        F(d, (r) => LY(r) && ts(r) != null && ts(r) !== 100),
        (r) => r.owner,
      ),
  },
  {
    // U. After 大红门's forms whose satisfaction row says 未做 (23; the three satDoubt forms whose text prints
    // 「5 0 未做」 may be among them): Σ 全年预算数 of the lead's forms, for every such pool.
    id: 't30-talk-11',
    cat: 'talk',
    pre: '抽查大红门街道满意度指标写明“未做”的项目清单',
    q: '上述项目全年预算数合计是多少？',
    expect: (d) => {
      const base = F(d, and(DHM, satNotDone));
      const doubt = F(d, (r) => DHM(r) && satDoubt(r) && r.id !== '003-119');
      return figures(
        d,
        subsets(doubt).map((s) => sumOf([...base, ...s], annual)),
      );
    },
  },
  {
    // U. After 潞源's forms of 100 万元 and more (000-023 and 000-024 on the bound, 100): Σ 全年执行数, the bound
    // read strict or inclusive.
    id: 't30-talk-12',
    cat: 'talk',
    pre: '抽查潞源街道全年预算数100万元以上的项目',
    q: '上述项目全年执行数合计是多少？',
    expect: (d) =>
      figures(d, [
        sumOf(
          F(d, (r) => LY(r) && annual(r) > 100),
          exec,
        ),
        sumOf(
          F(d, (r) => LY(r) && annual(r) >= 100),
          exec,
        ),
      ]),
  },
  {
    // U. After 城乡管理办公室's count: its forms whose owner is not 赵康 (003-013, 003-091, 003-094, 003-135);
    // 003-095 「城乡办、平安办」 (赵路广、孟卓聪) may be listed.
    id: 't30-talk-13',
    cat: 'talk',
    pre: '大红门街道城乡管理办公室实施的项目有多少个？',
    q: '其中负责人不是赵康的列出来',
    expect: (d) =>
      d.setTol(
        F(d, (r) => CX(r) && norm(r.owner) !== '赵康'),
        F(d, (r) => CX_WIDE(r) && norm(r.owner) !== '赵康'),
      ),
  },
  {
    // U. After forms per year: Σ 全年预算数 per year (2020, 2023), both readings of 疏整促's cell.
    id: 't30-talk-14',
    cat: 'talk',
    pre: '按年度统计项目个数',
    q: '再按年度统计全年预算数合计',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          d.groups({
            2020: sumOf(F(d, yr(2020)), (r) => m(r, 'annualBudget')),
            2023: sumOf(F(d, yr(2023)), (r) => m(r, 'annualBudget')),
          }),
        ),
      ),
  },
  {
    // U. After the forms with 全年执行数 above 500 万元: those with a rate below 100 % (002-013, by every reading).
    id: 't30-talk-15',
    cat: 'talk',
    pre: '请列出全年执行数超过500万元的项目',
    q: '上述项目中执行率未达到100%的有哪些？',
    expect: (d) =>
      d.anyOf(
        ...READERS.flatMap((m) =>
          RATES.map((k) =>
            d.set(
              F(d, (r) => m(r, 'executed') != null && m(r, 'executed') > 500 && k(r) != null && k(r) < 100),
            ),
          ),
        ),
      ),
  },

  // ---------------------------------------------------------------- tally
  {
    // S. 总分 100 counted (118) and its share of the 169 forms (69.82 %).
    id: 't30-tally-01',
    cat: 'tally',
    q: '请问全部自评表中自评总分为100分的项目有多少个，并说明其占全部项目的比例。',
    expect: (d) => {
      const n = F(d, (r) => ts(r) === 100).length;
      return allOf(d.count(n), d.number((100 * n) / d.all.length, PCT));
    },
  },
  {
    // S. Forms per year: 2020 11, 2023 158.
    id: 't30-tally-02',
    cat: 'tally',
    q: '请分别统计2020年度和2023年度的项目个数。',
    expect: (d) => d.groups({ 2020: F(d, yr(2020)).length, 2023: F(d, yr(2023)).length }),
  },
  {
    // S. 大红门 forms whose satisfaction row says 未做: 23; the three satDoubt forms whose text prints 「5 0 未做」
    // may be counted (26).
    id: 't30-tally-03',
    cat: 'tally',
    q: '请问大红门街道满意度指标填写“未做”的项目有多少个？',
    expect: (d) => {
      const n = F(d, and(DHM, satNotDone)).length;
      return d.countRange(n, n + F(d, (r) => DHM(r) && satDoubt(r) && r.id !== '003-119').length);
    },
  },
  {
    // S. 潞源: forms per owner (the blank owners form no group).
    id: 't30-tally-04',
    cat: 'tally',
    q: '请问潞源街道各项目负责人名下的项目个数分别是多少？',
    expect: (d) => {
      const m = {};
      for (const r of F(d, (r) => LY(r) && !blank(r.owner))) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      return d.groups(m);
    },
  },
  {
    // S. 总分 from 95 (inclusive) to 100 (exclusive): 47.
    id: 't30-tally-05',
    cat: 'tally',
    q: '请问自评总分在95分（含）至100分（不含）之间的项目有多少个？',
    expect: (d) => d.count(F(d, (r) => ts(r) != null && ts(r) >= 95 && ts(r) < 100).length),
  },
  {
    // T. 河门口: 9 forms.
    id: 't30-tally-06',
    cat: 'tally',
    q: '河门口多少个项目🤔',
    expect: (d) => d.count(F(d, HMK).length),
  },
  {
    // T. Blank 项目负责人 (blank cell or no row): 15.
    id: 't30-tally-07',
    cat: 'tally',
    q: '负责人没填的有几个 total',
    expect: (d) => d.count(F(d, (r) => blank(r.owner)).length),
  },
  {
    // T. 23年 = 2023: 158 forms.
    id: 't30-tally-08',
    cat: 'tally',
    q: '23年的项目一共几个',
    expect: (d) => d.count(F(d, yr(2023)).length),
  },
  {
    // T. 赵路广: 2 as sole owner, 3 with 003-095 「赵路广、孟卓聪」.
    id: 't30-tally-09',
    cat: 'tally',
    q: '赵路广名下几个',
    expect: (d) => d.countRange(F(d, owner('赵路广')).length, F(d, oneOf('赵路广')).length),
  },
  {
    // T. 总分 100: 118.
    id: 't30-tally-10',
    cat: 'tally',
    q: '满分100的多少个 ok?',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    // U. Phones of neither 8 nor 11 digits: 002-001, 003-024 (9 digits); 003-095's cell of two 8-digit numbers may be
    // counted: 2 to 3.
    id: 't30-tally-11',
    cat: 'tally',
    q: '经抽查，联系电话位数填报不规范（既非8位也非11位）的表格有几张？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => phoneNumbers(r).length === 1 && ![8, 11].includes(phoneNumbers(r)[0].length)).length,
        F(d, (r) => phoneNumbers(r).length > 1 || phoneNumbers(r).some((p) => ![8, 11].includes(p.length)))
          .length,
      ),
  },
  {
    // U. 负责人 and 电话 both blank (the 9 河门口 forms, which have neither row).
    id: 't30-tally-12',
    cat: 'tally',
    q: '项目负责人和联系电话均未填报的表格有多少份？',
    expect: (d) => d.count(F(d, (r) => blank(r.owner) && blank(r.phone)).length),
  },
  {
    // U. 年初预算数 not written (blank or absent; a 0 is written): 68.
    id: 't30-tally-13',
    cat: 'tally',
    q: '年初预算数未填报的表格数量是多少？',
    expect: (d) => d.count(F(d, (r) => money(r, 'initialBudget') == null).length),
  },
  {
    // U. Forms with a row scored below its weight, per year (2020 9, 2023 29); the two 未做 rows with an empty 得分
    // (003-094, 003-135) may be counted (2023 31).
    id: 't30-tally-14',
    cat: 'tally',
    q: '请按年度统计存在扣分指标（得分低于分值）的表格数。',
    expect: (d) => {
      const by = (f) => ({
        2020: F(d, (r) => yr(2020)(r) && f(r)).length,
        2023: F(d, (r) => yr(2023)(r) && f(r)).length,
      });
      return d.anyOf(d.groups(by(belowWeight)), d.groups(by((r) => belowWeight(r) || satNotDoneNoScore(r))));
    },
  },
  {
    // U. Forms whose 偏差原因分析 cells hold a bare 无 (000-009, 002-001).
    id: 't30-tally-15',
    cat: 'tally',
    q: '偏差原因分析栏仅填写“无”的表格有几张？属于填报不规范',
    expect: (d) => d.count(F(d, (r) => rows(r).some(bareNone)).length),
  },
];
