// The forty-eighth part (helper "blind66", a blind measure written without any run of the bot): 120 portfolio questions
// asked by three people over the 169 forms — (A) a 街道 finance clerk who tells the story first (领导要 / 区里通知 / 审计要来
// / 我刚接手), closes politely and sometimes says after the question what is meant (就是…的意思 / 也就是说…), (B) an
// auditor of the 区审计局 in a formal register, with conditions combined (且 / 或 / 但 / 除…外 / 不含), cells that
// disagree, indicator rows (目标值 against 实际完成值, 得分 against 分值, 偏差原因) and numbered sub-asks, and (C) a busy
// 科长 speaking by voice input (fillers, no punctuation, numbers in words, homophones, short follow-ups with `pre`).
// Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines;
// expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The
// forty-eighth part"). Asker of each line: money and rows 01–09 A, 10–17 B, 18–25 C; talk 01–07 A, 08–14 B, 15–20 C;
// the other categories 01–04 A, 05–07 B, 08–10 C.
import { blank, money, norm, rate, rows, satDoubt, satNotDone, satRows } from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  column,
  F,
  groupCount,
  lostPts,
  moneyBand,
  noYear,
  overspent,
  overspentReal,
  phoneNumbers,
  rateDiff,
  rateOff,
  roundedUp,
  tallyBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  alts,
  bothBudgets,
  CX,
  CX_MAYBE,
  DHM,
  DQ,
  DQ_MAYBE,
  devMissingRows,
  FG,
  HMK,
  LY,
  left,
  noSurveyCount,
  nthOne,
  placeOk,
  R,
  RATES,
  READERS,
  rateFull,
  SJ,
  satShort,
  short,
  signed,
  unitHas,
  yr,
} from './helpers.mjs';

const MS = unitHas('民生保障办公室');
const BM = unitHas('便民服务中心');
const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** A sum of a money column over a pool, under both readings of the 元-in-万元 cell. */
const sumM = (d, pool, col) =>
  alts(
    d,
    READERS.map((m) => d.number(sumOf(F(d, pool), (r) => m(r, col)))),
  );
/** A ranking by a money column under both readings. */
const topM = (d, pool, col, n, dir) =>
  alts(
    d,
    READERS.map((m) => d.top(F(d, pool), (r) => m(r, col), n, dir)),
  );
const allRanked = (d, pool, key, dir) =>
  d.top(F(d, pool), key, F(d, (r) => pool(r) && key(r) != null).length, dir);
/** A satisfaction row scored 0 whose 偏差原因 or 实际完成值 says 未做. */
const satZeroNotDone = (r) =>
  satRows(r).some((i) => i.score === 0 && /未做/.test(`${i.deviation ?? ''}${i.actual ?? ''}`));
/** The same with an empty 得分, or filed under 效益指标 by the pdf-text reading (satDoubt): may count. */
const satZeroMaybe = (r) =>
  satZeroNotDone(r) ||
  (satNotDone(r) && satRows(r).some((i) => i.score == null)) ||
  (satDoubt(r) &&
    rows(r).some((i) => /满意/.test(i.name) && i.score === 0 && /未做/.test(i.deviation ?? '')));

export const questions = [
  // ---------------------------------------------------------------- money (01–09 A, 10–17 B, 18–25 C)
  {
    id: 't48-money-01',
    cat: 'money',
    q: '您好，领导下午要开会，让我把潞源街道2023年的项目资金理一理。我刚接手这块还不太熟，想请问一下潞源街道2023年所有项目的全年预算数加起来一共是多少万元？就是把每个项目的全年预算加总的意思。麻烦您了，谢谢！',
    expect: (d) => placeOk(d) && sumM(d, (r) => LY(r) && r.year === 2023, 'annualBudget'),
  },
  {
    id: 't48-money-02',
    cat: 'money',
    q: '区里通知要核对各科室的资金使用情况，我这边负责汇总。请问大红门街道实施单位是便民服务中心的那些项目，全年执行数合计是多少？辛苦了，谢谢。',
    expect: (d) => sumM(d, (r) => DHM(r) && BM(r), 'executed'),
  },
  {
    id: 't48-money-03',
    cat: 'money',
    q: '领导要看统计口的经费。请问统计所经费和统计站（室）这两个项目的全年预算数加起来是多少？也就是两个项目的预算合计。谢谢您。',
    expect: (d) => d.number(money(R(d, '000-001'), 'annualBudget') + money(R(d, '000-002'), 'annualBudget')),
  },
  {
    id: 't48-money-04',
    cat: 'money',
    q: '审计要来了，我得先把结余的情况弄清楚。朗清园社区警务工作室装饰装修和信息化工程相关资金项目，全年预算减去全年执行数还剩多少没花？麻烦换算成元告诉我，谢谢！',
    // 438 − 433 = 5 万元 = 50 000 元
    expect: (d) => d.number(left(money)(R(d, '000-006')) * 10000, 1),
  },
  {
    id: 't48-money-05',
    cat: 'money',
    q: '您好，区里通知各单位报一下预算结余。请问发改委所有项目一共还剩多少钱没花完？就是全年预算数减去全年执行数，所有项目加起来的意思。谢谢。',
    expect: (d) =>
      alts(
        d,
        READERS.map((m) => d.number(sumOf(F(d, FG), left(m)))),
      ),
  },
  {
    id: 't48-money-06',
    cat: 'money',
    q: '我刚接手河门口街道的材料，看到新冠肺炎疫情防控工作、疫情防控一线社区工作人员补助经费这个项目年初预算和全年预算不一样。想请问一下全年预算比年初预算多了多少万元？谢谢您的帮助。',
    expect: (d) => {
      const r = R(d, '004-012');
      return signed(d, money(r, 'annualBudget') - money(r, 'initialBudget'));
    },
  },
  {
    id: 't48-money-07',
    cat: 'money',
    q: '领导问大红门的低保资金是不是调过预算。请问2023年城市居民最低生活保障这个项目，全年预算比年初预算调减了多少万元？也就是说年初减去全年是多少。麻烦了。',
    expect: (d) => {
      const r = R(d, '003-015');
      return signed(d, money(r, 'initialBudget') - money(r, 'annualBudget'));
    },
  },
  {
    id: 't48-money-08',
    cat: 'money',
    q: '领导要对比各街道项目规模。请问河门口街道平均每个项目的全年预算是多少万元？就是全年预算合计除以项目个数的意思。谢谢！',
    expect: (d) => d.number(sumOf(F(d, HMK), (r) => money(r, 'annualBudget')) / F(d, HMK).length),
  },
  {
    id: 't48-money-09',
    cat: 'money',
    q: '区里要一个民生保障的占比数。请问大红门街道2023年城市居民最低生活保障的全年预算，占实施单位为民生保障办公室的所有项目全年预算合计的百分之多少？麻烦保留一位小数，谢谢。',
    expect: (d) =>
      d.number(
        (100 * money(R(d, '003-015'), 'annualBudget')) /
          sumOf(
            F(d, (r) => DHM(r) && MS(r)),
            (r) => money(r, 'annualBudget'),
          ),
        0.051,
      ),
  },
  {
    id: 't48-money-10',
    cat: 'money',
    q: '请核算：大红门街道实施单位为党群工作办公室且年初预算数已填写的项目，其全年预算数合计为多少万元。',
    // 「党群办」 (003-071) may or may not be read as 党群工作办公室: both sums
    expect: (d) => {
      const pool = (r) => DHM(r) && DQ(r) && money(r, 'initialBudget') != null;
      const wide = (r) => DHM(r) && (DQ(r) || DQ_MAYBE(r)) && money(r, 'initialBudget') != null;
      return alts(d, [
        d.number(sumOf(F(d, pool), (r) => money(r, 'annualBudget'))),
        d.number(sumOf(F(d, wide), (r) => money(r, 'annualBudget'))),
      ]);
    },
  },
  {
    id: 't48-money-11',
    cat: 'money',
    q: '经核对，请计算年初预算数与全年预算数均已填写但两者不一致的项目，全年预算数较年初预算数的净调整额合计（全年减年初）。',
    // the net amount, said signed or as 净调增/净调减 with its magnitude
    expect: (d) =>
      signed(
        d,
        sumOf(
          F(d, (r) => bothBudgets(r) && money(r, 'initialBudget') !== money(r, 'annualBudget')),
          (r) => money(r, 'annualBudget') - money(r, 'initialBudget'),
        ),
      ),
  },
  {
    id: 't48-money-12',
    cat: 'money',
    q: '请统计执行率未达到100%的项目，其全年预算数合计为多少万元。',
    // either 执行率 reading (the stated one, or 全年执行数 ÷ 全年预算数 rounded to two decimals or in full precision:
    // 15.999652 / 16 = 99.998 %), one reading for the whole sum
    expect: (d) =>
      alts(
        d,
        [...RATES, rateFull].flatMap((k) =>
          READERS.map((m) =>
            d.number(
              sumOf(
                F(d, (r) => k(r) != null && k(r) < 100),
                (r) => m(r, 'annualBudget'),
              ),
            ),
          ),
        ),
      ),
  },
  {
    id: 't48-money-13',
    cat: 'money',
    q: '请核实2020年度全部项目的全年执行数合计。',
    expect: (d) => sumM(d, yr(2020), 'executed'),
  },
  {
    id: 't48-money-14',
    cat: 'money',
    q: '除“2023“疏整促”专班经费”外，发改委其余项目全年执行数的平均值为多少万元？',
    expect: (d) => {
      const rs = F(d, (r) => FG(r) && r.id !== '002-007');
      return d.number(sumOf(rs, (r) => money(r, 'executed')) / rs.length);
    },
  },
  {
    id: 't48-money-15',
    cat: 'money',
    q: '总分未满100分的项目（总分栏空白的不含），全年预算数合计为多少？',
    expect: (d) => sumM(d, (r) => ts(r) != null && ts(r) < 100, 'annualBudget'),
  },
  {
    id: 't48-money-16',
    cat: 'money',
    q: '请核算：（一）双井街道全部项目全年预算数合计；（二）将该合计折合为元。',
    expect: (d) => {
      const s = sumOf(F(d, SJ), (r) => money(r, 'annualBudget'));
      return allOf(d.number(s), d.number(s * 10000, 1));
    },
  },
  {
    id: 't48-money-17',
    cat: 'money',
    q: '请分别列示河门口街道各项目“其中：当年财政拨款”一行的全年预算数合计，以及“上年结转资金”一行的全年预算数合计。',
    expect: (d) =>
      allOf(
        d.number(sumOf(F(d, HMK), (r) => money(r, 'annualBudget', 'fiscal'))),
        d.number(sumOf(F(d, HMK), (r) => money(r, 'annualBudget', 'carryOver'))),
      ),
  },
  {
    id: 't48-money-18',
    cat: 'money',
    q: '嗯那个大洪门的晨光路拆迁一共花了多少钱',
    expect: (d) => d.number(money(R(d, '003-091'), 'executed')),
  },
  {
    id: 't48-money-19',
    cat: 'money',
    q: '潞原那个下沉协管员经费执行了多少 是不是三百九十多万',
    expect: (d) => d.number(money(R(d, '000-026'), 'executed')),
  },
  {
    id: 't48-money-20',
    cat: 'money',
    q: '发改为那个经济大脑预算多少来着 换成元说一下',
    expect: (d) => d.number(money(R(d, '002-005'), 'annualBudget') * 10000, 1),
  },
  {
    id: 't48-money-21',
    cat: 'money',
    q: '那个习风圆改造项目全年预算多少万',
    expect: (d) => d.number(money(R(d, '004-011'), 'annualBudget')),
  },
  {
    id: 't48-money-22',
    cat: 'money',
    q: '河门口那个电梯维护经费花了多少 执行率多少',
    expect: (d) => {
      const r = R(d, '004-002');
      return allOf(
        d.number(money(r, 'executed')),
        alts(
          d,
          RATES.map((k) => d.number(k(r))),
        ),
      );
    },
  },
  {
    id: 't48-money-23',
    cat: 'money',
    q: '全年预算超过一千万的项目有哪些',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY),
  },
  {
    id: 't48-money-24',
    cat: 'money',
    q: '嗯大洪门民生保障办公室的项目预算一共多少 全年预算',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => DHM(r) && MS(r)),
          (r) => money(r, 'annualBudget'),
        ),
      ),
  },
  {
    id: 't48-money-25',
    cat: 'money',
    q: '潞源一共还有多少钱没花完啊',
    expect: (d) => d.number(sumOf(F(d, LY), left(money))),
  },

  // ---------------------------------------------------------------- rows (01–09 A, 10–17 B, 18–25 C)
  {
    id: 't48-rows-01',
    cat: 'rows',
    q: '您好，领导让我检查一下各项目绩效指标设得全不全。请问统计所经费这个项目一共有几个三级指标？就是绩效指标表里具体的指标有几条的意思。谢谢。',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  {
    id: 't48-rows-02',
    cat: 'rows',
    q: '我刚接手潞源的材料，看到公益电影放映补贴总分是99分。请问是哪个指标扣了分，扣了几分？麻烦您帮我看一下，谢谢！',
    // the row named (by a part of its name) and the point lost (1), or its 得分 29 against 30
    expect: (d) => {
      const r = R(d, '000-027');
      return d.anyOf(d.valueAll(r, '认知水平', 1), d.valueAll(r, '认知水平', 29));
    },
  },
  {
    id: 't48-rows-03',
    cat: 'rows',
    q: '审计要来，我在核对满意度的目标。请问晨光路拆迁资金这个项目满意度指标的年度指标值是多少？也就是目标定的是多少。谢谢。',
    expect: (d) => d.value(R(d, '003-091'), '90%'),
  },
  {
    id: 't48-rows-04',
    cat: 'rows',
    q: '领导想看看装修项目的成本控制情况。请问朗清园社区警务工作室装饰装修和信息化工程相关资金项目的成本指标，年度指标值和实际完成值分别是多少？谢谢您。',
    expect: (d) => d.valueAll(R(d, '000-006'), 4378657.2, 4333848),
  },
  {
    id: 't48-rows-05',
    cat: 'rows',
    q: '区里通知要报人口抽样调查的完成情况。请问潞源街道年度人口抽样调查项目里，抽中调查对象样本量这个指标实际完成了多少？谢谢。',
    expect: (d) => d.value(R(d, '000-004'), 80),
  },
  {
    id: 't48-rows-06',
    cat: 'rows',
    q: '领导想知道接诉即办的群众满意度。请问2023年接诉即办奖励金这个项目的满意度指标，实际完成值是多少？就是实际达到了百分之几的意思。麻烦了。',
    expect: (d) => d.value(R(d, '000-022'), '96%'),
  },
  {
    id: 't48-rows-07',
    cat: 'rows',
    q: '我刚接手大红门城乡管理办公室的项目。请问2021年度老旧小区完善类改造项目的满意度指标得了几分？满分是多少？谢谢。',
    expect: (d) => d.valueAll(R(d, '003-007'), 8, 10),
  },
  {
    id: 't48-rows-08',
    cat: 'rows',
    q: '审计说要看偏差原因写得是否合理。请问政法委群防群治补助经费这个项目，数量指标里购买慰问品米、面、油那一条写的偏差原因是什么？谢谢您。',
    expect: (d) => d.value(R(d, '000-008'), '以实际参与人数为准进行慰问'),
  },
  {
    id: 't48-rows-09',
    cat: 'rows',
    q: '领导让我查一下河门口街道的满意度情况。请问河门口街道哪些项目的满意度指标没有拿满分？就是满意度那一条得分低于分值的意思。谢谢！',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satShort(r))),
  },
  {
    id: 't48-rows-10',
    cat: 'rows',
    q: '请列示三级指标得分低于分值且偏差原因分析未填写的项目，满意度指标除外。',
    // 003-055: the pdf-text record leaves the 偏差原因 of its 献血 row (20 → 19) empty, but the form's text has one
    // (「2022 年献血人员补贴使用 2023 年资金支付…」, read into the row below): optional
    expect: (d) => {
      const f = (r) => devMissingRows(r).some((i) => !norm(i.level1).includes('满意度'));
      return d.setTol(
        F(d, (r) => f(r) && r.id !== '003-055'),
        F(d, f),
      );
    },
  },
  {
    id: 't48-rows-11',
    cat: 'rows',
    q: '经核查，满意度指标得分为0且偏差原因注明“未做”的项目共有多少个？',
    // a 未做 row with an empty 得分, or one filed under 效益指标 by the pdf-text reading (satDoubt), may count
    expect: (d) => d.countRange(F(d, satZeroNotDone).length, F(d, satZeroMaybe).length),
  },
  {
    id: 't48-rows-12',
    cat: 'rows',
    q: '请列示满意度指标年度指标值为“≥90%”而实际完成值恰为“90%”的项目。',
    expect: (d) =>
      d.set(F(d, (r) => satRows(r).some((i) => norm(i.target) === '≥90%' && norm(i.actual) === '90%'))),
  },
  {
    id: 't48-rows-13',
    cat: 'rows',
    q: '请核查分值为0的三级指标，列示其所属项目名称。',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => i.weight === 0))),
  },
  {
    id: 't48-rows-14',
    cat: 'rows',
    q: '2023年社区公益事业补助资金中，“开展公益性群众文化活动”指标的年度指标值与实际完成值分别为多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), '35次', 157),
  },
  {
    id: 't48-rows-15',
    cat: 'rows',
    q: '请核算：（一）河门口街道各项目效益指标扣分合计（分值减得分）；（二）其中经济效益指标存在扣分的项目个数。',
    expect: (d) =>
      allOf(
        d.number(
          sumOf(F(d, HMK), (r) =>
            rows(r)
              .filter((i) => norm(i.level1).includes('效益'))
              .reduce((s, i) => s + lostPts(i), 0),
          ),
        ),
        d.count(
          F(d, (r) => HMK(r) && rows(r).some((i) => norm(i.level2).includes('经济效益') && short(i))).length,
        ),
      ),
  },
  {
    id: 't48-rows-16',
    cat: 'rows',
    q: '潞源街道二级指标为时效指标且分值在10分及以上的三级指标共有多少条？',
    // 「及以上」 = ≥ 10
    expect: (d) =>
      d.count(
        sumOf(
          F(d, LY),
          (r) =>
            rows(r).filter((i) => norm(i.level2).includes('时效') && i.weight != null && i.weight >= 10)
              .length,
        ),
      ),
  },
  {
    id: 't48-rows-17',
    cat: 'rows',
    q: '请列示潞源街道满意度指标分值不等于10分的项目（无满意度指标的项目不含）。',
    // two readings: the satisfaction rows of a form together (Σ 分值 ≠ 10), or any one satisfaction row whose 分值 ≠ 10
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => LY(r) && satRows(r).length > 0 && sumOf(satRows(r), (i) => i.weight) !== 10)),
        d.set(F(d, (r) => LY(r) && satRows(r).some((i) => i.weight !== 10))),
      ),
  },
  {
    id: 't48-rows-18',
    cat: 'rows',
    q: '嗯那个统计站室的指标有几个',
    expect: (d) => d.count(rows(R(d, '000-002')).length),
  },
  {
    id: 't48-rows-19',
    cat: 'rows',
    q: '满意读指标扣分的项目有哪些',
    // a satisfaction row that says 未做 with an empty 得分 (总分 below 100) and the satDoubt records may be listed
    expect: (d) =>
      d.setTol(
        F(d, satShort),
        F(d, (r) => satDoubt(r) || satNotDone(r)),
      ),
  },
  {
    id: 't48-rows-20',
    cat: 'rows',
    q: '那个习风圆改造项目哪几个指标没拿满分',
    // the three rows below their weight, each named by a part of its name
    expect: (d) => d.valueAll(R(d, '004-011'), '廉政文化教育基地', '三线精神', '三线文化教育产业'),
  },
  {
    id: 't48-rows-21',
    cat: 'rows',
    q: '接速即办社区那个办单人满意度目标是多少',
    expect: (d) => d.value(R(d, '000-019'), '90%'),
  },
  {
    id: 't48-rows-22',
    cat: 'rows',
    q: '二零二零年的项目满意度有没拿满分的吗 有的话是哪几个',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && satShort(r))),
  },
  {
    id: 't48-rows-23',
    cat: 'rows',
    q: '大洪门二零二三年应急经费有几条指标',
    expect: (d) => d.count(rows(R(d, '003-078')).length),
  },
  {
    id: 't48-rows-24',
    cat: 'rows',
    q: '发改为的项目三级指标一共多少条',
    expect: (d) => d.count(sumOf(F(d, FG), (r) => rows(r).length)),
  },
  {
    id: 't48-rows-25',
    cat: 'rows',
    q: '嗯发改为疏整促那个民众满意度实际完成多少',
    expect: (d) => d.value(R(d, '002-007'), '100%'),
  },

  // ---------------------------------------------------------------- talk (01–07 A, 08–14 B, 15–20 C)
  {
    id: 't48-talk-01',
    cat: 'talk',
    pre: '领导让我统计一下潞源街道的项目，请问潞源街道一共有多少个项目？',
    q: '好的，谢谢您。那双井街道呢？也就是说双井街道有几个项目。',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    id: 't48-talk-02',
    cat: 'talk',
    pre: '您好，区里通知要报发改委的预算情况，请问发改委所有项目的全年预算数加起来是多少？',
    q: '那换成全年执行数呢？麻烦您再算一下，谢谢。',
    expect: (d) => sumM(d, FG, 'executed'),
  },
  {
    id: 't48-talk-03',
    cat: 'talk',
    q: '您好，我刚接手街道财务这块，很多东西还不熟，先说声辛苦您了。想问一下大红门街道总分最低的是哪个项目？谢谢！',
    expect: (d) => d.top(F(d, DHM), ts, 1, 'asc'),
  },
  {
    id: 't48-talk-04',
    cat: 'talk',
    q: '请帮我查一下统计站的全年执行数，哦不对，不好意思说错了，是统计所经费的全年执行数。',
    expect: (d) => d.value(R(d, '000-001'), money(R(d, '000-001'), 'executed')),
  },
  {
    id: 't48-talk-05',
    cat: 'talk',
    pre: '潞源街道执行率最低的项目是哪个？',
    q: '那它的负责人是谁呀？就是项目负责人的意思。',
    // 2023年社区公益事业补助资金 under both 执行率 readings (96 % stated, 96.17 % computed)
    expect: (d) => d.value(R(d, '000-018'), '贾安琪'),
  },
  {
    id: 't48-talk-06',
    cat: 'talk',
    pre: '审计要来了，请问河门口街道的项目都有哪些？',
    q: '这些项目的全年预算加起来一共多少？麻烦了。',
    expect: (d) => d.number(sumOf(F(d, HMK), (r) => money(r, 'annualBudget'))),
  },
  {
    id: 't48-talk-07',
    cat: 'talk',
    pre: '大红门街道民生保障办公室负责的项目有几个？',
    q: '只看年初预算数有填的呢？也就是年初预算那一栏不是空的。',
    expect: (d) => d.count(F(d, (r) => DHM(r) && MS(r) && money(r, 'initialBudget') != null).length),
  },
  {
    id: 't48-talk-08',
    cat: 'talk',
    pre: '请列示2020年度全部项目。',
    q: '上述项目中，总分低于98分的有哪些？',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && ts(r) != null && ts(r) < 98)),
  },
  {
    id: 't48-talk-09',
    cat: 'talk',
    pre: '请核查发改委各项目的全年预算数。',
    q: '——更正：应为全年执行数，请按从高到低排列。',
    expect: (d) =>
      alts(
        d,
        READERS.map((m) => allRanked(d, FG, (r) => m(r, 'executed'), 'desc')),
      ),
  },
  {
    id: 't48-talk-10',
    cat: 'talk',
    pre: '请列示潞源街道项目负责人未填写的项目。',
    q: '上述项目中，全年预算数合计为多少？',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => LY(r) && blank(r.owner)),
          (r) => money(r, 'annualBudget'),
        ),
      ),
  },
  {
    id: 't48-talk-11',
    cat: 'talk',
    pre: '大红门街道总分低于100分的项目有多少个？',
    q: '其中满意度指标得分为0的有几个？',
    // a 未做 satisfaction row with an empty 得分 (创卫…, 总分 90) or filed under 效益指标 (satDoubt) may count
    expect: (d) => {
      const pool = (r) => DHM(r) && ts(r) != null && ts(r) < 100;
      const lo = F(d, (r) => pool(r) && satRows(r).some((i) => i.score === 0)).length;
      const hi = F(d, (r) => pool(r) && (satRows(r).some((i) => i.score === 0) || satZeroMaybe(r))).length;
      return d.countRange(lo, hi);
    },
  },
  {
    id: 't48-talk-12',
    cat: 'talk',
    pre: 'Please list all projects of 双井街道.',
    q: '上述项目的联系电话分别是多少？',
    expect: (d) => column(d, '联系电话', F(d, SJ), (r) => r.phone),
  },
  {
    id: 't48-talk-13',
    cat: 'talk',
    q: '请统计大红门街道项目负责人为赵康的项目数量——更正：负责人应为赵路广。',
    // 「赵路广、孟卓聪」 (a cell naming two) may count
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && norm(r.owner) === '赵路广').length,
        F(d, (r) => DHM(r) && norm(r.owner).includes('赵路广')).length,
      ),
  },
  {
    id: 't48-talk-14',
    cat: 'talk',
    pre: '请列示潞源街道各项目的总分。',
    q: '按总分从低到高排列，仅列前三项。',
    expect: (d) => d.top(F(d, LY), ts, 3, 'asc'),
  },
  {
    id: 't48-talk-15',
    cat: 'talk',
    pre: '嗯那个潞原的项目执行律最低的是哪个',
    q: '换成发改为呢',
    expect: (d) =>
      alts(
        d,
        RATES.map((k) => d.top(F(d, FG), k, 1, 'asc')),
      ),
  },
  {
    id: 't48-talk-16',
    cat: 'talk',
    pre: '大洪门民生保障办公室的项目有多少个',
    q: '那个那个党群办的呢',
    expect: (d) =>
      d.countRange(F(d, (r) => DHM(r) && DQ(r)).length, F(d, (r) => DHM(r) && (DQ(r) || DQ_MAYBE(r))).length),
  },
  {
    id: 't48-talk-17',
    cat: 'talk',
    pre: '禾门口的项目总分都是多少',
    q: '按总分排一下从高到低',
    expect: (d) => allRanked(d, HMK, ts, 'desc'),
  },
  {
    id: 't48-talk-18',
    cat: 'talk',
    pre: '双井的预算一共多少',
    q: '只看基本户那个',
    expect: (d) => d.number(money(R(d, '001-004'), 'annualBudget')),
  },
  {
    id: 't48-talk-19',
    cat: 'talk',
    pre: '潞源总分一百分的项目有哪些',
    q: '不对不对我要的是不到一百分的',
    expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't48-talk-20',
    cat: 'talk',
    q: '喂你好啊辛苦了 那个帮我看下河门口习风园改造项目得了多少分 谢谢啊',
    expect: (d) => d.value(R(d, '004-011'), ts(R(d, '004-011'))),
  },

  // ---------------------------------------------------------------- audit (01–04 A, 05–07 B, 08–10 C)
  {
    id: 't48-audit-01',
    cat: 'audit',
    q: '审计要来了，领导让我先自查一下。请问潞源街道哪些项目表上填的执行率，和全年执行数除以全年预算数算出来的对不上？谢谢您。',
    // SCORING §7: a stated rate that is the computed one truncated or rounded to its decimals is right, such a form optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  {
    id: 't48-audit-02',
    cat: 'audit',
    q: '区里通知要收自评表了，我在查漏项。请问发改委有哪些项目的总分没有填？谢谢。',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't48-audit-03',
    cat: 'audit',
    q: '我刚接手，领导让我把联系人补齐。请问潞源街道哪些项目的项目负责人或者联系电话没填？就是两个里面有一个空着的都算。麻烦了。',
    expect: (d) => d.set(F(d, (r) => LY(r) && (blank(r.owner) || blank(r.phone)))),
  },
  {
    id: 't48-audit-04',
    cat: 'audit',
    q: '审计要来，我想先核一下预算执行的得分。请问潞源街道哪些项目预算执行那一栏的得分和执行率对不上？就是得分不等于执行率乘以分值的意思。谢谢！',
    // the rate the form states (min(rate, 100 %) × 分值, ± 0.05) or the rate of the amounts (budgetScoreOff)
    expect: (d) =>
      d.anyOf(
        d.set(
          F(
            d,
            (r) =>
              LY(r) &&
              rate(r) != null &&
              Math.abs(
                r.funds.total.score.value - (Math.min(rate(r), 100) / 100) * r.funds.total.weight.value,
              ) > 0.05,
          ),
        ),
        d.set(F(d, (r) => LY(r) && budgetScoreOff(r))),
      ),
  },
  {
    id: 't48-audit-05',
    cat: 'audit',
    q: '经核对，请列示总分栏空白，或总分一栏分值不为100的项目。',
    expect: (d) => d.set(F(d, (r) => ts(r) == null || (r.totalWeight != null && r.totalWeight !== 100))),
  },
  {
    id: 't48-audit-06',
    cat: 'audit',
    q: '请核查全年执行数大于全年预算数，或执行率填写为100%但全年执行数小于全年预算数的项目。',
    // 003-096 exceeds by 0.0000004 万元 (a rounding of the form): optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => overspentReal(r) || roundedUp(r)),
        F(d, (r) => overspent(r) || roundedUp(r)),
      ),
  },
  {
    id: 't48-audit-07',
    cat: 'audit',
    q: '除大红门街道外，其余单位中存在三级指标得分低于分值但未填写偏差原因的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => !DHM(r) && devMissingRows(r).length > 0)),
  },
  {
    id: 't48-audit-08',
    cat: 'audit',
    q: '电话号码位数不对的有哪些 就是不是八位也不是十一位的',
    // the cell holding two 8-digit numbers may be listed
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(
          d,
          (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11) || phoneNumbers(r).length > 1,
        ),
      ),
  },
  {
    id: 't48-audit-09',
    cat: 'audit',
    q: '嗯那个有没有哪个项目执行数比预算还多的 超支的那种',
    // none by one 元 or more; 003-096 (0.0000004 万元 over) may be named
    expect: (d) => d.setTol(F(d, overspentReal), F(d, overspent)),
  },
  {
    id: 't48-audit-10',
    cat: 'audit',
    q: '大洪门那边满意度没做的项目有几个',
    expect: (d) => noSurveyCount(d, DHM),
  },

  // ---------------------------------------------------------------- desk (01–04 A, 05–07 B, 08–10 C)
  {
    id: 't48-desk-01',
    cat: 'desk',
    q: '您好，领导让我核对一下各项目的联系方式。请问统计所经费这个项目的联系电话是多少？谢谢。',
    expect: (d) => d.value(R(d, '000-001'), R(d, '000-001').phone),
  },
  {
    id: 't48-desk-02',
    cat: 'desk',
    q: '我刚接手，想确认一下朗清园社区警务工作室装饰装修和信息化工程相关资金项目的实施单位是哪个？就是具体执行的单位。谢谢您。',
    expect: (d) => d.value(R(d, '000-006'), R(d, '000-006').implementingUnit),
  },
  {
    id: 't48-desk-03',
    cat: 'desk',
    q: '区里通知要找各项目的经办人对接。请问接诉即办-社区这个项目的负责人是谁？麻烦了。',
    expect: (d) => d.value(R(d, '000-019'), R(d, '000-019').owner),
  },
  {
    id: 't48-desk-04',
    cat: 'desk',
    q: '领导让我联系习风园改造项目的负责人。请问这个项目的项目负责人是谁？如果表上没写也麻烦告诉我一声，谢谢。',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  {
    id: 't48-desk-05',
    cat: 'desk',
    q: '请核实“法律顾问”项目的主管部门与实施单位分别为何。',
    expect: (d) => d.valueAll(R(d, '002-001'), R(d, '002-001').department, R(d, '002-001').implementingUnit),
  },
  {
    id: 't48-desk-06',
    cat: 'desk',
    q: '请列示“2023年节能专项资金”的全年预算数与全年执行数。',
    expect: (d) => d.value(R(d, '002-006'), money(R(d, '002-006'), 'annualBudget')),
  },
  {
    id: 't48-desk-07',
    cat: 'desk',
    q: '“通州区重大投资项目规划谋划”表上填写的执行率及预算执行得分各为多少？',
    expect: (d) => d.valueAll(R(d, '002-013'), 99.99, 9.99),
  },
  {
    id: 't48-desk-08',
    cat: 'desk',
    q: '那个晨光路拆迁的负责人叫啥',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').owner),
  },
  {
    id: 't48-desk-09',
    cat: 'desk',
    q: '经济大脑那个项目电话多少',
    expect: (d) => d.value(R(d, '002-005'), R(d, '002-005').phone),
  },
  {
    id: 't48-desk-10',
    cat: 'desk',
    q: '双井疫情防控其他零余额那个是哪年的',
    expect: (d) => d.value(R(d, '001-005'), R(d, '001-005').year),
  },

  // ---------------------------------------------------------------- no (01–04 A, 05–07 B, 08–10 C)
  {
    id: 't48-no-01',
    cat: 'no',
    q: '审计要来了，领导让我把合同都整理出来。请问潞源街道各项目的政府采购合同编号分别是多少？麻烦您了。',
    expect: (d) => d.refuse('合同编号'),
  },
  {
    id: 't48-no-02',
    cat: 'no',
    q: '区里通知要报2024年度的自评结果，我刚接手。请问2024年潞源街道的项目平均总分是多少？谢谢。',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't48-no-03',
    cat: 'no',
    q: '领导想和别的街道对比一下。请问海淀区学院路街道有多少个项目？谢谢。',
    expect: (d) => d.refuse('学院路'),
  },
  {
    id: 't48-no-04',
    cat: 'no',
    q: '我刚接手，想了解一下资金的到位情况。请问各项目的资金拨付到位时间分别是什么时候？谢谢您。',
    expect: (d) => d.refuse('拨付'),
  },
  {
    id: 't48-no-05',
    cat: 'no',
    q: '请列示各项目绩效目标的批复文号。',
    expect: (d) => d.refuse('批复文号'),
  },
  {
    id: 't48-no-06',
    cat: 'no',
    q: '请提供第三方评价机构对各项目出具的复核得分。',
    expect: (d) => d.refuse('第三方'),
  },
  {
    id: 't48-no-07',
    cat: 'no',
    q: '请核查2023年第二季度各项目的预算执行率。',
    expect: (d) => d.refuse('季度'),
  },
  {
    id: 't48-no-08',
    cat: 'no',
    q: '嗯那个西城区的项目有几个',
    expect: (d) => d.refuse('西城'),
  },
  {
    id: 't48-no-09',
    cat: 'no',
    q: '张三负责的项目有哪些',
    expect: (d) => d.refuse('张三'),
  },
  {
    id: 't48-no-10',
    cat: 'no',
    q: '去年的项目预算一共多少',
    // 去年 read against today's date (2026): 2025, no forms
    expect: (d) => noYear(d, '去年', 2025),
  },

  // ---------------------------------------------------------------- order (01–04 A, 05–07 B, 08–10 C)
  {
    id: 't48-order-01',
    cat: 'order',
    q: '领导要看潞源街道的大项目。请问潞源街道全年预算最多的前三个项目是哪些？麻烦按预算从高到低列一下，谢谢。',
    expect: (d) => topM(d, LY, 'annualBudget', 3, 'desc'),
  },
  {
    id: 't48-order-02',
    cat: 'order',
    q: '我刚接手大红门民生保障这块。请问实施单位是民生保障办公室的项目里，全年执行数最少的是哪个项目？谢谢。',
    expect: (d) =>
      d.top(
        F(d, (r) => DHM(r) && MS(r)),
        (r) => money(r, 'executed'),
        1,
        'asc',
      ),
  },
  {
    id: 't48-order-03',
    cat: 'order',
    q: '区里通知要重点关注得分低的项目。请问河门口街道总分最低的是哪个项目？如果有并列的也告诉我一下，谢谢。',
    // tied at the lowest 总分: any of them, all of them listed is right too
    expect: (d) => {
      const rs = F(d, HMK);
      const low = Math.min(...rs.map(ts));
      return d.anyOf(d.top(rs, ts, 1, 'asc'), d.set(rs.filter((r) => ts(r) === low)));
    },
  },
  {
    id: 't48-order-04',
    cat: 'order',
    q: '领导要发改委的项目排个序。请问发改委的项目按全年预算从高到低排是怎样的？也就是全部列出来按预算排。谢谢。',
    expect: (d) =>
      alts(
        d,
        READERS.map((m) => allRanked(d, FG, (r) => m(r, 'annualBudget'), 'desc')),
      ),
  },
  {
    id: 't48-order-05',
    cat: 'order',
    q: '请列示年初预算数与全年预算数均已填写的项目中，两者差额（按绝对值）最大的前三个项目。',
    expect: (d) =>
      d.top(
        F(d, bothBudgets),
        (r) => Math.abs(money(r, 'annualBudget') - money(r, 'initialBudget')),
        3,
        'desc',
      ),
  },
  {
    id: 't48-order-06',
    cat: 'order',
    q: '总分低于100分的项目中，全年预算数最大的是哪一个？',
    expect: (d) => topM(d, (r) => ts(r) != null && ts(r) < 100, 'annualBudget', 1, 'desc'),
  },
  {
    id: 't48-order-07',
    cat: 'order',
    q: '2020年度项目按全年执行数降序排列，位列第二的是哪个项目？',
    expect: (d) => nthOne(d, F(d, yr(2020)), (r) => money(r, 'executed'), 2, 'desc'),
  },
  {
    id: 't48-order-08',
    cat: 'order',
    q: '大洪门预算最多的五个',
    expect: (d) => topM(d, DHM, 'annualBudget', 5, 'desc'),
  },
  {
    id: 't48-order-09',
    cat: 'order',
    q: '潞原分最低的是哪个',
    expect: (d) => {
      const rs = F(d, LY);
      const low = Math.min(...rs.map(ts));
      return d.anyOf(d.top(rs, ts, 1, 'asc'), d.set(rs.filter((r) => ts(r) === low)));
    },
  },
  {
    id: 't48-order-10',
    cat: 'order',
    q: '全部项目里头花钱最少的三个',
    expect: (d) => topM(d, () => true, 'executed', 3, 'asc'),
  },

  // ---------------------------------------------------------------- tally (01–04 A, 05–07 B, 08–10 C)
  {
    id: 't48-tally-01',
    cat: 'tally',
    q: '领导要一个简单的汇总。请问2020年和2023年分别有多少个项目？就是按年度数一下个数的意思。谢谢。',
    expect: (d) => groupCount(d, (r) => String(r.year)),
  },
  {
    id: 't48-tally-02',
    cat: 'tally',
    q: '我刚接手，想知道各位负责人手上的项目。请问潞源街道周蕾莹负责的项目一共有几个？谢谢。',
    expect: (d) => d.count(F(d, (r) => LY(r) && norm(r.owner) === '周蕾莹').length),
  },
  {
    id: 't48-tally-03',
    cat: 'tally',
    q: '区里通知要报满意度的情况。请问大红门街道满意度指标有扣分的项目有几个？就是满意度那一条得分比分值低的意思。麻烦了。',
    // a satisfaction row filed under 效益指标 by the pdf-text reading (satDoubt) or a 未做 row with an empty 得分 may count
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satShort(r)).length,
        F(d, (r) => DHM(r) && (satShort(r) || satDoubt(r) || satNotDone(r))).length,
      ),
  },
  {
    id: 't48-tally-04',
    cat: 'tally',
    q: '领导想看发改委内部怎么分的。请问发改委的项目按实施单位分别有几个？以表上写的实施单位为准，谢谢。',
    expect: (d) => groupCount(d, (r) => r.implementingUnit, F(d, FG)),
  },
  {
    id: 't48-tally-05',
    cat: 'tally',
    q: '请按年度分别统计项目个数及全年预算数合计。',
    expect: (d) =>
      allOf(
        groupCount(d, (r) => String(r.year)),
        alts(
          d,
          READERS.map((m) =>
            d.groups(
              tallyBy(
                d.all,
                (r) => String(r.year),
                (r) => m(r, 'annualBudget') ?? 0,
              ),
            ),
          ),
        ),
      ),
  },
  {
    id: 't48-tally-06',
    cat: 'tally',
    q: '请统计大红门街道实施单位为城乡管理办公室的项目个数。',
    // 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be counted
    expect: (d) =>
      d.countRange(F(d, (r) => DHM(r) && CX(r)).length, F(d, (r) => DHM(r) && (CX(r) || CX_MAYBE(r))).length),
  },
  {
    id: 't48-tally-07',
    cat: 'tally',
    q: '项目负责人为李毅飞且总分为100分的项目共有几个？',
    expect: (d) => d.count(F(d, (r) => norm(r.owner) === '李毅飞' && ts(r) === 100).length),
  },
  {
    id: 't48-tally-08',
    cat: 'tally',
    q: '嗯牛艳伟手上有几个项目',
    expect: (d) => d.count(F(d, (r) => norm(r.owner) === '牛艳维').length),
  },
  {
    id: 't48-tally-09',
    cat: 'tally',
    q: '河门口一共多少个项目 总预算多少',
    expect: (d) =>
      allOf(d.count(F(d, HMK).length), d.number(sumOf(F(d, HMK), (r) => money(r, 'annualBudget')))),
  },
  {
    id: 't48-tally-10',
    cat: 'tally',
    q: '按负责人数一下发改为的项目',
    expect: (d) => groupCount(d, (r) => r.owner, F(d, FG)),
  },
];
