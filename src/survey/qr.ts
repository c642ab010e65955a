import QRCode from 'qrcode';

/** The survey link as a PNG QR code, made locally (nothing fetched): for posters and the chat. */
export async function qrPng(url: string): Promise<Uint8Array> {
  const png = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });
  return new Uint8Array(png);
}
