/**
 * The checks of SCORING.md that had no words a question could use (有负分, 反向指标按正向打分, 满意度没有调查依据 …)
 * said as a reviewer or a clerk says them, rewritten to each check's own word (problem-words.ts PROBLEM_WORDS) before
 * the question is split into words. Without them 预算执行的分值栏里填成得分的 listed every project, 表没读全的 was read
 * as 没补全, and the rest were "not understood". Built from classes of words — the part of the form, the verb of
 * being wrong — never from one question's phrasing.
 */
import { PROBLEM_WORDS } from './problem-words.ts';

const W = (c: keyof typeof PROBLEM_WORDS) => PROBLEM_WORDS[c].word;

/** Being wrong or against the rules: 不符合规定, 不合要求, 不对, 有问题, 不合理. */
const AGAINST_RULES =
  '(?:不符合?|不合|违反|不按|没按|未按|不满足|不达)(?:了)?(?:规定|要求|标准|规范|模板|文件|办法)|不合理|不规范|不对|有问题|有误|错了';
/** A score given: 得分, 打分, 分数, 评分, 给分. */
const SCORE = '(?:得分|打分|打的分|分数|评分|给分|给的分|计分)';
/** Given too much: 打多了, 给高了, 算多了 — with 了 (总分填的多少 asks a figure). */
const TOO_MUCH = '(?:打|给|评|算|计)(?:得|的)?(?:多|高)了(?!少)';

/** The budget row's score as said: 预算执行得分, 预算执行那一栏的得分, 得分 alone (the row named before it). */
const BUDGET_ROW = '(?:预算执行(?:率)?(?:[那这]?一?[栏行项])?(?:的)?)';
const BUDGET_ROW_SCORE = `${BUDGET_ROW}?${SCORE}`;
/** Not the total's or an indicator's score (总分虚高, 指标得分虚高 are other checks). */
const NOT_OTHER_SCORE = '(?<!总分|总分的|指标|指标的|指标得分|指标分数)';
/** …than the rule gives: 比按执行率算出来的, 比按规则算的得分, 比核算的. */
const THAN_THE_RULE = `比(?:(?:按照?|用|根据|拿)(?:执行率|规则|公式|评分规则|计分规则)(?:算出来|计算出来|算出|核算|计算|算)|核算|算出来|应得)(?:的)?${SCORE}?`;

/** The total: 总分, 自评总分. */
const TOTAL_WORD = '(?:自评)?总分';
/** Left out: 漏算, 没加, 未计入. */
const LEFT_OUT =
  '漏算|漏加|漏掉|漏计|没算|没加|没计入|未计入|没有计入|没有算|没有加|少算|少加|没算上|没加上|未算入';
/** The budget row's points: 预算执行那10分, 预算执行得分. */
const BUDGET_POINTS = '预算执行(?:那|的|那一项|这一项|那一行)?(?:\\d+分|得分|的分|分|那一项|那一行)?';
/** The indicators' scores: 各项指标得分, 各三级指标得分. */
const INDICATOR_SCORES = '(?:各项|各个|各|所有)?(?:三级)?指标(?:的)?得分';
/** Added up: 加起来, 之和. */
const ADDED = '(?:加起来|相加|加总|之和|合计|的和)';
const INDICATORS_ADDED = `(?:把|将)?${INDICATOR_SCORES}${ADDED}`;

const PHRASES: Array<[RegExp, string | ((...a: string[]) => string)]> = [
  // 那个执行率 表上写的对不 / 写得对吗: whether the rate as written is right, said as 填得对不对 (problem-words.ts reads it;
  // the reply shows the rate written beside the one the amounts give)
  [
    /(?<=执行率)(?:那一?栏|这一?栏)?\s*(?:表上|表里)?(?:写的|写得|报的)(?:是)?(?:对不对|对不|对吗|对么|对没对|对没有)|(?<=执行率)\s*(?:表上|表里)(?:填的|填得)(?:是)?(?:对不对|对不|对吗|对么|对没对|对没有)/gu,
    '填得对不对',
  ],
  // 执行率是按年初预算数算的 / 用年初预算当分母: the rate found wrong, and near 全年执行数 ÷ 年初预算数 (RATE_MISMATCH's
  // `wrongBase`; 0.5 points take a rate rounded to a whole percent)
  [
    /执行率(?:是|都是)?(?:按照?|用|拿|以|根据)(?:的)?年初预算(?:数)?(?:来|去)?(?:算|计算|核算)(?:出来)?(?:的)?|执行率(?:的)?分母(?:是|用的是|用了|用的|错用了?)年初预算(?:数)?|(?:执行率)?(?:用|拿|以|把)年初预算(?:数)?(?:当|作|做|作为|当作|当成)(?:了)?分母(?:算|计算)?(?:的)?(?:执行率)?/gu,
    '执行率算错并且执行率偏离年初预算口径不超过0.5%',
  ],
  // 总分栏满分值未按100分填写 / 总分那一行的分值写错: the total's full mark not written as 100
  // (总分栏满分值 reads 总分值值 by now: the cell's words said twice)
  [
    /总分(?:栏|那栏|一栏|那一栏|那一行|这一行|那行|一行|行)?(?:的)?(?:满分值|满分|分值|值)+(?:(?:未|没有|没)(?:按|写成|填成|写为|填为|写|填)?100(?:分)?(?:填写|填报|填|写)?|(?:写|填)错(?:了)?|错了|不对|有误)/gu,
    '总分值不是100',
  ],
  // 存在该问题 / 有此情况: the problem said again, after it was named
  [/(?:存在|有|出现)(?:该|此|这个|这种|这类|上述)(?:问题|情况|现象)/gu, ''],
  // 个别表格 / 部分项目: which of them is what the question asks, the quantifier adds nothing (有的 / 有些 are left:
  // 有没有… is read as 有的…吗 by then)
  [/(?:个别|部分|少数)(?=表格|报表|自评表|表|项目)/gu, ''],
  // 指标满分了还写了偏差原因 / 拿了满分却填了偏差原因: the check of a reason written on a row with full marks (its
  // reason is words: a bare 无 is none, so 写个无的不算 after it is the check's own reading and is taken off)
  [
    /(?:指标)?(?:拿了|得了|拿到|是)?满分(?:了)?(?:的)?(?:指标)?[，,]?(?:但是?|却|还|也|又|竟然)*(?:写|填|注明|写明|填写)(?:了)?偏差原因(?:[^，,。？?]{0,12}?[，,\s（(]*(?:只)?(?:写|填)(?:的是|了|个|着)?[“"「]?(?:无|没有|\/)[”"」]?的(?:不算|除外|不计|不要)[)）]?)?/gu,
    W('deviationOnFull'),
  ],
  // 满意度写“未做” / 满意度标注未开展: what the satisfaction survey says, as 写的是 (the check of a survey not done; a
  // row pointed at — 满意度那一行写着 — is the rows' reading)
  [
    /(满意度(?:调查)?)(?:写|填|标注|注明|标明)(?=[“"「]?(?:未做|未开展|没做|未调查|未进行|没有做|没开展)[”"」]?)/gu,
    '$1写的是',
  ],
  // 一级指标中未设置效益指标: where the kind is missing from said before it — the kind missing is the check
  [
    /一级指标(?:中|里|里面|当中|之中)(?=(?:未|没有?|缺少?|无)(?:设置|设立|设|列|填)?(?:[^，,。？?]{0,6}?)指标)/gu,
    '',
  ],
  // 指标一条都没扣分 / 一个也没扣分: none of the rows lost points — the rows' 没有扣分 said with the count
  // (每一项都没扣分 says the same with 每, and is read as it is)
  [/(?<!每)(?:一|1)(?:条|个|项)(?:指标)?(?:都|也)(?=没(?:有)?(?:被)?扣)/gu, ''],
  // 执行率是不是有算错的 / 执行率本身算错的: a doubt or 本身 between the part and the verb of being wrong adds nothing
  [
    /(?<=执行率|总分|得分|分值|执行数|预算数)(?:是不是|是否|有没有|可能)?(?:有)?(?:本身|自身|自己)?(?:就)?(?=(?:算|填|写|计算|弄|搞)错|有误|不对)/gu,
    '',
  ],
  // 总分没算对 / 预算执行得分打错了: a score not worked out right is one computed wrong (算错, problem-words.ts).
  [/(?:没有|没)(?:算|计算)对|(?<=得分|分数|总分|执行率)(?:打|给|评)错/gu, '算错'],
  // 电话号码有没有写错的，多一位少一位那种: the example of the wrong number after it adds nothing to PHONE_FORMAT.
  [
    /(?<=(?:电话|号码|手机号)[^。？?！!]{0,16}?[，,]\s*)(?:多(?:了)?(?:1|一)位(?:或者|或|、)?少(?:了)?(?:1|一)位|少(?:了)?(?:1|一)位(?:或者|或|、)?多(?:了)?(?:1|一)位)(?:数)?(?:的)?(?:那种|这种|之类的?)?/gu,
    '',
  ],
  // 总分满分写成1000 / 总分的满分填成了1000分: the total's full mark not 100 (总分的分值写成1000 is read as that value)
  [
    /总分(?:栏|那栏|一栏|那一栏)?(?:的)?(?:满分值|满分)(?:写成|填成|写为|填为|写的是|填的是|是|为)(?:了)?1000(?:分)?/gu,
    '总分值不是100',
  ],
  // 金额量级明显不对、疑似把元当成万元填报的: the magnitude said wrong before the unit taken for another (problem-words.ts
  // reads that one), the same case said twice
  [
    /(?:金额)?(?:量级|数量级)(?:明显|好像|可能)?(?:不对|有问题|异常)[、，,]\s*(?:疑似|可能|好像)?(?=(?:把)?元(?:当|误|错|填|写))/gu,
    '',
  ],
  // 满分的指标行（得分=分值）偏差原因却不为空: a reason written on a row with full marks
  [
    /满分(?:的)?指标(?:行)?(?:[（(][^）)]{0,16}[)）])?(?:的)?偏差原因(?:栏)?(?:却|但|但是|还|也|竟然)?(?:不为空|不是空的|非空|有内容|写了东西|写了|填了)/gu,
    W('deviationOnFull'),
  ],
  // 电话号码位数不对的有哪几个，就是既不是八位也不是十一位的: the check's own rule said again (PHONE_FORMAT: neither a
  // landline's 8 digits nor a mobile's 11)
  [
    /(?<=(?:电话|号码)[^。？?！!]{0,20}?)[，,]\s*(?:就是|也就是|即)(?:说)?(?:既)?不是(?:8|八)位(?:的)?(?:也|又|、|，|,)?\s*(?:不是)?(?:11|十一)位(?:的)?/gu,
    '',
  ],
  // 联系电话位数填报不规范（既非8位也非11位）: the digits not as the rule says, the rule restated in brackets
  [
    /(?<=(?:电话|号码)[^。？?！!]{0,6}?位数)(?:填报|填写|填)?(?:看着|看起来|好像|似乎)?(?:不规范|不合规|不符合规定|不合要求|不对|有问题|不正常)(?:\s*[（(](?:即|就是)?(?:既)?(?:非|不是)(?:8|八)位(?:也|又|、|，|,)?(?:非|不是)(?:11|十一)位(?:的)?[)）])?/gu,
    '不对',
  ],
  // 执行率写成100%、钱其实没花完的，这种虚高的有哪些: the case said again by what it amounts to
  [
    /[，,]?\s*(?:这种|这类|这样的?)(?:虚高|虚报|注水|虚假|造假)(?:的)?(?=有哪些|是哪些|有几个|有多少|都有哪些)/gu,
    '，',
  ],
  // 抽查资金单位填报是否规范，万元栏内疑似按元填报的…: whether the units are right, asked before the case — the case says it
  [/^(?:[^，,。？?]{0,6}?)(?:资金|金额)?单位(?:填报|填写)?(?:是否|是不是)(?:规范|正确|对)[，,]\s*/gu, ''],
  // 万元栏内疑似按元填报的: the amount written in 元 in a column of 万元
  [
    /万元(?:栏|一栏|那栏|那一栏|字段|列|那列|那一列)(?:内|里|中|里面)?(?:疑似|可能|好像|似乎)?(?:直接|都|却)?(?:按|以|用)元(?:为单位)?(?:填报|填写|填)(?:了)?(?:金额|数|数字)?/gu,
    '金额单位可疑',
  ],
  // 年度资金总额的万元字段里填成元的 / 万元栏填的是元: the unit of the funds columns suspect
  [
    /(?:(?:年度)?资金总额(?:的)?)?万元(?:栏|那栏|一栏|列|那列)?(?:里|中|里面)?(?:填成|写成|填的是|写的是|误填成?|错填成?|填了|写了)(?:了)?元(?!\p{Script=Han}{0,2}万)/gu,
    '金额单位可疑',
  ],
  // …金额单位可疑的项目（值大于10000那种）: an example of the case in brackets says it again
  [/(?<=金额单位可疑[^（(，,。？?]{0,6}?)\s*[（(][^）)]{1,24}?(?:那种|这种|之类的?|那类|的情况)[)）]/gu, ''],
  // 有负分 / 得分是负数 / 打了负分
  [/(?:有|打了|给了|出现|得了)?负分|(?:得分|分数)(?:为|是|出现)?负(?:数|值)?(?:的)?/gu, W('scoreNegative')],
  // 预算执行的分值栏里填成了得分 / 执行率分值那格写的是得分
  [
    /(?:预算执行|执行率|资金)(?:的)?分值(?:栏|那栏|一栏|那一栏|那格|格)?(?:里|中|上)?(?:填成|写成|填的是|写的是|填了|写了|误填|错填)(?:了)?(?:得分|分数)/gu,
    W('weightHoldsScore'),
  ],
  // 资金栏没填 / 资金情况空着 / 预算资金那块没写
  [
    /(?:预算)?资金(?:情况|栏|那栏|一栏|那一栏|部分|那块|那部分|表)?(?:都|全)?(?:没填|未填|没有填|空着|是空的|为空|没写|未写|缺失)/gu,
    W('fundsMissing'),
  ],
  // 定性指标打分不在档次里 / 定性指标得分不符合档次
  [
    new RegExp(
      `定性指标(?:的)?${SCORE}?(?:不在|超出|不符合?|不合|没按|不按|跳出)(?:了)?(?:规定的?)?(?:档次|分档|档位|档)(?:里|内|之内|范围)?`,
      'gu',
    ),
    W('qualOutOfBand'),
  ],
  // 执行率硬凑成100% / 执行率凑满了100%
  [
    // (四舍五入成100% / 进位到100% / 取整成100%: a rate below 100% written as 100% all the same)
    /(?:预算)?执行率(?:都|也)?(?:被)?(?:硬|强行|故意)?(?:凑成|凑到|凑满|凑|拔高到|拔到|四舍五入(?:成|到|为)?|进位(?:成|到|为)|取整(?:成|到|为)|入成|入到)(?:了)?100%/gu,
    W('roundedUp'),
  ],
  // 一级指标分值不符合规定 / 一级指标的权重分配不合理 / 分值设置不合理 (with 一级指标 or a verb of setting: 分值不对
  // alone is no such check)
  [
    new RegExp(
      `(?:一级指标(?:的)?(?:分值|权重|分数)(?:的)?(?:设置|分配|设定|设得|设的|安排)?|(?<!预算执行|执行率|资金)(?:分值|权重)(?:的)?(?:设置|分配|设定|安排))(?:${AGAINST_RULES})`,
      'gu',
    ),
    W('level1Nonstandard'),
  ],
  // 一级指标权重不符合10、50、30、10 / 一级指标分值不是10/50/30/10的比例: the rule's own weights restated after it
  [
    /一级指标(?:的)?(?:分值|权重|分数)(?:的)?(?:设置|分配)?(?:不符合?|不是|不等于|不按|没按|未按)(?:按照?)?(?:规定的?|标准的?|要求的?|规范的?)?(?:(?:决策|过程|产出|效益|满意度)(?:指标)?)?(?:10[、/，,]\s*)?(?:产出(?:指标)?)?50[、/，,]\s*(?:效益(?:指标)?)?30[、/，,]\s*(?:满意度(?:指标)?)?10(?:分(?!配))?(?:的)?(?:来)?(?:比例|结构|要求|分配|规定|口径|标准)?/gu,
    W('level1Nonstandard'),
  ],
  // 预算执行分值不合规定 (the budget row's weight against the rules; 不是10分 is the field compared with 10)
  [new RegExp(`(?:预算执行|执行率)(?:的)?分值(?:${AGAINST_RULES})`, 'gu'), W('budgetWeightNonstandard')],
  // 指标得分算得不对 / 指标打分有问题 / 分数打多了
  [
    new RegExp(`指标(?:的)?${SCORE}(?:算|打|给|评)?(?:得|的)?(?:不对|错了|有误|有问题|不准|不合规)`, 'gu'),
    W('indicatorScoreDiffers'),
  ],
  // 指标得分和按公式算出来的不一样 / 指标分数与计分规则对不上: the stated score against the rule's own
  [
    new RegExp(
      `指标(?:的)?${SCORE}(?:和|跟|与|同)(?:按照?)?(?:公式|计分公式|评分公式|计分规则|评分规则|规则|评分标准|计分标准|标准)(?:算|计算|计)?(?:出来)?(?:的)?(?:结果|分数|得分|分)?(?:不一样|不一致|对不上|不符|有出入|不同|不相符)`,
      'gu',
    ),
    W('indicatorScoreDiffers'),
  ],
  [new RegExp(`(?:指标)?(?:的)?(?:分数|分|得分)${TOO_MUCH}`, 'gu'), '得分超过分值'],
  // 所有检查都通过的表: no check found anything — a form with no problem
  [
    /(?:所有|全部|各项)?(?:检查|校验|审核|核查)(?:项)?(?:都|全|全部)?(?:通过|过了|没问题)(?:了)?/gu,
    '没有问题',
  ],
  // 年初和全年不一样但没说明调整原因: the adjustment's reason, not written
  [
    /(?:但是?|却|又|而且?|且|并且)?(?:没有?|未|没能)(?:说明|写明|写|填写|填|注明|解释|交代|说|讲|给出|提供)(?:预算)?调整(?:的)?(?:原因|理由|情况|说明)/gu,
    W('adjustedNoReason'),
  ],
  // 表里还留着模板空行 / 模板行没删 / 模板占位行没删 / 有占位行的表: template rows left on the form (a form with only
  // placeholders of one kind, 满意度只有占位行, is another question)
  [
    /(?:还)?(?:留着|留有|留了|保留着?|残留着?|剩着)(?:的)?(?:空白)?(?:模板|空白|占位)(?:的)?(?:占位)?(?:空行|指标行|行)|(?:空白)?(?:模板|空白|占位)(?:的)?(?:占位)?(?:空行|指标行|行)(?:没有?|未)(?:删除|删掉|去掉|清理|删)(?:掉)?|(?<![只仅])(?:有|带|带有|含|含有)(?:模板)?占位(?:的)?(?:空行|指标行|行)/gu,
    W('placeholderRows'),
  ],
  // 反向指标打分打错 / 反向指标算错了: a reverse row scored wrong is the check of it
  [
    /反向指标(?:的)?(?:打分|得分|分数|计分|评分)?(?:打|算|计|评)?(?:错|得不对|的不对|不对|有误)(?:了)?/gu,
    W('reverseScored'),
  ],
  // 反向指标当正向打分 / 反向指标按正向算
  [
    /反向指标(?:被)?(?:当成?|当作|按照?|按着|作为)(?:了)?正向(?:指标)?(?:来|去)?(?:打分|计分|算分|评分|算|打|评)?(?:了)?/gu,
    W('reverseScored'),
  ],
  // 超额完成50%以上 / 实际完成值超过目标值1.5倍: the check's own threshold (A/T ≥ 1.5, SCORING.md) said as a figure —
  // another figure is no such check and stays unread
  [
    /超额完成(?:了)?(?:50%|百分之五十|一半)(?:以上|及以上|或以上)|(?:实际)?完成值?(?:超过|超出|达到|高出|是)(?:了)?(?:年度)?(?:目标值|指标值|目标)(?:的)?(?:1\.5倍|150%|一点五倍|一倍半)(?:以上|及以上|或以上)?/gu,
    W('overAchievement'),
  ],
  // 超额完成太多 / 完成值远超目标
  [
    /超额完成(?:得)?(?:太多|过多|很多|较多|过高|太高)|(?:实际)?完成值(?:远远|远)?(?:超过|超出|高出|超)(?:了)?(?:目标值|指标值|目标)(?:太多|很多|过多)?/gu,
    W('overAchievement'),
  ],
  // 满意度没有样本量 / 没写有效问卷数: what the check looks for (sample size, valid questionnaires), said missing
  [
    /满意度(?:调查)?(?:的)?(?:没有|没|缺少|缺|无|未)(?:写|填|注明|写明|列)?(?:调查)?(?:的)?(?:样本量|样本数|样本|有效问卷(?:数量?)?|问卷(?:数量?|份数))/gu,
    W('noEvidence'),
  ],
  // 满意度没有调查依据 / 满意度缺少问卷佐证 / 满意度得分没有调查依据
  [
    /满意度(?:调查|指标)?(?:的)?(?:得分|分数|打分|的分)?(?:没有|没|缺少|缺|无|拿不出)(?:调查|问卷)?(?:的)?(?:依据|证明|佐证|材料|问卷|支撑|证据)/gu,
    W('noEvidence'),
  ],
  // 总分漏加了预算执行那10分 / 总分没算进执行率得分: the total short of the budget row's score (TOTAL_MISMATCH, whose
  // message says 总分未计入预算执行得分)
  [
    /总分(?:是不是|是否|有没有|可能)?(?:漏加|没加|没有加|少加|未加|未计入|没计入|没有计入|没算进|没算上|没有算上|没包括|没包含|漏算|漏掉|漏|忘了加|忘加)(?:了)?(?:上|进)?(?:去)?(?:预算执行|执行率|资金)(?:那|的)?(?:一?项|一?行|10分|十分|那10分|那十分|得分|分数|的分|分)?(?:的)?(?:10分|十分|得分|分数|分)?/gu,
    W('totalMismatch'),
  ],
  // 执行率填报为100%、但实际并未全部执行完毕: not spent to the end, said as the execution not finished — the money not
  // spent (read below with the rate said full)
  [/(?:实际)?(?:上)?(?:并)?(?:未|没有|没)(?:能)?(?:全部|完全)?(?:执行|支出)(?:完毕|完)/gu, '钱没花完'],
  // 执行率明明不到100却写了100% / 钱没花完执行率却填100%: the rate rounded up to full, said by its two sides
  [
    /(?:(?:预算)?执行率(?:明明|实际|其实)?(?:不到|没到|不足|没有到|未到|达不到|没达到)100%?|(?:钱|预算|资金)(?:明明|其实)?没(?:有)?花完|执行数(?:明明)?(?:比预算)?(?:少|小于预算|不到预算|没到预算))[，,]?(?:但|但是|却|可|还|可是)?(?:执行率)?(?:却|还|也)?(?:写|填|写成|填成|写了|填了|写的|填的|报了|报成)(?:了)?(?:成)?(?:是)?100%?/gu,
    W('roundedUp'),
  ],
  // 把预算执行的得分写到分值那一栏里: the budget row's score written into its weight cell
  [
    /(?:把)?(?:预算执行|执行率|资金)(?:那一?行|一行)?(?:的)?(?:得分|分数)(?:错|误)?(?:写|填)(?:到|在|进|成)(?:了)?(?:分值)(?:那一?栏|一栏|栏|那格|格|那一?列|列)?(?:里|中|上)?(?:去)?(?:了)?/gu,
    W('weightHoldsScore'),
  ],
  // 满意度只写了百分比、没写调查了多少人: the survey's result with no sample said (SATISFACTION_NO_EVIDENCE)
  [
    /满意度(?:调查|指标)?(?:只|就|仅|光)?(?:写|填)(?:了)?(?:个)?(?:百分比|比例|满意率|结果|数)?[、,，]?(?:但|却|但是|而)?(?:没|没有|未)(?:写|填|注明|说明|说)(?:明)?(?:调查|问|发)(?:了)?(?:多少|几)(?:个)?(?:人|份|户|样本)?(?:问卷)?/gu,
    W('noEvidence'),
  ],
  // 完成得比目标高出一半以上: A/T ≥ 1.5 said as «half as much again»
  [
    /(?:实际)?完成(?:得|值|的)?比(?:年度)?(?:目标值|指标值|目标)(?:高出|多出|超出|超过|高|多)(?:了)?(?:一半|50%|百分之五十)(?:以上|还多|多)?/gu,
    W('overAchievement'),
  ],
  // 成本指标按正向打分: the cost rows are the reverse rows of the templates (SCORING.md §3)
  [
    /(?:成本|反向|越低越好的?|越少越好的?)指标(?:被)?(?:当成?|当作|按照?|按着|作为)(?:了)?正向(?:指标)?(?:来|去)?(?:打分|计分|算分|评分|算|打|评)?(?:了)?/gu,
    W('reverseScored'),
  ],
  // 定性指标得分和完成情况对不上: a qualitative row's score outside the band of what it reached
  [
    new RegExp(
      `定性指标(?:的)?${SCORE}?(?:和|跟|与|同)(?:实际)?(?:完成情况|完成值|完成程度|实际完成|档次|等级|等次|评级|评价|评定结果|评定)(?:对不上|不符|不一致|不匹配|不对应|对应不上)`,
      'gu',
    ),
    W('qualOutOfBand'),
  ],
  // 必填项没填全 / 必填的信息漏填了: a required field missing is a 缺项 (the form's count of them above 0)
  [
    /必填(?:的)?(?:项|字段|内容|信息|栏|栏目)?(?:目)?(?:没有?|未)(?:填|写)(?:全|完整|齐|完)|必填(?:的)?(?:项|字段|内容|信息|栏|栏目)(?:有)?(?:漏填|缺失|缺|空着)(?:了)?/gu,
    '缺项数大于0',
  ],
  // 表没读全 / 没识别完整 / 读不全 (the reader's own finding — not 没补全, a workflow state)
  [
    /(?:表|表格|文件)?(?:没有?|未|没能)(?:读全|读完整|读完|识别全|识别完整|解析全|解析完整|读出来)|读不全|识别不全/gu,
    W('formIncomplete'),
  ],
  // 预算执行得分打虚高了 / 预算执行得分比按执行率算出来的还高: the budget row's check, one side of it — the check and
  // the stated score above the scorer's (核算预算执行得分). 偏高 / 虚低 the other way. A gloss after it (就是得分比按
  // 执行率算出来的还高) says the same again and goes with it.
  [
    new RegExp(
      `${NOT_OTHER_SCORE}(?:${BUDGET_ROW_SCORE})?(?:(?:打|给|评|算|填|写)(?:得|的)?)?虚(高|低)(?:了)?(?:[？?，,]\\s*(?:就是|即|也就是说?|意思是)?${SCORE}?${THAN_THE_RULE}(?:还|要|更)?[高低](?:的|了)?)?|${BUDGET_ROW}${SCORE}${THAN_THE_RULE}(?:还|要|更)?(高|低)(?:了)?`,
      'gu',
    ),
    (_all: string, a?: string, b?: string) =>
      `${W('budgetScoreMismatch')}并且预算执行得分${(a ?? b) === '高' ? '高于' : '低于'}核算预算执行得分`,
  ],
  // 满意度没做的项目，就是表上写了“未做”的: the survey not done, glossed by what the form says — the form's words are the
  // check (not a satisfaction row missing, which 没做 alone also covers)
  [
    /(满意度(?:调查)?(?:没做|未做|没有做|未开展|没开展)(?:的项目|的表)?)[，,]\s*(?:就是|即|也就是|也就是说)[^，,。？?“"「]{0,8}?[“"「](?:未做|没做|未开展|未调查)[”"」](?:的(?:项目|表)?)?/gu,
    '满意度写的是“未做”的项目',
  ],
  // 资金单位 is the 金额单位 (单位 alone after 资金 is no office)
  [/资金(?=单位(?:可能|也许|好像|似乎|疑似)?(?:填|写|弄|搞)?(?:错|有误|不对|可疑))/gu, '金额'],
  // 金额单位可能填错 / 好像写错: a hedge before a verb of being wrong says nothing more
  [/(?:可能|也许|好像|似乎|疑似|怀疑|大概)(?=(?:填|写|算|弄|搞)错|有误|不对)/gu, ''],
];

/** The question with each check said in staff's words replaced by the check's word. */
export function rewriteCheckPhrases(text: string): string {
  return PHRASES.reduce((t, [re, to]) => t.replace(re, to as string), text);
}

/**
 * Checks said across clauses, read on the whole message before it is cut into asks or read for indicator rows
 * (answer.ts): a rule asked of every form, then the forms that break it (联系电话是不是都是正常的8位座机或者11位手机号？
 * 不是的有哪些 / 总分那一行的分值是否全部写的100？哪个项目写的不是100) — cut, the second ask named nothing —, and a total that
 * left the budget row's points out, said with the indicators' scores (read as rows, 各项指标得分 named none).
 */
const CHECKS_READ_WHOLE: Array<[RegExp, string]> = [
  // 联系电话是不是都是正常的8位座机或者11位手机号？不是的有哪些: the rule of the number's shape asked of all, then the
  // exceptions — the forms whose number is of neither shape (PHONE_FORMAT)
  [
    /(?:联系)?(?:电话|号码)(?:号码)?(?:是不是|是否)?(?:都|全)?(?:是|为)(?:正常的?|标准的?|规范的?)?(?:8|八)位(?:的)?(?:座机|固话|固定电话)(?:号码?)?(?:或者|或|和|、)(?:11|十一)位(?:的)?(?:手机|移动电话)(?:号码?)?[？?，,]\s*(?:不是|不符合|不对)的(?=有哪些|是哪些|有几个|是哪几个|有多少)/gu,
    '电话格式有误的',
  ],
  // 总分那一行的分值是否全部写的100？哪个项目写的不是100: the total's full mark, asked of all, then the exceptions
  [
    /总分(?:那一?行|那一?栏|一栏|栏)?(?:的)?(?:分值|满分值?)(?:是否|是不是)?(?:全部|都|全)?(?:写的|填的|写成|填成|是|为)100(?:分)?[？?，,]\s*(?:哪(?:个|些|几个)项目)(?:写的|填的)?(?:不是|不为)100(?:分)?/gu,
    '总分值不是100的项目是哪些',
  ],
  // 总分里漏算了预算执行那10分、只把各项指标得分加起来的 / 自评总分等于各三级指标得分之和、疑似未计入预算执行得分: the total
  // that adds the indicators' scores only (TOTAL_MISMATCH of that kind: totalLeavesBudgetOut)
  [
    new RegExp(
      `${TOTAL_WORD}(?:里|中|里面)?(?:${LEFT_OUT})(?:了)?${BUDGET_POINTS}(?:[、，,]\\s*(?:只|仅)${INDICATORS_ADDED})?|${TOTAL_WORD}(?:只|仅)?(?:等于|=|就是|只是)${INDICATOR_SCORES}${ADDED}[、，,]?\\s*(?:疑似|可能|好像)?(?:${LEFT_OUT})${BUDGET_POINTS}|(?:只|仅)${INDICATORS_ADDED}(?:作为|当作|算作|当成)?(?:总分)?[、，,]?\\s*(?:${LEFT_OUT})(?:了)?${BUDGET_POINTS}|${TOTAL_WORD}(?:只|仅)(?:加了|算了|计了|计入了|包含了?)${INDICATOR_SCORES}[、，,]?\\s*(?:${LEFT_OUT})(?:了)?${BUDGET_POINTS}`,
      'gu',
    ),
    '总分偏离指标得分合计不超过0.1分并且预算执行得分高于0分',
  ],
  // 预算执行得分跟执行率对不上的有哪些？就是得分不等于执行率乘以10的: the check's own rule said again after it — cut,
  // the second ask restates the first (read alone it was arithmetic: a count times 10)
  [
    /(?<=(?:得分|打分|分数)[^。？?！!]{0,30}?)[，,？?。]\s*(?:就是|也就是|即)(?:说)?(?:预算执行)?(?:的)?(?:得分|分数|打分)(?:不等于|不是|≠|和|跟|与)(?:按)?(?:执行率)(?:乘以|乘|×|\*|x|X)(?:分值|10|十)(?:分)?(?:不一样|不一致|对不上|不符)?(?:的)?(?=[。？?！!]*$)/gu,
    '',
  ],
  // 有没有哪个表最底下总分那一行，满分写的不是100: the total's full mark (总分值) said by the row and 满分
  [
    /(?:表)?(?:最底下|最下面|最后)?(?:的)?总分(?:那一?行|那一?栏|一栏|栏|那格)[，,]?\s*(?:的)?(?:满分|分值)(?:写的|填的|写成|填成|是)?(?:不是|不为|不等于)100(?:分)?/gu,
    '总分值不是100',
  ],
  // 总分既不等于预算执行得分加各指标得分之和、也不等于各指标得分之和: a total that is neither sum (either said first)
  [
    new RegExp(
      `${TOTAL_WORD}(?:既|即)(?:不等于|不是|对不上|不符合)(?=[^。？?；;]{0,30}指标)[^，,。？?；;]{2,30}?[、，,]?\\s*(?:也|又)(?:不等于|不是|对不上|不符合)[^，,。？?；;]{2,30}?${ADDED}`,
      'gu',
    ),
    '总分偏离指标得分合计高于0.1分并且总分偏离各项得分合计高于0.1分',
  ],
];

export function checksReadWhole(message: string): string {
  return CHECKS_READ_WHOLE.reduce((t, [re, to]) => t.replace(re, to), message);
}
