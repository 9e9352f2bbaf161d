// Demo data for the public outcomes (issue #16): three Tehran reports whose follow-up ended and which the
// national office published, each with its referral(s), the reporter's rating where given, and the row of
// the public projection (PublicOutcome), so /outcomes, an outcome page and the open-data files show
// something on a fresh demo or e2e database. The projection row is written here the way the projection
// defines it (Jalali month of submission, Tehran days, no county below the threshold); once
// refreshPublicOutcomes exists (lib/outcomes/refresh-public-outcomes.ts) it can write these rows instead.
import { syncPublicOutcome } from '@/lib/outcomes/sync-public-outcome';
import { issueCaseNumber } from '@/lib/reports/issue-case-number';
import type { PrismaClient, Resolution } from '@/lib/generated/prisma/client';

const DAY_MS = 86_400_000;

type DemoOutcome = {
  id: string;
  categorySlug: string;
  agencySlugs: string[];
  daysAgo: number;
  description: string;
  summary: string;
  answer: string;
  resolution: Resolution;
  satisfied: boolean | null;
};

/** Fixed ids keep the seed idempotent. */
export const DEMO_OUTCOMES: readonly DemoOutcome[] = [
  {
    id: '019ab000-0000-7000-8000-000000000101',
    categorySlug: 'neighbourhood',
    agencySlugs: ['tehran-municipality'],
    daysAgo: 90,
    description: 'نمونه: چراغ‌های کوچه‌ای در شرق تهران سه ماه است خاموش مانده و شب‌ها رفت‌وآمد در آن ناامن شده است.',
    summary: 'نمونه: خاموش ماندن چند ماهه چراغ‌های معابر یک محله در شرق تهران و ناامنی شبانه گزارش شد.',
    answer: 'شهرداری منطقه چراغ‌های معابر را تعمیر و روشنایی کوچه را برقرار کرد.',
    resolution: 'RESOLVED',
    satisfied: true,
  },
  {
    id: '019ab000-0000-7000-8000-000000000102',
    categorySlug: 'public-health',
    agencySlugs: ['tehran-municipality', 'health-ministry'],
    daysAgo: 70,
    description: 'نمونه: پسماند یک رستوران در کنار جوی آب رها می‌شود و بوی نامطبوع و حشرات محله را آزار می‌دهد.',
    summary: 'نمونه: رهاسازی پسماند یک واحد صنفی در جوی آب و آلودگی محله گزارش شد.',
    answer: 'بازرسان بهداشت واحد صنفی را ملزم به جمع‌آوری پسماند کردند و شهرداری جوی را لایروبی کرد.',
    resolution: 'RESOLVED',
    satisfied: null,
  },
  {
    id: '019ab000-0000-7000-8000-000000000103',
    categorySlug: 'neighbourhood',
    agencySlugs: ['tehran-municipality'],
    daysAgo: 50,
    description: 'نمونه: پیاده‌روی یک خیابان اصلی با مصالح ساختمانی یک کارگاه مسدود شده و عابران ناچارند از سواره‌رو عبور کنند.',
    summary: 'نمونه: انسداد پیاده‌رو با مصالح ساختمانی یک کارگاه و خطر برای عابران پیاده گزارش شد.',
    answer: 'شهرداری به کارگاه اخطار داد؛ اما پیاده‌رو تا زمان پاسخ هنوز کاملاً باز نشده بود.',
    resolution: 'UNRESOLVED',
    satisfied: false,
  },
];

/** Days after submission at which each step happened. */
const STEPS = { referred: 5, acknowledged: 7, answered: 20, accepted: 25, closed: 26, published: 27 } as const;

export async function seedDemoOutcomes(db: PrismaClient, now = Date.now()): Promise<void> {
  const national = await db.user.findUniqueOrThrow({ where: { email: 'national@sajam.test' }, select: { id: true } });
  const tehran = await db.province.findFirstOrThrow({ where: { nameEn: 'Tehran' }, select: { id: true } });
  for (const demo of DEMO_OUTCOMES) {
    if (await db.report.findUnique({ where: { id: demo.id }, select: { id: true } })) continue;
    const category = await db.category.findUniqueOrThrow({ where: { slug: demo.categorySlug }, select: { id: true } });
    const agencies = await Promise.all(demo.agencySlugs.map((slug) => db.agency.findUniqueOrThrow({ where: { slug }, select: { id: true } })));
    const submittedAt = new Date(now - demo.daysAgo * DAY_MS);
    const at = (step: keyof typeof STEPS) => new Date(submittedAt.getTime() + STEPS[step] * DAY_MS);
    await db.$transaction(async (tx) => {
      await tx.report.create({
        data: {
          id: demo.id,
          kind: 'REPORT',
          categoryId: category.id,
          provinceId: tehran.id,
          status: 'PUBLISHED',
          description: demo.description,
          submittedAt,
          closedAt: at('closed'),
          publishedAt: at('published'),
          resolution: demo.resolution,
          publicOutcome: demo.summary,
          publicAnswer: demo.answer,
          caseNumber: await issueCaseNumber(tx, tehran.id, submittedAt),
          approvals: {
            create: [
              { actorId: null, decision: 'SUBMIT', toStatus: 'PROVINCE_REVIEW', createdAt: submittedAt },
              { actorId: national.id, decision: 'PUBLISH', fromStatus: 'CLOSED', toStatus: 'PUBLISHED', createdAt: at('published') },
            ],
          },
          referrals: {
            create: agencies.map((agency) => ({
              agencyId: agency.id,
              referredById: national.id,
              status: 'ACCEPTED' as const,
              referredAt: at('referred'),
              acknowledgedAt: at('acknowledged'),
              respondedAt: at('answered'),
              acceptedAt: at('accepted'),
              response: demo.answer,
              agencyOutcome: demo.resolution === 'RESOLVED' ? ('FIXED' as const) : ('NO_FURTHER_ACTION' as const),
              resolution: demo.resolution,
            })),
          },
          ...(demo.satisfied === null ? {} : { rating: { create: { satisfied: demo.satisfied, createdAt: at('closed') } } }),
        },
      });
      // Its public row, written by the one projection every publication goes through (lib/outcomes).
      await syncPublicOutcome(tx, { reportId: demo.id });
    });
  }
}
