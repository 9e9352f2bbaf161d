import 'server-only';
import { deriveKey } from '@/lib/crypto/keys';
import { seal, unseal } from '@/lib/crypto/seal';

// The verification code is printed on the PDF, so it is no secret from whoever holds the document; the staff list
// shows it from this sealed copy (AES-256-GCM under a key derived for this purpose alone), so a copy of the
// database by itself does not reveal the codes. The public page finds a report by the code's keyed hash only.
const key = () => deriveKey('annual-report-verify-code');

export const sealVerifyCode = (code: string): string => seal(code, key());

/** Null when the sealed text was altered or the application secret changed. */
export const unsealVerifyCode = (sealed: string): string | null => unseal(sealed, key());
