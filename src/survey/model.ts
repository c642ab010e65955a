/** A satisfaction survey of one project's service recipients (issue 15) and what its answers add up to. */

export type QuestionType = 'scale5' | 'text';

export interface Question {
  id: string;
  type: QuestionType;
  text: string;
  optional?: boolean;
}

/** 满意度 = 满意人数 ÷ 有效调查人数 (SCORING §5), with the sample stated. */
export interface SurveyResult {
  responses: number;
  /** Responses that rated the overall question. */
  valid: number;
  /** Of those, rated 4 or 5 (满意, 非常满意). */
  satisfied: number;
  /** satisfied ÷ valid × 100, one decimal; null without a valid response. */
  rate: number | null;
  method: string;
  /** Whether the result was written into the form's 满意度 row. */
  applied: boolean;
  /** Why it was not written (a value a person typed is there; no valid response). */
  held?: string;
}

export interface Survey {
  id: string;
  token: string;
  formId: string;
  projectName: string | null;
  ownerId: string;
  questions: Question[];
  endsAt: Date;
  targetSample: number;
  status: 'open' | 'closed';
  codesRequired: boolean;
  secret: string;
  result: SurveyResult | null;
  createdAt: Date;
  closedAt: Date | null;
}

export const OVERALL = 'overall';
export const COMMENT = 'comment';

/** The default questionnaire: overall satisfaction on five points and an optional comment. */
export function defaultQuestions(projectName: string | null): Question[] {
  const what = projectName ? `「${projectName}」项目提供的服务` : '本项目提供的服务';
  return [
    { id: OVERALL, type: 'scale5', text: `您对${what}总体是否满意？` },
    { id: COMMENT, type: 'text', text: '您的意见或建议（选填）', optional: true },
  ];
}

/** The five points, worst first; 4 and 5 count as satisfied. */
export const SCALE = ['非常不满意', '不满意', '一般', '满意', '非常满意'] as const;
export const SATISFIED_FROM = 4;

export const METHOD =
  'jixiao 在线问卷（五级量表：非常满意、满意、一般、不满意、非常不满意；选「满意」「非常满意」计为满意；' +
  '每台设备一份、每个网络地址每小时限一份）';

/** Counts of the answers: a response is valid when it rated the overall question 1–5. */
export function tally(answers: Record<string, unknown>[]): Omit<SurveyResult, 'applied' | 'method'> {
  let valid = 0;
  let satisfied = 0;
  for (const a of answers) {
    const r = a[OVERALL];
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > 5) continue;
    valid++;
    if (r >= SATISFIED_FROM) satisfied++;
  }
  return {
    responses: answers.length,
    valid,
    satisfied,
    rate: valid > 0 ? Math.round((satisfied / valid) * 1000) / 10 : null,
  };
}
