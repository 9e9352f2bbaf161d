import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { loadInScope } from './application-access';

/** The full national code and mobile, for a vetter matching them by hand; every reveal is audited. */
export async function revealApplicantIdentity({ actor, memberId }: { actor: Actor; memberId: string }) {
  const m = await loadInScope({ actor, memberId });
  const db = await getDb();
  await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action: 'member.identity_revealed', objectType: 'member', objectId: m.id }));
  return {
    nationalCode: m.nationalCodeEnc ? decryptField('nationalCode', m.nationalCodeEnc) : null,
    mobile: m.user.mobileEnc ? decryptField('mobile', m.user.mobileEnc) : null,
  };
}
