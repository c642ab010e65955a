import { parseScore, parseYear } from '../extract/normalize.ts';
import { emptyRecord, type FormRecord, type Provenance } from '../record/record.ts';
import type { ParsedForm } from './document.ts';
import { readFunds } from './pdf-text/funds.ts';
import { readGoals } from './pdf-text/goals.ts';
import { readHeader } from './pdf-text/header.ts';
import { readIndicators } from './pdf-text/indicators.ts';
import { lineRef, splitLines, type TextLine } from './pdf-text/lines.ts';
import {
  type FormLines,
  isIndicatorHeader,
  segmentForms,
  TOTAL_LINE,
  YEAR_LINE,
} from './pdf-text/segment.ts';

const FUNDS_START = /^(?:项\s*目\s*资\s*金|年\s*初\s*预)/;
const GOALS_HEADER = /^预\s*期\s*目\s*标/;
/** The vertical `绩\n效\n指\n标` label before the indicator header. */
const PERFORMANCE_LABEL = /^绩(?:\s*效)?(?:\s*指)?(?:\s*标)?$/;
const HEADER_LAST = /施$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * Reads pdftotext output of 项目支出绩效自评表 forms (the `pdf-text` layout) into records, one per
 * `项目名称`, with line-span provenance (`L120-L121`) and notes for what could not be read.
 */
export function readPdfText(text: string, source?: string): ParsedForm[] {
  return segmentForms(splitLines(text)).map((form) => readForm(form, source));
}

function findFrom(lines: readonly TextLine[], re: RegExp, from: number): number {
  for (let i = Math.max(0, from); i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
  return -1;
}

function readForm(form: FormLines, source: string | undefined): ParsedForm {
  const record: FormRecord = emptyRecord();
  if (source !== undefined) {
    record.source = source;
    record.format = 'pdf-text';
  }
  const provenance: Provenance = {};
  const notes: string[] = [];
  const lines = form.lines.filter((l) => !YEAR_LINE.test(l.text));

  if (form.movedTail) {
    notes.push(`本表最后几行（${lineRef(form.movedTail)}）在原文中印在下一张表里，已移回本表。`);
  }
  if (form.yearLine) {
    record.year = parseYear(form.yearLine.text);
    provenance.year = { ref: lineRef([form.yearLine]), method: 'rule' };
  } else notes.push('未找到年度（如“（2023 年度）”）。');

  const fundsAt = findFrom(lines, FUNDS_START, 1);
  const goalsAt = findFrom(lines, GOALS_HEADER, Math.max(fundsAt, 1));
  let tableAt = -1;
  for (let i = Math.max(goalsAt, fundsAt, 1); i < lines.length && tableAt < 0; i++) {
    if (isIndicatorHeader(lines, i)) tableAt = i;
  }
  const headerEnd = fundsAt >= 0 ? fundsAt : goalsAt >= 0 ? goalsAt : tableAt >= 0 ? tableAt : lines.length;

  const header = readHeader(lines.slice(0, headerEnd));
  for (const [field, value] of Object.entries(header.values)) {
    record[field as keyof typeof header.values] = value;
    const src = header.sources[field as keyof typeof header.values];
    if (src) provenance[field] = src;
  }
  if (record.owner === null) notes.push('表中没有“项目负责人”一栏。');
  if (record.phone === null) notes.push('表中没有“联系电话”一栏。');

  if (fundsAt >= 0) {
    const funds = readFunds(
      lines.slice(fundsAt, goalsAt >= 0 ? goalsAt : tableAt >= 0 ? tableAt : lines.length),
    );
    record.funds = funds.rows;
    Object.assign(provenance, funds.sources);
    notes.push(...funds.notes);
  } else notes.push('未找到“项目资金”部分。');

  if (goalsAt >= 0) {
    let goalsEnd = tableAt >= 0 ? tableAt : lines.length;
    while (goalsEnd > goalsAt + 1 && PERFORMANCE_LABEL.test(lines[goalsEnd - 1]!.text)) goalsEnd--;
    for (let i = goalsAt + 1; i < goalsEnd; i++) {
      if (/^绩$/.test(lines[i]!.text)) {
        goalsEnd = i;
        break;
      }
    }
    const goals = readGoals(lines.slice(goalsAt + 1, goalsEnd));
    record.goals = { expected: goals.expected, actual: goals.actual };
    if (goals.expectedLines.length > 0)
      provenance['goals.expected'] = { ref: lineRef(goals.expectedLines), method: 'rule' };
    if (goals.actualLines.length > 0)
      provenance['goals.actual'] = { ref: lineRef(goals.actualLines), method: 'rule' };
  } else notes.push('未找到“预期目标 / 实际完成情况”。');

  if (tableAt >= 0) {
    let rowsAt = tableAt;
    for (let i = tableAt; i < Math.min(lines.length, tableAt + 25); i++) {
      if (HEADER_LAST.test(lines[i]!.text)) {
        rowsAt = i + 1;
        break;
      }
    }
    const totalAt = findFrom(lines, TOTAL_LINE, rowsAt);
    const read = readIndicators(lines.slice(rowsAt, totalAt >= 0 ? totalAt : lines.length));
    record.indicators = read.indicators;
    for (const [path, src] of Object.entries(read.sources)) provenance[path] = src;
    notes.push(...read.notes);
    if (totalAt >= 0) readTotal(lines[totalAt]!, record, provenance);
    else notes.push('未找到“总分”行，表格可能不完整。');
  } else notes.push('未找到绩效指标表（“一级指标 二级指标 三级指标 …”）。');

  return {
    record,
    provenance,
    notes,
    sourceText: [...(form.yearLine ? [form.yearLine] : []), ...form.lines]
      .map((l) => `L${l.no}\t${l.text}`)
      .join('\n'),
  };
}

function readTotal(line: TextLine, record: FormRecord, provenance: Provenance): void {
  const numbers = line.text
    .replace(TOTAL_LINE, '')
    .trim()
    .split(/\s+/)
    .filter((t) => NUMBER.test(t));
  const ref = { ref: lineRef([line]), method: 'rule' as const };
  if (numbers[0] !== undefined) {
    record.totalWeight = parseScore(numbers[0]);
    provenance.totalWeight = ref;
  }
  if (numbers[1] !== undefined) {
    record.totalScore = parseScore(numbers[1]);
    provenance.totalScore = ref;
  }
}
