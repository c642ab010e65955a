/**
 * A question typed as into a search box (潞源 执行率<90 list / 2023 大红门 预算 top5 / 负责人=空 cnt / 电话 位数≠8 /
 * 统计所经费 负责人+电话 / 曹阳 预算 →元): the operators and the English shorthand of a spreadsheet user, said in the
 * words the readers know. Applied to the whole message before it is split into asks, like the written register; each
 * mapping is of a symbol or an abbreviation standing as a word of its own (never inside a name or a number).
 */

/** An English abbreviation standing alone (not inside a longer Latin word). */
const word = (w: string) => new RegExp(`(?<![A-Za-z])(?:${w})(?![A-Za-z])`, 'giu');

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // 主管部门 包含「潞源」 / 实施单位 含 "党群": the office holding those words — a place or an office's piece (包含 had
  // been found inside a project's name, 社会管理专项经费（包含人民防空…）, and answered for it).
  [
    /(?:主管部门或实施单位|主管部门|实施单位|单位|部门)\s*(?:包含|含有|含|like)\s*[「“"']?([^」”"'\s，,()（）]+?)[」”"']?(?=\s|[，,；;：:)）]|$)/giu,
    ' $1的 ',
  ],
  // A query language's words: 筛选 / 条件： opening, 的记录 (a form), 字段 (a cell), IS NULL, LIMIT / TOP N, 输出 / 返回
  // (the cells asked), 结果按 (ordered by).
  [/^\s*(?:筛选|查询|select)[：:\s]+/iu, ''],
  // 潞源 | 满意度 | count: a bar parts the terms as a comma does.
  [/\s*[|｜]\s*/gu, '，'],
  [/(?:[，,]\s*)?(?<!追加|增加|再加|加上|添加|一个)条件[：:]\s*/gu, '，'],
  [/(?:这|那)?(?:两|三|四|几|[2-4])个字段/gu, ''],
  [/(?<=\p{Script=Han}|\s)字段(?:值)?/gu, ''],
  // (是不是 null: a question whether it is empty, before 是 null reads its tail)
  [/\s*(?:是不是|是否|是不是为|是否为)\s*null(?![A-Za-z])/giu, '是不是没填'],
  [/\s*(?:IS\s+NULL|为\s*NULL|=\s*NULL|是\s*NULL)/giu, '没填'],
  [/\s*(?:IS\s+NOT\s+NULL|不为\s*NULL)/giu, '已填'],
  [/\s*(?:LIMIT|TOP)\s*(\d{1,3})\b/giu, '前$1个'],
  [/(?:的)?记录数/gu, '项目数'],
  // 指标记录 / 指标的记录: the rows of the table; 这条记录 / X那条记录 / 哪条记录: a form (one project's)
  [/(?<=指标)(?:的)?记录/gu, ''],
  [/(?<=\p{Script=Han})(?:这|那)(?:条|一条)记录/gu, ''],
  [/(?:这|那)(?:条|一条)记录/gu, '这个项目'],
  [/(?:哪条|哪一条|哪几条|哪些)记录/gu, '哪个项目'],
  [/的记录(?:中|里)?/gu, '的项目'],
  [/(?<=\d+|几|多少)条记录/gu, '个项目'],
  // count(distinct 负责人) / count(*) / group by 年度: a database's words for counting and grouping
  [
    /(?<![A-Za-z])count\s*[（(]\s*distinct\s+([^）)]{1,10}?)\s*[)）](?:\s*(?:是|有|等于)?\s*多少)?/giu,
    '有几个不同的$1',
  ],
  [/(?<![A-Za-z])count\s*[（(]\s*\*?\s*[)）]/giu, '项目数'],
  [/(?<![A-Za-z])distinct\s*(?=\p{Script=Han})/giu, '不同的'],
  // (of rows: 三级指标 group by 一级指标 count — the rows of each kind counted)
  [
    /(?<=指标)\s*(?<![A-Za-z])group\s*by\s*((?:一级|二级)指标)(?:\s*count(?![A-Za-z]))?(?:\s*一下)?/giu,
    '按$1分别有几条',
  ],
  [/[，,]?\s*(?<![A-Za-z])group\s*by\s*(?!一下)([\p{Script=Han}]{2,6})(?:\s*[，,])?/giu, '，按$1统计，'],
  // (…各有几个项目，group by 一下: the grouping the question says already)
  [/[，,]?\s*(?<![A-Za-z])group\s*by(?![A-Za-z])\s*(?:一下)?\s*(?=[，,。？?]|$)/giu, ''],
  [/(?<![A-Za-z])group\s*by(?![A-Za-z])\s*[，,]?/giu, '统计'],
  [/(?<=指标)\s*(?<![A-Za-z])count(?![A-Za-z])\s*(?=最|一下|各|是|多少|$)/giu, '条数'],
  // rank 第几: the place in the ranking
  [/(?<![A-Za-z])rank(?:ing)?(?![A-Za-z])\s*(?=第)/giu, '排'],
  // total_score / totalScore: a column named as a programmer would (the form's own field)
  [/(?<![A-Za-z])total[_\s]?score(?![A-Za-z])/giu, '总分'],
  [/(?<![A-Za-z])exec(?:ution)?[_\s]?rate(?![A-Za-z])/giu, '执行率'],
  [/(?<![A-Za-z])annual[_\s]?budget(?![A-Za-z])/giu, '全年预算数'],
  [/(?<![A-Za-z])initial[_\s]?budget(?![A-Za-z])/giu, '年初预算数'],
  [/[，,；;]?\s*(?:输出|返回|返回字段|显示|查询字段|列出字段)[：:]?\s*/gu, '，看'],
  [/[，,]\s*结果按/gu, '，按'],
  // 几份材料 / 哪个报表: the forms, counted or pointed at (材料上 / 那个…材料 stay: the words around them are read by
  // the story reader, which could set a project's name aside with them)
  [/(?<=几份|多少份)(?:绩效)?(?:自评)?(?:的)?材料/gu, '表'],
  [/(?<=哪个|哪些|哪几个|哪几张|哪张)报表/gu, '表'],
  // 项目负责人 包含「李」 is no whole name: left; 项目负责人 = 李娜 is the person's projects (below).
  // 在上一步结果上追加条件：X: the previous answer's projects, narrowed (其中X的呢).
  [
    /^\s*在上一步(?:的)?结果(?:上|里|中|基础上)?(?:再)?(?:追加|增加|再加|加上|添加)(?:一个)?条件[：:，,]?\s*(.+?)[。.]?\s*$/u,
    '其中$1的呢',
  ],
  // 潞源 整体执行率 = Σ执行/Σ预算: the pooled rate said with its own definition after it — the rate, nothing more.
  [/\s*[=＝]\s*[Σ∑]?\s*(?:全年)?执行(?:数)?\s*[/÷]\s*[Σ∑]?\s*(?:全年)?预算(?:数)?/gu, ''],
  // 执行率 填报≠计算: the stated rate against the computed one.
  [/(?:填报|填写|表上|表列|填的)\s*(?:≠|!=|<>)\s*(?:计算|算出|核算)(?:的|值)?/gu, '填的和算出来的不一致'],
  // =空 / =null / is null: the cell left empty.
  [/\s*(?:[=＝]|==)\s*(?:空|null|none|无)(?![A-Za-z\p{Script=Han}])/giu, '没填'],
  // 负责人=? / 电话=？: the cell asked.
  [/\s*[=＝]\s*[?？]/gu, '是什么'],
  // ≠ / != / <>: not equal.
  [/\s*(?:≠|!=|<>)\s*/gu, '不等于'],
  // <= / >= / < / > between words (执行<预算) or before a figure: the words of a bound.
  // (a bound quoted as a cell reads — 填的“≥90%” — stays as written)
  [/(?<![“"「『])\s*(?:<=|≤)\s*/gu, '不高于'],
  [/(?<![“"「『])\s*(?:>=|≥)\s*/gu, '不低于'],
  [/(?<=\p{Script=Han})\s*<\s*(?=\p{Script=Han})/gu, '低于'],
  [/(?<=\p{Script=Han})\s*>\s*(?=\p{Script=Han})/gu, '高于'],
  // 满意度=未做: the survey not made, as the forms say it.
  [/\s*[=＝]\s*(?=未做|没做|未开展)/gu, ''],
  // 总分=100: the cell is that value.
  [/(?<=\p{Script=Han})\s*[=＝]\s*(?=[\d\p{Script=Han}“"「])/gu, '为'],
  // 负责人+电话 / 扣分&偏差原因=空: and.
  [/(?<=\p{Script=Han})\s*[+＋&＆]\s*(?=\p{Script=Han})/gu, '和'],
  // →元 / → 万元: in that unit; 87885957 → 谁: the number is asked about; 年初→全年: from one to the other.
  [/\s*(?:→|->|=>)\s*(?=(?:元|万元|亿元|亿|千元)(?![\p{Script=Han}]))/gu, '换算成'],
  [/(?<=\d)\s*(?:→|->|=>)\s*/gu, '是'],
  [/\s*(?:→|->|=>)\s*/gu, '到'],
  // 目标/实际: the row's two cells.
  [/目标(?:值)?\s*\/\s*实际(?:完成)?(?:值)?/gu, '年度指标值和实际完成值'],
  // 河门口 全年预算 sum (元): the unit asked, in brackets at the end.
  [/\s*[（(]\s*(元|万元|亿元)\s*[)）]\s*$/gu, '，换算成$1'],
  // 河门口 cnt + sum(预算): two asks; sum(预算): the total of that figure.
  [/(?<=[A-Za-z\p{Script=Han}])\s+[+＋]\s+(?=[A-Za-z\p{Script=Han}])/gu, '，'],
  [/(?<![A-Za-z])sum\s*[（(]\s*([^）)]{1,10})\s*[)）]/giu, '$1合计'],
  [/(?<![A-Za-z])avg\s*[（(]\s*([^）)]{1,10})\s*[)）]/giu, '平均$1'],
  [/(?<![A-Za-z])max\s*[（(]\s*([^）)]{1,10})\s*[)）]/giu, '$1最高'],
  [/(?<![A-Za-z])min\s*[（(]\s*([^）)]{1,10})\s*[)）]/giu, '$1最低'],
  // 电话 位数 / 执行<预算: a word of a field said apart from it, or cut short before a comparison.
  [/(电话|号码)\s+(?=位数)/gu, '$1'],
  [/(?<![\p{Script=Han}])执行(?=\s*(?:<|>|低于|高于|小于|大于))/gu, '执行数'],
  // 87885957 → 谁的号: whose number.
  [/谁的号(?:码)?/gu, '谁的电话'],
  // Σ执行: the total of.
  [/[Σ∑]\s*/gu, '合计'],
  // English shorthand.
  // (of rows — 扣分指标 cnt — the rows are counted)
  [/(?<=指标\s*)(?<![A-Za-z])cnt(?![A-Za-z])/giu, '有几条'],
  [word('cnt'), '有几个'],
  [word('pct'), '占比'],
  [word('avg|mean'), '平均'],
  [word('sum'), '合计'],
  [word('max'), '最高'],
  [word('min'), '最低'],
  [word('desc'), '从高到低'],
  [word('asc'), '从低到高'],
  // 2023 vs 2020: two years.
  [/(?<!\d)(20\d{2})\s*(?:vs\.?|versus)\s*(20\d{2})(?!\d)(?!\s*年)/giu, '$1年和$2年'],
  [word('vs\\.?|versus'), '和'],
  [word('where'), ' '],
  [/(?<![A-Za-z])no\.\s*(\d{1,2})(?!\d)/giu, '第$1'],
  // 全列 / 列全: every one listed.
  [/(?<=\s)(?:全列|列全)(?=\s*$)/gu, '全部列出'],
  // 满意度 0分 条数: how many rows.
  [/(?<=\s|分|指标)条数\s*[?？]?\s*$/gu, '有几条'],
];

/** A vs B, asked with no other word of comparing: the two are compared, not added together. */
const VERSUS = /(?<![A-Za-z])(?:vs\.?|versus)(?![A-Za-z])/iu;
const COMPARED = /比|对比|差|哪个|谁/u;

export function searchBoxWords(message: string): string {
  let text = message;
  for (const [from, to] of REWRITES) text = text.replace(from, to);
  // 发改委 vs 潞源 total budget: read as 和 alone it had summed the two as one set
  if (VERSUS.test(message) && !COMPARED.test(text)) text = text.replace(/\s*([？?。.！!]*)\s*$/u, '，对比$1');
  return text;
}
