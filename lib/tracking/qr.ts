import QRCode from 'qrcode';

/** The code as an SVG QR image, so a reporter can keep it on their phone without writing it down. */
export function trackingCodeQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#064e3b', light: '#ffffff' } });
}
