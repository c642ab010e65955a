/**
 * Prints generated content through a template description: the printed form (lines and a grid with merges) and,
 * cell by cell as it prints, the interchange record a right reader returns for it (docs/RECORD.md).
 */
import { FUNDS_COLUMNS } from '../../src/record/record.ts';
import type { Amounts, FormContent, FundsKey, IndicatorContent } from './content.ts';
import { rateOf } from './content.ts';
import type {
  FieldRowSpec,
  FundsColumnKey,
  IndicatorColumnKey,
  LineSpec,
  TemplateLayout,
  Text,
} from './layout.ts';
import { assertTiled, type Cell, type Grid, type Line, type PrintedForm } from './model.ts';
import { blank, type ExpectedCell, type MoneyStyle, money, type Printed, points, rate } from './print.ts';
import type { Rng } from './rng.ts';

export type ExpectedRecord = Record<string, unknown>;

export interface BuiltForm {
  printed: PrintedForm;
  expected: ExpectedRecord;
}

const emptyCell = (): ExpectedCell => ({ raw: '', value: null });
const emptyRow = (): Record<FundsColumnKey, ExpectedCell> =>
  Object.fromEntries(FUNDS_COLUMNS.map((c) => [c, emptyCell()])) as Record<FundsColumnKey, ExpectedCell>;

/** Spans of `n` cells filling `width` columns: one each, the rest dealt in turn to the `wide` cells. */
export function spread(n: number, width: number, wide: number[]): number[] {
  if (n > width) throw new Error(`${n} cells do not fit in ${width} columns`);
  const spans = Array.from({ length: n }, () => 1);
  const takers = wide.length > 0 ? wide : spans.map((_, i) => i);
  for (let extra = width - n, i = 0; extra > 0; extra--, i++) spans[takers[i % takers.length]!]!++;
  return spans;
}

interface Draft {
  text: string;
  span: number;
  rowSpan?: number;
  bold?: boolean;
  align?: Cell['align'];
  number?: Cell['number'];
}

/** Places cells left to right from `start`. */
function place(drafts: Draft[], start = 0): Cell[] {
  let col = start;
  return drafts.map((d) => {
    const cell: Cell = { text: d.text, col, colSpan: d.span, rowSpan: d.rowSpan ?? 1 };
    if (d.bold) cell.bold = true;
    if (d.align) cell.align = d.align;
    if (d.number) cell.number = d.number;
    col += d.span;
    return cell;
  });
}

const value = (p: Printed, span: number): Draft => ({ text: p.text, span, number: p.number });

/** Symbols as offices type them; each form keeps to one look. */
const NATURE_LOOKS: Record<'≥' | '≤' | '=', string[]> = {
  '≥': ['≥', '≥', '>=', '≧'],
  '≤': ['≤', '≤', '<=', '≦'],
  '=': ['=', '=', '＝', '═'],
};

class FormBuilder {
  private readonly rows: Cell[][] = [];
  private readonly rec: ExpectedRecord;
  private readonly funds: Record<string, unknown>;
  private readonly natureLook: number;
  /** Some offices write `100%` for a target of exactly 100 %, others `=100%`. */
  private readonly dropEquals: boolean;
  private readonly money: MoneyStyle;

  constructor(
    private readonly layout: TemplateLayout,
    private readonly content: FormContent,
    private readonly rng: Rng,
  ) {
    this.funds = { total: emptyRow(), fiscal: emptyRow(), carryOver: emptyRow(), other: emptyRow() };
    this.rec = {
      template: layout.id,
      year: null,
      projectName: null,
      department: null,
      implementingUnit: null,
      owner: null,
      phone: null,
      funds: this.funds,
      goals: { expected: null, actual: null },
      indicators: [],
      totalWeight: null,
      totalScore: null,
    };
    this.natureLook = rng.int(0, 3);
    this.dropEquals = rng.chance(0.4);
    this.money = rng.pick(layout.funds.money);
  }

  build(): BuiltForm {
    const above = this.lines(this.layout.above);
    for (const spec of this.layout.fields) this.fieldRow(spec);
    this.fundsBlock();
    this.goalsBlock();
    const columns = this.indicatorBlock();
    this.totalRow(columns);
    for (const t of this.layout.texts) this.textRow(t.label, t.field, t.hint);
    const below = this.signatures();
    below.push(...this.lines(this.layout.below));
    const table: Grid = { width: this.layout.width, rows: this.rows };
    assertTiled(table);
    return { printed: { above, table, below }, expected: this.rec };
  }

  private fill(text: Text): string {
    const c = this.content;
    if (text.includes('{year}')) this.rec.year = c.year;
    return text
      .replaceAll('{year}', String(c.year))
      .replaceAll('{city}', c.city)
      .replaceAll('{county}', c.county || c.city)
      .replaceAll('{place}', c.place);
  }

  private block(text: Text): string {
    const filled = this.fill(text);
    return this.layout.verticalBlockLabels && /^[\u4e00-\u9fff]+$/.test(filled)
      ? filled.split('').join('\n')
      : filled;
  }

  /** Hint text left in a cell (a third of the time, always on plan-only forms): printed, read as "". */
  private hintOr(hint: Text | undefined, text: string): { printed: string; value: string } {
    if (hint && (this.content.planOnly || this.rng.chance(0.35)))
      return { printed: this.fill(hint), value: '' };
    return { printed: text, value: text };
  }

  private lines(specs: LineSpec[]): Line[] {
    return specs.map((spec) => ({
      kind: spec.kind,
      align: spec.align,
      segments: spec.segments.map((s) => {
        if (typeof s === 'string') return this.fill(s);
        const v = this.content[s.field];
        this.rec[s.field] = v;
        return `${this.fill(s.label)}${v}`;
      }),
    }));
  }

  private fieldValue(field: FieldRowSpec['pairs'][number][1]): string {
    const c = this.content;
    switch (field) {
      case 'projectName':
      case 'department':
      case 'implementingUnit':
      case 'owner':
      case 'phone':
        this.rec[field] = c[field];
        return c[field];
      case 'ownerPhone': {
        this.rec.owner = c.owner;
        this.rec.phone = c.phone;
        return [c.owner, c.phone].filter((s) => s !== '').join(this.rng.pick([' ', '', '  ']));
      }
      case 'projectCategory':
      case 'projectAttribute': {
        const options =
          field === 'projectCategory'
            ? ['部门预算项目', '市直专项', '市对下转移支付项目']
            : ['持续性', '新增性'];
        const ticked = c[field];
        this.rec[field] = ticked;
        const [on, off] = this.rng.pick([
          ['☑', '□'],
          ['■', '□'],
          ['√', '□'],
        ]);
        return options.map((o) => `${o === ticked ? on : off}${o}`).join(this.rng.pick(['  ', ' ', '　']));
      }
    }
  }

  private fieldRow(spec: FieldRowSpec): void {
    const n = spec.pairs.length * 2;
    const spans = spread(
      n,
      this.layout.width,
      spec.pairs.map((_, i) => i * 2 + 1),
    );
    const drafts = spec.pairs.flatMap(([label, field], i) => [
      { text: this.fill(label), span: spans[i * 2]!, bold: true },
      { text: this.fieldValue(field), span: spans[i * 2 + 1]!, align: 'left' as const },
    ]);
    this.rows.push(place(drafts));
  }

  private fundsBlock(): void {
    const spec = this.layout.funds;
    const c = this.content;
    const n = 2 + spec.columns.length + (spec.side ? 1 : 0);
    const spans = spread(n, this.layout.width, spec.side ? [1, n - 1] : [1]);
    const blockUnit = spec.statesUnit;
    if (blockUnit) this.funds.unit = blockUnit;
    if (spec.blockPoints !== undefined) this.blockWeight('budget', spec.blockPoints);
    // a printed rate formula 执行率(B/A) divides by the column the form names A (docs/RECORD.md rateBase)
    const letter = (label: string, l: string) => new RegExp(`[(（]${l}[)）]$`).test(label);
    const base = spec.columns.find((col) => letter(col.label, 'A'));
    if (base && spec.columns.some((col) => col.key === 'rate' && /B\/A/.test(col.label)))
      this.funds.rateBase = base.key;
    for (const row of spec.rows) if (!this.funds[row.key]) this.funds[row.key] = emptyRow();

    const header: Draft[] = [
      { text: this.block(spec.label), span: spans[0]!, rowSpan: spec.rows.length + 1, bold: true },
      { text: this.fill(spec.corner), span: spans[1]! },
      ...spec.columns.map((col, i) => ({ text: this.fill(col.label), span: spans[i + 2]!, bold: true })),
    ];
    if (spec.side) header.push({ text: this.fill(spec.side.label), span: spans[n - 1]!, bold: true });
    this.rows.push(place(header));

    // one amount of some 万元 forms is written with its unit in the cell
    const unitCell =
      this.money.unit === '万元' && this.rng.chance(0.1)
        ? {
            col: this.rng.pick(['annualBudget', 'executed'] as const),
            unit: this.rng.pick(['元', '万元'] as const),
          }
        : undefined;
    spec.rows.forEach((row, r) => {
      const amounts: Amounts = c.funds[row.key] ?? { initial: null, annual: null, executed: null };
      const cells: Draft[] = [{ text: this.fill(row.label), span: spans[1]!, align: 'left' }];
      spec.columns.forEach((col, i) => {
        const inCell = row.key === 'total' && unitCell?.col === col.key ? unitCell.unit : undefined;
        const printed = this.fundsCell(row.key, col.key, amounts, blockUnit, inCell);
        (this.funds[row.key] as Record<string, ExpectedCell>)[col.key] = printed.cell;
        cells.push(value(printed, spans[i + 2]!));
      });
      if (spec.side && r === 0) cells.push(this.sideCell(spans[n - 1]!, spec.rows.length));
      this.rows.push(place(cells, spans[0]!));
    });
  }

  private fundsCell(
    key: FundsKey,
    col: FundsColumnKey,
    amounts: Amounts,
    blockUnit: '元' | '万元' | undefined,
    inCell: '元' | '万元' | undefined,
  ): Printed {
    const c = this.content;
    const mark = this.layout.funds.subRowMark;
    switch (col) {
      case 'initialBudget':
        return money(amounts.initial, this.money, blockUnit, inCell);
      case 'annualBudget':
        return money(amounts.annual, this.money, blockUnit, inCell);
      case 'executed':
        return money(amounts.executed, this.money, blockUnit, inCell);
      case 'rate':
        return rate(rateOf(amounts, c.rateDecimals), c.rateDecimals);
      case 'weight':
        return key === 'total' ? points(c.budgetWeight) : blank(mark);
      case 'score':
        return key === 'total' ? points(c.budgetScore) : blank(mark);
    }
  }

  private sideCell(span: number, rowSpan: number): Draft {
    const side = this.layout.funds.side!;
    if (!side.field) return { text: this.fill(side.text), span, rowSpan, align: 'left' };
    const total = this.content.funds.total!;
    const reason = (rateOf(total, 2) ?? 100) < 90 ? '部分项目尚未完成结算，资金未支付完毕。' : '';
    const { printed, value: v } = this.hintOr(side.hint, reason);
    this.rec[side.field] = v;
    return { text: printed, span, rowSpan, align: 'left' };
  }

  private blockWeight(key: 'budget' | 'indicators', pts: number): void {
    const weights = (this.rec.blockWeights ?? {}) as Record<string, number>;
    weights[key] = pts;
    this.rec.blockWeights = weights;
  }

  private goalsBlock(): void {
    const spec = this.layout.goals;
    if (!spec) return;
    const c = this.content;
    const withSub = spec.subLabel !== undefined;
    const n = withSub ? 4 : 3;
    const spans = spread(n, this.layout.width, withSub ? [2, 3] : [1, 2]);
    const rowSpan = 2 + (spec.summary ? 1 : 0);
    const lead: Draft[] = [{ text: this.block(spec.label), span: spans[0]!, rowSpan, bold: true }];
    if (withSub) lead.push({ text: this.fill(spec.subLabel!), span: spans[1]!, rowSpan: 2 });
    const hs = withSub ? 2 : 1;
    this.rows.push(
      place([
        ...lead,
        { text: this.fill(spec.expected), span: spans[hs]!, bold: true },
        { text: this.fill(spec.actual), span: spans[hs + 1]!, bold: true },
      ]),
    );
    const actual = c.planOnly
      ? { printed: spec.actualHint ?? '', value: '' }
      : this.hintOr(spec.actualHint, c.goals.actual);
    const start = spans.slice(0, hs).reduce((a, b) => a + b, 0);
    this.rows.push(
      place(
        [
          { text: c.goals.expected, span: spans[hs]!, align: 'left' },
          { text: actual.printed, span: spans[hs + 1]!, align: 'left' },
        ],
        start,
      ),
    );
    this.rec.goals = { expected: c.goals.expected, actual: actual.value };
    if (spec.summary) {
      const text = c.planOnly || this.rng.chance(0.4) ? '' : c.implementation;
      this.rec.implementationSummary = text;
      const labelSpan = spans[1]!;
      this.rows.push(
        place(
          [
            { text: this.fill(spec.summary.label), span: labelSpan },
            { text, span: this.layout.width - spans[0]! - labelSpan, align: 'left' },
          ],
          spans[0]!,
        ),
      );
    }
  }

  private level1Text(level1: string): string {
    if (!this.layout.indicators.level1Points) return level1;
    const pts = this.content.level1Points[level1 as keyof FormContent['level1Points']];
    return this.layout.fullWidthPoints ? `${level1}（${pts}分）` : `${level1}(${pts}分)`;
  }

  private level2Text(level2: string): string {
    return this.layout.verticalBlockLabels && level2.length > 5 ? level2.replace(/指标$/, '\n指标') : level2;
  }

  private nature(ind: IndicatorContent): string {
    if (ind.nature === '' || ind.nature === '定性') return ind.nature;
    return NATURE_LOOKS[ind.nature][this.natureLook]!;
  }

  /** The indicator table; returns each column's key and first grid column (the total row lines up with them). */
  private indicatorBlock(): { key: IndicatorColumnKey; start: number; span: number }[] {
    const spec = this.layout.indicators;
    const keys = spec.columns.map((c) => c.key);
    const split = keys.includes('nature');
    const n = 1 + spec.columns.length;
    const wide = ['name', 'deviation']
      .map((k) => keys.indexOf(k as IndicatorColumnKey) + 1)
      .filter((i) => i > 0);
    const spans = spread(n, this.layout.width, wide);
    const columns = spec.columns.map((c, i) => ({
      key: c.key,
      span: spans[i + 1]!,
      start: spans.slice(0, i + 1).reduce((a, b) => a + b, 0),
    }));
    if (spec.blockPoints !== undefined) this.blockWeight('indicators', spec.blockPoints);
    const inds = this.content.indicators;
    this.rows.push(
      place([
        { text: this.block(spec.label), span: spans[0]!, rowSpan: inds.length + 1, bold: true },
        ...spec.columns.map((c, i) => ({ text: this.fill(c.label), span: spans[i + 1]!, bold: true })),
      ]),
    );
    const groupEnd = (i: number, same: (a: IndicatorContent, b: IndicatorContent) => boolean): number => {
      let j = i;
      while (j + 1 < inds.length && same(inds[j + 1]!, inds[i]!)) j++;
      return j - i + 1;
    };
    const records: Record<string, unknown>[] = [];
    const level1Weights: { level1: string; weight: number }[] = [];
    inds.forEach((ind, i) => {
      const prev = inds[i - 1];
      const newLevel1 = !prev || prev.level1 !== ind.level1;
      const newLevel2 = newLevel1 || prev.level2 !== ind.level2;
      const level1 = this.level1Text(ind.level1);
      if (newLevel1 && spec.level1Points)
        level1Weights.push({ level1, weight: this.content.level1Points[ind.level1] });
      const nature = this.nature(ind);
      const bare = ind.nature === '定性' || ind.nature === '' || (ind.nature === '=' && this.dropEquals);
      const target = split || bare ? '' : nature;
      const joined = split
        ? `${nature}${ind.targetValue}${ind.unit}`
        : `${target}${ind.targetValue}${ind.unit}`;
      const weight = points(ind.weight);
      const score = points(ind.score);
      const texts: Record<IndicatorColumnKey, Printed> = {
        level1: blank(level1),
        level2: blank(this.level2Text(ind.level2)),
        name: blank(ind.name),
        target: blank(joined),
        nature: blank(nature),
        targetValue: blank(ind.targetValue),
        unit: blank(ind.unit),
        actual: blank(ind.actual),
        weight,
        score,
        deviation: blank(ind.deviation),
        completion: blank(
          ind.placeholder || ind.score === null ? '' : ind.score >= (ind.weight ?? 0) ? '完成' : '部分完成',
        ),
        weightShare: blank(ind.weight === null ? '' : `${ind.weight}%`),
        convertedScore: ind.score === null ? blank() : points(ind.score),
      };
      const cells: Cell[] = [];
      for (const col of columns) {
        if (col.key === 'level1' && !newLevel1) continue;
        if (col.key === 'level2' && !newLevel2) continue;
        const rowSpan =
          col.key === 'level1'
            ? groupEnd(i, (a, b) => a.level1 === b.level1)
            : col.key === 'level2'
              ? groupEnd(i, (a, b) => a.level1 === b.level1 && a.level2 === b.level2)
              : 1;
        const p = texts[col.key];
        const cell: Cell = { text: p.text, col: col.start, colSpan: col.span, rowSpan };
        if (p.number) cell.number = p.number;
        if (col.key === 'name' || col.key === 'deviation') cell.align = 'left';
        cells.push(cell);
      }
      this.rows.push(cells);
      const record: Record<string, unknown> = {
        level1,
        level2: texts.level2.text,
        name: ind.name,
        target: keys.includes('target') || split ? joined : '',
        actual: ind.actual,
        weight: keys.includes('weight') ? ind.weight : null,
        score: ind.score,
        deviation: keys.includes('deviation') ? ind.deviation : '',
        weightRaw: keys.includes('weight') ? weight.cell.raw : '',
        scoreRaw: score.cell.raw,
      };
      if (ind.placeholder) record.placeholder = true;
      if (split) Object.assign(record, { nature, targetValue: ind.targetValue, unit: ind.unit });
      records.push(record);
    });
    this.rec.indicators = records;
    if (level1Weights.length > 0) this.rec.level1Weights = level1Weights;
    return columns;
  }

  private totalRow(columns: { key: IndicatorColumnKey; start: number; span: number }[]): void {
    const spec = this.layout.total;
    const c = this.content;
    const W = this.layout.width;
    const score = points(c.totalScore);
    this.rec.totalWeight = 100;
    this.rec.totalScore = score.cell.value;
    const label = { text: this.fill(spec.label), bold: true };
    if (typeof spec.grade === 'object') {
      // 总分(100分) | score | 自评等级 | grade in the last columns
      const [gLabel, gValue] = columns.slice(-2);
      const scoreStart = columns[columns.length - 3]!.start;
      this.rec.selfGrade = c.grade;
      this.rows.push(
        place([
          { ...label, span: scoreStart },
          value(score, gLabel!.start - scoreStart),
          { text: this.fill(spec.grade.label), span: gLabel!.span, bold: true },
          { text: c.grade, span: W - gValue!.start },
        ]),
      );
      return;
    }
    const find = (key: IndicatorColumnKey) => columns.find((col) => col.key === key);
    const weightCol = spec.weight ? find('weight') : undefined;
    const scoreCol = find('score')!;
    const first = weightCol ?? scoreCol;
    const drafts: Draft[] = [{ ...label, span: first.start }];
    if (weightCol) {
      drafts.push(value(points(100), weightCol.span));
      const gap = scoreCol.start - (weightCol.start + weightCol.span);
      if (gap > 0) drafts.push({ text: '', span: gap });
    }
    drafts.push(value(score, scoreCol.span));
    let used = scoreCol.start + scoreCol.span;
    if (spec.grade === 'after-score') {
      const next = columns.find((col) => col.start === used);
      const span = next?.span ?? W - used;
      drafts.push({ text: c.grade, span });
      this.rec.selfGrade = c.grade;
      used += span;
    }
    if (used < W) drafts.push({ text: '', span: W - used });
    this.rows.push(place(drafts));
  }

  private textRow(label: Text, field: string, hint?: Text): void {
    const text = this.hintOr(hint, this.content[field as 'conclusion']);
    this.rec[field] = text.value;
    const [ls] = spread(2, this.layout.width, [1]);
    this.rows.push(
      place([
        { text: this.fill(label), span: ls!, bold: true },
        { text: text.printed, span: this.layout.width - ls!, align: 'left' },
      ]),
    );
  }

  private signatures(): Line[] {
    const spec = this.layout.signatures;
    if (!spec) return [];
    const texts = spec.items.map(([label, field]) => {
      const name = this.content[field];
      this.rec[field] = name;
      return `${this.fill(label)}${name}`;
    });
    if (spec.placement === 'below') return [{ kind: 'text', segments: texts, align: 'left' }];
    const spans = spread(texts.length, this.layout.width, []);
    this.rows.push(place(texts.map((text, i) => ({ text, span: spans[i]!, align: 'left' as const }))));
    return [];
  }
}

export function buildForm(layout: TemplateLayout, content: FormContent, rng: Rng): BuiltForm {
  return new FormBuilder(layout, content, rng).build();
}
