/**
 * Remarks about the asking itself, not about projects (issue 10): the clerk warns not to get it wrong (别给我整错了,
 * 这次不能再出错, 千万别算错), names the message a question (最后一个问题, 问个问题, 有个事想请教), tells that an issue was
 * raised (巡察反馈了一个问题, 留下一堆问题) or is a known one (审计的老问题：…), that someone wants to know roughly (心里有个数), what the figures are for
 * (做台账用, 核对通讯录用, 应付检查的, 这个数要上会的), that someone finds it odd (领导看着觉得不对劲) or that none is to
 * be left out (一个别漏, 一个都不能少). Read as words
 * they would be conditions — 错 the forms with errors, 问题 the forms with problems, 个数 a count — or words not
 * understood, and change the answer or refuse it.
 * Found by structure and set aside before the question is split into words (like doubt.ts), and said back.
 *
 * Never widening: 错 only after a negated imperative or modal with a verb of doing (别/不要/不能…整/搞/算/出错), never
 * before 的 (不要出错的项目 describes projects); 问题 only as the counted object of a verb of asking, raising or leaving
 * (问了一个问题, 反馈了几个问题, 留下一堆问题) or after 最后, never before 的 — 有问题的项目, 查出问题的 and
 * 留下两个问题的表 stay conditions. A purpose or an odd feeling only as a clause of its own, with nothing else in it.
 */

const NOT_WRONG =
  /(?:这次|这回|这一次|下次|下回|以后|今后)?(?:千万|可|一定)?(?:别|不要|不能|不许|不可以|不得)(?:再)?(?:给我|帮我|跟我)?(?:再)?(?:整|搞|弄|算|写|报|出|看|填|统计)错(?:了|啊|哦|喔|呀)?(?![的地])/gu;
/** A counted object (一个, 几个, 一堆): the issue raised, not a kind of form. */
const COUNTED = '(?:[1一几两]个|好几个|一些|些|一堆|很多|不少|好多|个)';
const QUESTION_NAMED = new RegExp(
  `(?:(?:问|提|反馈|反映|留下|遗留|请教)(?:了|过)?${COUNTED}(?:问题|事)|最后${COUNTED}?问题|有(?:个|件)事(?:想|要)?(?:请教|问)?)(?![的地])`,
  'gu',
);
/** 心里有个数 / 心里有数: to know roughly, no count. */
const ROUGHLY = /心里(?:要|得|想|好)?有(?:个|1个)?数/gu;

/** A whole clause: from a clause start to a clause end. */
const clause = (body: string) =>
  new RegExp(
    `(?<=^|[\\s,.:;!?、，。：；！？」』—])(?:这个数|这些数|这是|都是|是)?(?:${body})(?=$|[\\s,.:;!?、，。：；！？「『—])`,
    'gu',
  );
/** What the figures are for, said as a clause of its own: 做台账用, 核对通讯录用, 写整改报告, 应付检查的, 要上会的. */
const PURPOSE = clause(
  [
    '(?:做|写|核对|对|整理|准备|填|更新|对照|补|建|记)(?:一下|个|一份|份)?(?:台账|台帐|通讯录|底稿|账目|账|档案|报告|总结|材料|资料|报表|汇报|说明)(?:用|用的|时用|要用|的)?',
    '(?:应付|迎接|配合|准备|等)(?:检查|考核|审计|巡察|巡视|督查|评审|抽查)(?:用|用的|的)?',
    '(?:要|得|准备)?上会(?:用|的|讨论)?',
    // 我想跟别的街道比一比 / 我想比较一下: what the asker will do with the figure, a clause of its own
    '(?:我)?(?:想|要|好|准备|打算)?(?:跟|和|与|同)?(?:别的|其他|其它)?(?:街道|部门|单位|项目|年份|年度)?(?:的)?(?:比一比|比较一下|比较比较|比较|对比一下|对比|比比|比一下)',
    // 审计可能会问到 / 我好一个个去问 / 领导肯定要问: who may ask about it, or whom the asker will ask
    '(?:审计|巡察|巡视|领导|财政|上面|上级)(?:可能|也许|估计|肯定|应该)?(?:会|要)?(?:问到|问起|问|查到|查)(?:的)?',
    '(?:列出来)?(?:我)?(?:好)?(?:一个个|一个一个|挨个)(?:地)?(?:去)?(?:问|打电话|核对|联系|催)',
    // 我看不惯万元: the unit the asker reads easily (the conversion asked after it is read as usual)
    '(?:我)?(?:看不惯|看不懂|不习惯|不太习惯)(?:看)?(?:万元|元|万)',
    // 指标得分不能比分值还高 / 满意度指标是必须要设的: a rule stated before the question (no asking word in it)
    // (the rule's subject a word of the form, at most a 区里说 before it: a clause naming a place is kept, it may scope)
    '(?![^，,。？?！!]*(?:哪|几|多少|吗|有没有|是否|什么|谁|列出|统计|查))(?:[^，,。？?！!]{0,4}?(?:说|讲|规定|要求))?(?:指标得分|得分|分值|满意度指标|满意度|执行率|偏差原因|总分|绩效指标|指标|预算|电话)[^，,。？?！!]{0,6}?(?:不能|不得|不应该|不应|不可以|不允许|必须要?|一定要|应当)[^，,。？?！!]{1,12}',
    // 最近要给社区的同志们讲讲钱是怎么花的: whom the figures are explained to, a clause of its own
    '(?:最近|过两天|明天|下周|这两天)?(?:要|得|准备|想)?(?:给|跟|向|为)(?:社区|居民|大家|同志们|群众|领导|他们|街道|居委会)[^，,。？?！!]{0,6}?(?:讲讲|讲一讲|讲|说说|说一说|介绍一下|介绍|培训|宣讲)[^，,。？?！!]{0,10}',
    // 我想跟他汇报一下工作 / 好向领导交代: whom the figures are for, a clause of its own
    '(?:我)?(?:想|要|得|准备|好|需要)?(?:跟|和|向|给)(?:他|她|他们|领导|书记|主任|局长|处长|科长|上级)(?:汇报|报告|交代|解释|说明)(?:一下)?(?:工作|情况)?',
  ].join('|'),
);
/** Someone finds it odd, a clause of its own: 领导看着觉得不对劲 (what is odd is the question, not a condition). */
const ODD = clause(
  '(?:领导|我|我们|他|她|他们|主任|科长|处长|局长|大家)?(?:看着|看了)?(?:总)?(?:觉得|感觉)(?:有点|有些)?(?:不对劲|不太对劲|怪怪的|有点怪|不太对)(?:了|啊|呢)?',
);

/** A heading that calls what follows a known issue (审计的老问题： / 常见问题： / 老毛病了，): the issue is the question. */
const KNOWN_ISSUE =
  /(?<=^|[\s,.;!?、，。；！？])(?:\p{Script=Han}{1,6}的)?(?:老|常见|典型|一贯的?|共性)(?:问题|毛病)(?:了)?(?=[：:，,])/gu;
/** Not one to be left out, a clause of its own: 一个别漏, 一个都不能少, 别漏掉了, 一个不落 (the list is whole already). */
const NONE_MISSED = clause(
  '(?:一个|一项|一张)(?:都|也)?(?:别|不要|不能|不许|不可以)(?:给我)?(?:漏|落下|落|丢|少)(?:掉|了)*|(?:千万)?(?:别|不要|不能)(?:给我)?(?:漏|落下|遗漏)(?:掉|了)*(?:一个|任何一个)?|一个(?:不落|不少|不漏)',
);

/**
 * What the reviewer will do with the forms just asked for, a clause of its own after the question (总分没填的有哪些，这种得
 * 退回去补 / …，这些都要打回去让他们重填): the forms are those the question describes; read as words, 得退回 would add
 * the forms with errors and 补 / 种 stay not understood. Only with a demonstrative pointing at them (这种, 这些, 它们…):
 * 得退回的有哪些 alone asks for the forms with errors (lexicon.ts).
 */
const SEND_BACK = clause(
  '(?:这种|这类|这些|这样的|这几张|这几份|这几个|这批|它们)(?:表|的)?(?:都|全|全都)?(?:得|要|需要|应该|应当|该|必须)?(?:退回去|退回|打回去|打回|发回去|发回)(?:给(?:他们|单位|各单位|对方))?(?:让(?:他们|单位|对方))?(?:重新)?(?:补|补填|补上|补齐|重填|修改|改|改正|重报|补正|整改)?(?:一下)?(?:了|吧)?',
);

/**
 * 按规则 / 依照规定 before the which-question of a check (按规则哪些得退回修改, 按规定，哪几张要打回): the checks are the
 * rules, so it restricts nothing. Only right before a which-word or a count: 按规则应该得几分 asks the scorer's value
 * (computed-score-words.ts).
 */
const WHICH = '(?:哪些|哪几|哪个|哪张|哪份|有没有|有哪些|几张|多少张|几个|多少个)';
const BY_RULES = new RegExp(
  String.raw`(?<=^|[\s,.:;!?、，。：；！？]|表里|表中|项目里|项目中)(?:按|按照|照|依|依照|根据)(?:评分|打分|审核|检查)?(?:规则|规定|细则|规矩)(?:来看|来说|看|说|的话)?(?:[，,]\s*(?=[^。？?！!；;]{0,20}?${WHICH})|\s*(?=${WHICH}))`,
  'gu',
);

/**
 * A verb of sampling before what is to be looked at (抽2020年度的看看, 抽查一下大红门的瞧瞧): the asker picks that set to
 * look at, which the words after say — 抽 restricts nothing more. Not before a count (抽3张看看 asks for a sample, which
 * the bot does not draw: it stays reported).
 */
const SAMPLED =
  /(?<=^|[\s,.:;!?、，。：；！？])抽(?:查|检)?(?:一下|下)?(?![0-9一二三四五六七八九十两几]+(?:张|个|份|项))(?=[^，,。；;！!？?]{1,24}?的(?:来|拿来|出来)?(?:看看|看一下|瞧瞧|查查|查一下|过一遍))/gu;

/**
 * An impression of how many, said of the projects before the count is asked (张宏负责的项目挺多的，到底几个; 大红门的
 * 项目好像不少，有多少个): the asker's guess, set aside and said back — the count after it is the question. Only of
 * projects (预算很少的，有几个 is a vague bound of a figure, asked back by vague.ts) and only before a later clause that
 * asks how many.
 */
const IMPRESSION =
  /(?<=项目|项目数|数量)(?:好像|似乎|应该|感觉)?(?:还|也)?(?:挺|很|蛮|特别|非常|相当|比较|太|好|真|这么|那么)?(?:多|少|不少)(?:的|了|啊|呀|吧|哦)*(?=[\s,.;!?，。；！？…]+[\s\S]*?(?:几|多少))/gu;

/**
 * What the asker holds themself, said beside the question (我手机里存的是89536218，好像不对; 我台账上记的是120万，可能有误):
 * their own copy, to be checked against the form — never a condition on the projects. Only with the asker as the one
 * who keeps it (我…存的 / 记的 / 抄的) and a figure after it.
 */
const ASKER_HOLDS =
  /我(?:的|这|这边|这里)?(?:手机|通讯录|本子|笔记本?|台账|记录|表)?(?:里|上|中)?(?:存|记|抄|写)(?:的|着|了)(?:是|号码是|电话是|号是)?\s*\d[\d\s.-]{1,14}(?:万元|万|元|分|%)?(?:[，,\s]*(?:好像|似乎|可能|感觉|估计)?(?:不对|有误|错了|对不上|不一样)(?:了|啊|吧)?)?/gu;

export interface Remarks {
  /** The text with the remarks blanked out (same length). */
  text: string;
  /** What was set aside, as typed, to be said back. */
  setAside: string[];
}

/** Sets aside a normalised question's remarks about the asking itself. */
export function setAsideRemarks(text: string): Remarks {
  const said: string[] = [];
  let out = text;
  const blank = (m: RegExpMatchArray) => {
    said.push(m[0]);
    out = out.slice(0, m.index!) + ' '.repeat(m[0].length) + out.slice(m.index! + m[0].length);
  };
  for (const m of text.matchAll(NOT_WRONG)) blank(m);
  for (const m of text.matchAll(QUESTION_NAMED)) blank(m);
  for (const re of [
    ROUGHLY,
    PURPOSE,
    ODD,
    NONE_MISSED,
    IMPRESSION,
    KNOWN_ISSUE,
    SEND_BACK,
    BY_RULES,
    SAMPLED,
  ])
    for (const m of out.matchAll(re)) blank(m);
  return { text: out, setAside: said };
}

/**
 * The asker's own copy of a figure set aside (ASKER_HOLDS): read before a phone number or a figure is taken for a
 * condition (phone-filter.ts), so it runs ahead of the other remarks.
 */
export function setAsideAskersCopy(text: string): Remarks {
  const said: string[] = [];
  const out = text.replace(ASKER_HOLDS, (m) => {
    said.push(m);
    return ' '.repeat(m.length);
  });
  return { text: out, setAside: said };
}
