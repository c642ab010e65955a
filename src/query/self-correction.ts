/**
 * A question corrected while it is typed, and the doubts around it (the fourteenth part's askers: a newcomer who is
 * unsure of names, a 项目负责人 asking about their own forms):
 * - a correction (潞源街道的，哦不对，我要问的是发改委的项目… / 执行率…不对，我想问总分): the corrected piece replaces
 *   the piece it corrects — a scope by a scope, a field by a field, a name guessed by the name. 不对 had been read as
 *   the filter 有错误 and both scopes kept (潞源 or 发改委: a wrong figure). A correction of any other shape is left as
 *   typed, and is reported by the parser, never guessed;
 * - a name guessed, then the name (A…应该就叫B吧 / 是不是叫A…): the fuller of the two is the name; 是不是叫 is never
 *   a negation (不是A had been read);
 * - a doubt closing the message (我不太确定这算不算错 / 是叫偏差原因分析吧 / 我怕写错位数): it asks nothing; a hedge
 *   before a figure (大概是几千万) stays, so that the guess is never read as a condition;
 * - the asker naming themself (我是赵康，我负责的… / 我那个项目): the projects of that 项目负责人 (我是X had been set aside
 *   as background and every project listed).
 */

/** A place, an office or a bureau, as typed, and what may follow it when it stands alone as a scope. */
const SCOPE =
  '\\p{Script=Han}{1,14}?(?:街道办事处|街道|办事处|办公室|委员会|发改委|委|局|镇|乡|区|所|中心|社区)';
const SCOPE_ALONE = new RegExp(
  `^\\s*(?:嗯|呃|啊)?\\s*(?:那个|那)?(${SCOPE})(?:那边|那儿|那里)?(?:的)?(?:项目)?\\s*$`,
  'u',
);
/** The fields a clerk corrects one for another. */
const FIELD =
  '(?:全年预算数|全年预算|年初预算数|年初预算|预算|全年执行数|执行数|执行率|总分|得分|结余|负责人|联系电话|电话|满意度)';
const FIELD_LAST = new RegExp(`${FIELD}\\s*$`, 'u');
const FIELD_ANY = new RegExp(FIELD, 'gu');
const FIELD_NAMED = new RegExp(FIELD, 'u');
/** A verb of the money asked, then 多少 (花了多少 / 批了多少): alone, and closing the piece. */
const VERB_ASKED = /^\s*\p{Script=Han}{1,2}了?(?:多少|几)\s*$/u;
// (一共批了多少: 一共 stays, the verb after it is what is corrected)
const VERB_ASKED_LAST = /(?<![一总])\p{Script=Han}{1,2}?了(?:多少|几)\s*$/u;
/** The word a project's name ends in, said alone when one name is corrected for another. */
const NAME_END = /^\p{Script=Han}{2,16}?(经费|项目|资金|补贴|补助|工程|专项)$/u;
const FIELD_ALONE = new RegExp(`^\\s*(${FIELD})\\s*$`, 'u');

/** 哦不对，我要问的是 / 不对不对，是 / 我刚才说错了，应该是 / 更正一下，我要的是 / 不好意思，我是想问: the correction's
 * words, then what is meant (不好意思 / sorry only with what is meant said after them: alone they are politeness). */
const CORRECTION =
  /(?:[，,。？?！!\s—–]|…|\.{3})*(?:(?:(?:哦|噢|呃|啊|嗯|不好意思|抱歉|sorry)?\s*(?:不对不对|不对|我刚才说错了|我说错了|说错了|(?:打|写|搞|弄)[错錯]了?(?:字)?|更正一下|更正|纠正一下)(?:[，,]?\s*(?:不好意思|抱歉|sorry))?[，,：:]?\s*)+(?:我(?:要|想)(?:看|查|找|统计|算)的是|我要[问問]的是|我想[问問]的是|我是想[问問]|我想[问問]|我要[问問]|我要的是|应该是|应为|我说的是|我是说|是)?|(?:不好意思|抱歉|sorry)[，,]?\s*(?:我要[问問]的是|我想[问問]的是|我是想[问問]|我想[问問]|我要的是|我说的是|我是说|应该是))\s*/iu;
/** The corrected piece: what is typed before the correction back to the clause's start (or a pause: …). */
// (a dash sets the correction apart as a pause does: 其中预算——哦不对，是执行数——最大的三个)
const PIECE_BEFORE = /(?:^|[，,。？?！!；;]|…|\.{3})([^，,。？?！!；;…—–]*?)(?:…|\.{3}|[—–])*$/u;

/** A place meant, said alone (河门口的 / 双井街道那边的项目), and a place in a question, right before its 的项目 / 的表. */
const PLACE_MEANT = /^\s*(\p{Script=Han}{2,8}?)(?:街道办事处|街道|办事处)?(?:那边)?(?:的)?(?:项目)?\s*$/u;
const PLACE_IN_PIECE =
  /(?:^|[，,。？?！!\s]|一下|问问|看看|查查|请问|我想问|的是)(\p{Script=Han}{2,10}?)(?:街道办事处|街道|办事处)?(?:那边)?的(?=项目|表)/gu;

/** A year said (2020年 / 2020年度 / 20年), and one meant alone (2023年度的 / 2023年的项目). */
const YEAR_SAID = /(?:20)?\d{2}年度?/gu;
const YEAR_ALONE = /^\s*((?:20)?\d{2})年度?(?:的)?(?:项目)?\s*$/u;
/** A name guessed, said with 是叫 / 是不是叫 and a question to oneself: 是叫晨光路拆迁补偿款吗. */
const NAME_GUESS =
  /^\s*(?:我)?(?:也)?(?:不太|不大|不)?(?:确定|清楚|知道|记得)?(?:是不是|是)?叫[^，,。？?]{2,30}?(?:吗|吧)?[？?]?\s*$/u;
/** 有几条？哦不对，我是想问有几个项目: the count asked of another thing. */
const COUNT_LAST = /(?:有)?(?:几|多少)(?:条|个|项|张|份)(?:指标|项目|表)?\s*[？?]?\s*$/u;
const COUNT_ALONE = /^\s*(?:有)?(?:几|多少)(?:个|张|份|条)?(?:项目|表|指标)\s*$/u;

/** What follows the corrected piece, its opening stops and pauses taken off. */
const restAfter = (after: string, meant: string) =>
  after.slice(meant.length).replace(/^[。.！!，,\s—–]+/u, '');

function correctOnce(text: string): string | null {
  const m = CORRECTION.exec(text);
  if (!m) return null;
  // 不对 inside a word (填得不对的项目, 不对外): no correction — one opens after a pause or with its own 哦 / 嗯
  if (
    m.index > 0 &&
    !/^[，,。？?！!\s….哦噢呃啊嗯—–]/u.test(m[0]) &&
    // (双景街道不对我说错了是双井: 说错了 after it makes it one, spoken without a pause)
    !/[说打写搞弄][错錯]|更正|纠正/u.test(m[0]) &&
    !/[，,。？?！!\s…]$/u.test(text.slice(0, m.index))
  )
    return null;
  // 哦不对，我刚才说错了，应该是双井的: the last question corrected — what is meant asked in its place (那双井的呢)
  if (m.index === 0 || !text.slice(0, m.index).trim()) {
    // (sorry 我是想問 雙井 😅: a place said bare, the emoji after it)
    // (…我想問的是大紅門 不是潞源: what is not meant, said after, adds nothing)
    const meant = text
      .slice(m.index + m[0].length)
      .replace(/(?:[。！!~～\s]|\uFE0F|\u200D|\p{Extended_Pictographic})+$/u, '')
      .replace(/(?:[，,\s]+(?:而)?|而)不是[^，,。？?！!\s]{1,10}$/u, '');
    return new RegExp(
      `^\\s*(?:(?:${SCOPE})(?:的)?|\\p{Script=Han}{2,8}的|\\p{Script=Han}{2,6})(?:项目)?\\s*$`,
      'u',
    ).test(meant)
      ? `那${meant}呢`
      : null;
  }
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const meant = /^[^，,。？?！!；;—–]+/u.exec(after)?.[0] ?? '';
  if (!meant) return null;
  const piece = PIECE_BEFORE.exec(before);
  if (!piece) return null;
  const wrong = piece[1]!;
  const head = before.slice(0, before.length - piece[0].length + piece[0].indexOf(wrong));
  // a scope for a scope (潞源街道的，哦不对，是发改委的项目): the one meant stands where the other was
  if (SCOPE_ALONE.test(wrong) && new RegExp(`^\\s*(?:${SCOPE})`, 'u').test(meant))
    return `${head}${after}`.replace(/^[，,\s]+/u, '');
  // a place for the place of a whole question (我想查一下双井的项目有几个……不对，我是说河门口的): the one place before 的项目
  // replaced
  const place = FIELD_NAMED.test(meant) ? undefined : PLACE_MEANT.exec(meant)?.[1];
  const places = place ? [...wrong.matchAll(PLACE_IN_PIECE)] : [];
  if (place && places.length === 1) {
    const at = places[0]!.index! + places[0]![0].indexOf(places[0]![1]!);
    const rest = restAfter(after, meant);
    const said = `${wrong.slice(0, at)}${place}${wrong.slice(at + places[0]![1]!.length)}`;
    return `${head}${said}${rest ? `，${rest}` : ''}`;
  }
  // a year for a year (2020年度项目的总分平均是多少——不好意思，我是想问2023年度的): the one year of the piece replaced
  const year = YEAR_ALONE.exec(meant);
  if (year && (wrong.match(YEAR_SAID) ?? []).length === 1) {
    const rest = restAfter(after, meant);
    return `${head}${wrong.replace(YEAR_SAID, `${year[1]}年`)}${rest ? `，${rest}` : ''}`;
  }
  // a name guessed, then the name (是叫X吗？哦不对，是Y)
  if (NAME_GUESS.test(wrong)) return `${head}${after}`.replace(/[，,\s…]+(?=\p{Script=Han})/u, '，');
  // the count of another thing (…的有几条？哦不对，我是想问有几个项目)
  if (COUNT_ALONE.test(meant) && COUNT_LAST.test(wrong)) {
    const rest = after.slice(meant.length);
    return `${head}${wrong.replace(COUNT_LAST, meant.trim())}${rest}`;
  }
  // a field for a field (大红门的项目里执行率…不对，我想问总分): the field replaced, the rest of the piece kept
  const field = FIELD_ALONE.exec(meant);
  if (field && FIELD_LAST.test(wrong)) {
    // (a closing dash joins what follows to the field: 是执行数——最大的三个 is 执行数最大的三个)
    const joined = /^\s*[—–]/u.test(after.slice(meant.length));
    const rest = after.slice(meant.length).replace(/^[，,\s—–]+/u, '');
    return `${head}${wrong.replace(FIELD_LAST, field[1]!)}${rest ? `${joined ? '' : '，'}${rest}` : ''}`;
  }
  // a field for the one field of the piece (年初预算加起来多少 不对 我说错了 是全年预算): that field replaced in place
  const fields = wrong.match(FIELD_ANY) ?? [];
  if (field && fields.length === 1) {
    const rest = restAfter(after, meant);
    return `${head}${wrong.replace(FIELD_ANY, field[1]!)}${rest ? `，${rest}` : ''}`;
  }
  // a project's name for another (体制资金应急经费扣了几分 不对 我说错了 是事业发展经费): the name ending in the same word
  // (经费 / 项目 / 资金…) replaced, from the pause or 的 before it
  const noun = NAME_END.exec(meant)?.[1];
  const nounAt = noun && !field ? wrong.lastIndexOf(noun) : -1;
  if (nounAt > 0) {
    const start = Math.max(wrong.lastIndexOf('的', nounAt) + 1, wrong.lastIndexOf(' ', nounAt) + 1);
    const rest = restAfter(after, meant);
    const said = `${wrong.slice(0, start)}${meant}${wrong.slice(nounAt + noun!.length)}`;
    return `${head}${said}${rest ? `，${rest}` : ''}`;
  }
  // a project's name for the one whose cell is asked (统计站的预算……说错了，是统计所经费): the name before 的 replaced
  if (noun && !field && wrong.includes('的')) {
    const start = /^(?:请问|请|麻烦|帮我看一下|帮我看下|帮我查一下)?/u.exec(wrong)![0].length;
    const rest = restAfter(after, meant);
    const said = `${wrong.slice(0, start)}${meant}${wrong.slice(wrong.indexOf('的', start))}`;
    return `${head}${said}${rest ? `，${rest}` : ''}`;
  }
  // the verb asked corrected (小微项目一共批了多少 不对 我是说花了多少): the closing verb and its 多少 replaced
  if (VERB_ASKED.test(meant) && VERB_ASKED_LAST.test(wrong))
    return `${head}${wrong.replace(VERB_ASKED_LAST, meant)}${after.slice(meant.length)}`;
  // the whole piece said again, ending as it did (主管部门为“X”的项目——更正：应为实施单位为“X”的项目)
  if (meant.length >= wrong.trim().length * 0.6 && wrong.trim().slice(-3) === meant.trim().slice(-3))
    return `${head}${meant}${after.slice(meant.length)}`;
  // the piece said again with another field (平均每个项目的预算——不对，是平均每个项目的执行数): the new piece stands
  const meantField = FIELD_LAST.exec(meant);
  const wrongField = FIELD_LAST.exec(wrong);
  if (meantField && wrongField) {
    const said = meant.slice(0, meantField.index).trim();
    if (said && wrong.slice(0, wrongField.index).endsWith(said)) {
      const joined = /^\s*[—–]/u.test(after.slice(meant.length));
      const rest = after.slice(meant.length).replace(/^[，,\s—–]+/u, '');
      return `${head}${wrong.slice(0, wrongField.index)}${meantField[0].trim()}${rest ? `${joined ? '' : '，'}${rest}` : ''}`;
    }
  }
  return null;
}

/** 习风园改造…应该就叫习风园改造项目吧 / 潞源街道…应该是叫潞源吧: two names of one thing — the fuller kept. */
const NAME_THEN_NAME =
  /(?<=^|[，,。？?！!；;\s])([^，,。？?！!；;…\s]{2,30}?)(?:…|\.{3}|[，,])\s*(?:嗯…?)?(?:我记得)?(?:应该|好像|大概|可能)?(?:就)?(?:是)?叫([^，,。？?！!；;…\s]{2,30}?)吧/gu;
/** 我不太确定是不是叫X… / 我不确定是不是叫X，反正是Y的: the doubt before a name; the name kept. */
const UNSURE_OF_NAME =
  /(?:我)?(?:也)?(?:不太|不大|不)?(?:确定|清楚|知道|记得)(?:[，,]\s*)?(?:是不是|是否|是)?叫(?=\p{Script=Han})/gu;
/** …，反正是大红门的 / 好像是河门口的X: the hedge words before what is meant. */
const HEDGE_BEFORE =
  /(?<=^|[，,。？?！!…\s])(?:反正|好像|应该|大概|可能|估计)(?:就)?是(?=\p{Script=Han})(?![几一二三四五六七八九十百千万两])/gu;
/** Doubts closing the message: 我不太确定这算不算错 / 不太确定 / 是叫X吧 / 是不是这么说的 / 我怕写错位数. */
const DOUBT_AT_END =
  /(?:[，,。？?！!；;…\s]|\.{3})+(?:(?:我)?(?:也)?(?:不太|不大|不)(?:确定|清楚)[^，,。？?！!]{0,16}|(?:是|应该是|应该)?叫[^，,。？?！!]{2,12}吧|是不是这么(?:说|叫|写)的?|我(?:怕|担心)[^，,。？?！!]{1,12}|我(?:算的|记得)?好像是[^，,。？?！!]{1,12}|我是不是应该[^，,。？?！!]{1,10})[。？?！!…]*\s*$/u;
/** …，是不是叫这个名字我也不确定…: a doubt about the name just typed, in the middle. */
const DOUBT_OF_NAME = /[，,]\s*是不是叫这个名字(?:我)?(?:也)?不(?:太)?(?:确定|清楚)(?:…|\.{3})*/gu;
/** 我不太确定大红门街道一共有多少个项目…一百多个吧？具体是几个: the doubt around a count asked, and the guess. */
const DOUBT_AROUND_COUNT = /^\s*我(?:也)?(?:不太|不大|不)确定(?=[^，,。？?]{2,30}?(?:多少|几))/u;
const COUNT_GUESSED =
  /(?:…|\.{3}|[，,])\s*(?:大概|可能|应该)?(?:[一二三四五六七八九十百千两]+|\d+)多?个吧[？?]?\s*(?:具体|到底|究竟)?(?:是|有)?(?:几个|多少个?)?[？?]?\s*$/u;
/** 我不太确定(啊)，… opening the message. */
const DOUBT_AT_START = /^\s*(?:我)?(?:也)?(?:不太|不大|不)(?:确定|清楚)(?:啊|呀|哈)?[，,…]\s*/u;
/** 我不太确定河门口街道是不是只有九个项目…它们按…: the doubt of a count, then what is asked of those projects. */
const DOUBT_OF_COUNT =
  /^\s*我(?:也)?(?:不太|不大|不)确定(\p{Script=Han}{2,20}?)是不是(?:只有|就|一共)?(?:[一二三四五六七八九十两]+|\d+)个项目(?:…|\.{3}|[，,])\s*(?:它们|这些|这几个)?/u;
/** 民生保障办公室，它实施的项目: the pronoun after the name, before the verb of owning, is the name. */
const IT_AFTER_NAME = /(?<=\p{Script=Han})[，,]\s*它(?=实施|主管|负责|承担)/gu;
/** 双井街道办事处，两个疫情防控资金项目的…: the scope, then a count of its projects after the pause. */
const SCOPE_THEN_COUNT = new RegExp(`^(${SCOPE})[，,]\\s*(?=(?:[两二三四五六七八九十]|\\d+)个)`, 'u');
/** …应该有几个吧 / 应该是几个: a guess before the count asked. */
const GUESS_BEFORE_COUNT = /应该(?=有(?:几|多少))/gu;

/** 我是赵康，我负责的… / 我是葛帅，我们那条满意度指标: the asker's name, and their projects named in the first person. */
const SELF_NAMED = /^\s*(?:您好[，,]?\s*)?我(?:是|叫)(\p{Script=Han}{2,4})[，,。]\s*/u;
const MINE =
  /我(?:自己)?(?:(?:负责的|手上的|手里的|名下的|名下|手上)(?:这些|那些)?|这些|那些|那个|这个|的|(?=[这那](?:[两二三四五六七八九十]|\d+)个))((?:[这那])?(?:[两二三四五六七八九十]|\d+)个)?|我们(?:那条|那个|那些)(?=\p{Script=Han})/gu;

function selfNamed(text: string): string {
  const m = SELF_NAMED.exec(text);
  if (!m) return text;
  const name = m[1]!;
  const rest = text
    .slice(m[0].length)
    .replace(MINE, (said, count?: string) =>
      /^我们那条/u.test(said) ? `${name}负责的项目里的` : `${name}负责的${count ?? ''}`,
    );
  // a first person left that is not one of these (我这边的项目): the message as typed, read as before
  return /我/u.test(rest) ? text : rest;
}

export function withoutSelfCorrection(message: string): string {
  let text = message;
  for (let i = 0; i < 3; i++) {
    const corrected = correctOnce(text);
    if (corrected === null) break;
    text = corrected;
  }
  let doubted = text;
  // doubts said one after another at the end (我算的好像是97点几，不太确定): each taken off
  for (
    let again = doubted.replace(DOUBT_AT_END, '');
    again !== doubted;
    again = doubted.replace(DOUBT_AT_END, '')
  )
    doubted = again;
  return selfNamed(
    doubted
      .replace(DOUBT_OF_COUNT, '$1的项目')
      .replace(DOUBT_AROUND_COUNT, '')
      .replace(COUNT_GUESSED, '')
      .replace(DOUBT_OF_NAME, '，')
      .replace(DOUBT_AT_START, '')
      .replace(NAME_THEN_NAME, (_m, said: string, b: string) => {
        // (梅林那边…是叫梅林镇吧: the place's 那边 is no part of its name)
        const a = said.replace(/(?:那边|那儿|那里)$/u, '');
        return b.length > a.length ? b : a;
      })
      .replace(UNSURE_OF_NAME, '')
      .replace(HEDGE_BEFORE, '')
      .replace(GUESS_BEFORE_COUNT, '')
      .replace(IT_AFTER_NAME, '')
      .replace(SCOPE_THEN_COUNT, '$1的'),
  );
}
