/**
 * The guard on what the model returns (llm-parse.ts): it is used only for what the rules refuse, and only under the
 * rules' own standards. Every term it returns must be grounded in the asker's words and belong to the slot it fills:
 *
 * - a name (部门, 单位, 负责人, 项目) is text of the question, and an exclusion (negate) has a word of exclusion
 *   (除了, 以外, 不是, 去掉…) in the question;
 * - a number is one the question says (digits, 九成, 两千万, five…), in its own unit or converted (万 ↔ 元 ↔ 亿, a
 *   fraction said in words: 四分之三, four fifths); a year is one the question says (2023, 23年, 去年);
 * - a field is named by the question's words (执行率, 全年预算…) unless the model read it from words the lexicon does not
 *   know (花的钱) — never a field of the lexicon put where the question named another;
 * - a yes/no reading needs the question to ask yes or no (是不是, 有没有, …吗);
 * - a computation adds or subtracts, and takes shares and changes, only of figures of one kind (amounts with amounts).
 *
 * No widening: a condition the rules understood must still be there, and words the rules could not place count as
 * placed only when the model's reading says more than the rules' one; otherwise they are reported. A reading that
 * fails any of this is rejected whole (the rules' answer — nothing queried, the words not understood — stands).
 */
import { FIELDS, type FieldId } from './fields.ts';
import type { LlmParsed } from './llm-parse.ts';
import type { Parsed } from './parse.ts';
import { type LeafFilter, leaves, type Measure, type Operand, type PortfolioQuery } from './query.ts';
import { normalise, tokenize } from './tokens.ts';
import { readYesNo } from './yes-no.ts';

export type Grounding = { ok: true; unplaced: string[] } | { ok: false; reason: string };

/** Words of leaving out or of the remainder (除了…以外, 撇开, 刨去, 其余, 剩下的, other than). */
const EXCLUSION =
  /除了|除去|除开|除|以外|之外|不是|不含|不包括|不算|去掉|去除|排除|剔除|刨去|刨除|撇开|抛开|摘出|扣除|其余|其他|其它|别的|剩下|剩余|except|excluding|other than|\bnot\b|\bbut\b|\brest\b/iu;
/** Fractions said in words: the denominator (a fifth = 5). */
const FRACTION_WORDS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
/** How a number said may be written in the query: as said, 万 ↔ 元 ↔ 亿, a share as a percentage. */
const SCALES = [1, 100, 10_000, 1 / 100, 1 / 10_000, 1000, 1 / 1000];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The numbers the question says, and the years it names (tokens: 2023年, 23年, 去年). */
function spoken(question: string, clockYear: number): { numbers: number[]; years: Set<number> } {
  const text = normalise(question);
  const numbers = [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  for (const m of text.matchAll(/[a-z]+/g)) {
    const d = FRACTION_WORDS[m[0]];
    if (d) numbers.push(d);
  }
  const years = new Set<number>();
  for (const span of tokenize(text, [], clockYear)) {
    if (span.free) continue;
    for (const t of span.tokens) {
      if (t.k === 'year') years.add(t.value);
      if (t.k === 'num' || t.k === 'top') numbers.push(t.k === 'num' ? t.value : t.n);
    }
  }
  for (const n of numbers) if (n >= 1990 && n <= 2100 && Number.isInteger(n)) years.add(n);
  return { numbers, years };
}

function numberGrounded(value: number, said: number[]): boolean {
  for (const n of said) if (SCALES.some((k) => close(value, n * k))) return true;
  // 四分之三 / four fifths of the full marks: one said number over another, as a share.
  for (const a of said)
    for (const b of said) if (b !== 0 && [1, 100].some((k) => close(value, (a / b) * k))) return true;
  return false;
}

/** The fields the question's own words name (tokens of the lexicon). */
function namedFields(question: string, clockYear: number): Set<FieldId> {
  const out = new Set<FieldId>();
  for (const span of tokenize(normalise(question), [], clockYear)) {
    if (span.free) continue;
    for (const t of span.tokens) {
      if (t.k === 'field') out.add(t.id);
      if (t.k === 'dim') out.add(t.field);
    }
  }
  return out;
}

/** Whether a word the model says it used holds text the lexicon does not read (a field said in the asker's words). */
const hasFreeText = (word: string, clockYear: number) =>
  tokenize(normalise(word), [], clockYear).some((s) => s.free && s.text.trim());

/** Every leaf filter of a reading, with the measures and fields it computes on. */
function partsOf(r: LlmParsed): {
  filters: LeafFilter[];
  measures: Measure[];
  fields: FieldId[];
  values: number[];
} {
  const filters: LeafFilter[] = [];
  const measures: Measure[] = [];
  const fields: FieldId[] = [];
  const values: number[] = [];
  const addQuery = (q: PortfolioQuery) => {
    filters.push(...leaves(q.filters));
    measures.push(...(q.measures ?? []));
    fields.push(...(q.select ?? []));
    if (q.order && typeof q.order.by === 'string') fields.push(q.order.by);
    if (q.groupBy) fields.push(q.groupBy);
  };
  const addOperand = (o: Operand) => {
    if (o.kind === 'value') values.push(o.value);
    else {
      filters.push(...leaves(o.filters));
      measures.push(o.measure);
    }
  };
  if (r.query) addQuery(r.query);
  if (r.arith) {
    addOperand(r.arith.left);
    addOperand(r.arith.right);
    if (r.arith.groupBy) fields.push(r.arith.groupBy);
  }
  for (const f of filters) {
    if (f.type === 'compare' || f.type === 'empty') fields.push(f.field);
    if (f.type === 'fields') fields.push(f.left, f.right);
  }
  for (const m of measures) if (m.field) fields.push(m.field);
  return { filters, measures, fields, values };
}

/** A condition as the rules and the model can both write it (a place is one term in 主管部门 or 实施单位). */
function conditionKey(f: LeafFilter): string {
  if (f.type === 'name') {
    const field = f.field === 'implementingUnit' ? 'department' : f.field;
    return `name:${field}:${normalise(f.term)}:${f.negate ? 'not' : ''}`;
  }
  return JSON.stringify(f);
}

/** What a condition constrains: a place, a person, a project, one field, a pair of fields, a check. */
function slotKey(f: LeafFilter): string {
  switch (f.type) {
    case 'name':
      return `name:${f.field === 'implementingUnit' ? 'department' : f.field}`;
    case 'compare':
    case 'empty':
      return `${f.type}:${f.field}`;
    case 'fields':
      return `fields:${[f.left, f.right].sort().join()}`;
    case 'finding':
      return `finding:${[...f.codes].sort().join()}`;
    default:
      return f.type;
  }
}

const kindOfMeasure = (m: Measure) => (m.fn === 'count' || !m.field ? 'count' : FIELDS[m.field].kind);

/** Checks the model's reading against the question and the rules' reading (see the head of this file). */
export function groundLlmReading(
  question: string,
  reading: LlmParsed,
  rules: Parsed,
  clockYear: number,
): Grounding {
  const text = normalise(question).replace(/\s+/g, '');
  const { filters, fields, values } = partsOf(reading);
  const said = spoken(question, clockYear);
  for (const f of filters) {
    if (f.type === 'name') {
      if (!text.includes(normalise(f.term).replace(/\s+/g, '')))
        return { ok: false, reason: `「${f.term}」不是提问里的词` };
      if (f.negate && !EXCLUSION.test(normalise(question)))
        return { ok: false, reason: `提问没有说要排除「${f.term}」` };
    }
    if (f.type === 'compare') {
      if (f.field === 'year') {
        if (!said.years.has(f.value)) return { ok: false, reason: `提问里没有${f.value}年` };
      } else if (!numberGrounded(f.value, said.numbers))
        return { ok: false, reason: `提问里没有「${f.value}」这个数` };
    }
  }
  for (const v of values)
    if (!numberGrounded(v, said.numbers) && !(v === 1 && reading.arith?.op === 'convert'))
      return { ok: false, reason: `提问里没有「${v}」这个数` };
  // A field the question does not name: only from words the lexicon does not know.
  const named = namedFields(question, clockYear);
  const freeUsed = reading.wordsUsed.some((w) => hasFreeText(w, clockYear));
  for (const f of new Set(fields)) {
    if (f === 'year' || named.has(f) || freeUsed) continue;
    return { ok: false, reason: `提问没有说到「${FIELDS[f].label}」` };
  }
  if (reading.yesNo && !readYesNo(normalise(question)).yesNo)
    return { ok: false, reason: '提问不是是非问题' };
  if (reading.arith) {
    const a = reading.arith;
    const kinds = [a.left, a.right].map((o) => (o.kind === 'figure' ? kindOfMeasure(o.measure) : null));
    if (['minus', 'plus', 'share', 'growth'].includes(a.op) && kinds[0] && kinds[1] && kinds[0] !== kinds[1])
      return { ok: false, reason: '两个数不是同一类（金额只能和金额相加减、相比）' };
  }
  // No widening: what the rules understood stays — as it is, or read again on the same slot (full marks →
  // less than four fifths of the full marks), never dropped.
  const mine = new Set(filters.map(conditionKey));
  const slots = new Set(filters.map(slotKey));
  for (const f of leaves(rules.query?.filters ?? []))
    if (!mine.has(conditionKey(f)) && !slots.has(slotKey(f)))
      return { ok: false, reason: `少了已看懂的条件（${f.type}）` };
  // Words the rules left count as placed only if the model's reading says more than the rules' one.
  return { ok: true, unplaced: saysMore(reading, rules, mine) ? [] : rules.unplaced };
}

/**
 * Whether the model's reading adds anything to the rules' one — a computation, a yes/no, a condition, a figure, a
 * grouping, an order or a column the rules did not have. Leaving something out adds nothing: the words the rules
 * left are then still not placed.
 */
function saysMore(reading: LlmParsed, rules: Parsed, mine: Set<string>): boolean {
  if (reading.arith) return true;
  if (reading.yesNo && !rules.yesNo) return true;
  const theirs = rules.query;
  const theirKeys = new Set(leaves(theirs?.filters ?? []).map(conditionKey));
  if ([...mine].some((k) => !theirKeys.has(k))) return true;
  const q = reading.query;
  if (!q) return false;
  const theirMeasures = new Set((theirs?.measures ?? []).map((m) => JSON.stringify(m)));
  if ((q.measures ?? []).some((m) => !theirMeasures.has(JSON.stringify(m)))) return true;
  if (q.groupBy && q.groupBy !== theirs?.groupBy) return true;
  if (q.order && JSON.stringify(q.order) !== JSON.stringify(theirs?.order)) return true;
  if (q.limit && q.limit !== theirs?.limit) return true;
  return (q.select ?? []).some((f) => !(theirs?.select ?? []).includes(f));
}
