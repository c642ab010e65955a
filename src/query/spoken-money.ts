/**
 * 钱 as the money of a project, said the way staff speak (run among parse.ts's text rewrites, on the normalised
 * question). A project's money with no field named is what the project was given for the year — its 全年预算数 —
 * as money-ask.ts reads 多少钱; each reading is said back in the answer (spokenMoneySaid), so a clerk who meant the
 * spending sees it at once.
 * - 钱是谁在管 / 这笔资金归谁管 / 经费由谁负责: who looks after a project's money is its 负责人;
 * - 钱最多 / 资金最少 (哪个项目钱最多): the project's 全年预算数 at that end — only when no amount is named in the
 *   clause, which would say which money is meant; 钱最多（执行数）: a field named in brackets right after is the money;
 * - 钱其实没花完 / 资金实际上都花完了: an adverb between the money and its verb of spending goes before the money,
 *   where the readers of spending read it (其实钱没花完);
 * - 差了多少钱没花: the difference not spent is the money left (还有多少钱没花).
 * - 晨光路拆迁那个钱，全年预算数是多少: the money as a clause's topic, the next clause naming the amount, is left out.
 * - 潞源的经费总共多少 / 河门口的钱一共有多少 / 这笔款子是多少: the money asked as an amount is the 全年预算数 too — and
 *   never a piece of a project's name (潞源…经费), which would answer for one project instead of the office;
 * - 钱一共批了多少: the money granted is asked as 批了多少钱 (the money after its verb);
 * - 钱花了多少 / 经费一共拨了多少: the money as the subject of a verb of spending or allocating is that verb's figure (the
 *   noun gives way to a space); before a verb of finishing it (经费没花完, 钱没花掉) it stays 钱, which the readers of
 *   spending know;
 * - 最大的项目 / 哪个项目最小: a project's size, no figure named in the clause, is its 全年预算数.
 */

/**
 * Nouns of a project's money: 钱 (not 花钱 / 省钱 / 本钱…, words of their own), 资金 / 经费 only after 的, a measure word,
 * 项目 or the start of a clause — elsewhere they end a project's name (拆迁资金, 专班经费); 款 alone only after 项目 (项目款).
 */
const MONEY =
  '(?:(?:这笔|那笔)?(?<![花用省赚挣价金本零])钱|(?<=^|[的笔个目些里中,，、\\s])(?:资金|经费|款子|款项)|(?<=项目)款(?![项子]))';

/** Who looks after it: 是谁在管 / 归谁管 / 由谁负责 / 谁管着. */
const WHO_KEEPS = new RegExp(
  `${MONEY}(?:是|归|由)?谁(?:在|来)?(?:管|负责|经手|经管)(?:着)?(?:的)?(?=(?:呢|啊|呀)?(?:[?？。!！,，]|$))`,
  'gu',
);

/** A field of money named in brackets: 钱最多（全年预算）. */
const MONEY_FIELD =
  '全年预算数?|年初预算数?|全年执行数?|执行数|执行金额|预算数|预算|结余|支出数?|预算调整数|年初数|实际执行数';

/** 钱最多 / 资金最少, with a field named in brackets after it or not. */
const MONEY_END = new RegExp(
  `(?:的)?${MONEY}(?:是|都)?(最多|最少|最大|最小|最高|最低)(?:(的)?[(（]\\s*(${MONEY_FIELD})\\s*[)）])?`,
  'gu',
);

/** 经费总共多少 / 钱一共有多少 / 款子是多少 / 钱加起来，折成元是多少 / 项目经费加一块儿多少: the money asked as an amount
 * (what follows it is left as it is; 钱加起来一共多少 says it twice); a side of a computation ending in its total (X的钱加起来, 项目经费总额) asks it too.
 * 经费 after 项目 is the projects' money (项目经费 / 项目款子), as after 的 — MONEY's 目. */
const ADDED_UP = '(?:加|合|算|放)(?:起来|一起|一块儿?|到一起|在一起|到一块儿?|在一块儿?)';
const MONEY_AMOUNT = new RegExp(
  `${MONEY}(?=(?:总共|一共|合计|${ADDED_UP}|总计|共计|总额|总数|共){0,2}(?:[，,]?\\s*(?:折成|折合成|折合|折算成|换算成|换成|转成)(?:元|千元|万元|亿元|块钱?))?(?:有|是|为)?(?:多少|几)|(?:${ADDED_UP}|合计|总计|共计|总额|总数)[\\s。.?？]*$)`,
  'gu',
);

/** 钱花了多少 / 经费一共拨了多少 / 资金用掉多少: the money as the subject of its verb, which names which money it is. */
const MONEY_DOING = new RegExp(
  `${MONEY}(?=(?:都|也|总共|一共|实际上|实际|已经|已)*(?:花(?![完光掉])|用了|用掉|拨|执行(?!完)|支出|剩|下拨))`,
  'gu',
);

/** 钱一共批了多少 / 经费批下来多少: the money granted, asked — said as 批了多少钱, the money after its verb. */
const MONEY_GRANTED = new RegExp(
  `${MONEY}((?:都|总共|一共|合计|共)?(?:批|审批|核批|批复)(?:了|下来|下)?(?:多少|几))(?!钱|万|元)`,
  'gu',
);

/**
 * 潞源批了多少 / 它批下来多少万: what was granted, asked by its verb alone — the 全年预算数 (批了几个项目 counts projects,
 * and stays).
 */
const GRANTED_ASKED =
  /(?:一共|总共|共)?(?<![年初钱金费款])(?:批|批复|核批)(?:了|下来了?|下)(?=(?:多少|几)(?:万元|万|元|钱)?(?![个项张份条家]))/gu;

/** 批了多少 said as the field asked: 的全年预算数是多少. */
export const grantedAsBudget = (text: string) => text.replace(GRANTED_ASKED, '的全年预算数是');

/** Adverbs between the money and a verb of finishing it (钱其实没花完): kept, the readers of spending read them. */
const FINISHING_ADVERBS = '(?:是不是|是否|有没有)?(?:都|也|全|实际上|实际|其实|根本|却|倒|已经|已|还)*';
/**
 * 经费没花完 / 资金还没用完 / 款子花光了吗: the money said with another noun before a verb of finishing it is the 钱 the
 * readers of spending know (钱没花完) — never a piece of a project's name (…经费) nor dropped (没花掉 alone is no money).
 */
const FUNDS_FINISHED = new RegExp(
  `(?<=^|[的笔个目些里中,，、\\s])(?:资金|经费|款子|款项)(?=${FINISHING_ADVERBS}(?:没有|没|未)?(?:花|用|执行)(?:完|光|掉))`,
  'gu',
);

/** 最大的项目 / 哪个项目最大: a project's size is its money — no field named in the clause (扣分最大 names its own). */
const SIZE_OF_PROJECT =
  /(最大|最小)(?=的项目|的一个项目|的那个项目)|(?<=项目)(?:是)?(最大|最小)(?=的|$|[，,。？?])/gu;
/** Words of any figure: then 最大 is said of that figure. */
const FIGURE_NAMED = /预算|执行|支出|结余|拨|调整|花|用了|用掉|剩|分|率|指标|钱|资金|经费|金额|数/u;

/** Words that already name the money of the clause: then 钱 is that money, not the budget. */
const AMOUNT_NAMED = /预算|执行|支出|结余|拨|调整数|花|用了|用掉|剩/u;

/** 钱其实没花完: adverbs between the money and the verb of spending. */
const ADVERBS_INSIDE = new RegExp(
  `(${MONEY})((?:其实|实际上|实际|根本|却|还|都|也|全)+)(?=没花完|没用完|没执行完|未执行完|没花光|没用光|花完|用完|花光|用光|执行完)`,
  'gu',
);

/** 差了多少钱没花 / 差几万没用完: the money not spent, asked. */
const GAP_NOT_SPENT = /差(?:了)?(?=(?:多少|几)(?:钱|万元|万|元)?(?:还)?(?:没|未)(?:花|用|执行))/gu;

/**
 * 晨光路拆迁那个钱，全年预算数写的多少 / 潞源那笔经费，执行了多少: the money pointed at as the topic of its clause, the next
 * clause naming which amount — the topic adds nothing but the project before it (…一共多少钱，以年初预算为准 asks it).
 */
const MONEY_TOPIC = new RegExp(
  `(?:那个|这个|那笔|这笔)(?:钱|资金|经费|款子)(?=[，,]\\s*[^，,。？?]*(?:${AMOUNT_NAMED.source}))`,
  'gu',
);

const isHigh = (end: string) => /多|大|高/u.test(end);

/** The clause of `text` that holds the position `at`. */
function clauseAround(text: string, at: number, length: number): string {
  const start =
    Math.max(...['，', ',', '。', '；', ';', '？', '?'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const ends = ['，', ',', '。', '；', ';', '？', '?']
    .map((p) => text.indexOf(p, at + length))
    .filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/** Whether the clause around the match (the match itself aside) names none of the `named` words. */
function clauseNamesNone(whole: string, at: number, match: string, named: RegExp): boolean {
  return !named.test(clauseAround(whole, at, match.length).replace(match, ''));
}

/** The text with a project's money said as the field it is. */
export function rewriteSpokenMoney(text: string): string {
  return text
    .replace(WHO_KEEPS, '负责人是谁')
    .replace(FUNDS_FINISHED, '钱')
    .replace(MONEY_GRANTED, '$1钱')
    .replace(GRANTED_ASKED, '的全年预算数是')
    .replace(MONEY_DOING, ' ')
    .replace(ADVERBS_INSIDE, '$2$1')
    .replace(GAP_NOT_SPENT, '还有')
    .replace(MONEY_TOPIC, '')
    .replace(
      MONEY_END,
      (m, end: string, de: string | undefined, field: string | undefined, at: number, whole: string) => {
        const said = isHigh(end) ? '最高' : '最低';
        if (field) return `${field}${said}${de ?? ''}`;
        return clauseNamesNone(whole, at, m, AMOUNT_NAMED) ? `全年预算${said}` : m;
      },
    )
    .replace(MONEY_AMOUNT, (m, at: number, whole: string) =>
      clauseNamesNone(whole, at, m, AMOUNT_NAMED) ? '全年预算' : m,
    )
    .replace(SIZE_OF_PROJECT, (m, _a: string, _b: string, at: number, whole: string) =>
      clauseNamesNone(whole, at, m, FIGURE_NAMED) ? `全年预算${m.includes('大') ? '最高' : '最低'}` : m,
    );
}

/** What the answer says it read: 「钱最多」按「全年预算数最高」理解, 「钱是谁在管」按「项目负责人」理解. */
export function spokenMoneySaid(question: string): Array<[string, string]> {
  const text = question.normalize('NFKC');
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(WHO_KEEPS)) out.push([m[0], '项目负责人是谁']);
  const unnamed = (m: RegExpMatchArray, named: RegExp) => clauseNamesNone(text, m.index!, m[0], named);
  for (const m of text.matchAll(MONEY_END))
    if (!m[3] && unnamed(m, AMOUNT_NAMED))
      out.push([m[0].replace(/^的/u, ''), `全年预算数${isHigh(m[1]!) ? '最高' : '最低'}`]);
  for (const m of text.matchAll(SIZE_OF_PROJECT))
    if (unnamed(m, FIGURE_NAMED)) out.push([m[0], `全年预算数${m[0].includes('大') ? '最高' : '最低'}`]);
  for (const m of text.matchAll(MONEY_AMOUNT)) if (unnamed(m, AMOUNT_NAMED)) out.push([m[0], '全年预算数']);
  return out;
}
