/**
 * Complete published forms found with the search tool, transcribed by hand (grids in the .ts files, expected
 * records hand-written in the .json files next to them). Most are held out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedRecord } from '../build.ts';
import type { TemplateId } from '../layout.ts';
import type { PrintedForm } from '../model.ts';
import type { Part } from '../split.ts';
import { printed as putuo } from './shanghai-putuo.ts';
import { printed as qingshen } from './sichuan-2023-qingshen.ts';
import { printed as zhongjiang } from './sichuan-linkage-zhongjiang.ts';

export interface RealForm {
  id: string;
  template: TemplateId;
  part: Part;
  source: string;
  printed: PrintedForm;
  expected: ExpectedRecord;
}

const expected = (id: string): ExpectedRecord =>
  JSON.parse(readFileSync(join(import.meta.dirname, `${id}.json`), 'utf8')) as ExpectedRecord;

export const REAL_FORMS: readonly RealForm[] = [
  {
    id: 'sichuan-2023-qingshen',
    template: 'sichuan-2023',
    part: 'holdout',
    source: 'https://www.scqs.gov.cn/info/13206/211004.htm',
    printed: qingshen,
    expected: expected('sichuan-2023-qingshen'),
  },
  {
    id: 'sichuan-linkage-zhongjiang',
    template: 'sichuan-linkage',
    part: 'holdout',
    source: 'https://chacewang.com/newsdetail/news242266.html',
    printed: zhongjiang,
    expected: expected('sichuan-linkage-zhongjiang'),
  },
  {
    id: 'shanghai-putuo',
    template: 'shanghai',
    part: 'dev',
    source: 'https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html',
    printed: putuo,
    expected: expected('shanghai-putuo'),
  },
];
