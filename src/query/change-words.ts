/**
 * A comparison of two fields said with a verb of change (全年预算比年初预算调减了的, 执行数比预算下降的项目): the
 * change describes the projects (it ends in 的, or closes the clause: 哪些项目全年预算比年初预算调增了), so it is the
 * comparison 少的 / 多的 the lexicon reads after 比. Only after a 比 in the same clause: 调减了多少 asks for the
 * amount, which the arithmetic reads.
 *
 * A threshold on the change between the form's two budgets (全年预算比年初预算调减了10万以上, 比年初调增超过5万的) is
 * a bound on 预算调整数 (全年预算数 − 年初预算数, derived-fields.ts): more by N or more is 预算调整数 ≥ N, less by N or
 * more is 预算调整数 ≤ −N (written 负N, which the tokenizer reads as a negative number). Only for those two budgets,
 * each named (年初 alone is the 年初预算 after 比); a verb of adjusting (调增, 调减) says the first is 全年预算 when it is
 * left out. Only with a word of "or more" (以上, 多, 超过): 调减了10万的 (exactly?) and 10万以内 stay unread.
 */
const MORE = '调增|增加|上调|调高|提高|上升|增长|变多|变大';
const LESS = '调减|减少|下调|调低|降低|下降|变少|变小';
const CHANGE = new RegExp(
  `(比[^，,。；;？?！!]*?)(?:有所)?(${MORE}|${LESS})(?:了)?(?:的|(?=(?:吗|呢|吧)?(?:[，,。；;？?！!]|$)))`,
  'gu',
);
const isMore = new RegExp(`^(?:${MORE})$`, 'u');

/** The form's two budgets as staff name them. */
const ANNUAL = '全年预算数?|全年的预算|调整后的?预算数?';
const INITIAL = '年初预算数?|年初的预算';
/** Verbs of adjusting the budget: they name the change of 全年预算 against 年初预算 by themselves. */
const ADJUST = '调增|上调|调高|追加|调减|下调|调低|压减|核减|削减';
/** 年中追加了多少 / 年内调增了百分之几: when the budget was adjusted, which restricts nothing (every form has one year). */
const WHEN_ADJUSTED = '(?:年中|年内|年度中间|中途|年中的时候|后来)?';
const MORE_BY = `${ADJUST}|增加|多出|高出|多|高`;
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿点]+';
const AMOUNT = `(?:\\d+(?:\\.\\d+)?|${NUMERAL})(?:万元|万块|万|亿元|亿|千元|元|块钱|块)`;
const THRESHOLD = new RegExp(
  `(?:(${ANNUAL})|(${INITIAL}))?(?:的)?比(?:(${ANNUAL}|全年)|(${INITIAL}|年初))(?:的)?(?:还|要)?(${MORE_BY}|减少|少)(?:了)?(超过|超出|高于|多于|不少于|不低于|达到|在)?(${AMOUNT})(以上|及以上|多|还多|往上)?`,
  'gu',
);
const isAdjust = new RegExp(`^(?:${ADJUST})$`, 'u');
const isLess = /调减|下调|调低|减少|少/u;

/** 全年预算比年初预算调减了10万以上 → 预算调整数不高于负10万 (see the head of this file). */
function rewriteAdjustThreshold(text: string): string {
  return text.replace(
    THRESHOLD,
    (m, annualA?: string, initialA?: string, annualB?: string, initialB?: string, ...rest: string[]) => {
      const [verb, before, amount, after] = rest as [string, string | undefined, string, string | undefined];
      const strict = !!before && /超过|超出|高于|多于/u.test(before);
      if (!strict && !before && !after) return m;
      if (before && after && strict) return m;
      // The first side: named, or 全年预算 when a verb of adjusting says the change is the budget's.
      const first = annualA ? 'annual' : initialA ? 'initial' : isAdjust.test(verb) ? 'annual' : null;
      const second = annualB ? 'annual' : initialB ? 'initial' : null;
      if (!first || !second || first === second) return m;
      // first − second grows by the amount or more: 全年 − 年初 = 预算调整数, 年初 − 全年 = −预算调整数.
      const up = !isLess.test(verb) === (first === 'annual');
      const op = up ? (strict ? '高于' : '不低于') : strict ? '低于' : '不高于';
      return `预算调整数${op}${up ? '' : '负'}${amount}`;
    },
  );
}

/** A share of the 年初预算 the change reaches: 50% / 一倍 (100%). */
const SHARE = '(?:\\d+(?:\\.\\d+)?\\s*[%％]|一倍|两倍|二倍)';
const SHARE_THRESHOLD = new RegExp(
  `(?:${ANNUAL})?(?:的)?比(?:${INITIAL}|年初)(?:的)?(?:还|要)?(${MORE_BY}|增长|上升|提高|${LESS}|少)(?:了)?(超过|超出|高于|多于|不少于|不低于|达到|在)?(${SHARE})(以上|及以上|多|往上)?`,
  'gu',
);

/**
 * 全年预算比年初预算增加超过50% / 比年初多了一倍以上: a threshold on the change relative to the 年初预算 — a bound on
 * 预算调整幅度 ((全年 − 年初) ÷ 年初, derived-fields.ts), 负 for a cut. With a word of "or more" only, as above.
 */
function rewriteShareThreshold(text: string): string {
  return text.replace(SHARE_THRESHOLD, (m, verb: string, before?: string, share?: string, after?: string) => {
    const strict = !!before && /超过|超出|高于|多于/u.test(before);
    if ((!strict && !before && !after) || (before && after && strict)) return m;
    // (多了50%以上 / 多了一半以上: a part of the other amount, which the parser reads itself — money-as-said)
    if (/^(?:多|少|高)$/u.test(verb) && !/倍/u.test(share!)) return m;
    const percent = /倍/u.test(share!)
      ? `${/[两二]/u.test(share!) ? 200 : 100}%`
      : share!.replace(/\s|％/gu, '%');
    const up = !isLess.test(verb);
    const op = up ? (strict ? '高于' : '不低于') : strict ? '低于' : '不高于';
    return `预算调整幅度${op}${up ? '' : '负'}${percent}`;
  });
}

/**
 * 从年初到全年调减了多少 / 由年初预算到全年预算增加了几万: the change told as a path from one budget to the other is
 * the change of 全年预算 against 年初预算, said as the comparison the arithmetic reads (全年预算比年初预算调减了多少).
 */
const PATH = new RegExp(
  // (城市低保年初到全年调减了多少: 从 may be left out after the project's name)
  `(?:从|由)?(?:${INITIAL}|年初)(?:到|至|调到|变成|变为)(?:${ANNUAL}|全年)(?:的预算数?)?\\s*(?:一共|总共)?(${MORE_BY}|减少|少|变化|变动|调整)(了)?(?=多少|几)`,
  'gu',
);

/**
 * 全年预算调增了多少 / 预算调减了几万 / 调增幅度是百分之几: a verb of adjusting says by itself that the change is 全年预算
 * against 年初预算 (全年预算 is the budget as adjusted), so with no 比 before it in the clause it is that comparison,
 * in the words the arithmetic reads: the amount (增加了多少) or the change relative to 年初预算 (增长了百分之几; 调整幅度,
 * which names no direction, is the signed change).
 */
const ADJUSTED_BY = new RegExp(
  // (一共调减了多少 over a set: its sum is what the arithmetic computes anyway; left before the comparison it took the
  // set's condition off one side)
  `(?<!(?:比|较)[^，,。；;？?！!]*)(?:一共|总共|合计|累计|共)?${WHEN_ADJUSTED}(?:${ANNUAL}|预算数?)?(?:的)?${WHEN_ADJUSTED}(${ADJUST})(了)?(?=多少|几(?!成))`,
  'gu',
);

/**
 * 年初一千三百多万，后来全年预算调减了多少: 年初 with an amount right after it is the budget set at the start of the
 * year (年初预算), told as the first part of a story whose second part asks the change.
 */
const INITIAL_AMOUNT = new RegExp(
  `年初(?!预算)(?=(?:的时候|时)?(?:是|有|为|定的|批的|给的|安排的)?(?:大概|大约|约|差不多)?(?:\\d+(?:\\.\\d+)?|${NUMERAL})(?:多|余|来)?(?:万元|万块|万|亿元|亿|千元|元|块钱|块))`,
  'gu',
);
/** 调增幅度是百分之几 / 年中追加了百分之几 / 调减了几成: the change relative to 年初预算. */
const ADJUSTED_RATE = new RegExp(
  `(?<!(?:比|较)[^，,。；;？?！!]*)(?:${ANNUAL}|预算数?)?(?:的)?${WHEN_ADJUSTED}(?:(${ADJUST}|调整)(?:的)?(?:幅度|比例|百分比|比率|率)(?:是|为|有)?(?:百分之几|百分之多少|多少|几成)|(${ADJUST})(?:了)?(?:百分之几|百分之多少|几成|多少成|多少%))`,
  'gu',
);

/**
 * 哪些项目年中把预算下调了 / 预算调增了的项目: a verb of adjusting said of the budget, with no 比 before it in the
 * clause and no amount asked after it, describes the projects whose 全年预算 was so adjusted against 年初预算 — the
 * comparison 全年预算比年初预算少 / 多. Only the verbs of adjusting (调减 / 下调…), which name the two budgets by
 * themselves; 预算减少了 stays as said.
 */
const ADJUSTED_STATE = new RegExp(
  `(?<!(?:比|较)[^，,。；;？?！!]*)${WHEN_ADJUSTED}(?:把|将)?(?:${ANNUAL}|预算数?)(?:被)?(${ADJUST})(?:了)?(?=的|[(（，,。；;？?！!]|$)`,
  'gu',
);

export const rewriteBudgetPath = (text: string) =>
  text
    .replace(INITIAL_AMOUNT, '年初预算')
    .replace(
      ADJUSTED_STATE,
      (_m, verb: string, at: number, whole: string) =>
        `全年预算比年初预算${isLess.test(verb) ? '少' : '多'}${whole[at + _m.length] === '的' ? '' : '的'}`,
    )
    .replace(PATH, '全年预算比年初预算$1$2')
    .replace(
      ADJUSTED_RATE,
      (_m, noun?: string, verb?: string) =>
        `全年预算比年初预算${isLess.test(noun ?? verb ?? '') ? '下降' : '增长'}了百分之几`,
    )
    .replace(ADJUSTED_BY, (_m, verb: string) => `全年预算比年初预算${isLess.test(verb) ? '减少' : '增加'}了`);

/** 年中追加了预算的项目 / 追加过资金的表: the budget raised during the year, as 预算调增了 reads it (全年预算 above 年初). */
const RAISED_PROJECTS = new RegExp(
  `${WHEN_ADJUSTED}(?:预算|资金|经费)?追加(?:了|过)?(?:预算|资金|经费)?(?=的(?:项目|表|有))`,
  'gu',
);
/** 追加部分 / 追加的金额 / 追加额: what was added is the 预算调增额 (预算调整数 of such a form). */
const RAISED_PART = /(?<!预算)(?:追加|调增)(?:的|了的)?(?:那?部分|总额|金额|数额|额|的钱|资金)/gu;

/**
 * 年初预算比全年预算调减最多的: a verb of adjusting is said of the budget the year ends with — the two said the other way
 * round are the same change (the first is never adjusted into the second).
 */
const ADJUSTED_BACKWARDS =
  /年初预算(数)?(比|较)全年预算(数)?(?=(?:还|要)?(?:调减|调增|下调|上调|调低|调高|追加))/gu;

/**
 * 年初预算调减最多的: 年初预算 as the subject of a verb of adjusting, ranked, with no other budget said, is the budget
 * adjusted from what it was at the start of the year — the change (预算调减), not the 年初 figure ranked. (Only ranked:
 * the sides of a computation say 年初预算 so — …年初预算调减了的，一共调减了多少.)
 */
const INITIAL_ADJUSTED =
  /(?<![比较和跟与])年初预算(?:数)?(?=(?:被)?(?:调减|调增|下调|上调|调低|调高|追加|核减|压减|削减)(?:了)?(?:得)?(?:最多|最少|最大|最小|最狠))/gu;

/** 全年比年初调减最多的: the two budgets by their points of the year only, before a verb of adjusting — both named. */
const BARE_POINTS_ADJUSTED =
  /(?<![预算数])全年(?:的)?(比|较)年初(?![预算])(?=(?:还|要)?(?:调减|调增|下调|上调|调低|调高|追加|压减|核减|削减))/gu;

/**
 * 年初预算比全年预算多出最多的 / 全年预算比年初预算高得最多的: one budget above the other by the most is the largest
 * change that way — a ranking by the change (预算调减额 / 预算调增额), not the projects where one is above the other
 * ranked by either.
 */
const ABOVE_BY_MOST =
  /(年初|全年)预算(?:数)?(?:比|较)(?:年初|全年)预算(?:数)?(?:还|要)?(?:多|高|大)(?:出|了|出了)?(?:得)?最多(?=的)/gu;

/**
 * 全年预算比年初预算少了的，一共少了多少: the projects changed one way, then by how much in all — the total of that change
 * (预算调减额 / 预算调增额 add only the projects changed that way).
 */
const CHANGED_THEN_BY_HOW_MUCH =
  /全年预算(?:数)?(?:比|较)年初预算(?:数)?(?:还|要)?(少|低|减少|多|高|增加)(?:了)?的(?:项目)?[，,]?\s*(?:一共|总共|合计|加起来)?(?:少|低|减少|多|高|增加)(?:了)?多少(?:钱|万元|万)?/gu;

/**
 * 其中调减的有几个 / 调增的是哪些: the projects changed that way, counted or listed — a condition, never the amount (调减的
 * had been taken for 调减额, one character off).
 */
const CHANGED_ONES_ASKED =
  /(?<=^|[，,。？?\s]|其中|里面|这里面|这些里面?|当中)(调减|下调|压减|核减|调低|调增|上调|追加|调高)(?:了|过)?的(?=(?:项目)?(?:有|是|一共|共|占|都)(?:几|多少|哪))/gu;

/** The two budgets said the other way round before a verb of adjusting, put as the change is (see above). */
export const budgetsSaidBackwards = (text: string) =>
  text
    .replace(CHANGED_ONES_ASKED, (_m, verb: string) =>
      /减|低|压/u.test(verb) ? '全年预算比年初预算少的' : '全年预算比年初预算多的',
    )
    .replace(CHANGED_THEN_BY_HOW_MUCH, (_m, way: string) =>
      /少|低|减少/u.test(way)
        ? '全年预算比年初预算少的项目的预算调减额合计'
        : '全年预算比年初预算多的项目的预算调增额合计',
    )
    .replace(ABOVE_BY_MOST, (m, first: string) =>
      m.includes(`${first === '年初' ? '全年' : '年初'}预算`)
        ? `预算${first === '年初' ? '调减额' : '调增额'}最大`
        : m,
    )
    .replace(BARE_POINTS_ADJUSTED, '全年预算$1年初预算')
    .replace(ADJUSTED_BACKWARDS, '全年预算$3$2年初预算$1')
    .replace(INITIAL_ADJUSTED, (m, at: number, whole: string) =>
      /全年/u.test(whole.slice(0, at)) ? m : '预算',
    );

/**
 * 全年预算比年初调减的: the other budget said by its point of the year only, after one budget named in full — that
 * budget too (年初 alone was left unread there, while 全年比年初 with neither named reads both).
 */
const OTHER_BUDGET_SHORT = /(全年|年初)(预算数?)(?:的)?比(年初|全年)(?!预算|的预算)/gu;

/**
 * 全年比年初调增的和调减的: two changes said of one comparison, the second with its sides left out — each said whole
 * (全年比年初调增的和全年比年初调减的), so that each is read as a comparison of its own.
 */
const TWO_CHANGES = new RegExp(
  `(?<=^|[，,。；;？?！!\\s])([^，,。；;？?！!\\s的]{2,8}?比[^，,。；;？?！!\\s和与跟]{1,10}?)(${MORE}|${LESS})(了)?的(和|与|跟|以及|及|还有|、)(${MORE}|${LESS})(?=(?:了)?的)`,
  'gu',
);

/**
 * 年中追加过预算 / 中途调减了: when the budget was changed restricts nothing (every form has one year) — read, it had
 * matched a piece of a name (2023 年中央…); 比年初少的（核减的）: the change said again in brackets, in the words of
 * adjusting. Both taken off as the message arrives (loose-typing.ts), before any reader cuts the brackets apart.
 */
export function changeSaidAgain(text: string): string {
  return text
    .replace(/(?:年中|年内|年度中间|中途)(?=(?:追加|调增|调减|调整|压减|核减|上调|下调))/gu, '')
    .replace(/(?<=的)[（(](?:核减|调减|压减|削减|调增|追加|上调|下调)(?:了)?(?:的)?[)）]/gu, '');
}

export function rewriteChangeWords(text: string): string {
  text = text.replace(
    TWO_CHANGES,
    (_m, sides: string, first: string, done = '', join: string, second: string) =>
      `${sides}${first}${done}的${join}${sides}${second}`,
  );
  return rewriteShareThreshold(
    rewriteAdjustThreshold(
      rewriteBudgetPath(
        text
          .replace(RAISED_PROJECTS, '预算调增了')
          .replace(RAISED_PART, '预算调增额')
          .replace(OTHER_BUDGET_SHORT, (m, first: string, noun: string, second: string) =>
            first === second ? m : `${first}${noun}比${second}${noun}`,
          ),
      ),
    ),
  ).replace(CHANGE, (_m, before: string, verb: string) => `${before}${isMore.test(verb) ? '多的' : '少的'}`);
}
