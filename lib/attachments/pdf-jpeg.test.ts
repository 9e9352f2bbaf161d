import { describe, expect, it } from 'vitest';
import { hasInlineJpeg } from './pdf-jpeg';

const content = (...parts: (string | Uint8Array)[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));
const jpegish = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x42, 0x49, 0x20, 0x2f, 0x45, 0x49, 0xff, 0xd9]);

describe('hasInlineJpeg', () => {
  it.each([
    ['/F /DCT', 'BI /W 4 /H 4 /CS /RGB /BPC 8 /F /DCT ID '],
    ['/Filter /DCTDecode', 'q BI /Width 4 /Height 4 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode ID '],
    ['an array of filters', 'Q\nBI /W 4 /H 4 /CS /G /BPC 8 /F [/A85 /DCT] ID '],
    ['an escaped name', 'BI/W 4/H 4/CS/RGB/BPC 8/F/DC#54 ID '],
    ['decode parameters, a decode array and a comment', 'BI /W 4 /H 4 /IM true /D [1 0] /DP << /K -1 /Columns 4 >> % note\n /F /DCTDecode ID '],
    ['after a non-DCT inline image', 'BI /W 1 /H 1 /CS /G /BPC 8 ID \x42\x49 /F /DCT EI Q BI /W 4 /H 4 /CS /RGB /BPC 8 /F /DCT ID '],
  ])('finds a DCT inline image written with %s', (_, dict) => {
    expect(hasInlineJpeg(content('BT /F1 12 Tf (text) Tj ET\n', dict, jpegish, '\nEI Q\n'))).toBe(true);
  });

  it.each([
    ['a non-DCT inline image', 'BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 00ff00ff> EI'],
    ['BI as part of a name or a word', '/BI gs (BIG DCT ID) Tj /OBI /DCT BDC EMC'],
    ['no inline image at all', 'BT /F1 12 Tf 72 700 Td (Hello) Tj ET /Im0 Do'],
    ['a BI with no ID', 'BI /W 2 /H 2 /F /DCT'],
  ])('finds none in %s', (_, text) => {
    expect(hasInlineJpeg(content(text))).toBe(false);
  });

  it('reads a long content stream full of BI operators in linear time', () => {
    const many = content('q BI ( '.repeat(200_000));
    const started = performance.now();
    expect(hasInlineJpeg(many)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
