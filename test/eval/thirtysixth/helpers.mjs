// Helpers of the thirty-sixth part (helper "blind53"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-sixth part").
import { money, norm, noSat, rows, satDoubt, satNoPoints, satNotDone } from '../lib/corpus.mjs';
import { conv, F, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** The sole owner named (a cell naming two people is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 城乡管理办公室 as 实施单位, as written (城乡建设办公室 and 「城乡办、平安办」 may be read as it: optional where used). */
export const CX = (r) => norm(r.implementingUnit).includes('城乡管理办公室');
export const CX_MAYBE = (r) => ['003-054', '003-095'].includes(r.id);

/** The form of an id (a line names the project in its question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

/** A count over forms where some are optional: any count from the required ones up to required ∪ optional. */
export const countTol = (d, must, may = () => false) => {
  const lo = F(d, must).length;
  const hi = F(d, (r) => must(r) || may(r)).length;
  return d.countRange(lo, hi);
};

/** A doubtful record (satDoubt: no satisfaction row read, one in the text) whose text says 未做 on that row: 2023 年集中供暖
 * 补助, 体制资金-事业发展经费, 无军籍职工退休人员经费 (「服务对象满意度… 5 0 未做」). The fourth doubtful record,
 * 民生实事及基层建设-2023 年度社区建设经费, scores its row 10 of 10 in the text: it is not optional where 未做 is asked. */
export const doubtNotDone = (r) => satDoubt(r) && ['003-041', '003-139', '003-142'].includes(r.id);
/** 「满意度调查没做」 reads three ways (README, `noSurvey`): a satisfaction row that says 未做, no satisfaction row at
 * all, or either; a doubtful record (satDoubt) is optional under the readings of "no row" (under 未做 only where its text
 * says 未做), a form whose satisfaction rows carry no points too. Returns [must, may] tests for each reading. */
export const SURVEY_READINGS = [
  [satNotDone, (r) => satNotDone(r) || doubtNotDone(r)],
  [noSat, (r) => noSat(r) || satDoubt(r) || satNoPoints(r)],
  [(r) => noSat(r) || satNotDone(r), (r) => noSat(r) || satNotDone(r) || satDoubt(r) || satNoPoints(r)],
];
/** The forms of a pool with no survey, every reading that requires at least one form (a reading under which an empty
 * answer would pass is left out, as `noSurvey` does); `extraMust` / `extraMay` narrow further (an amount band read strict
 * / inclusive). */
export const noSurveyIn = (d, pool, extraMust = () => true, extraMay = extraMust) =>
  d.anyOf(
    ...SURVEY_READINGS.map(([must, may]) =>
      d.setTol(
        F(d, (r) => pool(r) && must(r) && extraMust(r)),
        F(d, (r) => pool(r) && may(r) && extraMay(r)),
      ),
    ).filter((e) => e.must.length > 0),
  );
/** The count of noSurveyIn: every reading's range (a reading that requires no form is left out: 0 would pass). */
export const noSurveyCount = (d, pool) =>
  d.anyOf(
    ...SURVEY_READINGS.map(([must, may]) =>
      countTol(
        d,
        (r) => pool(r) && must(r),
        (r) => pool(r) && may(r),
      ),
    ).filter((e) => e.value > 0),
  );

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** Number of real indicator rows of a form. */
export const nRows = (r) => rows(r).length;
