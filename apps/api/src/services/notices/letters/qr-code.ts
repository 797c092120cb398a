import QRCode from 'qrcode';

/**
 * The booking link as a QR code PNG. Error correction M survives a smudged or folded
 * letter; the quiet zone is part of the image so nothing printed can crowd it.
 */
export function qrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 4 });
}
