// The fifty-sixth part (helper "blind74"): 120 portfolio questions asked by three people over the 169 forms — (A) the
// 会计 of the 财务科 of the 潞源街道办事处 (通州), who writes to the bot as she writes an internal memo: long, formal, polite
// sentences (您好，烦请…，谢谢 / 请协助核算 / 上述项目 / 予以列示), the form's own terms (年初预算数, 全年执行数, 结余, 三级指标,
// 年度指标值); (B) a young 科员 of the 城乡管理办公室 of the 大红门街道 (丰台), who types fast on his phone: no punctuation,
// typos (城乡管里办), English words mixed in (budget, total, top5, list, check, pls, who, w for 万); (C) a 科长 of the
// 通州区发改委 who asks in short questions and shorter follow-ups (`pre`): 发改委几个项目？ — 总分没填的呢？ Written by an
// author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations
// computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The fifty-sixth
// part").
import {
  devMissing,
  money,
  norm,
  noSat,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  column,
  F,
  noYear,
  nth,
  overspent,
  overspentReal,
  own,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  cxPools,
  DHM,
  fgPool,
  gaps,
  HMK,
  LY,
  nameHas,
  numbers,
  overCx,
  pct,
  phoneOdd,
  phoneTwo,
  R,
  READERS,
  SJ,
  streetGroups,
  sumBy,
  totalNeither,
  Y2020,
  Y2023,
  yiOrWan,
  yuan,
} from './helpers.mjs';

const annual = (r) => money(r, 'annualBudget');
const executed = (r) => money(r, 'executed');
/** 全年预算数 at two decimals: 003-007 (3457.171733) and 003-022 (3457.17173) read the same, either may come first. */
const annual2 = (r) => (annual(r) == null ? null : Math.round(annual(r) * 100) / 100);
const left = (r) => (annual(r) ?? 0) - (executed(r) ?? 0);
const rowsOf = (rs) => rs.reduce((s, r) => s + rows(r).length, 0);
const satLowOrBlank = (r) =>
  satRows(r).some((i) => i.weight != null && i.weight > 0 && (i.score == null || i.score < i.weight));
const satLowStrict = (r) => satRows(r).some((i) => i.weight != null && i.score != null && i.score < i.weight);

export const questions = [
  // ---- money: A 01–09 (潞源 会计), B 10–17 (城乡管理办公室 科员), C 18–25 (发改委 科长) ----
  {
    id: 't56-money-01',
    cat: 'money',
    q: '您好，烦请统计一下潞源街道办事处2023年度全部项目的全年预算数合计，单位为万元，谢谢。',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  {
    id: 't56-money-02',
    cat: 'money',
    q: '请协助核算潞源街道各项目全年执行数的合计金额，并以元为单位列示，便于与账面核对。',
    expect: (d) => yuan(d, sumBy(F(d, LY), executed)),
  },
  {
    id: 't56-money-03',
    cat: 'money',
    q: '潞源街道全部项目的全年预算数与全年执行数之间的差额，也就是尚未支出的结余资金，合计为多少万元？',
    expect: (d) => d.number(sumBy(F(d, LY), left)),
  },
  {
    id: 't56-money-04',
    cat: 'money',
    q: '关于2023年城乡基层党组织服务群众经费，请问区级资金与市级资金两个项目的全年执行数相差多少万元？',
    expect: (d) => gaps(d, [executed(R(d, '000-023')) - executed(R(d, '000-024'))]),
  },
  {
    id: 't56-money-05',
    cat: 'money',
    q: '请问潞源街道全年预算数在100万元（含100万元）以上的项目，其全年预算数合计是多少？',
    expect: (d) =>
      d.number(
        sumBy(
          F(d, (r) => LY(r) && annual(r) >= 100),
          annual,
        ),
      ),
  },
  {
    id: 't56-money-06',
    cat: 'money',
    q: '烦请按项目个数计算潞源街道项目的平均全年预算数，保留两位小数即可。',
    expect: (d) => d.avg(F(d, LY), annual),
  },
  {
    id: 't56-money-07',
    cat: 'money',
    q: '请问2023年下沉协管员经费占潞源街道全年预算总额的比重是多少？',
    expect: (d) => pct(d, annual(R(d, '000-026')), sumBy(F(d, LY), annual)),
  },
  {
    id: 't56-money-08',
    cat: 'money',
    q: '就全部街道和部门而言，2023年度项目的全年执行数合计是多少万元？',
    // the 元-in-万元 cell of 疏整促 (002-007) either way
    expect: (d) => d.sumMoney(F(d, Y2023), 'executed'),
  },
  {
    id: 't56-money-09',
    cat: 'money',
    q: '请问2023年第三批和第四批“小微项目惠民生”资金这两个项目，合计还有多少资金未执行完毕？',
    expect: (d) => d.number(left(R(d, '000-015')) + left(R(d, '000-016'))),
  },
  {
    id: 't56-money-10',
    cat: 'money',
    q: '城乡管理办公室的项目 budget 一共多少万',
    expect: (d) => overCx(d, (rs) => d.number(sumBy(rs, annual))),
  },
  {
    id: 't56-money-11',
    cat: 'money',
    q: '城乡管里办 赵康负责的项目 执行数total多少',
    expect: (d) => overCx(d, (rs) => d.number(sumBy(rs.filter(own('赵康')), executed))),
  },
  {
    id: 't56-money-12',
    cat: 'money',
    q: '晨光路拆迁资金 钱花了多少 按元算',
    expect: (d) => yuan(d, executed(R(d, '003-091'))),
  },
  {
    id: 't56-money-13',
    cat: 'money',
    q: '控违拆违那三个项目预算加起来多少啊',
    expect: (d) => d.number(sumBy(F(d, nameHas('控违拆违')), annual)),
  },
  {
    id: 't56-money-14',
    cat: 'money',
    q: '城乡管理办公室 预算过100w的项目 加起来多少钱',
    // 过 = above; 创卫及拆违 (003-094) is on the bound at 100 万元: either way; either pool of the office
    expect: (d) =>
      numbers(
        d,
        cxPools(d).pools.flatMap((rs) => [
          sumBy(
            rs.filter((r) => annual(r) > 100),
            annual,
          ),
          sumBy(
            rs.filter((r) => annual(r) >= 100),
            annual,
          ),
        ]),
      ),
  },
  {
    id: 't56-money-15',
    cat: 'money',
    q: '美丽乡村运维那几个项目 执行数 total 多少 pls',
    expect: (d) => d.number(sumBy(F(d, nameHas('美丽乡村运维')), executed)),
  },
  {
    id: 't56-money-16',
    cat: 'money',
    q: '城乡管理办公室 平均每个项目 budget 多少万',
    expect: (d) => overCx(d, (rs) => d.avg(rs, annual)),
  },
  {
    id: 't56-money-17',
    cat: 'money',
    q: '东门里小区综合整治那个跟建欣苑三里南三里北道路修复 预算差多少钱',
    expect: (d) => gaps(d, [annual(R(d, '003-103')) - annual(R(d, '003-110'))]),
  },
  {
    id: 't56-money-18',
    cat: 'money',
    q: '发改委项目预算总共多少？',
    expect: (d) => d.sumMoney(fgPool(d), 'annualBudget'),
  },
  {
    id: 't56-money-19',
    cat: 'money',
    q: '疏整促按万元算多少钱？',
    // the cell reads 1863180 in the 万元 column: 186.318 万元 when it is 元, or as written
    expect: (d) => numbers(d, [annual(R(d, '002-007')) / 10000, annual(R(d, '002-007'))]),
  },
  {
    id: 't56-money-20',
    cat: 'money',
    q: '经济大脑实际花了多少？',
    expect: (d) => d.number(executed(R(d, '002-005'))),
  },
  {
    id: 't56-money-21',
    cat: 'money',
    q: '发改委除了疏整促，其他项目预算合计？',
    expect: (d) =>
      d.number(
        sumBy(
          fgPool(d).filter((r) => r.id !== '002-007'),
          annual,
        ),
      ),
  },
  {
    id: 't56-money-22',
    cat: 'money',
    q: '节能专项和重大投资项目规划谋划，两个加起来执行了多少？',
    expect: (d) => d.number(executed(R(d, '002-006')) + executed(R(d, '002-013'))),
  },
  {
    id: 't56-money-23',
    cat: 'money',
    q: '全部项目总预算多少个亿？',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          yiOrWan(
            d,
            sumBy(d.all, (r) => m(r, 'annualBudget')),
          ),
        ),
      ),
  },
  {
    id: 't56-money-24',
    cat: 'money',
    q: '发改委平均每个项目执行多少？',
    expect: (d) =>
      numbers(
        d,
        READERS.map((m) => sumBy(fgPool(d), (r) => m(r, 'executed')) / fgPool(d).length),
      ),
  },
  {
    id: 't56-money-25',
    cat: 'money',
    q: '重大投资项目规划谋划还剩多少没执行？',
    expect: (d) => d.number(left(R(d, '002-013'))),
  },

  // ---- rows ----
  {
    id: 't56-rows-01',
    cat: 'rows',
    q: '请问2023年潞源街道第五次经济普查经费项目的绩效指标共设置了几条三级指标？',
    expect: (d) => d.count(rows(R(d, '000-005')).length),
  },
  {
    id: 't56-rows-02',
    cat: 'rows',
    q: '烦请列示潞源街道未设置满意度指标的项目名称。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && noSat(r)),
        F(d, (r) => LY(r) && (noSat(r) || satNoPoints(r))),
      ),
  },
  {
    id: 't56-rows-03',
    cat: 'rows',
    q: '公益电影放映补贴项目中，扣分那条指标的偏差原因分析是如何填写的？',
    expect: (d) => d.value(R(d, '000-027'), rows(R(d, '000-027')).find((i) => i.score < i.weight).deviation),
  },
  {
    id: 't56-rows-04',
    cat: 'rows',
    q: '请列出潞源街道设置了生态效益指标的项目。',
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).some((i) => norm(i.level2).includes('生态')))),
  },
  {
    id: 't56-rows-05',
    cat: 'rows',
    q: '统计所经费项目中“聘用统计调查员”这一数量指标的年度指标值和实际完成值分别是什么？',
    expect: (d) => {
      const i = rows(R(d, '000-001')).find((x) => x.level2 === '数量指标');
      return d.valueAll(R(d, '000-001'), i.target, i.actual);
    },
  },
  {
    id: 't56-rows-06',
    cat: 'rows',
    q: '请统计潞源街道全部项目所设三级指标条数的合计。',
    expect: (d) => d.count(rowsOf(F(d, LY))),
  },
  {
    id: 't56-rows-07',
    cat: 'rows',
    q: '请问2023年社区公益事业补助资金项目满意度指标的年度指标值是多少？',
    expect: (d) => d.value(R(d, '000-018'), satRows(R(d, '000-018'))[0].target),
  },
  {
    id: 't56-rows-08',
    cat: 'rows',
    q: '请列示潞源街道三级指标数量在10条及以上的项目。',
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).length >= 10)),
  },
  {
    id: 't56-rows-09',
    cat: 'rows',
    q: '接诉即办-社区项目中，满意度指标的分值是多少分？',
    expect: (d) => d.value(R(d, '000-019'), satRows(R(d, '000-019'))[0].weight),
  },
  {
    id: 't56-rows-10',
    cat: 'rows',
    q: '城乡办 满意度扣了分的项目有哪些',
    // scored below its weight must; a 未做 satisfaction row with a blank 得分 (003-094, 003-135) may count as scored 0
    expect: (d) =>
      overCx(d, (rs) =>
        d.setTol(
          rs.filter(satLowStrict),
          rs.filter((r) => satLowOrBlank(r) || satDoubt(r)),
        ),
      ),
  },
  {
    id: 't56-rows-11',
    cat: 'rows',
    q: '老旧小区完善类改造那个项目 满意度扣了几分',
    expect: (d) => {
      const i = satRows(R(d, '003-007')).find((x) => x.weight != null);
      return d.value(R(d, '003-007'), i.weight - i.score);
    },
  },
  {
    id: 't56-rows-12',
    cat: 'rows',
    q: '晨光路拆迁资金 指标一共几条',
    expect: (d) => d.count(rows(R(d, '003-091')).length),
  },
  {
    id: 't56-rows-13',
    cat: 'rows',
    q: '城乡办 哪些项目没有满意度指标 list一下',
    expect: (d) =>
      overCx(d, (rs) =>
        d.setTol(
          rs.filter(noSat),
          rs.filter((r) => noSat(r) || satNoPoints(r)),
        ),
      ),
  },
  {
    id: 't56-rows-14',
    cat: 'rows',
    q: '背街小巷清扫保洁那个项目 满意度指标分值 得分各多少',
    expect: (d) => {
      const i = satRows(R(d, '003-013'))[0];
      return d.valueAll(R(d, '003-013'), i.weight, i.score);
    },
  },
  {
    id: 't56-rows-15',
    cat: 'rows',
    q: '控违拆违 2023年第二批那个 有几个三级指标',
    expect: (d) => d.count(rows(R(d, '003-105')).length),
  },
  {
    id: 't56-rows-16',
    cat: 'rows',
    q: '城乡管理办公室所有项目 三级指标加起来几条',
    expect: (d) => {
      const { must, wide } = cxPools(d);
      return d.countRange(rowsOf(must), rowsOf(wide));
    },
  },
  {
    id: 't56-rows-17',
    cat: 'rows',
    q: '2023-2024年供暖季清洁取暖设备维保资金 满意度分值多少',
    expect: (d) => d.value(R(d, '003-011'), satRows(R(d, '003-011'))[0].weight),
  },
  {
    id: 't56-rows-18',
    cat: 'rows',
    q: '发改委哪些项目没设满意度指标？',
    expect: (d) =>
      d.setTol(
        fgPool(d).filter(noSat),
        fgPool(d).filter((r) => noSat(r) || satNoPoints(r)),
      ),
  },
  {
    id: 't56-rows-19',
    cat: 'rows',
    q: '法律顾问有几条指标？',
    expect: (d) => d.count(rows(R(d, '002-001')).length),
  },
  {
    id: 't56-rows-20',
    cat: 'rows',
    q: '疏整促满意度目标值多少？',
    expect: (d) => d.value(R(d, '002-007'), satRows(R(d, '002-007'))[0].target),
  },
  {
    id: 't56-rows-21',
    cat: 'rows',
    q: '经济大脑的产出指标几条？',
    expect: (d) => d.count(rows(R(d, '002-005')).filter((i) => norm(i.level1).includes('产出')).length),
  },
  {
    id: 't56-rows-22',
    cat: 'rows',
    q: '节能专项的经济效益指标实际完成值？',
    expect: (d) =>
      d.value(R(d, '002-006'), rows(R(d, '002-006')).find((i) => norm(i.level2).includes('经济效益')).actual),
  },
  {
    id: 't56-rows-23',
    cat: 'rows',
    q: '节能专项有几条效益指标？',
    expect: (d) => d.count(rows(R(d, '002-006')).filter((i) => norm(i.level1).includes('效益')).length),
  },
  {
    id: 't56-rows-24',
    cat: 'rows',
    q: '河门口满意度扣分的项目？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satLowStrict(r))),
  },
  {
    id: 't56-rows-25',
    cat: 'rows',
    q: '双井的项目一共多少条三级指标？',
    expect: (d) => d.count(rowsOf(F(d, SJ))),
  },

  // ---- talk ----
  {
    id: 't56-talk-01',
    cat: 'talk',
    pre: '请统计潞源街道2023年度的项目个数。',
    q: '其中总分未达到100分的项目，请逐一列示。',
    expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't56-talk-02',
    cat: 'talk',
    q: '烦请告知潞源街道项目全年预算合计数，并请一并列示项目负责人未填写的项目。',
    expect: (d) =>
      allOf(
        d.sumMoney(F(d, LY), 'annualBudget'),
        d.set(F(d, (r) => LY(r) && (r.owner == null || norm(r.owner) === ''))),
      ),
  },
  {
    id: 't56-talk-03',
    cat: 'talk',
    pre: '请列示潞源街道全年预算在100万元以上的项目。',
    q: '上述项目的全年执行数合计是多少？',
    // 以上: the two forms on the bound (100 万元) either way
    expect: (d) =>
      numbers(d, [
        sumBy(
          F(d, (r) => LY(r) && annual(r) > 100),
          executed,
        ),
        sumBy(
          F(d, (r) => LY(r) && annual(r) >= 100),
          executed,
        ),
      ]),
  },
  {
    id: 't56-talk-04',
    cat: 'talk',
    pre: '潞源街道执行率最低的项目是哪一个？',
    q: '该项目的负责人及联系电话分别是什么？',
    // 000-018 is the lowest under the stated and the computed rate
    expect: (d) => d.valueAll(R(d, '000-018'), R(d, '000-018').owner, R(d, '000-018').phone),
  },
  {
    id: 't56-talk-05',
    cat: 'talk',
    q: '请分别告知双井街道和河门口街道的项目个数。',
    expect: (d) => allOf(d.count(F(d, SJ).length), d.count(F(d, HMK).length)),
  },
  {
    id: 't56-talk-06',
    cat: 'talk',
    pre: '请列示2023年度全部项目中总分低于98分的项目。',
    q: '另请按总分由低到高排列。',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => Y2023(r) && ts(r) != null && ts(r) < 98),
        ts,
        'asc',
      ),
  },
  {
    id: 't56-talk-07',
    cat: 'talk',
    pre: '请问名称中带有“政法委”的项目有哪些？',
    q: '这两个项目的全年执行数合计为多少？',
    expect: (d) => d.number(sumBy(F(d, nameHas('政法委')), executed)),
  },
  {
    id: 't56-talk-08',
    cat: 'talk',
    pre: '城乡管理办公室预算最高的前三个项目',
    q: '把负责人也带上',
    // the lead's three projects, with a 负责人 column holding each one's owner
    expect: (d) =>
      overCx(d, (rs) =>
        allOf(
          d.top(rs, annual2, 3, 'desc'),
          column(d, '负责人', rs, (r) => r.owner),
        ),
      ),
  },
  {
    id: 't56-talk-09',
    cat: 'talk',
    q: '赵康 has how many projects? 预算total多少',
    expect: (d) => allOf(d.count(F(d, own('赵康')).length), d.number(sumBy(F(d, own('赵康')), annual))),
  },
  {
    id: 't56-talk-10',
    cat: 'talk',
    pre: '城乡管理办公室的项目',
    q: '只看总分不是100的',
    expect: (d) => overCx(d, (rs) => d.set(rs.filter((r) => ts(r) != null && ts(r) !== 100))),
  },
  {
    id: 't56-talk-11',
    cat: 'talk',
    pre: '满意度写了未做的项目有多少个',
    q: '其中城乡管理办公室的 list一下',
    expect: (d) =>
      overCx(d, (rs) =>
        d.setTol(
          rs.filter(satNotDone),
          rs.filter((r) => satNotDone(r) || satDoubt(r)),
        ),
      ),
  },
  {
    id: 't56-talk-12',
    cat: 'talk',
    q: 'check一下 城乡管理办公室有没有执行数大于预算的项目',
    expect: (d) => overCx(d, (rs) => d.set(rs.filter(overspent))),
  },
  {
    id: 't56-talk-13',
    cat: 'talk',
    pre: '东门里小区综合整治提升工程项目资金的负责人是谁',
    q: 'his phone number?',
    expect: (d) => d.value(R(d, '003-103'), R(d, '003-103').phone),
  },
  {
    id: 't56-talk-14',
    cat: 'talk',
    pre: '大红门街道总分最低的5个项目',
    q: '换成城乡管理办公室',
    expect: (d) => overCx(d, (rs) => d.top(rs, ts, 5, 'asc')),
  },
  {
    id: 't56-talk-15',
    cat: 'talk',
    pre: '发改委几个项目？',
    q: '总分没填的呢？',
    expect: (d) => {
      const rs = fgPool(d).filter((r) => ts(r) == null);
      return d.anyOf(d.set(rs), d.count(rs.length));
    },
  },
  {
    id: 't56-talk-16',
    cat: 'talk',
    pre: '发改委预算最多的项目？',
    q: '第二呢？',
    // 疏整促's 1863180 as written is the largest, so the second is 002-013; read as 元 it is not, and the second is 002-005
    expect: (d) => d.anyOf(d.set([R(d, '002-013')]), d.set([R(d, '002-005')])),
  },
  {
    id: 't56-talk-17',
    cat: 'talk',
    pre: '经济大脑谁负责？',
    q: '电话？',
    expect: (d) => d.value(R(d, '002-005'), R(d, '002-005').phone),
  },
  {
    id: 't56-talk-18',
    cat: 'talk',
    pre: '潞源多少个项目？',
    q: '双井呢？',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    id: 't56-talk-19',
    cat: 'talk',
    pre: '河门口预算最大的项目？',
    q: '总分？',
    expect: (d) => d.value(R(d, '004-008'), ts(R(d, '004-008'))),
  },
  {
    id: 't56-talk-20',
    cat: 'talk',
    pre: '大红门平均总分？',
    q: '潞源呢？',
    expect: (d) => d.avg(F(d, LY), ts),
  },

  // ---- audit ----
  {
    id: 't56-audit-01',
    cat: 'audit',
    q: '请核查潞源街道是否存在预算执行率与“全年执行数÷全年预算数”计算结果不一致的项目，如有请列示。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  {
    id: 't56-audit-02',
    cat: 'audit',
    q: '请核查全部项目中是否存在全年执行数超过全年预算数的情况，如有请列示项目名称。',
    expect: (d) => d.setTol(F(d, overspentReal), F(d, overspent)),
  },
  {
    id: 't56-audit-03',
    cat: 'audit',
    q: '请列示潞源街道总分与预算执行得分加各项指标得分之和不一致的项目。',
    // 总分 equal neither to budget 得分 + Σ 得分 nor to Σ 得分 must; off by the lib's rule (totalOff) or with 分值 not adding up may
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && totalNeither(r)),
        F(d, (r) => LY(r) && (totalOff(r) || weightOff(r))),
      ),
  },
  {
    id: 't56-audit-04',
    cat: 'audit',
    q: '请核查全部项目中，预算执行率分值与各项指标分值合计不等于100分的项目。',
    expect: (d) => d.set(F(d, weightOff)),
  },
  {
    id: 't56-audit-05',
    cat: 'audit',
    q: '城乡管理办公室 有扣分但是没写偏差原因的 有吗',
    // none by the records; 003-007's reason is wrapped into a row of its own (lib wrappedReason): may be listed
    expect: (d) =>
      overCx(d, (rs) =>
        d.setTol(
          rs.filter(devMissing),
          rs.filter((r) => devMissing(r) || r.id === '003-007'),
        ),
      ),
  },
  {
    id: 't56-audit-06',
    cat: 'audit',
    q: '城乡办 总分跟明细加起来对不上的 帮忙check下',
    // 明细 with or without the budget row: neither must, the lib's TOTAL_MISMATCH may
    expect: (d) =>
      overCx(d, (rs) =>
        d.setTol(
          rs.filter(totalNeither),
          rs.filter((r) => totalNeither(r) || totalOff(r) || weightOff(r)),
        ),
      ),
  },
  {
    id: 't56-audit-07',
    cat: 'audit',
    q: '大红门 电话号码位数不对的项目',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && phoneOdd(r)),
        F(d, (r) => DHM(r) && (phoneOdd(r) || phoneTwo(r))),
      ),
  },
  {
    id: 't56-audit-08',
    cat: 'audit',
    q: '发改委总分没填的？',
    expect: (d) => d.set(fgPool(d).filter((r) => ts(r) == null)),
  },
  {
    id: 't56-audit-09',
    cat: 'audit',
    q: '电话不是8位的有哪些？',
    // 11-digit mobiles would be right too, but there are none; the cell with two numbers (003-095) may be listed
    expect: (d) =>
      d.setTol(
        F(d, phoneOdd),
        F(d, (r) => phoneOdd(r) || phoneTwo(r)),
      ),
  },
  {
    id: 't56-audit-10',
    cat: 'audit',
    q: '总分分值写成1000的？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight === 1000)),
  },

  // ---- desk ----
  {
    id: 't56-desk-01',
    cat: 'desk',
    q: '请告知潞源街道年度人口抽样调查项目的联系电话。',
    expect: (d) => d.value(R(d, '000-004'), R(d, '000-004').phone),
  },
  {
    id: 't56-desk-02',
    cat: 'desk',
    q: '请问朗清园社区警务工作室装饰装修和信息化工程相关资金项目的项目负责人是谁？',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    id: 't56-desk-03',
    cat: 'desk',
    q: '烦请告知2022年第五批小微项目的全年执行数。',
    expect: (d) => d.value(R(d, '000-017'), executed(R(d, '000-017'))),
  },
  {
    id: 't56-desk-04',
    cat: 'desk',
    q: '请问公益电影放映补贴项目自评总分是多少？',
    expect: (d) => d.value(R(d, '000-027'), ts(R(d, '000-027'))),
  },
  {
    id: 't56-desk-05',
    cat: 'desk',
    q: '晨光路拆迁资金 负责人 who',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').owner),
  },
  {
    id: 't56-desk-06',
    cat: 'desk',
    q: '体制资金-雇佣保安 那个预算多少w',
    expect: (d) => d.value(R(d, '003-138'), annual(R(d, '003-138'))),
  },
  {
    id: 't56-desk-07',
    cat: 'desk',
    q: '大红门地区工作专班工作经费 联系电话多少',
    expect: (d) => d.valueAll(R(d, '003-095'), ...String(R(d, '003-095').phone).split('、')),
  },
  {
    id: 't56-desk-08',
    cat: 'desk',
    q: '疏整促谁负责？',
    expect: (d) => d.value(R(d, '002-007'), R(d, '002-007').owner),
  },
  {
    id: 't56-desk-09',
    cat: 'desk',
    q: '法律顾问总分？',
    expect: (d) => d.value(R(d, '002-001'), ts(R(d, '002-001'))),
  },
  {
    id: 't56-desk-10',
    cat: 'desk',
    q: '节能专项实施单位？',
    expect: (d) => d.value(R(d, '002-006'), R(d, '002-006').implementingUnit),
  },

  // ---- no ----
  {
    id: 't56-no-01',
    cat: 'no',
    q: '请提供潞源街道各项目的政府采购方式及中标单位信息。',
    expect: (d) => d.refuse('采购方式'),
  },
  {
    id: 't56-no-02',
    cat: 'no',
    q: '烦请列示潞源街道2024年度的项目支出绩效自评结果。',
    // a year without forms (README, fifth batch): a refusal, a question back, or nothing for 2024 (widened after the first run)
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't56-no-03',
    cat: 'no',
    q: '请问潞源街道各项目资金的拨付到位时间分别是什么时候？',
    expect: (d) => d.refuse('拨付到位时间'),
  },
  {
    id: 't56-no-04',
    cat: 'no',
    q: '请协助统计海淀区各街道项目的全年预算合计。',
    expect: (d) => d.refuse('海淀区'),
  },
  {
    id: 't56-no-05',
    cat: 'no',
    q: '城乡办 明年的budget多少',
    // 明年 = 2027 (README: relative years against 2026): a refusal or nothing for that year (widened after the first run)
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    id: 't56-no-06',
    cat: 'no',
    q: '帮我把晨光路拆迁资金的总分改成100',
    expect: (d) => d.refuse('改成'),
  },
  {
    id: 't56-no-07',
    cat: 'no',
    q: '城乡管理办公室 固定资产有多少',
    expect: (d) => d.refuse('固定资产'),
  },
  {
    id: 't56-no-08',
    cat: 'no',
    q: '发改委决算数多少？',
    expect: (d) => d.refuse('决算'),
  },
  {
    id: 't56-no-09',
    cat: 'no',
    q: '发改委专项债额度多少？',
    expect: (d) => d.refuse('专项债'),
  },
  {
    id: 't56-no-10',
    cat: 'no',
    q: '去年发改委几个项目？',
    // 去年 = 2025 (README): a refusal, or the year named with nothing for it (widened after the first run)
    expect: (d) => noYear(d, '去年', 2025),
  },

  // ---- order ----
  {
    id: 't56-order-01',
    cat: 'order',
    q: '请将潞源街道全部项目按全年预算数由高到低排序列示。',
    expect: (d) => ranked(d, F(d, LY), annual, 'desc'),
  },
  {
    id: 't56-order-02',
    cat: 'order',
    q: '请列示潞源街道全年执行数最少的三个项目。',
    expect: (d) => d.top(F(d, LY), executed, 3, 'asc'),
  },
  {
    id: 't56-order-03',
    cat: 'order',
    q: '请问2023年下沉协管员经费的全年预算数在潞源街道排第几位？',
    expect: (d) => rankOf(d, F(d, LY), R(d, '000-026'), annual, 'desc'),
  },
  {
    id: 't56-order-04',
    cat: 'order',
    q: '全部项目中全年预算数排名前五的项目有哪些？',
    // both readings of 疏整促's cell; 003-007 and 003-022 read the same at two decimals (either first)
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          d.top(
            d.all,
            (r) => (m(r, 'annualBudget') == null ? null : Math.round(m(r, 'annualBudget') * 100) / 100),
            5,
            'desc',
          ),
        ),
      ),
  },
  {
    id: 't56-order-05',
    cat: 'order',
    q: '城乡管理办公室 预算top5',
    expect: (d) => overCx(d, (rs) => d.top(rs, annual2, 5, 'desc')),
  },
  {
    id: 't56-order-06',
    cat: 'order',
    q: '城乡办 执行数最少的那个项目是啥',
    expect: (d) => overCx(d, (rs) => d.top(rs, executed, 1, 'asc')),
  },
  {
    id: 't56-order-07',
    cat: 'order',
    q: '赵康的项目里 预算倒数第二的',
    expect: (d) => nth(d, F(d, own('赵康')), annual, 2, 'asc'),
  },
  {
    id: 't56-order-08',
    cat: 'order',
    q: '发改委总分最低的？',
    expect: (d) => d.top(fgPool(d), ts, 1, 'asc'),
  },
  {
    id: 't56-order-09',
    cat: 'order',
    q: '四个街道预算合计排一下？',
    expect: (d) =>
      streetGroups(d, {
        潞源: sumBy(F(d, LY), annual),
        双井: sumBy(F(d, SJ), annual),
        大红门: sumBy(F(d, DHM), annual),
        河门口: sumBy(F(d, HMK), annual),
      }),
  },
  {
    id: 't56-order-10',
    cat: 'order',
    q: '全部项目执行数最少的五个？',
    expect: (d) => d.topMoney(d.all, 'executed', 5, 'asc'),
  },

  // ---- tally ----
  {
    id: 't56-tally-01',
    cat: 'tally',
    q: '请按年度统计全部项目的个数。',
    expect: (d) => d.groups({ 2020: F(d, Y2020).length, 2023: F(d, Y2023).length }),
  },
  {
    id: 't56-tally-02',
    cat: 'tally',
    q: '请问潞源街道设置了满意度指标的项目共有多少个？',
    expect: (d) => d.count(F(d, (r) => LY(r) && satRows(r).length > 0).length),
  },
  {
    id: 't56-tally-03',
    cat: 'tally',
    q: '潞源街道总分为100分的项目占本街道项目总数的比例是多少？',
    expect: (d) => pct(d, F(d, (r) => LY(r) && ts(r) === 100).length, F(d, LY).length),
  },
  {
    id: 't56-tally-04',
    cat: 'tally',
    q: '请按项目负责人统计潞源街道的项目个数。',
    expect: (d) => {
      const m = {};
      for (const r of F(d, (x) => LY(x) && norm(x.owner) !== ''))
        m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      return d.groups(m);
    },
  },
  {
    id: 't56-tally-05',
    cat: 'tally',
    q: '城乡管理办公室一共几个项目',
    expect: (d) => d.countRange(cxPools(d).must.length, cxPools(d).wide.length),
  },
  {
    id: 't56-tally-06',
    cat: 'tally',
    q: '城乡办 按负责人数一下项目个数',
    // the office alone, or with 003-054 (赵康) and 003-095 (「赵路广、孟卓聪」: its own group, or one for each, or left out)
    expect: (d) => {
      const { must } = cxPools(d);
      const base = {};
      for (const r of must) base[norm(r.owner)] = (base[norm(r.owner)] ?? 0) + 1;
      const wideKang = { ...base, 赵康: base.赵康 + 1 };
      return d.anyOf(
        d.groups(base),
        d.groups(wideKang),
        d.groups({ ...wideKang, '赵路广、孟卓聪': 1 }),
        d.groups({ ...wideKang, 赵路广: base.赵路广 + 1, 孟卓聪: 1 }),
      );
    },
  },
  {
    id: 't56-tally-07',
    cat: 'tally',
    q: '大红门 满意度未做的有几个',
    // 满意度未做 reads three ways (README, noSurvey): no satisfaction row, a row that says 未做, or either; a doubtful
    // record (satDoubt) may count under each, a row without points under the first and third (widened after the first run)
    expect: (d) => {
      const readings = [noSat, satNotDone, (r) => noSat(r) || satNotDone(r)];
      return d.anyOf(
        ...readings.map((f, k) =>
          d.countRange(
            F(d, (r) => DHM(r) && f(r)).length,
            F(d, (r) => DHM(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length,
          ),
        ),
      );
    },
  },
  {
    id: 't56-tally-08',
    cat: 'tally',
    q: '各街道项目数？',
    expect: (d) =>
      streetGroups(d, {
        潞源: F(d, LY).length,
        双井: F(d, SJ).length,
        大红门: F(d, DHM).length,
        河门口: F(d, HMK).length,
      }),
  },
  {
    id: 't56-tally-09',
    cat: 'tally',
    q: '发改委总分100的几个？',
    expect: (d) => d.count(fgPool(d).filter((r) => ts(r) === 100).length),
  },
  {
    id: 't56-tally-10',
    cat: 'tally',
    q: '2020年的项目平均总分？',
    expect: (d) => d.avg(F(d, Y2020), ts),
  },
];
