import 'server-only';
import { purposeSeal } from '@/lib/crypto/purpose-seal';

// The verification code is printed on the PDF, so it is no secret from whoever holds the document; the staff list
// shows it from this sealed copy (AES-256-GCM under a key derived for this purpose alone), so a copy of the
// database by itself does not reveal the codes. The public page finds a report by the code's keyed hash only.
const sealer = purposeSeal('annual-report-verify-code');

export const sealVerifyCode = (code: string): string => sealer.seal(code);

/** Null when the sealed text was altered or the application secret changed. */
export const unsealVerifyCode = (sealed: string): string | null => sealer.unseal(sealed);
