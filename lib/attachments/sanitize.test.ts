import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, RejectedFile, sanitizeFile } from './sanitize';

async function jpegWithGps(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#ff0000' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'SecretPhone', Artist: 'Reporter Name' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 0/1' } })
      .toBuffer(),
  );
}

describe('sanitizeFile', () => {
  it('re-encodes a JPEG without its EXIF and GPS metadata', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(Buffer.from(original).includes('SecretPhone')).toBe(true);

    const clean = await sanitizeFile(original);
    expect(clean.mimeType).toBe('image/jpeg');
    const meta = await sharp(clean.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.width).toBe(64);
    expect(Buffer.from(clean.bytes).includes('SecretPhone')).toBe(false);
    expect(Buffer.from(clean.bytes).includes('Reporter Name')).toBe(false);
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects the type from the bytes, whatever the name claimed, and refuses what is not allowed', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 4, background: '#00ff00' } }).png().toBuffer());
    expect((await sanitizeFile(png)).mimeType).toBe('image/png');
    await expect(sanitizeFile(new TextEncoder().encode('<script>alert(1)</script>'))).rejects.toEqual(new RejectedFile('type'));
    const gif = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
    await expect(sanitizeFile(gif)).rejects.toMatchObject({ reason: 'type' });
  });

  it('refuses a damaged image and an oversize file', async () => {
    const truncated = (await jpegWithGps()).slice(0, 200);
    await expect(sanitizeFile(truncated)).rejects.toMatchObject({ reason: 'damaged' });
    await expect(sanitizeFile(new Uint8Array(ATTACHMENT_LIMITS.maxFileBytes + 1))).rejects.toMatchObject({ reason: 'size' });
  });

  it('re-saves a PDF without its author and producer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setAuthor('Reporter Name');
    doc.setProducer('SecretTool');
    const clean = await sanitizeFile(await doc.save());
    expect(clean.mimeType).toBe('application/pdf');
    const reread = await PDFDocument.load(clean.bytes);
    expect(reread.getAuthor() ?? '').toBe('');
    expect(Buffer.from(clean.bytes).includes('SecretTool')).toBe(false);
    expect(reread.getPageCount()).toBe(1);
  });
});
