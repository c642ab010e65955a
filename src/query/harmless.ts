/**
 * Which words of a free run (text neither the lexicon nor the store's names know) cannot restrict the answer, by word
 * class rather than by a list of the questions seen: manner and discourse words of general Chinese (赶紧, 顺便, 其实,
 * 另外, 然后: adverbs, conjunctions and particles that say how a clerk asks; general-words.ts), and a verb in the
 * request frame — the verb of what the clerk wants done with the answer, right before 我 / 一下 / 一遍 or right after
 * 帮我 / 给我 / 请 (名单发我, 帮我捋一下). Everything else stays: a noun, a name, a number, a time, a verb that
 * describes the projects (超支的项目, 没验收) or one next to a field (预算减去执行数), and any word of negation,
 * exclusion, limit, degree, frequency or time — those could narrow or change the question, so they are reported.
 */
import { HOMOPHONES, MANNER_WORDS, SHORT_VERBS, TIME_WORDS } from './general-words.ts';

/** Manner words of a written request the dictionary list leaves out (并请一并列示, 保留两位小数即可). */
const MORE_MANNER = '一并 一同 即可';
const MANNER = new Set([...MANNER_WORDS.split(' '), ...MORE_MANNER.split(' ')]);
const VERBS = new Set(SHORT_VERBS.split(' '));
/** Times of the asking the dictionary list leaves out (上上周, 上次, 下个月). */
const MORE_TIMES = '上上周 下下周 上个星期 下个星期 上礼拜 下礼拜 上次 下次 上个月 下个月 这周 这个月 本月';
/** Days of the week (周一, 星期五, 礼拜三, 下周一): when a meeting is or the figures are due. */
const WEEKDAYS = ['周', '星期', '礼拜'].flatMap((w) =>
  '一 二 三 四 五 六 日 天'
    .split(' ')
    .flatMap((d) => ['', '上', '下', '这', '本'].map((p) => `${p}${w}${d}`)),
);
/** Hours of the day (三点, 十点半, 两点前): when someone comes or wants the figures. */
const HOURS = '一 两 三 四 五 六 七 八 九 十 十一 十二'
  .split(' ')
  .flatMap((n) => [`${n}点`, `${n}点前`, `${n}点半`, `${n}点钟`]);
const TIMES = new Set([...TIME_WORDS.split(' '), ...MORE_TIMES.split(' '), ...HOURS, ...WEEKDAYS]);
const LONGEST = 4;

const REAL_HOMOPHONES = new Set(HOMOPHONES.split(' '));

/** A word of general Chinese (a verb, a manner word, or a word that sounds like a lexicon word): not a typo. */
export const isGeneralWord = (word: string): boolean =>
  VERBS.has(word) || MANNER.has(word) || REAL_HOMOPHONES.has(word);

/** What follows a verb of the request frame: who gets the answer, the 一下 / 一遍 of a request, or how exact the
 * answer is to be (说个大概, 报个数). */
const FRAME_AFTER =
  /^(?:给?(?:我们|我|咱们|咱|领导|您|你)|一下|下|一遍|遍|一一|出来|个(?:大概|大致|约数|数)|(?:个|一个|一份|份|张)(?:单子|清单|名单|列表|表)(?=给|发|$|[，,。！!\s]))/u;
/** Adverbs of how soon or how plainly, said of a request (直接, 快, 先, 提前, 赶快, 抓紧, 尽快). */
const REQUEST_ADVERB = /^(?:直接|快|赶快|快点|先|提前|抓紧|尽快|马上|立刻|赶紧)$/u;
/** The request right after such an adverb: 告诉我, 帮我, 给我, 把…, 发我, 说一下, 列一下. */
const REQUEST_AFTER =
  /^(?:告诉|帮|给|把|将|发给?我|说(?:一下|下|说|个)|列(?:一下|下|个|出)|算(?:一下|下)|查(?:一下|下)|统计(?:一下|下)|报(?:给|个)|跟我说)/u;
/** Verbs whose object may be the count asked (数个数, 报个总数, 算个数). */
const COUNT_TELLING = /^(?:数|报|算|点|统计|清点)$/u;
/** What comes before one: the opening of a request. */
// (请协助核算 / 烦请帮忙统计: a verb of helping between the opening and the verb asked is the frame too)
const FRAME_BEFORE =
  /(?:帮我|帮忙|给我|请|烦请|敬请|劳烦|麻烦|让我|要我|叫我|我要|我想|我得|我需要)(?:您|你)?(?:协助|帮助|帮忙|配合|帮)?(?:我们|我)?\s*$/u;
/** After these a verb says what happened to the projects (没验收, 已审核, 被退回): a condition. */
const NEGATED_BEFORE = /[没未不别已被]\s*$/u;
/** The rest of a set (其余项目, 别的部门): after a word of leaving out, the set that leaving out already made. */
const REST = '(?:其余|其他|其它|别的|剩下|剩余|余下)';
const REMAINDER = new RegExp(`^${REST}$`, 'u');
/** 其他人 / 别人 / 剩下的人 (除了赵康和牛艳维，其他人负责的): the rest of the people, after the ones left out. */
const REMAINDER_PEOPLE = new RegExp(`^(?:${REST}的?人|别人)$`, 'u');
/** 其他 / 别的 / 剩下的: the rest of a set. */
export const isRemainderWord = (word: string): boolean =>
  REMAINDER.test(word.replace(/(?<=^(?:剩下|剩余|余下))的$/u, ''));
const LEFT_OUT_BEFORE =
  /除了|除去|除开|除掉|以外|之外|不算|去掉|去除|排除|剔除|刨去|刨除|刨掉|撇开|抛开|不包括|不含|不计/u;
/** Before these it describes them (审核过的, 超支了的, 花得最多). */
const DESCRIBES_AFTER = /^(?:的|得|过|了|着)/u;

/** Manner words of the run by greedy longest match; what is left are the words that may restrict. */
function withoutMannerWords(run: string): Array<{ text: string; at: number }> {
  const rest: Array<{ text: string; at: number }> = [];
  let i = 0;
  while (i < run.length) {
    let n = 0;
    for (let len = Math.min(LONGEST, run.length - i); len > 0; len--) {
      if (MANNER.has(run.slice(i, i + len))) {
        n = len;
        break;
      }
    }
    if (n > 0) {
      i += n;
      continue;
    }
    const last = rest.at(-1);
    if (last && last.at + last.text.length === i) last.text += run[i];
    else rest.push({ text: run[i]!, at: i });
    i += 1;
  }
  return rest;
}

/**
 * A piece made of general verbs only (协助核算, 帮忙统计) as those verbs, each judged on its own (the first may be the
 * request's helper, the next the verb asked); any other piece stays whole.
 */
function asVerbs(piece: { text: string; at: number }): Array<{ text: string; at: number }> {
  const verbs: Array<{ text: string; at: number }> = [];
  let i = 0;
  while (i < piece.text.length) {
    let n = 0;
    for (let len = Math.min(LONGEST, piece.text.length - i); len > 1 && !n; len--)
      if (VERBS.has(piece.text.slice(i, i + len))) n = len;
    if (!n) return [piece];
    verbs.push({ text: piece.text.slice(i, i + n), at: piece.at + i });
    i += n;
  }
  return verbs.length > 1 ? verbs : [piece];
}

/**
 * The words of a free run that may restrict the answer (to be reported unplaced); `text` is the normalised
 * question and `start` where the run begins in it. A run with anything but Chinese characters is kept whole.
 */
export function restrictingWords(run: string, text: string, start: number): string[] {
  const word = run.trim();
  if (!word) return [];
  if (!/^\p{Script=Han}+$/u.test(word)) return [word];
  const offset = start + run.indexOf(word);
  return withoutMannerWords(word)
    .flatMap(asVerbs)
    .filter(({ text: piece, at }) => {
      // A directional complement (导出来, 拿过去) belongs to the verb before it.
      if (/^[来去]$/u.test(piece) && /[出进回过上下起]$/u.test(text.slice(0, offset + at))) return false;
      if (
        (REMAINDER.test(piece) || REMAINDER_PEOPLE.test(piece)) &&
        LEFT_OUT_BEFORE.test(text.slice(0, offset + at))
      )
        return false;
      // 听说… / 同事嘀咕说… / 据说…: a verb of hearing or saying before what was heard or said introduces it.
      if (reportsWhatFollows(piece, text.slice(offset + at + piece.length))) return false;
      // 直接告诉我 / 快帮我看看 / 先把…拉个单子 / 提前告诉我: how soon or how plainly the clerk wants the answer, said
      // of the request verb right after it — never of the projects.
      if (REQUEST_ADVERB.test(piece) && REQUEST_AFTER.test(text.slice(offset + at + piece.length)))
        return false;
      const next = text.slice(offset + at + piece.length);
      // 按部门数个数 / 报个总数 / 算个数: a verb of counting or telling with the count as its object (read as the count).
      if (COUNT_TELLING.test(piece) && /^\s*(?:一下|下)?个(?:数|总数|数目)/u.test(next)) return false;
      // 执行率只有96% / 仅有80分 / 只有八十几 (在80到不足90之间, numbers.ts): the value said as small, as with 才 (a manner
      // word) — the figure is the condition.
      if (ONLY_BEFORE_FIGURE.test(piece) && /^\s*有?\s*在?\s*\d/u.test(next)) return false;
      // 周会上 / 评审会前 / 例会后: when something was said, a meeting named by its time or its verb.
      // (会上 alone at the start of a clause: at the meeting.)
      const meeting =
        meetingOfTime(piece) ||
        (piece === '会' && /(?:^|[\s,.:;!?，。：；！？])$/u.test(text.slice(0, offset + at)));
      if (meeting && /^(?:上|前|后|时|结束|开始)/u.test(next) && !/^上(?:报|交|缴|传)/u.test(next))
        return false;
      // 最后得了多少分 / 最终是多少: in the end, said of the verb after it (最后一个, 最后5个, 排最后的 stay);
      // 最后总分是多少 / 最终得分打了几分: said of the score asked right after it.
      if (
        IN_THE_END.test(piece) &&
        /^(?:得|拿|是|算|落|定|评|打|(?:的)?(?:总分|得分|分数|评分|自评分)\s*(?:是|为|打|得|拿|定|算|落|评|多少|几))/u.test(
          next,
        )
      )
        return false;
      // 据说要抽总分最低的5个项目 / 听说会查…: what the one reported on will do to the projects described after it —
      // the description is the question's; their verb names none (说要抽的 describes them: kept).
      if (
        /^\p{Script=Han}{1,2}$/u.test(piece) &&
        REPORTED_INTENT.test(text.slice(0, offset + at)) &&
        !DESCRIBES_AFTER.test(next) &&
        /^\s*\p{Script=Han}/u.test(next)
      )
        return false;
      // 由邵春燕负责的 / 由财政科实施: the preposition of the agent standing alone before a name the store knows (a
      // run of its own); the name is the condition. Inside a run (自由, 理由) it is part of another word.
      if (piece === '由' && word === '由') return false;
      // 全年一共支出了多少 / 一年执行了多少: the year of a form's amounts, which are the year's already (年初 is no
      // whole year and is never this word).
      if (WHOLE_YEAR.test(piece) && AMOUNT_AFTER.test(next)) return false;
      // 王丽当负责人的 / 由李哲担任项目负责人: serving as the role the field names — the person is the condition.
      if (SERVES_AS.test(piece) && ROLE_AFTER.test(next)) return false;
      if (!VERBS.has(piece)) return true;
      // 帮我伪造一份…: the bot only reads the forms; a verb of forging or destroying one is never the request frame of
      // a question.
      if (FORGES.has(piece)) return true;
      const before = text.slice(0, offset + at);
      const after = text.slice(offset + at + piece.length);
      if (NEGATED_BEFORE.test(before) || DESCRIBES_AFTER.test(after)) return true;
      return !(FRAME_AFTER.test(after) || FRAME_BEFORE.test(before));
    })
    .map((p) => p.text);
}

/** The whole year, said of an amount, and the amount after it (in the same clause). */
const WHOLE_YEAR = /^(?:全年|一年|一整年|全年度|整年|年内)$/u;
const AMOUNT_AFTER = /^[^，,。；;？?！!]{0,8}?(?:支出|执行|花|用了|预算|拨|开支)/u;
/** Verbs of serving as a role (当, 担任, 作为), and the roles of a form a person serves as. */
const SERVES_AS = /^(?:当|担任|作为|充当)$/u;
const ROLE_AFTER = /^\s*(?:项目)?(?:负责人|联系人)/u;
/** A verb of hearing or saying, then will or is to (据说要, 听说会, 说是准备). */
const REPORTED_INTENT = /(?:据说|听说|听讲|说)(?:是)?(?:要|会|准备|打算|可能|将)\s*$/u;
/**
 * Verbs of forging, falsifying or destroying a document (伪造, 篡改, 虚报, 代签, 销毁). The bot reads the forms and
 * answers about them; a message asking for one of these is never a question whatever else it says (帮我伪造一份河门口的
 * 自评表，总分都写100), and the word is reported (parse.ts). 改成 / 改为 stay: they edit the previous question.
 */
export const FORGES = new Set(
  '伪造 编造 捏造 篡改 造假 作假 假造 变造 虚报 谎报 瞒报 冒签 代签 冒名 涂改 删除 删掉 删了 全删 删光 清空 销毁 撕毁 代填 代写 做假账 弄虚作假'.split(
    ' ',
  ),
);
/** Words of "only" before a figure (只有96%, 仅80分): the figure said as small. */
const ONLY_BEFORE_FIGURE = /^(?:只|只有|仅|仅有|就|才)$/u;
/** 最后 / 最终 as "in the end". */
const IN_THE_END = /^(?:最后|最终|到最后)$/u;
/** Characters of time that name a meeting by when it is held (周会, 例会, 早会, 晨会, 月会, 年会). */
const MEETING_TIME = /^[周例早晨晚月年]$/u;

/** A meeting named by its time or by a verb of general Chinese (周会, 例会, 评审会, 调度会, 碰头会). */
function meetingOfTime(piece: string): boolean {
  const m = /^(\p{Script=Han}{1,3})会$/u.exec(piece);
  if (!m) return false;
  const stem = m[1]!;
  return MEETING_TIME.test(stem) || TIMES.has(stem) || VERBS.has(stem);
}

/** A verb of saying or hearing (说, 听说, 据说, 嘀咕说, 提到说) with something said after it (not 说的 / 说过). */
function reportsWhatFollows(piece: string, after: string): boolean {
  if (!/^(?:听说|据说|听讲|\p{Script=Han}{0,3}说)$/u.test(piece) || /^\s*(?:[的得过了着]|$)/u.test(after))
    return false;
  const verb = piece.replace(/(?:听|据)?说$|听讲$/u, '');
  return !verb || (onlyOccasion(verb) && !/[没未不别已被]/u.test(verb));
}

/**
 * Whether a run not understood only says what is being done and when (年底考核, 下周汇报, 明天报送): time words, verbs
 * and manner words of general Chinese, nothing else, and no verb negated or passive (没验收, 被退回 describe
 * projects). A clause of nothing but such runs is the occasion of a question, not a condition (context.ts).
 */
/**
 * 上半年 / 三季度 / 上旬 / 年中: a part of the year — the figures of that part, which the forms (one year each) do not
 * hold; said alone it is never the occasion of the question, it narrows what is asked (and is reported). 年初到全年
 * names the form's two budgets, no time either.
 */
export const PART_OF_YEAR =
  /半年|季度|[上中下]旬|年中|月份|^[一二三四五六七八九十]+月$|年初.{0,3}全年|全年.{0,3}年初/u;

export function onlyOccasion(run: string): boolean {
  const word = run.trim();
  if (!/^\p{Script=Han}+$/u.test(word) || /[没未不别已被]/u.test(word) || PART_OF_YEAR.test(word))
    return false;
  let i = 0;
  let said = false;
  while (i < word.length) {
    let n = 0;
    for (let len = Math.min(LONGEST, word.length - i); len > 0; len--) {
      const piece = word.slice(i, i + len);
      if (VERBS.has(piece) || TIMES.has(piece) || MANNER.has(piece)) {
        n = len;
        said ||= !MANNER.has(piece);
        break;
      }
    }
    if (n === 0) return false;
    i += n;
  }
  return said;
}
