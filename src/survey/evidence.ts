import ExcelJS from 'exceljs';
import { addEvidenceSheets, type Evidence, XLSX_MIME } from '../export/xlsx.ts';
import { shanghaiDate } from '../remind/calendar.ts';
import { METHOD, SCALE, type Survey } from './model.ts';
import type { SurveyStore } from './store.ts';

/** A survey's evidence: the question text, how it was run, the result, and every answer (no personal data). */
export async function surveyEvidence(surveys: SurveyStore, survey: Survey): Promise<Evidence> {
  const answers = await surveys.responses(survey.id);
  const r = survey.result;
  const time = (d: Date) =>
    `${shanghaiDate(d)} ${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;
  return {
    sheet: `满意度调查 ${survey.id}`,
    lines: [
      `项目：${survey.projectName ?? '（未填写项目名称）'}　调查编号：${survey.id}`,
      `调查时间：${time(survey.createdAt)} 至 ${time(survey.closedAt ?? survey.endsAt)}　目标样本：${survey.targetSample} 份`,
      ...survey.questions.map(
        (q, i) =>
          `第${i + 1}题：${q.text}${q.type === 'scale5' ? `（${[...SCALE].reverse().join('/')}）` : ''}`,
      ),
      `方法：${r?.method ?? METHOD}`,
      r
        ? `结果：回收 ${r.responses} 份，有效 ${r.valid} 份，满意 ${r.satisfied} 人，满意度 ${r.rate ?? '—'}%（满意人数 ÷ 有效调查人数）`
        : `进行中：已回收 ${answers.length} 份`,
    ],
    columns: ['序号', '提交时间', ...survey.questions.map((_q, i) => `第${i + 1}题`)],
    rows: answers.map((a, i) => [
      i + 1,
      time(a.createdAt),
      ...survey.questions.map((q) => {
        const v = a.answers[q.id];
        if (q.type === 'scale5')
          return typeof v === 'number' ? `${v} ${SCALE[v - 1] ?? ''}`.trim() : '（未答）';
        return typeof v === 'string' ? v : '';
      }),
    ]),
  };
}

/** The evidence as its own workbook (sent in the chat when the survey closes). */
export async function evidenceXlsx(evidence: Evidence): Promise<{ bytes: Uint8Array; mime: string }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  addEvidenceSheets(wb, [evidence]);
  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), mime: XLSX_MIME };
}
