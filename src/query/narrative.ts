/**
 * Narrative frames: the words of a question that tell who asks for the answer, who it goes to, or where the clerk
 * has been (局里要求统计…, 处长来电话问…, 明天报区财政：…, 这是给纪检的材料, 我刚从财政局开会回来). They are found by
 * their structure — a subject that is a role or an institution, then a verb of saying, asking, requiring or
 * notifying; a verb of handing in, then its recipient; a place, then an event held there — and set aside before the
 * question is split into words, so that 电话 in 来电话 is no field and 局 in 局里 is no unknown office.
 *
 * Never widening: a subject, recipient or place that names something the store knows (大红门街道要求…, 民生办让我查)
 * is not a frame (it stays, and is a condition as before); a role with a condition of its own (没交材料的科长) is no
 * subject (no negation, 的, digit or field inside); and what follows the verb is the question, parsed as usual.
 */
import { surnameOf } from '../bot/person-name.ts';
import type { NameMatch } from './names.ts';

/** People and institutions that ask for figures (the core of a subject or recipient). */
const ROLE =
  '他们|她们|他|她|领导|科长|处长|局长|主任|书记|部长|区长|市长|镇长|老师|同事|上级|上面|上头|上边|老板|经理|专家|财政|审计|纪检|监察|巡视组?|巡察组?|督查组?|评审组?|考核组|检查组|人大|政协|组织部|办公室|[局委办科处厅部院所区市县镇乡街组]';
/** What may follow a role word in a subject: 局里, 财政那边, 审计方面, 科长他们. */
const SUBJECT_TAIL = '(?:里|里面|那边|这边|方面|的人|的同志|同志|领导|他们|她们|们)?';
/**
 * Any of a few characters before the role (区财政, 市审计局): no negation, 的, digit or punctuation, and no 会上 (例会上书记要讲:
 * the meeting is when, the role after it the subject).
 */
const PREFIX = '(?:(?!会上|会前|会后)[^\\s,.:;!?、，。：；！？「」『』"\'\\d的没未不是有和或与及]){0,6}?';
/** Time, manner and degree words between a subject and its verb: 局里刚才又来电话问, 领导最关心. */
const BETWEEN =
  '(?:只|就|仅|光|刚才|刚刚|刚|今天|昨天|前天|上午|下午|早上|上周|这周|本周|(?:上|下|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|又|也|还|一直|专门|特意|特地|已经|突然|都|最|特别|非常|很|尤其|比较|一向|向来|历来|开会(?:时|的时候)?|在(?:群|微信|电话|会)(?:里|上|中)|在)*';
/**
 * A visit of theirs to check the books (区财政局下午来人对账, 审计明天要派人来检查, 纪检下来核查): the visit is when the figures
 * are wanted, not a condition; the verb of checking is needed (来人 alone, 来了个项目, stays).
 */
const VISIT =
  // (Not when what the visitors said follows — 来人检查了，说有的项目钱没花完: the whole story is read by story.ts, which
  // sets the told reason aside; taken alone here, the reason was left to be read as a condition.)
  '(?:要|会|将|准备)?(?:来人|派人(?:来|过来|下来)?|来|过来|下来)(?:了)?(?:对账|核对|核查|查账|检查|审计|督查|巡查|抽查|考核|评审|调研)(?:一下|工作)?(?!了?[，,]?\\s*(?:说|讲|提出|提到|反映|指出|发现))';
/** Verbs of saying, asking, requiring or notifying (longest first). */
const SAY = `(?:${VISIT}|(?:打|来|打来)(?:了)?(?:个|一个|通|一通)?电话(?:来|过来)?(?:问|说|催|要)?|来电(?:问|说)?|(?:来|发|下|发来|下发)(?:了)?(?:个|一个)?通知|通知|要求|交代|交待|布置|安排|吩咐|让|叫|问起|问到|问过|问|说|催|批示|发话|点名要|(?:要|想|准备|打算)(?:讲|提|通报|点评|表扬|批评)|(?:开会|检查|考核|汇报|评审|调研)(?:要用|急用|需要|要看|用)|(?:要用|急用|需要|要看)|想看|想知道|想要|关心|关注|(?:来|等着?|在等|催着)?(?:要数据?|要材料|要报表|回话|答复|回复)|要)`;
/** Verbs of handing something in, before its recipient: 报区财政, 交给审计, 给纪检的材料. */
const HAND_IN = '(?:报送给?|上报给?|报给|报|交给|提交给?|递交给?|发给|送给|送|给|供)';
/** After a recipient: what is handed in, or that it is for them (…的材料, …用, …看, 报党工委的，…). */
const FOR_THEM =
  '(?:的(?:材料|报告|数据|汇报|资料|表|说明|文件)?|用|看|审|审核|备案|参考)?(?=$|[\\s,.:;!?、，。：；！？])';
/** A place, then an event held there: 从财政局开会回来, 在区里培训. */
const AT = '(?:从|去|到|在|跟|和|陪)';
const EVENT =
  '(?:开完会回来|开会回来|开完会|开会|参会|培训|学习|调研|出差|述职|汇报工作|汇报|回来|过来)(?:回来|了|完)?';

/** A role that names no particular office: an optional level, an optional function, then a role (区财政, 局里, 社区书记). */
export const GENERIC_ROLE = new RegExp(
  `^(?:区委|市委|县委|区|市|县|镇|乡|街道|社区|居委会|村|省|上级|本|我们|咱们|单位|部门)?(?:(?:财政|审计|纪检|纪|监察|巡视|巡察|组织|人事|税务|统计|发改|党工委|工委|党委|政府)(?:${ROLE})?|(?:${ROLE}))$`,
  'u',
);

/** What the asker is told to do with the figures, right after the verb (要求汇总…, 让我们整理一下…). */
const TOLD_TO =
  '(?:(?:我们|我|咱们|咱)?(?:汇总|整理|梳理|报送|上报|报|提供|排查|核对|盘点|摸底)(?:一下|下)?)?(?:一份|份)?(?:材料|资料|数据|报表|报告)?';

/** 要查满意度。 / 让统计执行率， — a verb of checking and its topic, ending the clause (only set aside when said again). */
const TOPIC_TO_CHECK =
  /^(?:要|得|需要)?(?:查|查查|查一下|统计|统计一下|核查|核实|看看|看一下|关注|摸底)(\p{Script=Han}{2,6}?)(?:的?情况)?(?=[。；;！!\n])/u;

const SUBJECT = new RegExp(
  `(^|[\\s,.:;!?、，。：；！？」』]|会上|会前|会后)((?:${PREFIX})(?:${ROLE})${SUBJECT_TAIL})${BETWEEN}${SAY}${TOLD_TO}`,
  'gu',
);
const RECIPIENT = new RegExp(`${HAND_IN}((?:${PREFIX})(?:${ROLE})${SUBJECT_TAIL})${FOR_THEM}`, 'gu');
const PLACE = new RegExp(`${AT}((?:${PREFIX})(?:${ROLE})${SUBJECT_TAIL})${EVENT}`, 'gu');
/** A meeting of theirs: 开完财政局的会, 参加了区里的会, 开了个审计的会. */
const MEETING = new RegExp(
  `(?:开完|开了|参加完?了?|去开)(?:个|一个)?((?:${PREFIX})(?:${ROLE})${SUBJECT_TAIL})的(?:会|会议|培训)(?:回来)?`,
  'gu',
);
/**
 * 有个叫X的项目 / 名为X的项目 / 之前有个项目叫X: the words that introduce a project's name (the name itself stays),
 * with a time adverb before them (之前, 以前, 原来, 去年…): when the project was mentioned, not a bound on its year.
 */
const EARLIER = '(?:之前|以前|先前|原先|早先|原来|过去|以往|曾经|前阵子|前段时间)(?:好像|似乎|应该)?';
/** 原来报过一个X项目 / 搞的X那个项目: a verb of submitting or doing that introduces the project the question is about. */
// (a count after the verb, or a speaker before 搞的: 填报的执行率 is the form's word, no project introduced)
const INTRODUCED = `(?:${EARLIER})?(?:(?:报|申报|上报|做|搞|弄|办)(?:过|了)(?:一个|个|一项)|(?<=我们|咱们|社区|街道|村|我|^|\\s)(?:搞|做|弄|办)的)(?=\\p{Script=Han}{2,}?的?(?:改造|建设|服务|活动)?(?:那个|这个)?项目)`;
const NAMING = new RegExp(
  `(?:${EARLIER})?(?:有个|有一个|一个)?(?:叫做|叫|名叫|名为|称为)(?!什么|啥|哪)(?=\\p{Script=Han}{2,}?的?(?:项目|那个项目))|${INTRODUCED}|(?:${EARLIER})?(?:有个|有一个)项目(?:叫做|叫|名叫|名为)(?!什么|啥|哪)(?=\\p{Script=Han}{2,})`,
  'gu',
);
/**
 * Someone unnamed who said or asked (群里有人说, 听别人讲, 大家都在问, 有群众反映), complained or reported, calling a
 * hotline too (有居民打12345投诉说, 有市民举报): who reported it names no office, and what they said follows, read as usual.
 */
const SOMEONE =
  /(^|[\s,.:;!?、，。：；！？」』])((?:听|在)?(?:群|微信群|工作群|群聊|朋友圈|网上|会上|私下)?(?:里|上)?(?:有人|别人|人家|大家|有?群众|有?老百姓|有?居民|有?市民)(?:都|也|又)?(?:在)?(?:打(?:了)?(?:个|一个)?(?:\d{5}|市民热线|服务热线|热线|电话))?(?:投诉|举报|说|讲|反映|议论|传|问|嘀咕)(?:说)?)/gu;
/**
 * When the clerk is to look at or use the figures, at the start of a clause, before the verb of wanting them: 周一上班要看,
 * 明早开会得用, 下午回来要查. The time bounds no project (the forms hold no date but the year); what follows is the
 * question.
 */
const WHEN_WANTED =
  /(^|[\s,.:;!?、，。：；！？」』])((?:(?:上|下|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|明天|明早|明晚|后天|今天|今晚|下午|上午|晚上|待会儿?|回头)(?:一)?(?:上班|开会|回来|过来|到岗)?(?:就|还)?(?:要|得|想|需要))(?=看|用|查|交|报|汇报|拿)/gu;
/**
 * A person who said it, called by surname (小王, 老李, 李处, 王科长), with the office they work in before 的 and a time
 * before that: 昨天财政所的小王说…, 老李讲…, 审计局的刘处提到过…. Who said it names no project; what they said follows and
 * is read as usual. An office the store knows (大红门街道的小王说) may be meant as a condition: no frame then.
 */
const SPEAKER = new RegExp(
  `(^|[\\s,.:;!?、，。：；！？」』])((?:${BETWEEN})(?:([^\\s,.:;!?、，。：；！？「」『』"'\\d的没未不是有和或与及]{2,8}?)的)?(?:同事|朋友|同学)?(?:(?:小|老)(\\p{Script=Han})|(\\p{Script=Han})(?:处长|局长|科长|主任|书记|部长|老师|姐|哥|处|局|科|总))(?:${BETWEEN})(?:说|讲|提到过?|提过|告诉我|跟我说|反映))(?![的得过了着])`,
  'gu',
);
/** The end of an office's or a place's name (the office before 的 in SPEAKER). */
const OFFICE_END = /(?:[局委办科处厅部院所区市县镇乡街组队站]|中心)$/u;

/**
 * A meeting named by what it reviews, as when something is wanted: 明早预算评审会我只要一个数, 绩效评价会上要用. The
 * topic (预算, 绩效) names the meeting, not a condition; no digit inside (2023年预算评审会: the year may be meant) and
 * only before the asker or a verb of wanting.
 */
const MEETING_NAMED = new RegExp(
  `(^|[\\s,.:;!?、，。：；！？」』])((?:${BETWEEN})[^\\s,.:;!?、，。：；！？「」『』"'\\d的没未不]{0,6}?(?:评审|评价|通报|调度|推进|部署|总结|分析|座谈|协调|审议|论证|汇报|考核)(?:会议|会)(?:上|前|后|时)?)(?=我|咱|领导|要|得|需要|想)`,
  'gu',
);

/** A phone call as an event, wherever it stands (给负责人打电话, 接到电话): 电话 there is no field. */
const CALL = /(?:打|来|接|回|通)(?:了)?(?:个|一个|通|一通|到)?电话(?:来|过来)?/gu;

/**
 * Dialling the number, said with no 电话 after the verb (我要打过去核对一下, 电话打不通, 拨过去没人接): the call is an
 * event too, never a condition. 打回去 stays (要打回去改 is a form sent back).
 */
const DIAL =
  /(?:(?:电话|号码|手机)(?:一直|老是|总是|还是|也)?)?(?:(?:打|拨)(?:了)?(?:过去|不通|不进去)|拨打|(?<=[打拨]过去|[打拨]不通|电话)(?:也|还|一直)?没人接(?:听)?)/gu;

const PERSON_TITLE = /科长|处长|局长|部长|区长|市长|镇长|主任|书记|领导|老师|同事|上级|老板|经理|专家/gu;
const INSTITUTION =
  /[局委办科处厅部院所区市县镇乡街组]|财政|审计|纪检|监察|巡视|巡察|督查|人大|政协|电话|通知|上面|上头/u;

export interface Narrative {
  /** The question with the frames blanked out (the same length, so positions hold). */
  text: string;
  /** The frames set aside that name an institution or a call, as typed (said back in the answer). */
  setAside: string[];
}

/**
 * Finds the narrative frames of a normalised question; `resolve` says what a word names in the store (null: nothing).
 * A frame whose subject, recipient or place is a stored name is left alone.
 */
export function setAsideNarrative(
  text: string,
  resolve: (term: string) => NameMatch | null,
  storedNames: string[] = [],
): Narrative {
  const blanks: Array<[number, number]> = [];
  // Inside a stored name (来电话务中心运维, 上面…): never a frame.
  const named: Array<[number, number]> = [];
  for (const n of storedNames) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) named.push([at, at + n.length]);
  }
  const free = ([s, e]: [number, number]) => !named.some(([a, b]) => s < b && a < e);
  // 领导 is a role and a tail (科长领导): stripped only when a role is left.
  // 我们领导: 领导 is the role itself, not the tail of 我们.
  const coreOf = (who: string) => {
    const core = who.replace(new RegExp(`${SUBJECT_TAIL}$`, 'u'), '');
    return core && GENERIC_ROLE.test(core) ? core : who;
  };
  // A role word inside a project's name (财政 in 财政专项经费) does not make the role a project.
  const office = (who: string) => {
    const match = resolve(coreOf(who));
    return match !== null && match.how !== 'similar' && match.field !== 'projectName';
  };
  // A subject or recipient is set aside only when it names no particular office (局里, 区财政, 上面, 审计): a named
  // one the store does not know (西城区要…) may be meant as a condition, so it stays and is reported.
  const generic = (who: string) => GENERIC_ROLE.test(coreOf(who)) && !office(who);
  for (const m of text.matchAll(SUBJECT)) {
    if (!generic(m[2]!)) continue;
    const start = m.index! + m[1]!.length;
    const end = m.index! + m[0].length;
    // 上面来通知要查满意度。2023年没有满意度指标的项目有哪些: the topic they are to check, said again by the question
    // after it, is the frame's too (read alone it became a second, wider condition).
    const topic = TOPIC_TO_CHECK.exec(text.slice(end));
    const again = topic && text.indexOf(topic[1]!, end + topic[0].length) >= 0;
    blanks.push([start, again ? end + topic[0].length : end]);
  }
  for (const re of [RECIPIENT, PLACE, MEETING]) {
    for (const m of text.matchAll(re)) if (generic(m[1]!)) blanks.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(SPEAKER)) {
    const surname = m[4] ?? m[5]!;
    const officeOf = m[3];
    if (!surnameOf(surname)) continue;
    if (officeOf && (!OFFICE_END.test(officeOf) || office(officeOf))) continue;
    blanks.push([m.index! + m[1]!.length, m.index! + m[0].length]);
  }
  for (const re of [CALL, DIAL, NAMING])
    for (const m of text.matchAll(re)) blanks.push([m.index!, m.index! + m[0].length]);
  for (const re of [SOMEONE, WHEN_WANTED, MEETING_NAMED])
    for (const m of text.matchAll(re)) blanks.push([m.index! + m[1]!.length, m.index! + m[0].length]);
  const kept = blanks.filter(free);
  if (!kept.length) return { text, setAside: [] };
  kept.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of kept) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = text;
  for (const [s, e] of merged) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  // Said back only when it names an institution or a call (局里要求, 报区财政): 科长让 was never a condition to begin with.
  const said = merged
    .map(([s, e]) => text.slice(s, e).trim())
    .filter((frame) => INSTITUTION.test(frame.replace(PERSON_TITLE, '')));
  return { text: out, setAside: said };
}
