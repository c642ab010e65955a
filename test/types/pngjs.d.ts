// The part of `pngjs` (3.x) the tests use to decode a QR code PNG; the package ships no types.
declare module 'pngjs' {
  export const PNG: {
    sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
  };
}
