// New-shape questions (shapes part), author shapes-a, who had not read the parser: a real question inside a story
// (greetings, deadlines, complaints, people and meetings that are not filters next to places, departments and years
// that are), short purpose clauses and quoted form lines, arithmetic asked in words, and comparisons in Chinese shapes.
// Expectations are computed from ../shared/corpus/records by ../lib, never from the bot.
import {
  devMissing,
  inUnit,
  money,
  noSat,
  ownerMissing,
  rate,
  rateComputed,
  satDoubt,
  satNoPoints,
} from '../lib/corpus.mjs';
import {
  and,
  both,
  bothMoney,
  conv,
  countGap,
  F,
  gapBoth,
  O,
  own,
  ownTol,
  PCT,
  place,
  placeCount,
  placePools,
  sumBy,
  ts,
  y,
} from '../lib/shorthands.mjs';

// the publishing offices: 潞源 (通州), 双井 (朝阳), 发改委 (通州), 大红门 (丰台, labels do not always name it), 河门口 (攀枝花)
const LY = O('000');
const SJ = O('001');
const FG = O('002');
const HMK = O('004');
/** 大红门: the forms whose labels name it, or every form the 大红门 office published (README: place terms). */
const dhm = (d, f) => placePools(d, ['大红门'], ['003'], f);
/** A department with a shorter or shared form elsewhere (党群办, 城乡办、平安办): the figure under both pools. */
const unit = (d, strict, wide, f) => {
  const a = d.all.filter((r) => inUnit(r, ...strict));
  const b = d.all.filter((r) => inUnit(r, ...strict, ...wide));
  return a.length === b.length ? f(a) : d.anyOf(f(a), f(b));
};
const DQ = [['党群工作办公室'], ['党群办']];
const PA = [['平安建设办公室'], ['平安办']];
const CX = [['城乡管理办公室'], ['城乡建设办公室', '城乡办']];
const P = (d, name) => d.byName(name);
const mo = (col) => (r) => money(r, col);
/** 年初预算 compared with 全年预算 over a pool: a form without 年初预算数 counts as 0, or only forms with both (README). */
const initGap = (d, rs) =>
  d.anyOf(
    ...[rs, rs.filter((r) => money(r, 'initialBudget') != null)].flatMap((pool) => {
      const v = sumBy(pool, money, 'annualBudget') - sumBy(pool, money, 'initialBudget');
      return [d.number(v), d.number(-v)];
    }),
  );
const avgTs = (rs) => {
  const v = rs.filter((r) => ts(r) != null);
  return v.reduce((s, r) => s + ts(r), 0) / v.length;
};

// biome-ignore format: one question per line
export const questions = [
  // ---- sh-story: a real question inside a narrative ----
  { id: "sh-a-story-01", cat: "sh-story", q: "王科长你好，我是河门口街道财务的小刘。下周区审计局要来做专项审计，科长让我先摸个底，想知道我们街道2020年那几个项目的全年执行数一共是多少，麻烦了", expect: (d) => d.sumMoney(F(d, and(HMK, y(2020))), "executed") },
  { id: "sh-a-story-02", cat: "sh-story", q: "帮我看看潞源街道哪些项目的总分没到100分。是这样的，上周开党工委会的时候书记点名说绩效自评要认真对待，我得先把情况理清楚", expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100)) },
  { id: "sh-a-story-03", cat: "sh-story", q: "昨天区财政局李处打电话过来，说他们汇总的时候发现我们报的东西有出入。我这边想先核一下：发改委的项目里，全年预算最大的那个是哪个？", expect: (d) => d.topMoney(F(d, FG), "annualBudget", 1, "desc") },
  { id: "sh-a-story-04", cat: "sh-story", q: "需要一个数：大红门民生保障办公室的项目一共多少个。巡察组下午三点到，急！", expect: (d) => d.count(F(d, (r) => inUnit(r, "民生保障办公室")).length) },
  { id: "sh-a-story-05", cat: "sh-story", q: "哎今天真是忙疯了。你帮我查一下牛艳维名下总分是95分的项目有几个，纪检那边要的，查完我还得去开会", expect: (d) => d.count(F(d, (r) => own("牛艳维")(r) && ts(r) === 95).length) },
  { id: "sh-a-story-06", cat: "sh-story", q: "去年做2022年决算的时候就被说过一次了，这次不能再出错。双井街道2020年的两个疫情防控项目，全年预算加起来多少？", expect: (d) => d.sumMoney(F(d, and(SJ, y(2020))), "annualBudget") },
  { id: "sh-a-story-07", cat: "sh-story", q: "我们张主任让我统计一个东西，他明天要去区里汇报：便民服务中心的项目里，全年执行数最少的三个是哪些", expect: (d) => d.top(F(d, (r) => inUnit(r, "便民服务中心")), mo("executed"), 3, "asc") },
  { id: "sh-a-story-08", cat: "sh-story", q: "先说我要什么：赵康负责的项目全年预算合计。背景是那边这两年换了三个科长，交接的材料乱七八糟的，新来的领导想心里有个数", expect: (d) => d.sumMoney(F(d, own("赵康")), "annualBudget") },
  { id: "sh-a-story-09", cat: "sh-story", q: "李老师好！上次您帮忙查的数领导很满意，这次又来麻烦您了😂 双井街道疫情防控资金—基本户那个项目留的联系电话是多少？我要跟经办人核对一下拨款的事", expect: (d) => d.value(P(d, "双井街道疫情防控资金—基本户"), "67747602") },
  { id: "sh-a-story-10", cat: "sh-story", q: "区里要求月底前把自评结果汇总上报，我在写情况说明。我想知道大红门党群工作办公室的项目平均总分是多少", expect: (d) => unit(d, ...DQ, (rs) => d.number(avgTs(rs))) },
  { id: "sh-a-story-11", cat: "sh-story", q: "姚庆峰下个月就退休了，他手上的项目要交接给别人。帮我看看他负责的那几个里面哪个全年预算最多", expect: (d) => d.topMoney(F(d, own("姚庆峰")), "annualBudget", 1, "desc") },
  { id: "sh-a-story-12", cat: "sh-story", q: "市里巡察反馈了一个问题，说有的项目钱没花完执行率不到百分之百。回头要写整改报告，需要一个发改委执行率低于100%的项目个数", expect: (d) => both(d, (f) => d.count(F(d, (r) => FG(r) && f(r) != null && f(r) < 100).length)) },
  { id: "sh-a-story-13", cat: "sh-story", q: "不好意思这么晚打扰，明早八点要交。2023年城乡医疗救助资金这个项目，全年预算是多少？年初预算又是多少？", expect: (d) => d.valueAll(P(d, "2023年城乡医疗救助资金"), money(P(d, "2023年城乡医疗救助资金"), "annualBudget"), money(P(d, "2023年城乡医疗救助资金"), "initialBudget")) },
  { id: "sh-a-story-14", cat: "sh-story", q: "我们科就我一个人管绩效，同事休产假了，这周的活儿全压我身上。领导刚才在群里问：河门口有哪些项目的总分是97分？", expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 97)) },
  { id: "sh-a-story-15", cat: "sh-story", q: "刚才书记在会上问了一句我没答上来，挺尴尬的。就是咱们潞源2023年的项目里，负责人没填的有几个？", expect: (d) => d.count(F(d, (r) => LY(r) && r.year === 2023 && ownerMissing(r)).length) },
  { id: "sh-a-story-16", cat: "sh-story", q: "刘天远下周要述职，让我帮他准备材料，他自己也记不清了。他负责的项目全年执行数一共多少", expect: (d) => d.sumMoney(F(d, own("刘天远")), "executed") },
  { id: "sh-a-story-17", cat: "sh-story", q: "领导让我对比一下往年的情况，不过2019年和2021年的表都没录进来。那就先看看现有的：2020年的项目一共有多少个？", expect: (d) => d.count(F(d, y(2020)).length) },
  { id: "sh-a-story-18", cat: "sh-story", q: "审计局的王科长说想要一份清单，我这边整理完还要盖章送过去。清单就是负责人是张宏的所有项目", expect: (d) => d.set(F(d, own("张宏"))) },
  { id: "sh-a-story-19", cat: "sh-story", q: "唉，又被退回来了……说是满意度那块有问题。发改委的项目里哪些没有满意度指标？给我列一下", expect: (d) => d.setTol(F(d, (r) => FG(r) && noSat(r)), F(d, (r) => FG(r) && (satNoPoints(r) || satDoubt(r)))) },
  { id: "sh-a-story-20", cat: "sh-story", q: "潞源街道。2023年的。全年执行数最高的前五个项目，领导要看，最好按从高到低排", expect: (d) => d.topMoney(F(d, and(LY, y(2023))), "executed", 5, "desc") },
  { id: "sh-a-story-21", cat: "sh-story", q: "主任下午要去区里开绩效推进会，让我准备材料。我需要一个大红门城乡管理办公室总分低于100分的项目清单", expect: (d) => unit(d, ...CX, (rs) => d.set(rs.filter((r) => ts(r) != null && ts(r) < 100))) },
  { id: "sh-a-story-22", cat: "sh-story", q: "巡察组提了意见，说部分项目扣了分偏差原因却没写。帮我把河门口这类项目找出来，我好通知他们补", expect: (d) => d.set(F(d, (r) => HMK(r) && devMissing(r))) },
  { id: "sh-a-story-23", cat: "sh-story", q: "周蕾莹说统计所那边的账对不上，让我帮忙算一下。她负责的项目全年预算一共多少？", expect: (d) => d.sumMoney(F(d, own("周蕾莹")), "annualBudget") },
  { id: "sh-a-story-24", cat: "sh-story", q: "下周一纪检要抽查大额资金，我需要一个2023年全年执行数超过1000万的项目清单，他们只看大项目", expect: (d) => d.anyOf(d.set(F(d, (r) => r.year === 2023 && money(r, "executed") > 1000)), d.set(F(d, (r) => r.year === 2023 && conv(r, "executed") > 1000))) },
  { id: "sh-a-story-25", cat: "sh-story", q: "有个事想请教：区里搞绩效提质年活动，要求各街道报一下总分拿满分的项目数，上次开会刘局特别强调了。大红门的有多少个？", expect: (d) => dhm(d, (rs) => d.count(rs.filter((r) => ts(r) === 100).length)) },
  { id: "sh-a-story-26", cat: "sh-story", q: "我先说背景：区政府办要搞一个民生项目专题汇报，主要看民生保障办公室的。你帮我算算民生保障办公室2023年全年预算合计是多少", expect: (d) => d.sumMoney(F(d, (r) => inUnit(r, "民生保障办公室") && r.year === 2023), "annualBudget") },
  { id: "sh-a-story-27", cat: "sh-story", q: "上次开会领导说咱们得把数据吃透。你帮我查一下，赵康负责的项目里总分最低的是哪个，回头我跟他沟通一下看看怎么回事", expect: (d) => d.top(F(d, own("赵康")), ts, 1, "asc") },
  { id: "sh-a-story-28", cat: "sh-story", q: "下午区发改委的人要来对接，我得提前准备一下。先给我列个发改委的项目清单，要有负责人", expect: (d) => place(d, ["发展和改革委员会", "发改委"], "002") },
  { id: "sh-a-story-29", cat: "sh-story", q: "黄威负责的那两个三馆免费开放的项目，全年预算加起来多少？我要核对一下中央和市里两级下来的钱，财务那边说对不上", expect: (d) => d.sumMoney(F(d, own("黄威")), "annualBudget") },
  { id: "sh-a-story-30", cat: "sh-story", q: "明天要向区财政局报送，时间特别紧。帮我看看河门口哪个项目全年预算最高，顺便说一下是多少", expect: (d) => d.topMoney(F(d, HMK), "annualBudget", 1, "desc") },
  { id: "sh-a-story-31", cat: "sh-story", q: "邱程负责的项目有哪几个？我需要跟他确认一下评审费的事，区审计局下周来", expect: (d) => d.set(F(d, own("邱程"))) },
  { id: "sh-a-story-32", cat: "sh-story", q: "潞源街道总分99分的项目有哪些？是这么回事，区里这次考核要看谁没拿满分，我得知道哪些是只差一分的", expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) === 99)) },
  { id: "sh-a-story-33", cat: "sh-story", q: "我们街道工委要做一个“小钱办大事”的案例，想找那种钱少效果好的。大红门的项目里，全年预算最少的是哪个？", expect: (d) => dhm(d, (rs) => d.topMoney(rs, "annualBudget", 1, "asc")) },
  { id: "sh-a-story-34", cat: "sh-story", q: "您好，我是综合办公室的，年底了在做决算，领导问我们办公室总共花了多少钱。麻烦算一下综合办公室的全年执行数合计", expect: (d) => d.sumMoney(F(d, (r) => inUnit(r, "综合办公室")), "executed") },
  { id: "sh-a-story-35", cat: "sh-story", q: "喂在吗 帮个忙 高博群负责的那两个免费开放补助资金 区级和市级的 执行数一共多少 我这边急用", expect: (d) => d.sumMoney(F(d, own("高博群")), "executed") },
  { id: "sh-a-story-36", cat: "sh-story", q: "同事小王去年负责这块，今年调走了，留下一堆问题。我现在只想知道一件事：孟卓聪负责了哪些项目", expect: (d) => ownTol(d, "孟卓聪") },
  { id: "sh-a-story-37", cat: "sh-story", q: "区委巡察组在大红门驻点，要求我们提供平安建设办公室的项目情况。先告诉我平安建设办公室有几个项目吧，明细回头再说", expect: (d) => unit(d, ...PA, (rs) => d.count(rs.length)) },
  { id: "sh-a-story-38", cat: "sh-story", q: "我是财政所新来的，之前在区财政局干预算，街道的项目不熟。通州区的项目里，全年预算超过300万的有哪些？", expect: (d) => placePools(d, ["通州"], ["000", "002"], (rs) => d.anyOf(d.set(rs.filter((r) => money(r, "annualBudget") > 300)), d.set(rs.filter((r) => conv(r, "annualBudget") > 300)))) },
  { id: "sh-a-story-39", cat: "sh-story", q: "老师，打扰一下。上个月的会上主任提到过一个晨光路拆迁的项目，说数额挺大的。它的全年执行数到底是多少？", expect: (d) => d.value(P(d, "晨光路拆迁资金"), money(P(d, "晨光路拆迁资金"), "executed")) },
  { id: "sh-a-story-40", cat: "sh-story", q: "给大家拜个早年！😄 最后一个问题问完就放假：河门口2020年项目的平均总分是多少？", expect: (d) => d.number(avgTs(F(d, and(HMK, y(2020))))) },

  // ---- sh-context: short purpose clauses, quoted form lines ----
  { id: "sh-a-context-01", cat: "sh-context", q: "给区里报数：河门口2020年项目个数", expect: (d) => d.count(F(d, and(HMK, y(2020))).length) },
  { id: "sh-a-context-02", cat: "sh-context", q: "李毅飞负责的项目全年执行数合计，要报纪检", expect: (d) => d.sumMoney(F(d, own("李毅飞")), "executed") },
  { id: "sh-a-context-03", cat: "sh-context", q: "开会前要——发改委项目的平均总分", expect: (d) => d.number(avgTs(F(d, FG))) },
  { id: "sh-a-context-04", cat: "sh-context", q: "领导问的，潞源哪个项目全年预算最大", expect: (d) => d.topMoney(F(d, LY), "annualBudget", 1, "desc") },
  { id: "sh-a-context-05", cat: "sh-context", q: "「项目负责人：姚庆峰」这个人负责的项目全年预算合计多少", expect: (d) => d.sumMoney(F(d, own("姚庆峰")), "annualBudget") },
  { id: "sh-a-context-06", cat: "sh-context", q: "表上写的「主管部门：攀枝花市西区河门口街道办事处」，这个单位一共几个项目", expect: (d) => d.count(F(d, (r) => inUnit(r, "攀枝花市西区河门口街道办事处")).length) },
  { id: "sh-a-context-07", cat: "sh-context", q: "「实施单位：便民服务中心」的项目有哪些？做台账用", expect: (d) => d.set(F(d, (r) => inUnit(r, "便民服务中心"))) },
  { id: "sh-a-context-08", cat: "sh-context", q: "「项目名称：晨光路拆迁资金」这个执行率多少，审计要", expect: (d) => d.anyOf(d.value(P(d, "晨光路拆迁资金"), rate(P(d, "晨光路拆迁资金"))), d.value(P(d, "晨光路拆迁资金"), rateComputed(P(d, "晨光路拆迁资金")))) },
  { id: "sh-a-context-09", cat: "sh-context", q: "「联系电话：89538675」这个号码底下挂了几个项目？核对通讯录用", expect: (d) => d.count(F(d, (r) => String(r.phone ?? "").includes("89538675")).length) },
  { id: "sh-a-context-10", cat: "sh-context", q: "年终总结要写：2023年所有项目全年执行数合计多少", expect: (d) => d.sumMoney(F(d, y(2023)), "executed") },
  { id: "sh-a-context-11", cat: "sh-context", q: "应付检查的，2020年总分不是满分的项目列出来", expect: (d) => d.set(F(d, (r) => r.year === 2020 && ts(r) != null && ts(r) < 100)) },
  { id: "sh-a-context-12", cat: "sh-context", q: "领导问的啊 别给我整错了 双井有几个项目", expect: (d) => placeCount(d, ["双井"], "001") },
  { id: "sh-a-context-13", cat: "sh-context", q: "给区里报数 急 社区建设办公室全年预算合计", expect: (d) => d.sumMoney(F(d, (r) => inUnit(r, "社区建设办公室")), "annualBudget") },
  { id: "sh-a-context-14", cat: "sh-context", q: "「项目负责人：孟卓聪」名下项目有哪些？要报纪检的", expect: (d) => ownTol(d, "孟卓聪") },
  { id: "sh-a-context-15", cat: "sh-context", q: "写材料用：「年度资金总额」那一行全年执行数最大的项目是哪个", expect: (d) => d.topMoney(d.all, "executed", 1, "desc") },
  { id: "sh-a-context-16", cat: "sh-context", q: "为了写整改报告，需要知道2023年负责人一栏空着的项目有几个", expect: (d) => d.count(F(d, (r) => r.year === 2023 && ownerMissing(r)).length) },
  { id: "sh-a-context-17", cat: "sh-context", q: "区财政局要：项目名称里带“疫情防控”的项目全年执行数一共多少", expect: (d) => d.sumMoney(F(d, (r) => r.projectName.includes("疫情防控")), "executed") },
  { id: "sh-a-context-18", cat: "sh-context", q: "「项目名称：温馨家园运行经费」，负责人是谁？要打电话问情况", expect: (d) => d.value(P(d, "温馨家园运行经费"), "牛艳维") },
  { id: "sh-a-context-19", cat: "sh-context", q: "这个数要上会的：潞源2023年全年预算合计是多少？", expect: (d) => d.sumMoney(F(d, and(LY, y(2023))), "annualBudget") },
  { id: "sh-a-context-20", cat: "sh-context", q: "帮同事问的，她不好意思问：总分最低的五个项目是哪些", expect: (d) => d.top(d.all, ts, 5, "asc") },
  { id: "sh-a-context-21", cat: "sh-context", q: "「主管部门：通州区发展和改革委员会」下面有几个项目？核对台账", expect: (d) => d.countRange(F(d, (r) => r.department.includes("通州区发展和改革委员会")).length, F(d, FG).length) },
  { id: "sh-a-context-22", cat: "sh-context", q: "「执行率：80.5%」——这是哪个项目的？领导看着觉得不对劲", expect: (d) => d.set(F(d, (r) => rate(r) === 80.5)) },
  { id: "sh-a-context-23", cat: "sh-context", q: "考核组明天到，先自查：民生保障办公室总分不到100分的有多少个项目", expect: (d) => d.count(F(d, (r) => inUnit(r, "民生保障办公室") && ts(r) != null && ts(r) < 100).length) },
  { id: "sh-a-context-24", cat: "sh-context", q: "报党工委的，王丽负责的项目全年执行数合计", expect: (d) => d.sumMoney(F(d, own("王丽")), "executed") },
  { id: "sh-a-context-25", cat: "sh-context", q: "「项目负责人：」这一栏空着的项目全年预算加起来多少？主任要的", expect: (d) => d.anyOf(d.sumMoney(F(d, (r) => r.owner === ""), "annualBudget"), d.sumMoney(F(d, ownerMissing), "annualBudget")) },

  // ---- sh-arith: arithmetic asked in words ----
  { id: "sh-a-arith-01", cat: "sh-arith", q: "潞源和河门口两边的全年预算加起来是多少", expect: (d) => d.sumMoney(F(d, (r) => LY(r) || HMK(r)), "annualBudget") },
  { id: "sh-a-arith-02", cat: "sh-arith", q: "发改委的全年预算减掉全年执行数，还剩多少", expect: (d) => bothMoney(d, (m) => sumBy(F(d, FG), m, "annualBudget") - sumBy(F(d, FG), m, "executed")) },
  { id: "sh-a-arith-03", cat: "sh-arith", q: "大红门平均一个项目执行了多少万", expect: (d) => dhm(d, (rs) => d.avg(rs, mo("executed"))) },
  { id: "sh-a-arith-04", cat: "sh-arith", q: "民生保障办公室的全年预算合计是社区建设办公室的几倍", expect: (d) => d.number(sumBy(F(d, (r) => inUnit(r, "民生保障办公室")), money, "annualBudget") / sumBy(F(d, (r) => inUnit(r, "社区建设办公室")), money, "annualBudget"), 0.051) },
  { id: "sh-a-arith-05", cat: "sh-arith", q: "2023年的项目数量是2020年的多少倍", expect: (d) => d.number(F(d, y(2023)).length / F(d, y(2020)).length, 0.051) },
  { id: "sh-a-arith-06", cat: "sh-arith", q: "河门口全年执行数合计折合成元是多少", expect: (d) => d.number(10000 * sumBy(F(d, HMK), money, "executed"), 1) },
  { id: "sh-a-arith-07", cat: "sh-arith", q: "全部项目的全年执行数合计换算成亿元大概是多少", expect: (d) => d.anyOf(bothMoney(d, (m) => sumBy(d.all, m, "executed") / 10000, 0.0051), d.sumMoney(d.all, "executed")) },
  { id: "sh-a-arith-08", cat: "sh-arith", q: "城乡管理办公室的全年预算合计减去年初预算合计是多少", expect: (d) => unit(d, ...CX, (rs) => initGap(d, rs)) },
  { id: "sh-a-arith-09", cat: "sh-arith", q: "李毅飞负责的项目里全年预算最高的和最低的相差多少", expect: (d) => { const v = F(d, own("李毅飞")).map(mo("annualBudget")).filter((x) => x != null); return d.number(Math.max(...v) - Math.min(...v)); } },
  { id: "sh-a-arith-10", cat: "sh-arith", q: "把所有项目的总分加起来再除以项目数，得多少", expect: (d) => d.anyOf(d.number(avgTs(d.all)), d.number(d.sum(d.all, ts) / d.all.length)) },
  { id: "sh-a-arith-11", cat: "sh-arith", q: "双井两个项目的全年执行数差额是多少", expect: (d) => gapBoth(d, (m) => m(P(d, "双井街道疫情防控资金-其他零余额专项"), "executed") - m(P(d, "双井街道疫情防控资金—基本户"), "executed")) },
  { id: "sh-a-arith-12", cat: "sh-arith", q: "2023年潞源街道第五次经济普查经费的全年预算乘以10000是多少元", expect: (d) => d.number(10000 * money(P(d, "2023年潞源街道第五次经济普查经费"), "annualBudget"), 1) },
  { id: "sh-a-arith-13", cat: "sh-arith", q: "平均每个街道有多少个项目", expect: (d) => dhm(d, (rs) => d.number((F(d, LY).length + F(d, SJ).length + F(d, HMK).length + rs.length) / 4)) },
  { id: "sh-a-arith-14", cat: "sh-arith", q: "2023年城乡基层党组织服务群众经费（市级资金）还有多少钱没执行完", expect: (d) => d.number(money(P(d, "2023年城乡基层党组织服务群众经费（市级资金）"), "annualBudget") - money(P(d, "2023年城乡基层党组织服务群众经费（市级资金）"), "executed")) },
  { id: "sh-a-arith-15", cat: "sh-arith", q: "把赵康名下所有项目的执行数相加，再除以他负责的项目个数", expect: (d) => d.avg(F(d, own("赵康")), mo("executed")) },
  { id: "sh-a-arith-16", cat: "sh-arith", q: "执行率是100%的项目在全部项目里占多大比重", expect: (d) => both(d, (f) => d.number((100 * F(d, (r) => f(r) === 100).length) / d.all.length, PCT)) },
  { id: "sh-a-arith-17", cat: "sh-arith", q: "总分拿了满分的项目占总数的百分之多少", expect: (d) => d.number((100 * F(d, (r) => ts(r) === 100).length) / d.all.length, PCT) },
  { id: "sh-a-arith-18", cat: "sh-arith", q: "发改委全年执行数除以潞源全年执行数等于多少", expect: (d) => bothMoney(d, (m) => sumBy(F(d, FG), m, "executed") / sumBy(F(d, LY), m, "executed"), 0.051) },
  { id: "sh-a-arith-19", cat: "sh-arith", q: "大红门的全年预算合计，扣掉晨光路拆迁资金以后还剩多少", expect: (d) => dhm(d, (rs) => d.number(sumBy(rs, money, "annualBudget") - money(P(d, "晨光路拆迁资金"), "annualBudget"))) },
  { id: "sh-a-arith-20", cat: "sh-arith", q: "全年预算超过500万的那些项目，执行数加起来是多少", expect: (d) => bothMoney(d, (m) => sumBy(F(d, (r) => m(r, "annualBudget") > 500), m, "executed")) },
  { id: "sh-a-arith-21", cat: "sh-arith", q: "2021年度老旧小区完善类改造项目的总分离满分还差几分", expect: (d) => d.number(100 - ts(P(d, "2021年度老旧小区完善类改造项目"))) },
  { id: "sh-a-arith-22", cat: "sh-arith", q: "大红门平均每个项目的全年预算，和潞源平均每个项目的全年预算，差多少", expect: (d) => dhm(d, (rs) => gapBoth(d, () => sumBy(rs, money, "annualBudget") / rs.length - sumBy(F(d, LY), money, "annualBudget") / F(d, LY).length)) },
  { id: "sh-a-arith-23", cat: "sh-arith", q: "党群工作办公室的全年预算合计是多少亿元", expect: (d) => unit(d, ...DQ, (rs) => d.anyOf(d.number(sumBy(rs, money, "annualBudget") / 10000, 0.0051), d.sumMoney(rs, "annualBudget"))) },
  { id: "sh-a-arith-24", cat: "sh-arith", q: "所有项目的年初预算合计，以千元为单位是多少", expect: (d) => d.number(10 * sumBy(d.all, money, "initialBudget"), 0.5) },
  { id: "sh-a-arith-25", cat: "sh-arith", q: "河门口那9个项目平均每个得了多少分", expect: (d) => d.number(avgTs(F(d, HMK))) },
  { id: "sh-a-arith-26", cat: "sh-arith", q: "2020年的全年执行数占全部全年执行数的百分比", expect: (d) => bothMoney(d, (m) => (100 * sumBy(F(d, y(2020)), m, "executed")) / sumBy(d.all, m, "executed"), PCT) },
  { id: "sh-a-arith-27", cat: "sh-arith", q: "潞源执行数最大的那个项目，占潞源全部执行数的多大比例", expect: (d) => d.number((100 * Math.max(...F(d, LY).map(mo("executed")))) / sumBy(F(d, LY), money, "executed"), PCT) },
  { id: "sh-a-arith-28", cat: "sh-arith", q: "张宏负责的项目，全年预算合计和全年执行数合计差了多少", expect: (d) => gapBoth(d, (m) => sumBy(F(d, own("张宏")), m, "annualBudget") - sumBy(F(d, own("张宏")), m, "executed")) },
  { id: "sh-a-arith-29", cat: "sh-arith", q: "发改委每个项目平均全年预算是多少？疏整促那个表上写的是元，先折成万元再算", expect: (d) => d.number(sumBy(F(d, FG), conv, "annualBudget") / F(d, FG).length) },
  { id: "sh-a-arith-30", cat: "sh-arith", q: "便民服务中心的全年预算合计比年初预算合计少了多少", expect: (d) => initGap(d, F(d, (r) => inUnit(r, "便民服务中心"))) },
  { id: "sh-a-arith-31", cat: "sh-arith", q: "王丽负责的项目全年执行数合计是周蕾莹的几倍", expect: (d) => d.number(sumBy(F(d, own("王丽")), money, "executed") / sumBy(F(d, own("周蕾莹")), money, "executed"), 0.051) },
  { id: "sh-a-arith-32", cat: "sh-arith", q: "河门口总分最高的和最低的差几分", expect: (d) => d.number(Math.max(...F(d, HMK).map(ts)) - Math.min(...F(d, HMK).map(ts))) },
  { id: "sh-a-arith-33", cat: "sh-arith", q: "牛艳维负责的项目全年预算合计占民生保障办公室全年预算合计的百分之多少", expect: (d) => d.number((100 * sumBy(F(d, own("牛艳维")), money, "annualBudget")) / sumBy(F(d, (r) => inUnit(r, "民生保障办公室")), money, "annualBudget"), PCT) },
  { id: "sh-a-arith-34", cat: "sh-arith", q: "潞源街道全年执行数合计用元表示是多少", expect: (d) => d.number(10000 * sumBy(F(d, LY), money, "executed"), 1) },
  { id: "sh-a-arith-35", cat: "sh-arith", q: "全年预算合计减去全年执行数合计，再除以项目个数，平均每个项目没花掉多少", expect: (d) => bothMoney(d, (m) => (sumBy(d.all, m, "annualBudget") - sumBy(d.all, m, "executed")) / d.all.length) },
  { id: "sh-a-arith-36", cat: "sh-arith", q: "孟卓聪自己负责的几个项目（不算和赵路广一起负责的那个）全年预算加起来多少", expect: (d) => d.sumMoney(F(d, own("孟卓聪")), "annualBudget") },
  { id: "sh-a-arith-37", cat: "sh-arith", q: "李哲负责的两个小微项目执行率平均是多少", expect: (d) => both(d, (f) => d.number(d.sum(F(d, own("李哲")), f) / F(d, own("李哲")).length, PCT)) },
  { id: "sh-a-arith-38", cat: "sh-arith", q: "社区建设办公室的全年预算加上平安建设办公室的全年预算，一共多少", expect: (d) => unit(d, ...PA, (rs) => d.number(sumBy(F(d, (r) => inUnit(r, "社区建设办公室") && !rs.includes(r)), money, "annualBudget") + sumBy(rs, money, "annualBudget"))) },
  { id: "sh-a-arith-39", cat: "sh-arith", q: "年初预算和全年预算都填了的项目，全年预算合计比年初预算合计多多少", expect: (d) => { const rs = F(d, (r) => money(r, "initialBudget") != null && money(r, "annualBudget") != null); const v = sumBy(rs, money, "annualBudget") - sumBy(rs, money, "initialBudget"); return d.anyOf(d.number(v), d.number(-v)); } },
  { id: "sh-a-arith-40", cat: "sh-arith", q: "河门口的全年预算合计减去双井的全年预算合计，结果再乘以10000换成元", expect: (d) => gapBoth(d, (m) => 10000 * (sumBy(F(d, HMK), m, "annualBudget") - sumBy(F(d, SJ), m, "annualBudget")), 1) },
  { id: "sh-a-arith-41", cat: "sh-arith", q: "大红门2023年全年执行数合计，平摊到每个项目是多少", expect: (d) => dhm(d, (rs) => d.avg(rs.filter((r) => r.year === 2023), mo("executed"))) },
  { id: "sh-a-arith-42", cat: "sh-arith", q: "通州的全年执行数合计占全部的几成？说百分比也行", expect: (d) => placePools(d, ["通州"], ["000", "002"], (rs) => bothMoney(d, (m) => (100 * sumBy(rs, m, "executed")) / sumBy(d.all, m, "executed"), PCT)) },
  { id: "sh-a-arith-43", cat: "sh-arith", q: "2023年下沉街镇城市协管员人员经费年初预算和全年预算的差额", expect: (d) => gapBoth(d, () => money(P(d, "2023年下沉街镇城市协管员人员经费"), "initialBudget") - money(P(d, "2023年下沉街镇城市协管员人员经费"), "annualBudget")) },
  { id: "sh-a-arith-44", cat: "sh-arith", q: "执行数最多的三个项目加在一起执行了多少", expect: (d) => bothMoney(d, (m) => d.all.map((r) => m(r, "executed") ?? 0).sort((a, b) => b - a).slice(0, 3).reduce((s, v) => s + v, 0)) },
  { id: "sh-a-arith-45", cat: "sh-arith", q: "2023年的项目总分平均是多少，比2020年的平均总分高还是低，差多少", expect: (d) => d.anyOf(d.number(avgTs(F(d, y(2023))) - avgTs(F(d, y(2020)))), d.number(avgTs(F(d, y(2020))) - avgTs(F(d, y(2023))))) },

  // ---- sh-calc: comparisons in Chinese shapes ----
  { id: "sh-a-calc-01", cat: "sh-calc", q: "2023年城市居民最低生活保障全年预算比年初调减了多少", expect: (d) => gapBoth(d, () => money(P(d, "2023年城市居民最低生活保障"), "initialBudget") - money(P(d, "2023年城市居民最低生活保障"), "annualBudget")) },
  { id: "sh-a-calc-02", cat: "sh-calc", q: "赵康负责的全年预算合计比牛艳维多多少", expect: (d) => gapBoth(d, (m) => sumBy(F(d, own("赵康")), m, "annualBudget") - sumBy(F(d, own("牛艳维")), m, "annualBudget")) },
  { id: "sh-a-calc-03", cat: "sh-calc", q: "潞源和河门口，哪个的全年执行数多？分别是多少", expect: (d) => d.anyOf(d.groups({ 潞源: sumBy(F(d, LY), money, "executed"), 河门口: sumBy(F(d, HMK), money, "executed") }), d.groups({ 潞源街道: sumBy(F(d, LY), money, "executed"), 河门口街道: sumBy(F(d, HMK), money, "executed") }), d.groups({ 北京市通州区潞源街道办事处: sumBy(F(d, LY), money, "executed"), 攀枝花市西区河门口街道办事处: sumBy(F(d, HMK), money, "executed") })) },
  { id: "sh-a-calc-04", cat: "sh-calc", q: "朗清园社区警务工作室那个项目执行率有没有超过99%", expect: (d) => d.anyOf(d.value(P(d, "朗清园社区警务工作室装饰装修和信息化工程相关资金项目"), 99.9), d.value(P(d, "朗清园社区警务工作室装饰装修和信息化工程相关资金项目"), rateComputed(P(d, "朗清园社区警务工作室装饰装修和信息化工程相关资金项目")))) },
  { id: "sh-a-calc-05", cat: "sh-calc", q: "2023年城乡医疗救助资金全年预算比年初高出多少", expect: (d) => gapBoth(d, () => money(P(d, "2023年城乡医疗救助资金"), "annualBudget") - money(P(d, "2023年城乡医疗救助资金"), "initialBudget")) },
  { id: "sh-a-calc-06", cat: "sh-calc", q: "李毅飞和张宏谁负责的项目全年预算合计多，各是多少", expect: (d) => d.groups({ 李毅飞: sumBy(F(d, own("李毅飞")), money, "annualBudget"), 张宏: sumBy(F(d, own("张宏")), money, "annualBudget") }) },
  { id: "sh-a-calc-07", cat: "sh-calc", q: "河门口的平均总分比大红门低多少分", expect: (d) => dhm(d, (rs) => gapBoth(d, () => avgTs(F(d, HMK)) - avgTs(rs))) },
  { id: "sh-a-calc-08", cat: "sh-calc", q: "潞源街道全年预算比潞源平均水平高的项目有哪些", expect: (d) => { const rs = F(d, LY); const avg = sumBy(rs, money, "annualBudget") / rs.length; return d.set(rs.filter((r) => money(r, "annualBudget") > avg)); } },
  { id: "sh-a-calc-09", cat: "sh-calc", q: "城乡基层党组织服务群众经费区级的和市级的，哪个执行率高", expect: (d) => both(d, (f) => d.top([P(d, "2023年城乡基层党组织服务群众经费（区级资金）"), P(d, "2023年城乡基层党组织服务群众经费（市级资金）")], f, 1, "desc")) },
  { id: "sh-a-calc-10", cat: "sh-calc", q: "民生保障办公室比党群工作办公室多几个项目", expect: (d) => countGap(d, [F(d, (r) => inUnit(r, "民生保障办公室")).length, F(d, (r) => inUnit(r, "民生保障办公室")).length], [F(d, (r) => inUnit(r, "党群工作办公室")).length, F(d, (r) => inUnit(r, "党群工作办公室", "党群办")).length]) },
  { id: "sh-a-calc-11", cat: "sh-calc", q: "2023年的全年执行数合计比2020年高出多少万", expect: (d) => gapBoth(d, (m) => sumBy(F(d, y(2023)), m, "executed") - sumBy(F(d, y(2020)), m, "executed")) },
  { id: "sh-a-calc-12", cat: "sh-calc", q: "朗清园那个警务工作室项目的执行率比100%低了几个百分点", expect: (d) => d.anyOf(d.number(100 - rate(P(d, "朗清园社区警务工作室装饰装修和信息化工程相关资金项目")), PCT), d.number(100 - rateComputed(P(d, "朗清园社区警务工作室装饰装修和信息化工程相关资金项目")), PCT)) },
  { id: "sh-a-calc-13", cat: "sh-calc", q: "2023年社区公益事业补助资金的总分跟满分差了几分", expect: (d) => d.number(100 - ts(P(d, "2023年社区公益事业补助资金"))) },
  { id: "sh-a-calc-14", cat: "sh-calc", q: "城乡管理办公室的全年预算合计是不是超过了5000万", expect: (d) => unit(d, ...CX, (rs) => d.number(sumBy(rs, money, "annualBudget"))) },
  { id: "sh-a-calc-15", cat: "sh-calc", q: "张宏负责的项目中，全年预算比年初预算调增的有哪些", expect: (d) => d.set(F(d, (r) => own("张宏")(r) && money(r, "initialBudget") != null && money(r, "annualBudget") > money(r, "initialBudget"))) },
  { id: "sh-a-calc-16", cat: "sh-calc", q: "哪些项目的全年预算比年初预算调减了10万以上", expect: (d) => d.setTol(F(d, (r) => money(r, "initialBudget") != null && money(r, "initialBudget") - money(r, "annualBudget") > 10), F(d, (r) => money(r, "initialBudget") != null && money(r, "initialBudget") - money(r, "annualBudget") >= 10)) },
  { id: "sh-a-calc-17", cat: "sh-calc", q: "发改委里总分最高的比最低的高多少", expect: (d) => { const v = F(d, FG).map(ts).filter((x) => x != null); return d.number(Math.max(...v) - Math.min(...v)); } },
  { id: "sh-a-calc-18", cat: "sh-calc", q: "大红门有多少个项目的执行数比潞源执行数最大的那个还大", expect: (d) => dhm(d, (rs) => d.count(rs.filter((r) => money(r, "executed") > Math.max(...F(d, LY).map(mo("executed")))).length)) },
  { id: "sh-a-calc-19", cat: "sh-calc", q: "2023年的项目里总分低于2020年平均总分的有几个", expect: (d) => d.count(F(d, (r) => r.year === 2023 && ts(r) != null && ts(r) < avgTs(F(d, y(2020)))).length) },
  { id: "sh-a-calc-20", cat: "sh-calc", q: "李毅飞负责的项目比赵康多还是少？差几个", expect: (d) => countGap(d, [F(d, own("李毅飞")).length, F(d, own("李毅飞")).length], [F(d, own("赵康")).length, F(d, own("赵康")).length]) },
  { id: "sh-a-calc-21", cat: "sh-calc", q: "2023年退返知青帮困资金相比年初预算，全年预算涨幅是多少", expect: (d) => d.number((100 * (money(P(d, "2023年退返知青帮困资金"), "annualBudget") - money(P(d, "2023年退返知青帮困资金"), "initialBudget"))) / money(P(d, "2023年退返知青帮困资金"), "initialBudget"), PCT) },
  { id: "sh-a-calc-22", cat: "sh-calc", q: "大红门的项目里，总分低于大红门平均总分的有多少个", expect: (d) => dhm(d, (rs) => d.count(rs.filter((r) => ts(r) != null && ts(r) < avgTs(rs)).length)) },
  { id: "sh-a-calc-23", cat: "sh-calc", q: "便民服务中心和综合办公室比，谁的全年执行数多，多多少", expect: (d) => gapBoth(d, (m) => sumBy(F(d, (r) => inUnit(r, "便民服务中心")), m, "executed") - sumBy(F(d, (r) => inUnit(r, "综合办公室")), m, "executed")) },
  { id: "sh-a-calc-24", cat: "sh-calc", q: "潞源的平均执行率和发改委的平均执行率差几个百分点", expect: (d) => both(d, (f) => { const v = d.avg(F(d, LY), f).value - d.avg(F(d, FG), f).value; return d.anyOf(d.number(v, PCT), d.number(-v, PCT)); }) },
  { id: "sh-a-calc-25", cat: "sh-calc", q: "周蕾莹负责的项目全年预算合计有没有超过30万", expect: (d) => d.sumMoney(F(d, own("周蕾莹")), "annualBudget") },
  { id: "sh-a-calc-26", cat: "sh-calc", q: "姚庆峰负责的项目全年执行数合计比王秋香的多多少", expect: (d) => gapBoth(d, (m) => sumBy(F(d, own("姚庆峰")), m, "executed") - sumBy(F(d, own("王秋香")), m, "executed")) },
  { id: "sh-a-calc-27", cat: "sh-calc", q: "总分比95分高、但又没到100分的项目有哪些", expect: (d) => d.set(F(d, (r) => ts(r) != null && ts(r) > 95 && ts(r) < 100)) },
  { id: "sh-a-calc-28", cat: "sh-calc", q: "晨光路拆迁资金的全年预算是东门里小区综合整治提升工程项目资金的几倍", expect: (d) => d.number(money(P(d, "晨光路拆迁资金"), "annualBudget") / money(P(d, "东门里小区综合整治提升工程项目资金"), "annualBudget"), 0.051) },
  { id: "sh-a-calc-29", cat: "sh-calc", q: "河门口哪些项目全年预算比年初预算调增了", expect: (d) => d.set(F(d, (r) => HMK(r) && money(r, "initialBudget") != null && money(r, "annualBudget") > money(r, "initialBudget"))) },
  { id: "sh-a-calc-30", cat: "sh-calc", q: "高博群那两个免费开放补助，市级的比区级的全年预算多多少", expect: (d) => gapBoth(d, () => money(P(d, "2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（市级）"), "annualBudget") - money(P(d, "2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（区级）"), "annualBudget")) },
  { id: "sh-a-calc-31", cat: "sh-calc", q: "潞源的下沉协管员经费和大红门的下沉街镇城市协管员人员经费，执行数相差多少", expect: (d) => gapBoth(d, () => money(P(d, "2023年下沉街镇城市协管员人员经费"), "executed") - money(P(d, "2023年下沉协管员经费"), "executed")) },
  { id: "sh-a-calc-32", cat: "sh-calc", q: "执行数比年初预算还高出20万以上的项目", expect: (d) => d.setTol(F(d, (r) => money(r, "initialBudget") != null && money(r, "executed") - money(r, "initialBudget") > 20), F(d, (r) => money(r, "initialBudget") != null && money(r, "executed") - money(r, "initialBudget") >= 20)) },
  { id: "sh-a-calc-33", cat: "sh-calc", q: "朗清园社区警务工作室和人防工程公益化利用项目，哪个执行率高一些", expect: (d) => both(d, (f) => d.top([P(d, "朗清园社区警务工作室装饰装修和信息化工程相关资金项目"), P(d, "人防工程公益化利用项目")], f, 1, "desc")) },
  { id: "sh-a-calc-34", cat: "sh-calc", q: "潞源的项目个数比大红门少多少", expect: (d) => countGap(d, [F(d, LY).length, F(d, LY).length], [F(d, (r) => inUnit(r, "大红门")).length, F(d, O("003")).length]) },
  { id: "sh-a-calc-35", cat: "sh-calc", q: "2023年节能专项资金的全年预算比法律顾问多出来多少", expect: (d) => gapBoth(d, () => money(P(d, "2023年节能专项资金"), "annualBudget") - money(P(d, "法律顾问"), "annualBudget")) },
  { id: "sh-a-calc-36", cat: "sh-calc", q: "牛艳维负责的项目里，全年预算高于她负责项目平均全年预算的是哪几个", expect: (d) => { const rs = F(d, own("牛艳维")); const avg = sumBy(rs, money, "annualBudget") / rs.length; return d.set(rs.filter((r) => money(r, "annualBudget") > avg)); } },
  { id: "sh-a-calc-37", cat: "sh-calc", q: "赵康的项目，总分有没有不到100的？有的话是哪些", expect: (d) => d.set(F(d, (r) => own("赵康")(r) && ts(r) != null && ts(r) < 100)) },
  { id: "sh-a-calc-38", cat: "sh-calc", q: "双井2020年的全年预算合计，和河门口2020年的比，差多少", expect: (d) => gapBoth(d, (m) => sumBy(F(d, and(SJ, y(2020))), m, "annualBudget") - sumBy(F(d, and(HMK, y(2020))), m, "annualBudget")) },
  { id: "sh-a-calc-39", cat: "sh-calc", q: "2023年灵活就业社会保险补贴的全年预算调增了多少，调增幅度是百分之几", expect: (d) => d.anyOf(d.number(money(P(d, "2023年灵活就业社会保险补贴"), "annualBudget") - money(P(d, "2023年灵活就业社会保险补贴"), "initialBudget")), d.number((100 * (money(P(d, "2023年灵活就业社会保险补贴"), "annualBudget") - money(P(d, "2023年灵活就业社会保险补贴"), "initialBudget"))) / money(P(d, "2023年灵活就业社会保险补贴"), "initialBudget"), PCT)) },
  { id: "sh-a-calc-40", cat: "sh-calc", q: "平安建设办公室的项目里，有没有哪个全年执行数超过了平安建设经费的", expect: (d) => unit(d, ...PA, (rs) => d.set(rs.filter((r) => money(r, "executed") > money(P(d, "平安建设经费"), "executed")))) },
];
