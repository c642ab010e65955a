/**
 * A template as data: the printed layout of one province's 项目支出绩效自评表 — lines above the table, header
 * rows, the funds block, goals, the indicator table, the total row, closing text rows, signatures — with every
 * label as printed. build.ts turns a description plus generated content into a printed form and its expected
 * interchange record; nothing in a description is code.
 */
import type { FundsColumn } from '../../src/record/record.ts';
import type { ContentNeeds, FundsKey } from './content.ts';
import type { MoneyStyle } from './print.ts';

export type TemplateId =
  | 'mof-2020'
  | 'shanghai'
  | 'yunnan-public-14'
  | 'sichuan-2023'
  | 'sichuan-linkage'
  | 'yunnan-baoshan'
  | 'hebei'
  | 'beijing-2016';

/**
 * Text with placeholders filled from the form: `{year}`, `{city}`, `{county}` (the county, or the city for
 * city-level forms), `{place}`.
 */
export type Text = string;

/** A segment above or below the table: text, or a label followed by a form field (`单位名称：` + unit). */
export type Segment = Text | { label: Text; field: 'reportingUnit' | 'fillDate' };

export interface LineSpec {
  segments: Segment[];
  kind: 'title' | 'text';
  align?: 'left' | 'center' | 'right';
}

export type HeaderField =
  | 'projectName'
  | 'department'
  | 'implementingUnit'
  | 'owner'
  | 'phone'
  /** `项目负责人及电话`: name and number in one cell. */
  | 'ownerPhone'
  /** Check boxes: `☑部门预算项目 □市直专项 …`. */
  | 'projectCategory'
  | 'projectAttribute';

export interface FieldRowSpec {
  pairs: [label: Text, field: HeaderField][];
}

export type FundsColumnKey = FundsColumn;

export interface FundsSpec {
  /** The block's label cell at the left, spanning the block's rows (`项目资金（万元）`, `预算执行情况(10分)`). */
  label: Text;
  /** The unit the block's labels state, if any (→ `funds.unit`). */
  statesUnit?: '元' | '万元';
  /** Over the row labels in the header row (`年度预算数(万元)`, or blank). */
  corner: Text;
  columns: { key: FundsColumnKey; label: Text }[];
  rows: { key: FundsKey; label: Text }[];
  /** Printed in the weight and score cells of the rows below the total (`—`, `/`, or blank). */
  subRowMark: '—' | '/' | '';
  /** Points the block header carries (→ `blockWeights.budget`). */
  blockPoints?: number;
  /** A text column beside the rows, one cell for all of them (Sichuan `原因`, Beijing 2016 `得分计算方法`). */
  side?: { label: Text; text: Text; hint?: Text; field?: 'budgetReason' };
  /** The looks a form may give its amounts (one is picked per form). */
  money: MoneyStyle[];
}

export interface GoalsSpec {
  label: Text;
  /** A second label column (`1.项目年度目标完成情况`). */
  subLabel?: Text;
  expected: Text;
  actual: Text;
  /** Template hint left in the actual cell by some offices (reads as ""). */
  actualHint?: Text;
  /** `2.项目实施内容及过程概述` row (→ `implementationSummary`). */
  summary?: { label: Text };
}

export type IndicatorColumnKey =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'nature'
  | 'targetValue'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation'
  /** Printed columns the record has no slot for (Hebei `完成情况`, `权重占比`, `折算得分`). */
  | 'completion'
  | 'weightShare'
  | 'convertedScore';

export interface IndicatorsSpec {
  /** The block's label cell at the left (`绩效指标`, `绩效指标(90分)`, `年度绩效目标(80分)`). */
  label: Text;
  /** Points the block header carries (→ `blockWeights.indicators`). */
  blockPoints?: number;
  columns: { key: IndicatorColumnKey; label: Text }[];
  /** 一级指标 labels carry their points (`产出指标(60分)`, → `level1Weights`). */
  level1Points: boolean;
}

export interface TotalSpec {
  label: Text;
  /** The total's weight is printed in the weight column (no weight column: the points are in the label). */
  weight: boolean;
  /** `总分 | 100 | 96 | 优` (grade after the score) or a `自评等级` label and the grade in the last columns. */
  grade?: 'after-score' | { label: Text };
}

export type TextField = 'conclusion' | 'problems' | 'improvements' | 'deviationSummary' | 'otherNotes';

export interface TextRowSpec {
  label: Text;
  field: TextField;
  hint?: Text;
}

export interface SignatureSpec {
  /** `row`: the last row of the table; `below`: a line under the table. */
  placement: 'row' | 'below';
  items: [label: Text, field: 'owner' | 'financeOwner'][];
}

export interface TemplateLayout {
  id: TemplateId;
  /** Grid width in columns. */
  width: number;
  above: LineSpec[];
  fields: FieldRowSpec[];
  funds: FundsSpec;
  goals?: GoalsSpec;
  indicators: IndicatorsSpec;
  total: TotalSpec;
  texts: TextRowSpec[];
  signatures?: SignatureSpec;
  below: LineSpec[];
  /** Some offices print the block labels one character per line (`绩\n效\n指\n标`). */
  verticalBlockLabels: boolean;
  /** 一级 labels as `产出指标（60分）` (full-width) rather than `产出指标(60分)`. */
  fullWidthPoints: boolean;
}

/** The per-form choices a description may depend on (drawn from the seed). */
export interface LayoutChoice {
  /** 0, 1 or 2: the template's variants in turn (mof-2020: plain, 一级 with points, county prefix). */
  variant: number;
  flags: { a: boolean; b: boolean; c: boolean };
}

export interface TemplateDescription {
  id: TemplateId;
  /** As people call it. */
  name: string;
  needs: ContentNeeds;
  layout: (choice: LayoutChoice) => TemplateLayout;
}
