/**
 * Words of everyday and regional speech said as the standard words the readers know (issue 10, the clerk part):
 *
 * - `plainPronouns` (tokens.ts normalise, so every reader sees it): 咋整的 / 咋办啊 opening the message before a pause is the
 *   asker's exclamation, not asked; 俺们 / 俺 are 我们 / 我 (northern speech: 俺们河门口 is
 *   我们河门口); 咋 is 怎么 (咋样 = 怎样), and 怎么 before 有 / 会有 / 还有 asks why (会 with it) something is so (咋有的表负责人是空的
 *   = 为什么有的表…): the list that follows answers it.
 * - `plainAskingShortcuts` (tokens.ts normalise, after `plainPronouns`): the way a quick question leaves words out or
 *   says them again — 里面没填年初预算的几个 (the projects unsaid before the count), 哪个扣得最多 (扣分), 的指标条数 (有几条),
 *   是不是空着的 (空着吗), 谁负责的项目最多 (哪个负责人), 那笔钱 after a project's name (那个), 谁干的 (负责人是谁).
 * - `plainCellWords` (parse.ts text rewrites): 自己 before a verb of entering (表上自己填的执行率) adds nothing to the stated
 *   cell; 数 / 数字 as the object of a verb of entering (总分栏没填数) is the value, so 没填数 is 没填; a noun of a total after its
 *   verb (汇总数 / 合计数 / 总计数) is the verb's total; 满 before a number said of a score or a rate (总分满100) is that value; an
 *   amount in 万 with 多 after it, right after its field (全年预算1168万多), is between it and the next 万 (下调了三万多 is a bound
 *   of the change: change-words.ts); 塞 before what is put in a cell is a verb of entering (一栏里塞了两个号码 = 填了); the
 *   money's 盘子 (总盘子多大) is its total; X这种情况，哪个街道最严重 is the group with the most projects where X holds; 附(上) before a
 *   reason (指标后面都附原因了吗 / 没附的) is a verb of writing it, the row's place (后面) said on the way.
 */

/** 俺们 / 俺 / 咋 / 怎么有…: see the head of this file. */
export function plainPronouns(text: string): string {
  return (
    text
      // 咋整的，牛艳维手上有多少个项目: an exclamation of the asker's trouble opening the message (northern 咋整 = what to
      // do), a clause of its own before a pause; it asks nothing the forms hold. Elsewhere (满意度没做咋整) it stays.
      .replace(/^\s*(?:哎呀|唉|哎)?\s*(?:咋整|咋弄|咋办)(?:的|啊|呀|呢)?(?:[，,。！!\s]+)(?=\S)/u, '')
      .replace(/俺们/gu, '我们')
      .replace(/俺/gu, '我')
      .replace(/咋样/gu, '怎样')
      .replace(/咋/gu, '怎么')
      .replace(/怎么(?:会)?(?=(?:还|又|竟然|居然)?有)/gu, '为什么')
  );
}

/** 的几个 / 扣得最多 / 的指标条数 / 是不是空着的 / 谁负责的项目最多: see the head of this file. */
export function plainAskingShortcuts(text: string): string {
  return (
    text
      // 满意度指标分值合计: the satisfaction rows' 分值 is kept summed per form already (满意度指标分值)
      .replace(/(?<=满意度指标(?:的)?分值)(?:合计|加起来|之和|总和)(?=最|排|从|由|[前后]\d)/gu, '')
      // 发改委各项目的负责人、联系电话: each project's fields, listed (各 read as per group had counted per 负责人).
      .replace(/各(?:个)?项目的(?=负责人|项目负责人|联系电话|电话|实施单位)/gu, '项目的')
      // 平均每个全年预算是多少: the mean over the projects, each one said.
      .replace(/平均每(?:个|一个)(?=全年|年初|执行|预算|总分|结余)/gu, '平均')
      // 大红门的负责人里，谁经手的全年预算合计最多: the holder asked among the holders of the projects named.
      .replace(
        /(?:项目)?负责人(?:里|中|当中|里面|里头)[，,]?\s*(?:谁|哪个|哪位)(?:经手|负责|管|手上|名下)?(?:的)?(?=[^，,。？?]{0,12}(?:最|前))/gu,
        '哪个负责人的',
      )
      // 里面没填年初预算的几个: the projects left unsaid before the count at the end.
      .replace(/(?<![项个条张份])的(几个|几项|多少个)(?=\s*[？?。！!呢吗啊]*\s*$)/gu, '的项目有$1')
      // 偏差原因是怎么写的: what was written in the cell (怎么写 with no 的 asks how to write it, and stays).
      .replace(
        /(偏差原因(?:分析)?|年度指标值|实际完成值|指标值|目标值|完成值|实际完成情况|年度目标)(?:是)?怎么(?:写|填)的/gu,
        '$1写的是什么',
      )
      // 哪些材料 / 一共交上去多少份材料 / 那两个疫情防控的材料: the forms sent in, called the papers — 表 (only after a
      // word pointing at or counting them: 材料 inside a name, 宣传材料印制, or the survey's 调查材料 stays)
      // (这是交给巡视组的材料: the papers this question is for, a remark of the asker's — kept as said)
      .replace(
        /(?<=[些份个的]|^)(?<!(?:交给|报给|送给|提交给|发给|给)[^，,。]{0,8}的)材料(?![印费采制料])/gu,
        '表',
      )
      .replace(
        // (交上去多少份 / 报了几张: the forms counted; 她报了几个项目 stays the person's projects)
        /(?:一共|总共|共)?(?:交上去|交上来|报上去|报上来|上报了|提交了|交了|报了)(?:了)?(?=(?:多少|几)(?:份|张))/gu,
        '一共有',
      )
      // 请问四个街道各自的…: a word of asking politely opening the message asks nothing itself
      .replace(/^\s*(?:请问|想问一下|想问下|问一下|问下)(?:一下|下)?[，,：:\s]*(?=\S)/u, '')
      // 嗯 然后就是分值加起来…: 然后 opening the message goes on talking, it joins nothing
      .replace(/^\s*(?:(?:嗯+|呃|啊|哦)[，,\s]*)?然后(?:就是|呢)?[，,\s]*(?=\S)/u, '')
      // 每个指标分值加起来: every row's weight added up is the rows' weights added up, said as 各条
      .replace(
        /(?:每个|每一个|每条|每一条|各个)(?=指标(?:的)?(?:分值|得分)(?:加起来|加在一起|合计|相加|之和|总和|一共))/gu,
        '各条',
      )
      // 效益指标扣了分的行 一共几条: the rows counted, said as 行
      .replace(/的(?:那些)?行(?=\s*(?:一共|总共|共|有|是)?(?:几|多少)条)/gu, '的指标')
      // 产出/效益/满意度 各几条: kinds of rows listed with slashes
      .replace(
        /(?<=产出|效益|满意度|数量|质量|时效|成本)(?:指标)?\/(?=产出|效益|满意度|数量|质量|时效|成本)/gu,
        '、',
      )
      // 有缺项的表 / 是缺项的 / 缺项最多: the fields the form leaves missing, counted (缺项数)
      .replace(/(?:有|存在|是)缺项(?=的)/gu, '缺项数大于0')
      .replace(/缺项(?=最多|最少|最严重)/gu, '缺项数')
      // 产出、效益、满意度各几条: the rows counted per kind of the first level, the kinds listed
      .replace(
        /(?<!按一级指标分[，,]\s*|、\s*)((?:产出|效益|满意度)(?:指标)?(?:、\s*(?:产出|效益|满意度)(?:指标)?)+)(?=\s*(?:指标)?\s*(?:各|分别)(?:有)?(?:几|多少)条)/gu,
        '按一级指标分，$1',
      )
      // 河门口的表产出指标一共有多少条: the forms said before the kind of their rows, nothing more
      .replace(
        /(?<=的)(?:表|表格|自评表)(?:里面|里|中|上)?(?:的)?(?=(?:产出|效益|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响)(?:类)?指标)/gu,
        '',
      )
      // 大红门的负责人有哪些 / 都有谁: the people asked of a scope are its 负责人 listed once each (有哪些负责人), not every
      // project with its person
      .replace(
        /的(?:项目)?(负责人|项目负责人)(?:都|一共|总共)?有(?:哪些|哪几个|哪几位|谁)(?:人)?(?=\s*[？?。!！呢啊]*\s*$)/gu,
        '有哪些$1',
      )
      // X的两个电话分别是什么: the count of what one cell holds restates it, the cell is what is asked
      .replace(
        /(?<=的)(?:两|二|三|2|3)个(?=(?:联系)?(?:电话|号码|手机号|负责人)(?:号码)?(?:分别|各|都|是))/gu,
        '',
      )
      // 分年列一下 / 按人count一下: grouped by year, by the person in charge, said short.
      .replace(/(?<![按划区])分(?:年度|年)(?=列|统计|看|显示|汇总|算|计|排)/gu, '按年度')
      .replace(/按人(?:头)?(?=count|统计|数|算|计|汇总|列|分|看|排)/giu, '按负责人')
      // 哪个项目的负责人叫赵康: the person named by 叫 is the one the cell holds.
      .replace(
        /(负责人|联系人|项目负责人)(?:的)?(?:名字)?叫(?:做)?(?=\p{Script=Han})(?!什么|啥|谁|哪)/gu,
        '$1是',
      )
      // 哪一年的项目多 / 哪个街道的项目比较多: which one has more, asked of the groups, is the one with most.
      .replace(
        /(哪(?:一|个|些)?(?:年|年度|部门|街道|单位|负责人|人|位)(?:的)?项目)(?:比较|更|要|还)?(多|少)(?=\s*[？?。!！呢啊]*\s*$)/gu,
        '$1最$2',
      )
      // 追加了预算的那些，一共追加了多少: 那些 ending the condition's clause are the projects it picks.
      .replace(/(?<=\p{Script=Han})的那些(?=\s|[，,]|$)/gu, '的项目')
      // 哪个扣得最多 / 扣得最狠: the points taken off, said with the verb's complement.
      .replace(/扣得(?=最多|最狠|最厉害|多)/gu, '扣分')
      // 满意度指标中得分为0分的指标条数: the rows counted, asked with the noun of their number.
      .replace(/的指标(?:条数|数量)(?=\s*[？?。！!]*\s*$)/gu, '的指标有几条')
      // 产出指标的条数 / 满意度指标的数量: the rows of that kind counted.
      .replace(/(?<=\p{Script=Han})指标的(?:条数|数量)(?=\s*[，,；;？?。！!]|\s*$)/gu, '指标有几条')
      // 一级指标是不是空着的 / 年初预算是不是没填的: whether a cell is empty, asked as 空着吗.
      .replace(/是不是(空着|空的|没填|没有填|未填)(?:的)?(?=\s*[？?。！!]*\s*$)/gu, '$1吗')
      // 河西锦苑电梯维护那笔钱，谁负责: the project named, pointed at by its money (笔 counts sums of money), a pause
      // after it (said on, 那笔钱谁经手的 is the money's own phrase: spoken-money.ts).
      .replace(/(?<=\p{Script=Han})(那|这)笔(?:钱|资金|经费|款项|款子|款)?(?=\s*[，,])/gu, '$1个')
      // 总分最低的三个项目分别是谁负责的: the person in charge of each, not the people ranked by a figure
      .replace(/(?:分别|各自)是谁(?:负责|管|在管|经手)(?:的)?(?=\s*[？?。！!呢]*\s*$)/gu, '的负责人分别是谁')
      // 民生保障办公室作为实施单位的项目: the office said as the one in that column.
      .replace(
        /(^|[，,。；;？?！!\s])([^，,。；;？?！!\s]{2,24}?)作为(主管部门|实施单位|项目负责人|负责人)的/gu,
        '$1$3是$2的',
      )
      // 上年结转的钱有多少: the money of a row of the funds table is that row's amount.
      .replace(/(上年结转|财政拨款|其他资金)(?:的)?钱(?=(?:有|是|一共)?(?:多少|几))/gu, '$1')
      // 67270395这个号下面挂了几个项目: the projects a phone number is given on are the ones it has.
      .replace(/(?<=号码?|电话)(?:下面|底下|名下|上)?(?:都|一共|总共)?挂(?:了|着)?(?=\s*(?:几|多少))/gu, '有')
      // 双井疫情那俩加起来多少: projects already counted by the asker (那俩, 那几个), added up with no figure named, are
      // their money (多少钱 reads it), never their count again.
      .replace(
        /(?<=(?:那俩|这俩|那两个|这两个|那几个|这几个|那些|这些)(?:项目)?(?:的)?(?:加起来|合起来|加在一起|加一起|一共|总共|合计)(?:是|有)?多少)(?![钱元万个项张份条家])/gu,
        '钱',
      )
      // 项目名称一模一样: the same, said emphatically.
      .replace(/一模一样/gu, '一样')
      // 钱没花完的，谁干的 / 谁弄的: who did it is the person in charge of the project.
      .replace(/谁(?:干|弄|搞|做|办|整|报|填)的(?=\s*[？?。！!呢啊]*\s*$)/gu, '负责人是谁')
      // 潞源谁负责的项目最多: who, among the people in charge, has the most projects.
      .replace(/谁(?=负责的项目(?:最多|最少))/gu, '哪个负责人')
      // 联系电话给我下 / 发我下: the 一下 of a request, said short.
      .replace(/(给|发|告诉|说|找|查|看)我下(?=\s*[？?。！!呗吧]*\s*$)/gu, '$1我一下')
      // 哪些表负责人没填 / 哪几张表: a form is a project (哪些 before 负责人 would ask which people).
      .replace(/哪(?:些|几张|几份)(?:报)?表(?![格头尾])/gu, '哪些项目')
      .replace(/哪(?:张|份)(?:报)?表(?![格头尾])/gu, '哪个项目')
      // 得退回去重新改 / 打回来重填: sending a form back says it all; how it is redone adds nothing.
      .replace(
        /(退回|打回|退)(?:去|来)?(?:让他们|让人家)?(?:重新|再)(?:修改|改|填报|填|报|弄|做)(?:一下|一遍)?/gu,
        '$1',
      )
      // 河门口街到一共: 街道 typed with a homophone, before 一共 (到一共 had read as a range to 1; elsewhere the name is
      // matched by its sound, names.ts).
      .replace(/街到(?=一共|总共|共计)/gu, '街道')
      // 哪位同志的电话 / 张宏同志负责的: 同志 after a name or 哪位 is how a person is named in writing, no word of its own
      // (该同志 / 这位同志 point back at one: anaphora.ts).
      .replace(/哪位(?:同志|领导|老师)?(?=的|负责|是|在)/gu, '谁')
      // 年初跟全年不一样的: the two budgets named by their qualifiers alone.
      .replace(
        /年初(?:预算)?(?:的)?(?:跟|和|与|同)全年(?:预算)?(?:的)?(?:不一样|不一致|不同|对不上)/gu,
        '年初预算和全年预算不一致',
      )
      // 公益电影那个扣分原因写的啥: why points were lost is written in the 偏差原因 of the rows that lost them.
      .replace(/扣分(?:的)?原因/gu, (_m, at: number, whole: string) =>
        /指标|那条|那一条|这条/u.test(whole.slice(0, at)) ? '偏差原因' : '扣分的指标偏差原因',
      )
      // 实施单位是那个办公室 / 总分最低是那个: 那个 typed for 哪个, ending the question.
      .replace(/(?<=是)那(个|家|位|些)(?=(?:办公室|单位|部门|科室|街道|项目)?[？?。！!\s]*$)/gu, '哪$1')
      // 实施单位是哪个办公室: the office field asked, said again as the kind of office — never a piece of a name (项目最多的
      // 是哪个部门 asks for the groups, and keeps its 部门).
      .replace(
        /(?<=(?:实施单位|主管部门)(?:是|为)哪(?:个|家|一个))(?:办公室|单位|部门|科室)(?=[？?。！!\s]*$)/gu,
        '',
      )
      // 全年预算最少那五个项目: the lowest five (那 points at the ranked ones, no five projects named before).
      .replace(/(最(?:少|多|高|低|大|小))(?:的)?那(\d+|[两二三四五六七八九十]+)个/gu, '$1的$2个')
      // 他电话多少号: the number asked.
      .replace(/(?<=电话|手机|号码)(?:是)?多少号/gu, '是多少')
      // 是哪个单位实施的 / 由哪个部门主管: the office asked by the verb of its role.
      .replace(/(?:是|由)哪个(?:单位|部门|科室)?(实施|主管)(?:的)?/gu, (_m, verb: string) =>
        verb === '实施' ? '实施单位是哪个' : '主管部门是哪个',
      )
      // 按金额从高到低通报一下: a meeting's word for telling the list.
      .replace(/通报(?:一下|下)?(?=[。.！!？?\s]*$)/gu, '列出')
      // 负责项目最多的是哪位同志: the person asked at the end of the question.
      .replace(/(?<=是)哪位(?:同志|领导|老师)(?=[？?。！!\s]*$)/gu, '谁')
      .replace(/(?<=[\p{Script=Han}]{2})(?<![该这那此位])同志(?=负责|的|是|管|填|在|名下)/gu, '')
      // 亲，问下… / 亲们: the greeting of an online shop, opening the message.
      .replace(/^\s*(?:亲爱的|亲们|亲)(?:[，,!！~～\s]+|(?=问|请|帮|麻烦|能|在))/u, '')
      // 一共整了多老些项目: 多老些 / 老些 is 多少 in the north-east; 整了 before it is only "have".
      .replace(/(?:整了|整)?(?:多老些|多老鼻子|老鼻子)/gu, '多少')
      // 咱河门口那旮旯的项目: 那旮旯 / 这旮旯 is "over there", the place just named.
      .replace(/[那这]旮旯儿?/gu, '')
      // 有无全年执行数超过全年预算数的项目: 有无 is 有没有.
      .replace(/有无(?=\p{Script=Han})/gu, '有没有')
      // 双井俩项目 / 仨项目: 两个 and 三个 run together, as spoken (他俩 is two people, not a count).
      .replace(/(?<![他她它我你们咱])俩(?=项目|表|个|号码|电话|手机|负责人|部门|单位)/gu, '两个')
      .replace(/(?<![他她它我你们咱])仨(?=项目|表|个)/gu, '三个')
      // 执行率最低的仨 是哪几个 / 前俩: the count standing for the projects, after 的 or 前 (最低的三个).
      .replace(/(?<=的|前|后)仨(?=[\s，,？?。]|是|有|$)/gu, '三个')
      .replace(/(?<=的|前|后)俩(?=[\s，,？?。]|是|有|$)/gu, '两个')
      .replace(/两个个|三个个/gu, (m) => m.slice(0, 2))
  );
}

/** 自己填的 / 没填数 / 汇总数 / 满100 / 1168万多: see the head of this file. */
export function plainCellWords(text: string): string {
  return (
    text
      // 满意度那一行分值几分得了几分: the score asked right after the row's 分值 is that row's score, not the 总分
      .replace(
        /(?<=满意度[^。？?！!]{0,12}?分值[^。？?！!，,]{0,8}?)(?:和|跟|与|、|，|,)?(?:得了|得分|得)(?=几|多少|是多少)/gu,
        '，满意度指标得分',
      )
      // 我们潞源街道一共二十来个项目，我想…: a rough count told before the question, no bound on it
      .replace(
        /(?<=\p{Script=Han})(?:一共|总共|共|大概|大约|差不多)?(?:有)?(?:[一二两三四五六七八九十]+|\d+)(?:来|多|左右)个(?:项目)?(?:吧)?(?=[，,])/gu,
        '的项目',
      )
      // 哪一条指标 / 哪一个项目: which one
      .replace(/哪一(?=条|个|项|张|份|家|位)/gu, '哪')
      // 满意度没做的项目，就是表上写了“未做”的: the survey not done, said again as what the form says
      .replace(
        /(?<=满意度(?:调查)?(?:没做|未做|没有做|没开展|未开展)(?:的项目)?)[，,]\s*(?:就是|也就是|即)(?:表上|表里)?(?:写|填|标)(?:了|的是|着)?[“"「]?(?:未做|没做)[”"」]?的(?=[，,。？?]|$)/gu,
        '',
      )
      // 登记的联系电话 / 预留的电话 / 录入的负责人: the cell as it was entered, nothing more
      .replace(/(?:登记|录入|预留|留下|登录)(?:的)?(?=联系电话|电话|手机|号码|项目负责人|负责人)/gu, '')
      // 没设满意度指标 / 指标一共设了多少条: a row set up is a row the form has
      .replace(
        /(?:没|没有|未)(?:设|设置|设立)(?=(?:满意度|效益|产出|成本|质量|时效|数量)?(?:指标))/gu,
        '没有',
      )
      .replace(/(?<=指标)(?:一共|总共|共)?(?:设|设置|设立)了(?=(?:多少|几)条)/gu, '一共有')
      // 全年预算盘子 / 盘子多大: the total of the projects asked
      .replace(/(?<=预算|资金|经费)(?:的)?(?:总盘子|盘子)(?=的|[，,。？?！!；;\s]|$)/gu, '合计')
      // 全年预算盘子最大的前五个: the size of each project's money ranked — the amount itself
      .replace(/(?<=预算|资金|经费|预算数)(?:的)?(?:总盘子|盘子)(?=最大|最小|最多|最少|前|排)/gu, '')
      // 年初、全年预算都有数的项目: both cells filled
      .replace(/都有数(?=的)/gu, '都已填')
      // 预算调整净额: the year's change of the budget
      .replace(/(?:预算)?调整(?:的)?净额/gu, '预算调整数')
      .replace(/自己(?=(?:填|写|报|录)(?:的|了|上))/gu, '')
      .replace(/(?<=(?:填|写|录)(?:了|上)?)数字?(?=的|[，,。？?！!；;\s]|$)/gu, '')
      .replace(/(汇总|合计|总计)数(?![量额值据字])/gu, '$1')
      .replace(/(?<=(?:分|率)\s*)满(?=\s*\d)/gu, '为')
      .replace(/(?:总盘子|资金盘子|盘子)(?:一共|总共)?(?:有|是)?(?:多大|多少)/gu, '合计多少')
      .replace(
        /(?<=^|[，,。；;！!？?\s])([^，,。；;！!？?\s]{2,30}?)(?:这种|这类|这个|这样的)(?:情况|问题|现象)[，,]\s*(哪个|哪些)(街道|部门|单位|科室|负责人)(?:最严重|最突出|最普遍|最集中|最多)/gu,
        '$1的项目，$2$3最多',
      )
      // 一百二十万往上 / 90分往下: after a figure, 往上 / 往下 are 以上 / 以下 (往上报 / 往下调 stay: a verb follows).
      .replace(/(?<=\d\s*(?:万元|万|元|分|%)?\s*)往(上|下)(?![报交送调降浮走级])/gu, '以$1')
      // 分值写成1000 / 总分填成了100: the value a cell was written as (写成 with its value is 为). Not after 执行率:
      // 执行率写成了95% is the rate as the form states it (as-written.ts), which 为 would make the computed one.
      .replace(/(?<!执行率\s*)(?:写|填|录)成(?:了)?(?=\s*\d)/gu, '为')
      // 总分那栏的分值写了1000: the 分值 of the 总分 row is the form's 总分值.
      .replace(/总分(?:(?:那|这)?一?(?:栏|行|格))?(?:的)?分值(?:(?:写|填)了(?=\s*\d))?/gu, (m) =>
        /了$/u.test(m) ? '总分值为' : '总分值',
      )
      // 执行率写了100%但是钱其实没用完: the money said before the words of not spending it — 没用完 says it already.
      .replace(/钱(?=(?:其实|实际上?|却|还|并)?(?:没|未)(?:有)?(?:用|花|使)完)/gu, '')
      // 执行率写的跟算出来的不一样: the rate as stated against the one computed, i.e. 与核算的不符.
      .replace(
        /(?:写的|填的|写得|填得|表上的?|写着的)(?:跟|和|与|同)(?:算出来|计算出来|算出|实际算|自己算)(?:的)?(?:不一样|不一致|对不上|不符|有出入)/gu,
        '与核算的不符',
      )
      // 执行数除预算对不上 / 执行数除以全年预算数: the quotient of the two is the 执行率 (said when it is checked).
      .replace(
        // (…计算出来的结果不一样: what the division gives, said before the word of being wrong)
        /(?:全年)?执行数(?:除以|除)(?:全年)?预算(?:数)?(?=(?:(?:计算|核算|算)出来|算出|得出)?(?:的)?(?:结果|执行率|值|数)?[^，,。？?！!]{0,4}(?:对不上|不对|不一致|不一样|不符))/gu,
        '执行率',
      )
      // 钱里头占大头的 / 占了大头的是哪个: the largest share, the most of that figure.
      .replace(/(?:里头|里面|当中|中)?占(?:了)?(?:最)?大头(?:的)?/gu, '最多的')
      // 满意度指标写未做的: the words 未做 written in the row, as 写的未做 says it (a bare 写 before the words was left over).
      .replace(/(?<=指标|满意度|调查)(\s*)(写|填)(?=未做|没做)/gu, '$1$2的')
      // 年初预算填了没有，全年多少: 全年 after 年初预算 is the 全年预算 (its counterpart said by its first word).
      .replace(/(?<=年初预算[^。？?！!]{0,12}?[，,\s])全年(?=(?:的)?(?:是|有|为)?多少)/gu, '全年预算')
      .replace(/(?:后面|后边|旁边|下面)?(都|也|还)?附(?:上|带)?(?:了)?(?=(?:偏差)?(?:原因|说明))/gu, '$1写了')
      .replace(/(?<=没|未)附(?:上)?(?=的)/gu, '写')
      // 分数那一栏，就是总分，空着没填的…: a cell named loosely, then said again by its field's word — that field
      .replace(
        /^[^，,。？?]{0,8}?(?:那|这)?(?:一)?(?:栏|项|列|格)?[，,]\s*(?:就是|也就是|即)(总分|自评总分|全年预算数|全年执行数|年初预算数|执行率|联系电话|项目负责人|实施单位|主管部门|偏差原因|实际完成值|年度指标值)[，,]\s*/u,
        '$1',
      )
      // 总分没填的是哪个单位的哪几个项目: the projects asked, each with its office (a list, not a count per office)
      .replace(/(?:是)?哪个(?:单位|部门)的哪(?:几|些)(?:个)?项目/gu, '是哪些项目，列出主管部门')
      // 按钱从多到少排: the money a project has, its budget for the year (钱 alone, as 多少钱 reads it)
      .replace(/按(?:照)?钱(?=从|由|排|的多少|多少|大小)/gu, '按全年预算数')
      // 赵康这个经办人手上的项目 / 赵康经办的那些项目: a person named, then called 经办人 or said to handle the projects —
      // the person is the one in charge (经办人 alone, asked as a role, stays: the form names no such line)
      .replace(/(?<=\p{Script=Han}{2})(?:这个|那个|这位|那位)经办人(?=手上|手里|名下|负责|的)/gu, '')
      .replace(/(?<=\p{Script=Han}{2})经办(?=的(?:那些|这些|那几个|几个)?项目)/gu, '负责')
      .replace(/塞(?=(?:了|进了?|着)\s*(?:\d|[一两二三四五几]|号码|电话|名字))/gu, '填')
      .replace(
        /(?<=(?:预算|执行数|预算数|金额|资金|经费|结余)(?:是|为|有)?\s*)(\d+)\s*万多(?=的|[，,。？?！!；;\s]|$)/gu,
        (_m, n: string) => `介于${n}万和${Number(n) + 1}万之间`,
      )
  );
}

/**
 * 满意度指标加起来超过十分 / 满意度几条指标合计不到10分: the satisfaction rows added up, bounded in points, are the form's
 * 满意度指标分值 (the summed 分值 of those rows: migration 007) — the points they are worth, not what they scored (得分
 * said with them stays 得分: 满意度指标得分加起来). Read before the row reader and the parser (it had read 加起来超过十分 as
 * 总分 > 10 over every form having such rows); said back (satisfactionAddedUpSaid).
 */
const SATISFACTION_ADDED_UP =
  /满意度(?:调查)?(?:的)?(?:指标|那几条指标|几条指标|各条指标|那块|这块)(?:的)?(?:全|都|全部)?(?:加起来|加一起|加在一起|加一块|合计|总和|之和|相加|一共|总共)(?=\s*(?:是|有|为)?\s*(?:超过|超出|高于|低于|不到|不足|少于|多于|大于|小于|等于|达到|到)?\s*(?:\d|[一二两三四五六七八九十]))/gu;

export function satisfactionAddedUp(text: string): string {
  return text.replace(SATISFACTION_ADDED_UP, '满意度指标分值');
}

/** The words read as 满意度指标分值 by satisfactionAddedUp, as typed. */
export function satisfactionAddedUpSaid(text: string): Array<[string, string]> {
  return [...text.matchAll(SATISFACTION_ADDED_UP)].map((m): [string, string] => [
    m[0],
    '满意度指标分值（各条分值之和）',
  ]);
}

/**
 * 满意度指标填写为“未做” / 满意度那栏写着未做: the survey not done, as the form says it — read at the message's entry
 * (loose-typing.ts), before the quoted value is taken for a cell's words.
 */
export function surveyNotDoneSaid(text: string): string {
  return text.replace(
    /满意度(?:指标|调查)?(?:一栏|那栏|那一栏|这栏)?(?:里)?(?:填写为|填为|写为|填写的是|填的是|写的是|填成|写成|写着|填着|标着|写了|填了|为|是)[“"「『]?(?:未做|没做|未开展|没开展)[”"」』]?|满意度(?:指标|调查)?(?:填写|填报|写明|注明|标明|标注)[“"「『]?(?:未做|没做|未开展|没开展)[”"」』]?(?=的(?:项目|表))/gu,
    '满意度写的未做',
  );
}

/**
 * 四个街道办事处各有多少个项目 / 请问四个街道各自的…: the offices counted and then each asked are the streets — the
 * count restates them (read on the message as typed: 街道办事处 is a piece of stored names, matched before the text is
 * normalised).
 */
export function countedStreets(text: string): string {
  return (
    text
      // 咱们四个街道…: the streets of the district the asker reports for, all of them — no unit of the asker's own.
      .replace(/(?:咱们|我们|咱)(?=(?:\d+|[一二两三四五六七八九十]+)个(?:街道|部门|单位|科室))/gu, '')
      // 四个街道 每个街道执行率多少 / 四个街道里面，哪个街道…: the streets counted, then each or which of them asked.
      .replace(
        /(?:\d+|[一二两三四五六七八九十]+)个(?:街道办事处|街道办|街办|街道)(?:里面|里头|里|中|当中|之中)?[，,\s]*(?=(?:每个|各个|哪个|哪一个)(?:街道))/gu,
        '',
      )
      // 四个街道预算合计排一下: a figure of each street, ranked — the streets counted are each street.
      .replace(
        /(?:\d+|[一二两三四五六七八九十]+)个(?:街道办事处|街道办|街办|街道)(?=(?:的)?[^，,。？?]{0,8}?(?:合计|总额|总和|总数|个数|项目数|平均)[^，,。？?]{0,4}?(?:排|比较|对比|比一比))/gu,
        '各街道',
      )
      // (平均每个街道有多少个项目: the mean over the streets, left to the arithmetic)
      .replace(/(?<!平均)(?:每个|各个)街道(?=\p{Script=Han})/gu, '各街道')
      .replace(
        /(?:\d+|[一二两三四五六七八九十]+)个(?:街道办事处|街道办|街办|街道)(?=各|分别|各自)/gu,
        '各街道',
      )
      // A、B、C三个科室，各有几个项目: the offices listed, then counted — the list is what each is asked of.
      .replace(
        /(、[^、，,。？?]{2,20}?)(?:这|那)?(?:\d+|[两二三四五六七八九十]+)个(?:科室|部门|单位|街道|办公室|处室)[，,]?\s*(?=各|分别|各自)/gu,
        '$1',
      )
      // 两个年度各有多少个项目 / 三个部门分别…: the years or offices counted, then each asked — each of them
      .replace(
        /(?:\d+|[一二两三四五六七八九十]+)个(年度|年份|主管部门|实施单位|部门|单位)(?:的项目)?(?=各|分别|各自)/gu,
        (_m, group: string) => `各${group === '年份' ? '年度' : group}`,
      )
  );
}

/**
 * 所有街道的项目 / 四个街道一共 / 全部街道办事处: every street — the class word alone, read by parse.ts as the projects of
 * the streets (a count said with it is not checked against the store's streets); 所有街道各自 groups by them.
 */
export function allTheStreets(text: string): string {
  return text.replace(
    /(?<![几哪])(?:所有|全部|全体|这?(?:\d+|[一二两三四五六七八九十]+)个)的?(?:街道办事处|街道办|街办|街道)(?!办)(?=(各|分别)?)/gu,
    (_m, each: string | undefined) => (each ? '各街道' : '街道'),
  );
}

/**
 * 发改委总分最低的是哪个项目然后它负责人是谁: a second ask said with 然后 and a pronoun, no pause typed — split as the
 * asks of a message are (read on the whole message, before it is split).
 */
export function thenAskedOfIt(text: string): string {
  return text.replace(
    /(?<=\p{Script=Han})然后(?:它|他|她)(?:的)?(?=项目负责人|负责人|联系电话|电话|总分|执行率|全年|年初)/gu,
    '，它的',
  );
}

/**
 * Read on the whole message, before the readers of groups and rows: 牛艳维一个人负责了几个项目 (the person alone is the
 * person), 一个人名下挂了十个以上项目的负责人 (the projects a person owns), 公益电影那条扣分的原因 (the reason written on the
 * row that lost points).
 */
export function ownedAndLostSaid(text: string): string {
  return (
    text
      // (有没有一个人负责… asks whether someone does: left to the readers of groups)
      .replace(/(?<=\p{Script=Han}{2})(?<![有没哪谁个])一个人(?=负责|管|名下)/gu, '')
      .replace(/(?:一个人)?名下(?:挂|挂着|挂了|有)(?:了)?(?=(?:\d+|[一二两三四五六七八九十]+)个)/gu, '负责')
      .replace(/(?<=那条|这条|那个|这个)(?:指标)?扣分(?:的)?原因/gu, '扣分指标的偏差原因')
  );
}

/** 哪一条绩效指标扣了分: every row of the table is a 绩效指标 — the word names no kind of row (tokens.ts normalises it too). */
export function plainIndicatorWord(text: string): string {
  return text.replace(/绩效指标/gu, '指标');
}

/**
 * 晨光路拆迁资金 占大红门全年预算总额的比重 %: a share typed with a pause before 占 and the unit after it — the same as
 * 「…占…的比重」 (the pause had cut the project from its share, the % had been a word unread).
 */
export function shareTypedLoosely(text: string): string {
  if (!/占/u.test(text)) return text;
  return text
    .replace(/(?<=\p{Script=Han}|[”"」])\s+(?=占(?!用))/gu, '')
    .replace(/(?<=比重|比例|占比|百分比|份额)\s*[（(]?\s*[%％]\s*[)）]?(?=\s*[？?。]?\s*$)/u, '');
}
