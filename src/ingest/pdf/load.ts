import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
// The minified builds: the same code, about half the size to load (tsx transforms every module it imports).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.min.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

// Run the pdfjs "worker" in-process: no worker file is spawned or fetched.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** The installed package's own data files: fonts and CMaps are read from disk, never from the network. */
const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdfjs appends file names to these and reads them with fs in Node, so they are plain paths.
const dataDir = (name: string) => join(packageDir, name) + sep;

export type PdfDocument = pdfjs.PDFDocumentProxy;
export type PdfPage = pdfjs.PDFPageProxy;
export const OPS = pdfjs.OPS;

export function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  return pdfjs.getDocument({
    data: bytes.slice(), // pdfjs may detach the buffer it is given; keep the caller's intact
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataDir('standard_fonts'),
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
}
