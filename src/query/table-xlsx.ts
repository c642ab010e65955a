import ExcelJS from 'exceljs';
import type { AnswerTable } from './execute.ts';

/** An answer table as a one-sheet workbook, with the echoed query above it. */
export async function tableXlsx(table: AnswerTable, caption: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('查询结果');
  ws.addRow([caption]).font = { bold: true };
  ws.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) ws.addRow(row.map((c) => c ?? ''));
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 40 : 16;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
