/**
 * Registers around a question that add nothing to what is asked (the ninth and tenth parts' askers): an old-fashioned
 * polite writer (劳驾 / 兹 / 敬请 / 烦请赐教 / 谨此致谢 / 承蒙指点 / 同志经手诸项目 / …者), a trainer's exercise (试统计 /
 * 以X为例，其… / 请写出 / 如有请列出), a secretary relaying a chief (主任问 / 领导想知道 / 帮领导查下 / …，他要跟审计对个数),
 * and a young worker's slang tagged on (康康 / 整一个 / 咋整 / 属实好奇 / yyds / 啥玩意儿 / 速速 / 救命). Said plainly
 * before the message is split into asks; a word that could narrow the question (a condition, a name) is never taken
 * out here — these are the words around the question, at its start or end, or a request verb inside it.
 */
import { CELL_AND_FIGURE_WORDS, ITS_AS_THOSE, type Rewrite } from './written-cells.ts';

const REWRITES: readonly Rewrite[] = [
  // A report's item number opening the question (一、 / （四） / 十二、 / 3. / (2) / ②): its place in a list of checks
  // (also after a full stop or a semicolon: 一、潞源街道报送项目共几个；二、其中…).
  [
    /(?<=^|[；;。？?！!：:]\s*)(?:[（(][一二三四五六七八九十百\d]{1,4}[)）]|[一二三四五六七八九十百]{1,4}[、．.]|\d{1,3}[、．](?!\d)|\d{1,3}\.(?!\d)|[①-⑳])\s*/gu,
    '',
  ],
  // 一是…，二是…: the items of a written request counted in words, each an ask of its own (also after a comma); 两个数：
  // before them only announces them; 均以万元计 says the unit the answers are in already.
  [/(?<=^|[；;。？?！!：:，,]\s*)(?:其)?[一二三四五六七八九十](?:是|则是)(?=\p{Script=Han})/gu, ''],
  [/的(?:两|三|四|几)(?:个|项)(?:数|数字|金额|数据|问题|情况)[：:]\s*/gu, '的'],
  [/[，,]?\s*(?:均|都|金额|数额)?(?:以|按)万元(?:计|为单位)(?=[。.！!]?\s*$)/gu, ''],
  // 麻烦查一下我们委通州区“经济大脑”服务项目的执行率: the asker's own unit before the project named in quotes — the
  // name says which project (委 alone had been a word unread).
  [/(?:我们|咱们|我|本)(?:委|局|办|所|中心|单位)(?:的)?(?=[^，,。？?“"「]{0,6}[“"「])/gu, ''],
  // …对不上的有哪些就是表上写的跟执行数除以预算不一样的: the case said again after the question, in other words — the
  // question is asked already (the restatement had left 不一样 unread).
  [
    /(?<=(?:有哪些|是哪些|有哪几个|是哪几个|有几个|有多少个))[，,\s]*(?:就是|也就是|即)[^，,。？?]{4,40}?的?[。.？?]*$/u,
    '',
  ],
  // …一共多少个然后预算总共多少钱 / …有几条指标然后是不是都拿了满分: 然后 joining two asks said in one breath.
  [
    /(?<=(?:多少|几)(?:个|条|项|张|钱|分|万元|万|元)?(?:指标|项目|表)?|哪些|哪个|哪几个|是啥|是什么|是谁)\s*[，,]?\s*然后(?:再)?(?:呢)?[，,]?\s*(?=\p{Script=Han})/gu,
    '？',
  ],
  ...CELL_AND_FIGURE_WORDS,
  // 年初定的跟后来全年的差了多少: the two budgets compared, each said by its point of the year alone.
  [
    /年初(?:定|批|核定|安排)的(?:数)?(跟|和|与|比)(?:后来|最后|调整后)?(?:的)?全年(?:的)?(?:数)?(?=差|相差|多|少|比)/gu,
    '年初预算数$1全年预算数',
  ],
  // 这些项目的负责人是不是同一个人: the people counted over those projects (one group: yes) — who they are is shown.
  [
    /(这些|那些|这几个|那几个)(?:项目)?的?(负责人|项目负责人|主管部门|实施单位)(?:是不是|是否|都是不是)(?:都是)?同一(?:个人|个|人|位|家)(?:吗)?/gu,
    '$1项目按$2统计项目数',
  ],
  // 李毅飞一个人在表上留了几个不同的电话: the person alone, on the forms — the person.
  [/(?<=\p{Script=Han}{2})一个人(?:在表上|在表里)?(?=留|填|负责|名下|手上|就|一共)/gu, ''],
  // 同一口径下，潞源街道的项目数量为多少: the question before, asked of another scope (那…呢).
  [/^\s*(?:按|在)?(?:同一|相同的?|同样的?)(?:统计)?口径(?:下)?[，,]\s*(?=\S)/u, '那'],
  // 请核查并分别列示：（一）…的项目；（二）…的项目: each item a list asked of its own (no word of asking in either:
  // they had been read as one list under both conditions).
  [
    /^\s*(?:请)?(?:(?:核查|核实|核对)(?:并|后)?)?(?:分别|逐一|依次)(?:列示|列出)(?:以下|如下|下列)?(?:项目)?[：:]\s*(.+)$/su,
    (_m, items: string) => items.replace(/的(项目|表)(?=\s*[；;。.]|\s*$)/gu, '的$1有哪些'),
  ],
  // 请分别说明：（一）…；（二）… / 请核实以下事项：…: the asks that follow are what is asked.
  [
    /^\s*(?:请)?(?:(?:核查|核实|核对)(?:并|后)?)?(?:分别|逐一|依次)?(?:说明|回答|答复|告知|核实|核查|核对|列示|列出|提供)(?:以下|如下|下列)?(?:几个)?(?:问题|事项|情况|数据)?(?:如下)?[：:]\s*/u,
    '',
  ],
  // 下周常委会要听…汇报，我先摸个底： / 我先摸个底： — why the asker asks, before the question.
  [/^[^，,。？?：:]{0,24}(?:汇报|开会|检查|督查)[^，,。？?：:]{0,6}[，,]\s*(?=我(?:先)?摸个?底)/u, ''],
  [/^\s*我(?:先|想)?摸(?:个|一下)?底[：:，,]?\s*/u, ''],
  // 咱们几个街道比一比，哪个… : the comparison the question then asks.
  [
    /^\s*(?:咱们|我们|咱)?(?:这)?几个(?:街道|部门|单位|科室)(?:之间)?(?:比一比|比比|比较一下|对比一下|排一排)[，,：:]\s*/u,
    '',
  ],
  // 满意度那一项是怎么回事，得了几分: 怎么回事 opens what is asked next.
  [/(?:是)?怎么(?:一)?回事(?:儿)?[，,]\s*(?=\S)/gu, ''],
  // 联系电话列个表给我 / 列张表: a list asked.
  [/列(?:个|张|一个|一张)(?:表|清单|单子)(?:给我|出来|看看)?/gu, '列出'],
  // 联系电话「695468784」: a number quoted is the number.
  [/[「“"『](\d{5,15})[」”"』]/gu, '$1'],
  // 请单独列出 after 其中…的: the ones just described, listed. 请完整列示: every one of them — how to list, never a
  // condition (完整 alone is a form with nothing missing).
  [/(?:请)?单独(?=列出|列示|列一下|拎出来)/gu, ''],
  [/(?:完整|完全|全面|详细)(?:地)?(?=列示|列出|列明|列举|列一下|给出|列清楚)/gu, ''],
  // 潞源街道设有满意度指标的项目占该街道项目总数的比例: 该街道 is the street the clause opened with (only a name at the
  // start of a clause, after at most 请问: a place word inside a longer phrase is left, and 该街道 stays unread)
  [
    /(^|[，,。；;：:]\s*)((?:请问|问一下|问下)?)(\p{Script=Han}{2,6}?(街道|街道办事处|办事处|局|委|中心))([^。？?]*?)(?:该|本|此|这个)\4/gu,
    '$1$2$3$5$3',
  ],
  // 年初预算数还空着没填的 / 得分却是空的 / 电话是哪个号 / 年度指标值如何填列: a cell left empty, a cell's value asked
  [/(?:还)?空着(?:没填|未填|没写|没有填)/gu, '没填'],
  [/(?<=\p{Script=Han})(?:却|但|但是|都)?是空的(?=[，,。？?的\s]|$)/gu, '未填'],
  [/(?<=电话|号码|手机)(?:是|留的是|填的是)?哪个号(?:码)?/gu, '是什么'],
  [/留的(?=(?:电话|手机|号码)(?:是|填的是))/gu, ''],
  [/(?:是)?(?:如何|怎么|怎样)(?:填列|填写|填报|填)(?:的)?(?=[？?。]|$)/gu, '是什么'],
  // 民生实事里面那个民生保障经费: the one named second, among those named first — one name said in two pieces (read
  // as two names, it had been either of them)
  [/(?<=\p{Script=Han}{2})(?:里面|里头|里边|当中|中间)(?:的)?那个(?=\p{Script=Han}{2})/gu, ' '],
  // 一级指标误写为“产出标指”: written (by mistake) as that — what the cell holds
  [/(?:误写|错写|错填|误填|写错)(?:为|成)/gu, '写成'],
  // 年初预算被调减了的项目 / 其中调增超过100万的: the budget changed during the year, as 预算调减 / 预算调增 says it
  // (only 被 before the change: 全年预算较年初预算调减了多少 compares the two, as before)
  [/(?<![比较])年初预算(?:数)?(?=被(?:调减|调增|下调|上调|调低|调高))/gu, '预算'],
  [/(?<!预算)(调增|调减)(?=超过|高于|大于|不少于|多于|少于|低于|不到|不足|在\d|达到|\d)/gu, '预算$1'],
  // 按全年预算排一下，最大的五个 / …排个序，最少的三个: the first N of the order just asked, from that end
  [
    /(?<!从[^，,。？?]{0,6})排(?:一下|个序|一排)?[，,]\s*(?:取|要|看|只要)?(?:最大|最多|最高)(?:的)?(?=[一二两三四五六七八九十\d]{1,3}个)/gu,
    '排一下，取前',
  ],
  [
    /(?<!从[^，,。？?]{0,6})排(?:一下|个序|一排)?[，,]\s*(?:取|要|看|只要)?(?:最小|最少|最低)(?:的)?(?=[一二两三四五六七八九十\d]{1,3}个)/gu,
    '从低到高排一下，取前',
  ],
  // 河门口跟双井街道比，谁家项目的预算多: the two sides named, then which — as 河门口和双井街道，谁的…
  [/(?:跟|同|与)([^，,。？?跟同与]{2,16}?)(?:相)?比(?:一比|一下|较一下|较)?[，,]\s*(?=谁|哪)/gu, '和$1，'],
  [/谁家(?=的|项目|[^，,。？?]{0,12}(?:多|少|高|低))/gu, '谁'],
  // 满意度指标分值10分、得分不足10分: the 得分 said right after a row's 分值 is that row's (never the form's 总分).
  [
    /(满意度|预算执行)(?:指标)?(?:那行|那一行|那条|那一项|一行)?(?:的)?分值(?:(?:为|是|等于|有)?\s*\d+(?:\.\d+)?\s*分?|填了|已填|写了|有)\s*[、，,；;]?\s*(?:而|但是|但|却|并且|且)?(?=得分)/gu,
    (...said: string[]) => `${said[0]}${said[1] === '满意度' ? '满意度指标' : '预算执行'}`,
  ],
  // 按原表数值列示 / 以原表填列为准: the values as the forms state them — what every answer shows.
  [/[（(]?(?:以|按)(?:照)?原表(?:的)?(?:数值|数据|口径|金额)?(?:填列|填写|所填)?(?:为准)?[）)]?/gu, ''],
  // Slang and urgency: 康康 is 看看; tags at the end (or a sigh at the start) ask nothing.
  [/康康/gu, '看看'],
  [/^\s*(?:救命|呜呜+|555+|啊啊+)[，,！!\s]+/u, ''],
  [
    /(?:[，,\s]+(?:看看|整一个|整个|整|咋整|怎么整|属实\p{Script=Han}{0,2}|yyds|蚌埠住了?(?:\s*\p{Script=Han}{0,6})?|啥玩意儿?|速速|快点?|在线等|急)(?:\s*\[[^\]]{1,6}\])?)+\s*[！!。]*$/iu,
    '',
  ],
  [/整(?:一个|个|一份)(?=表|清单|名单|列表)/gu, '列个'],
  [/(?<=是)啥玩意儿?/gu, '什么'],
  // A chief's question relayed: who asked, and why, around it (领导问个事，他记得… is a story the story reader keeps).
  [
    /^\s*(?:(?:领导|主任|科长|局长|书记|处长)(?:在外面开会[，,]?\s*发语音)?(?:又)?(?:想知道|问(?:一下|下)?|说|让我问|让我查|要看|要我查|想看)(?![个件]事)[，,：:]?|帮领导查(?:一)?下)\s*/u,
    '',
  ],
  [/[，,]\s*(?:他|她|领导|主任)(?:印象里|要|翻|觉得|感觉|想|说)[^，,。？?]*[。.]?\s*$/u, ''],
  [/[，,]\s*(?:下午|上午|明天|今天|晚上|待会)[^，,。？?]{0,12}(?:要用|开会|汇报|用)[。.]?\s*$/u, ''],
  // 人家大红门街道那个…: 人家 (them, the office) opening the message points, it names nothing.
  [/^\s*人家(?=\p{Script=Han})/u, ''],
  // Dictated: 然后 opening the message joins it to what was said before, and asks nothing.
  [/^\s*然后(?:呢)?[，,\s]*(?=\S)/u, ''],
  // Old-fashioned courtesy.
  [
    /^\s*(?:(?:劳驾|兹请|兹问|兹(?!有[^，,。]{2,40}?一表)|敬请|烦请赐教|请赐教|承蒙指点|承蒙赐教|恳请)[，,。\s]*)+/u,
    '',
  ],
  [/^\s*承蒙\p{Script=Han}{1,3}[。，,]\s*/u, ''],
  [/[，,。]\s*(?:谨此致谢|谨此拜托|承蒙赐教|多谢|拜托了?|有劳了?|不胜感激)[。！!]*\s*$/u, ''],
  [/敬请/gu, '请'],
  [/兹有(.{2,40}?)一表[，,]\s*其/gu, '$1的'],
  // 各位同志负责的项目个数: each of the people in charge
  [/各位(?:同志)?(?=负责|管)/gu, '各个负责人'],
  [/(?<=\p{Script=Han}{2})同志(?=所有|经手|手上|名下|负责)/gu, ''],
  [/经手(?:的)?诸?(?=项目)/gu, '负责的'],
  // 姚庆峰经办的项目 / 经手的项目: the person's projects (经办人 as a role of the form is another matter: refusals.ts)
  [/(?<=\p{Script=Han}{2})(?:经办|经手|负责经办)的(?=项目|表)/gu, '负责的'],
  // 联系电话X登记在哪位同志名下: whose the number is, the 负责人 asked.
  [/(?:是)?登记在(?:哪位|哪个人|谁)(?:同志)?(?:的)?名下/gu, '是谁的'],
  // 再告知其负责人: 其 after a verb of telling, opening the message, is the projects of the answer before.
  [
    /^\s*(?:请|再|烦请|麻烦)*(?:告知|告诉我|说说|说一下|给出|提供|列出|补充)(?:一下)?其(?=\p{Script=Han})(?!中|余|他|它|实|次)/u,
    '它们的',
  ],
  [/(?<=\p{Script=Han})者(?=[。？?]?\s*$)/gu, '的'],
  [/几何(?=[？?。]?\s*$)/gu, '多少'],
  [/查明/gu, '查'],
  [/一并示知其?/gu, '告诉我'],
  // A trainer's exercise.
  [/试(?=统计|计算|找出|判断|列出|求|算|比较|指出|说明)/gu, ''],
  [/^\s*试问[：:，,]?\s*/u, ''],
  [/以(.{1,40}?)为例[，,]\s*(?:请)?(?:分别)?(?:写出)?(?:该表|其)(?:中)?(?:的)?/gu, '$1的'],
  [/以(.{1,40}?)为例[，,]\s*/gu, '$1，'],
  [/[，,]?\s*以(.{1,30}?)为例列示/gu, '，$1'],
  [/(?:请)?(?:分别)?写出(?:该表|其)?(?:的)?/gu, ''],
  [
    /[，,；;。？?]?\s*如有[，,]?\s*(?:请|烦请|麻烦)?(?:逐项|逐一|一一|逐个|分别)?(?:列出|列明|列示|说明|写出|标出)(?:所涉|相关|有关)?(?:的)?(?:项目|表|情况|名单)?[。.]?\s*$/u,
    '',
  ],
  // 请说明：… / 请逐一说明… / …的情况: the written frame of a reviewer's question, around what is asked.
  [/^\s*请(?:逐一|逐项|一一|具体)?说明[：:，,]?\s*(?=[^。]{4})/u, ''],
  [/(?<=^|[，,])\s*(是否存在|有没有|是否有)([^，,。？?]{2,40}?)的情况(?=[，,。？?]|$)/gu, '$1$2的'],
  // 判断哪些… / 判断X是否… / 判断X中有没有…: the verb of the exercise before the thing judged, its question asked then.
  [/^\s*(?:请)?判断(?:一下)?(?=[^，,。？?]{0,60}?(?:是否|有无|有没有|是不是|哪些))/u, ''],
  // 计算X的结余 / 求X的平均总分: the verb of the exercise opening the question, the figure named after it.
  // (计算机… is a name)
  [/^\s*(?:请)?(?:计算|求)(?!机)(?:一下|出)?(?=[^，,。？?]{2})/u, ''],
  // 李毅飞所负责的项目: 所 before the verb of a relative clause, as written Chinese has it.
  [/(?<=\p{Script=Han})所(?=负责|实施|承担|经手|填报|上报|管)/gu, ''],
  // 请将X的全年执行数换算为元: the object put first by 将 / 把, the conversion after it (read as the unit asked).
  [
    /^\s*(?:请)?(?:将|把)(?=[^，,。？?]{2,60}?(?:换算|折合|折算|换|转换|转)(?:成|为)(?:元|千元|万元|亿元)[。.！!]?\s*$)/u,
    '',
  ],
  // …的表数 / 的自评表数: the number of forms, closing the question.
  [/(?<=的)(?:自评)?表数(?=[。？?]?\s*$)/u, '表有多少张'],
  // …（只看2023年） / 换成潞源的 只要不是满分的: 只 inside the message before a verb of looking (a follow-up that opens
  // with 只看 is read as one, context.ts); the condition after it is what is kept.
  [/(?<=[（(\s])只(?=看|查|统计|要(?!前|后))/gu, ''],
  // 到年底还剩多少没花 / 最后还剩几块钱: when the money is left — the form's 全年 figures are the year's end already.
  [/(?:截至|截止到?|到)?(?:年底|年末|年终)(?:的时候|时)?(?=还剩|还有|剩下|剩了|剩|花了|用了|执行了)/gu, ''],
  [/(?<=[\p{Script=Han}\s）)」”"])最后(?=还剩|剩下|剩了)/gu, ''],
  [/(?<=还剩|剩下|剩了)几(?:块|元)钱?/gu, '多少钱'],
  // 除大红门外 / 除潞源以外: the written form of 除了…以外 (not 除以, the division).
  [
    /除(?![了去开掉以非])(?=[^，,。？?；;]{1,20}?(?:以外|之外|外))([^，,。？?；;]{1,20}?)(?:以外|之外|外)/gu,
    '除了$1以外',
  ],
  // 介于100万元至500万元之间: the written 介于 of a range, said with 在 (the range itself is read as before).
  [/介于(?=[^，,。？?；;]{1,30}?(?:至|到|~|-|～))/gu, '在'],
  ...ITS_AS_THOSE,
];

export function plainRegisterWords(message: string): string {
  let text = message;
  for (const [from, to] of REWRITES)
    text = typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
  return text;
}
