import { notDoneQuote, saysSurveyNotDone } from './not-done.ts';
import { looksLikeOrgName } from './org-name.ts';
import { selfCorrection } from './self-correction.ts';
import { looksLike } from './wrong-kind.ts';

/**
 * What a text means while the bot has a question open (issue 10 item 1): every text is classified before anything is
 * written, so "好的，谢谢" or a portfolio question is never stored as the pending field's value. Rules only; the
 * model (when configured) reads values afterwards, behind the same plausibility guards (src/bot/plausible.ts).
 */

export type Intent =
  /** Undo the last write (「撤销」). */
  | { kind: 'undo' }
  /** Take the proposed values (「确认」「采用」「按建议的填」); without a proposal, the current values are kept. */
  | { kind: 'confirm' }
  /** 「对」「是的」「没问题」: agreement, but with what? With a proposal the bot asks; without one, as 「不用改」. */
  | { kind: 'affirm' }
  /** 「先跳过」: the group is skipped. */
  | { kind: 'skip' }
  /** Pushback: leave the asked fields as they are (「不用改」「保持原样」, or the current value typed again). */
  | { kind: 'keep' }
  /**
   * "Not now": the user goes to find the value (「稍等」「我问问财务」), or does not know it (`unknown`: 不知道,
   * 记不清): the question stays open, nothing is written.
   */
  | { kind: 'later'; unknown?: boolean }
  /** Chit-chat: acknowledged, then the question is asked again. */
  | { kind: 'chitchat' }
  /** "That's wrong" without a value: asked what the right value is. */
  | { kind: 'objection' }
  /**
   * "刚才电话写错了，是…", "不对，应该是…": a value that replaces an earlier one (`value`, the words around it
   * taken off). Which field is decided by the bot: the field named, else the last write when the value fits it.
   */
  | { kind: 'correction'; value: string }
  /** Impatience or annoyance (怎么又问, 烦死了, 有完没完): acknowledged, nothing written, the ways out offered. */
  | { kind: 'complaint' }
  /** Back after a pause (继续, 接着填, 我回来了): the open question again. */
  | { kind: 'resume' }
  /** "How much is left?" (还剩几项, 还差什么, 填到哪了): what is still to be filled, then the open question. */
  | { kind: 'progress' }
  /** "We did not do the satisfaction survey", said while another field is asked. */
  | { kind: 'notDone' }
  /**
   * A question about the field being asked (what to type, why, the unit). `aside`: a value given in the same message
   * (「电话89538280，对了总分一般填多少？」), read as the answer after the help.
   */
  | { kind: 'fieldHelp'; aside?: string }
  /**
   * Any other question (portfolio, help): answered, then the dialogue resumes. `text` and `aside`: the message also
   * said something about the open question that writes nothing (「这个电话我也不知道，帮我查一下潞源有几个项目」):
   * only `text` is asked, and `aside` is then taken as its own reply to the open question.
   */
  | { kind: 'question'; text?: string; aside?: string }
  /**
   * Possibly an answer: parsed, then written only when it fits the field. `replaced`: a value the same message took
   * back (「80856942，不对，是80856943」), said in the echo as not used.
   */
  | { kind: 'answer'; text: string; replaced?: string };

/** What the classifier needs to know about the open question. */
export interface IntentContext {
  /** Labels of the asked fields (「聘用统计调查员」实际完成值, 联系电话). */
  labels: string[];
  /** The asked fields' current values as shown (for "the same value again"). */
  current: string[];
  /**
   * What each asked field takes (`name`, `phone`, `amount`, `percent`, `number`, `year`, `date`, `text`, and
   * `satisfaction` for a satisfaction row's 实际完成值 or a missing satisfaction row, `org` for 主管部门 / 实施单位):
   * "没有" answers a satisfaction question (未做) but leaves a phone number blank; "统计局" answers an `org` field.
   */
  kinds?: readonly string[];
}

const PUNCT = /[\s，,。.！!～~、；;：:…—\-_"'“”‘’()（）【】[\]]+/g;
/** Sentence particles and fillers that do not change what a short reply means. */
const PARTICLES = /^(?:那|那个|嗯+|哦+|噢|喔|啊|呃|额)+|(?:啊|呀|哈|啦|了|的|哦|喔|噢|嘛|吧|哈哈+|呢)+$/g;
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/** Short social replies; a text made only of these is chit-chat. */
const CHITCHAT_WORDS = new Set(
  [
    '好',
    '好的',
    '好嘞',
    '好滴',
    '行',
    '行吧',
    '可以的',
    '嗯',
    '嗯嗯',
    '哦',
    '噢',
    '喔',
    '收到',
    '已收到',
    '收到收到',
    '知道',
    '知道了',
    '明白',
    '明白了',
    '了解',
    '懂了',
    '谢谢',
    '谢谢你',
    '谢谢您',
    '多谢',
    '感谢',
    '非常感谢',
    '谢了',
    '谢啦',
    // 谢啦 / 谢了 once their particle is folded away (好滴 谢啦, ok 谢了)
    '谢',
    '辛苦',
    '辛苦了',
    '辛苦你',
    '麻烦了',
    '麻烦你',
    '你好',
    '您好',
    '哈喽',
    '在吗',
    '在不在',
    '早',
    '早上好',
    '下午好',
    '晚上好',
    '拜拜',
    '再见',
    '哈',
    '哈哈',
    '呵呵',
    '不错',
    '没问题',
    '厉害',
    '棒',
    '赞',
    'ok',
    'okay',
    'k',
    'thanks',
    'thank you',
    'thx',
    'ty',
    'hi',
    'hello',
    'bye',
    'good',
    'nice',
    'fine',
    '666',
    // parts that make a social reply with the words above (辛苦您了, 好的老师, 收到谢谢领导, thanks a lot)
    '您',
    '你',
    '老师',
    '领导',
    '同志',
    '亲',
    '了',
    '啦',
    '哈',
    '呀',
    '哒',
    '麻烦',
    '太好',
    '好好',
    '嗯好',
    '哦哦',
    '噢噢',
    '棒棒',
    'got',
    'it',
    'thank',
    'a',
    'lot',
    'so',
    'much',
    'great',
    'cool',
    'noted',
    'sure',
    'copy',
    'okk',
    '不好意思',
    '抱歉',
    '打扰了',
    '打扰',
    '没事',
    '没关系',
    '我知道了',
    '知道啦',
    '收到啦',
    '好呀',
    '好哒',
  ].map((w) => w.toLowerCase()),
);

/** "I'll go and find it": the user is not answering yet. */
const LATER =
  /^(?:等一?下|等一?会儿?|稍等|稍候|等等|待会儿?|一会儿?|晚点|回头|明天|先这样|我先|我去|我再|让我|容我|我得|我要|等我)[^？?]{0,20}$|^(?:我)?(?:去|再|先)?(?:问问|问一下|查查|查一下|找找|找一下|看看|看一下|确认一下|核实一下|核对一下|想想|想一下)/;

/**
 * "Put it aside" / "I don't know": not an answer either. Read as patterns: a negation with a verb of knowing
 * (不太清楚, 没大记住), a verb of remembering with 不 (想不起来, 记不清), or a need to check (这个我得核实).
 */
const UNSURE = new RegExp(
  [
    '先放|放一放|放放|以后再|回头再|晚点再|再说吧?$|稍后|过会儿?',
    // a later time with a verb: the question stays open, the clerk may answer any field of it then
    '(?:以后|之后|回头|晚点|晚些|稍后|过两天|过几天|下次|改天|后面|后续|最后|等会儿?|待会儿?|下周|下礼拜|下个?月|明天|明儿|后天|月底|年底|周[一二三四五])(?:时候)?(?:再|统一|一起)?(?:补|填|写|说|弄|处理|改|看|定|提供|告诉|发|给)',
    // not yet there: the figure is still being made (还没出来, 还在统计, 等结算完再填, 等财务给我)
    '还(?:没|未)(?:有)?(?:出|出来|算|算出来|统计|定|确定|下来|报|批|结算|核算|拿到|收到)|还在(?:统计|算|核算|汇总|结算|走流程|审批|等)|^等[^，。？?]{1,10}(?:再|之后|以后|给我|发我|出来|完)',
    // not at hand now (暂时没有, 我现在手头没有, 材料不在手边, 现在查不到)
    '^(?:我|我们)?(?:暂时|现在|目前|手头|手上|手边|这会儿?|一时)[^，。？?]{0,6}(?:没有|没|不在|查不到|找不到|拿不到|无法提供)|不在手(?:边|上|头)',
    '(?:不|没)(?:太|大|很|是很)?(?:知道|清楚|确定|记得|记住|了解|晓得|懂|掌握|有数)',
    '(?:记|想|说|拿)不(?:起来|得|清|准|到)|忘(?:了|记|$)|没印象|说不好|不好说|(?:搞|弄|闹)不(?:清|懂|明白)|心里没(?:数|底)|^没数$',
    '(?:得|要|需要|还要|还得)(?:再)?(?:核实|核对|确认|问|查|请示|落实)',
    '(?:这就|马上|现在|我)去(?:问|查|找|核|确认|翻)',
  ].join('|'),
);

/** Undo the last write. */
const UNDO =
  /^(?:撤销|撤回|撤消|undo|\/undo|还原|改回去|改回来|恢复原值|恢复原来的值?|取消(?:刚才|上一次|上次)?的?(?:修改|更改|改动))(?:一下|吧|刚才的修改)?$/i;

/** Take the proposal (or, without one, keep what is there). */
const CONFIRM =
  /^(?:确认|确定|同意|采用|好的?确认|(?:就|那就)?(?:采用|用|按|照|依)(?:你的?|您的?)?(?:建议|推荐|计算)(?:的|值|的值|值来)?(?:来|填|改)?|用建议值|按建议(?:的|值)?(?:填|改)?|就按建议(?:的|值)?(?:填|改)?|改吧|就改吧|(?:就)?(?:用|按|听|照)(?:你|您)(?:的|算的|说的|算|说)?(?:来|填|改)?|(?:你|您)算的(?:对|没错)(?:就用(?:你|您)的?)?|yes|y)$/i;

/** Agreement without saying with what. */
const AFFIRM = /^(?:对|对的|对对|是|是的|可以|行的|嗯对|没问题|没错|没毛病|正确|yes|y)+$/i;
const SKIP =
  /^(?:先|就|那就|那|暂时|这个|这项|这组|这些)?(?:跳过|略过|跳掉|跳)(?:吧|这个|这项|这组|这些|去|先|一下)?$|^(?:先|那|那就)?(?:下一(?:个|项|组|题|步)|看下一(?:个|项|组)|pass|next|skip)(?:吧)?$|^(?:这个|这项|这组)?(?:先)?不管(?:了|它)?$/i;
/** 跳过 inside a short reply ("这一项先跳过，下一个", "跳过这个问题"): the group is skipped. */
const SKIP_ANYWHERE = /跳过|略过|跳掉|下一(?:个|项|组|题|步)/;

/** Pushback: the asked fields stay as they are. */
const KEEP =
  /^(?:不用|不需要|无需|不必|别|不要|先不|暂时不|暂不)(?:再)?(?:改|修改|动|变|更改|调整|填|补)了?|^(?:先)?空着|^(?:就)?按(?:原|表上|表里|原来|原表)的?(?:来|填|算|为准)?$|^(?:保持|维持)(?:原样|原状|不变|原值|现状)|^(?:就这样|就这么着|就这么填|就这样填|这样就行|这样就可以|这样可以|原样|照旧|不变|不改|不改了|没错|没有错|正确|是对的|原来的(?:就)?(?:是?对的?|没错|可以|行)|就用原来的|用原来的|维持|没问题|这个是对的|填的没错|填得没错|表上是对的)/;

/**
 * 没有错误但有提醒的表 / 没问题的项目有几个: words of pushback opening a question that names the forms or projects it
 * asks for — a question, never a reply keeping a value (没有错误… had been acknowledged with 「当前没有待回答的问题」).
 */
const NAMES_FORMS = /的(?:表格?|自评表|报表|项目|指标|单位|部门)/u;

/**
 * Pushback said anywhere in a short reply, as patterns rather than phrases: a negation with a verb of changing
 * (这个分不用动, 没必要改), keeping what the form has (保留原值, 沿用表上的, 照表上填的来), or the form's value
 * called right (表上的没问题, 原来写的是对的).
 */
const KEEP_ANYWHERE = new RegExp(
  [
    '(?:不用|不需要|无需|不必|别|不要|不想|没必要|用不着|不)(?:再)?(?:去)?(?:改|修改|动|变|更改|调整|换|更正|改动)(?!产)',
    '(?:保持|维持|保留|沿用|就用|用|按|照|依|以)(?:着)?(?:表上|表里|表中|原表|原来|原先|之前|现在|目前|现有|原)(?:的|填的|写的)?(?:值|数|数字|分|分数|样|状|那个)?(?:就行|就好|即可|为准|来|填|不变)?$',
    '(?:表上|表里|表中|原表|原来|原先|现在|目前|之前)(?:的|填的|写的)?(?:是|也是)?(?:对的?|没错|没问题|正确|准确|可以|就行|就可以)',
  ].join('|'),
);
/**
 * Pushback by its parts rather than as phrases, each on the whole folded reply: a verb of keeping with what is kept
 * (保留, 保留原来的, 维持现状, 沿用表上的值, 照旧), "no need" with or without a verb of changing (不需要, 不用动, 没必要改),
 * or the form's value called right, by someone who checked it (我确认没问题, 核对过了无误) or of the value itself
 * (这个是对的, 表上的没错). 没问题 / 对 alone are agreement (AFFIRM), not this.
 */
const KEEPING = new RegExp(
  `^(?:${[
    '(?:就|那就|先|还是|都)?(?:保留|保持|维持|沿用|照旧|照原样|留着)(?:着)?(?:原来|原先|原|表上|表里|现在|目前|现有|这个|它|之前)?(?:的|填的|写的)?(?:值|数|数字|样|状|现状|样子|内容|那个)?(?:不变|不动|就行|就好|即可|就可以|好了)?',
    '(?:这个|这项|这一项|这里|它)?(?:不需要|不用|无需|不必|没必要|用不着|不要|别|甭|不做|不作)(?:你|再|去)*(?:改|修改|动|变|更改|调整|调|换|更正|改动|填|补|处理|管)?(?:了|它|啦)?',
    // the choice made: 就它了, 就这个, 就这么定了
    '(?:就|那就)(?:它|这个|这样|这么)(?:定|办|填)?',
    // the form's value named as the one to keep: 还是原来的, 就用表里的, 按原表来
    '(?:还是|就是|仍是|仍然是|就用|就按|按|照|依|以)(?:原来|原先|原|表上|表里|原表|之前)(?:的|填的|写的)?(?:来|填|为准|就行|就好|那个)?',
    // checked, said without "right": 核实过了, 领导确认过了, 我们核对过的
    '(?:我|我们|领导|科长|处长|主任|财务|我这边|都)?(?:已经|已|都)?(?:确认|核对|核实|复核|审核|检查)(?:过|好)(?:了)?',
    // an error denied: 没写错, 这个没填错
    '(?:这个|这|它|表上|表里|原来)?(?:的)?(?:没|没有|并没有|不是)(?:填|写|打|录|弄|搞|算)错',
    '(?:我|我们|我这边)?(?:已经|已|都)?(?:确认|核对|核实|检查|复核|查|看)(?:过|了|好)*(?:一下|一遍)?(?:了)?(?:是|也是|都)?(?:没问题|没错|无误|对的?|正确|准确|没毛病)',
    '(?:这个|这|那个|这项|这一项|这里|它|表上|表里|表中|原来|原表|原先|现在|目前|填|写|数字|数|分数|分|金额|名字|号码|电话)(?:的|填的|写的)?(?:数|值|数字|分数)?(?:是|也是|都是|确实是|就是|本来就是)?(?:对的?|没错|没问题|正确|准确|无误|没毛病)',
  ].join('|')})$`,
);
/** A new value is being given after all ("不用改成95，应该是99.5"). */
const GIVES_VALUE = /改成|改为|应该是|应为|应该为|填成|换成/;

/**
 * "Leave it blank": a negation with a verb of filling (先不填, 暂时不写, 没法填), or a word for "to be decided /
 * none" (待定, 暂无, 留空, 不适用). The field stays as it is and is not asked again in this round. ("以后补", "回头再说"
 * keep the question open instead: see UNSURE.)
 */
const DEFER = new RegExp(
  [
    '^(?:我|我们)?(?:这个|这项|这一项|这里|此项|那个)?(?:先|暂时|暂且|暂|目前|现在|今天|这次)?(?:还)?(?:不|别|没法|无法|不能|不好|不方便)(?:想|愿意|打算|用)?(?:填|写|补|提供|给|录)',
    '^算(?:了|吧)?(?:不填|不写)?$',
    '^(?:这个|这项|这一项|这里|此项|那个)?(?:先|暂时|暂且)?(?:空着|留空|空白|放着|搁着|不动(?!产))',
    // the field named first (电话先空着, 负责人暂时不填, 号码不填了): a short subject, then the same words
    '^\\p{Script=Han}{1,6}?(?:先|暂时|暂且|暂)(?:空着|留空|空白|不填|不写|不提供|不用填|不用写|不需要填)|^\\p{Script=Han}{1,6}?(?:不填|不写|不用填|不用写|不需要填|不必填)了?$',
    '^(?:待定|待补充?|待填|待确认|待核实|暂无|暂缺|暂未确定|未定|还没定|没定|不适用|不涉及|无此项|没有此项|没有这项|没这项)',
    '^(?:没有|无|没)(?:这个|此项|这项|这一项|联系人|负责人|电话|手机|号码|座机)?$',
  ].join('|'),
  'u',
);

/** "What is on the form is right", said at the end of a short reply ("表上写的没错"). */
const KEEP_TAIL =
  /^[^不]{0,8}(?:写|填)[的得](?:就|也|都)?(?:没错|没有错|是对的?|对的?|没问题|正确|准确)$|^(?:就|那就)?(?:先)?这样(?:就行|就好|就可以|可以|挺好|吧)?$/;

/**
 * Impatience and annoyance, as classes of words rather than phrases: being asked again (又问, 老是问, 问了几遍,
 * 说过了, 有完没完), a feeling with an intensifier (烦死了, 好烦, 头大, 无语), hurry (快点, 磨叽), "stop asking".
 */
const COMPLAINT = new RegExp(
  [
    '(?:又|老是?|总是?|一直|反复|还在|咋还|怎么还|怎么又|咋又)(?:在)?(?:问|来|催|要|得|填|让我)',
    '(?:问|说|讲|答|填|回答)(?:了|过)?(?:多少|几|好几|N)(?:遍|次|回)',
    '(?:已经|都|不是|刚刚?|刚才|早就?)(?:说|讲|回答|答|填|告诉你|发给你)(?:过了?|了)(?:吗|嘛|啊)?$',
    '有完没完|没完没了|还有完吗|到底(?:还)?要(?:问|填)(?:几|多少)',
    '烦(?:死|透|人|不烦)|(?:好|真|太|很|超|巨|烦)烦|(?:麻烦|累|晕|气|急)死|受不了|受够|崩溃|无语|服了|头(?:疼|大|痛)|郁闷|抓狂|心累',
    '快点|赶紧的|能不能快|磨叽|墨迹|啰嗦|啰唆|罗嗦|太慢|好慢|真慢|效率太低',
    // asked again and again, said as a thing: 又是这个, 问个不停, 问来问去
    '^(?:唉|哎)?又(?:是|来)|问个不停|问来问去|问不完|没完',
    // a sigh or a curse alone, the system called names, tiredness
    '^(?:唉|哎|哎呀|哎哟|天哪|天呐|我的天|我去|我靠|晕|我晕|晕了)+$|破系统|什么破|垃圾|什么鬼|搞什么|搞啥',
    '(?:太|好|真|很|超)(?:麻烦|累)|^(?:好)?累(?:了|死)?$|饶了我|放过我',
    '^(?:你|能不能|可不可以|求你|拜托)?(?:别|不要|不用|甭)(?:再)?(?:问|催|烦)(?:了|我|啦)?',
  ].join('|'),
);

/** "How much is left / where were we": answered with what is still to be filled. */
const PROGRESS =
  /^(?:还|总共|一共)?(?:剩|差|缺|少|有|剩下|剩余)(?:下)?(?:几|多少|哪些|什么|啥)(?:项|个|组|栏|格|处)?(?:要|没|需要|得|没有)?(?:填|补|写|问)?(?:的|完)?$|填到哪|到哪(?:一步|了)|进行到哪|还要(?:填|问)多久/;

/** Back after a pause: 继续, 接着填, 我回来了, 找到了 (with nothing else; a value after 找到了 is an answer). */
const RESUME =
  /^(?:好了?|好的|ok|那|我|咱们|我们|可以)?(?:继续|接着|回来|接着来|接着填|继续填|继续补|接着补|开始吧|来吧|找到|查到|问到|问好|可以继续|可以)(?:吧|了|填|补全|说|问|弄)?(?:刚才的?|上次的?|刚才那个)?$/;

/**
 * Words that say an earlier value was wrong: a verb of writing with 错/反 (写错, 打错, 记反), or 不对 / 错了 / 有误 at
 * the start or after a word pointing back (这个不对, 刚才的有误); inside a sentence those are content (数据有误已更正).
 */
const WRONG =
  /(?:写|填|打|输|弄|搞|记|看|报|说|讲|点|敲|按)(?:错|反)|(?:写|填|打|输|敲|录)(?:少|多|漏)了|(?:少|多|漏)(?:写|填|打|输|敲|录)了|(?:写|填|打|输|记)成[^，,。；;]{1,15}了|^(?:帮我|麻烦)?(?:改一下|改下|修改一下|更改一下|更正一下)|^(?:这个|那个|刚才的?|刚刚的?|之前的?|前面的?|上面的?|上一个|上一项)?(?:不对(?![外口称]|应(?!该))|错了|有误|不是这个|更正|纠正)/;
/** Where the wrong-value words end in a clause (the value may follow). */
const WRONG_CUT =
  /(?:写|填|打|输|弄|搞|记|看|报|说|讲|点|敲|按)(?:错|反)了?|(?:写|填|打|输|敲|录)(?:少|多|漏)了|(?:少|多|漏)(?:写|填|打|输|敲|录)了|(?:写|填|打|输|记)成[^，,。；;]{1,15}了|(?:帮我|麻烦)?(?:改一下|改下|修改一下|更改一下)|不对|错了|有误|不是这个|更正(?:一下)?|纠正(?:一下)?/g;
/** A reference back to an earlier answer, which with a new value makes a correction ("刚才那个改成…"). */
const EARLIER = /^(?:刚才|刚刚|之前|前面|上面|上一个|上一项|刚填的|刚才填的|刚才那个)/;
/** The words before the right value: 应该是, 改成, 正确的是. */
const RIGHT_VALUE =
  /^.*?(?:应该是|应该为|应是|应为|改成|改为|换成|正确的?是|实际上?是|其实是|对的是|正确值是)\s*[:：]?/;

/**
 * The right value in a correction, the words around it taken off: 「不对，应该是王丽」→ 王丽, 「刚才电话写错了，是
 * 13812345678」→ 13812345678, 「负责人写错了，是王丽，不是王芳」→ 王丽. Empty when the text gives no value.
 */
export function correctionValue(text: string): string {
  if (!WRONG.test(fold(text))) {
    const contrast = contrastValue(text);
    if (contrast !== null) return contrast;
  }
  const all = text.split(CLAUSES).filter((c) => fold(c) !== '');
  // 「前面那个数多打了个0，应该是12.5万」「名字打少了一个字，是周蕾莹」: the clauses before the one that gives the
  // right value say what was wrong.
  const right = all.findLastIndex(
    (c) => RIGHT_VALUE.test(c.trim()) || /^(?:是|为|就是)(?!不)/.test(c.trim()),
  );
  const clauses = right > 0 ? all.slice(right) : all;
  const values = clauses.flatMap((clause) => {
    const c = clause.trim();
    if (/^(?:而)?不是/.test(c) && !RIGHT_VALUE.test(c)) return []; // 「…，不是王芳」: the wrong value
    let v = RIGHT_VALUE.test(c) ? c.replace(RIGHT_VALUE, '') : c;
    // After the last wrong-value word: 「不对不对，…」「写错了写错了」.
    const wrong = v === c ? [...c.matchAll(WRONG_CUT)].at(-1) : undefined;
    if (wrong) v = c.slice((wrong.index ?? 0) + wrong[0].length);
    v = v
      .replace(/^[了啦的吧啊呀]+/, '')
      .replace(/(?:[，,]?(?:而)?不是.*)$/, '')
      .replace(/^(?:是|为|就是|该是)\s*/, '')
      .trim();
    return fold(v) === '' ? [] : [v];
  });
  return values.join('，');
}

/** "不是王芳，是王方" / "是王方不是王芳": the right value said against the wrong one. */
const CONTRAST =
  /^不是([^，,。]{1,12}?)[，,\s]*(?:而)?是([^，,。]{1,12})$|^是?([^，,。]{1,12}?)[，,\s]*(?:而)?不是([^，,。]{1,12})$/;
/** Words a value never starts with: pronouns and adverbs (这个不是我负责的, 我也不是很清楚). */
const NOT_A_VALUE = /^(?:这|那|我|你|他|她|它|也|都|就|还|但|并|很|太|特别)/;

/** The right value of a contrast, or null when the text is none. */
function contrastValue(text: string): string | null {
  const m = CONTRAST.exec(text.trim());
  const value = (m?.[2] ?? m?.[3] ?? '').trim();
  const wrong = (m?.[1] ?? m?.[4] ?? '').trim();
  return value && !NOT_A_VALUE.test(value) && !NOT_A_VALUE.test(wrong) ? value : null;
}

/** A correction of an earlier answer, with or without the right value. */
export function isCorrection(text: string): boolean {
  const f = fold(text);
  return (
    WRONG.test(f) ||
    (EARLIER.test(f) && GIVES_VALUE.test(f)) ||
    SAID_WRONG.test(text.trim()) ||
    contrastValue(text) !== null
  );
}

/**
 * 「数字颠倒了，应该是34.06795」「小数点多了一位 改成12.5」: a clause saying what happened (no digits, ending in 了),
 * then the right value. The clause is about an earlier answer, never a value of this one.
 */
const SAID_WRONG =
  /^[^\d，,。；;！!？?]{2,16}了[，,。；;\s]*(?:应该是|应该为|应为|应是|改成|改为|更正为|正确的?是)/;

/** "That's wrong" with nothing else: asked for the right value. */
const OBJECTION = /^(?:不对|错|错了|不是|不是这个|填错|写错|搞错|弄错|有误|不正确)$/;

/** A question about the projects rather than about the field asked ("有几个项目没填完成值？"). */
const PORTFOLIO_SCOPE =
  /项目(?!负责人|名称)|事项|哪些|几个|几项|几家|多少个|多少项|列出|统计|汇总|排名|排序|平均|所有|全部|各(?:部门|单位|街道|区|项目)/;
/** "this field": a question that says it is about the field being asked. */
const THIS_FIELD = /这里|这个|这项|这一项|该项|此项|这栏|这一栏|这格/;
/** Interrogatives that make a text a question even when it also says "I don't know". */
// 几 with any measure word asks a count (几家, 几条, 几位, 几笔): not only 几个 / 几项.
/**
 * …总分不是满分的报给我 / 把名单发给我 / 列一份给我看看: a request ending in "send it to me" asks for what comes before
 * it — never a correction (不是满分的 is a condition, not "it is not X") nor a deferral (明天开会要用 is the reason).
 */
const SEND_ME =
  /(?:报|发|列|拉|整理|汇总)(?:一下|下|个|一份|出来)?给我(?:看看|看|一下)?[。！!\s]*$|(?:报|发)我[。！!\s]*$/u;
const STRONG_QUESTION = new RegExp(
  `[？?]\\s*$|多少|几[个项家条位张份笔人户件名所]|哪些|哪个|哪几|列出|统计|汇总|有没有|是否|${SEND_ME.source}`,
  'u',
);

/** Interrogatives: a text with one of these is a question, not a value (列出 / list / cnt closing a search-box query too). */
const QUESTION_WORDS =
  /(?:填|写|算|要|用)[^，。,]{0,10}还是|多少|几[个项分张份家条位笔人户件名所次类种处倍]|哪些|哪个|哪几|什么|啥|怎么|怎样|如何|为什么|为啥|是否|有没有|能不能|可不可以|是不是|会不会|谁|吗$|么$|呢$|列(?:个|一个|一份)?(?:清单|名单)|列出来|列出\s*$|(?<![A-Za-z])(?:list|cnt|show)(?![A-Za-z])/i;
const COMMAND_LIKE =
  /^(?:列出|列一下|列下|列个表|统计|查询|查一下|查下|汇总|显示|给我看|帮我查|帮我看|帮我统计|帮我列|帮忙(?:查|看|统计|列|找)|看看|请问|请列出|请统计|请查|我想(?:看|查|知道|问)|想问|问一下|麻烦(?:查|看|统计|列|问))/;
/** "按部门统计项目数量", "各街道的预算合计": a request about the projects, not a value. */
const PORTFOLIO_REQUEST =
  /^(?:按|各|每个?|分)[^\d]{1,10}(?:统计|汇总|分组|排序|排名|列出|合计)|项目(?:数|数量|个数)|(?:所有|全部)项目/;
const ENGLISH_QUESTION = /^(?:what|how|which|who|why|when|where|list|show|count|is|are|do|does|can)\b/i;
/** A question about the field being asked rather than about the portfolio. */
const FIELD_HELP =
  /填|写|格式|单位|意思|为什么|为啥|怎么算|要求|啥意思|什么意思|是指|指的是|问什么|问的是|问啥|要什么|\bwhat (?:should|do|shall|can) i (?:put|write|fill|enter|type)\b|\bwhat goes here\b|\bhow (?:do|should) i (?:fill|answer|write)\b|\bwhat (?:format|unit)\b/i;

/** The text folded for matching: no punctuation, emoji or trailing particles, lower case. */
export function fold(text: string): string {
  let t = text.normalize('NFKC').replace(EMOJI, '').toLowerCase().replace(PUNCT, '');
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(PARTICLES, '');
  }
  return t;
}

/** Emoji that thank or assent: 👍 👌 🙏 ✅ 👏 🤝 💪 ✌ 🫡 and flowers. */
const ACKNOWLEDGING_EMOJI = new Set([
  '👍',
  '👌',
  '🙏',
  '✅',
  '✔',
  '👏',
  '🤝',
  '💪',
  '✌',
  '🫡',
  '🌹',
  '🌷',
  '💐',
  '🌺',
]);

/** Every clause is a social reply ("好的，谢谢！", "收到👌", "ok thanks"). */
export function isChitchat(text: string): boolean {
  const clauses = text
    .normalize('NFKC')
    .replace(EMOJI, ' ')
    .split(/[\s，,。.！!～~、；;：:…]+/)
    .map(fold)
    .filter(Boolean);
  // Emoji alone: a gesture of thanks or assent (👍, 🙏, 👌🌹) is a social reply; a laugh, a face or anything else
  // (😂😂😂👍👍, 🤔) says nothing the bot can read, and is answered as not understood, never thanked.
  if (clauses.length === 0) {
    const emoji = text.normalize('NFKC').match(/\p{Extended_Pictographic}/gu) ?? [];
    return text.trim() !== '' && emoji.every((e) => ACKNOWLEDGING_EMOJI.has(e));
  }
  return clauses.every((c) => CHITCHAT_WORDS.has(c) || splitsIntoChitchat(c));
}

/**
 * "好的谢谢", "收到谢谢": run-together social words. A run of Latin letters is one word, never cut inside (aaaa is not
 * a + a + a + a, okthanks is nothing).
 */
function splitsIntoChitchat(clause: string): boolean {
  if (clause === '') return true;
  for (let i = clause.length; i > 0; i--) {
    if (i < clause.length && LATIN.test(clause[i - 1]!) && LATIN.test(clause[i]!)) continue;
    if (CHITCHAT_WORDS.has(clause.slice(0, i)) && splitsIntoChitchat(clause.slice(i))) return true;
  }
  return false;
}
const LATIN = /[a-z0-9]/;

/**
 * A request about the projects without a question word, as staff type it into a chat: a selection of projects
 * (执行率最低的项目, 发改委的项目, 总分低于90分的), an aggregate at the end (潞源街道的预算合计), or English about
 * projects (projects below 80, top 5 by budget). A 实际完成值 or 偏差原因 is never shaped like this.
 */
// 事项: the projects said in office language (query/project-nouns.ts)
const PROJECT_WORD = /项目(?!负责人|名称|资金|支出|实施)|事项|\bprojects?\b/i;
const SELECTOR =
  /最(?:高|低|多|少|大|小|好|差)|前\s*\d+|后\s*\d+|排名|排序|低于|高于|超过|不足|大于|小于|不到|以上|以下|没做|没填|未填|没写|未写|没交|缺少?|没有/;
const AGGREGATE_END =
  /(?:合计|总和|总计|平均(?:分|值|数)?|总数|总额|汇总|分布|排名|一共)$|^(?:平均|合计|总计)(?:的)?\p{Script=Han}{1,6}(?:率|分|数|额|预算)$/u;
const ENGLISH_PORTFOLIO =
  /\b(?:projects?|budgets?|scores?|rates?|departments?|top|below|above|under|over|list|show|total|average|sum)\b/i;

/**
 * 明天北京下不下雨 / 明天会下雪吗: a question of its own that happens to start with a later time (明天, 后天…), asked in
 * the A-not-A form or with 吗 at the end. With nothing being filled it is no "later" — it is asked, and answered (or
 * reported as not a question the forms answer). A deferral (明天再填吧, 明天再说行不行, 我明天补一下可不可以) stays one.
 */
const LATER_TIME_ASKS = /^(?:明天|明儿|后天|今天|今晚|下周|下个?月|周末)/u;
const ASKED_OF_ITSELF = /(\p{Script=Han})不\1|吗[？?。！!\s]*$/u;
const DEFERRING = /再|补|填|写|改|给|发|交|报|告诉|回复|处理|弄|说|行不行|可不可以|好不好|能不能/u;
export function asksAtLaterTime(text: string): boolean {
  const t = text.trim().normalize('NFKC');
  return LATER_TIME_ASKS.test(t) && ASKED_OF_ITSELF.test(t) && !DEFERRING.test(t);
}

/**
 * A verb of looking with what is to be looked at (看看河门口都有什么项目, 查一下南京市项目的执行率): with no question
 * open it asks for that, it is not "let me check" (我去查一下, 看看再说, 查一下再告诉你 have no object).
 */
const LOOK_AT =
  /^(?:请|麻烦|帮我|帮忙)?(?:看看|看一下|看下|查查|查一下|查下|找找|找一下)(?!再|吧|然后|回头|就|完|后)(\p{Script=Han}.+)$/u;
export function looksAtSomething(text: string): boolean {
  const m = LOOK_AT.exec(text.trim().normalize('NFKC'));
  return !!m && (m[1]!.match(/\p{Script=Han}/gu) ?? []).length >= 3;
}

function portfolioShaped(t: string): boolean {
  // 都有什么项目 / 有哪些项目 / 几个项目: a question word on the projects asks for them.
  if (
    PROJECT_WORD.test(t) &&
    (SELECTOR.test(t) || /的(?:项目|事项)|项目有|项目们|(?:什么|哪些|哪几个|几个|多少)(?:项目|事项)/.test(t))
  )
    return true;
  if (/的$/.test(t) && SELECTOR.test(t)) return true;
  // 满意度那行写了未做，可得分那格空着、没写0的: a cell said empty on a part of the form, ending as a selection
  if (/的$/.test(t) && /没写|空着|漏填/.test(t) && /那行|那格|那栏|一栏|得分|分值|指标|表|项目/.test(t))
    return true;
  if (AGGREGATE_END.test(t)) return true;
  const latinWords = t.match(/[A-Za-z]{2,}/g) ?? [];
  return latinWords.length >= 2 && ENGLISH_PORTFOLIO.test(t);
}

/**
 * A verb that also starts nouns (统计局, 统计所经费, 统计调查员, 汇总表, 查询系统): as the first word it asks for
 * something only when what follows is what a request names — a scope, a quantity, a field of the projects, 一下 —
 * or when the text ends like a selection (…的). Otherwise the pending field's type decides, not the first word.
 */
const NOUN_FORMING_VERB = /^(?:统计|查询|汇总|显示|列出|请统计|请查)/;
const REQUEST_OBJECT =
  /^(?:一下|下|出|一共|总共|共|所有|全部|全|各|每|哪|几|多少|按|分|有|我|咱|本|当前|目前|今年|去年|\d{4}|项目|负责人|电话|预算|执行|得分|分数|总分|满意|部门|单位|街道)|项目|哪些|几个|多少|平均|合计|总数|数量|个数|的$/;

function commandLike(t: string): boolean {
  const m = COMMAND_LIKE.exec(t);
  if (!m) return false;
  if (!NOUN_FORMING_VERB.test(m[0])) return true;
  return REQUEST_OBJECT.test(t.slice(m[0].length).replace(/[\s。.！!～~]+$/, ''));
}

/**
 * 查一下2023年社区公益事业补助资金这个项目的执行率 / 看一下X总体目标的实际完成情况: a look-up of one thing of a named
 * project (a long name, then 的 and a short noun at the end), not "let me go and check" (我去问一下负责人, 我查一下他的电话).
 */
const NAMED_LOOKUP =
  /^(?:请|麻烦|帮我)?(?:查查|查一下|查下|看看|看一下|看下)[^，,。？?]{8,}的[^的，,。？?\s]{2,8}(?:是多少|是什么|是啥|写的啥|写的什么|多少)?[？?]?$/;
function namedLookup(text: string): boolean {
  return NAMED_LOOKUP.test(text.normalize('NFKC').trim());
}

/** 大红门满意度写未做的列一下: a selection (…的) and then the request for it, with no pause between. */
const REQUEST_AFTER_SELECTION =
  /的\s*(?:都)?(?:列一下|列下|列出来|列一列|列个表|列个清单|统计一下|统计下|数一下|发我(?:一下|下)?|给我看看|给我列一下)[。.！!～~\s]*$/u;

export function isQuestion(text: string): boolean {
  const t = text.trim();
  if (REQUEST_AFTER_SELECTION.test(t)) return true;
  if (/[？?]\s*$/.test(t)) return true;
  if (t.length > 60) return false; // a long text with 如何 inside is an explanation, not a question
  return (
    QUESTION_WORDS.test(t) ||
    commandLike(t) ||
    // 满意度那行写着“未做”的，统计个数就行: a request opening a later clause asks about what the first one selects
    // (a pause typed as a space parts clauses too: 满意度没做的 列一下).
    t
      .split(/[，,；;]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
      .slice(1)
      .some((clause) => commandLike(clause.trim())) ||
    namedLookup(t) ||
    SEND_ME.test(t) ||
    ENGLISH_QUESTION.test(t) ||
    PORTFOLIO_REQUEST.test(t) ||
    portfolioShaped(t.normalize('NFKC').replace(/[\s。.！!～~]+$/, ''))
  );
}

/** A question that names the asked field or asks how to fill it, not a question about the projects. */
function isFieldHelp(text: string, labels: string[]): boolean {
  if ((PORTFOLIO_SCOPE.test(text) || SEND_ME.test(text)) && !THIS_FIELD.test(text)) return false;
  if (FIELD_HELP.test(text)) return true;
  const t = fold(text);
  return labels.some((label) => {
    const bare = fold(label.replace(/^「[^」]*」/, ''));
    if (bare.length >= 2 && t.includes(bare)) return true;
    // A part of a composite label as staff say it: 年度资金总额·全年执行数 → 执行数, 全年执行数.
    return label
      .split(/[·「」]/)
      .map((part) => fold(part).replace(/^(?:全年|年初|年度|项目|第\d+行指标)/, ''))
      .some((part) => part.length >= 3 && t.includes(part));
  });
}

/** The asked field's current value typed again: nothing to change. */
/** Words around a repeated value that only say "keep it": 还是95, 就95, 95分就对了, 维持95不变. */
const REPEAT_LEAD = /^(?:还是|仍然是|仍是|仍然|就是|就按|就填|就|是|维持|保持|按|照)+/;
const REPEAT_TAIL = /(?:就对了?|就行了?|就好|就可以|没错|是对的?|对的?|不变|不用改|即可)+$/;

function repeatsCurrent(text: string, current: string[]): boolean {
  const t = fold(text).replace(REPEAT_LEAD, '').replace(REPEAT_TAIL, '');
  if (t === '') return false;
  return current.some((c) => {
    if (c === '' || c === '（空）') return false;
    if (fold(c) === t) return true;
    // A number typed again, with or without its unit (95 → 95分, 11.4 → 11.4万).
    const n = /^(\d+(?:\.\d+)?)(?:分|万元|万|%|人|次|个)?$/.exec(t);
    return n !== null && Number(n[1]) === Number(c.replace(/[%％]$/, ''));
  });
}

/** Leading words that only say "the value is": 「应该是」「改成」「填」. */
const VALUE_LEAD =
  /^(?:不对|错了|不是|填错了|写错了)?[，,\s]*(?:应该是|应是|应为|应该为|改成|改为|填成|填为|请填|就填|就写|写成)\s*[:：]?\s*/;

/**
 * Clause breaks: punctuation and spaces, but not a point or a space inside a number ("11.4万", "1 196 000") nor a
 * comma that groups thousands ("1,196,000").
 */
const CLAUSES = /[。！!～~、；;…\n]+|[，,](?!\d{3}(?:\D|$))|(?<!\d)[.\s]+|[.\s]+(?!\d)/;

/**
 * The text without its asides ("好的，不用改了，谢谢" → "不用改了", "找到了，是王芳" → "是王芳", "烦死了，王芳" →
 * "王芳"): social words, a return after a pause, a complaint. Unchanged when nothing else is left.
 */
function withoutAsides(text: string): string {
  const clauses = text.split(CLAUSES).filter((c) => fold(c) !== '');
  const aside = (c: string) =>
    isChitchat(c) || RESUME.test(fold(c)) || (COMPLAINT.test(fold(c)) && !/\d/.test(c));
  const kept = clauses.filter((c) => !aside(c));
  return kept.length > 0 && kept.length < clauses.length ? kept.join('，') : text;
}

/** "回来了，继续": every clause says "back" or is social. */
function resumeClauses(text: string): boolean {
  const clauses = text.split(CLAUSES).map(fold).filter(Boolean);
  return clauses.some((c) => RESUME.test(c)) && clauses.every((c) => RESUME.test(c) || isChitchat(c));
}

/** 「撤销」, or a short sentence asking for it ("刚才那个填错了，撤回一下"). */
export function isUndo(text: string): boolean {
  const f = fold(text);
  return (
    UNDO.test(f) ||
    (f.length <= 20 &&
      /撤销|撤回|撤消|改回(?:去|来|原)|恢复(?:成|为|到)?原(?:值|样|来|先)|回退|退回(?:上一步|去|原)|取消(?:刚才|上次|这次|上一次)?的?(?:修改|更改|改动|填写)/.test(
        f,
      ))
  );
}

/** Not knowing the value (as opposed to going to find it): 不知道, 不清楚, 记不得, 忘了. */
const UNKNOWN =
  /说不好|不好说|(?:搞|弄|闹)不(?:清|懂|明白)|心里没(?:数|底)|^没数$|(?:不|没)(?:太|大|很|是很)?(?:知道|清楚|确定|记得|记住|了解|晓得|掌握|有数)|(?:记|想|说)不(?:起来|得|清|准)|忘(?:了|记|$)|没印象/;

export function classifyIntent(text: string, context: IntentContext): Intent {
  const whole = classifyWhole(text, context);
  // 我不太确定河门口街道是不是只有九个项目…它们按全年预算排一下吧: with no question open, a doubt leaves nothing — the
  // message asks the projects (it had been acknowledged with 「当前没有待回答的问题」).
  // (其中满意度指标未做的占比: 未做 is no answer when nothing was asked — the message asks the projects)
  if (
    !context.labels.length &&
    (NON_WRITING.has(whole.kind) || whole.kind === 'notDone') &&
    ASKS_PROJECTS.test(text)
  )
    return { kind: 'question' };
  if (!ASIDE_CARRIERS.has(whole.kind)) return whole;
  return questionBesideAside(text, context) ?? whole;
}

/** Words that ask something of the projects: a list, a ranking, a count, a figure. */
const ASKS_PROJECTS =
  /排一下|排个序|排序|排列|列出|列一下|统计|多少|几个|几张|哪个|哪些|哪几|汇总|加起来|合计|占比|比例|百分比|^\s*(?:那|那么)?其中/u;

/** What a message read whole may be when one clause of it is about the open question and another asks the projects. */
const ASIDE_CARRIERS = new Set<Intent['kind']>(['question', 'fieldHelp', 'later', 'keep', 'complaint']);
/** Replies to the open question that write nothing and can stand beside a question in one message. */
const NON_WRITING = new Set<Intent['kind']>(['later', 'keep', 'complaint', 'skip']);

/**
 * 「这个项目的联系电话我也不知道，你帮我查一下潞源街道的项目有几个」: one part of the message leaves the open question
 * (not known, later, keep it, skip) and the other part, before or after it, is a question about the projects. Read
 * whole, the field's label made it field help and the question went unanswered. Split at a clause break, the part
 * about the field is read against the open question and the rest on its own, with no field context.
 */
function questionBesideAside(text: string, context: IntentContext): Intent | null {
  const clauses = text
    .trim()
    .split(AFTER_CLAUSE_BREAK)
    .filter((c) => fold(c) !== '');
  for (let i = 1; i < clauses.length; i++) {
    const head = clauses.slice(0, i).join('').trim();
    const tail = clauses.slice(i).join('').trim();
    for (const [aside, asked] of [
      [head, tail],
      [tail, head],
    ] as const) {
      const reply = classifyWhole(aside, context);
      if (!leavesOrAnswers(reply, aside)) continue;
      const question = classifyWhole(asked, { labels: [], current: [] });
      const aboutFilling =
        question.kind === 'fieldHelp' || (question.kind === 'question' && isFieldHelp(asked, context.labels));
      if (question.kind === 'question' && !aboutFilling) return { kind: 'question', text: asked, aside };
      // A value beside a question about filling in: the help, then the value read as the answer it is.
      if (aboutFilling && reply.kind === 'answer') return { kind: 'fieldHelp', aside };
    }
  }
  return null;
}

/**
 * An aside that writes nothing, or a value with a shape of its own (a phone number, an amount, a date): that one is
 * then read as the answer it is, behind the same guards as alone (「80856943，顺便问下潞源有几个项目」). Words — a
 * name, an office, a sentence — are not taken from beside a question: they may be its context (我是潞源街道的).
 */
function leavesOrAnswers(intent: Intent, aside: string): boolean {
  // 「等下，先问个事：…」: a pause word before a question holds the question, it is not "I'll go and find it".
  if (intent.kind === 'later' && !intent.unknown && PAUSE.test(fold(aside))) return false;
  if (NON_WRITING.has(intent.kind)) return true;
  const shape = intent.kind === 'answer' ? looksLike(intent.text) : null;
  return shape !== null && shape !== '人名' && shape !== '单位名称';
}

/** A pause word alone: 等下, 稍等, 等一会儿. */
const PAUSE = /^(?:等一?下|等等|稍等|等一?会儿?|且慢|慢着)$/;

/** After a sentence or clause break that can part an aside from a question (not the 、 inside a list). */
const AFTER_CLAUSE_BREAK = /(?<=[，,。！!？?；;\n])(?![，,。！!？?；;\n])/;

function classifyWhole(text: string, context: IntentContext): Intent {
  const t = withoutAsides(text.trim());
  const f = fold(t);
  const satisfactionAsked = context.kinds?.includes('satisfaction') ?? false;
  if (isUndo(t)) return { kind: 'undo' };
  // 「80856942，不对，是80856943」: the last value said wins; without one, the value taken back is not used. Read
  // before the asides are taken off: an apology between two values (「李昌隆，抱歉，李昌龙」) is what takes one back.
  const self = STRONG_QUESTION.test(t) ? null : selfCorrection(text.trim());
  if (self) {
    if (self.value === '') return { kind: 'objection' };
    const intent = classifyWhole(self.text, context);
    return intent.kind === 'answer' ? { ...intent, replaced: self.replaced } : intent;
  }
  // An office's name answering 主管部门 / 实施单位 ("统计局"), whatever its first word.
  const office = t.replace(/^(?:是|为|就是)/, '').replace(/[。.！!]+$/, '');
  if (context.kinds?.includes('org') && looksLikeOrgName(office)) return { kind: 'answer', text: office };
  if (CONFIRM.test(f)) return { kind: 'confirm' };
  if (SKIP.test(f) || (SKIP_ANYWHERE.test(f) && f.length <= 12 && !/\d/.test(f) && !isQuestion(t)))
    return { kind: 'skip' };
  if (AFFIRM.test(f)) return { kind: 'affirm' };
  // "没做" / "今年没搞满意度调查" answers a satisfaction question (未做); elsewhere it is about the survey only when it
  // names it, and never a value of the field asked.
  // 「不做修改」 is pushback: 做 there is about changing the form, not about a survey.
  if (notDoneQuote(t) !== null && !isQuestion(t) && !KEEPING.test(f)) {
    if (satisfactionAsked) return { kind: 'answer', text: t };
    if (saysSurveyNotDone(t)) return { kind: 'notDone' };
  }
  if ((KEEP.test(f) && f.length <= 16 && !NAMES_FORMS.test(f)) || KEEP_TAIL.test(f) || KEEPING.test(f))
    return { kind: 'keep' };
  if (KEEP_ANYWHERE.test(f) && f.length <= 16 && !GIVES_VALUE.test(f) && !isQuestion(t))
    return { kind: 'keep' };
  if (DEFER.test(f) && f.length <= 20 && !STRONG_QUESTION.test(t)) return { kind: 'keep' };
  if (repeatsCurrent(t, context.current)) return { kind: 'keep' };
  if (OBJECTION.test(f)) return { kind: 'objection' };
  if (isCorrection(t) && !STRONG_QUESTION.test(t)) {
    const value = correctionValue(t);
    return value === '' ? { kind: 'objection' } : { kind: 'correction', value };
  }
  if (RESUME.test(f) || resumeClauses(t)) return { kind: 'resume' };
  if (PROGRESS.test(f.replace(/[?？]+$/, ''))) return { kind: 'progress' };
  if (isChitchat(t)) return { kind: 'chitchat' };
  if (COMPLAINT.test(f) && f.length <= 24 && !/\d/.test(f)) return { kind: 'complaint' };
  // "不知道呢", "负责人是谁我也不知道": not a question to answer, though it ends like one.
  // "看看执行率最低的项目" is a question, not "let me look": the object is a selection of projects.
  const later = (LATER.test(f) || UNSURE.test(f)) && !portfolioShaped(t.normalize('NFKC')) && !namedLookup(t);
  if (later && !STRONG_QUESTION.test(t)) return laterIntent(f);
  if (isQuestion(t)) return isFieldHelp(t, context.labels) ? { kind: 'fieldHelp' } : { kind: 'question' };
  if (later) return laterIntent(f);
  // "不对，应该是李四": the correction is the answer.
  const value = t.replace(VALUE_LEAD, '').trim();
  return { kind: 'answer', text: framedValue(value) ?? (value || t) };
}

/**
 * 「写王丽就行」「就填80856942吧」「填上12.5万即可」: a verb of writing before and "that will do" after a value. Taken
 * off only around a value with a shape (a name, a number, a phone…): 「填报系统上线」 is a text that starts with 填.
 */
const WRITE_FRAME =
  /^(?:那|那就|就|请|麻烦)?(?:写|填|填上|写上|填写|录|录入)(?:成|为|个|一下)?\s*[:：]?\s*(.+?)\s*(?:就行了?|就可以了?|就好|即可|吧|好了)?$/;

function framedValue(text: string): string | null {
  const inner = WRITE_FRAME.exec(text)?.[1];
  return inner && looksLike(inner) ? inner : null;
}

/** Going to find it, or not knowing it: both leave the question open; the reply differs. */
function laterIntent(folded: string): Intent {
  return UNKNOWN.test(folded) && !LATER.test(folded) ? { kind: 'later', unknown: true } : { kind: 'later' };
}
