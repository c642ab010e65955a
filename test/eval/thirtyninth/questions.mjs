// The thirty-ninth part (helper "blind57"): 120 portfolio questions asked by three people over the 169 forms — (A,
// lines 01–05 of every category) an auditor of the 审计局 preparing an audit notice, in a formal written register with
// numbered sub-asks, cell text quoted exactly with “”, lists under conditions combined with and / or / not, and the
// forms where two fields disagree; (B, lines 06–10) a 社区 worker helping the 街道 fill the forms, typing fast in WeChat
// with abbreviations, emoji, typos and mixed half-/full-width punctuation, and follow-ups that lean on the answer before
// (`pre`); (C, lines 11–15) a member of the 人大 budget committee who thinks in totals and trends — years, growth
// between years, shares of a whole, how many projects missed their targets, per office and per year. Written by an
// author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations
// computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The thirty-ninth
// part").
import {
  blank,
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
} from '../lib/corpus.mjs';
import {
  allOf,
  column,
  conv,
  exact,
  F,
  gapBoth,
  groupCount,
  moneyBandCount,
  noYear,
  overspent,
  PCT,
  phoneNumbers,
  placeCount,
  ranked,
  rateDiff,
  rateOff,
  rowCount,
  shortRow,
  tallyBy,
  totalOff,
} from '../lib/shorthands.mjs';
import {
  alts,
  budgetOffBoth,
  budgetOffEither,
  CX,
  CX_MAYBE,
  DHM,
  DQ,
  DQ_MAYBE,
  DQ_STRICT,
  deptHas,
  FG,
  groupRanges,
  HMK,
  ids,
  LY,
  MS,
  MS_STRICT,
  neitherSum,
  notMetCount,
  notMetGroups,
  nthOne,
  owner,
  pct,
  R,
  raise,
  readers,
  SAT_TEXT_NOT_DONE,
  SJ,
  satLost,
  satShort,
  satZeroNotDone,
  says,
  sumWith,
  ts,
  under100,
  unitHas,
  yr,
} from './helpers.mjs';

const avg = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};

export const questions = [
  // ---------------------------------------------------------------- desk: one project's field
  {
    id: 't39-desk-01',
    cat: 'desk',
    q: '请核实“北京城市副中心产业高质量发展评估体系设计及持续跟踪项目”的下列信息：（一）主管部门；（二）实施单位。',
    expect: (d) =>
      allOf(d.value(R(d, '002-003'), '通州区发展和改革委员会'), d.value(R(d, '002-003'), '产业发展科')),
  },
  {
    id: 't39-desk-02',
    cat: 'desk',
    q: '请提供“晨光路拆迁资金”项目的（1）项目负责人姓名；（2）联系电话。',
    expect: (d) => allOf(d.value(R(d, '003-091'), '王璐'), d.value(R(d, '003-091'), '67270318')),
  },
  {
    id: 't39-desk-03',
    cat: 'desk',
    q: '经查，“2023年社区公益事业补助资金”一表“全年执行数”栏填报金额为多少万元？',
    expect: (d) => d.value(R(d, '000-018'), 65.39337),
  },
  {
    id: 't39-desk-04',
    cat: 'desk',
    // the form writes 「办公室」 as 主管部门 and 「通州区发改委」 as 实施单位 (the two look swapped): both as written
    q: '“法律顾问”项目表中“主管部门”与“实施单位”两栏分别填写的是什么？',
    expect: (d) => allOf(d.value(R(d, '002-001'), '办公室'), d.value(R(d, '002-001'), '通州区发改委')),
  },
  {
    id: 't39-desk-05',
    cat: 'desk',
    q: '请说明“2023年下沉协管员经费”的项目负责人及表上“全年预算数”。',
    expect: (d) => allOf(d.value(R(d, '000-026'), '于晴'), d.value(R(d, '000-026'), 391.92)),
  },
  {
    id: 't39-desk-06',
    cat: 'desk',
    q: '潞源那个统计所经费 负责人是谁啊😂',
    expect: (d) => d.value(R(d, '000-001'), '周蕾莹'),
  },
  {
    id: 't39-desk-07',
    cat: 'desk',
    pre: '经济大脑那个项目预算多少',
    q: '那负责人电话呢？发我下',
    expect: (d) => d.value(R(d, '002-005'), '69547757'),
  },
  {
    id: 't39-desk-08',
    cat: 'desk',
    // 平安建设经费 (003-127) leaves the 执行率 cell empty (the record reads its 「100％」 as the 得分) while its amounts
    // give 100 %: saying the cell is empty, or giving 100 %, are both right (README: either reading of 执行率)
    q: '平安建设经费 执行率多少啊,表上好像木有填🤔',
    expect: (d) => d.anyOf(d.empty(R(d, '003-127')), d.value(R(d, '003-127'), 100)),
  },
  {
    id: 't39-desk-09',
    cat: 'desk',
    q: '习风园改造 总分几分??',
    expect: (d) => d.value(R(d, '004-011'), 97),
  },
  {
    id: 't39-desk-10',
    cat: 'desk',
    pre: '双井疫情防控基本户那个 谁负责的',
    q: '电话多少 发我下 谢谢🙏',
    expect: (d) => d.value(R(d, '001-004'), '67747602'),
  },
  {
    id: 't39-desk-11',
    cat: 'desk',
    q: '2023年城市居民最低生活保障这个项目，年初预算和全年预算各是多少？',
    expect: (d) => allOf(d.value(R(d, '003-015'), 1320), d.value(R(d, '003-015'), 1168.685052)),
  },
  {
    id: 't39-desk-12',
    cat: 'desk',
    q: '“经济大脑”服务项目全年实际执行了多少万元？',
    expect: (d) => d.value(R(d, '002-005'), 331.6),
  },
  {
    id: 't39-desk-13',
    cat: 'desk',
    // 潞源 has two 「…城乡基层党组织服务群众经费（区级/市级资金）」 forms; 大红门 names the one of 003
    q: '大红门街道的城乡基层党组织服务群众经费，全年预算是多少？',
    expect: (d) => d.value(R(d, '003-018'), 839.68118),
  },
  {
    id: 't39-desk-14',
    cat: 'desk',
    q: '2020年河门口那个社区文化活动场所（三线干部建设学院）项目，执行数是多少？',
    expect: (d) => d.value(R(d, '004-008'), 338),
  },
  {
    id: 't39-desk-15',
    cat: 'desk',
    q: '通州区重大投资项目规划谋划这个项目的执行率是多少？',
    expect: (d) => d.value(R(d, '002-013'), 99.99),
  },

  // ---------------------------------------------------------------- tally: counts, sums, averages, groups
  {
    id: 't39-tally-01',
    cat: 'tally',
    // three 2023 forms leave 总分 empty; they are not below 100
    q: '请统计：（一）2023年度自评表总数；（二）其中总分低于100分的份数。',
    expect: (d) =>
      allOf(d.count(F(d, yr(2023)).length), d.count(F(d, (r) => yr(2023)(r) && under100(r)).length)),
  },
  {
    id: 't39-tally-02',
    cat: 'tally',
    // 主管部门 as written (README: 每个主管部门 = 主管部门 as written)
    q: '请按“主管部门”栏的填写内容，分别统计项目个数。',
    expect: (d) => groupCount(d, (r) => norm(r.department)),
  },
  {
    id: 't39-tally-03',
    cat: 'tally',
    q: '请统计项目负责人为“牛艳维”的项目个数，并合计其全年预算数。',
    expect: (d) => {
      const rs = F(d, owner('牛艳维'));
      return allOf(d.count(rs.length), d.sumMoney(rs, 'annualBudget'));
    },
  },
  {
    id: 't39-tally-04',
    cat: 'tally',
    // 003-055 writes its 实施单位 「民生保障办公室是」: counted or not
    q: '请统计实施单位为“民生保障办公室”且总分低于100分的项目数量。',
    expect: (d) =>
      d.countRange(F(d, (r) => MS_STRICT(r) && under100(r)).length, F(d, (r) => MS(r) && under100(r)).length),
  },
  {
    id: 't39-tally-05',
    cat: 'tally',
    // the three satDoubt forms whose text shows 「5 0 未做」 may be counted
    q: '请统计满意度指标注明“未做”的项目数量。',
    expect: (d) => {
      const n = F(d, satNotDone).length;
      return d.countRange(n, n + SAT_TEXT_NOT_DONE.length);
    },
  },
  {
    id: 't39-tally-06',
    cat: 'tally',
    q: '大红门一共多少个项目啊',
    expect: (d) => placeCount(d, ['大红门'], '003'),
  },
  {
    id: 't39-tally-07',
    cat: 'tally',
    pre: '潞源有几个项目',
    q: '里面总分没满100的几个？',
    expect: (d) => d.count(F(d, (r) => LY(r) && under100(r)).length),
  },
  {
    id: 't39-tally-08',
    cat: 'tally',
    q: '赵康负责的项目 有几个？😅',
    expect: (d) => d.count(F(d, owner('赵康')).length),
  },
  {
    id: 't39-tally-09',
    cat: 'tally',
    q: '发改委的项目预算加一块多少w',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  {
    id: 't39-tally-10',
    cat: 'tally',
    pre: '民生办的项目有多少个',
    q: '平均总分呢',
    expect: (d) => alts(d, [d.number(avg(F(d, MS), ts)), d.number(avg(F(d, MS_STRICT), ts))]),
  },
  {
    id: 't39-tally-11',
    cat: 'tally',
    q: '2020年和2023年各有多少个项目？',
    expect: (d) =>
      d.anyOf(
        d.groups({ 2020: F(d, yr(2020)).length, 2023: F(d, yr(2023)).length }),
        allOf(d.count(F(d, yr(2020)).length), d.count(F(d, yr(2023)).length)),
      ),
  },
  {
    id: 't39-tally-12',
    cat: 'tally',
    // 没完成目标: three readings (helpers NOT_MET)
    q: '分年度看，每年各有多少个项目没完成目标？',
    expect: (d) => notMetGroups(d, d.all, (r) => String(r.year)),
  },
  {
    id: 't39-tally-13',
    cat: 'tally',
    q: '2023年全部项目的全年预算合计是多少？全年执行数合计又是多少？',
    expect: (d) => {
      const rs = F(d, yr(2023));
      return allOf(d.sumMoney(rs, 'annualBudget'), d.sumMoney(rs, 'executed'));
    },
  },
  {
    id: 't39-tally-14',
    cat: 'tally',
    // 总分 left empty (three 2023 forms) is not averaged
    q: '2023年项目的平均总分是多少？2020年的呢？',
    expect: (d) => allOf(d.number(avg(F(d, yr(2023)), ts)), d.number(avg(F(d, yr(2020)), ts))),
  },
  {
    id: 't39-tally-15',
    cat: 'tally',
    // each office as written or with its longer spellings (民生保障办公室是; 城乡建设办公室 / 城乡办、平安办; 党群办 and
    // 「…大红门街道办事处党群工作办公室」)
    q: '大红门街道的民生保障办公室、城乡管理办公室、党群工作办公室三个科室，各有几个项目？',
    expect: (d) => {
      const n = (f) => F(d, f).length;
      return groupRanges(d, {
        民生保障办公室: [n(MS_STRICT), n(MS)],
        城乡管理办公室: [n(CX), n(CX) + CX_MAYBE.length],
        党群工作办公室: [n(DQ_STRICT), n(DQ) + DQ_MAYBE.length],
      });
    },
  },

  // ---------------------------------------------------------------- order: rankings and superlatives
  {
    id: 't39-order-01',
    cat: 'order',
    q: '请列出全年预算数最高的五个项目，并按金额由高到低排列。',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 5, 'desc'),
  },
  {
    id: 't39-order-02',
    cat: 'order',
    q: '请列出2023年度总分最低的三个项目。',
    expect: (d) => d.top(F(d, yr(2023)), ts, 3, 'asc'),
  },
  {
    id: 't39-order-03',
    cat: 'order',
    q: '请指出负责项目数量最多的项目负责人，并说明其负责的项目数。',
    expect: (d) => says('牛艳维', F(d, owner('牛艳维')).length),
  },
  {
    id: 't39-order-04',
    cat: 'order',
    q: '请列出实施单位为“民生保障办公室”的项目中全年预算数最大的三个，并注明各自的项目负责人。',
    expect: (d) => {
      const top = d.top(F(d, MS), (r) => money(r, 'annualBudget'), 3, 'desc');
      const picked = F(d, (r) => top.must.includes(norm(r.projectName)) && MS(r));
      return allOf(
        top,
        column(d, '负责人', picked, (r) => r.owner),
      );
    },
  },
  {
    id: 't39-order-05',
    cat: 'order',
    // 调增 = 全年预算数 − 年初预算数 > 0, over the forms that write both
    q: '请列出全年预算数较年初预算数调增金额最大的三个项目（年初预算数未填写的除外）。',
    expect: (d) => d.top(d.all, raise, 3, 'desc'),
  },
  {
    id: 't39-order-06',
    cat: 'order',
    q: '潞源哪个项目花钱最多💰',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'executed'), 1, 'desc'),
  },
  {
    id: 't39-order-07',
    cat: 'order',
    pre: '河门口的项目按总分排一下',
    // three forms share the lowest 总分 (97): any of them, at least one
    q: '最低的是哪个',
    expect: (d) => nthOne(d, F(d, HMK), ts, 1, 'asc'),
  },
  {
    id: 't39-order-08',
    cat: 'order',
    q: '双井那俩项目 哪个预算多？',
    expect: (d) => d.top(F(d, SJ), (r) => money(r, 'annualBudget'), 1, 'desc'),
  },
  {
    id: 't39-order-09',
    cat: 'order',
    q: '李毅飞手上预算最大的是哪个项目',
    expect: (d) => d.top(F(d, owner('李毅飞')), (r) => money(r, 'annualBudget'), 1, 'desc'),
  },
  {
    id: 't39-order-10',
    cat: 'order',
    pre: '发改委的项目都列一下',
    q: '按预算从大到小排下🙏',
    expect: (d) =>
      d.anyOf(
        ranked(d, F(d, FG), (r) => money(r, 'annualBudget'), 'desc'),
        ranked(d, F(d, FG), (r) => conv(r, 'annualBudget'), 'desc'),
      ),
  },
  {
    id: 't39-order-11',
    cat: 'order',
    // 实施单位 as written; the 元-in-万元 cell of 002-007 makes 通州区发展和改革委员会 the largest when read as written;
    // 城乡管理办公室 with or without its other spellings (城乡建设办公室 003-054, 城乡办、平安办 003-095)
    q: '哪个实施单位的项目预算总额最大？是多少？',
    expect: (d) => {
      const sumOf = (rs, m) => sumWith(rs, m, 'annualBudget');
      const cx = F(d, CX);
      const maybe = F(d, ids(...CX_MAYBE));
      const out = [];
      for (const extra of [[], maybe.slice(0, 1), maybe.slice(1), maybe])
        out.push(says('城乡管理办公室', Math.round(sumOf([...cx, ...extra], conv) * 100) / 100));
      const fg = F(d, (r) => norm(r.implementingUnit) === '通州区发展和改革委员会');
      out.push(says('通州区发展和改革委员会', Math.round(sumOf(fg, money) * 100) / 100));
      return alts(d, out);
    },
  },
  {
    id: 't39-order-12',
    cat: 'order',
    q: '2023年全年预算排前三的项目是哪几个？',
    expect: (d) => d.topMoney(F(d, yr(2023)), 'annualBudget', 3, 'desc'),
  },
  {
    id: 't39-order-13',
    cat: 'order',
    q: '总分最低的5个项目分别是哪些？',
    expect: (d) => d.top(d.all, ts, 5, 'asc'),
  },
  {
    id: 't39-order-14',
    cat: 'order',
    q: '2020年执行数最多的项目是哪个？',
    expect: (d) => d.top(F(d, yr(2020)), (r) => money(r, 'executed'), 1, 'desc'),
  },
  {
    id: 't39-order-15',
    cat: 'order',
    // 街道 = 潞源, 双井, 大红门, 河门口 (发改委 is not a street): 大红门 averages 138.33 万元 a project
    q: '四个街道里面，哪个街道平均每个项目的预算最高？',
    expect: () => says('大红门'),
  },

  // ---------------------------------------------------------------- rows: indicator rows
  {
    id: 't39-rows-01',
    cat: 'rows',
    q: '请列示“习风园改造项目”中得分低于分值的三级指标名称。',
    expect: (d) => ({
      ...d.value(R(d, '004-011'), '建立廉政文化教育基地', '三线精神', '打造三线文化教育产业'),
      all: true,
    }),
  },
  {
    id: 't39-rows-02',
    cat: 'rows',
    q: '请核查“2023年社区公益事业补助资金”中“参与人数”指标的年度指标值与实际完成值。',
    expect: (d) => ({ ...d.value(R(d, '000-018'), '1500', 12097), all: true }),
  },
  {
    id: 't39-rows-03',
    cat: 'rows',
    q: '请提供“公益电影放映补贴”项目扣分指标的“偏差原因分析及改进措施”栏填写内容。',
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 't39-rows-04',
    cat: 'rows',
    q: '请统计河门口街道办事处各项目中，得分低于分值的三级指标共计多少条。',
    expect: (d) => d.count(rowCount(F(d, HMK), shortRow)),
  },
  {
    id: 't39-rows-05',
    cat: 'rows',
    // 003-094 and 003-135 write 未做 with the 得分 left empty; the satDoubt forms' 「5 0 未做」 rows are filed under 效益
    // by the record: those forms may be listed
    q: '请列出满意度指标得分为0、且偏差原因填写“未做”的项目。',
    expect: (d) =>
      d.setTol(
        F(d, satZeroNotDone),
        F(d, (r) => satNotDone(r) || satDoubt(r)),
      ),
  },
  {
    id: 't39-rows-06',
    cat: 'rows',
    q: '统计所经费那个表 一共几个指标啊',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  {
    id: 't39-rows-07',
    cat: 'rows',
    pre: '朗清园警务工作室那个项目 满意度指标是啥',
    q: '实际完成值填的多少？',
    expect: (d) => d.value(R(d, '000-006'), '90%'),
  },
  {
    id: 't39-rows-08',
    cat: 'rows',
    q: '经济大脑 成本指标的年度指标值是多少来着',
    expect: (d) => d.value(R(d, '002-005'), 3332440.18),
  },
  {
    id: 't39-rows-09',
    cat: 'rows',
    q: '法律顾问那个表 满意度指标几分啊？',
    expect: (d) => d.value(R(d, '002-001'), 5),
  },
  {
    id: 't39-rows-10',
    cat: 'rows',
    pre: '习风园改造项目 哪些指标扣分了',
    q: '一共扣了几分？',
    expect: (d) =>
      d.value(
        R(d, '004-011'),
        rows(R(d, '004-011')).reduce((s, i) => s + (shortRow(i) ? i.weight - i.score : 0), 0),
      ),
  },
  {
    id: 't39-rows-11',
    cat: 'rows',
    // the records' satisfaction rows lose 111 points; the three satDoubt rows (5 each, filed under 效益) and the two
    // 未做 rows with an empty 得分 (003-094 10, 003-135 5) may be counted
    q: '全部项目的满意度指标一共扣了多少分？',
    expect: (d) => {
      const base = d.all.reduce((s, r) => s + satLost(r), 0);
      return alts(d, [d.number(base), d.number(base + 15), d.number(base + 30)]);
    },
  },
  {
    id: 't39-rows-12',
    cat: 'rows',
    q: '2020年的项目里，一共有多少条指标没拿满分？',
    expect: (d) => d.count(rowCount(F(d, yr(2020)), shortRow)),
  },
  {
    id: 't39-rows-13',
    cat: 'rows',
    q: '发改委8个项目一共设了多少条三级指标？',
    expect: (d) => d.count(rowCount(F(d, FG), () => true)),
  },
  {
    id: 't39-rows-14',
    cat: 'rows',
    // 成本指标 as 二级 (also 「经济成本指标」, which four 潞源 forms file under a 一级 「成本指标」)
    q: '潞源街道各项目成本指标的分值加起来是多少？',
    expect: (d) =>
      d.number(
        F(d, LY).reduce(
          (s, r) =>
            s +
            rows(r)
              .filter((i) => norm(i.level2).includes('成本') || norm(i.level1).includes('成本'))
              .reduce((t, i) => t + (i.weight ?? 0), 0),
          0,
        ),
      ),
  },
  {
    id: 't39-rows-15',
    cat: 'rows',
    // satisfaction rows scored below their weight, per year; the three satDoubt forms (2023) may be counted
    q: '每个年度满意度指标扣了分的项目各有几个？',
    expect: (d) => {
      const n = (y) => F(d, (r) => yr(y)(r) && satShort(r)).length;
      return groupRanges(d, {
        2020: [n(2020), n(2020)],
        2023: [n(2023), n(2023) + SAT_TEXT_NOT_DONE.length],
      });
    },
  },

  // ---------------------------------------------------------------- audit: problems, empty cells, two fields compared
  {
    id: 't39-audit-01',
    cat: 'audit',
    q: '请列出“项目负责人”栏未填写、但“联系电话”栏已填写的项目。',
    expect: (d) => d.set(F(d, (r) => blank(r.owner) && !blank(r.phone))),
  },
  {
    id: 't39-audit-02',
    cat: 'audit',
    // TOTAL_MISMATCH (budget 得分 + Σ 得分 ≠ 总分): the question names the sum itself, so a form whose 分值 do not add
    // up to 100 (the three 河门口 forms weight 80 in all and state 100 − the points lost) is not optional here
    q: '请列出总分与“预算执行得分加各指标得分之和”不一致的项目，范围限潞源、双井、河门口三个街道。',
    expect: (d) => d.set(F(d, (r) => (LY(r) || SJ(r) || HMK(r)) && totalOff(r))),
  },
  {
    id: 't39-audit-03',
    cat: 'audit',
    // RATE_MISMATCH (SCORING §7); a stated rate that differs from the computed one at two decimals only by rounding or
    // truncation to the decimals written is optional
    q: '请列出表上“执行率”与“全年执行数÷全年预算数”计算结果不一致的项目。',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    id: 't39-audit-04',
    cat: 'audit',
    // (一) 003-096 exceeds by 0.0000004 万元 (optional, README); (二) RATE_ROUNDED_UP_TO_FULL
    q: '请列出符合以下任一情形的项目：（一）全年执行数大于全年预算数；（二）执行率填报为“100%”但全年执行数小于全年预算数。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => rate(r) === 100 && money(r, 'executed') < money(r, 'annualBudget')),
        F(d, (r) => overspent(r) || (rate(r) === 100 && money(r, 'executed') < money(r, 'annualBudget'))),
      ),
  },
  {
    id: 't39-audit-05',
    cat: 'audit',
    // the satDoubt forms (text shows a 「未做」 satisfaction row, the record none) may be listed
    q: '请列出大红门街道总分低于100分、但满意度指标并非“未做”的项目。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && under100(r) && !satNotDone(r) && !satDoubt(r)),
        F(d, (r) => DHM(r) && under100(r) && !satNotDone(r)),
      ),
  },
  {
    id: 't39-audit-06',
    cat: 'audit',
    q: '哪些表木有填总分啊😓',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    id: 't39-audit-07',
    cat: 'audit',
    pre: '河门口的项目负责人都填了没',
    q: '电话呢，也没填？',
    expect: (d) => {
      const rs = F(d, (r) => HMK(r) && blank(r.phone));
      return d.anyOf(d.set(rs), d.count(rs.length));
    },
  },
  {
    id: 't39-audit-08',
    cat: 'audit',
    // only 003-096, by 0.0000004 万元 (a rounding of the form): listing it or saying none are both right
    q: '有木有执行数比预算还多的项目？？',
    expect: (d) => d.setTol([], F(d, overspent)),
  },
  {
    id: 't39-audit-09',
    cat: 'audit',
    // neither 8 nor 11 digits; the cell with two 8-digit numbers (003-095) may be listed
    q: '电话号码位数不对的有哪些 帮忙瞅瞅',
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(d, (r) => phoneNumbers(r).length > 1),
      ),
  },
  {
    id: 't39-audit-10',
    cat: 'audit',
    q: '年初预算没填的项目多少个',
    expect: (d) => d.count(F(d, (r) => money(r, 'initialBudget') == null).length),
  },
  {
    id: 't39-audit-11',
    cat: 'audit',
    // two readings (as the thirty-fourth part takes it): TOTAL_MISMATCH (总分 ≠ budget 得分 + Σ 得分), or, as most 大红门
    // forms weight their rows to 100 and state Σ 得分 alone, a 总分 that is neither sum; the share of the 158 forms
    q: '2023年有多少个项目的总分和各项得分加起来对不上？占2023年项目的百分之几？',
    expect: (d) => {
      const all23 = F(d, yr(2023)).length;
      const n = [
        F(d, (r) => yr(2023)(r) && totalOff(r)).length,
        F(d, (r) => yr(2023)(r) && neitherSum(r)).length,
      ];
      return d.anyOf(...n.map((k) => allOf(d.count(k), pct(d, (100 * k) / all23))));
    },
  },
  {
    id: 't39-audit-12',
    cat: 'audit',
    // 没做 reads three ways (README: no satisfaction row, 未做, either); the satDoubt forms of 2023 (and, for the
    // no-row readings, a form whose satisfaction row carries no points) may be counted
    q: '每个年度，满意度调查没做的项目各有几个？',
    expect: (d) => {
      const in23 = (f) => F(d, (r) => yr(2023)(r) && f(r)).length;
      const in20 = (f) => F(d, (r) => yr(2020)(r) && f(r)).length;
      const doubt = (f) => in23((r) => !f(r) && (satDoubt(r) || satNoPoints(r)));
      const readings = [
        [satNotDone, SAT_TEXT_NOT_DONE.length],
        [noSat, doubt(noSat)],
        [(r) => satNotDone(r) || noSat(r), doubt((r) => satNotDone(r) || noSat(r))],
      ];
      return d.anyOf(
        ...readings.map(([f, extra]) =>
          groupRanges(d, { 2020: [in20(f), in20(f)], 2023: [in23(f), in23(f) + extra] }),
        ),
      );
    },
  },
  {
    id: 't39-audit-13',
    cat: 'audit',
    // BUDGET_SCORE_MISMATCH: off by both the stated and the computed 执行率 must be listed; off by one only (and
    // 平安建设经费's 「100％」 in the 得分 cell) may
    q: '预算执行那一行得分算错的项目有哪些？',
    expect: (d) => d.setTol(F(d, budgetOffBoth), F(d, budgetOffEither)),
  },
  {
    id: 't39-audit-14',
    cat: 'audit',
    q: '各主管部门分别有多少个项目没填项目负责人？',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, (r) => blank(r.owner)),
          (r) => norm(r.department),
          () => 1,
        ),
      ),
  },
  {
    id: 't39-audit-15',
    cat: 'audit',
    q: '2020年和2023年，扣了分却没写偏差原因的项目各有几个？',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, devMissing),
          (r) => String(r.year),
          () => 1,
        ),
      ),
  },

  // ---------------------------------------------------------------- money: arithmetic and amounts as said
  {
    id: 't39-money-01',
    cat: 'money',
    q: '请计算“2023年城市居民最低生活保障”全年预算数较年初预算数调减的金额，并折算为元。',
    expect: (d) => {
      const v = -raise(R(d, '003-015'));
      return allOf(d.number(v), exact(v * 10000, 1));
    },
  },
  {
    id: 't39-money-02',
    cat: 'money',
    // 城乡管理办公室 as written, with or without 003-054 (城乡建设办公室) and 003-095 (城乡办、平安办); 亿元 within half
    // the last shown digit of two decimals
    q: '请核算实施单位为“城乡管理办公室”的项目全年预算数合计，以亿元为单位列示。',
    expect: (d) => {
      const base = F(d, CX);
      const maybe = F(d, ids(...CX_MAYBE));
      const sets = [base, [...base, maybe[0]], [...base, maybe[1]], [...base, ...maybe]];
      return alts(
        d,
        sets.map((rs) => exact(sumWith(rs, money, 'annualBudget') / 10000, 0.005)),
      );
    },
  },
  {
    id: 't39-money-03',
    cat: 'money',
    q: '请计算潞源街道各项目“全年预算数”与“全年执行数”差额的合计。',
    expect: (d) => {
      const rs = F(d, LY);
      return d.number(sumWith(rs, money, 'annualBudget') - sumWith(rs, money, 'executed'));
    },
  },
  {
    id: 't39-money-04',
    cat: 'money',
    q: '经核，“朗清园社区警务工作室装饰装修和信息化工程相关资金项目”全年执行数占全年预算数的比例为多少？与表上填报的“99.9%”相差几个百分点？',
    expect: (d) => {
      const r = R(d, '000-006');
      const c = (100 * money(r, 'executed')) / money(r, 'annualBudget');
      return allOf(pct(d, c), pct(d, rate(r) - c));
    },
  },
  {
    id: 't39-money-05',
    cat: 'money',
    // the question fixes the reading: 002-007 converted to 万元
    q: '发改委项目中“2023“疏整促”专班经费”的全年预算数疑以元填报，请将其折算为万元后，计算发改委全部项目全年预算数合计。',
    expect: (d) => d.number(sumWith(F(d, FG), conv, 'annualBudget')),
  },
  {
    id: 't39-money-06',
    cat: 'money',
    q: '潞源跟双井 预算加一起多少万',
    expect: (d) =>
      d.number(
        sumWith(
          F(d, (r) => LY(r) || SJ(r)),
          money,
          'annualBudget',
        ),
      ),
  },
  {
    id: 't39-money-07',
    cat: 'money',
    pre: '晨光路拆迁资金 预算多少',
    q: '换成元是多少啊',
    expect: (d) => exact(money(R(d, '003-091'), 'annualBudget') * 10000, 1),
  },
  {
    id: 't39-money-08',
    cat: 'money',
    q: '大红门预算过千万的项目有几个呀',
    expect: (d) => moneyBandCount(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY, DHM),
  },
  {
    id: 't39-money-09',
    cat: 'money',
    // 民生办 with or without 003-055 (「民生保障办公室是」)
    q: '民生办全年执行数一共多少钱',
    expect: (d) =>
      alts(d, [
        d.number(sumWith(F(d, MS), money, 'executed')),
        d.number(sumWith(F(d, MS_STRICT), money, 'executed')),
      ]),
  },
  {
    id: 't39-money-10',
    cat: 'money',
    pre: '2021年度老旧小区完善类改造项目 花了多少',
    // 3457.171733 against 3457.17173 万元: 0.000003 万元, i.e. 0.03 元 (said in 元 too)
    q: '那比村级公益事业专项补助那个多多少？',
    expect: (d) => {
      const g = money(R(d, '003-007'), 'executed') - money(R(d, '003-022'), 'executed');
      return d.anyOf(
        gapBoth(d, () => g),
        exact(g * 10000, 0.006),
      );
    },
  },
  {
    id: 't39-money-11',
    cat: 'money',
    q: '2023年的全年预算总额是2020年的多少倍？',
    expect: (d) =>
      readers(d, (m) =>
        exact(sumWith(F(d, yr(2023)), m, 'annualBudget') / sumWith(F(d, yr(2020)), m, 'annualBudget'), PCT),
      ),
  },
  {
    id: 't39-money-12',
    cat: 'money',
    q: '大红门的预算占2023年全部项目预算的比重是多少？',
    expect: (d) =>
      readers(d, (m) =>
        pct(d, (100 * sumWith(F(d, DHM), m, 'annualBudget')) / sumWith(F(d, yr(2023)), m, 'annualBudget')),
      ),
  },
  {
    id: 't39-money-13',
    cat: 'money',
    q: '河门口9个项目平均每个项目预算多少万？',
    expect: (d) => d.number(sumWith(F(d, HMK), money, 'annualBudget') / F(d, HMK).length),
  },
  {
    id: 't39-money-14',
    cat: 'money',
    // forms without 年初预算数 add nothing to the 年初 sum
    q: '2023年各项目年初预算合计多少？全年预算合计多少？',
    expect: (d) => {
      const rs = F(d, yr(2023));
      return allOf(d.sumMoney(rs, 'initialBudget'), d.sumMoney(rs, 'annualBudget'));
    },
  },
  {
    id: 't39-money-15',
    cat: 'money',
    // the office's own rate, 全年执行数合计 ÷ 全年预算数合计 (99.99 % or, read as written, 100.00 %: one figure within
    // tolerance); 还剩 = 全年预算数 − 全年执行数, 0.2 万元 under both readings
    q: '发改委2023年整体执行率是多少？还剩多少钱没花？',
    expect: (d) => {
      const rs = F(d, (r) => FG(r) && yr(2023)(r));
      return allOf(
        readers(d, (m) => pct(d, (100 * sumWith(rs, m, 'executed')) / sumWith(rs, m, 'annualBudget'))),
        readers(d, (m) => d.number(sumWith(rs, m, 'annualBudget') - sumWith(rs, m, 'executed'))),
      );
    },
  },

  // ---------------------------------------------------------------- talk: registers, follow-ups, two asks
  {
    id: 't39-talk-01',
    cat: 'talk',
    q: '請列出項目負責人為“趙康”且總分低於100分的項目。',
    expect: (d) => d.set(F(d, (r) => owner('赵康')(r) && under100(r))),
  },
  {
    id: 't39-talk-02',
    cat: 'talk',
    // three forms write 便民服务中心 as 主管部门 and the 街道办事处 as 实施单位 (swapped): they may be listed
    q: '一、请列出实施单位为“便民服务中心”的项目；二、上述项目全年预算数合计是多少？',
    expect: (d) => {
      const must = F(d, unitHas('便民服务中心'));
      const wide = F(d, (r) => unitHas('便民服务中心')(r) || deptHas('便民服务中心')(r));
      return allOf(
        d.setTol(must, wide),
        alts(d, [
          d.number(sumWith(must, money, 'annualBudget')),
          d.number(sumWith(wide, money, 'annualBudget')),
        ]),
      );
    },
  },
  {
    id: 't39-talk-03',
    cat: 'talk',
    q: 'Audit request: please list every project of 通州区发展和改革委员会 whose 总分 (total score) is left blank.',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't39-talk-04',
    cat: 'talk',
    q: '请提供：1. 2020年度项目总数；2. 2020年度全年执行数合计（万元）。',
    expect: (d) => allOf(d.count(F(d, yr(2020)).length), d.sumMoney(F(d, yr(2020)), 'executed')),
  },
  {
    id: 't39-talk-05',
    cat: 'talk',
    q: '“联系电话”栏填写为“67270330、67270347”的是哪个项目？其项目负责人是谁？',
    expect: (d) => ({ ...d.value(R(d, '003-095'), '赵路广', '孟卓聪'), all: true }),
  },
  {
    id: 't39-talk-06',
    cat: 'talk',
    q: '潞原街道 有几个项目没填负责人啊？？',
    expect: (d) => d.count(F(d, (r) => LY(r) && blank(r.owner)).length),
  },
  {
    id: 't39-talk-07',
    cat: 'talk',
    pre: '大洪门民生办的项目有哪些',
    q: '这些里面满意度没做的 列一下😓',
    // 没做 as 未做 (no 民生保障办公室 form lacks a satisfaction row, so the no-row reading selects none); the two satDoubt
    // forms of the office may be listed
    expect: (d) =>
      d.setTol(
        F(d, (r) => MS(r) && satNotDone(r)),
        F(d, (r) => MS(r) && (satNotDone(r) || satDoubt(r))),
      ),
  },
  {
    id: 't39-talk-08',
    cat: 'talk',
    // a yes/no answered by the rates (a table of the 发改委 forms with their 执行率, all or only those below 100 %),
    // by either reading of 执行率
    q: '发改为的项目 执行率都是100%吗？',
    expect: (d) => {
      const rs = F(d, FG);
      return d.anyOf(
        column(d, '执行率', rs, (r) => String(rate(r))),
        column(d, '执行率', rs, (r) => String(rateComputed(r))),
        d.set(rs.filter((r) => rate(r) < 100)),
        d.set(rs.filter((r) => rateComputed(r) < 100)),
      );
    },
  },
  {
    id: 't39-talk-09',
    cat: 'talk',
    // 河门口 forms have no 项目负责人 row at all
    q: '河门口 预算最少的项目是哪个?负责人是谁？',
    expect: (d) =>
      allOf(
        d.top(F(d, HMK), (r) => money(r, 'annualBudget'), 1, 'asc'),
        d.empty(R(d, '004-007')),
      ),
  },
  {
    id: 't39-talk-10',
    cat: 'talk',
    pre: '李毅飞负责几个项目',
    q: '那王丽呢😄',
    expect: (d) => d.count(F(d, owner('王丽')).length),
  },
  {
    id: 't39-talk-11',
    cat: 'talk',
    q: '那个二零二三年的项目啊 总共花了多少钱 就是执行数加起来',
    expect: (d) => d.sumMoney(F(d, yr(2023)), 'executed'),
  },
  {
    id: 't39-talk-12',
    cat: 'talk',
    q: '2020年平均每个项目多少钱？2023年呢？',
    expect: (d) =>
      allOf(
        d.number(sumWith(F(d, yr(2020)), money, 'annualBudget') / F(d, yr(2020)).length),
        readers(d, (m) => d.number(sumWith(F(d, yr(2023)), m, 'annualBudget') / F(d, yr(2023)).length)),
      ),
  },
  {
    id: 't39-talk-13',
    cat: 'talk',
    pre: '2023年有多少个项目没完成目标',
    q: '那2020年呢',
    expect: (d) => notMetCount(d, F(d, yr(2020))),
  },
  {
    id: 't39-talk-14',
    cat: 'talk',
    // the share of all 158 forms of 2023, or of the 155 that state a 总分
    q: 'How many projects in 2023 have a total score below 100, and what share of the 2023 projects is that?',
    expect: (d) => {
      const n = F(d, (r) => yr(2023)(r) && under100(r)).length;
      return allOf(
        d.count(n),
        alts(d, [
          pct(d, (100 * n) / F(d, yr(2023)).length),
          pct(d, (100 * n) / F(d, (r) => yr(2023)(r) && ts(r) != null).length),
        ]),
      );
    },
  },
  {
    id: 't39-talk-15',
    cat: 'talk',
    pre: '大红门2023年预算总额多少',
    // 全部项目 = every form, or every form of 2023 (the lead names the year); both money readings
    q: '占全部项目预算的百分之几？',
    expect: (d) => {
      const dhm = (m) => sumWith(F(d, DHM), m, 'annualBudget');
      return alts(d, [
        ...[money, conv].map((m) => pct(d, (100 * dhm(m)) / sumWith(d.all, m, 'annualBudget'))),
        ...[money, conv].map((m) => pct(d, (100 * dhm(m)) / sumWith(F(d, yr(2023)), m, 'annualBudget'))),
      ]);
    },
  },

  // ---------------------------------------------------------------- no: a refusal or a question back
  {
    id: 't39-no-01',
    cat: 'no',
    q: '请列出2021年度各项目的全年预算数。',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    id: 't39-no-02',
    cat: 'no',
    q: '请提供“晨光路拆迁资金”的政府采购合同编号及中标单位。',
    expect: (d) => d.anyOf(d.refuse('中标单位'), d.refuse('合同编号')),
  },
  {
    id: 't39-no-03',
    cat: 'no',
    q: '请将“2023年临时救助资金”的总分由95分更正为100分，并出具修改说明。',
    expect: (d) => d.anyOf(d.refuse('更正'), d.refuse('修改')),
  },
  {
    id: 't39-no-04',
    cat: 'no',
    q: '请列出朝阳区教育局所属项目的绩效自评结果。',
    expect: (d) => d.refuse('教育局'),
  },
  {
    id: 't39-no-05',
    cat: 'no',
    q: '请说明各项目委托的第三方绩效评价机构名称及评价费用。',
    expect: (d) => d.refuse('第三方'),
  },
  {
    id: 't39-no-06',
    cat: 'no',
    q: '帮我把潞源没填负责人的那几个 都改成周蕾莹 谢谢🙏',
    expect: (d) => d.anyOf(d.refuse('改成'), d.refuse('修改')),
  },
  {
    id: 't39-no-07',
    cat: 'no',
    q: '西城区的项目有几个😂',
    expect: (d) => d.refuse('西城'),
  },
  {
    id: 't39-no-08',
    cat: 'no',
    q: '22年大红门预算多少啊',
    // a figure is asked: an empty list is not enough, the year must be said to be absent
    expect: (d) => d.anyOf(d.refuse('22年'), d.refuse('2022')),
  },
  {
    id: 't39-no-09',
    cat: 'no',
    q: '哈哈哈😂😂👍👍',
    expect: (d) => d.refuse('哈哈'),
  },
  {
    id: 't39-no-10',
    cat: 'no',
    pre: '潞源的项目总分都多少',
    q: '帮我把低于100的都改成100分 上面催😭',
    expect: (d) => d.anyOf(d.refuse('改成'), d.refuse('修改')),
  },
  {
    id: 't39-no-11',
    cat: 'no',
    // no 2024 forms: a bare figure for 2023 is not an answer, so the empty-list reading of noYear is not taken
    q: '2024年的项目预算比2023年增长了多少？',
    expect: (d) => d.refuse('2024'),
  },
  {
    id: 't39-no-12',
    cat: 'no',
    q: '全区一般公共预算收入是多少？',
    expect: (d) => d.refuse('一般公共预算收入'),
  },
  {
    id: 't39-no-13',
    cat: 'no',
    q: '各街道2023年上半年的预算执行进度是多少？',
    expect: (d) => d.refuse('上半年'),
  },
  {
    id: 't39-no-14',
    cat: 'no',
    // 今年 / 去年 read against today's date (2026 / 2025, README): no forms
    q: '和去年比，今年的项目预算增长了多少？',
    expect: (d) => d.anyOf(d.refuse('今年'), d.refuse('去年'), d.refuse('2026'), d.refuse('2025')),
  },
  {
    id: 't39-no-15',
    cat: 'no',
    q: '通州区2023年GDP增长率是多少？',
    expect: (d) => d.refuse('GDP'),
  },
];
