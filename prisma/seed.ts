// npm run db:seed — idempotent: reference data always; demo cores and one account per role
// unless NODE_ENV=production (set SEED_DEMO=true to force them, e.g. for a public demo).
import { recordAuditEvent } from '@/lib/audit/record-event';
import { hashPassword } from '@/lib/auth/password';
import { mobileColumns } from '@/lib/crypto/personal-data';
import { issueMembershipCode } from '@/lib/vetting/membership-code';
import { issueCaseNumber } from '@/lib/reports/issue-case-number';
import { openAdapter } from '@/lib/db/adapter';
import { getEnv } from '@/lib/env';
import { PrismaClient, type Prisma, type Role } from '@/lib/generated/prisma/client';
import { agencies, categories, counties, demoCores, provinces, topics } from './seed-data';
import { seedDemoOutcomes } from './seed-demo-outcomes';
import { seedDemoCourses, seedDemoTrainerCertificate } from './seed-training';
import { seedTrainerGroups } from './seed-training-groups';

export const DEMO_PASSWORD = 'sajam-demo-1405';

export const demoAccounts: readonly {
  email: string;
  mobile: string;
  name: string;
  roles: Role[];
  scope: 'core' | 'province' | 'agency' | 'none';
  agency?: string;
}[] = [
  { email: 'member@sajam.test', mobile: '09120000001', name: 'مریم احمدی', roles: ['MEMBER'], scope: 'core' },
  { email: 'core.head@sajam.test', mobile: '09120000002', name: 'علی رضایی', roles: ['MEMBER', 'CORE_HEAD'], scope: 'core' },
  { email: 'province@sajam.test', mobile: '09120000003', name: 'زهرا کریمی', roles: ['PROVINCE_STAFF'], scope: 'province' },
  { email: 'province.colleague@sajam.test', mobile: '09120000008', name: 'امیر صادقی', roles: ['PROVINCE_STAFF'], scope: 'province' },
  { email: 'national@sajam.test', mobile: '09120000004', name: 'حسین موسوی', roles: ['NATIONAL_OFFICE'], scope: 'none' },
  { email: 'agency@sajam.test', mobile: '09120000005', name: 'نرگس حسینی', roles: ['AGENCY_LIAISON'], scope: 'agency' },
  // A second agency's liaison: a case referred to two agencies is followed by both (issue #14).
  { email: 'health.agency@sajam.test', mobile: '09120000009', name: 'سارا نوری', roles: ['AGENCY_LIAISON'], scope: 'agency', agency: 'health-ministry' },
  { email: 'trainer@sajam.test', mobile: '09120000006', name: 'رضا قاسمی', roles: ['TRAINER'], scope: 'province' },
  // The national trainer who runs the trainer-of-trainers workshops (issue #18, prisma/seed-training-groups.ts).
  { email: 'trainer.national@sajam.test', mobile: '09120000010', name: 'مهدی نظری', roles: ['TRAINER'], scope: 'none' },
  { email: 'admin@sajam.test', mobile: '09120000007', name: 'مدیر سامانه', roles: ['ADMIN'], scope: 'none' },
];

export async function seed(db: PrismaClient, options: { demo: boolean }): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const [index, p] of provinces.entries()) {
        const id = index + 1;
        const data = { code: String(id).padStart(2, '0'), workshopGroup: p.group, population: p.population };
        // Names are set once: their spelling is the administrator's since issue #15 (/admin/places).
        await tx.province.upsert({ where: { id }, create: { id, name: p.name, nameEn: p.nameEn, ...data }, update: data });
      }
      await seedCounties(
        tx,
        provinces.flatMap((p, index) => counties[p.nameEn].map(([name, nameEn, formerly = []]) => ({ provinceId: index + 1, name, nameEn, formerly }))),
      );
      for (const [sortOrder, c] of categories.entries()) {
        // Created once; names, order and active are the administrator's since issue #15 (/admin/categories).
        await tx.category.upsert({ where: { slug: c.slug }, create: { ...c, sortOrder }, update: {} });
      }
      for (const [sortOrder, t] of topics.entries()) {
        await tx.topic.upsert({ where: { slug: t.slug }, create: { ...t, sortOrder }, update: {} });
      }
      for (const a of agencies) {
        const provinceId = 'province' in a ? provinceIdByEn(a.province) : null;
        const agency = await tx.agency.upsert({ where: { slug: a.slug }, create: { slug: a.slug, name: a.name, nameEn: a.nameEn, provinceId }, update: {} });
        // What it handles, for the referral form's suggestions; kept once an admin has set it.
        if ((await tx.agencyCategory.count({ where: { agencyId: agency.id } })) === 0)
          for (const slug of a.handles) {
            const category = await tx.category.findUniqueOrThrow({ where: { slug }, select: { id: true } });
            await tx.agencyCategory.create({ data: { agencyId: agency.id, categoryId: category.id } });
          }
      }
    },
    { timeout: 60_000 },
  );

  if (!options.demo) return;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const cores = [];
      for (const c of demoCores) {
        const provinceId = provinceIdByEn(c.province);
        const capital = provinces[provinceId - 1]!.capital;
        const county = await tx.county.findFirstOrThrow({ where: { provinceId, OR: [{ listName: capital }, { name: capital, listName: null }] } });
        cores.push(
          await tx.core.upsert({
            where: { provinceId_name: { provinceId, name: c.name } },
            create: { name: c.name, area: c.area, provinceId, countyId: county.id },
            update: {},
          }),
        );
      }
      const demoCore = cores[0]!;
      const agencyIds = new Map((await tx.agency.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
      for (const account of demoAccounts) {
        const scope = {
          provinceId: account.scope === 'none' || account.scope === 'agency' ? null : demoCore.provinceId,
          coreId: account.scope === 'core' ? demoCore.id : null,
          agencyId: account.scope === 'agency' ? agencyIds.get(account.agency ?? 'tehran-municipality')! : null,
        };
        const user = await tx.user.upsert({
          where: { email: account.email },
          create: {
            email: account.email,
            ...mobileColumns(account.mobile),
            mobileVerifiedAt: new Date(),
            name: account.name,
            roles: account.roles,
            passwordHash,
            ...scope,
          },
          // Older demo databases kept the mobile in the clear (dropped by migration "volunteers").
          update: mobileColumns(account.mobile),
        });
        if (account.roles.includes('MEMBER')) {
          const [firstName, ...rest] = account.name.split(' ');
          if (await tx.member.findUnique({ where: { userId: user.id }, select: { id: true } })) continue;
          await tx.member.create({
            data: {
              userId: user.id,
              firstName: firstName!,
              lastName: rest.join(' '),
              provinceId: demoCore.provinceId,
              countyId: demoCore.countyId,
              coreId: demoCore.id,
              status: 'APPROVED',
              // From the same sequence as vetting, so a later approval never collides with a demo code.
              membershipCode: await issueMembershipCode(tx, demoCore.provinceId),
            },
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  await seedDemoReports(db);
  await seedDemoOutcomes(db);
  const courses = await seedDemoCourses(db);
  await seedDemoTrainerCertificate(db, 'trainer@sajam.test', courses.trainers!);
  await seedTrainerGroups(db);
}

export type CountySeedRow = { provinceId: number; name: string; nameEn: string; formerly: readonly string[] };

/**
 * Brings the counties up to the list: one read, one batched insert of the counties the database lacks,
 * and an update only for a row a list entry names in `formerly` (renamed in place: its id, and so the
 * reports, members and cores on it, stay) or whose English name changed. Matched on (province, Persian
 * name), as the unique index is; rows the list does not name are left alone, never deleted. A county
 * whose spelling the administrator changed (issue #15) is matched on its `listName` and never renamed here.
 */
export async function seedCounties(tx: Prisma.TransactionClient, list: readonly CountySeedRow[]): Promise<void> {
  const key = (c: { provinceId: number; name: string }) => `${c.provinceId}:${c.name}`;
  const rows = await tx.county.findMany({
    where: { provinceId: { in: [...new Set(list.map((c) => c.provinceId))] } },
    select: { id: true, provinceId: true, name: true, nameEn: true, listName: true },
  });
  const edited = new Map(rows.filter((r) => r.listName !== null).map((r) => [key({ provinceId: r.provinceId, name: r.listName! }), r]));
  const existing = new Map(rows.filter((r) => r.listName === null).map((r) => [key(r), r]));
  for (const c of list) {
    if (existing.has(key(c)) || edited.has(key(c))) continue;
    const old = c.formerly.map((name) => existing.get(key({ provinceId: c.provinceId, name }))).find((r) => r !== undefined);
    if (!old) continue;
    const renamed = await tx.county.update({
      where: { id: old.id },
      data: { name: c.name },
      select: { id: true, provinceId: true, name: true, nameEn: true, listName: true },
    });
    existing.delete(key(old));
    existing.set(key(renamed), renamed);
  }
  const missing = list.filter((c) => !existing.has(key(c)) && !edited.has(key(c)));
  // skipDuplicates: a county another seed run inserted meanwhile is not an error.
  if (missing.length) await tx.county.createMany({ data: missing.map(({ provinceId, name, nameEn }) => ({ provinceId, name, nameEn })), skipDuplicates: true });
  for (const c of list) {
    const row = existing.get(key(c));
    if (row && row.nameEn !== c.nameEn) await tx.county.update({ where: { id: row.id }, data: { nameEn: c.nameEn } });
  }
}

/** Fixed ids keep the demo reports idempotent. */
export const DEMO_OVERDUE_REPORT_ID = '019ab000-0000-7000-8000-000000000001';
const DEMO_CONTACT_REPORT_ID = '019ab000-0000-7000-8000-000000000002';
const DAY_MS = 86_400_000;

/**
 * Two reports that show the review chain at work: a member's report the core head has left past its
 * deadline (the deadline job reminds, then escalates it to the province), and an anonymous report
 * whose reporter left a phone number (a reviewer may reveal it; the reveal is audited).
 */
async function seedDemoReports(db: PrismaClient): Promise<void> {
  const member = await db.user.findUniqueOrThrow({ where: { email: 'member@sajam.test' }, select: { id: true, provinceId: true, coreId: true } });
  const category = await db.category.findFirstOrThrow({ where: { slug: 'neighbourhood' } });
  const now = Date.now();
  const reports = [
    {
      id: DEMO_OVERDUE_REPORT_ID,
      kind: 'REPORT' as const,
      categoryId: category.id,
      provinceId: member.provinceId!,
      coreId: member.coreId,
      submitterId: member.id,
      status: 'CORE_REVIEW' as const,
      description: 'نمونه: آب‌گرفتگی زیرگذر خیابان اصلی نارمک پس از هر بارندگی، رفت‌وآمد عابران را ناممکن می‌کند و شهرداری منطقه پاسخی نداده است.',
      placeDescription: 'زیرگذر خیابان اصلی نارمک',
      submittedAt: new Date(now - 6 * DAY_MS),
      stageDeadlineAt: new Date(now - 3 * DAY_MS),
    },
    {
      id: DEMO_CONTACT_REPORT_ID,
      kind: 'REPORT' as const,
      categoryId: category.id,
      provinceId: member.provinceId!,
      coreId: null,
      submitterId: null,
      status: 'PROVINCE_REVIEW' as const,
      description: 'نمونه: چراغ‌های پارک محله یک ماه است خاموش مانده و شب‌ها پارک محل تجمع افراد ناشناس شده است.',
      placeDescription: 'پارک محله',
      contactName: 'شهروند',
      contactPhone: '09120000099',
      submittedAt: new Date(now - DAY_MS),
      stageDeadlineAt: new Date(now + 4 * DAY_MS),
    },
  ];
  for (const r of reports) {
    if (await db.report.findUnique({ where: { id: r.id }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      await tx.report.create({
        data: {
          ...r,
          caseNumber: await issueCaseNumber(tx, r.provinceId, r.submittedAt),
          approvals: { create: { actorId: r.submitterId, decision: 'SUBMIT', toStatus: r.status, createdAt: r.submittedAt } },
        },
      });
      await recordAuditEvent(tx, {
        actorId: r.submitterId,
        action: 'report.submit',
        objectType: 'report',
        objectId: r.id,
        meta: { status: r.status, attachments: 0 },
      });
    });
  }
}

function provinceIdByEn(nameEn: string): number {
  const index = provinces.findIndex((p) => p.nameEn === nameEn);
  if (index < 0) throw new Error(`Unknown province ${nameEn}`);
  return index + 1;
}

// Run as a script (not when imported by tests).
if (import.meta.url === `file://${process.argv[1]}`) {
  const env = getEnv();
  const demo = env.NODE_ENV !== 'production' || process.env.SEED_DEMO === 'true';
  const { adapter, engine, close } = await openAdapter(env);
  const db = new PrismaClient({ adapter });
  try {
    await seed(db, { demo });
    console.log(
      `Seeded ${engine}: 31 provinces, ${Object.values(counties).flat().length} counties, ${categories.length} categories, ${topics.length} topics, ${agencies.length} agencies${demo ? `, demo cores and ${demoAccounts.length} demo accounts` : ''}.`,
    );
  } finally {
    await db.$disconnect();
    await close();
  }
}
