/**
 * Arithmetic said in everyday words rather than with an operator (arithmetic.ts reads the question through these
 * before cutting it into sides): a year's figure shared over its months (按12个月摊下来，一个月合多少 / 平均到每个月 /
 * 月均) is that figure ÷ 12; a budget raised (追加 / 追加了多少) is a rise, the word the grammar of a change reads.
 * Built from the words of sharing out and of time, not from the sentences of particular questions.
 */

const MONTHS = '(?:12|十二)个月';
const SHARE = '(?:平均|平摊|均摊|分摊|摊|分)';
const A_MONTH = '(?:一个月|每个月|每一个月|每月|平均每月|一月)';
/** 按12个月摊下来，一个月合多少 / 分摊到12个月，每月多少: the figure divided over the year's months. */
const OVER_MONTHS = new RegExp(
  `(?:的)?(?:按|按照|分|分成)?${MONTHS}${SHARE}(?:下来|开|一下)?[，,]?\\s*(?:平均)?${A_MONTH}?(?:合|是|有|能有|算)?|(?:的)?${SHARE}(?:到|给)${MONTHS}[，,]?\\s*${A_MONTH}?(?:合|是|有|能有|算)?`,
  'gu',
);
/** 平均到每个月 / 平均每个月 / 每个月平均 / 摊到每月: the same with the months implied by 每月. */
const PER_MONTH = new RegExp(
  `(?:的)?[，,]?\\s*(?:${SHARE}(?:下来)?(?:到|给)?${A_MONTH}(?:上)?|${A_MONTH}${SHARE}|月均)(?:合|算)?`,
  'gu',
);
/**
 * 按12个月算，每个月平均花多少 / 平均每月用掉多少: a verb of spending after the months says the figure shared is the
 * spending (全年执行数), named before 除以12 unless the question names an amount already (执行数按12个月算…).
 */
const SPENT_OVER_MONTHS = new RegExp(
  `(?:的)?[，,]?\\s*(?:(?:按|按照)?${MONTHS}(?:${SHARE}|算|来算|计算)(?:下来|开|一下)?[，,]?\\s*(?:平均)?${A_MONTH}?|(?:平均)?${A_MONTH})(?:平均)?(?:要|得|能)?(?:花|用|支出|花掉|用掉|花费|花了|用了)(?:掉|了)?(?=(?:多少|几))`,
  'gu',
);
const AMOUNT_NAMED = /预算|执行|支出|结余|拨款|资金总额/u;

/**
 * 追加 / 追加了 after 比: what was added to the budget, read as 增加 (比年初预算追加了多少 = 比年初预算增加了多少); with no
 * 比 it is the budget's own adjustment (年中追加了多少: change-words.ts).
 */
const ADDED = /(?<=(?:比|较)[^，,。；;？?！!]*)追加/gu;

/**
 * 还剩多少元没用 / 有多少千元没花掉 / 还剩几块钱没花完？: the amount not spent (结余) asked in a unit of money (块: 元);
 * read as 结余是多少元, whose unit the conversion reads (arith-shapes.ts).
 */
const NOT_SPENT_IN_UNIT =
  /(?:还有|还剩|剩下|剩余|剩)?(?:多少|几)(元|块|千元|万元|万|亿元|亿)(?:钱)?(?:还)?(?:没|没有|未)(?:花|用|执行|支出|拨付)(?:出去|掉|完)?(?:的)?(?:呢|啊|呀)?[？?。！!]*$/u;

/**
 * …除以预算算出来执行率多少 / ，执行率自己算出来是多少 / 得出的比例是多少: the result of the computation named and asked,
 * with a verb of working it out. The name (a closed class: 执行率, 比例, 结果, 差额…) labels the result and restricts
 * nothing, so the words are read as the ask alone (等于多少); without the verb (执行率多少) nothing is rewritten.
 */
const RESULT_NOUN = '(?:执行率|比率|比例|比值|百分比|结果|得数|差额|差值|余额|结余|总和|总数|合计)';
const WORK_OUT =
  '(?:自己|我们自己|手工|手动|直接)?(?:算出来|算出|算得|求出来|求出|得出来|得出|计算出来|计算出|算下来)';
const RESULT_NAMED = new RegExp(
  `(?:[，,]\\s*)?(?:那么|这样|这个)?(?:${RESULT_NOUN}(?:的话)?${WORK_OUT}|${WORK_OUT}(?:的)?(?:${RESULT_NOUN})?)(?:的)?(?:结果)?(?:是|为|等于|有)?(多少|几)(%|万元|元|万|个百分点)?(?:呢|啊)?$`,
  'u',
);

/** 比满分100分低多少: the number said with its name (满分); the name adds nothing to the number. */
const NAMED_FULL_MARK = /(?<=(?:比|较)\s*)满分(?:是|为)?(?=\d+(?:\.\d+)?分)/gu;

/**
 * 统计所经费比统计站多花了多少 / 少支出了多少钱: a verb of spending after 比 and a word of more or less names the amount
 * compared (全年执行数), as 比…全年执行数多多少 says it; a question that names an amount already (预算比…多花) is left.
 */
const SPENT_MORE =
  /(?<=(?:比|较)[^，,。；;？?！!]{1,40}?)(多|少)(?:花|支出|用|花费|花掉|用掉|支付)(?:了)?(?:出去)?(?=(?:多少|几)(?:钱|元|万元|万|千元)?)/gu;

/**
 * 河门口平均一个项目的预算，比双井平均一个多多少: the other side says its average again without the figure (平均一个, 平均每个
 * 项目); the figure and its average are the first side's, as 比双井多多少 says it.
 */
const AVERAGE_AGAIN =
  /(?<=(?:比|较)[^，,。；;？?！!比]{1,24}?)(?:的)?平均(?:每一个|每个|一个|每项|每家)?(?:项目)?(?:的)?(?=(?:还|要|更)?(?:多|少|高|低|大|小))/gu;
/**
 * 年初预算合计与全年预算合计相比调减了多少: the change between the two figures compared, said with the verb of changing
 * a budget — their difference, as 相比差多少 asks it (the reply says which is the larger).
 */
const COMPARED_CHANGE =
  /相比(?:较)?[，,]?\s*(?:被)?(?:调减|调增|减少|增加|追加|调整|变化|变动|压减|核减)(?:了)?(?=多少|几)/gu;
/**
 * 年初预算调减了多少: what was cut from the budget set at the start of the year is the budget's cut (预算调减了多少);
 * after 比 / 较 the start's budget is the other side of the comparison (全年预算较年初预算调减若干), left.
 */
const START_CUT = /(?<![比较与和跟同]\s*)年初(?:预算)?(?:数)?(?:被)?(?=调减(?:了)?(?:多少|几))/gu;
/** …的那个项目，没花完的差了多少钱 / 剩下的钱有多少: what was left unspent, asked as an amount, is the 结余. */
const NOT_SPENT_ASKED =
  /(?<=^|[，,。；;？?！!\s])(?:钱)?(?:没花完|没用完|没花掉|没执行完|剩下|剩余)的(?:钱|部分|资金|经费)?(?:还)?(?:差了|差|剩了|剩|有|是)(?:了)?(?=多少)/gu;

/**
 * The difference said with a verb's tail or as its noun (差了多少万块, 相比，差额多少万元): 差多少, which the computation
 * reads; and a figure asked in another unit after it (差额折合多少元, 加一块多少钱 换成元): that figure asked in the unit.
 */
const DIFFERENCE_SAID: Array<[RegExp, string]> = [
  // …的那个项目，没花完的差了多少钱: what was left unspent, asked as an amount, is the 结余 (not a difference of two)
  [NOT_SPENT_ASKED, '结余是'],
  // 哪个剩下没花的钱最多: the money not spent is the 结余 (没花 had been read as the cell 结余 left empty)
  [/(?:剩下|剩余)?(?:没有|没|未)(?:花|用)(?:完|掉)?的(?:钱|资金|经费)(?=最|多少|是|有|排|从)/gu, '结余'],
  // 咱潞源23年的钱花完没: whether the money of the set is spent — its rate, and what is left (read as a condition it had
  // listed the projects fully spent, a yes to another question)
  [
    /(?:的)?(?:钱|资金|预算|经费)(?:都)?(?:花完|用完|花光|执行完)(?:了)?(?:没有|没|吗|了吗|了没|了没有|没呀|没啊)?(?=(?:[？?。！!\s]|\uFE0F|\p{Extended_Pictographic})*$)/gu,
    '的执行率和结余是多少',
  ],
  [/差了(?=多少|几)/gu, '差'],
  // 麻烦换算成元告诉我: the unit asked, then who is to be told — the conversion is the ask
  [
    /(?:麻烦|请)?(?:帮我)?(换算成|折算成|换成|折合成)(元|万元|亿元)(?:再)?(?:告诉我|跟我说|给我|报给我|说一下)/gu,
    '$1$2',
  ],
  // …差了多少钱？按元跟我说: the unit wanted, said after the question as a request of its own — a unit of this one
  [
    /[？?，,]\s*(?:请|麻烦)?(?:按|用|以)(元|千元|万元|亿元)(?:为单位)?(?:来)?(?:跟我|给我|和我|告诉我)?(?:说|讲|报|算)(?:个数|一个数|一下|个)?(?:吧)?[。！!]*$/gu,
    '，换算成$1',
  ],
  // …全年预算合计比年初预算合计多了多少？年初没填的按0算: a total already counts an empty amount as nothing — the
  // instruction restates it (an average is another matter: left, and reported)
  [
    /(?<=(?:合计|加起来|总额|总和|之和|一共|总共)[^。]*?)[，,。？?；;\s（(]\s*(?:其中)?[^，,。？?；;\s（()]{0,8}?(?:没填|未填|空着|空白|没有填)(?:列|写)?(?:年初|全年|执行数|预算)?(?:的)?(?:就|都|均|一律)?(?:(?:按|当|算作|算|计为|视为|当作|当成)(?:0|零)(?:算|计|处理|计算)?|不算|不计|不用算|不管)(?:了)?(?:吧)?[）)]?[。！!]*$/gu,
    '',
  ],
  // 河门口街道与双井街道的全年预算合计相比，相差多少万元: 相比 before the difference asked only sets the two side by side
  [
    /(?<=(?:合计|总额|总和|平均|平均值|总数))(?:进行)?(?:相比|对比|比较)(?:一下)?[，,]\s*(?=相差(?:是|为|有)?(?:多少|几))/gu,
    '',
  ],
  // …全年预算合计比年初预算合计多了还是少了，差多少: which way and by how much — the difference asked (its sign says
  // which way)
  [/(?:多了|高了|大了)还是(?:少了|低了|小了)(?:呢)?[，,]?\s*(?:差|相差|差了)?(?=多少)/gu, '多'],
  // 全年预算数的极差是多少: the range of a figure, its highest less its lowest
  [/(?:的)?极差(?:是|为|有)?(?:多少|几)?(?=[？?。]*$)/gu, '最高的比最低的多多少'],
  // 加一块是多少 / 加到一块: added up
  [/加(?:到)?一块(?:儿)?|加一起|加到一起/gu, '加起来'],
  // 差多少万块 / 多多少块钱: the unit said as spoken money
  [/(?<=(?:差|多|少)(?:多少|几))(万)?块(?:钱)?/gu, '$1元'],
  // 年初预算加起来跟全年预算加起来差多少: a field added up before the other side is its total (合计)
  [
    /(?<=预算|预算数|执行数|结余|金额|得分|总分|分值)(?:加起来|加在一起|加一块|加一起|加总)(?=跟|和|与|同|比|减|差|相差)/gu,
    '合计',
  ],
  [/相比(?:较)?[，,]?\s*(?:的)?差额(?:是|为|有)?(?=多少|几)/gu, '相比差'],
  // (…花了多少 换算成元是多少: the conversion asked as a clause of its own is answered exactly by the unit reader)
  [
    /(多少钱|多少)[，,\s]*(?:换成|折合成|折合|换算成|折算成|折成|转成)(元|万元|千元|亿元)(?![，,\s]*(?:是|为|有|等于)?\s*(?:多少|几))/gu,
    '多少$2',
  ],
  [/(?:折合成|折合|换成|换算成|折算成|折成|转成)(?:是)?多少(元|万元|千元|亿元)/gu, '是多少$1'],
  // 结余了多少？按元给我: the unit asked in a request of its own after the figure
  [
    /(多少)[？?。，,\s]*(?:请)?(?:我要|我得|我需要|要|得|需要)?(?:按|以|用)(元|千元|亿元)(?:为单位)?(?:给我|算|计|来|显示|列|说|填|写|报)?(?:一下)?[。.!！]?\s*$/gu,
    '$1$2',
  ],
];
/** 张宏和王丽的项目加起来，占大红门项目数的百分之多少: a share is of the set's figure added up already. */
const ADDED_BEFORE_SHARE = /(?:加起来|加在一起|合起来|加一块|加一起|合在一起)[，,]?\s*(?=占)/gu;
/** 95分的项目比98分的多几个: projects counted, the other side's noun left unsaid after 的 (98分的 = 98分的项目). */
const COUNTED_AFTER_DE =
  /(?<=(?:比|较)[^，,。；;？?！!比]{1,24}?的)(?=(?:还|要)?(?:多|少)(?:了)?(?:几|多少)(?:个|项|张|份))/gu;
/** 平均一个项目的预算: an average said per one project, as 平均每个项目 (一个 is no count here). */
const PER_ONE = /平均一个(?=项目)/gu;

/**
 * 还剩几块钱没花完？: the money left asked in 元 (or 千元), which the ordinary reading answers in 万元 to two decimals (0.05
 * for 545.9 元) — read as 结余是多少元 before any reader sees it, so that the conversion answers it exactly. (Asked in
 * 万元 it is left: the ordinary answer is in that unit.)
 */
export function moneyLeftInSmallUnit(text: string): string {
  const m = NOT_SPENT_IN_UNIT.exec(text);
  if (!m || !['元', '块', '千元'].includes(m[1]!)) return text;
  return `${text.slice(0, m.index)}的结余是多少${m[1] === '块' ? '元' : m[1]}`;
}

/**
 * 下沉协管员的钱，大红门那个比咱潞源那个多花了多少 / 预算，大红门比潞源多多少: the topic said first, then two of its
 * holders compared — each side is the topic's own (大红门的下沉协管员的钱比潞源的下沉协管员的钱…).
 */
const TOPIC_THEN_SIDES =
  /^([^，,。？?！!比]{2,20}?)[，,]\s*(?:咱们|咱|我们)?([^，,。？?！!比]{2,10}?)(?:的|那个|那边|这个|这边)*比(?:咱们|咱|我们)?([^，,。？?！!比]{2,10}?)(?:的|那个|那边|这个|这边)+((?:还|要)?(?:多|少|高|低|大|小|差)[^，,。？?！!]*)$/u;

/** The difference and the unit said as above (loose-typing.ts: every reader sees them so). */
export function plainDifferenceWords(text: string): string {
  return DIFFERENCE_SAID.reduce((t, [re, to]) => t.replace(re, to), text);
}

/**
 * X比Y多多少预算 / 少几万执行数: the figure compared said last, after the gap asked — said as the figure of each side
 * (X的预算比Y的预算多多少), as the readers of a comparison know it (the name before 多 had taken it in).
 */
const FIGURE_SAID_LAST =
  /^([^，,。？?！!比]{2,30}?)比([^，,。？?！!比]{2,30}?)(多|少|高|低)(多少|几)(万元|万|元)?(全年预算数?|年初预算数?|预算数?|全年执行数|执行数|执行金额|总分|执行率)([？?。]*)$/u;

export function rewriteArithWords(text: string): string {
  const topic = TOPIC_THEN_SIDES.exec(text.trim());
  if (topic) {
    const [, what, a, b, rest] = topic;
    text = `${a}的${what}比${b}的${what}${rest}`;
  }
  text = text.replace(
    FIGURE_SAID_LAST,
    (_m, a: string, b: string, more: string, much: string, unit = '', what: string, end: string) =>
      `${a}的${what}比${b}的${what}${more}${much}${unit}${end}`,
  );
  return text
    .replace(SPENT_MORE, (m, more: string, at: number, whole: string) =>
      AMOUNT_NAMED.test(whole.slice(0, at)) ? m : `全年执行数${more}`,
    )
    .replace(NAMED_FULL_MARK, '')
    .replace(AVERAGE_AGAIN, '')
    .replace(PER_ONE, '平均每个')
    .replace(COUNTED_AFTER_DE, '项目')
    .replace(COMPARED_CHANGE, '相比差')
    .replace(START_CUT, '预算')
    .replace(ADDED_BEFORE_SHARE, '')

    .replace(
      RESULT_NAMED,
      (m, ask: string, unit?: string) => `${/^[，,]/u.test(m) ? '，' : ''}等于${ask}${unit ?? ''}`,
    )
    .replace(SPENT_OVER_MONTHS, (_m, at: number, whole: string) =>
      AMOUNT_NAMED.test(whole.slice(0, at)) ? '除以12' : '的全年执行数除以12',
    )
    .replace(OVER_MONTHS, '除以12')
    .replace(PER_MONTH, '除以12')
    .replace(ADDED, '增加')
    .replace(NOT_SPENT_IN_UNIT, (_m, unit: string) => `的结余是多少${unit === '块' ? '元' : unit}`);
}
