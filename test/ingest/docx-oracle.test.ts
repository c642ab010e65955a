import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import { corpusPath, hasCorpus, NO_CORPUS } from '../helpers/corpus.ts';
import { OFFICE_FILES } from './office-corpus.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Every table of mammoth's HTML as `colspan x rowspan: text` per origin cell, whitespace removed. */
function mammothCells(html: string): string[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<td(?: colspan="(\d+)")?(?: rowspan="(\d+)")?>([\s\S]*?)<\/td>/g)].map(
      ([, colSpan = '1', rowSpan = '1', inner = '']) =>
        `${colSpan}x${rowSpan}:${inner
          .replace(/<[^>]+>/g, '')
          .replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITIES[e]!)
          .replace(/\s+/g, '')}`,
    ),
  );
}

// mammoth (EXTRACTION.md's oracle) agrees on spans and text for the corpus tables, which have no
// gridBefore/sdt rows (where mammoth is known to be wrong).
describe.skipIf(!hasCorpus)(`docx reader against mammoth ${hasCorpus ? '' : NO_CORPUS}`, () => {
  // dev-003 (128 tables) alone takes mammoth ~20 s; its tables are covered by the corpus agreement test.
  it.each(OFFICE_FILES.filter((f) => f.id !== 'dev-003'))(
    '$id: same cells, spans and text as mammoth',
    async ({ id }) => {
      const bytes = readFileSync(corpusPath('files', `${id}.docx`));
      const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
      const grids = await readDocxGrids(bytes, DEFAULT_LIMITS);
      const mine = grids.map((grid) =>
        grid.cells
          .filter((cell) => /R\d+C\d+$/.test(cell.src.ref ?? '')) // leave out the leading paragraphs
          .map((cell) => `${cell.colSpan}x${cell.rowSpan}:${cell.text.replace(/\s+/g, '')}`),
      );
      expect(mine).toEqual(mammothCells(html));
    },
  );
});
