/**
 * A bound on each group's count of projects (a HAVING): 哪些部门的项目超过10个, 项目数在5个以上的负责人,
 * 有没有一个人负责超过5个项目的, 谁负责的项目不少于3个. The bound (超过 / 多于 / 不少于 / 以上 / 少于 / 不到 / 以下 and a
 * count of 个 / 项) is taken off the question, the rest read as the grouped count it is (哪些部门的项目 = 按主管部门统计
 * 项目数), and the bound set on each group's count. A person said as 人 / 一个人 / 谁 before 负责 is the 负责人 grouped.
 *
 * Asked yes or no (有没有…) or how many (有几个部门…), the groups that pass are counted and listed. Only a grouped
 * count takes the bound: a question that reads as no grouping is left as it was (its words then stay reported).
 */

import { digitsForNumerals } from './numbers.ts';
import type { PortfolioQuery } from './query.ts';
import type { ReferenceReading } from './reference.ts';

const MORE = '(超过|多于|大于|高于|不止|不少于|至少|少于|低于|不到|不足|小于|不超过|不多于|至多|最多)?';
const COUNT = '(\\d+)\\s*(?:个|项)';
const SIDE = '(以上|以下|及以上|及以下|或以上|或以下|多)?';
const BOUND = `${MORE}${COUNT}${SIDE}`;

type Op = '>' | '>=' | '<' | '<=';
function opOf(word: string | undefined, side: string | undefined): Op | null {
  if (side === '多') return '>';
  if (side && /以上/u.test(side)) return word && /少|低|不到|不足|小/u.test(word) ? null : '>=';
  if (side && /以下/u.test(side)) return word && /超过|多|大|高|不止|至少/u.test(word) ? null : '<=';
  if (!word) return null;
  if (/^(?:超过|多于|大于|高于|不止)$/u.test(word)) return '>';
  if (/^(?:不少于|至少)$/u.test(word)) return '>=';
  if (/^(?:少于|低于|不到|不足|小于)$/u.test(word)) return '<';
  return '<=';
}

const GROUP = '(主管部门|实施单位|部门|单位|科室|街道|负责人|人)';
// (…的负责人有几个 / 的负责人人数: how many groups pass — HOW_MANY reads it on the whole question)
// (…有谁，各几个: each group's count is listed with it, the second ask said again)
const ASK_TAIL =
  '(?:(?:有哪些|是哪些|有哪几个|是哪几个|都有谁|是谁|有谁)(?:[，,]\\s*(?:各|分别|各自)(?:负责)?(?:了)?(?:几个|多少个?)(?:项目)?)?|有吗|吗|呢|(?:一共|总共)?(?:有)?(?:几个|几位|多少个?|多少位)(?:人)?|(?:的)?人数(?:是多少|有多少|多少)?)?[？?。!！]*$';
const YES_NO = /有没有|有无|是否有|有吗|吗[？?]*$/u;
const HOW_MANY = /有几个|有多少个?|几个|多少个/u;
/** …的负责人有几个 / 的负责人人数: the groups counted, asked at the end. */
const COUNT_AT_END =
  /(?:几个|几位|多少个?|多少位)(?:人)?[？?。!！]*$|人数(?:是多少|有多少|多少)?[？?。!！]*$/u;

/** 有没有一个人负责超过5个项目的 / 谁负责5个以上项目: the person, the verb, the bound, then 项目. */
const PERSON_OWNS = new RegExp(
  `^(.*?)(?:有没有|有无|是否有|有)?(?:一个人|一位|哪些人|哪个人|哪位|谁|人|负责人)?(?:同时|一共|总共)?(?:负责|管)(?:了|着)?${BOUND}(?:的)?项目(?:的)?(?:人|负责人)?${ASK_TAIL}`,
  'u',
);
/** 哪些部门的项目超过10个 / 各负责人的项目数在5个以上的: the group before, the bound after 项目. */
const GROUP_BEFORE = new RegExp(`^(.*?项目)(?:数|个数|数量)?(?:有|在|是)?${BOUND}(?:的)?${ASK_TAIL}`, 'u');
/** 项目超过10个的部门有哪些 / 项目数不少于3个的负责人: the bound, then the group it is said of. */
const GROUP_AFTER = new RegExp(
  `^(.*?)项目(?:数|个数|数量)?(?:有|在|是)?${BOUND}的(?:项目)?${GROUP}${ASK_TAIL}`,
  'u',
);

/** What a bound said in a clause groups by: the holder of the projects counted. */
const HOLDER = '(负责人|主管部门|实施单位|部门|单位|科室|街道|联系电话|电话号码|电话|号码)';
/** 负责3个及以上项目的负责人各负责几个 / 有5个以上项目的部门: the bound said of the group before its noun, mid-question. */
const BOUND_BEFORE_HOLDER = new RegExp(
  `^(.*?)(?:负责|管|对应|有|挂)(?:了|着)?${BOUND}(?:的)?项目的${HOLDER}(?=.)(.*)$`,
  'u',
);
/** 同一联系电话对应5个及以上项目的，请列出…: the holder first, its bound, then what is asked of those groups. */
const HOLDER_WITH_BOUND = new RegExp(
  `^(?:同一|同一个|每个|一个)?${HOLDER}(?:下面|下)?(?:对应|有|挂|关联|负责)(?:了|着)?${BOUND}(?:的)?项目的[，,：:]?\\s*(.+)$`,
  'u',
);
/** 按负责人统计项目数，只列3个及以上的: the bound said last, on the groups listed. */
const ONLY_LISTED = new RegExp(
  `^(.*?)[，,；;]\\s*(?:只列|只看|只要|只显示|仅列|只保留|只统计)(?:出)?(?:项目数)?${BOUND}(?:项目)?(?:的)?(?:${HOLDER})?(?:即可|就行)?[。.]?$`,
  'u',
);

/** 请列出电话号码及对应项目数 / 列出负责人和项目个数: each group with its count, which the bound was said of. */
const GROUP_LISTED = new RegExp(
  `^(?:请)?(?:列出|列一下|列|给出|说出|统计)?(?:${HOLDER})?(?:及|和|以及|与)?(?:其)?(?:对应|相应)?(?:的)?项目(?:数|个数|数量)?[。.！!？?]*$`,
  'u',
);

/** The bound read from a clause of a question that asks its grouped count in other words. */
function boundClause(
  text: string,
): { rest: string; words: readonly [string?, string?, string?]; said: string } | null {
  const before = BOUND_BEFORE_HOLDER.exec(text);
  if (before)
    return {
      rest: `${before[1]}${before[5]}${before[6]}`,
      words: [before[2], before[3], before[4]],
      said: text.slice(before[1]!.length, text.length - before[6]!.length),
    };
  const holder = HOLDER_WITH_BOUND.exec(text);
  if (holder)
    // 请列出电话号码及对应项目数 asks that grouped count again; anything else is asked of the groups.
    return {
      rest: `按${holder[1]}统计项目数${GROUP_LISTED.test(holder[5]!) ? '' : `，${holder[5]}`}`,
      words: [holder[2], holder[3], holder[4]],
      said: text.slice(0, text.length - holder[5]!.length).replace(/[，,：:]\s*$/u, ''),
    };
  const only = ONLY_LISTED.exec(text);
  if (only)
    return {
      rest: only[1]!,
      words: [only[2], only[3], only[4]],
      said: text
        .slice(only[1]!.length)
        .replace(/^[，,；;]\s*/u, '')
        .replace(/[。.]$/u, ''),
    };
  return null;
}

export function readGroupBound(question: string): ReferenceReading | null {
  const text = digitsForNumerals(question.normalize('NFKC')).trim();
  return readBoundAsked(text) ?? readBoundClause(text);
}

function readBoundClause(text: string): ReferenceReading | null {
  const clause = boundClause(text);
  if (!clause) return null;
  const op = opOf(clause.words[0], clause.words[2]);
  const value = Number(clause.words[1]);
  if (!op || !Number.isFinite(value)) return null;
  return {
    text: clause.rest,
    patch: boundOnCount(op, value, false),
    note: boundNote(clause.said, op, value),
  };
}

/** The bound set on each group's count of projects; only a grouped count takes it (null otherwise). */
const boundOnCount =
  (op: Op, value: number, counted: boolean) =>
  (q: PortfolioQuery): PortfolioQuery | null => {
    const measure = (q.measures ?? []).findIndex((x) => x.fn === 'count');
    if (!q.groupBy || measure < 0 || q.having || q.per) return null;
    return { ...q, having: { measure, op, value }, ...(counted ? { countGroups: true as const } : {}) };
  };

const boundNote = (said: string, op: Op, value: number) =>
  `（「${said}」按每组的项目数${op === '>' ? '超过' : op === '>=' ? '不少于' : op === '<' ? '少于' : '不超过'}${value}个理解）`;

function readBoundAsked(text: string): ReferenceReading | null {
  const person = PERSON_OWNS.exec(text);
  const after = person ? null : GROUP_AFTER.exec(text);
  const before = person || after ? null : GROUP_BEFORE.exec(text);
  const m = person ?? after ?? before;
  if (!m) return null;
  const words = [m[2], m[3], m[4]] as const;
  const rest = person
    ? `${m[1]}哪些人负责的项目`
    : after
      ? `${m[1]}哪些${m[5] === '人' ? '人负责' : m[5]}的项目`
      : // 谁负责的项目不少于20个 / 有几个部门的项目少于3个: the people or groups asked for, as 哪些 asks them.
        m[1]!
          .replace(/谁(?=负责|管)/u, '哪些人')
          .replace(/(?:有)?(?:几个|多少个?)(?=主管部门|实施单位|部门|单位|科室|街道|负责人|人)/u, '哪些');
  const op = opOf(words[0], words[2]);
  const value = Number(words[1]);
  if (!op || !Number.isFinite(value)) return null;
  const counted =
    YES_NO.test(text) || HOW_MANY.test(text.replace(m[0].slice(m[1]!.length), '')) || COUNT_AT_END.test(text);
  const said = text.slice(m[1]!.length).replace(new RegExp(`${ASK_TAIL.replace(/\$$/u, '')}$`, 'u'), '');
  return {
    text: rest,
    patch: boundOnCount(op, value, counted),
    note: boundNote(said, op, value),
  };
}
