// npm run audit:verify — recomputes the audit log's hash chain; exits 1 at the first altered event.
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { closeDb, getDb } from '@/lib/db/client';

try {
  const result = await verifyAuditChain(await getDb());
  if (result.ok) console.log(`Audit chain intact: ${result.events} event(s).`);
  else {
    console.error(`Audit chain BROKEN at event ${result.brokenAt} (of ${result.events}).`);
    process.exitCode = 1;
  }
} finally {
  await closeDb();
}
