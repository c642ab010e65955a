/**
 * The words of a written request or a report about the form's cells and figures (the thirty-eighth and thirty-ninth
 * parts' askers: an auditor's numbered asks, a reviewer's 栏填写内容 and 范围限, a committee member's shares and
 * differences), said as the readers know them. Read inside plainRegisterWords (register-words.ts): the first list right
 * after a report's item numbers are taken off, the second — 其 pointing back at the projects just asked about — last of
 * all, after 以X为例，请给出其… has been read as the example's.
 */

/** A rewrite: the words, and what they are said as (or a function of what they hold). */
export type Rewrite = [RegExp, string | ((...said: string[]) => string)];

/** What 其 stands before when it points at the projects just asked about: one of their cells or figures. */
const CELL_AFTER_ITS = '(?=(?:项目)?负责人|联系电话|电话|主管部门|实施单位|全年|年初|执行|总分|得分)';

export const CELL_AND_FIGURE_WORDS: readonly Rewrite[] = [
  // 请提供X项目的（1）项目负责人姓名；（2）联系电话: the items of one thing asked, numbered after its 的.
  [/(?<=的)\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[①-⑳])\s*/gu, ''],
  // 项目负责人姓名 / 负责人的名字: the person named is the cell itself (负责人姓名是两个字的 reads the name's length).
  [/(负责人|联系人)(?:的)?(?:姓名|名字)(?![是为有只超不少多含带里中\d])/gu, '$1'],
  // 请列出符合以下任一情形的项目：（一）A；（二）B。: the projects meeting either (the items' numbers are off by now).
  [
    /(?:符合|满足|属于|存在)(?:以下|下列|如下)(?:任一|任何一种|任意一种|任一种|其中一种|之一)(?:种)?(?:情形|情况|条件)(?:之一)?的项目[：:]\s*([^；;。？?]{4,60})[；;]\s*([^；;。？?]{4,60}?)(?:[；;]\s*([^；;。？?]{4,60}?))?[。.]?\s*$/u,
    // (执行率填报为“100%”但…: the cell as written, as the readers of a single condition take it)
    (_m, a, b, c) =>
      `${[a, b, c]
        .filter(Boolean)
        .map((item) => item.replace(/(?:填报|填写|填)为[“"「]([^”"」]{1,12})[”"」]/gu, '写$1'))
        .join('或')}的项目`,
  ],
  // 2023年度自评表总数；其中总分低于100分的份数: the total asked before the part of it (其中) is an ask of its own.
  [/(?<=\p{Script=Han})(总数|总份数|份数|个数|项目数|数量)(?=[；;]\s*其中)/gu, '$1是多少？'],
  // 大红门跟潞源比 那个预算总共差多少钱: the two sides compared, then the figure whose difference is asked.
  [
    /^(\s*(?:(?!的)\p{Script=Han}){2,12}?(?:跟|和|与|同)(?:(?!的)\p{Script=Han}){2,12}?)(?<![相对])比(?:一比|一下)?[，,\s]+(?:那个|就是)?\s*(?=[^，,。？?]{1,20}?(?:差|相差))/u,
    '$1的',
  ],
  // 全年预算数减去全年执行数后的结余资金: the unspent money said with its own formula — what 结余 is.
  [
    /(?:全年)?预算(?:数)?(?:减去|减掉|扣除|扣减|减)(?:全年)?执行(?:数)?(?:后|之后|以后)?(?:的|所得的?)?(?=结余|余额|剩余)/gu,
    '',
  ],
  // （一）A合计；（二）B合计；（三）二者差额: two figures, then the gap between them — the pair asked and its gap.
  [
    /^([^；;？?]+?)[；;]\s*([^；;？?]+?)[；;]\s*(?:两者|二者|两项|前两项)(?:的|之间的)?(?:差额|之差|差值|相差多少|差多少|差)(?:是|为)?(?:多少)?[。.]?\s*$/u,
    '$1和$2分别是多少？两者差多少？',
  ],
  // 大红门预算调增项目几个，调增总额多少: the budget-office's words for the projects whose budget was raised and the
  // amount raised in all (预算调增额: derived-fields.ts); 净调增 is the change of the two sums itself.
  [/(?:预算)?(调增|调减)(?=项目)/gu, '预算$1的'],
  [/(?:预算)?(调增|调减)(?:的)?(?:总额|总金额|金额合计|额合计|合计金额|总数)/gu, '预算$1额合计'],
  [/净(?=调增|调减|增加|减少)/gu, ''],
  // 预算执行得分填的9分，按规则应该得多少分 / 按执行率乘以分值来算应得多少分: the budget row's score its rate gives
  // (核算预算执行得分); the row said before it (预算执行这一行) is that row already.
  [/(?:预算执行)?(?:这一?行|那一?行)[，,]\s*/gu, ''],
  [
    /[，,]?\s*(?:按|依|照)(?:规则|评分规则|打分规则|执行率乘以分值|执行率×分值|执行率乘分值)(?:来)?(?:算|计算|测算)?(?:的话)?[，,]?\s*(?:应该|应当|应)?(?:得|是)(?:多少|几)分/gu,
    // (not after a yes-or-no of that score — 得分是否正确，按执行率乘以分值应得几分: the check's answer shows it)
    (...said: string[]) =>
      /是否|是不是|对不对|正确/u.test(said.at(-1)!.slice(0, Number(said.at(-2))))
        ? said[0]!
        : '，预算执行应得分是多少',
  ],
  // 我们民生办那几十个项目: the count said as "dozens", pointing at the office's projects — no count of its own
  [/(?:那|这)?几十(?:个|来个)(?=项目)/gu, ''],
  // 含有分值为0的三级指标的项目: the projects that have such a row
  [/含有(?=[^，,。？?]{0,16}指标的项目)/gu, '有'],
  // “X”年初预算是1320万，全年预算后来调成了多少？比年初少了多少: the 年初 said as known, the 全年 asked, then how far
  // it moved — both budgets asked, then their difference.
  [
    /年初预算(?:数)?(?:是|为)[\d.]+(?:万元|万)?[，,]\s*全年预算(?:数)?(?:后来)?(?:调成了?|调整为|调整成|调到了?|变成了?|改成了?)多少[？?，,]\s*(?:比年初(?:预算)?)?(少|多|减少|增加)了?多少/gu,
    (_m, how: string) => `全年预算是多少？全年预算比年初预算${how.slice(-1)}了多少`,
  ],
  // 联系电话位数不是8位 / 电话是9位的: the digits counted, said with 位 (a number the readers know as 位数's bound)
  [
    /(?:联系)?电话(?:号码)?(?:的)?(?:位数)?(不是|不等于|是|为|等于|大于|小于|超过|多于|少于|不足)(\d{1,2})位(?!数)/gu,
    (_m, how: string, n: string) =>
      `联系电话位数${how === '不是' ? '不等于' : how === '是' ? '为' : how}${n}`,
  ],
  // 联系电话填了两个号码: the numbers counted in the cell (号码个数)
  [
    /(?:联系|聯繫)?(?:电话|電話)(?:一栏|栏)?(?:里)?(?:填了|写了|寫了|有|填的是|写的是)(两|兩|2|二|三|3)(?:个|個)(?:号码|號碼|电话|電話)/gu,
    (_m, n: string) => `联系电话号码个数为${/[两兩2二]/u.test(n) ? 2 : 3}`,
  ],
  // 几个街道里面 项目最多的那个街道 有多少个项目: the group ranked first by its projects counted — its count is shown
  [/^\s*(?:这|那)?几个(街道|部门|科室)(?:里面|里头|里|中|当中)[，,\s]*/u, ''],
  [
    /项目(最多|最少)的(?:那个|那一个|是哪个)?(街道|部门|科室|主管部门|实施单位)(?:[，,\s]*(?:有|是)?(?:多少个|几个)(?:项目)?)?/gu,
    '哪个$2的项目$1',
  ],
  // 请按主管部门统计项目个数（以表上所填主管部门为准）: which cell counts, said aside — the cell as written is what is read.
  [
    /[（(]\s*(?:均|一律)?以(?:表上|表中|原表|表内)?(?:所填|填报|填写|所列|写)?(?:的)?[^（）()]{1,10}?为准\s*[)）]/gu,
    '',
  ],
  // 那个项目数 各多少: 那个 said while searching for the word, before a count.
  [/那个(?=项目数|项目个数)/gu, ''],
  // “全年执行数”栏填报金额为多少 / 所填的金额: the cell is the amount asked.
  [
    /(?<=执行数|预算数|预算|执行额|结余)[”"」』]?(?:栏|一栏|那栏)?(?:填报|填写|所填|填)(?:的)?金额(?=为|是|有|多少|[？?]|$)/gu,
    '',
  ],
  // “偏差原因分析及改进措施”栏填写内容: what the quoted column holds — the column asked.
  [/(?<=[”"」』])(?:栏|一栏|那栏|这栏)(?:的)?(?:填写内容|所填内容|填写的内容|填的内容|内容)/gu, ''],
  // “主管部门”与“实施单位”两栏分别填写的是什么: each cell asked, as 分别是什么.
  [/两栏(?:分别|各自)?(?:填写|填|写)(?:的)?(?:是|为)(?=什么|啥)/gu, '分别是'],
  // 按“主管部门”栏的填写内容，分别统计: grouped by what the cell says, as 按主管部门.
  [
    /(?<=按[“"「『]?(?:主管部门|实施单位|项目负责人|负责人|年度)[”"」』]?)(?:栏|一栏)?(?:的)?(?:填写内容|所填内容|填写|内容)/gu,
    '',
  ],
  // 并注明各自的项目负责人: each project's cell, shown beside it.
  [/(?<=注明|标明|列出|附上|带上|写明)各自(?:的)?/gu, ''],
  // …的项目，范围限潞源、双井两个街道: the scope the list is kept to, as 只看.
  [/[，,；;]\s*(?:查询|统计|核查)?范围(?:仅)?(?:限于|限定为|限定在|限定|限为|限)\s*/gu, '，只看'],
  // 满意度指标得分为0、且偏差原因填写“未做”: the survey's row says it was not done.
  [
    /(?<=满意度[^，,。？?]{0,20}?)偏差原因(?:栏|一栏)?(?:填写为|填写的是|填写|填为|填的是|填|写为|写的是|写|为|是)[“"「『]?(未做|没做)[”"」』]?/gu,
    '满意度写的$1',
  ],
  // 潞源街道各项目成本指标的分值: each project's rows of that kind (项目成本 is no row's name).
  [
    /各项目(?=(?:成本|产出|效益|满意度|数量|质量|时效|社会效益|经济效益|生态效益|可持续影响)指标)/gu,
    '各项目的',
  ],
  // 较年初预算数调减的金额: how much it was cut.
  [/(调减|调增|压减|核减|追加|调整)的金额(?=[，,。？?；;]|$)/gu, '$1了多少'],
  // 占全部169个项目的百分比: the whole said with its count — the answer shows the count it found.
  [/(?<=占)(全部|所有|全体)(?:\d{1,6}|[一二两三四五六七八九十百]+)个(?=项目)/gu, '$1'],
  // 年初预算数与全年预算数差额（绝对值）最大: how far the budget was moved either way.
  [
    /年初预算(?:数)?(?:与|和|跟|同)全年预算(?:数)?(?:之间)?(?:的)?(?:差额|差值|差距|相差)[（(]?(?:的)?绝对值[)）]?/gu,
    '预算调整绝对额',
  ],
  [
    /(?<=预算调整绝对额[^？?]{0,30}[？?，,])\s*(?:其|该)?(?:差额|差值|相差)(?:是|为)?多少(?:万元|元)?[？?。]?\s*$/u,
    '',
  ],
  // 全年执行数合计÷全年预算数合计，是百分之多少: one figure of a set over another of it, as a share.
  [
    /(\p{Script=Han}{2,12}?合计)\s*(?:[÷/]|除以)\s*(\p{Script=Han}{2,12}?合计)[，,]?\s*(?:是|为|等于|得)?(?=百分之多少|百分之几|多少%)/gu,
    '$1占$2的',
  ],
  // 上年结转资金占全年预算比重: that funds row's budget against the whole budget, over the same projects.
  [
    /(上年结转|当年财政拨款|财政拨款|其他资金)(?:资金)?占(?:全年)?(?:预算|资金总额|年度资金总额)(?:数)?(?:的)?(?=比重|比例|百分比|占比|几成)/gu,
    '$1全年预算数合计占全年预算数合计的',
  ],
  // 全年执行数占全年预算数的比例为多少: the execution rate, said as what it is.
  [/(?:全年)?执行数占(?:全年)?预算(?:数)?的(?:比例|比重|百分比)(?!合计)/gu, '执行率'],
  // 表上填的执行率 / 表上填报的“99.9%”: the rate as the form states it.
  // (自评表上填报的执行率 is read so already: the form's own name before 表上)
  [/(?<!评)表上(?:所)?(?:填的|填写的|写的|填)(?=执行率)/gu, '表上'],
  [/(?<=执行率.{0,60}?)表上(?:所)?(?:填报|填写|填)的?[“"「]?\d{1,3}(?:\.\d+)?[%％][”"」]?/gu, '表上执行率'],
  // X的执行率为多少？与表上执行率相差几个百分点: the second ask about the same project's figure, said whole.
  [
    /^(\s*[^？?]{2,80}?)(的?)(\p{Script=Han}{2,8}?)(?:为|是)(?:多少|几)[？?]\s*(?:其)?(?:与|和|跟|比)([^？?]{2,30}?)(?:相差|差)(?:了)?(?:几|多少)个?(?:百分点)?/u,
    '$1$2$3为多少？$1$2$3与$4差多少',
  ],
  // 各项目执行率的算术平均 / 是多少%: the mean of the projects' rates, the figure asked in percent.
  [/(?:的)?算术平均(?:值|数)?/gu, '的平均'],
  [/(?<=多少|几)\s*[%％]/gu, ''],
  // 河门口各项目中，得分低于分值的三级指标共计多少条: the rows of them all counted together, not per project.
  [/各项目(?:中|里|当中)(?=[，,]?[^。？?]*(?:共计|一共|总共|合计)(?:多少|几)条)/gu, '项目中'],
  // 成本指标（三级指标）: the level of the row said aside — the kind named is what is asked.
  [/(?<=指标)[（(](?:一级|二级|三级)指标[)）]/gu, ''],
  // 有多少个项目没完成目标: a target missed is an indicator row scored below its weight (SCORING.md), as the echo says.
  [/(?:没有|没|未)(?:能)?(?:全部)?完成(?:年度)?(?:绩效)?目标(?:值)?/gu, '有指标扣分'],
  // 联系电话是不是都没填 几个没填啊: the count asked again after whether all are — the answer says how many.
  [
    /(是不是都|是否都|都)(没填|未填|没写|空着)(?:的)?(?:吗|啊)?[，,\s]+(?:那)?(?:有)?几(?:个|项)(?:没填|未填|没写|空着)(?:的)?(?:啊|呀|呢)?(?=[？?。]?\s*$)/u,
    '$1$2',
  ],
  // 执行率多少啊，表上好像没有填: the asker's doubt of the cell — the answer shows what it holds.
  [
    /[，,\s]+(?:表上|表里)?(?:好像|似乎|貌似|可能)(?:是)?(?:没有|没)(?:填|写)(?:写)?(?:的样子)?(?:[？?。\s]|\p{Extended_Pictographic}|\uFE0F)*$/u,
    '',
  ],
];

export const ITS_AS_THOSE: readonly Rewrite[] = [
  // …的项目个数，并合计其全年预算数 / 是哪个项目？其项目负责人是谁: 其 is the projects just asked about.
  [
    /(?<=[，,；;？?。]\s*)(?:并|并且|同时)?(?:请)?(?:合计|汇总|加总)其(\p{Script=Han}{2,8}?)(?=[。？?！!]?\s*$)/gu,
    '它们的$1合计是多少',
  ],
  // (并注明其主管部门: the column asked beside the list — 其 adds nothing to it)
  [
    new RegExp(
      `(?<=[，,；;？?。]\\s*(?:并|并且|同时)?(?:请)?(?:注明|说明|列出|给出|提供|标明|附上|带上|写明))其${CELL_AFTER_ITS}`,
      'gu',
    ),
    '',
  ],
  [
    // (after a comma 其 is the subject of the same sentence: …的项目，其全年预算数合计占…的比重)
    new RegExp(`(?<=[；;？?。]\\s*)(?:并|并且|同时)?(?:请)?其${CELL_AFTER_ITS}`, 'gu'),
    '它们的',
  ],
];
