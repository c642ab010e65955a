import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Test builders for Office files: a real package from the `docx` library, with the body swapped for hand XML. */

export async function packDocx(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Replaces the content of `<w:body>` in a docx made by the `docx` library (keeps its content types, rels, styles). */
export async function docxWithBody(bodyXml: string): Promise<Uint8Array> {
  const base = await packDocx(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
  const files = unzipSync(base);
  const xml = strFromU8(files['word/document.xml']!);
  const swapped = xml.replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${bodyXml}</w:body>`);
  files['word/document.xml'] = strToU8(swapped);
  return zipSync(files);
}

// Minimal WordprocessingML builders for the hand-written bodies.
export const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
export const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const tc = (content: string, props = ''): string =>
  `<w:tc><w:tcPr>${props}</w:tcPr>${content.startsWith('<') ? content : p(r(content))}</w:tc>`;
export const tr = (cells: string, rowProps = ''): string =>
  `<w:tr><w:trPr>${rowProps}</w:trPr>${cells}</w:tr>`;
export const tbl = (rows: string): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows}</w:tbl>`;
export const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
export const vRestart = '<w:vMerge w:val="restart"/>';
export const vContinue = '<w:vMerge/>';
