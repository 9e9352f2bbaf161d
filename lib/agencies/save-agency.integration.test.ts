import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { parseAgencyForm } from './agency-input';
import { getAgencyForAdmin, listAgenciesForAdmin } from './list-agencies-for-admin';
import { saveAgency } from './save-agency';
import { suggestAgencies } from './suggest-agencies';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};

describe('agencies as reference data', () => {
  it('lets only the administrator create and edit an agency, what it handles feeding the referral form', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const water = await db.category.findUniqueOrThrow({ where: { slug: 'public-health' } });
    const slug = `water-${uniqueSuffix()}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    const parsed = parseAgencyForm(
      form({ name: 'شرکت آب و فاضلاب یزد', nameEn: 'Yazd Water', slug, provinceId: '22', answerDays: '20', active: 'on', categoryIds: [String(water.id)] }),
    );
    expect(parsed.success).toBe(true);
    await expect(saveAgency({ actor: national, input: parsed.data! })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await saveAgency({ actor: admin, input: parsed.data! });
    expect(await getAgencyForAdmin({ actor: admin, agencyId: id })).toMatchObject({ provinceId: 22, answerDays: 20, acknowledgeDays: null, active: true });
    expect((await listAgenciesForAdmin({ actor: admin })).map((a) => a.id)).toContain(id);
    await expect(listAgenciesForAdmin({ actor: national })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.auditEvent.count({ where: { action: 'agency.saved', objectId: id } })).toBe(1);

    // Suggested for a public-health report in Yazd, not in another province.
    const inYazd = await suggestAgencies(db, { id: '00000000-0000-7000-8000-000000000000', categoryId: water.id, provinceId: 22 });
    expect(inYazd.find((a) => a.id === id)).toMatchObject({ suggested: true, national: false });
    expect((await suggestAgencies(db, { id: '00000000-0000-7000-8000-000000000000', categoryId: water.id, provinceId: 1 })).map((a) => a.id)).not.toContain(id);

    // Deactivated: off the referral form; the same slug cannot be taken twice.
    const off = parseAgencyForm(form({ name: 'شرکت آب و فاضلاب یزد', nameEn: 'Yazd Water', slug, provinceId: '22', categoryIds: [] }));
    await saveAgency({ actor: admin, agencyId: id, input: off.data! });
    expect((await suggestAgencies(db, { id: '00000000-0000-7000-8000-000000000000', categoryId: water.id, provinceId: 22 })).map((a) => a.id)).not.toContain(
      id,
    );
    await expect(saveAgency({ actor: admin, input: parsed.data! })).rejects.toMatchObject({ fieldErrors: { slug: ['slugTaken'] } });
  });

  it('refuses bad input with a field message and keeps nothing', () => {
    const bad = parseAgencyForm(form({ name: 'x', nameEn: 'Yazd', slug: 'Not A Slug', provinceId: '40', answerDays: '0', categoryIds: ['a'] }));
    expect(bad.success).toBe(false);
    const fields = Object.keys(bad.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(['answerDays', 'categoryIds', 'name', 'provinceId', 'slug']);
  });
});
