// The fifty-fifth part (helper "blind73"): 120 portfolio questions asked by three people over the 169 forms — (A) an
// auditor of a 区审计局 审计组 on a 财政专项资金 audit of the 大红门 and 通州 units, in formal written sentences with the
// form's exact terms (年初预算数, 全年预算数, 全年执行数, 请列出, 请核对, 合计, 折合人民币…元), (B) the 报账会计 of the 潞源街道
// 财政所 who types fast in WeChat style with English words mixed in (total, list, top5, check, avg, pls, w for 万) and a
// few pinyin typos (路源, 执行律, 满意读), and (C) a 科长 of the 丰台区财政局 预算科 who speaks into his phone: spoken
// numbers, fillers, run-on sentences without punctuation, speech-recognition homophones (大洪门, 牛艳伟, 执行书) and
// short follow-ups (`pre`). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any
// other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split.
// Definitions: ../README.md ("The fifty-fifth part").
import {
  belowWeight,
  budgetScore,
  budgetWeight,
  devMissing,
  inUnit,
  norm,
  rate,
  rateComputed,
  satDoubt,
  satLow,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  atMost,
  between,
  budgetRowDoubt,
  budgetScoreOff,
  column,
  F,
  groupCount,
  moneyBandCount,
  noSurvey,
  noYear,
  overspent,
  overspentReal,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  tallyBy,
} from '../lib/shorthands.mjs';
import {
  ann,
  budgetOffBy,
  budgetScoreBlank,
  DHM,
  exe,
  FG,
  HMK,
  init,
  LY,
  moneyFig,
  nameHas,
  numbers,
  office,
  officeCount,
  officeSet,
  over,
  overPools,
  ownerHas,
  ownerIs,
  PCT,
  R,
  RATES,
  READERS,
  SJ,
  satZero,
  sumBy,
  ts,
  yuan,
} from './helpers.mjs';

const both = (r) => init(r) != null && ann(r) != null;
const phoneBad = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);
const phoneTwo = (r) => phoneNumbers(r).length > 1;
const FT = (r) => inUnit(r, '丰台');
const TZ = (r) => inUnit(r, '通州');
/** A satisfaction count over an office: a doubtful record (satDoubt: no row read, one in the text) may count. */
const officeCount2 = (d, name, f) => {
  const { must, wide } = office(d, name);
  return d.countRange(must.filter(f).length, wide.filter((r) => f(r) || satDoubt(r)).length);
};

export const questions = [
  // ---- money: A (auditor) 01–09, B (潞源 会计) 10–17, C (丰台 科长, voice) 18–25 ----
  {
    id: 't55-money-01',
    cat: 'money',
    q: '请汇总大红门街道办事处全部项目的全年预算数合计（万元）。',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    id: 't55-money-02',
    cat: 'money',
    q: '请分别列示大红门街道民生保障办公室所有项目的年初预算数合计和全年预算数合计。',
    expect: (d) => {
      const rs = office(d, '民生保障办公室').must;
      return allOf(d.number(sumBy(rs, init)), d.number(sumBy(rs, ann)));
    },
  },
  {
    id: 't55-money-03',
    cat: 'money',
    q: '请核对通州区发展和改革委员会2023年度项目的全年执行数合计是多少万元。',
    expect: (d) => d.sumMoney(F(d, FG), 'executed'),
  },
  {
    id: 't55-money-04',
    cat: 'money',
    q: '全年预算数高于年初预算数的项目，全年预算数比年初预算数共计增加了多少万元？',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => both(r) && ann(r) > init(r)),
          (r) => ann(r) - init(r),
        ),
      ),
  },
  {
    id: 't55-money-05',
    cat: 'money',
    q: '全年预算数低于年初预算数的项目，合计调减金额是多少万元？',
    expect: (d) =>
      numbers(
        d,
        [
          sumBy(
            F(d, (r) => both(r) && ann(r) < init(r)),
            (r) => init(r) - ann(r),
          ),
        ].flatMap((v) => [v, -v]),
      ),
  },
  {
    id: 't55-money-06',
    cat: 'money',
    q: '晨光路拆迁资金项目的全年执行数折合人民币多少元？',
    expect: (d) => yuan(d, exe(R(d, '003-091'))),
  },
  {
    id: 't55-money-07',
    cat: 'money',
    q: '潞源街道办事处各项目全年预算数减去全年执行数的差额合计为多少万元？',
    expect: (d) => d.number(sumBy(F(d, LY), (r) => ann(r) - exe(r))),
  },
  {
    id: 't55-money-08',
    cat: 'money',
    q: '全部项目的全年执行数平均每个项目是多少万元？',
    expect: (d) => moneyFig(d, (m) => sumBy(d.all, (r) => m(r, 'executed')) / d.all.length),
  },
  {
    id: 't55-money-09',
    cat: 'money',
    q: '双井街道办事处疫情防控资金两个项目的全年预算数合计是多少？',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  {
    id: 't55-money-10',
    cat: 'money',
    q: '潞源的项目 budget total 多少w',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  {
    id: 't55-money-11',
    cat: 'money',
    q: '潞源街道今年执行数一共多少啊，就是2023的',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 't55-money-12',
    cat: 'money',
    q: '李哲负责的那俩小微项目预算加起来多少',
    expect: (d) => d.sumMoney(F(d, ownerIs('李哲')), 'annualBudget'),
  },
  {
    id: 't55-money-13',
    cat: 'money',
    q: '发改委项目预算 avg 多少，平均每个',
    expect: (d) => moneyFig(d, (m) => sumBy(F(d, FG), (r) => m(r, 'annualBudget')) / F(d, FG).length),
  },
  {
    id: 't55-money-14',
    cat: 'money',
    q: '朗清园社区警务工作室那个项目还剩多少钱没花完',
    expect: (d) => {
      const r = R(d, '000-006');
      return d.number(ann(r) - exe(r));
    },
  },
  {
    id: 't55-money-15',
    cat: 'money',
    q: '周蕾莹负责的项目预算加一起多少w？pls',
    expect: (d) => d.sumMoney(F(d, ownerIs('周蕾莹')), 'annualBudget'),
  },
  {
    id: 't55-money-16',
    cat: 'money',
    q: '潞源预算超过100w的项目，预算 total 是多少',
    expect: (d) =>
      d.anyOf(
        d.sumMoney(
          F(d, (r) => LY(r) && ann(r) > 100),
          'annualBudget',
        ),
        d.sumMoney(
          F(d, (r) => LY(r) && ann(r) >= 100),
          'annualBudget',
        ),
      ),
  },
  {
    id: 't55-money-17',
    cat: 'money',
    q: '潞源街道整体执行率多少？执行数合计除以预算合计那种',
    expect: (d) => {
      const rs = F(d, LY);
      return d.number((100 * sumBy(rs, exe)) / sumBy(rs, ann), PCT);
    },
  },
  {
    id: 't55-money-18',
    cat: 'money',
    q: '嗯大洪门街道城乡管理办公室的项目全年预算加起来是多少钱',
    expect: (d) => overPools(d, '城乡管理办公室', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  {
    id: 't55-money-19',
    cat: 'money',
    q: '你帮我算一下大红门便民服务中心那些项目全年执行书一共多少',
    expect: (d) => overPools(d, '便民服务中心', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't55-money-20',
    cat: 'money',
    q: '大红门街道民生保障办那个牛艳伟负责的项目全年预算合计是多少',
    expect: (d) => d.sumMoney(F(d, ownerIs('牛艳维')), 'annualBudget'),
  },
  {
    id: 't55-money-21',
    cat: 'money',
    q: '赵康负责的项目全年预算一共多少啊平均一个项目多少',
    expect: (d) => {
      const rs = F(d, ownerIs('赵康'));
      return allOf(d.sumMoney(rs, 'annualBudget'), d.number(sumBy(rs, ann) / rs.length));
    },
  },
  {
    id: 't55-money-22',
    cat: 'money',
    q: '大红门综合办公室的项目一共花出去多少钱',
    expect: (d) => overPools(d, '综合办公室', (rs) => d.sumMoney(rs, 'executed')),
  },
  {
    id: 't55-money-23',
    cat: 'money',
    q: '那个平安建设办公室的项目全年预算合计一下是多少',
    expect: (d) => overPools(d, '平安建设办公室', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  {
    id: 't55-money-24',
    cat: 'money',
    q: '大红门那个晨光路拆迁资金还有那个二零二一年度老旧小区完善类改造项目两个加起来全年预算多少钱',
    expect: (d) => d.number(ann(R(d, '003-091')) + ann(R(d, '003-007'))),
  },
  {
    id: 't55-money-25',
    cat: 'money',
    q: '大红门街道党群工作办公室的项目全年执行数合计多少',
    expect: (d) => overPools(d, '党群工作办公室', (rs) => d.sumMoney(rs, 'executed')),
  },

  // ---- rows ----
  {
    id: 't55-rows-01',
    cat: 'rows',
    q: '请列出全年执行数大于全年预算数的项目。',
    expect: (d) => d.setTol(F(d, overspentReal), F(d, overspent)),
  },
  {
    id: 't55-rows-02',
    cat: 'rows',
    q: '请列出大红门街道平安建设办公室年初预算数未填写的项目。',
    expect: (d) => officeSet(d, '平安建设办公室', (r) => init(r) == null),
  },
  {
    id: 't55-rows-03',
    cat: 'rows',
    q: '请列示大红门街道党群工作办公室年初预算数与全年预算数不一致的项目。',
    expect: (d) => officeSet(d, '党群工作办公室', (r) => both(r) && init(r) !== ann(r)),
  },
  {
    id: 't55-rows-04',
    cat: 'rows',
    q: '项目负责人未填写的项目有哪些？请全部列出。',
    expect: (d) => d.set(F(d, (r) => norm(r.owner) === '')),
  },
  {
    id: 't55-rows-05',
    cat: 'rows',
    q: '请列出总分低于95分的项目。',
    expect: (d) => d.set(F(d, (r) => ts(r) != null && ts(r) < 95)),
  },
  {
    id: 't55-rows-06',
    cat: 'rows',
    q: '请列出表上填报的预算执行率低于100%的项目。',
    expect: (d) => d.set(F(d, (r) => rate(r) != null && rate(r) < 100)),
  },
  {
    id: 't55-rows-07',
    cat: 'rows',
    q: '大红门街道以外的项目中，满意度指标未得满分的有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => !DHM(r) && satLow(r)),
        F(d, (r) => !DHM(r) && (satLow(r) || satDoubt(r))),
      ),
  },
  {
    id: 't55-rows-08',
    cat: 'rows',
    q: '请列出通州区有指标扣分但偏差原因分析未填写的项目。',
    expect: (d) => d.set(F(d, (r) => TZ(r) && devMissing(r))),
  },
  {
    id: 't55-rows-09',
    cat: 'rows',
    q: '请列出大红门街道全年预算数在100万元至500万元之间的项目。',
    expect: (d) => between(d, DHM, ann, 100, 500),
  },
  {
    id: 't55-rows-10',
    cat: 'rows',
    q: '潞源 执行律不是100%的 list一下',
    expect: (d) => over(d, RATES, (rf) => d.set(F(d, (r) => LY(r) && rf(r) != null && rf(r) !== 100))),
  },
  {
    id: 't55-rows-11',
    cat: 'rows',
    q: '路源哪些项目没写负责人',
    expect: (d) => d.set(F(d, (r) => LY(r) && norm(r.owner) === '')),
  },
  {
    id: 't55-rows-12',
    cat: 'rows',
    q: '李哲和贾安琪负责的项目有哪些',
    expect: (d) => d.set(F(d, (r) => ownerIs('李哲')(r) || ownerIs('贾安琪')(r))),
  },
  {
    id: 't55-rows-13',
    cat: 'rows',
    q: '潞源预算10w以下的项目',
    expect: (d) => atMost(d, LY, ann, 10),
  },
  {
    id: 't55-rows-14',
    cat: 'rows',
    q: '潞源有满意读指标的项目有哪些',
    expect: (d) => d.set(F(d, (r) => LY(r) && satRows(r).length > 0)),
  },
  {
    id: 't55-rows-15',
    cat: 'rows',
    q: '电话是89538675的项目都有哪些',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).includes('89538675'))),
  },
  {
    id: 't55-rows-16',
    cat: 'rows',
    q: '发改委哪几个项目总分没填',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't55-rows-17',
    cat: 'rows',
    q: '潞源哪些项目的指标扣分了？check一下',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && belowWeight(r)),
        F(
          d,
          (r) => LY(r) && (belowWeight(r) || (budgetScore(r) != null && budgetScore(r) < budgetWeight(r))),
        ),
      ),
  },
  {
    id: 't55-rows-18',
    cat: 'rows',
    q: '大洪门街道满意度没做的项目有哪些',
    expect: (d) => noSurvey(d, DHM),
  },
  {
    id: 't55-rows-19',
    cat: 'rows',
    q: '那个总分没有拿满一百分的大红门项目都给我列出来',
    expect: (d) => d.set(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't55-rows-20',
    cat: 'rows',
    q: '大红门街道全年预算超过五百万的项目有哪些',
    expect: (d) => d.set(F(d, (r) => DHM(r) && ann(r) > 500)),
  },
  {
    id: 't55-rows-21',
    cat: 'rows',
    q: '孟卓聪负责的项目都有哪些',
    expect: (d) => d.setTol(F(d, ownerIs('孟卓聪')), F(d, ownerHas('孟卓聪'))),
  },
  {
    id: 't55-rows-22',
    cat: 'rows',
    q: '大红门街道联系电话位数不对的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && phoneBad(r)),
        F(d, (r) => DHM(r) && (phoneBad(r) || phoneTwo(r))),
      ),
  },
  {
    id: 't55-rows-23',
    cat: 'rows',
    q: '丰台区的项目里面年初预算比全年预算多的是哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FT(r) && both(r) && init(r) > ann(r)),
        F(d, (r) => (FT(r) || DHM(r)) && both(r) && init(r) > ann(r)),
      ),
  },
  {
    id: 't55-rows-24',
    cat: 'rows',
    q: '便民服务中心的项目给我列一下',
    expect: (d) => officeSet(d, '便民服务中心'),
  },
  {
    id: 't55-rows-25',
    cat: 'rows',
    q: '大红门街道满意度那一项扣了分的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && satLow(r)),
        F(d, (r) => DHM(r) && (satLow(r) || satDoubt(r))),
      ),
  },

  // ---- talk: A 01–07, B 08–14, C 15–20 ----
  {
    id: 't55-talk-01',
    cat: 'talk',
    pre: '请列出通州区发展和改革委员会的全部项目。',
    q: '其中总分未填写的有哪些？',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't55-talk-02',
    cat: 'talk',
    pre: '大红门街道民生保障办公室的项目有多少个？',
    q: '其中满意度指标得分为0的有几个？',
    expect: (d) => officeCount2(d, '民生保障办公室', satZero),
  },
  {
    id: 't55-talk-03',
    cat: 'talk',
    pre: '请统计潞源街道办事处项目的全年预算数合计。',
    q: '全年执行数合计呢？',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 't55-talk-04',
    cat: 'talk',
    pre: '请列出年初预算数大于全年预算数的项目。',
    q: '请按调减金额从大到小排列。',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => both(r) && init(r) > ann(r)),
        (r) => init(r) - ann(r),
        'desc',
      ),
  },
  {
    id: 't55-talk-05',
    cat: 'talk',
    pre: '项目负责人为赵康的项目有多少个？',
    q: '上述项目的全年预算数合计是多少？',
    expect: (d) => d.sumMoney(F(d, ownerIs('赵康')), 'annualBudget'),
  },
  {
    id: 't55-talk-06',
    cat: 'talk',
    pre: '请列出总分低于100分的潞源街道项目。',
    q: '请补充列示上述项目的项目负责人和联系电话。',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100);
      return allOf(
        column(d, '负责人', rs, (r) => r.owner),
        column(d, '电话', rs, (r) => r.phone),
      );
    },
  },
  {
    id: 't55-talk-07',
    cat: 'talk',
    pre: '请列出双井街道办事处的项目。',
    q: '河门口街道办事处的呢？',
    expect: (d) => d.set(F(d, HMK)),
  },
  {
    id: 't55-talk-08',
    cat: 'talk',
    pre: '潞源执行率最低的项目是哪个',
    q: '那前三个呢',
    expect: (d) => over(d, RATES, (rf) => d.top(F(d, LY), rf, 3, 'asc')),
  },
  {
    id: 't55-talk-09',
    cat: 'talk',
    pre: '周蕾莹负责几个项目',
    q: 'list一下',
    expect: (d) => d.set(F(d, ownerIs('周蕾莹'))),
  },
  {
    id: 't55-talk-10',
    cat: 'talk',
    pre: '发改委项目预算一共多少w',
    q: '那执行数呢',
    expect: (d) => d.sumMoney(F(d, FG), 'executed'),
  },
  {
    id: 't55-talk-11',
    cat: 'talk',
    pre: '潞源 接诉即办-社区 这个项目负责人是谁',
    q: '电话呢',
    expect: (d) => d.value(R(d, '000-019'), R(d, '000-019').phone),
  },
  {
    id: 't55-talk-12',
    cat: 'talk',
    pre: '潞源总分不是100的有哪些',
    q: '按总分从低到高排一下',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => LY(r) && ts(r) != null && ts(r) !== 100),
        ts,
        'asc',
      ),
  },
  {
    id: 't55-talk-13',
    cat: 'talk',
    pre: '潞源预算超过100w的项目有哪些',
    q: '去掉下沉协管员那个',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && ann(r) > 100 && !nameHas('下沉协管员')(r)),
        F(d, (r) => LY(r) && ann(r) >= 100 && !nameHas('下沉协管员')(r)),
      ),
  },
  {
    id: 't55-talk-14',
    cat: 'talk',
    pre: '河门口的项目有几个',
    q: '平均总分多少',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
  {
    id: 't55-talk-15',
    cat: 'talk',
    pre: '大洪门街道城乡管理办公室有多少个项目',
    q: '那民生保障办公室呢',
    expect: (d) => officeCount(d, '民生保障办公室'),
  },
  {
    id: 't55-talk-16',
    cat: 'talk',
    pre: '赵路广负责的项目有哪些',
    q: '那孟卓聪呢',
    expect: (d) => d.setTol(F(d, ownerIs('孟卓聪')), F(d, ownerHas('孟卓聪'))),
  },
  {
    id: 't55-talk-17',
    cat: 'talk',
    pre: '大红门全年预算最高的五个项目',
    q: '换成执行数呢',
    expect: (d) => d.topMoney(F(d, DHM), 'executed', 5, 'desc'),
  },
  {
    id: 't55-talk-18',
    cat: 'talk',
    pre: '大红门民生保障办公室满意度没拿满分的项目有几个',
    q: '都是哪些',
    expect: (d) => {
      const { must } = office(d, '民生保障办公室');
      return d.setTol(
        must.filter(satLow),
        must.filter((r) => satLow(r) || satDoubt(r)),
      );
    },
  },
  {
    id: 't55-talk-19',
    cat: 'talk',
    pre: '大红门街道总分最低的项目是哪个',
    q: '它的负责人是谁',
    expect: (d) => {
      const low = F(d, (r) => DHM(r) && ts(r) != null).sort((a, b) => ts(a) - ts(b))[0];
      return d.value(low, low.owner);
    },
  },
  {
    id: 't55-talk-20',
    cat: 'talk',
    pre: '便民服务中心的项目全年预算合计多少',
    q: '平均每个呢',
    expect: (d) => overPools(d, '便民服务中心', (rs) => d.number(sumBy(rs, ann) / rs.length)),
  },

  // ---- audit: A 01–04, B 05–07, C 08–10 ----
  {
    id: 't55-audit-01',
    cat: 'audit',
    q: '请核查哪些项目填报的执行率与全年执行数除以全年预算数的计算结果不一致。',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    id: 't55-audit-02',
    cat: 'audit',
    q: '请列出预算执行得分与预算执行率不匹配的项目。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetOffBy(rate)(r) && budgetOffBy(rateComputed)(r) && !budgetRowDoubt(r)),
        F(
          d,
          (r) =>
            budgetOffBy(rate)(r) || budgetOffBy(rateComputed)(r) || budgetScoreOff(r) || budgetRowDoubt(r),
        ),
      ),
  },
  {
    id: 't55-audit-03',
    cat: 'audit',
    q: '请列出联系电话位数不符合规范（既非8位固话也非11位手机号）的项目。',
    expect: (d) =>
      d.setTol(
        F(d, phoneBad),
        F(d, (r) => phoneBad(r) || phoneTwo(r)),
      ),
  },
  {
    id: 't55-audit-04',
    cat: 'audit',
    q: '是否存在执行率填报为100%、但全年执行数小于全年预算数的项目？如有请列出。',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 't55-audit-05',
    cat: 'audit',
    q: '潞源的表有没有执行率填错的？帮我check下',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  {
    id: 't55-audit-06',
    cat: 'audit',
    q: '潞源 预算执行那一栏得分算错的有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && budgetOffBy(rate)(r) && budgetOffBy(rateComputed)(r)),
        F(d, (r) => LY(r) && (budgetOffBy(rate)(r) || budgetOffBy(rateComputed)(r))),
      ),
  },
  {
    id: 't55-audit-07',
    cat: 'audit',
    q: '潞源有没有扣了分但是没写偏差原因的表',
    expect: (d) => d.set(F(d, (r) => LY(r) && devMissing(r))),
  },
  {
    id: 't55-audit-08',
    cat: 'audit',
    q: '大红门街道那些表里有没有扣了分但是偏差原因没写的你给我列一下',
    expect: (d) => d.set(F(d, (r) => DHM(r) && devMissing(r))),
  },
  {
    id: 't55-audit-09',
    cat: 'audit',
    q: '大洪门街道执行率填得跟金额算出来对不上的有哪几个',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && rateOff(r)),
        F(d, (r) => DHM(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  {
    id: 't55-audit-10',
    cat: 'audit',
    q: '大红门街道预算执行率那一行没给打分的表有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && budgetScoreBlank(r)),
        F(d, (r) => DHM(r) && (budgetScoreBlank(r) || budgetRowDoubt(r))),
      ),
  },

  // ---- desk: A 01–04, B 05–07, C 08–10 ----
  {
    id: 't55-desk-01',
    cat: 'desk',
    q: '大红门街道“2023年法律服务”项目的项目负责人及联系电话分别是什么？',
    expect: (d) => d.valueAll(R(d, '003-027'), R(d, '003-027').owner, R(d, '003-027').phone),
  },
  {
    id: 't55-desk-02',
    cat: 'desk',
    q: '通州区“经济大脑”服务项目的全年执行数是多少万元？',
    expect: (d) => d.value(R(d, '002-005'), exe(R(d, '002-005'))),
  },
  {
    id: 't55-desk-03',
    cat: 'desk',
    q: '2023年城市居民最低生活保障项目的年初预算数是多少？',
    expect: (d) => d.value(R(d, '003-015'), init(R(d, '003-015'))),
  },
  {
    id: 't55-desk-04',
    cat: 'desk',
    q: '政府投资项目评估审核费项目的预算执行率是多少？',
    expect: (d) => d.value(R(d, '002-002'), rate(R(d, '002-002')), rateComputed(R(d, '002-002'))),
  },
  {
    id: 't55-desk-05',
    cat: 'desk',
    q: '潞源 下沉协管员经费 负责人是谁',
    expect: (d) => d.value(R(d, '000-026'), R(d, '000-026').owner),
  },
  {
    id: 't55-desk-06',
    cat: 'desk',
    q: '公益电影放映补贴 总分多少',
    expect: (d) => d.value(R(d, '000-027'), ts(R(d, '000-027'))),
  },
  {
    id: 't55-desk-07',
    cat: 'desk',
    q: '朗清园那个警务工作室项目 执行率多少？',
    expect: (d) => d.value(R(d, '000-006'), rate(R(d, '000-006')), rateComputed(R(d, '000-006'))),
  },
  {
    id: 't55-desk-08',
    cat: 'desk',
    q: '大红门街道晨光路拆迁资金的实施单位是哪个',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').implementingUnit),
  },
  {
    id: 't55-desk-09',
    cat: 'desk',
    q: '平安建设经费那个项目总分是多少分',
    expect: (d) => d.value(R(d, '003-127'), ts(R(d, '003-127'))),
  },
  {
    id: 't55-desk-10',
    cat: 'desk',
    q: '嗯温馨家园运行经费的联系电话是多少',
    expect: (d) => d.value(R(d, '003-141'), R(d, '003-141').phone),
  },

  // ---- no: A 01–04, B 05–07, C 08–10 ----
  {
    id: 't55-no-01',
    cat: 'no',
    q: '请列出各项目的政府采购方式及中标单位。',
    expect: (d) => d.refuse('采购'),
  },
  {
    id: 't55-no-02',
    cat: 'no',
    q: '大红门街道2021年度项目的全年预算数合计是多少？',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    id: 't55-no-03',
    cat: 'no',
    q: '请提供各项目资金下达的批复文号。',
    expect: (d) => d.refuse('文号'),
  },
  {
    id: 't55-no-04',
    cat: 'no',
    q: '上一轮审计发现问题的整改完成情况如何？',
    expect: (d) => d.refuse('整改'),
  },
  {
    id: 't55-no-05',
    cat: 'no',
    q: '海淀区的项目有哪些',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  {
    id: 't55-no-06',
    cat: 'no',
    q: '潞源明年预算多少啊',
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    id: 't55-no-07',
    cat: 'no',
    q: '潞源23年固定资产有多少',
    expect: (d) => d.refuse('固定资产'),
  },
  {
    id: 't55-no-08',
    cat: 'no',
    q: '大红门街道上个季度花了多少钱',
    expect: (d) => d.refuse('季度'),
  },
  {
    id: 't55-no-09',
    cat: 'no',
    q: '大红门街道民生保障办公室有多少个人员编制',
    expect: (d) => d.refuse('编制'),
  },
  {
    id: 't55-no-10',
    cat: 'no',
    q: '你把大红门所有项目的总分都给我改成一百分',
    expect: (d) => d.refuse('总分'),
  },

  // ---- order: A 01–04, B 05–07, C 08–10 ----
  {
    id: 't55-order-01',
    cat: 'order',
    q: '请按全年预算数从高到低列出通州区发展和改革委员会的全部项目。',
    expect: (d) => d.anyOf(...READERS.map((m) => ranked(d, F(d, FG), (r) => m(r, 'annualBudget'), 'desc'))),
  },
  {
    id: 't55-order-02',
    cat: 'order',
    q: '全年预算数较年初预算数调增金额最大的三个项目是哪些？',
    expect: (d) => d.top(F(d, both), (r) => ann(r) - init(r), 3, 'desc'),
  },
  {
    id: 't55-order-03',
    cat: 'order',
    q: '请列出全年执行数最少的五个项目。',
    expect: (d) => d.topMoney(d.all, 'executed', 5, 'asc'),
  },
  {
    id: 't55-order-04',
    cat: 'order',
    q: '大红门街道总分最低的三个项目是哪些？',
    expect: (d) => d.top(F(d, DHM), ts, 3, 'asc'),
  },
  {
    id: 't55-order-05',
    cat: 'order',
    q: '潞源预算top5',
    expect: (d) => d.topMoney(F(d, LY), 'annualBudget', 5, 'desc'),
  },
  {
    id: 't55-order-06',
    cat: 'order',
    q: '潞源执行率最低的是哪个项目',
    expect: (d) => over(d, RATES, (rf) => d.top(F(d, LY), rf, 1, 'asc')),
  },
  {
    id: 't55-order-07',
    cat: 'order',
    q: '发改委执行数最多的项目是哪个',
    expect: (d) => d.topMoney(F(d, FG), 'executed', 1, 'desc'),
  },
  {
    id: 't55-order-08',
    cat: 'order',
    q: '大红门街道民生保障办公室全年预算最多的三个项目',
    expect: (d) => overPools(d, '民生保障办公室', (rs) => d.topMoney(rs, 'annualBudget', 3, 'desc')),
  },
  {
    id: 't55-order-09',
    cat: 'order',
    q: '李毅飞负责的项目里面哪个钱最多',
    expect: (d) => d.topMoney(F(d, ownerIs('李毅飞')), 'annualBudget', 1, 'desc'),
  },
  {
    id: 't55-order-10',
    cat: 'order',
    q: '大红门综合办公室的项目按执行数从低到高给我排一下',
    expect: (d) => overPools(d, '综合办公室', (rs) => ranked(d, rs, exe, 'asc')),
  },

  // ---- tally: A 01–04, B 05–07, C 08–10 ----
  {
    id: 't55-tally-01',
    cat: 'tally',
    q: '请按年度统计项目个数。',
    expect: (d) => groupCount(d, (r) => String(r.year)),
  },
  {
    id: 't55-tally-02',
    cat: 'tally',
    q: '请按主管部门统计大红门街道的项目数量。',
    expect: (d) => groupCount(d, (r) => r.department, F(d, DHM)),
  },
  {
    id: 't55-tally-03',
    cat: 'tally',
    q: '年初预算数未填写的项目共有多少个？',
    expect: (d) => d.count(F(d, (r) => init(r) == null).length),
  },
  {
    id: 't55-tally-04',
    cat: 'tally',
    q: '全年预算数在1000万元以上的项目有几个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY),
  },
  {
    id: 't55-tally-05',
    cat: 'tally',
    q: '潞源设了满意度指标的项目有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && satRows(r).length > 0).length),
  },
  {
    id: 't55-tally-06',
    cat: 'tally',
    q: '潞源各负责人分别负责几个项目',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, (r) => LY(r) && norm(r.owner) !== ''),
          (r) => r.owner,
          () => 1,
        ),
      ),
  },
  {
    id: 't55-tally-07',
    cat: 'tally',
    q: '发改委总分100分的有几个',
    expect: (d) => d.count(F(d, (r) => FG(r) && ts(r) === 100).length),
  },
  {
    id: 't55-tally-08',
    cat: 'tally',
    q: '赵康一共负责了多少个项目',
    expect: (d) => d.count(F(d, ownerIs('赵康')).length),
  },
  {
    id: 't55-tally-09',
    cat: 'tally',
    q: '大红门民生保障办公室里面满意度没做的项目有多少个',
    expect: (d) => officeCount2(d, '民生保障办公室', satNotDone),
  },
  {
    id: 't55-tally-10',
    cat: 'tally',
    q: '丰台区总分是一百分的项目有几个',
    expect: (d) => {
      const must = F(d, (r) => FT(r) && ts(r) === 100).length;
      const wide = F(d, (r) => (FT(r) || DHM(r)) && ts(r) === 100).length;
      return must === wide ? d.count(must) : d.anyOf(d.count(must), d.count(wide));
    },
  },
];
