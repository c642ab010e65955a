/**
 * What a form says, before any template prints it: an office, a project, its money (in 万元), goals, indicators
 * with targets, actuals, weights and scores, and the closing texts. Varied on purpose: consistent and inconsistent
 * scores, partial scores with and without a reason, blank cells, template rows left empty.
 */
import type { Rng } from './rng.ts';
import type { Part } from './split.ts';
import {
  CONCLUSIONS,
  DEVIATIONS,
  GIVEN,
  GOAL_DONE,
  IMPLEMENTATION,
  IMPROVEMENTS,
  type IndicatorIdea,
  LEVEL2,
  type Level1,
  OTHER_NOTES,
  PLACES,
  PROBLEMS,
  type Region,
  SECTORS,
  type Sector,
  SURNAMES,
  usable,
} from './vocabulary.ts';

export type FundsKey = 'total' | 'fiscal' | 'carryOver' | 'other' | 'specialAccount' | 'unitFunds';

/** Amounts in 万元; `null` = the cell is left blank. */
export interface Amounts {
  initial: number | null;
  annual: number | null;
  executed: number | null;
}

export interface IndicatorContent {
  level1: Level1;
  level2: string;
  name: string;
  nature: '≥' | '≤' | '=' | '定性' | '';
  targetValue: string;
  unit: string;
  actual: string;
  weight: number | null;
  score: number | null;
  deviation: string;
  placeholder?: true;
}

/** What the template asks of the content (points, rows, years), from its description. */
export interface ContentNeeds {
  regions: readonly Region[];
  years: readonly number[];
  budgetWeight: number;
  indicatorPoints: number;
  level1Splits: readonly (readonly [number, number, number])[];
  fundsRows: readonly FundsKey[];
  /** Template rows (`指标2：`, `……`) are left in some forms. */
  placeholders: boolean;
  /** Project names carry a budget code prefix in some forms (`51000021R000000019951-工资性支出`). */
  codePrefix: boolean;
  grades: readonly [string, string, string, string];
  /** The form has no 全年预算数 (Beijing 2016: 年初预算数(A) is the budget): the two are equal. */
  initialIsBudget?: boolean;
}

export interface FormContent {
  year: number;
  city: string;
  county: string;
  /** City + county as offices write them before their names (`攀枝花市米易县`, `保山市`). */
  place: string;
  department: string;
  implementingUnit: string;
  projectName: string;
  owner: string;
  phone: string;
  financeOwner: string;
  reportingUnit: string;
  fillDate: string;
  funds: Partial<Record<FundsKey, Amounts>>;
  budgetWeight: number;
  /** The budget row's score as the form states it (`null` = blank). */
  budgetScore: number | null;
  rateDecimals: 0 | 2;
  goals: { expected: string; actual: string };
  indicators: IndicatorContent[];
  level1Points: Record<Level1, number>;
  totalScore: number | null;
  grade: string;
  conclusion: string;
  problems: string;
  improvements: string;
  implementation: string;
  otherNotes: string;
  deviationSummary: string;
  projectCategory: string;
  projectAttribute: string;
  /** Sichuan-style forms where only the plan was filled: actuals and scores blank (a real published shape). */
  planOnly: boolean;
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;
const round1 = (n: number): number => Math.round(n * 10) / 10;

const STREETS = [
  '潞源',
  '永顺',
  '梨园',
  '北苑',
  '中仓',
  '新华',
  '玉桥',
  '大红门',
  '卢沟桥',
  '宋庄',
  '台湖',
  '马驹桥',
];

export function personName(rng: Rng, part: Part): string {
  return rng.pick(usable(SURNAMES, part)) + rng.pick(usable(GIVEN, part));
}

export function phoneNumber(rng: Rng): string {
  const kind = rng.int(0, 2);
  if (kind === 0) return `1${rng.pick(['3', '5', '8', '9'])}${rng.digits(9)}`;
  if (kind === 1) return rng.digits(8).replace(/^0/, '8');
  return `0${rng.int(810, 889)}-${rng.int(2, 8)}${rng.digits(6)}`;
}

/** An office of the region: its place, department and the unit that carries out its projects. */
export interface Office {
  city: string;
  county: string;
  place: string;
  department: string;
  implementingUnit: string;
  sector: Sector;
}

export function makeOffice(rng: Rng, part: Part, regions: readonly Region[]): Office {
  const region = rng.pick(regions);
  const [city, county] = rng.pick(usable(PLACES[region], part));
  const place = county === '' ? city : rng.chance(0.5) ? `${city}${county}` : county;
  const sector = rng.pick(usable(SECTORS, part));
  const deptSuffix = rng.pick(usable(sector.departments, part));
  let department = `${place}${deptSuffix}`;
  if (deptSuffix === '街道办事处') department = `${place}${rng.pick(usable(STREETS, part))}街道办事处`;
  if (deptSuffix === '人民政府') department = `${place}${rng.pick(usable(STREETS, part))}镇人民政府`;
  const unitSuffix = rng.pick(usable(sector.units, part));
  const implementingUnit =
    unitSuffix === '' || rng.chance(0.3)
      ? department
      : unitSuffix === '本级'
        ? `${department}本级`
        : `${place}${unitSuffix}`;
  return { city, county, place, department, implementingUnit, sector };
}

/** Splits `total` points over `n` rows, in fives where it can (as offices do), else whole points. */
export function splitPoints(rng: Rng, total: number, n: number): number[] {
  if (n <= 0) return [];
  if (n === 4 && total === 90 && rng.chance(0.1)) return [22.5, 22.5, 22.5, 22.5];
  const step = total % 5 === 0 && total / 5 >= n ? 5 : 1;
  const units = total / step;
  const parts = Array.from({ length: n }, () => 1);
  for (let left = units - n; left > 0; left--) parts[rng.int(0, n - 1)]!++;
  return parts.map((p) => p * step);
}

function numberText(n: number, decimals = 0): string {
  return decimals > 0 ? n.toFixed(decimals).replace(/\.?0+$/, '') : String(Math.round(n));
}

/** The printed target parts and an actual that meets it (or falls short, for a partial score). */
function realise(
  rng: Rng,
  idea: IndicatorIdea,
  short: boolean,
): Omit<IndicatorContent, 'level1' | 'weight' | 'score' | 'deviation'> {
  const t = idea.target;
  if (t.nature === '定性') {
    const value = rng.pick(t.values);
    const met =
      value === '优良中差' ? rng.pick(['优', '优（达到预期）']) : rng.pick([value, '达到预期', '已完成']);
    const actual = short ? rng.pick(['良', '基本达到', '部分完成']) : met;
    return { level2: idea.level2, name: idea.name, nature: '定性', targetValue: value, unit: '', actual };
  }
  const raw = t.min + (t.max - t.min) * rng.next();
  const step = t.unit === '%' || raw < 200 ? 1 : 10; // round counts like 3040, never percentages
  const target = t.decimals ? Number(raw.toFixed(t.decimals)) : Math.round(raw / step) * step;
  let achieved = target;
  if (t.nature === '≥')
    achieved = short ? target * (0.7 + 0.25 * rng.next()) : target * (1 + 0.1 * rng.next() * rng.int(0, 1));
  if (t.nature === '≤')
    achieved = short ? target * (1.05 + 0.2 * rng.next()) : target * (1 - 0.1 * rng.next() * rng.int(0, 1));
  if (t.nature === '=' && short) achieved = target === 0 ? 1 : target * 0.9;
  if (t.unit === '%') achieved = Math.min(achieved, 100);
  const decimals = t.decimals ?? (t.unit === '%' && achieved !== Math.round(achieved) ? 1 : 0);
  return {
    level2: idea.level2,
    name: idea.name,
    nature: t.nature,
    targetValue: numberText(target, t.decimals),
    unit: t.unit,
    actual: `${numberText(achieved, decimals)}${t.unit}`,
  };
}

function placeholderRow(level1: Level1, level2: string, name: string): IndicatorContent {
  return {
    level1,
    level2,
    name,
    nature: '',
    targetValue: '',
    unit: '',
    actual: '',
    weight: null,
    score: null,
    deviation: '',
    placeholder: true,
  };
}

function indicatorsFor(
  rng: Rng,
  part: Part,
  sector: Sector,
  points: Record<Level1, number>,
  needs: ContentNeeds,
) {
  const out: IndicatorContent[] = [];
  const counts: Record<Level1, [number, number]> = { 产出指标: [2, 5], 效益指标: [1, 3], 满意度指标: [1, 1] };
  for (const level1 of Object.keys(LEVEL2) as Level1[]) {
    if (points[level1] === 0) continue; // a template without this block (Sichuan forms with no 满意度指标)
    const order = LEVEL2[level1];
    const own = usable(sector.indicators, part).filter((i) => order.includes(i.level2));
    // a sector whose usable ideas lack this block borrows another sector's, so the block keeps its points
    const ideas =
      own.length > 0
        ? own
        : SECTORS.flatMap((s) => usable(s.indicators, part)).filter((i) => order.includes(i.level2));
    const chosen = rng
      .sample(ideas, rng.int(...counts[level1]))
      .sort((a, b) => order.indexOf(a.level2) - order.indexOf(b.level2));
    const weights = splitPoints(rng, points[level1], chosen.length);
    const rows: IndicatorContent[] = chosen.map((idea, i) => {
      const weight = weights[i]!;
      const short = rng.chance(0.2);
      const row = realise(rng, idea, short);
      const score = short ? round1(weight * (0.5 + 0.45 * rng.next())) : weight;
      const deviation = short && rng.chance(0.8) ? rng.pick(usable(DEVIATIONS, part)) : '';
      return { level1, ...row, weight, score, deviation };
    });
    // a few forms carry the mistakes the validators look for: a score above its weight, a reason on a full row
    const odd = rows[0];
    if (odd) {
      const scoreAbove = rng.chance(0.06);
      if (scoreAbove) odd.score = (odd.weight ?? 0) + 1;
      else if (rng.chance(0.06) && odd.score === odd.weight)
        odd.deviation = rng.pick(usable(DEVIATIONS, part));
    }
    if (!needs.placeholders) {
      out.push(...rows);
      continue;
    }
    for (const level2 of order) {
      const group = rows.filter((r) => r.level2 === level2);
      out.push(...group);
      if (group.length > 0 && rng.chance(0.25))
        out.push(placeholderRow(level1, level2, rng.pick(['……', '指标2：'])));
      if (group.length === 0 && rng.chance(0.3)) {
        out.push(placeholderRow(level1, level2, '指标1：'), placeholderRow(level1, level2, '……'));
      }
    }
  }
  return out;
}

function amount(rng: Rng): number {
  const scale = rng.pick([1, 10, 100, 1000]);
  const value = scale * (0.5 + 9.5 * rng.next());
  return rng.chance(0.35) ? Math.round(value) : round2(value);
}

function fundsFor(rng: Rng, needs: ContentNeeds): Partial<Record<FundsKey, Amounts>> {
  const annual = amount(rng);
  const initial =
    needs.initialIsBudget || rng.chance(0.7) ? annual : round2(annual * (0.6 + 0.5 * rng.next()));
  const rate = rng.chance(0.6) ? 1 : 0.6 + 0.4 * rng.next();
  const executed = round2(annual * rate);
  const funds: Partial<Record<FundsKey, Amounts>> = { total: { initial, annual, executed } };
  const parts = needs.fundsRows.filter((k) => k !== 'total');
  for (const key of parts) funds[key] = { initial: null, annual: null, executed: null };
  // the money comes from the fiscal row; some forms also carry a carry-over share
  const carry = parts.includes('carryOver') && rng.chance(0.2) ? round2(annual * 0.3) : 0;
  if (parts.includes('fiscal')) {
    funds.fiscal = {
      initial: round2(initial - carry),
      annual: round2(annual - carry),
      executed: round2(executed - Math.min(carry, executed)),
    };
  }
  if (carry > 0)
    funds.carryOver = { initial: carry, annual: carry, executed: round2(Math.min(carry, executed)) };
  // Sichuan-style rows are printed with zeros when unused
  for (const key of ['specialAccount', 'unitFunds'] as const) {
    if (parts.includes(key)) funds[key] = { initial: 0, annual: 0, executed: 0 };
  }
  return funds;
}

export function rateOf(a: Amounts, decimals: 0 | 2): number | null {
  if (a.annual === null || a.executed === null || a.annual === 0) return a.annual === 0 ? 0 : null;
  const rate = (a.executed / a.annual) * 100;
  return decimals === 2 ? round2(rate) : Math.round(rate);
}

export function gradeOf(score: number | null, grades: ContentNeeds['grades']): string {
  if (score === null) return '';
  return score >= 90 ? grades[0] : score >= 80 ? grades[1] : score >= 60 ? grades[2] : grades[3];
}

/** One form of the office; `year` keeps several forms of one file in the same year. */
export function makeContent(
  rng: Rng,
  part: Part,
  needs: ContentNeeds,
  office: Office,
  fixedYear?: number,
): FormContent {
  const year = fixedYear ?? rng.pick(needs.years);
  const sector = office.sector;
  let projectName = rng.pick(usable(sector.projects, part));
  if (rng.chance(0.15)) projectName = `${year}年${projectName}`;
  if (needs.codePrefix && rng.chance(0.5))
    projectName = `5104${rng.digits(2)}21R${rng.digits(12)}-${projectName}`;
  const split = rng.pick(needs.level1Splits);
  const level1Points: Record<Level1, number> = {
    产出指标: split[0],
    效益指标: split[1],
    满意度指标: split[2],
  };
  const funds = fundsFor(rng, needs);
  const rateDecimals = rng.chance(0.6) ? 2 : 0;
  const rate = rateOf(funds.total!, rateDecimals) ?? 0;
  let budgetScore: number | null = round2((needs.budgetWeight * Math.min(rate, 100)) / 100);
  if (rate < 100 && rate > 95 && rng.chance(0.3)) budgetScore = Math.floor(budgetScore); // 99.x % scored 9
  const planOnly = needs.codePrefix && rng.chance(0.15);
  const indicators = indicatorsFor(rng, part, sector, level1Points, needs);
  if (planOnly) {
    budgetScore = null;
    for (const ind of indicators) {
      ind.actual = '';
      ind.score = null;
      ind.deviation = '';
    }
  }
  const scored = indicators.reduce((sum, i) => sum + (i.score ?? 0), 0);
  let totalScore: number | null = planOnly ? null : round2(scored + (budgetScore ?? 0));
  if (totalScore !== null && rng.chance(0.06)) totalScore = round2(totalScore - 1); // states a total the rows don't give
  if (totalScore !== null && rng.chance(0.04)) totalScore = null; // total left empty
  const grade = gradeOf(totalScore, needs.grades);
  const fill = (text: string) => text.replace('{score}', String(totalScore ?? '')).replace('{grade}', grade);
  return {
    year,
    city: office.city,
    county: office.county,
    place: office.place,
    department: office.department,
    implementingUnit: office.implementingUnit,
    projectName,
    owner: rng.chance(0.08) ? '' : personName(rng, part),
    phone: rng.chance(0.1) ? '' : phoneNumber(rng),
    financeOwner: rng.chance(0.2) ? '' : personName(rng, part),
    reportingUnit: office.implementingUnit,
    fillDate: rng.chance(0.5)
      ? `${year + 1}年${rng.int(1, 4)}月${rng.int(1, 28)}日`
      : `${year + 1}-0${rng.int(1, 4)}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    funds,
    budgetWeight: needs.budgetWeight,
    budgetScore,
    rateDecimals,
    goals: { expected: rng.pick(usable(sector.goals, part)), actual: rng.pick(usable(GOAL_DONE, part)) },
    indicators,
    level1Points,
    totalScore,
    grade,
    conclusion: fill(rng.pick(usable(CONCLUSIONS, part))),
    problems: rng.pick(usable(PROBLEMS, part)),
    improvements: rng.pick(usable(IMPROVEMENTS, part)),
    implementation: rng.pick(usable(IMPLEMENTATION, part)),
    otherNotes: rng.pick(usable(OTHER_NOTES, part)),
    deviationSummary: indicators.some((i) => i.deviation !== '')
      ? indicators.find((i) => i.deviation !== '')!.deviation
      : rng.pick(['无', '各项指标均已完成，无偏差。']),
    projectCategory: rng.pick(['部门预算项目', '部门预算项目', '市直专项', '市对下转移支付项目']),
    projectAttribute: rng.pick(['持续性', '新增性']),
    planOnly,
  };
}
