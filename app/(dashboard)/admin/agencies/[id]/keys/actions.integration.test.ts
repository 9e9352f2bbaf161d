// The key page's actions as a form post makes them (no JavaScript needed): only the administrator,
// the key in the answer once, field errors in Persian, revocation only with the tick.
import { describe, expect, it } from 'vitest';
import { authenticateApiKey } from '@/lib/agencies/api-keys/authenticate-api-key';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

describe('API key actions', () => {
  it('create a key for the administrator alone and show it in the answer, then revoke it only with the tick', async () => {
    const db = await seededDb();
    const agency = await db.agency.findUniqueOrThrow({ where: { slug: 'inspection' } });
    const admin = await createActor(db, ['ADMIN']);
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
    const as = (a: typeof admin) => ({ as: { id: a.id, name: a.name, roles: [...a.roles] } });

    const refused = await callAction(
      createApiKeyAction,
      formOf({ agencyId: agency.id, label: 'سامانه', expiresInDays: '30', ratePerMinute: '10' }),
      as(liaison),
    );
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const invalid = await callAction(createApiKeyAction, formOf({ agencyId: agency.id, label: 'x', expiresInDays: '۹۹۹', ratePerMinute: '0' }), as(admin));
    expect(invalid.ok).toBe(false);
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(['expiresInDays', 'label', 'ratePerMinute']);
    expect(invalid.fieldErrors!.label![0]).toMatch(/[\u0600-\u06FF]/);
    expect(invalid.values).toMatchObject({ label: 'x', expiresInDays: '۹۹۹' });

    // Persian digits and blanks (the defaults) are fine.
    const created = await callAction(
      createApiKeyAction,
      formOf({ agencyId: agency.id, label: 'سامانهٔ بازرسی', expiresInDays: '۳۰', ratePerMinute: '' }),
      as(admin),
    );
    expect(created.ok).toBe(true);
    const key = created.data!.key;
    const identity = await authenticateApiKey({ key });
    expect(identity).toMatchObject({ agencyId: agency.id, ratePerMinute: 60 });

    const unticked = await callAction(revokeApiKeyAction, formOf({ agencyId: agency.id, apiKeyId: identity!.apiKeyId }), as(admin));
    expect(unticked).toMatchObject({ ok: false, fieldErrors: { confirmed: [expect.stringMatching(/[\u0600-\u06FF]/)] } });
    expect(await authenticateApiKey({ key })).not.toBeNull();
    const revoked = await callAction(revokeApiKeyAction, formOf({ agencyId: agency.id, apiKeyId: identity!.apiKeyId, confirmed: 'on' }), as(admin));
    expect(revoked.ok).toBe(true);
    expect(await authenticateApiKey({ key })).toBeNull();
  });
});
