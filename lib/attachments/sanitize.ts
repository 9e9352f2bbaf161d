import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { cleanPdf } from './clean-pdf';

/**
 * Per report or reply. `maxPixels`: 120 megapixels, well above today's phones (64 MP main cameras at
 * 9248×6936, 200 MP sensors write 50 MP by default) and panoramas such as 16000×4000; past it the file
 * is refused as too large, never as damaged. libvips decodes JPEG shrunk on load, so memory stays low.
 */
export const ATTACHMENT_LIMITS = { maxFiles: 5, maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024, maxPixels: 120_000_000 } as const;

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const ALLOWED_TYPES = [...IMAGE_TYPES, 'application/pdf'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

export type CleanFile = { bytes: Uint8Array; mimeType: AllowedType; size: number; sha256: string };

/** Why a file was refused; each reason has a Persian message (reports.attachments.*). */
export type RejectReason = 'type' | 'size' | 'pixels' | 'damaged';
export class RejectedFile extends Error {
  constructor(readonly reason: RejectReason) {
    super(reason);
  }
}

/**
 * Makes an upload safe to keep and show: the type is read from the bytes (never the name), checked
 * against the allow-list, and the file is rewritten so no metadata survives — images re-encoded
 * with sharp without EXIF/GPS/XMP (after applying the orientation); PDFs rebuilt with pdf-lib as a new
 * one-revision document holding only the pages' visible content: no scripts or actions, annotations,
 * forms, embedded files, XMP, info dictionary, /ID, objects of earlier revisions, JPEG EXIF or
 * resources no page draws with (see clean-pdf.ts). `maxBytes`: a report's limit unless the caller has its own
 * (a lesson's files, lib/training/lesson-files/lesson-file-types.ts). Encrypted PDFs, which pdf-lib cannot decrypt,
 * decompression bombs and PDFs drawing inline JPEGs are refused as 'damaged'.
 */
export async function sanitizeFile(bytes: Uint8Array, { maxBytes = ATTACHMENT_LIMITS.maxFileBytes }: { maxBytes?: number } = {}): Promise<CleanFile> {
  if (bytes.byteLength > maxBytes) throw new RejectedFile('size');
  const detected = await fileTypeFromBuffer(bytes);
  const mimeType = ALLOWED_TYPES.find((t) => t === detected?.mime);
  if (!mimeType) throw new RejectedFile('type');

  const clean = mimeType === 'application/pdf' ? await sanitizePdf(bytes) : await reencodeImage(bytes, mimeType);
  return { bytes: clean, mimeType, size: clean.byteLength, sha256: createHash('sha256').update(clean).digest('hex') };
}

async function reencodeImage(bytes: Uint8Array, mimeType: (typeof IMAGE_TYPES)[number]): Promise<Uint8Array> {
  // The header says how big the picture is; a picture past the limit is "too large", not "damaged".
  // No pixel limit on reading the header: sharp's default (268 MP) made a 900 MP picture "damaged".
  const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => ({ width: 0, height: 0 }));
  if (width * height > ATTACHMENT_LIMITS.maxPixels) throw new RejectedFile('pixels');
  try {
    // sharp writes no metadata unless asked to; rotate() first bakes in the EXIF orientation it drops.
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: ATTACHMENT_LIMITS.maxPixels })
      .rotate()
      .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true });
    const out = mimeType === 'image/jpeg' ? image.jpeg({ quality: 85, mozjpeg: true }) : mimeType === 'image/png' ? image.png() : image.webp({ quality: 85 });
    return new Uint8Array(await out.toBuffer());
  } catch {
    throw new RejectedFile('damaged');
  }
}

async function sanitizePdf(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await cleanPdf(bytes);
  } catch {
    // Unreadable, encrypted (pdf-lib cannot decrypt), page-less, a decompression bomb (inflate budget spent),
    // drawing an inline JPEG or a JPEG it cannot clean, or still holding an action after cleaning.
    throw new RejectedFile('damaged');
  }
}
