/**
 * Follow-ups that edit one slot of the chat's previous query (issue 10): an operation × a slot, read by grammar.
 *
 * - **Replace a value**: 把1000万改成300万, 将2023年换成2022年, 大红门改为潞源, 不是90分是80分, 300万，不是1000万 —
 *   the condition holding the first value gets the second (same field, same comparison unless the new value says
 *   its own: 改成500万以上). A bare new value (改成300万, 换成80分, 不对，应该是95%) goes to the one condition of its
 *   kind (an amount to the amount, a score to the score); 换成全年预算数 swaps the one figure the question was about
 *   (its condition, sum, ranking or column) for that field.
 * - **Add a condition**: 再加个条件：…, 另外还要…, 并且…, 同时… — every previous condition stays and the new one is
 *   added (both must hold: 执行率低于90% 并且 低于80% is the stricter one, never the wider).
 * - **Remove a filter**: 不限年份, 所有部门的, 年份不限, 去掉年度条件, 不管哪个部门 — the conditions on that slot
 *   (year; department or unit; owner; a field) are dropped, the rest kept.
 * - **Correct**: 不对，/ 我要的是 / 我是说 before any of these (or before an ordering: 不对，我要的是最多的, read by
 *   context.ts) replaces instead of narrowing.
 *
 * Never a guess: a value or slot the previous query does not hold, or holds more than once, is asked about
 * (您是想把哪个条件改成 300 万？), and an edit with no previous question is asked about too — never answered over
 * every project.
 */
import { type AskedQuestion, correctionOf } from './context.ts';
import { describeQuery, filterText } from './describe.ts';
import { aggregateOf, FIELDS, type FieldId, type FieldKind, isNumeric, type NumericField } from './fields.ts';
import { parseQuestion } from './parse.ts';
import {
  type ArithQuery,
  type Filter,
  type LeafFilter,
  leaves,
  type Op,
  type Operand,
  type PortfolioQuery,
} from './query.ts';
import { normalise, tokenize } from './tokens.ts';
import type { Vocabulary } from './vocabulary.ts';

export type Edit =
  | { query: PortfolioQuery; corrected: Array<[string, string]> }
  | { ask: string }
  /** The added condition has words the parser did not place: reported, nothing queried. */
  | { unplaced: string[] };

/** Chit-chat before, particles after. */
// (口径不变，换成2023年度: everything else kept, as every edit keeps it)
const AROUND_START =
  /^(?:(?:好的?|嗯|哦|噢|ok|okay|那|那么|(?:其他|其余|别的)?(?:口径|条件|范围|统计口径)(?:都)?(?:不变|照旧|一样|保持不变))[，,、\s]*)+/iu;
const AROUND_END = /[吧呢啊呀了嘛]*[\s？?。！!～~]*$/u;
/** 再看看 / 再查一下 / 试试 after an edit: do it and show the result again, nothing of a condition. */
const AGAIN_END =
  /[，,\s]*(?:再|重新)?(?:看看|看一下|查查|查一下|查一查|试试|试一下|算算|算一下)(?:吧|呢|呀)?$/u;
/** 门槛 / 标准 / 那条线: the one number the previous question compared against, named by its role, not its value. */
const THRESHOLD = /^(?:那个|这个|那条|这条)?(?:门槛|标准|阈值|界限|界线|分界线|线|数值条件|条件里的数)$/u;

/** 把X改成Y / 将X换为Y / X改成Y. */
const REPLACE_PAIR =
  /^(?:把|将)?(.+?)(?:改成|改为|换成|换为|变成|调成|调为|调整为|调整成|调到|改到|换到|放宽到|提高到|降到|降低到)(.+)$/u;
/** change 1000 to 300 / replace 2023 with 2022 / make 1000 300. */
const REPLACE_PAIR_EN = /^(?:change|switch|set|make|move)\s+(?:the\s+)?(.+?)\s+(?:to|into)\s+(.+)$/iu;
const REPLACE_WITH_EN = /^(?:replace|swap)\s+(?:the\s+)?(.+?)\s+(?:with|for|by)\s+(.+)$/iu;
/** 不是X，是Y / 不是X而是Y. */
const NOT_BUT = /^不是(.+?)[，,、\s]*(?:而)?是(.+)$/u;
/** Y, not X (English). */
const BUT_NOT_EN = /^(.+?),?\s+not\s+(.+)$/iu;
/** Y，不是X. */
const BUT_NOT = /^(.+?)[，,、\s]+(?:而)?不是(.+)$/u;
/** 改成Y / 换成Y alone; make it Y / use Y instead. */
const REPLACE_BARE =
  /^(?:改成|改为|换成|换为|变成|调成|调为|调整为|调整成|调到|改到|换到|放宽到|提高到|降到|降低到|(?:make|change|set)\s+it\s+(?:to\s+)?|use\s+)(.+?)(?:\s+instead)?$/iu;

/** 再加个条件：…: the previous conditions and this one, whatever follows. */
const ADD_CONDITION =
  /^(?:(?:再|还|另外|此外|同时)?(?:加|添|增加|补充|追加)(?:上|一)?(?:个|一个|一条|条)?(?:条件|筛选|限制)(?:是|为)?|(?:再|还|另外|此外|同时)(?:加|添|增加|补充|追加)(?:上)?(?:一条|一个)(?=[：:，,、\s]))[：:，,、\s]*/u;
/**
 * 另外还要… / 并且… / 同时… / 再加上…: an added condition only when nothing else follows — 同时缺少满意度和效益指标的项目
 * is a question of its own (it names its projects or asks: 项目, 哪些, 几个).
 */
const ADD_JOIN =
  /^(?:再加上?|另外(?:还)?(?:要|得)?|此外(?:还)?(?:要)?|并且(?:还)?(?:要)?|而且(?:还)?(?:要)?|同时(?:还)?(?:要)?|还要|还得|也要)[：:，,、\s]*/u;
const OWN_QUESTION =
  /项目|哪|几|多少|谁|什么|吗|是否|有没有|列出|统计|排|\b(?:projects?|which|how|what|who|list|show)\b/iu;
/** add a condition: … / also … / and also … / plus …. */
const ADD_EN =
  /^(?:(?:and\s+)?also(?:\s+only)?|plus|in addition|additionally|add (?:a|another|one more) (?:condition|filter)(?:\s*:)?|with also)[:,\s]+/iu;

/** 不限年份 / 不分部门 / 去掉年份条件 / 所有部门的 / 年份不限 / 不管哪个部门: the slot is the middle. */
const REMOVE = [
  /^(?:不限|不分|不管|不论|无论|去掉|去除|取消|删掉|删除|拿掉|不要|别限)(?:了)?(?:那个|这个)?(.+?)(?:的)?(?:条件|限制|筛选|要求)?(?:了)?$/u,
  /^(?:所有|全部|任何)(.+?)(?:的)?(?:都算|都要|都看|都行)?$/u,
  /^(.+?)(?:不限|都行|随便|都算|无所谓|都可以)$/u,
  /^(?:any|all|every|regardless of(?: the)?|drop the|remove the|no|without the|forget the|ignore the)\s+(.+?)(?:\s+(?:filter|condition|limit|restriction))?$/iu,
  /^(?:for\s+)?(?:all|any)\s+(.+?)$/iu,
];

type Slot = 'year' | 'org' | 'owner' | 'projectName' | { field: FieldId };

/** The slot a word names: year (年份, 哪年), an organisation (部门, 单位, 街道), the owner, or a field. */
function slotOf(word: string, clockYear: number): Slot | null {
  const w = word.replace(/^(?:哪个|哪一个|哪些|什么|哪|啥)/u, '').replace(/(?:的)$/u, '');
  if (/^(?:年|一年|年份|年度|年头|years?)$/iu.test(w)) return 'year';
  if (/^(?:地方|地区|街道|科室|处室|机构|部门单位|places?|units?|offices?|subdistricts?|streets?)$/iu.test(w))
    return 'org';
  const spans = tokenize(normalise(w), [], clockYear);
  if (spans.length !== 1 || spans[0]!.free) return null;
  const tokens = spans[0]!.tokens.filter((t) => t.k !== 'filler');
  if (tokens.length !== 1) return null;
  const t = tokens[0]!;
  const field = t.k === 'dim' ? t.field : t.k === 'field' ? t.id : null;
  if (!field) return null;
  if (field === 'year') return 'year';
  if (field === 'department' || field === 'implementingUnit') return 'org';
  if (field === 'owner') return 'owner';
  if (field === 'projectName') return 'projectName';
  return { field };
}

function leafOnSlot(f: LeafFilter, slot: Slot): boolean {
  if (slot === 'year') return f.type === 'compare' && f.field === 'year';
  if (slot === 'org')
    return f.type === 'name' && (f.field === 'department' || f.field === 'implementingUnit');
  if (slot === 'owner' || slot === 'projectName') return f.type === 'name' && f.field === slot;
  const id = slot.field;
  if (f.type === 'compare' || f.type === 'empty') return f.field === id;
  if (f.type === 'fields') return f.left === id || f.right === id;
  return false;
}

const slotLabel = (slot: Slot) =>
  slot === 'year'
    ? '年度'
    : slot === 'org'
      ? '部门或单位'
      : slot === 'owner'
        ? '负责人'
        : slot === 'projectName'
          ? '项目名称'
          : FIELDS[slot.field].label;

function removeSlot(previous: AskedQuestion, slot: Slot): Edit {
  const on = (f: Filter) => leaves([f]).some((x) => leafOnSlot(x, slot));
  const kept = previous.query.filters.filter((f) => !on(f));
  if (kept.length === previous.query.filters.length)
    return {
      ask: `上一问「${previous.text}」没有按${slotLabel(slot)}限定，没有可以去掉的条件，未作查询。上一问的条件：${conditionsOf(previous.query)}。`,
    };
  return { query: { ...previous.query, filters: kept }, corrected: [] };
}

const conditionsOf = (q: PortfolioQuery) => (q.filters.length ? q.filters.map(filterText).join('，') : '无');

/** What one side of 把X改成Y is: a number (with the kind its unit says), a year, names, or a field. */
type Value =
  /** `field` when the words name one (执行率80%), `op` when they say a comparison (500万以上). */
  | { type: 'number'; value: number; kind: FieldKind | null; field?: NumericField; op?: Op }
  | { type: 'year'; filter: LeafFilter & { type: 'compare' } }
  | { type: 'name'; filter: Filter }
  | { type: 'field'; field: FieldId };

function slotValue(text: string, vocab: Vocabulary, clockYear: number): Value | null {
  const t = text.trim().replace(/^(?:的|是)/u, '');
  if (!t) return null;
  const spans = tokenize(normalise(t), [], clockYear);
  const tokens = spans.flatMap((s) => (s.free ? [] : s.tokens));
  const namesField = tokens.some((t) => t.k === 'field');
  const hasOp = tokens.some((t) => t.k === 'op' || t.k === 'opAfter');
  // A number without a unit (1000 → 300): the parser does not read it alone, the tokens do.
  if (spans.every((s) => !s.free)) {
    const nums = tokens.filter((t) => t.k === 'num');
    const others = tokens.filter((t) => !['num', 'filler', 'op', 'opAfter'].includes(t.k));
    const ops = tokens.flatMap((t) => (t.k === 'op' || t.k === 'opAfter' ? [t.op] : []));
    const num = nums[0];
    if (nums.length === 1 && num?.k === 'num' && !others.length && !num.unit && ops.length <= 1)
      return { type: 'number', value: num.value, kind: null, ...(ops[0] ? { op: ops[0] } : {}) };
  }
  const parsed = parseQuestion(t, vocab, clockYear);
  if (!parsed.query || parsed.unplaced.length) return null;
  const q = parsed.query;
  if (q.measures?.length || q.groupBy || q.order) return null;
  if (!q.filters.length && q.select?.length === 1) return { type: 'field', field: q.select[0]! };
  if (q.filters.length !== 1 || q.select?.length) return null;
  const f = q.filters[0]!;
  const all = leaves([f]);
  if (all.every((x) => x.type === 'name' && !x.negate)) return { type: 'name', filter: f };
  if (f.type !== 'compare') return null;
  if (f.field === 'year') return { type: 'year', filter: f };
  return {
    type: 'number',
    value: f.value,
    kind: FIELDS[f.field].kind,
    ...(namesField ? { field: f.field } : {}),
    ...(hasOp ? { op: f.op } : {}),
  };
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const nameKeys = (f: Filter) =>
  leaves([f]).flatMap((x) => (x.type === 'name' ? [x.term, ...(x.values ?? [])] : []));

/** The previous query's filters with the one at `at` replaced. */
const withFilter = (q: PortfolioQuery, at: number, f: Filter): PortfolioQuery => ({
  ...q,
  filters: q.filters.map((x, i) => (i === at ? f : x)),
});

/** Numeric fields the previous question was about: its conditions' fields, figures, ranking and columns. */
function fieldsInFocus(q: PortfolioQuery): NumericField[] {
  const out = new Set<NumericField>();
  for (const f of leaves(q.filters)) {
    if (f.type === 'compare' && f.field !== 'year') out.add(f.field);
    if (f.type === 'fields') {
      out.add(f.left);
      out.add(f.right);
    }
  }
  for (const m of q.measures ?? []) if (m.field) out.add(m.field);
  if (q.order && typeof q.order.by === 'string') out.add(q.order.by);
  for (const s of q.select ?? []) if (isNumeric(s) && s !== 'year') out.add(s);
  return [...out];
}

/** Every use of one field in the query swapped for another (a figure of money is a sum, any other an average). */
function swapField(q: PortfolioQuery, from: NumericField, to: NumericField): PortfolioQuery {
  const swap = (f: LeafFilter): LeafFilter => {
    if (f.type === 'compare' && f.field === from) return { ...f, field: to };
    if (f.type === 'empty' && f.field === from) return { ...f, field: to };
    if (f.type === 'fields')
      return { ...f, left: f.left === from ? to : f.left, right: f.right === from ? to : f.right };
    return f;
  };
  const out: PortfolioQuery = {
    ...q,
    filters: q.filters.map((f) => (f.type === 'any' ? { ...f, filters: f.filters.map(swap) } : swap(f))),
  };
  if (q.measures)
    out.measures = q.measures.map((m) =>
      m.field === from && m.fn !== 'distinct'
        ? { fn: m.fn === 'count' ? 'count' : aggregateOf(to, m.fn), field: to }
        : m,
    );
  if (q.order && q.order.by === from) out.order = { ...q.order, by: to };
  if (q.select) out.select = q.select.map((s) => (s === from ? to : s));
  return out;
}

const kindWord: Partial<Record<FieldKind, string>> = { money: '金额', percent: '比率', score: '分数' };

/** 把X改成Y: the condition (or field) holding X gets Y. */
function replacePair(
  previous: AskedQuestion,
  fromText: string,
  toText: string,
  vocab: Vocabulary,
  year: number,
): Edit {
  const q = previous.query;
  const from = slotValue(fromText, vocab, year);
  const to = slotValue(toText, vocab, year);
  const askWhich = (why: string) => ({
    ask: `${why}您是想把哪个条件改成「${toText.trim()}」？（上一问「${previous.text}」的条件：${conditionsOf(q)}）请说「把……改成${toText.trim()}」，或把问题说完整。`,
  });
  if (!from || !to) return askWhich(`「${(from ? toText : fromText).trim()}」没有看懂。`);
  if (from.type === 'field') {
    if (to.type !== 'field' || !isNumeric(from.field) || !isNumeric(to.field))
      return askWhich(`「${fromText.trim()}」是一个字段，「${toText.trim()}」不是。`);
    if (!fieldsInFocus(q).includes(from.field))
      return askWhich(`上一问没有用到「${FIELDS[from.field].label}」。`);
    return swapFieldChecked(previous, from.field, to.field);
  }
  const hits: number[] = [];
  q.filters.forEach((f, i) => {
    const matches = leaves([f]).some((x) => {
      if (from.type === 'number')
        return (
          x.type === 'compare' &&
          x.field !== 'year' &&
          sameNumber(x.value, from.value) &&
          (from.kind === null || FIELDS[x.field].kind === from.kind) &&
          (!from.field || from.field === x.field)
        );
      if (from.type === 'year')
        return x.type === 'compare' && x.field === 'year' && x.value === from.filter.value;
      const keys = nameKeys(from.filter);
      return x.type === 'name' && !x.negate && [x.term, ...(x.values ?? [])].some((k) => keys.includes(k));
    });
    if (matches) hits.push(i);
  });
  if (hits.length === 0) return askWhich(`上一问里没有「${fromText.trim()}」这个条件。`);
  if (hits.length > 1) return askWhich(`上一问里有 ${hits.length} 个条件含「${fromText.trim()}」。`);
  const at = hits[0]!;
  const old = q.filters[at]!;
  if (from.type === 'number' || from.type === 'year') {
    if (old.type !== 'compare') return askWhich(`「${fromText.trim()}」在上一问里不是单独一个条件。`);
    const replaced = newCompare(old, to);
    if (!replaced) return askWhich(`「${toText.trim()}」和「${fromText.trim()}」不是同一类数。`);
    return { query: withFilter(q, at, replaced), corrected: [] };
  }
  if (to.type !== 'name') return askWhich(`「${toText.trim()}」不是部门、单位、负责人或项目名称。`);
  return { query: withFilter(q, at, to.filter), corrected: [] };
}

/** The compare condition with the new value (and its own comparison when said: 500万以上), or null if of another kind. */
function newCompare(old: LeafFilter & { type: 'compare' }, to: Value): LeafFilter | null {
  if (old.field === 'year') {
    if (to.type !== 'year') return null;
    return to.filter.op === '=' ? { ...old, value: to.filter.value } : to.filter;
  }
  if (to.type !== 'number') return null;
  if (to.kind !== null && to.kind !== FIELDS[old.field].kind) return null;
  return { ...old, field: to.field ?? old.field, op: to.op ?? old.op, value: to.value };
}

function swapFieldChecked(previous: AskedQuestion, from: NumericField, to: NumericField): Edit {
  const q = previous.query;
  const bound = leaves(q.filters).some((f) => f.type === 'compare' && f.field === from);
  if (bound && FIELDS[from].kind !== FIELDS[to].kind)
    return {
      ask: `上一问对「${FIELDS[from].label}」有一个数值条件，换成「${FIELDS[to].label}」后这个数就不适用了，未作查询。请把问题说完整，例如「${FIELDS[to].label}低于……的项目」。`,
    };
  return { query: swapField(q, from, to), corrected: [] };
}

/** 改成300万 / 换成80分 / 换成全年预算数: the one condition or figure of that kind takes it. */
function replaceBare(
  previous: AskedQuestion,
  toText: string,
  vocab: Vocabulary,
  year: number,
  corrected: boolean,
): Edit | null {
  const q = previous.query;
  const to = slotValue(toText, vocab, year);
  if (!to) return null;
  if (to.type === 'field') {
    if (!isNumeric(to.field)) return null;
    const focus = fieldsInFocus(q).filter((f) => f !== to.field);
    if (focus.length === 0) return null;
    if (focus.length > 1)
      return {
        ask: `您是想把哪一项换成「${FIELDS[to.field].label}」？上一问「${previous.text}」用到了${focus.map((f) => `「${FIELDS[f].label}」`).join('')}。请说「把……换成${FIELDS[to.field].label}」。`,
      };
    return swapFieldChecked(previous, focus[0]!, to.field);
  }
  if (to.type !== 'number') return null;
  // A value with its own field (换成执行率低于80%) is a condition of its own: context.ts replaces it by kind.
  if (to.field) return null;
  const hits: number[] = [];
  q.filters.forEach((f, i) => {
    if (f.type === 'compare' && f.field !== 'year' && (to.kind === null || FIELDS[f.field].kind === to.kind))
      hits.push(i);
  });
  const value = toText.trim();
  if (hits.length === 1) {
    const replaced = newCompare(q.filters[hits[0]!] as LeafFilter & { type: 'compare' }, to);
    if (replaced) return { query: withFilter(q, hits[0]!, replaced), corrected: [] };
  }
  // No condition of that kind: a plain 换成80分 after a list is a new condition (context.ts), unless it corrects.
  if (hits.length === 0 && !corrected && to.kind !== null) return null;
  const kind = to.kind ? (kindWord[to.kind] ?? '') : '数值';
  return {
    ask: `您是想把哪个条件改成 ${value}？上一问「${previous.text}」${hits.length ? `有 ${hits.length} 个${kind}条件` : `没有${kind}条件`}（条件：${conditionsOf(q)}）。请说「把……改成${value}」，或把问题说完整。`,
  };
}

/** 再加个条件：执行率低于90%: the previous conditions and the new ones, all to hold. */
function addConditions(previous: AskedQuestion, rest: string, vocab: Vocabulary, year: number): Edit | null {
  const text = rest.replace(/(?:也|都|还)(?=低于|高于|超过|不到|小于|大于|在|是|没|未|不)/gu, '');
  if (!text.trim()) return null;
  const parsed = parseQuestion(text, vocab, year);
  if (parsed.unplaced.length) return { unplaced: parsed.unplaced };
  const q = parsed.query;
  if (!q?.filters.length || q.measures?.length || q.groupBy || q.order || q.select?.length) return null;
  const before = previous.query.filters;
  // 大红门的 → 再加上潞源的: both at once would match no project; which one is meant is the asker's to say.
  for (const f of q.filters) {
    const clash = before.find((old) => sameEqualitySlot(old, f));
    if (clash)
      return {
        ask: `上一问已限定「${filterText(clash)}」，再加「${filterText(f)}」两个都要满足，不会有项目。是想换成「${filterText(f)}」（回复「换成……」），还是两个都算（把问题说完整，例如「2022年和2023年的……」）？`,
      };
  }
  return { query: { ...previous.query, filters: [...before, ...q.filters] }, corrected: parsed.corrected };
}

/** Two conditions that name one value each of the same slot (a year, a place, a person). */
function sameEqualitySlot(a: Filter, b: Filter): boolean {
  const slot = (f: Filter) => {
    const ls = leaves([f]);
    if (ls.every((x) => x.type === 'compare' && x.field === 'year' && x.op === '=')) return 'year';
    // A place is matched in 主管部门 or 实施单位: either is the organisation slot.
    if (ls.every((x) => x.type === 'name' && !x.negate))
      return [
        ...new Set(
          ls.map((x) =>
            x.type === 'name' && x.field === 'implementingUnit'
              ? 'department'
              : x.type === 'name'
                ? x.field
                : '',
          ),
        ),
      ]
        .sort()
        .join();
    return null;
  };
  const s = slot(a);
  return s !== null && s === slot(b) && JSON.stringify(a) !== JSON.stringify(b);
}

const NO_PREVIOUS =
  '这句话是要改上一个问题的条件，但这个对话里没有可以接着的问题（或已超过30分钟），未作查询。请把问题说完整，例如「全年预算超过300万的项目有几个」。';

/**
 * The previous query edited as the message says, what to ask, or null when the message is no such edit (then
 * context.ts reads it as before). `previous` null: an edit is asked about, never answered over every project.
 */
export function editPrevious(
  message: string,
  previous: AskedQuestion | null,
  vocab: Vocabulary,
  clockYear: number,
): Edit | null {
  const { rest, corrected } = correctionOf(message.normalize('NFKC').trim().replace(AROUND_START, ''));
  const text = rest.replace(AROUND_END, '').replace(AGAIN_END, '').replace(AROUND_END, '').trim();
  if (!text) return null;
  const strong = ADD_CONDITION.exec(text)?.[0] ?? ADD_EN.exec(text)?.[0];
  const join = strong ? undefined : ADD_JOIN.exec(text)?.[0];
  const added = strong ?? join;
  if (added && (strong || !OWN_QUESTION.test(text.slice(added.length)))) {
    if (!previous) return { ask: NO_PREVIOUS };
    return addConditions(previous, text.slice(added.length), vocab, clockYear);
  }
  for (const re of REMOVE) {
    const m = re.exec(text);
    const slot = m?.[1] ? slotOf(m[1], clockYear) : null;
    if (slot) return previous ? removeSlot(previous, slot) : { ask: NO_PREVIOUS };
  }
  const bare = REPLACE_BARE.exec(text);
  const pair = bare
    ? null
    : (REPLACE_PAIR.exec(text) ??
      REPLACE_PAIR_EN.exec(text) ??
      REPLACE_WITH_EN.exec(text) ??
      NOT_BUT.exec(text));
  const butNot = bare || pair ? null : (BUT_NOT.exec(text) ?? BUT_NOT_EN.exec(text));
  if (pair || butNot) {
    const [fromText, toText] = pair ? [pair[1]!, pair[2]!] : [butNot![2]!, butNot![1]!];
    // 门槛降到300万: the threshold named by its role is the condition of that kind (as 改成300万 alone).
    if (pair && THRESHOLD.test(fromText.trim()))
      return previous ? replaceBare(previous, toText, vocab, clockYear, true) : { ask: NO_PREVIOUS };
    // Only values of one type on both sides (1000万 → 300万, 大红门 → 潞源, 年初预算 → 全年预算): 把电话改成… is a
    // form's field, 把大红门的项目改成… no condition.
    const from = slotValue(fromText, vocab, clockYear);
    const to = slotValue(toText, vocab, clockYear);
    if (!to || (from && from.type !== to.type) || (!from && !pair)) return null;
    if (!previous) return { ask: NO_PREVIOUS };
    return replacePair(previous, fromText, toText, vocab, clockYear);
  }
  const toText = bare?.[1] ?? (corrected ? text : null);
  if (toText === null || !previous) return null;
  return replaceBare(previous, toText, vocab, clockYear, corrected);
}

/** The echo of an edited query: what was asked before, then the whole query now. */
export const editedCaption = (q: PortfolioQuery, previousText: string) =>
  describeQuery(q).replace(/^查询：/, `查询（接上一问「${previousText}」）：`);

/**
 * The same edits after a computation on two figures (2023年比2020年多几个 → 把2023年改成2022年, 不限年份, 再加个条件：
 * 执行率低于90%): each side is edited as a question of its own — a value is replaced on the side that holds it, a
 * condition added to both, a slot removed where it is. Null when the message is no edit; a question back when no
 * side can take it or both sides end up the same figure.
 */
export function editArithmetic(
  message: string,
  previous: AskedQuestion & { arith: ArithQuery },
  vocab: Vocabulary,
  clockYear: number,
): { arith: ArithQuery } | Exclude<Edit, { query: PortfolioQuery }> | null {
  const sides = [previous.arith.left, previous.arith.right];
  const edits = sides.map((o) =>
    o.kind === 'figure'
      ? editPrevious(
          message,
          { ...previous, query: { filters: o.filters, measures: [o.measure] } },
          vocab,
          clockYear,
        )
      : null,
  );
  if (edits.every((e) => e === null)) return null;
  const unplaced = edits.find((e) => e && 'unplaced' in e);
  if (unplaced && 'unplaced' in unplaced) return unplaced;
  if (!edits.some((e) => e && 'query' in e)) {
    const ask = edits.find((e) => e && 'ask' in e);
    return ask && 'ask' in ask ? ask : null;
  }
  const [left, right] = sides.map((o, i) => {
    const e = edits[i];
    if (o.kind !== 'figure' || !e || !('query' in e)) return o;
    return { ...o, filters: e.query.filters, measure: e.query.measures?.[0] ?? o.measure };
  }) as [Operand, Operand];
  if (JSON.stringify(left) === JSON.stringify(right))
    return {
      ask: `这样改之后，上一问「${previous.text}」两边成了同一个数，没有可算的，未作查询。请把问题说完整。`,
    };
  const arith = { ...previous.arith, left, right };
  if (JSON.stringify(arith) === JSON.stringify(previous.arith)) return null;
  // Several steps (…，再除以项目个数): which operands the change is of cannot be told from the first two alone.
  if (previous.arith.steps?.length)
    return { ask: '上一问是几步连着算的，这个改动要改哪一步的数说不准。请把问题重新说完整。' };
  return { arith };
}
