import 'server-only';
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';

/** The largest file the verification page hashes: an annual report is a few megabytes; this leaves room. */
export const VERIFY_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The SHA-256 (lower-case hex) of a file a person uploaded on /verify/report/<code>, read in chunks and never stored.
 * Errors: VALIDATION (fieldErrors.file 'fileMissing') for an empty or absent file; PAYLOAD_TOO_LARGE (fieldErrors.file
 * 'fileTooLarge') over VERIFY_UPLOAD_MAX_BYTES.
 */
export async function hashUpload(file: unknown): Promise<string> {
  if (!(file instanceof Blob) || file.size === 0) throw new AppError('VALIDATION', 'no file', { fieldErrors: { file: ['fileMissing'] } });
  if (file.size > VERIFY_UPLOAD_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'file too large', { fieldErrors: { file: ['fileTooLarge'] } });
  const hash = createHash('sha256');
  const reader = file.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) hash.update(chunk.value);
  return hash.digest('hex');
}
