import { describe, expect, it } from 'vitest';
import { htmlGrids, isHtml } from '../../src/ingest/html.ts';
import { isPipePaste, pipeGrid } from '../../src/ingest/paste-pipe.ts';
import { isTsvPaste, splitTsv } from '../../src/ingest/paste-tsv.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { readTextForms, textLayout } from '../../src/ingest/text.ts';
import type { FormRecord } from '../../src/record/record.ts';

/**
 * Pasted tables written by hand: one small 财政部 2020 form as Excel/WPS copy it (TAB-separated), as a markdown
 * table, as a web page's text and as a browser's clipboard HTML. Each must read to the same record.
 */

const CRLF = '\r\n';

/** Excel's clipboard: a merged cell's text in its top-left position, the rest of the merge empty; quoted cells. */
const EXCEL = [
  '项目支出绩效自评表\t\t\t\t\t\t\t\t',
  '（2023年度）\t\t\t\t\t\t\t\t',
  '项目名称\t社区助餐服务|一期\t\t\t\t\t\t\t',
  '主管部门\t某区民政局\t\t\t\t实施单位\t某街道办事处\t\t',
  '项目负责人\t王芳\t\t\t\t联系电话\t010-12345678\t\t',
  '项目资金（万元）\t\t\t"年初\n预算数"\t"全年\n预算数"\t"全年\n执行数"\t分值\t执行率\t得分',
  '\t年度资金总额\t\t100\t120\t114\t10\t95%\t9.5',
  '\t其中：当年财政拨款\t\t100\t120\t114\t—\t95%\t—',
  '\t上年结转资金\t\t\t\t\t—\t\t—',
  '\t其他资金\t\t\t\t\t—\t\t—',
  '"年度\n总体\n目标"\t预期目标\t\t\t\t实际完成情况\t\t\t',
  '\t为辖区老人提供助餐服务，全年不少于5000人次。\t\t\t\t"已完成，全年助餐5200人次，\n""一刻钟""服务圈覆盖全部社区。"\t\t\t',
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '\t产出指标\t数量指标\t助餐人次\t≥5000人次\t5200人次\t30\t30\t',
  '\t\t质量指标\t"餐食抽检\n合格率"\t100%\t100%\t20\t20\t',
  '\t效益指标\t社会效益指标\t老人就餐便利程度\t明显改善\t改善\t30\t28\t"部分小区覆盖不足，\n下年增设助餐点。"',
  '\t满意度指标\t服务对象满意度指标\t老人满意度\t≥90%\t93%\t10\t10\t',
  '总分\t\t\t\t\t\t100\t97.5\t',
].join(CRLF);

/** Cell by cell, what every shape of the paste must read to. */
function expectForm(record: FormRecord): void {
  expect(record.year).toBe(2023);
  expect(record.projectName).toBe('社区助餐服务|一期');
  expect(record.department).toBe('某区民政局');
  expect(record.implementingUnit).toBe('某街道办事处');
  expect(record.owner).toBe('王芳');
  expect(record.phone).toBe('010-12345678');
  expect(record.funds.total.initialBudget.value).toBe(100);
  expect(record.funds.total.annualBudget.value).toBe(120);
  expect(record.funds.total.executed.value).toBe(114);
  expect(record.funds.total.weight.value).toBe(10);
  expect(record.funds.total.rate.value).toBe(95);
  expect(record.funds.total.score.value).toBe(9.5);
  expect(record.funds.fiscal.executed.value).toBe(114);
  expect(record.funds.fiscal.weight.raw).toBe('—');
  expect(record.funds.carryOver.initialBudget.raw).toBe('');
  expect(record.funds.other.score.raw).toBe('—');
  expect(record.goals.expected).toBe('为辖区老人提供助餐服务，全年不少于5000人次。');
  expect(record.goals.actual?.replace(/\s+/g, '')).toBe(
    '已完成，全年助餐5200人次，"一刻钟"服务圈覆盖全部社区。',
  );
  expect(record.indicators.map((i) => [i.level1, i.level2, i.name.replace(/\s+/g, '')])).toEqual([
    ['产出指标', '数量指标', '助餐人次'],
    ['产出指标', '质量指标', '餐食抽检合格率'],
    ['效益指标', '社会效益指标', '老人就餐便利程度'],
    ['满意度指标', '服务对象满意度指标', '老人满意度'],
  ]);
  expect(record.indicators.map((i) => [i.target, i.actual, i.weight, i.score])).toEqual([
    ['≥5000人次', '5200人次', 30, 30],
    ['100%', '100%', 20, 20],
    ['明显改善', '改善', 30, 28],
    ['≥90%', '93%', 10, 10],
  ]);
  expect(record.indicators[2]?.deviation.replace(/\s+/g, '')).toBe('部分小区覆盖不足，下年增设助餐点。');
  expect(record.indicators[0]?.deviation).toBe('');
  expect(record.totalWeight).toBe(100);
  expect(record.totalScore).toBe(97.5);
}

const MARKDOWN = `**项目支出绩效自评表**

（2023年度）

| 项目名称 | 社区助餐服务\\|一期 |  |  |  |  |  |  |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 主管部门 | 某区民政局 |  |  |  | 实施单位 | 某街道办事处 |  |  |
| 项目负责人 | 王芳 |  |  |  | 联系电话 | 010-12345678 |  |  |
| 项目资金（万元） |  |  | 年初<br>预算数 | 全年<br>预算数 | 全年<br>执行数 | 分值 | 执行率 | 得分 |
|  | 年度资金总额 |  | 100 | 120 | 114 | 10 | 95% | 9.5 |
|  | 其中：当年财政拨款 |  | 100 | 120 | 114 | — | 95% | — |
|  | 上年结转资金 |  |  |  |  | — |  | — |
|  | 其他资金 |  |  |  |  | — |  | — |
| 年度<br>总体<br>目标 | 预期目标 |  |  |  | 实际完成情况 |  |  |  |
|  | 为辖区老人提供助餐服务，全年不少于5000人次。 |  |  |  | 已完成，全年助餐5200人次，<br>"一刻钟"服务圈覆盖全部社区。 |  |  |  |
| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
|  | 产出指标 | 数量指标 | 助餐人次 | ≥5000人次 | 5200人次 | 30 | 30 |  |
|  |  | 质量指标 | 餐食抽检<br>合格率 | 100% | 100% | 20 | 20 |  |
|  | 效益指标 | 社会效益指标 | 老人就餐便利程度 | 明显改善 | 改善 | 30 | 28 | 部分小区覆盖不足，<br>下年增设助餐点。 |
|  | 满意度指标 | 服务对象满意度指标 | 老人满意度 | ≥90% | 93% | 10 | 10 |  |
| 总分 |  |  |  |  |  | 100 | 97.5 |  |
`;

/** A web page's table as text: one row per line, only the cells that start in the row (no `|` inside cells). */
const WEB = `项目支出绩效自评表
（2023年度）
项目名称 | 社区助餐服务一期 |
主管部门 | 某区民政局 | 实施单位 | 某街道办事处 |
项目负责人 | 王芳 | 联系电话 | 010-12345678 |
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 100 | 120 | 114 | 10 | 95% | 9.5 |
其中：当年财政拨款 | 100 | 120 | 114 | — | 95% | — |
上年结转资金 |  |  |  | — |  | — |
其他资金 |  |  |  | — |  | — |
年度总体目标 | 预期目标 | 实际完成情况 |
为辖区老人提供助餐服务，全年不少于5000人次。 | 已完成，全年助餐5200人次，"一刻钟"服务圈覆盖全部社区。 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
产出指标 | 数量指标 | 助餐人次 | ≥5000人次 | 5200人次 | 30 | 30 |  |
质量指标 | 餐食抽检合格率 | 100% | 100% | 20 | 20 |  |
效益指标 | 社会效益指标 | 老人就餐便利程度 | 明显改善 | 改善 | 30 | 28 | 部分小区覆盖不足，下年增设助餐点。 |
满意度指标 | 服务对象满意度指标 | 老人满意度 | ≥90% | 93% | 10 | 10 |  |
总分 | 100 | 97.5 |  |
`;

const td = (text: string, span = '') => `<td${span} style="border: 1px solid rgb(0, 0, 0);">${text}</td>`;

/** A browser's clipboard: `<meta charset>`, inline styles, rowspan/colspan, entities, `<br>`. */
const HTML = `<meta charset='utf-8'><h2 style="text-align: center;">项目支出绩效自评表</h2>
<p style="text-align: center;">（2023年度）</p>
<table style="border-collapse: collapse;"><tbody>
<tr>${td('项目名称')}${td('社区助餐服务|一期', ' colspan="8"')}</tr>
<tr>${td('主管部门')}${td('某区民政局', ' colspan="4"')}${td('实施单位')}${td('某街道办事处', ' colspan="3"')}</tr>
<tr>${td('项目负责人')}${td('王芳', ' colspan="4"')}${td('联系电话')}${td('010-12345678', ' colspan="3"')}</tr>
<tr>${td('项目资金（万元）', ' rowspan="5" colspan="2"')}${td('')}${td('年初<br>预算数')}${td('全年<br/>预算数')}${td('全年<br>执行数')}${td('分值')}${td('执行率')}${td('得分')}</tr>
<tr>${td('年度资金总额')}${td('100')}${td('120')}${td('114')}${td('10')}${td('95%')}${td('9.5')}</tr>
<tr>${td('其中：当年财政拨款')}${td('100')}${td('120')}${td('114')}${td('&mdash;')}${td('95%')}${td('&#x2014;')}</tr>
<tr>${td('上年结转资金')}${td('')}${td('')}${td('')}${td('—')}${td('')}${td('—')}</tr>
<tr>${td('其他资金')}${td('')}${td('')}${td('')}${td('—')}${td('')}${td('—')}</tr>
<tr>${td('年度<br>总体<br>目标', ' rowspan="2"')}${td('预期目标', ' colspan="4"')}${td('实际完成情况', ' colspan="4"')}</tr>
<tr>${td('为辖区老人提供助餐服务，全年不少于5000人次。', ' colspan="4"')}${td('已完成，全年助餐5200人次，<br>&quot;一刻钟&quot;服务圈覆盖全部社区。', ' colspan="4"')}</tr>
<tr>${td('绩效<br>指标', ' rowspan="6"')}${td('一级指标')}${td('二级指标')}${td('三级指标')}${td('年度指标值')}${td('实际完成值')}${td('分值')}${td('得分')}${td('偏差原因分析及改进措施')}</tr>
<tr>${td('产出指标', ' rowspan="2"')}${td('数量指标')}${td('助餐人次')}${td('&ge;5000人次')}${td('5200人次')}${td('30')}${td('30')}${td('')}</tr>
<tr>${td('质量指标')}${td('<span>餐食抽检</span><br>合格率')}${td('100%')}${td('100%')}${td('20')}${td('20')}${td('')}</tr>
<tr>${td('效益指标')}${td('社会效益指标')}${td('老人就餐便利程度')}${td('明显改善')}${td('改善')}${td('30')}${td('28')}${td('部分小区覆盖不足，<br>下年增设助餐点。')}</tr>
<tr>${td('满意度指标')}${td('服务对象满意度指标')}${td('老人满意度')}${td('≥90%')}${td('93%')}${td('10')}${td('10')}${td('')}</tr>
<tr>${td('总分', ' colspan="7"')}${td('100')}${td('97.5')}${td('')}</tr>
</tbody></table>
<p>填表人：李四</p>`;

describe('pasted tables', () => {
  it('reads Excel/WPS tab-separated rows (CRLF, quoted cells with line breaks and doubled quotes)', () => {
    expect(textLayout(EXCEL)).toBe('tsv');
    const { layout, forms } = readTextForms(EXCEL);
    expect(layout).toBe('tsv');
    expect(forms).toHaveLength(1);
    expectForm(forms[0]!.record);
  });

  it('reads the same rows after a chat box turned CRLF into LF and trimmed the end', () => {
    const chat = EXCEL.replaceAll(CRLF, '\n').trimEnd();
    expect(textLayout(chat)).toBe('tsv');
    expectForm(readTextForms(chat).forms[0]!.record);
  });

  it('reads a markdown table (separator row, <br>, escaped pipes) and a web page table as text', () => {
    expect(textLayout(MARKDOWN)).toBe('pipe');
    expectForm(readTextForms(MARKDOWN).forms[0]!.record);
    expect(textLayout(WEB)).toBe('pipe');
    const web = readTextForms(WEB).forms[0]!.record;
    expectForm({ ...web, projectName: '社区助餐服务|一期' });
    expect(web.projectName).toBe('社区助餐服务一期');
  });

  it('reads a browser clipboard HTML fragment (rowspan, colspan, entities, nested inline tags)', () => {
    expect(textLayout(HTML)).toBe('html');
    expectForm(readTextForms(HTML).forms[0]!.record);
  });

  it('reads an uploaded .html file by its content, whatever its name, and refers to cells by table', async () => {
    const page = `<!DOCTYPE html><html><head><title>x</title><style>td{border:1px}</style></head><body>${HTML}</body></html>`;
    const result = await readDocument(new TextEncoder().encode(page), { name: 'form.txt' });
    expect(result).toMatchObject({ format: 'text', layout: 'html' });
    expectForm(result.forms[0]!.record);
    expect(result.forms[0]!.provenance.projectName?.ref).toBe('T2 R1C2');
  });

  it('reads two forms stacked in one paste', () => {
    const two = `${EXCEL}${CRLF}\t\t\t\t\t\t\t\t${CRLF}${EXCEL.replace('王芳', '赵强')}${CRLF}`;
    const forms = readTextForms(two).forms;
    expect(forms.map((f) => f.record.owner)).toEqual(['王芳', '赵强']);
    expectForm({ ...forms[1]!.record, owner: '王芳' });
  });

  it('says no form was found for a table that is not a form', () => {
    const table = Array.from({ length: 8 }, (_, i) => `姓名${i}\t部门${i}\t电话${i}`).join('\n');
    expect(textLayout(table)).toBe('tsv');
    expect(() => readTextForms(table)).toThrow(/没有在文本中找到项目支出绩效自评表/);
    expect(() => readTextForms('<table><tr><td>a</td></tr></table>')).toThrow(/项目支出绩效自评表/);
  });
});

describe('paste detection and splitting', () => {
  it('keeps Word-copied text (a TAB before each cell, one cell per line) and pdftotext apart', () => {
    const word = [
      '\t项目名称',
      '\t社区助餐服务',
      '',
      '\t主管部门',
      '\t某区民政局',
      '\t实施单位',
      '\t某街道',
    ].join('\n');
    expect(isTsvPaste(word)).toBe(false);
    expect(textLayout(word)).toBe('word-text');
    const pdf =
      '项目名称 社区助餐服务\n主管部门 某区民政局 实施单位 某街道办事处\n年度资金总额 100 120 114 10 95% 9.5';
    expect(textLayout(pdf)).toBe('pdf-text');
    expect(isPipePaste(pdf)).toBe(false);
    expect(isHtml('<p>没有表格</p>')).toBe(false);
  });

  it('splits quoted cells only where a quote opens the cell and closes before a TAB or line end', () => {
    expect(splitTsv('a\t"b\nc"\td\r\n"x ""y"""\t"z" w\t"open')).toEqual([
      ['a', 'b\nc', 'd'],
      ['x "y"', '"z" w', '"open'],
    ]);
  });

  it('builds grids with merges from HTML and cells per position from `|` tables', () => {
    const [grid] = htmlGrids(
      '<table><tr><td rowspan=2>A</td><td colspan="2">B&amp;C</td></tr><tr><td>D</td><td>E</td></tr></table>',
    );
    expect(grid!.at(1, 0)?.text).toBe('A');
    expect(grid!.at(0, 2)?.text).toBe('B&C');
    expect(grid!.at(1, 1)?.text).toBe('D');
    expect(grid!.at(1, 2)?.text).toBe('E');
    const pipe = pipeGrid('| a | b\\|c |\n| --- | --- |\n| <br>d |  |\n');
    expect(pipe.cells.map((c) => c.text)).toEqual(['a', 'b|c', 'd', '']);
  });
});
