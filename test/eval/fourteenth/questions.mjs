// The fourteenth part (helper "blind31"): 120 portfolio questions asked by two people over the 169 forms — (A) a new
// graduate just hired at a 街道 财政所, who asks long, unsure questions full of hedges and self-corrections (我不太确定…,
// 是不是叫…, 哦不对是…, 应该是…吧), sometimes naming the wrong thing first and the right one after; and (B) a 项目负责人
// asking only about their own projects and indicator rows, in the first person (我负责的…, 我那个项目…, 我们那条指标…),
// naming themselves once in the question (「我是赵康，…」; the person is one of the records' 项目负责人, except one line
// whose name the forms do not hold). Each line's comment says which asker. Written by an author who had not read src/,
// prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the records by ../lib
// and ./helpers.mjs only. Not split. Definitions: ../README.md ("The fourteenth part").
import {
  budgetScore,
  budgetWeight,
  devMissing,
  money,
  rate,
  rows,
  satDoubt,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  F,
  moneyBand,
  moneyBandCount,
  noYear,
  PCT,
  phoneNumbers,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  sumBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  DHM,
  FG,
  gapOf,
  HMK,
  ids,
  initBlank,
  initDiffers,
  LY,
  l1,
  l2,
  m1,
  mine,
  mineAny,
  mineTol,
  nthM,
  R,
  rowsOf,
  SJ,
  topM,
  yuan,
} from './helpers.mjs';

const ann = (r) => money(r, 'annualBudget');
const exe = (r) => money(r, 'executed');
const sumAnn = (d, rs) => d.sumMoney(rs, 'annualBudget');

export const questions = [
  // ---- desk: one project's field ----
  {
    id: 'ft-desk-01', // B
    cat: 'desk',
    q: '我是周蕾莹，我负责的统计站（室）那个项目，全年执行数是多少？',
    expect: (d) => d.value(R(d, '000-002'), 2.5),
  },
  {
    id: 'ft-desk-02', // B
    cat: 'desk',
    q: '我是张旖斐，我那个“经济大脑”的项目，表上联系电话留的是哪个号码？',
    expect: (d) => d.value(R(d, '002-005'), '69547757'),
  },
  {
    id: 'ft-desk-03', // B: stated 99.99 %, computed 999.9 / 1000 = 99.99 % (one figure either way)
    cat: 'desk',
    q: '我是邱程，我负责的通州区重大投资项目规划谋划，执行率最后填的是多少？',
    expect: (d) => d.value(R(d, '002-013'), 99.99),
  },
  {
    id: 'ft-desk-04', // B: 「2023年接诉即办奖励金」 (葛帅), not 白筱艺's 「接诉即办-社区」
    cat: 'desk',
    q: '我是葛帅，我们那个接诉即办奖励金的项目，自评总分是多少分？',
    expect: (d) => d.value(R(d, '000-022'), 100),
  },
  {
    id: 'ft-desk-05', // B: 年初 and 全年 are both 391.92
    cat: 'desk',
    q: '我是于晴，我负责的下沉协管员经费，年初预算和全年预算分别是多少？',
    expect: (d) => d.value(R(d, '000-026'), 391.92),
  },
  {
    id: 'ft-desk-06', // B
    cat: 'desk',
    q: '我是王曦，我那个公益电影放映补贴，实施单位填的是哪个单位？',
    expect: (d) => d.value(R(d, '000-027'), '北京市通州区潞源街道办事处'),
  },
  {
    id: 'ft-desk-07', // B: the 年初预算数 cell of 002-007 is blank
    cat: 'desk',
    q: '我是孔涵，我负责的“疏整促”专班经费，年初预算数那一栏是不是没填？',
    expect: (d) => d.empty(R(d, '002-007')),
  },
  {
    id: 'ft-desk-08', // B: 003-088 「办公用房租赁费」 (姚庆峰), not 李毅飞's 商务楼宇…办公用房租赁经费
    cat: 'desk',
    q: '我是姚庆峰，我负责的办公用房租赁费，全年执行了多少钱？',
    expect: (d) => d.value(R(d, '003-088'), 405.2252),
  },
  {
    id: 'ft-desk-09', // A: a wrong name (电梯维修经费) corrected
    cat: 'desk',
    q: '我不太确定是不是叫河西锦苑电梯维修经费…哦不对，应该是河西锦苑小区电梯维护经费，它的全年预算是多少呀？',
    expect: (d) => d.value(R(d, '004-002'), 8.02),
  },
  {
    id: 'ft-desk-10', // A: 000-006's 项目负责人 cell is blank
    cat: 'desk',
    q: '那个…朗清园社区警务工作室装修的项目，项目负责人是谁啊？我看表上好像没写，是不是我看漏了',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    id: 'ft-desk-11', // A: a wrong name (拆迁补偿款) corrected
    cat: 'desk',
    q: '我想问一下晨光路…是叫晨光路拆迁补偿款吗？哦不对，是晨光路拆迁资金，它的联系电话是多少，应该是6727开头的吧',
    expect: (d) => d.value(R(d, '003-091'), '67270318'),
  },
  {
    id: 'ft-desk-12', // A: 004-008's 年初预算数 cell is blank
    cat: 'desk',
    q: '我不太确定是不是叫三线干部学院…哦，是社区文化活动场所（三线干部建设学院）项目，它的年初预算数是不是没填？',
    expect: (d) => d.empty(R(d, '004-008')),
  },
  {
    id: 'ft-desk-13', // A: 87885957 is found on one form only (003-115, 综合行政执法队, 王绍楠)
    cat: 'desk',
    q: '87885957这个电话号码，我记得好像是执法队那边的？是哪个项目留的，负责人叫什么来着',
    expect: (d) => d.value(R(d, '003-115'), '王绍楠'),
  },
  {
    id: 'ft-desk-14', // A: 经济大脑 first, corrected to 放管服 (002-004), whose 总分 cell is blank
    cat: 'desk',
    q: '我刚来不太懂…那个“经济大脑”，不对，我说错了，是“放管服”那个研究项目，它的总分是多少分？',
    expect: (d) => d.empty(R(d, '002-004')),
  },
  {
    id: 'ft-desk-15', // A
    cat: 'desk',
    q: '习风园改造…应该就叫习风园改造项目吧，它的主管部门是哪个单位啊',
    expect: (d) => d.value(R(d, '004-011'), '攀枝花市西区河门口街道办事处'),
  },

  // ---- money ----
  {
    id: 'ft-money-01', // B
    cat: 'money',
    q: '我是赵康，我负责的项目全年预算加起来一共多少钱？',
    expect: (d) => sumAnn(d, mine(d, '赵康')),
  },
  {
    id: 'ft-money-02', // B
    cat: 'money',
    q: '我是牛艳维，我那些项目的全年执行数一共是多少万元？',
    expect: (d) => d.sumMoney(mine(d, '牛艳维'), 'executed'),
  },
  {
    id: 'ft-money-03', // B: above 100 万 (none on the bound)
    cat: 'money',
    q: '我是李毅飞，我负责的项目里全年预算超过100万的有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 100, Infinity, (r) => r.owner === '李毅飞'),
  },
  {
    id: 'ft-money-04', // B: Σ 全年预算 / 12
    cat: 'money',
    q: '我是张宏，我名下这些项目平均每个预算有多少？',
    expect: (d) => d.avg(mine(d, '张宏'), ann),
  },
  {
    id: 'ft-money-05', // B: 002-002 (200 − 199.9) and 002-013 (1000 − 999.9): 0.2 万元 = 2000 元
    cat: 'money',
    q: '我是邱程，我那两个项目加起来还剩多少钱没花完？',
    expect: (d) => {
      const v = mine(d, '邱程').reduce((s, r) => s + ann(r) - exe(r), 0);
      return d.anyOf(d.number(v), yuan(v));
    },
  },
  {
    id: 'ft-money-06', // B: with or without the shared cell 「赵路广、孟卓聪」 (003-095)
    cat: 'money',
    q: '我是孟卓聪，我负责的项目全年预算一共多少？',
    expect: (d) => d.anyOf(sumAnn(d, mine(d, '孟卓聪')), sumAnn(d, mineAny(d, '孟卓聪'))),
  },
  {
    id: 'ft-money-07', // B: 193.930878 万元 in 元
    cat: 'money',
    q: '我是王丽，我负责的项目全年预算合计换算成元是多少？',
    expect: (d) => yuan(sumBy(mine(d, '王丽'), money, 'annualBudget')),
  },
  {
    id: 'ft-money-08', // B: 003-029 586.2719 − 003-114 30.96
    cat: 'money',
    q: '我是姚庆峰，我那几个项目里预算最多的那个比最少的多出多少？',
    expect: (d) => {
      const vs = mine(d, '姚庆峰').map(ann);
      return gapOf(d, Math.max(...vs) - Math.min(...vs));
    },
  },
  {
    id: 'ft-money-09', // B: 000-015 34.06795 + 000-016 34.7081
    cat: 'money',
    q: '我是李哲，我负责的第三批和第四批小微项目，执行数加起来是多少？',
    expect: (d) => d.sumMoney(ids(d, '000-015', '000-016'), 'executed'),
  },
  {
    id: 'ft-money-10', // B: 000-020 4 + 000-021 16
    cat: 'money',
    q: '我是高博群，我那两个免费开放补助资金，区级加市级一共批了多少预算？',
    expect: (d) => sumAnn(d, ids(d, '000-020', '000-021')),
  },
  {
    id: 'ft-money-11', // B: 不到10万块 = below 10 万元; 003-008 (exactly 10) on the bound optional
    cat: 'money',
    q: '我是赵康，我负责的项目里全年预算不到10万块的有几个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', -Infinity, 10, (r) => r.owner === '赵康'),
  },
  {
    id: 'ft-money-12', // B: 牛艳维's 全年预算 over every 大红门 form's, in percent
    cat: 'money',
    q: '我是牛艳维，我负责的项目全年预算占整个大红门街道的百分之几？',
    expect: (d) =>
      d.number(
        (100 * sumBy(mine(d, '牛艳维'), money, 'annualBudget')) / sumBy(F(d, DHM), money, 'annualBudget'),
        PCT,
      ),
  },
  {
    id: 'ft-money-13', // A
    cat: 'money',
    q: '我不太确定啊，双井那边…是叫双井街道办事处吧，两个疫情防控资金项目的全年预算加起来是多少？',
    expect: (d) => sumAnn(d, F(d, SJ)),
  },
  {
    id: 'ft-money-14', // A: every 河门口 form is of 2020
    cat: 'money',
    q: '河门口街道的项目，嗯…应该都是2020年的吧，全年执行数一共多少？',
    expect: (d) => d.sumMoney(F(d, HMK), 'executed'),
  },
  {
    id: 'ft-money-15', // A: 潞源 corrected to 发改委; 疏整促's cell both ways
    cat: 'money',
    q: '潞源街道的，哦不对，我要问的是发改委的项目，全年预算一共多少钱？我记得是个挺大的数',
    expect: (d) => sumAnn(d, F(d, FG)),
  },
  {
    id: 'ft-money-16', // A: 438 − 433 = 5 万元 (50000 元)
    cat: 'money',
    q: '我想问一下朗清园那个警务工作室装修的项目，预算是438万吧？执行了433万，是不是还剩5万没花完？',
    expect: (d) => {
      const r = R(d, '000-006');
      return d.anyOf(d.number(ann(r) - exe(r)), yuan(ann(r) - exe(r)));
    },
  },
  {
    id: 'ft-money-17', // A: 潞源's 22 forms are all of 2023
    cat: 'money',
    q: '潞源街道2023年的项目，全年预算平均下来每个大概多少？我不太会算平均数…',
    expect: (d) => d.avg(F(d, LY), ann),
  },
  {
    id: 'ft-money-18', // A: 003-007, 003-022, 003-091, 003-015 (none on the bound)
    cat: 'money',
    q: '我不确定是不是叫大红门街道办事处…反正是大红门的，全年预算在一千万以上的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Infinity, DHM),
  },
  {
    id: 'ft-money-19', // A: 002-006 247 万元
    cat: 'money',
    q: '那个节能专项资金…好像是发改委的，预算是247万吧，换算成元是多少？我怕写错位数',
    expect: (d) => yuan(ann(R(d, '002-006'))),
  },
  {
    id: 'ft-money-20', // A: 发改委 corrected to 河门口: 004-008 338 − 004-007 1.16
    cat: 'money',
    q: '发改委的…不对不对，是河门口街道的，全年预算最大的那个项目比最小的多多少钱？',
    expect: (d) => {
      const vs = F(d, HMK).map(ann);
      return gapOf(d, Math.max(...vs) - Math.min(...vs));
    },
  },

  // ---- rows: indicator rows ----
  {
    id: 'ft-rows-01', // B
    cat: 'rows',
    q: '我是周蕾莹，我负责的潞源街道年度人口抽样调查，抽中调查对象样本量那条指标，年度指标值写的是多少？',
    expect: (d) => d.value(R(d, '000-004'), '80个'),
  },
  {
    id: 'ft-rows-02', // B
    cat: 'rows',
    q: '我是于晴，我那个下沉协管员经费，协管员人数那条指标实际完成值是多少？',
    expect: (d) => d.value(R(d, '000-026'), '43人'),
  },
  {
    id: 'ft-rows-03', // B: target ≥1500人次, actual 12097
    cat: 'rows',
    q: '我是贾安琪，我负责的社区公益事业补助资金，参与人数那条指标目标定的多少，实际完成了多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), '≥1500人次', 12097),
  },
  {
    id: 'ft-rows-04', // B
    cat: 'rows',
    q: '我是刘晓，我负责的重点区域精细化管控项目一共有几条三级指标？',
    expect: (d) => d.count(rows(R(d, '000-009')).length),
  },
  {
    id: 'ft-rows-05', // B: 办单人满意度 5 of 5
    cat: 'rows',
    q: '我是白筱艺，我那个接诉即办-社区的项目，满意度指标分值几分、得了几分？',
    expect: (d) => d.value(R(d, '000-019'), satRows(R(d, '000-019'))[0].weight),
  },
  {
    id: 'ft-rows-06', // B: the 社会效益 row (30 / 29) is the one row below its weight
    cat: 'rows',
    q: '我是王曦，我负责的公益电影放映补贴，哪条指标没拿满分？',
    expect: (d) => d.value(R(d, '000-027'), '及时宣传报道电影公益放映工作'),
  },
  {
    id: 'ft-rows-07', // B: 经济, 社会, 生态效益 and 可持续影响, one row each
    cat: 'rows',
    q: '我是赵明，我那个节能专项资金的效益指标一共有几条？',
    expect: (d) => d.count(rowsOf(R(d, '002-006'), l1('效益')).length),
  },
  {
    id: 'ft-rows-08', // B
    cat: 'rows',
    q: '我是李昌龙，我负责的产业高质量发展评估体系那个项目，成本指标的实际完成值填的是什么？',
    expect: (d) => d.value(R(d, '002-003'), '已全部支出'),
  },
  {
    id: 'ft-rows-09', // B
    cat: 'rows',
    q: '我是宋宁，我那个法律顾问项目里，依申请公开审核数那条的年度指标值是多少？',
    expect: (d) => d.value(R(d, '002-001'), '≥20'),
  },
  {
    id: 'ft-rows-10', // B
    cat: 'rows',
    q: '我是邱程，我负责的重大投资项目规划谋划，成本指标一共有几条？',
    expect: (d) => d.count(rowsOf(R(d, '002-013'), l2('成本')).length),
  },
  {
    id: 'ft-rows-11', // B: the 基本户 form (001-004), not the 其他零余额专项 one
    cat: 'rows',
    q: '我是孙子懿，我负责的疫情防控资金—基本户，满意度指标的年度指标值是怎么写的？',
    expect: (d) => d.value(R(d, '001-004'), '社区对疫情防控物资发放等相关工作满意率达90%'),
  },
  {
    id: 'ft-rows-12', // B
    cat: 'rows',
    q: '我是张旖斐，我那个经济大脑项目的数量指标有几条？',
    expect: (d) => d.count(rowsOf(R(d, '002-005'), l2('数量')).length),
  },
  {
    id: 'ft-rows-13', // B: 19 forms whose satisfaction row is scored 0 (未做); 003-041 and 003-142 (satDoubt: the
    // row merged into a 效益 row, 「5 0 未做」) optional
    cat: 'rows',
    q: '我是牛艳维，我负责的项目里满意度指标得了0分的有哪些？',
    expect: (d) =>
      d.setTol(
        mine(d, '牛艳维', (r) => satRows(r).some((i) => i.score === 0)),
        mine(d, '牛艳维', (r) => satRows(r).some((i) => i.score === 0) || satDoubt(r)),
      ),
  },
  {
    id: 'ft-rows-14', // B: 003-018's 「项目数量 113 110」 row (10 / 9) is the one row below its weight: the project
    // listed, or the row named
    cat: 'rows',
    q: '我是李毅飞，我负责的项目里有哪条指标扣了分？',
    expect: (d) => d.anyOf(d.set(ids(d, '003-018')), d.value(R(d, '003-018'), '项目数量')),
  },
  {
    id: 'ft-rows-15', // B: one satisfaction row on each of the 12 forms
    cat: 'rows',
    q: '我是张宏，我那些项目一共有几条满意度指标？',
    expect: (d) => d.count(mine(d, '张宏').reduce((s, r) => s + satRows(r).length, 0)),
  },
  {
    id: 'ft-rows-16', // B: the 市级 form (000-021): ≥100件 / 280
    cat: 'rows',
    q: '我是高博群，我负责的市级那个免费开放补助资金，制作文化宣传品那条指标目标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-021'), '≥100件', 280),
  },
  {
    id: 'ft-rows-17', // B: none of her five forms has a satisfaction row
    cat: 'rows',
    q: '我是周蕾莹，我负责的项目里哪些没有设满意度指标？',
    expect: (d) => d.set(mine(d, '周蕾莹', (r) => satRows(r).length === 0)),
  },
  {
    id: 'ft-rows-18', // B
    cat: 'rows',
    q: '我是葛帅，我们那条满意度指标的目标写的是多少，实际达到了多少？',
    expect: (d) => d.valueAll(R(d, '000-022'), '力争达到85%', '96%'),
  },
  {
    id: 'ft-rows-19', // A: 004-008's 质量 row and 经济效益 row, each 10 / 9
    cat: 'rows',
    q: '我不太确定是不是叫三线干部建设学院…好像是河门口的社区文化活动场所那个项目？它有哪几条指标扣了分啊',
    expect: (d) => d.valueAll(R(d, '004-008'), '挖掘河门口', '打造三线文化教育产业'),
  },
  {
    id: 'ft-rows-20', // A: the question corrected from rows to projects: 000-006, 000-008, 000-019, 000-026
    cat: 'rows',
    q: '潞源街道…应该是叫潞源吧，满意度指标目标写≥90%的有几条？哦不对，我是想问有几个项目',
    expect: (d) => d.count(F(d, (r) => LY(r) && satRows(r).some((i) => i.target === '≥90%')).length),
  },
  {
    id: 'ft-rows-21', // A: 9 + 9 rows
    cat: 'rows',
    q: '双井的两个疫情防控资金项目，指标是不是每条都是10分？一共有几条指标啊',
    expect: (d) => d.count(F(d, SJ).reduce((s, r) => s + rows(r).length, 0)),
  },
  {
    id: 'ft-rows-22', // A: 004-001, 004-002, 004-007, 004-013 (satisfaction 10 / 9)
    cat: 'rows',
    q: '我想问下河门口街道的满意度指标…是不是有几个扣了1分？扣了分的是哪几个项目',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satRows(r).some((i) => i.score < i.weight))),
  },
  {
    id: 'ft-rows-23', // A: 发改委 corrected to 潞源: 000-008 (1) and 000-009 (2)
    cat: 'rows',
    q: '发改委那边…不对，是潞源街道的，生态效益指标一共有几条？',
    expect: (d) => d.count(F(d, LY).reduce((s, r) => s + rowsOf(r, l2('生态')).length, 0)),
  },
  {
    id: 'ft-rows-24', // A: the one 时效 row of 000-005
    cat: 'rows',
    q: '那个潞源的第五次经济普查经费，是不是叫这个名字我也不确定…它的时效指标写的是什么？',
    expect: (d) => d.value(R(d, '000-005'), '8月31日前组建街道普查办公室'),
  },
  {
    id: 'ft-rows-25', // A: 004-007 … 004-012, one 时效 row each
    cat: 'rows',
    q: '河门口街道的项目，时效指标里实际完成值写“2020年底已完成”的有几条？我不太确定是不是都这么写的',
    expect: (d) =>
      d.count(
        F(d, HMK).reduce(
          (s, r) => s + rowsOf(r, (i) => l2('时效')(i) && i.actual === '2020年底已完成').length,
          0,
        ),
      ),
  },

  // ---- audit: mistakes and gaps ----
  {
    id: 'ft-audit-01', // B: 003-140's 使用范围 row (20 / 18) has an empty 偏差原因 (the text agrees: 「20 18」 alone)
    cat: 'audit',
    q: '我是高元成，我那个体制资金-应急经费有一条指标扣了分，偏差原因是不是没写？',
    expect: (d) => d.anyOf(d.set(ids(d, '003-140')), d.value(R(d, '003-140'), '使用范围')),
  },
  {
    id: 'ft-audit-02', // B: 003-024's 672703090 (9 digits); 003-076's 67670390 has 8
    cat: 'audit',
    q: '我是李毅飞，我那些项目的联系电话有没有填错的，比如位数不对？',
    expect: (d) =>
      d.set(mine(d, '李毅飞', (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  {
    id: 'ft-audit-03', // B: 003-013 and 003-135 write 未做; the shared 003-095 does not
    cat: 'audit',
    q: '我是赵路广，我负责的项目里满意度写了“未做”的是哪几个？',
    expect: (d) =>
      mineTol(d, '赵路广', (r) =>
        satRows(r).some((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`)),
      ),
  },
  {
    id: 'ft-audit-04', // B: 002-002 states 100 % with 199.9 of 200 spent (RATE_ROUNDED_UP_TO_FULL)
    cat: 'audit',
    q: '我是邱程，我负责的项目里有没有执行率写了100%、但钱其实没花完的？',
    expect: (d) => d.set(mine(d, '邱程', roundedUp)),
  },
  {
    id: 'ft-audit-05', // B: 99.21 % and 99.74 % truncated to 99 % are right by SCORING §7 (no RATE_MISMATCH): the
    // answer is none; listing the two with their rates (rateDiff) is accepted too
    cat: 'audit',
    q: '我是李哲，我那两个小微项目执行率都写的99%，是不是算错了？',
    expect: (d) =>
      d.setTol(
        mine(d, '李哲', rateOff),
        mine(d, '李哲', (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    id: 'ft-audit-06', // B: 003-062, 003-069, 003-119; with a blank 年初 read as different also 003-005, 003-066,
    // 003-113, 003-133 (each reading whole)
    cat: 'audit',
    q: '我是王丽，我负责的项目里年初预算和全年预算不一致的有哪些？',
    expect: (d) =>
      d.anyOf(
        d.set(mine(d, '王丽', initDiffers)),
        d.set(mine(d, '王丽', (r) => initDiffers(r) || initBlank(r))),
      ),
  },
  {
    id: 'ft-audit-07', // B: 002-006's 总分 cell is blank
    cat: 'audit',
    q: '我是赵明，我那个节能专项资金的表，总分是不是忘了填？',
    expect: (d) => d.empty(R(d, '002-006')),
  },
  {
    id: 'ft-audit-08', // B: the 社会效益 row of 000-022 has an empty 实际完成值: the project listed, or the row named
    cat: 'audit',
    q: '我是葛帅，我那个接诉即办奖励金，有没有哪条指标的实际完成值没填？',
    expect: (d) => d.anyOf(d.set(ids(d, '000-022')), d.value(R(d, '000-022'), '充分利用接诉即办奖励资金')),
  },
  {
    id: 'ft-audit-09', // B: 695468784 has 9 digits: answered by the value
    cat: 'audit',
    q: '我是宋宁，我负责的法律顾问项目，联系电话是不是少写了一位？',
    expect: (d) => d.value(R(d, '002-001'), '695468784'),
  },
  {
    id: 'ft-audit-10', // B: 003-091's satisfaction row 「群众满意度 超过 90% 5 0 未做」 is its one row below full marks.
    // Tightened after the first run: the answer names that row (群众满意度); 「未做」 alone was also found in the echo of a
    // reply that had not understood the question (「已看懂的部分：…未做满意度调查…」)
    cat: 'audit',
    q: '我是王璐，我负责的晨光路拆迁资金总分只有95分，是不是满意度那条没做被扣的？',
    expect: (d) => d.value(R(d, '003-091'), '群众满意度'),
  },
  {
    id: 'ft-audit-11', // B: 003-094 (10 + 80 = 90) and 003-139 (10 + 85 = 95) add up: none
    cat: 'audit',
    q: '我是王秋香，我负责的项目总分跟预算执行得分加各项指标得分对得上吗？',
    expect: (d) =>
      d.set(
        mine(
          d,
          '王秋香',
          (r) =>
            Math.abs(ts(r) - r.funds.total.score.value - rows(r).reduce((s, i) => s + (i.score ?? 0), 0)) >
            0.1,
        ),
      ),
  },
  {
    id: 'ft-audit-12', // A: no 河门口 form has a 项目负责人 row (no such row = blank)
    cat: 'audit',
    q: '我不太确定…河门口街道的项目是不是都没填负责人？没填负责人的有几个？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && !r.owner).length),
  },
  {
    id: 'ft-audit-13', // A: 000-006, 000-007, 000-008, 000-023, 000-024, 000-025
    cat: 'audit',
    q: '潞源的项目负责人空着的…应该有几个吧？哦对了，顺便看下是哪几个',
    expect: (d) => d.set(F(d, (r) => LY(r) && !r.owner)),
  },
  {
    id: 'ft-audit-14', // A: 002-003 (总分 weight 1000)
    cat: 'audit',
    q: '发改委那边有个项目总分那栏的分值写成1000了，是哪个来着？我记得是个什么评估体系的',
    expect: (d) => d.set(F(d, (r) => r.totalWeight === 1000)),
  },
  {
    id: 'ft-audit-15', // A: 大红门 corrected to 发改委: 002-004, 002-006, 002-007
    cat: 'audit',
    q: '大红门…哦不对，我们所管的是发改委，发改委的项目有没有总分空着没填的？',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 'ft-audit-16', // A: BUDGET_SCORE_MISMATCH in 潞源, by the stated rate (000-024, 000-025: 99.1 % / 99.5 % scored 9)
    // or by the computed one (also 000-006, 000-016, 000-021); each reading whole
    cat: 'audit',
    q: '潞源街道的预算执行得分，是不是有的跟执行率对不上啊？我看有的执行率99点几却只给了9分，我也不确定这算不算错',
    expect: (d) =>
      d.anyOf(
        d.set(
          F(
            d,
            (r) =>
              LY(r) &&
              rate(r) != null &&
              Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05,
          ),
        ),
        d.set(F(d, (r) => LY(r) && budgetScoreOff(r))),
      ),
  },
  {
    id: 'ft-audit-17', // A: all nine 河门口 forms have rows scored 9 of 10 with no reason
    cat: 'audit',
    q: '河门口街道的，扣了分但偏差原因没写的项目有几个？是叫偏差原因分析吧',
    expect: (d) => d.count(F(d, (r) => HMK(r) && devMissing(r)).length),
  },
  {
    id: 'ft-audit-18', // A: 000-006 (99.9 % stated, 98.86 % computed) required; the forms whose stated rate differs
    // only by truncation or rounding (rateDiff) optional
    cat: 'audit',
    q: '潞源街道执行率算错的项目…我不知道是不是叫算错，就是填的执行率跟执行数除以预算数对不上的，有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  {
    id: 'ft-audit-19', // A: 003-024 (9 digits) and 003-095 (two numbers)
    cat: 'audit',
    q: '大红门的项目里电话号码是9位数的，我怀疑是漏了一位，有哪些？哦，两个号码填在一起的也帮我算上',
    expect: (d) =>
      d.set(
        F(d, (r) => DHM(r) && (phoneNumbers(r).some((p) => p.length === 9) || phoneNumbers(r).length > 1)),
      ),
  },
  {
    id: 'ft-audit-20', // A: a 偏差原因 on a full-score row: 000-008 (「以实际参与人数为准进行慰问」 on a 10 / 10 row);
    // 000-009, whose every row writes a bare 「无」, optional
    cat: 'audit',
    q: '潞源街道有没有哪个项目，指标明明是满分，偏差原因那栏却写了东西的？我不确定这样算不算问题',
    expect: (d) => {
      const on = (test) => (r) =>
        LY(r) &&
        rows(r).some(
          (i) => i.weight != null && i.score === i.weight && test(String(i.deviation ?? '').trim()),
        );
      return d.setTol(
        F(
          d,
          on((t) => t !== '' && t !== '无'),
        ),
        F(
          d,
          on((t) => t !== ''),
        ),
      );
    },
  },

  // ---- order: rankings ----
  {
    id: 'ft-order-01', // B: 003-007 and 003-022 tie to 1 元, then 003-105
    cat: 'order',
    q: '我是赵康，我负责的项目里全年预算最多的三个是哪几个？',
    expect: (d) => d.top(mine(d, '赵康'), m1('annualBudget'), 3, 'desc'),
  },
  {
    id: 'ft-order-02', // B: 003-080 (0.10436)
    cat: 'order',
    q: '我是牛艳维，我负责的项目里全年执行数最少的是哪个？',
    expect: (d) => d.top(mine(d, '牛艳维'), m1('executed'), 1, 'asc'),
  },
  {
    id: 'ft-order-03', // B: 003-040 (218.98) after 003-018 and 003-071: 3 (not 潞源's 000-025 of the same name)
    cat: 'order',
    q: '我是李毅飞，我那些项目按全年预算从高到低排，我那个基层党组织党建活动经费排第几？',
    expect: (d) => rankOf(d, mine(d, '李毅飞'), R(d, '003-040'), m1('annualBudget'), 'desc'),
  },
  {
    id: 'ft-order-04', // B: 003-049, 003-130
    cat: 'order',
    q: '我是张宏，我名下预算最大的两个项目是哪两个？',
    expect: (d) => d.top(mine(d, '张宏'), m1('annualBudget'), 2, 'desc'),
  },
  {
    id: 'ft-order-05', // B: 003-085 (0.45), 003-133 (0.6), 003-005 (2.6182)
    cat: 'order',
    q: '我是王丽，我负责的项目里全年预算最少的三个是哪些？',
    expect: (d) => d.top(mine(d, '王丽'), m1('annualBudget'), 3, 'asc'),
  },
  {
    id: 'ft-order-06', // B: all five, ascending
    cat: 'order',
    q: '我是姚庆峰，我的项目按全年执行数从小到大排一下',
    expect: (d) => ranked(d, mine(d, '姚庆峰'), m1('executed'), 'asc'),
  },
  {
    id: 'ft-order-07', // B: 003-097 with or without the shared 003-095 (170.88)
    cat: 'order',
    q: '我是孟卓聪，我负责的项目里预算最高的是哪个？',
    expect: (d) =>
      d.anyOf(
        d.top(mine(d, '孟卓聪'), m1('annualBudget'), 1, 'desc'),
        d.top(mineAny(d, '孟卓聪'), m1('annualBudget'), 1, 'desc'),
      ),
  },
  {
    id: 'ft-order-08', // B: 000-004 (0.36)
    cat: 'order',
    q: '我是周蕾莹，我那几个统计方面的项目，哪个预算最少？',
    expect: (d) => d.top(mine(d, '周蕾莹'), m1('annualBudget'), 1, 'asc'),
  },
  {
    id: 'ft-order-09', // A: 000-024, 000-025, 000-027 at 99 (exactly three)
    cat: 'order',
    q: '潞源…还是双井来着？哦是潞源，潞源总分最低的三个项目是哪些？',
    expect: (d) => d.top(F(d, LY), ts, 3, 'asc'),
  },
  {
    id: 'ft-order-10', // A: all nine, descending
    cat: 'order',
    q: '我不太确定河门口街道是不是只有九个项目…它们按全年预算从大到小排一下吧',
    expect: (d) => ranked(d, F(d, HMK), m1('annualBudget'), 'desc'),
  },
  {
    id: 'ft-order-11', // A: second by 全年执行数: 002-013 with 疏整促's cell as written, 002-005 with it read as 元
    cat: 'order',
    q: '发改委的项目里全年执行数第二多的是哪个？我记得第一是疏整促那个…哦不对，那个表的金额好像写的是元',
    expect: (d) => nthM(d, F(d, FG), 'executed', 2, 'desc'),
  },
  {
    id: 'ft-order-12', // A: 执行率 corrected to 总分: 003-094 (90)
    cat: 'order',
    q: '大红门街道的项目里执行率…不对，我想问总分，总分最低的是哪个？',
    expect: (d) => d.top(F(d, DHM), ts, 1, 'asc'),
  },
  {
    id: 'ft-order-13', // A: 000-006, 000-026, 000-022, 000-017, then 000-023 (99.726033)
    cat: 'order',
    q: '潞源街道的项目里全年执行数排第五的是哪个？我数了两遍都数不清',
    expect: (d) => nthM(d, F(d, LY), 'executed', 5, 'desc'),
  },
  {
    id: 'ft-order-14', // A: 003-015 (年初 1320)
    cat: 'order',
    q: '所有的表里面，年初预算最大的是哪个项目？我不确定年初预算跟全年预算是不是一回事',
    expect: (d) => topM(d, d.all, 'initialBudget', 1, 'desc'),
  },
  {
    id: 'ft-order-15', // A: 004-007 (1.16) of the eleven
    cat: 'order',
    q: '双井和河门口这两个街道的项目放一起看，执行数最少的是哪个？我是不是应该分开问…',
    expect: (d) =>
      d.top(
        F(d, (r) => SJ(r) || HMK(r)),
        m1('executed'),
        1,
        'asc',
      ),
  },

  // ---- no: what the forms cannot answer ----
  {
    id: 'ft-no-01', // B: 韩梅 is on no form: a refusal or nothing listed
    cat: 'no',
    q: '我是韩梅，我负责的项目有哪些？',
    expect: (d) => d.anyOf(d.refuse('韩梅'), d.set([])),
  },
  {
    id: 'ft-no-02', // B: a request to change data
    cat: 'no',
    q: '我是赵康，帮我把我负责的项目总分都改成100分吧',
    expect: (d) => d.refuse('改成'),
  },
  {
    id: 'ft-no-03', // B: 明年 = 2027
    cat: 'no',
    q: '我是李毅飞，我那些项目明年的预算是多少？',
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    id: 'ft-no-04', // B
    cat: 'no',
    q: '我是张宏，我负责的项目采购方式都是什么？',
    expect: (d) => d.refuse('采购方式'),
  },
  {
    id: 'ft-no-05', // B
    cat: 'no',
    q: '我是王丽，我负责的项目的佐证材料都上传了没有？',
    expect: (d) => d.refuse('佐证材料'),
  },
  {
    id: 'ft-no-06', // A: 西城区 corrected to 海淀区; neither is in the data
    cat: 'no',
    q: '我不太确定是不是叫西城区…哦不对，是海淀区，海淀区的项目有几个？',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  {
    id: 'ft-no-07', // A: no 2021 forms
    cat: 'no',
    q: '2021年的项目…应该是2021年吧，执行率平均是多少？',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    id: 'ft-no-08', // A
    cat: 'no',
    q: '我想问一下那个…中标单位是哪家？就是晨光路拆迁资金那个项目',
    expect: (d) => d.refuse('中标单位'),
  },
  {
    id: 'ft-no-09', // A
    cat: 'no',
    q: '今年上半年的执行进度是多少啊？我不太确定表里有没有这个',
    expect: (d) => d.refuse('上半年'),
  },
  {
    id: 'ft-no-10', // A
    cat: 'no',
    q: '河门口街道的项目，审计整改…是叫审计整改吧，整改完了没有？',
    expect: (d) => d.refuse('审计整改'),
  },

  // ---- talk: follow-ups and two asks ----
  {
    id: 'ft-talk-01', // B: 22 of her 31 forms state a 总分 below 100
    cat: 'talk',
    pre: '我是牛艳维，我负责的项目有几个？',
    q: '其中总分不到100分的是哪些？',
    expect: (d) => d.set(mine(d, '牛艳维', (r) => ts(r) != null && ts(r) < 100)),
  },
  {
    id: 'ft-talk-02', // B: 4 forms (5 with the shared cell); sums as ft-money-06
    cat: 'talk',
    q: '我是孟卓聪，我负责的项目有几个？预算一共多少？',
    expect: (d) =>
      allOf(
        d.countRange(mine(d, '孟卓聪').length, mineAny(d, '孟卓聪').length),
        d.anyOf(sumAnn(d, mine(d, '孟卓聪')), sumAnn(d, mineAny(d, '孟卓聪'))),
      ),
  },
  {
    id: 'ft-talk-03', // A: the place of the lead corrected: 双井's two forms
    cat: 'talk',
    pre: '潞源街道的项目有哪些？',
    q: '哦不对，我刚才说错了，应该是双井的',
    expect: (d) => d.set(F(d, SJ)),
  },
  {
    id: 'ft-talk-04', // A: 大红门's top three by 全年预算: 003-007 and 003-022 (tied to 1 元), 003-091
    cat: 'talk',
    pre: '大红门街道全年预算最多的五个项目是哪些？',
    q: '只要前三个就行…是不是这么说的',
    expect: (d) => d.top(F(d, DHM), m1('annualBudget'), 3, 'desc'),
  },
  {
    id: 'ft-talk-05', // A: 14.63 and 97 (the question's guess is right)
    cat: 'talk',
    q: '习风园改造项目的全年预算是多少？还有…它的总分是不是97分？',
    expect: (d) => allOf(d.value(R(d, '004-011'), 14.63), d.value(R(d, '004-011'), 97)),
  },

  // ---- tally: counts, averages, groups ----
  {
    id: 'ft-tally-01', // B
    cat: 'tally',
    q: '我是李毅飞，我负责的项目一共有几个？',
    expect: (d) => d.count(mine(d, '李毅飞').length),
  },
  {
    id: 'ft-tally-02', // B: 26 forms, 24 at 100 and 98, 98 (003-007, 003-117)
    cat: 'tally',
    q: '我是赵康，我负责的项目平均总分是多少？',
    expect: (d) => d.avg(mine(d, '赵康'), ts),
  },
  {
    id: 'ft-tally-03', // B
    cat: 'tally',
    q: '我是牛艳维，我负责的项目里总分是95分的有几个？',
    expect: (d) => d.count(mine(d, '牛艳维', (r) => ts(r) === 95).length),
  },
  {
    id: 'ft-tally-04', // B: 综合办公室 4, 大红门街道办事处社区建设办公室 1 (实施单位 as written)
    cat: 'tally',
    q: '我是姚庆峰，我负责的项目按实施单位分一下，各有几个？',
    expect: (d) => {
      const m = {};
      for (const r of mine(d, '姚庆峰')) m[r.implementingUnit] = (m[r.implementingUnit] ?? 0) + 1;
      return d.groups(m);
    },
  },
  {
    id: 'ft-tally-05', // B: 003-005, 003-066, 003-113, 003-133
    cat: 'tally',
    q: '我是王丽，我负责的项目里年初预算没填的有几个？',
    expect: (d) => d.count(mine(d, '王丽', initBlank).length),
  },
  {
    id: 'ft-tally-06', // A
    cat: 'tally',
    q: '我不太确定大红门街道一共有多少个项目…一百多个吧？具体是几个',
    expect: (d) => d.count(F(d, DHM).length),
  },
  {
    id: 'ft-tally-07', // A: 潞源 corrected to 通州区: 潞源 22 + 发改委 8
    cat: 'tally',
    q: '潞源街道…哦不对，是整个通州区的项目，一共有几个？',
    expect: (d) => d.count(F(d, (r) => LY(r) || FG(r)).length),
  },
  {
    id: 'ft-tally-08', // A: 双井 2 + 河门口 9, the only 2020 forms
    cat: 'tally',
    q: '2020年的项目…应该是双井和河门口的吧，一共有几个？',
    expect: (d) => d.count(F(d, (r) => r.year === 2020).length),
  },
  {
    id: 'ft-tally-09', // A: (98 × 6 + 97 × 3) / 9
    cat: 'tally',
    q: '河门口街道项目的总分平均是多少？我算的好像是97点几，不太确定',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
  {
    id: 'ft-tally-10', // A: 31 with the 实施单位 written 民生保障办公室, 32 with 003-055's 「民生保障办公室是」
    cat: 'tally',
    q: '民生保障办公室…应该叫民生办吧，它实施的项目有几个？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => r.implementingUnit === '民生保障办公室').length,
        F(d, (r) => String(r.implementingUnit ?? '').includes('民生保障办公室')).length,
      ),
  },
];
