// The minified builds ship no typings of their own: they are the same modules as the plain builds.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
// The worker's only use here is its presence (pdfjs runs it on the main thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
