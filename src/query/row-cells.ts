/**
 * What a question says of an indicator row's own cells, read before the row's name and the asked columns
 * (row-question.ts): a number in 分值 / 得分 (满意度指标是5分 = the row's 分值, 得分那一栏写0, 分值给到10分, 直接得了0分,
 * 扣了2分的那条), a cell left empty or filled (年度指标值一栏是空的, 没定目标值, 有分值但…, 偏差原因栏已填写内容, 写了偏差原因的),
 * words written in a cell
 * (偏差原因里提到疫情, 实际完成值填的是“达到目标”四个字, 指标那几行里提到献血), and the row's place on the form (第一行,
 * 第二条指标, 最后一条, 倒数第二行). Each is taken out of the text, so that what is left is read as before; a cell asked
 * about (写的什么, 分值是几分) is no condition and stays.
 */
import { CHINESE_DIGITS } from '../record/chinese-numerals.ts';
import type { Op } from './query.ts';

/** `labels`: the row's 一级, 二级 and 三级指标 together (满意度的不算: the rows of no such kind). */
export type RowTextColumn =
  | 'name'
  | 'level1'
  | 'level2'
  | 'target'
  | 'actual'
  | 'deviation'
  | 'any'
  | 'labels';
export type RowCell =
  /** `written`: said of the cell as written (得分那一栏写0): every row, a 不适用 row's 0 too. */
  | { column: 'weight' | 'score' | 'lost'; op: Op; value: number; written?: true }
  /** `not`: the rows whose cell holds this left out (写个无的不算 / 除了写“未做”的). */
  | { column: RowTextColumn; text: string; exact: boolean; not?: true }
  | { column: 'target' | 'actual' | 'deviation' | 'weight' | 'score'; blank: boolean }
  /** 一级指标那栏空着: a label cell of the row left empty (a merged cell not filled down, or never written). */
  | { column: 'level1' | 'level2' | 'name'; blank: true }
  /** 得分带小数的指标 / 分值不是整数的: the shape of the number in the row's 得分 or 分值. */
  | { column: 'weight' | 'score'; fraction: boolean }
  /** Two of the row's cells compared (实际完成值和年度指标值一模一样 / 不一样): the same text, spaces aside. */
  | { column: 'target' | 'actual' | 'deviation'; other: 'target' | 'actual' | 'deviation'; same: boolean };

export interface RowCells {
  cells: RowCell[];
  /** 1-based place among the form's rows; negative from the end (最后一条 = −1, 倒数第二 = −2). */
  position?: number;
  /** The text with the conditions blanked out. */
  text: string;
}

/** The cells a condition may name, as written on the form. */
const CELL: Array<[words: string, column: 'target' | 'actual' | 'deviation' | 'weight' | 'score']> = [
  ['年度指标值|指标值|目标值', 'target'],
  ['实际完成值|完成值|实际值', 'actual'],
  ['偏差原因分析|偏差原因|偏差说明', 'deviation'],
  ['分值', 'weight'],
  ['得分', 'score'],
];
const LABEL_CELL: Record<string, 'level1' | 'level2' | 'name'> = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标名称: 'name',
  三级指标: 'name',
  指标名称: 'name',
};
const columnOf = (word: string) => CELL.find(([w]) => new RegExp(`^(?:${w})$`, 'u').test(word))?.[1];
/** The cells words are written in (not 分值 / 得分). */
const TEXT_CELLS_NAMED = CELL.filter(([, c]) => c !== 'weight' && c !== 'score').map(
  ([w, c]) => [new RegExp(w, 'u'), c] as const,
);
const TEXT_CELL_WORDS = CELL.filter(([, c]) => c !== 'weight' && c !== 'score')
  .map(([w]) => w)
  .join('|');
const ANY_CELL = CELL.map(([w]) => w).join('|');
/** Where the cell is, said on the way: 那一格, 一栏, 这一列, 那几行里. */
const PLACE = '(?:(?:那|这)?(?:一|几)?(?:格|栏|列|行)(?:里面|里|中)?|里面|里|中)';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const CMP: Array<[string, Op]> = [
  ['不低于|不少于|至少', '>='],
  ['不超过|不高于|不多于|至多|最多', '<='],
  ['超过了|超过|大于|高于|多于', '>'],
  ['低于|小于|少于|不到|不足', '<'],
];
const CMP_WORDS = CMP.map(([w]) => w).join('|');
const opOf = (word: string | undefined): Op =>
  CMP.find(([w]) => new RegExp(`^(?:${w})$`, 'u').test(word ?? ''))?.[1] ?? '=';
/** A bound after the number: 5分以上. */
const BOUND: Array<[string, Op]> = [
  ['及以上|或以上|以上', '>='],
  ['及以下|或以下|以下', '<='],
];

/** A kind of row of the templates right before 指标 (满意度指标写着X): the row stays named so. */
const KIND_BEFORE =
  /(?:产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度|服务对象满意度|社会公众满意度)$/u;

/** The same kinds, as alternatives to place anywhere in a pattern. */
const KIND_WORDS = KIND_BEFORE.source.replace(/^\(\?:|\)\$$/gu, '');

/** A survey or a task said not done (未做, 未开展, 没做). */
const NOT_DONE = /^(?:未做|未开展|未进行|没做|没有做|没开展)$/u;

/** A cell left empty: 空着, 是空的, 没填, 没写东西, 漏填, 留空. */
const EMPTY =
  '(?:都|也|还|却)?(?:是|为)?(?:空着(?:没填)?|空的|空白|为空|没(?:有)?填(?:写)?|没(?:有)?写(?:东西)?|未填(?:写)?|漏填(?:了)?|留空|留白|空(?=的|$|[,，。？?\\s]))(?:[、,，]?(?:也|都)?没(?:有)?(?:写|填)(?:上)?(?:0|零)(?:分)?)?';
/** Words that ask for a cell instead of giving its content: 写的什么, 填的是多少. */
const ASKING = /什么|啥|多少|几|哪|怎么|如何|吗|么|不是|没有?/u;

/** Digits or a small numeral (第一, 第十二) as a number. */
function positionNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) return CHINESE_DIGITS[s] ?? 0;
  const [tens, ones] = s.split('十');
  return (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0);
}

/** A condition only a row can meet: anything but an empty value cell, which is also a finding of the form the
 * ordinary parser reads (实际完成值没填的项目); a label cell left empty (一级指标那栏空着) is the row's alone. */
export const onlyOfRows = (c: RowCell) =>
  !('blank' in c) || c.column === 'level1' || c.column === 'level2' || c.column === 'name';

export function readRowCells(input: string): RowCells {
  let text = input;
  const cells: RowCell[] = [];
  let position: number | undefined;
  /** Each match of re read by `take` (null: not a condition, left as it is) and blanked out. */
  /** `keep`: the first group stays in the text (满意度那一行写着X: 那一行 still points at the row named before it). */
  /** `glueAfter`: where the text before ends so (a kind of row: 满意度指标写着X), the first group is put back as it was,
   * no spaces around — the row is still named so; elsewhere (大红门指标里写着X: a place) nothing is kept. */
  const each = (
    re: RegExp,
    take: (m: Array<string | undefined>) => RowCell | null,
    keep = false,
    glueAfter?: RegExp,
    glue?: string,
  ) => {
    text = text.replace(re, (...args: unknown[]) => {
      // (match, ...groups, offset, whole text): the groups as m[1…]
      const m = args.slice(0, -2) as Array<string | undefined>;
      const cell = take(m);
      if (!cell) return m[0]!;
      cells.push(cell);
      if (glueAfter) {
        const before = (args.at(-1) as string).slice(0, args.at(-2) as number);
        return glueAfter.test(before) ? (glue ?? m[1]!) : ' ';
      }
      return keep ? ` ${m[1]} ` : ' ';
    });
  };

  // The row's place: 第二行 / 第3条指标 / 最后一条 / 倒数第二行.
  text = text.replace(
    /(倒数)?第(\d+|[一二两三四五六七八九十]+)(?:行|条)|(?:最后|最末|末尾)(?:的)?(?:1|一)?(?:行|条)/u,
    (m, back: string | undefined, n: string | undefined) => {
      position = n ? positionNumber(n) * (back ? -1 : 1) : -1;
      return position ? ' ' : m;
    },
  );
  if (position === 0) position = undefined;

  // 写个无的不算 / （写“无”的除外） / 除了偏差原因写“无”的以外: the rows whose cell holds just that left out — of the cell
  // named, else of the one text cell the question names (偏差原因写了东西的项目，写个无的不算).
  const excludedOf = (named: string | undefined) =>
    named
      ? columnOf(named)
      : TEXT_CELLS_NAMED.map(([w, c]) => [input.search(w), c] as const)
          .filter(([at]) => at >= 0)
          .sort((a, b) => a[0] - b[0])[0]?.[1];
  const excluded = (named: string | undefined, value: string | undefined) => {
    const column = excludedOf(named);
    if (!value || !column || column === 'weight' || column === 'score' || ASKING.test(value)) return null;
    return { column, text: value.trim(), exact: true, not: true } as const;
  };
  // 满意度的不算 / 除了满意度指标以外 / （效益类不算）: the rows of that kind left out
  each(
    new RegExp(
      `[，,（(]?\\s*(${KIND_WORDS})(?:类)?(?:指标)?(?:的)?(?:都)?(?:不算|除外|不计|不统计|排除掉?|不要|不包括|不算在内)\\s*[)）]?|(?:除了|除去|除开|不算|不包括|排除)(${KIND_WORDS})(?:类)?(?:指标)?(?:的)?(?:以外|之外)[，,]?`,
      'gu',
    ),
    (m) => ({ column: 'labels', text: (m[1] ?? m[2])!, exact: false, not: true }),
  );
  // 除了满意度写“未做”的以外: the kind's rows saying so left out (the words in any of their cells)
  const kindSaying = (kind: string | undefined, value: string | undefined) =>
    kind && value && !ASKING.test(value)
      ? ({ column: 'any', text: value.trim(), exact: false, not: true } as const)
      : null;
  const valueSaid = `(?:${'“([^”]+)”|「([^」]+)」|"([^"]+)"'}|([^的,，。？?\\s“”「」"]{1,4}?))`;
  each(
    new RegExp(
      `[，,（(]?\\s*(?:(${TEXT_CELL_WORDS})${PLACE}?)?(?:只|就)?(?:写|填)(?:的是|的|了|个|着|成)?${valueSaid}的(?:都)?(?:不算|除外|不计|不统计|排除掉?|不要|不包括|不算在内)(?:的)?\\s*[)）]?`,
      'gu',
    ),
    (m) => excluded(m[1], m[2] ?? m[3] ?? m[4] ?? m[5]),
  );
  each(
    new RegExp(
      `(?:除了|除去|除开|不算|不包括|排除)(?:(${TEXT_CELL_WORDS})${PLACE}?)?(?:只|就)?(?:写|填)(?:的是|的|了|个|着|成)?${valueSaid}(?:的)?(?:指标|项目|行)?(?:以外|之外)?[，,]?`,
      'gu',
    ),
    (m) => excluded(m[1], m[2] ?? m[3] ?? m[4] ?? m[5]),
  );
  each(
    new RegExp(
      `(?:除了|除去|除开|不算|不包括|排除)(${KIND_WORDS})(?:指标)?(?:那一?行|一行|那几行)?(?:里)?(?:只|就)?(?:写|填)(?:的是|的|了|个|着|成)?${valueSaid}(?:的)?(?:指标|项目|行)?(?:以外|之外)?[，,]?`,
      'gu',
    ),
    (m) => kindSaying(m[1], m[2] ?? m[3] ?? m[4] ?? m[5]),
  );

  // A label cell left empty (一级指标那栏空着, 二级指标没写的指标, 指标名称是空的).
  each(
    new RegExp(`(一级指标|二级指标|三级指标名称|三级指标|指标名称)(?:的)?${PLACE}?${EMPTY}`, 'gu'),
    (m) => ({
      column: LABEL_CELL[m[1]!]!,
      blank: true,
    }),
  );
  // A cell left empty (年度指标值一栏是空的) or never set (没定目标值).
  each(new RegExp(`(${ANY_CELL})${PLACE}?${EMPTY}`, 'gu'), (m) => {
    const column = columnOf(m[1]!);
    return column ? { column, blank: true } : null;
  });
  // (The verb may be said in two characters and with 未: 没有填写年度指标值 / 未设置目标值.)
  each(
    new RegExp(`(?:没(?:有)?|未)(?:设置|设定|填写|填报|写明|注明|定|设|写|填)(?:好|上)?(${ANY_CELL})`, 'gu'),
    (m) => {
      const column = columnOf(m[1]!);
      return column ? { column, blank: true } : null;
    },
  );
  // A cell filled: 偏差原因有写的, 写了东西, 有内容, 不是空的 (东西 / 内容 are no words written in it).
  each(
    new RegExp(
      `(${ANY_CELL})${PLACE}?(?:都|也|却|倒|还|又)?(?:有写|有填|(?:写|填|填写)了(?:东西|内容|字)|(?:已经|已)(?:填写|填报|填|写)(?:了)?(?:东西|内容|字|文字)?|有(?:东西|内容|字)|不是空的|不为空|非空)`,
      'gu',
    ),
    (m) => {
      const column = columnOf(m[1]!);
      return column ? { column, blank: false } : null;
    },
  );
  // A cell filled, the verb first: 写了偏差原因的 / 填写了偏差原因 / 注明了偏差原因 (a cell said after it — 偏差原因里 — is
  // where words were written, read below).
  each(
    // (满分了还写偏差原因: the verb with 还 / 却 / 也 needs no 了)
    new RegExp(
      `(?<![没未不])(?:填写了|填报了|写明了|注明了|写了|填了|(?<=[还却也又])(?:写|填|注明|写明|填写))(${ANY_CELL})(?!${PLACE})`,
      'gu',
    ),
    (m) => {
      const column = columnOf(m[1]!);
      return column ? { column, blank: false } : null;
    },
  );
  // A cell filled: 有分值但…, 分值填了的.
  each(
    new RegExp(
      `有(${ANY_CELL})(?=但|却|且|而|、|的|[,，])|(${ANY_CELL})${PLACE}?(?:都|也|却|倒|还|又)?(?:填了|写了|有数|有值)(?=的|但|却|[,，]|$)`,
      'gu',
    ),
    (m) => {
      const column = columnOf((m[1] ?? m[2])!);
      return column ? { column, blank: false } : null;
    },
  );

  // Two text cells compared: 实际完成值和年度指标值填得一模一样 / 年度指标值跟实际完成值不一致. (分值 and 得分 compared
  // are the score conditions of row-question.ts.)
  const textCells = CELL.filter(([, c]) => c !== 'weight' && c !== 'score')
    .map(([w]) => w)
    .join('|');
  each(
    new RegExp(
      `(${textCells})${PLACE}?(?:和|与|跟|同)(${textCells})${PLACE}?(?:两(?:格|栏|列|个))?(?:的内容)?(?:填得|写得|填的|写的)?(?:完全|都|是)?(一模一样|一样|相同|一致|相等|没有区别|不一样|不相同|不同|不一致|有出入|不相等)`,
      'gu',
    ),
    (m) => {
      const column = columnOf(m[1]!);
      const other = columnOf(m[2]!);
      if (!column || !other || column === other) return null;
      if (column === 'weight' || column === 'score' || other === 'weight' || other === 'score') return null;
      return { column, other, same: !/^(?:不|有出入)/u.test(m[3]!) };
    },
  );

  // A number in 分值 / 得分: 分值那格填了30分, 得分那一栏写0, 分值给到10分, 分值超过15分, 分值是20分的.
  const said =
    '(?:都)?(?:是|为|填了|填的是|填的|填|写了|写的是|写的|写|给到|给了|给|定的|定了|定为|设了|设的)?';
  each(
    new RegExp(
      `(?<!预算执行|执行率|预算)(分值|得分)${PLACE}?${said}(${CMP_WORDS})?${NUMBER}分?(${BOUND.map(([w]) => w).join('|')})?`,
      'gu',
    ),
    (m) => {
      const column = m[1] === '分值' ? 'weight' : 'score';
      const bound = BOUND.find(([w]) => new RegExp(`^(?:${w})$`, 'u').test(m[4] ?? ''))?.[1];
      // 得分那一栏写0 / 得分那格填的0: the cell pointed at and what is written in it, not "got nothing".
      const whole = m[0] ?? '';
      const said = whole.slice(m[1]!.length, whole.indexOf(m[3]!));
      const written = /[栏格列]/u.test(said) && /[写填]/u.test(said);
      return {
        column,
        op: bound ?? opOf(m[2]),
        value: Number(m[3]),
        ...(written ? { written: true as const } : {}),
      };
    },
  );
  // 一分没得 / 一分都没拿到: a 得分 of 0 (before 指标是1分 would read the 1 as a 分值).
  each(/(?:1|一)分(?:都|也)?没(?:有)?(?:拿|得)(?:到)?(?!满)/gu, () => ({
    column: 'score',
    op: '=',
    value: 0,
  }));
  // 直接得了0分 / 只得了5分: the row's 得分; 扣了2分的那条: what it lost.
  each(new RegExp(`(?:直接|只|才)?得了(${CMP_WORDS})?${NUMBER}分`, 'gu'), (m) => ({
    column: 'score',
    op: opOf(m[1]),
    value: Number(m[2]),
  }));
  // 扣分超过2分的指标 / 扣掉3分以上: the same, said with the noun 扣分 or another complement.
  each(new RegExp(`(?:被)?扣(?:了|掉了?|分)(${CMP_WORDS})?${NUMBER}分`, 'gu'), (m) => ({
    column: 'lost',
    op: opOf(m[1]),
    value: Number(m[2]),
  }));
  // 得分带小数的指标 / 分值不是整数的: the number's shape in the row's 得分 or 分值 (read here, it is never the 总分's)
  each(
    /(得分|分值)(?:那一?栏|一栏|栏)?(?:里)?(?:的)?(?:填|写)?(?:的|了|成)?(?:是|为|有|带|带有|含有|含)?(不是|不为|没有|没带|不带|不含)?(?:是|为|有|带|带有|含)?(整数|小数点?|小数位)/gu,
    (m) => ({
      column: m[1] === '分值' ? 'weight' : 'score',
      fraction: m[3]!.startsWith('小数') !== Boolean(m[2]),
    }),
  );
  // 满意度指标是5分: a row said to be worth so much is its 分值 (the form's 总分 is never said of one row) — but 指标是零分
  // is what it got: no row is worth nothing.
  each(new RegExp(`(?<=指标)(?:是|为|占|有)(${CMP_WORDS})?${NUMBER}分`, 'gu'), (m) => ({
    column: !m[1] && Number(m[2]) === 0 ? 'score' : 'weight',
    op: opOf(m[1]),
    value: Number(m[2]),
  }));

  // Words written in a cell: 偏差原因里提到疫情, 实际完成值填的是“达到目标”四个字, 指标那几行里提到献血 (an adverb of
  // manner before the verb — 年度指标值直接写“优良中差” — adds nothing).
  const quoted = '“([^”]+)”|「([^」]+)」|"([^"]+)"';
  // (写得最长 / 填得很乱: 得 after the verb says how it is written, never what)
  const bare = '(?![得地])([^的,，。？?\\s“”「」"]{1,15}?)';
  const verbs =
    '(?:只写了|只写着|写着|写了|写的是|写的|填的就是|填的是|填的|填着|填了|写成|填成|提到了|提到|提及|说到|含有|包含|注明了|注明|标注了|标注|标明了|标明|写|填)';
  const valueVerbs = `(?:${verbs.slice(3, -1)}|是)`;
  const written = (cellWords: string, verbWords: string) =>
    new RegExp(
      `(${cellWords})(?:${PLACE}|那几行(?:里)?)?(?:直接|都|全都|全|也|均)?(${verbWords})(?:${quoted}|${bare})((?:这)?(?:\\d+|[一二两三四五六七八九十]+)个字)?(?=的|$|[,，。？?\\s、]|但|却|而且|并且)`,
      'gu',
    );
  const textCell = (column: RowTextColumn) => (m: Array<string | undefined>) => {
    const value = (m[3] ?? m[4] ?? m[5] ?? m[6])!.trim();
    const isQuoted = m[6] === undefined;
    if (!value || (!isQuoted && ASKING.test(value))) return null;
    // 实际完成值写的未做: a survey not done is written in the row's last cells, 实际完成值 or 偏差原因 as the form's
    // columns fell (the satisfaction rows of the templates put it under 偏差原因): the row's cells, said so
    const where = column === 'actual' && NOT_DONE.test(value) ? 'any' : column;
    return { column: where, text: value, exact: !!m[7] || /^只|就是/u.test(m[2]!) };
  };
  for (const [words, column] of CELL) {
    if (column === 'weight' || column === 'score') continue;
    // 满意度实际完成值写的未做: a kind of row right before its cell still names the row (as 满意度指标)
    each(written(words, valueVerbs), textCell(column), false, KIND_BEFORE, '指标');
  }
  // The row's name holding words: 三级指标名称里带“满意度”三个字 / 指标名字中含有培训 (a text of the name, not a kind).
  each(
    new RegExp(
      `(?:(?:[一二三]级)?指标(?:的)?(?:名称|名字)(?:里面|里|中|当中)?(?:带有|带着|带|含有|包含|含|有|提到了|提到|提及|出现了|出现|写着|写有)|三级指标(?:里面|里|中|当中)[,，]?(?:带有|带着|带|提到了|提到|提及|出现了|出现))(?:${quoted}|${bare})((?:这)?(?:\\d+|[一二两三四五六七八九十]+)个字)?(?=的|$|[,，。？?\\s])`,
      'gu',
    ),
    (m) => {
      const value = (m[1] ?? m[2] ?? m[3] ?? m[4])!.trim();
      if (!value || (m[4] !== undefined && ASKING.test(value))) return null;
      return { column: 'name', text: value, exact: false };
    },
  );
  // The level's own cell (一级指标写成“产出标指”, 二级指标填的是X): that cell, not the row as a whole.
  each(written('一级指标', verbs), textCell('level1'));
  each(written('二级指标', verbs), textCell('level2'));
  // 二级指标是“可持续影响指标”的行: the level's cell said with 是 — only of a quoted value (二级指标是什么 asks)
  for (const [level, column] of [
    ['一级指标', 'level1'],
    ['二级指标', 'level2'],
  ] as const)
    each(new RegExp(`(${level})()(?:是|为)(?:${quoted})(?=的|$|[,，。？?\\s])`, 'gu'), (m) => ({
      column,
      text: (m[3] ?? m[4] ?? m[5])!.trim(),
      exact: false,
    }));
  // The row as a whole (指标那几行里提到献血): its name and its cells; never 指标是X (that names the row).
  // (满意度指标写着“未做”: 指标 stays, so the name before it still names the row)
  each(written('三级指标|指标', verbs), textCell('any'), true, KIND_BEFORE);
  // 满意度那一行写着“未做”: the row pointed at after its name, its name and cells holding the words
  each(written('(?:那|这)(?:一)?行', verbs), textCell('any'), true);
  // 一分没得的（得分0分）: the same condition said twice is one
  const once = cells.filter((c, i) => cells.findIndex((d) => JSON.stringify(d) === JSON.stringify(c)) === i);
  return { cells: once, ...(position !== undefined ? { position } : {}), text };
}
