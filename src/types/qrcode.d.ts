// The part of `qrcode` (1.5) jixiao uses; the package ships no types and @types/qrcode is not installed.
declare module 'qrcode' {
  const QRCode: { toBuffer: typeof toBuffer };
  export default QRCode;
  export function toBuffer(
    text: string,
    options?: {
      type?: 'png';
      errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
      margin?: number;
      scale?: number;
      width?: number;
    },
  ): Promise<Buffer>;
}
