// Reference data (issue #15): categories and the spelling of places, on the real database. Each test
// makes its own category; a renamed province or county is spelled back at the end (others read them).
import { describe, expect, it } from 'vitest';
import { saveAgency } from '@/lib/agencies/save-agency';
import { parseAgencyForm } from '@/lib/agencies/agency-input';
import { saveCategoryAction } from '@/app/(dashboard)/admin/categories/actions';
import { renamePlaceAction } from '@/app/(dashboard)/admin/places/actions';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { getReportForReview } from '@/lib/reports/get-report-for-review';
import { reportFormOptions } from '@/lib/reports/form-options';
import { submitReport } from '@/lib/reports/submit-report';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, expectViewer, reportInput } from '@/lib/testing/reports';
import { seed } from '@/prisma/seed';
import { getCategoryForAdmin, listCategoriesForAdmin } from './list-categories-for-admin';
import { getProvinceForAdmin, listProvincesForAdmin } from './list-places-for-admin';
import { parseCategoryForm, slugFrom } from './reference-input';
import { renamePlace } from './rename-place';
import { saveCategory } from './save-category';

const rateKey = () => `test-${uniqueSuffix()}`;
const categoryForm = (fields: Record<string, string>) => parseCategoryForm(formOf(fields)).data!;
const lastAudit = (db: Awaited<ReturnType<typeof seededDb>>, action: string, objectId: string) =>
  db.auditEvent.findFirstOrThrow({ where: { action, objectId }, orderBy: { id: 'desc' } });

describe('categories', () => {
  it('are managed by the administrator alone, every change audited with before and after', async () => {
    const db = await seededDb();
    const [admin, national] = [await createActor(db, ['ADMIN']), await createActor(db, ['NATIONAL_OFFICE'])];
    const nameEn = `Street Lights ${uniqueSuffix()}`;
    const input = categoryForm({ name: `روشنایی معابر ${uniqueSuffix()}`, nameEn, slug: '', sortOrder: '', active: 'on' });

    await expect(saveCategory({ actor: national, input })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listCategoriesForAdmin({ actor: national })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await saveCategory({ actor: admin, input });
    const created = await getCategoryForAdmin({ actor: admin, categoryId: String(id) });
    const last = Math.max(...(await listCategoriesForAdmin({ actor: admin })).filter((c) => c.id !== id).map((c) => c.sortOrder));
    expect(created).toMatchObject({ slug: slugFrom(nameEn), name: input.name, nameEn, active: true, sortOrder: last + 1 });
    expect((await lastAudit(db, 'category.saved', String(id))).meta).toEqual({
      before: null,
      after: { slug: created.slug, name: input.name, nameEn, sortOrder: last + 1, active: true },
    });

    // The same names (English in another case) or slug again: a message on the field.
    const again = categoryForm({ name: input.name, nameEn: nameEn.toUpperCase(), slug: created.slug, active: 'on' });
    await expect(saveCategory({ actor: admin, input: again })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { name: ['nameTaken'], nameEn: ['nameEnTaken'], slug: ['slugTaken'] },
    });
    await expect(saveCategory({ actor: admin, input: categoryForm({ name: 'نام دیگر', nameEn: '«»', active: 'on' }) })).rejects.toMatchObject({
      fieldErrors: { slug: ['slugNeeded'] },
    });

    // An edit: new spelling and order; the slug stays whatever the form says.
    await saveCategory({
      actor: admin,
      categoryId: id,
      input: categoryForm({ name: `${input.name} نو`, nameEn, slug: 'other-slug', sortOrder: '۵۰۰', active: 'on' }),
    });
    expect(await getCategoryForAdmin({ actor: admin, categoryId: String(id) })).toMatchObject({ slug: created.slug, name: `${input.name} نو`, sortOrder: 500 });
    expect((await lastAudit(db, 'category.saved', String(id))).meta).toMatchObject({
      before: { name: input.name, sortOrder: last + 1 },
      after: { name: `${input.name} نو`, sortOrder: 500 },
    });
    await expect(saveCategory({ actor: admin, categoryId: 999_999, input })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCategoryForAdmin({ actor: admin, categoryId: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('once deactivated, leave every new form and are refused on a new report, while old reports keep theirs', async () => {
    const db = await seededDb();
    const [admin, national] = [await createActor(db, ['ADMIN']), await createActor(db, ['NATIONAL_OFFICE'])];
    const suffix = uniqueSuffix();
    const name = `آلودگی صوتی ${suffix}`;
    const { id } = await saveCategory({ actor: admin, input: categoryForm({ name, nameEn: `Noise ${suffix}`, active: 'on' }) });
    const ids = async (purpose: 'create' | 'filter') => (await reportFormOptions({ purpose })).categories.map((c) => c.id);
    expect(await ids('create')).toContain(id);
    const { reportId } = await submitReport({ actor: null, input: reportInput({ categoryId: String(id) }), files: [], rateKey: rateKey() });
    const agencyInput = (categoryIds: number[]) => ({
      ...parseAgencyForm(formOf({ name: 'سازمان آزمون', nameEn: 'Test Agency', slug: `noise-${suffix}`.toLowerCase(), active: 'on' })).data!,
      categoryIds,
    });
    const { id: agencyId } = await saveAgency({ actor: admin, input: agencyInput([id]) });

    await saveCategory({ actor: admin, categoryId: id, input: categoryForm({ name, nameEn: `Noise ${suffix}`, active: '' }) });
    expect((await lastAudit(db, 'category.saved', String(id))).meta).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(await ids('create')).not.toContain(id);
    // The queues' filters still offer it: old cases must be found.
    expect(await ids('filter')).toContain(id);
    await expect(submitReport({ actor: null, input: reportInput({ categoryId: String(id) }), files: [], rateKey: rateKey() })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { categoryId: ['categoryInactive'] },
    });
    const old = expectViewer(await getReportForReview({ actor: national, reportId }), 'reviewer');
    expect(old.category).toEqual({ name, nameEn: `Noise ${suffix}` });

    // An agency that handled it keeps it when saved again; no agency may take it on afresh.
    await saveAgency({ actor: admin, agencyId, input: agencyInput([id]) });
    expect(await db.agencyCategory.count({ where: { agencyId, categoryId: id } })).toBe(1);
    const other = { ...agencyInput([id]), slug: `noise-other-${suffix}`.toLowerCase() };
    await expect(saveAgency({ actor: admin, input: other })).rejects.toMatchObject({ fieldErrors: { categoryIds: ['categories'] } });
  });

  it('answer a form post without JavaScript: a wrong value comes back with its message and every value; others are refused', async () => {
    const db = await seededDb();
    const [admin, national] = [await createActor(db, ['ADMIN']), await createActor(db, ['NATIONAL_OFFICE'])];
    const as = (a: typeof admin) => ({ as: { id: a.id, name: a.name, roles: [...a.roles] } });
    const fields = { name: 'دسته آزمون', nameEn: 'دسته', slug: '', sortOrder: '7', active: 'on' };
    const refused = await callAction(saveCategoryAction, formOf(fields), as(admin));
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', values: fields });
    expect(refused.fieldErrors!.nameEn![0]).toMatch(/[\u0600-\u06FF]/);
    const ok = { ...fields, nameEn: `Test ${uniqueSuffix()}` };
    expect(await callAction(saveCategoryAction, formOf(ok), as(national))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callAction(renamePlaceAction, formOf({ kind: 'province', placeId: '10', name: 'ایلام', nameEn: 'Ilam' }), as(national))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await callAction(renamePlaceAction, formOf({ kind: 'city', placeId: '10', name: 'ایلام', nameEn: 'Ilam' }), as(admin))).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});

describe('provinces and counties', () => {
  it('take new spellings only, audited; old reports show the new name; db:seed neither reverts the spellings nor re-adds a county', async () => {
    const db = await seededDb();
    const [admin, national] = [await createActor(db, ['ADMIN']), await createActor(db, ['NATIONAL_OFFICE'])];
    const ILAM = 10;
    const province = await getProvinceForAdmin({ actor: admin, provinceId: String(ILAM) });
    expect(province.name).toBe('ایلام');
    expect(await listProvincesForAdmin({ actor: admin })).toHaveLength(31);
    await expect(getProvinceForAdmin({ actor: national, provinceId: '10' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getProvinceForAdmin({ actor: admin, provinceId: '32' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [capital, second] = [province.counties.find((c) => c.name === 'ایلام')!, province.counties.find((c) => c.name === 'دهلران')!];
    const omission = await db.category.findUniqueOrThrow({ where: { slug: 'omission' } });
    const { reportId } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: String(ILAM), countyId: String(capital.id) }),
      files: [],
      rateKey: rateKey(),
    });

    try {
      await expect(renamePlace({ actor: national, place: { kind: 'province', id: ILAM }, input: { name: 'ايلام', nameEn: 'Eelam' } })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(renamePlace({ actor: admin, place: { kind: 'province', id: ILAM }, input: { name: 'تهران', nameEn: 'tehran' } })).rejects.toMatchObject({
        fieldErrors: { name: ['placeNameTaken'], nameEn: ['placeNameEnTaken'] },
      });
      await renamePlace({ actor: admin, place: { kind: 'province', id: ILAM }, input: { name: 'استان ایلام', nameEn: 'Eelam' } });
      expect((await lastAudit(db, 'province.renamed', String(ILAM))).meta).toEqual({
        before: { name: 'ایلام', nameEn: 'Ilam' },
        after: { name: 'استان ایلام', nameEn: 'Eelam' },
      });

      // Within the province a county's name is unique; in another province the same name is fine.
      await expect(renamePlace({ actor: admin, place: { kind: 'county', id: second.id }, input: { name: 'ایلام', nameEn: 'Dehloran' } })).rejects.toMatchObject(
        {
          fieldErrors: { name: ['placeNameTaken'] },
        },
      );
      await renamePlace({ actor: admin, place: { kind: 'county', id: capital.id }, input: { name: 'شهرستان ایلام', nameEn: 'Eelam County' } });
      expect((await lastAudit(db, 'county.renamed', String(capital.id))).meta).toEqual({
        provinceId: ILAM,
        before: { name: 'ایلام', nameEn: 'Ilam' },
        after: { name: 'شهرستان ایلام', nameEn: 'Eelam County' },
      });
      const events = await db.auditEvent.count({ where: { action: 'county.renamed' } });
      await renamePlace({ actor: admin, place: { kind: 'county', id: capital.id }, input: { name: 'شهرستان ایلام', nameEn: 'Eelam County' } });
      expect(await db.auditEvent.count({ where: { action: 'county.renamed' } })).toBe(events);

      const old = expectViewer(await getReportForReview({ actor: national, reportId }), 'reviewer');
      expect(old.province).toEqual({ name: 'استان ایلام', nameEn: 'Eelam' });

      // The next deploy's seed: its list still names «ایلام» and the seeded category's old spelling; nothing is
      // added and the administrator's spellings stay.
      await saveCategory({
        actor: admin,
        categoryId: omission.id,
        input: categoryForm({ name: 'ترک فعل مدیران دولتی', nameEn: omission.nameEn, active: 'on' }),
      });
      const before = await db.county.count({ where: { provinceId: ILAM } });
      await seed(db, { demo: true });
      expect(await db.county.count({ where: { provinceId: ILAM } })).toBe(before);
      expect(await db.county.findUniqueOrThrow({ where: { id: capital.id } })).toMatchObject({
        name: 'شهرستان ایلام',
        nameEn: 'Eelam County',
        listName: 'ایلام',
      });
      expect(await db.province.findUniqueOrThrow({ where: { id: ILAM } })).toMatchObject({ name: 'استان ایلام', nameEn: 'Eelam' });
      expect(await db.category.findUniqueOrThrow({ where: { id: omission.id } })).toMatchObject({
        name: 'ترک فعل مدیران دولتی',
        sortOrder: omission.sortOrder,
      });
    } finally {
      await saveCategory({ actor: admin, categoryId: omission.id, input: categoryForm({ name: omission.name, nameEn: omission.nameEn, active: 'on' }) });
      await renamePlace({ actor: admin, place: { kind: 'province', id: ILAM }, input: { name: 'ایلام', nameEn: 'Ilam' } });
      await renamePlace({ actor: admin, place: { kind: 'county', id: capital.id }, input: { name: 'ایلام', nameEn: 'Ilam' } });
    }
  });
});
