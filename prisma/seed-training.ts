// Demo courses (issue #18), idempotent: the members' basic course ("basic", the training gate's usual setting) and the
// trainers' course ("trainers", whose certificate approves a provincial trainer). Made through the same shapes the
// editor writes; a real deployment writes its own courses at /training/edit (these are demo data only).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { issueCertificate } from '@/lib/training/certificates/issue-certificate';

type DemoQuestion = { text: string; multiple?: boolean; options: [string, boolean][] };
type DemoCourse = {
  slug: string;
  audience: 'MEMBER' | 'TRAINER';
  title: string;
  description: string;
  lessons: { title: string; minutes: number; markdown: string }[];
  questions: DemoQuestion[];
};

export const demoCourses: readonly DemoCourse[] = [
  {
    slug: 'basic',
    audience: 'MEMBER',
    title: 'دورهٔ پایهٔ اعضای سجام',
    description: 'آنچه هر عضو پیش از فرستادن گزارش عضو باید بداند: کار سجام، محرمانگی و امنیت گزارشگر، و گزارش خوب.',
    lessons: [
      {
        title: 'سجام چیست و گزارش کجا می‌رود',
        minutes: 10,
        markdown:
          '## سامانهٔ جامع ارتباط مردمی\n\nسجام گزارش، نظر و پیشنهاد مردم را می‌گیرد، در **زنجیرهٔ بررسی** (مسئول هسته، دبیرخانهٔ استان، دفتر ملی) می‌سنجد، به **دستگاه ذی‌ربط** ارجاع می‌دهد و تا پاسخ پیگیری می‌کند.\n\n- هر گزارش یک کد پیگیری دارد.\n- نتیجه پس از پایان کار به اطلاع مردم می‌رسد.\n\nگزارش‌های عضو «بر پایهٔ آموزش داده‌شده» پذیرفته می‌شوند؛ این دوره همان آموزش است.',
      },
      {
        title: 'محرمانگی و امنیت گزارشگر',
        minutes: 15,
        markdown:
          '## از خود و دیگران محافظت کنید\n\n1. نام و نشانی کسی را که از او گزارش می‌دهید فقط در جای خودش بنویسید، نه در متن همگانی.\n2. گزارش بی‌نام هیچ ردی از شما نگه نمی‌دارد؛ کد پیگیری را جای امنی نگه دارید.\n3. برای گرفتن مدرک خود را به خطر نیندازید.\n\n> اگر جان کسی در خطر است، پیش از هر چیز با اورژانس یا پلیس تماس بگیرید.',
      },
      {
        title: 'گزارش خوب',
        minutes: 10,
        markdown:
          '## چه بنویسیم\n\n- **چه** رخ داد، **کجا** و **کی**؛\n- چه کسانی یا کدام دستگاه درگیرند؛\n- چه مدرکی دارید (عکس، سند) و از کجا.\n\nداوری و دشنام گزارش را ضعیف می‌کند؛ واقعیت‌ها را بنویسید.',
      },
    ],
    questions: [
      {
        text: 'گزارش پس از فرستادن نخست نزد چه کسی می‌رود؟',
        options: [
          ['مسئول هسته', true],
          ['دستگاه ذی‌ربط', false],
          ['رسانه‌ها', false],
        ],
      },
      {
        text: 'کدام‌یک گزارش را بهتر می‌کند؟',
        multiple: true,
        options: [
          ['زمان و مکان رخداد', true],
          ['مدرکی که دارید', true],
          ['داوری دربارهٔ افراد', false],
        ],
      },
      {
        text: 'اگر جان کسی در خطر باشد، نخست چه باید کرد؟',
        options: [
          ['تماس با اورژانس یا پلیس', true],
          ['فرستادن گزارش در سجام', false],
          ['صبر تا پاسخ دستگاه', false],
        ],
      },
    ],
  },
  {
    slug: 'trainers',
    audience: 'TRAINER',
    title: 'کارگاه تربیت مربیان',
    description: 'دورهٔ مربیان استان‌ها در چهار گروه کارگاهی: اداره کردن گروه مجازی، آموزش دورهٔ پایه و پیگیری پیشرفت فراگیران.',
    lessons: [
      {
        title: 'گروه مجازی را چگونه اداره کنیم',
        minutes: 20,
        markdown:
          '## گروه مجازی\n\nهر گروه یک مربی، فراگیران، یک دوره، جلسه‌های برخط، اطلاعیه‌ها و یک گفت‌وگو دارد.\n\n- جلسه‌ها را با تاریخ و ساعت تهران و پیوند اتاق برخط استان برنامه‌ریزی کنید.\n- حضور و غیاب هر جلسه را ثبت کنید.\n- گفت‌وگو را مدیریت کنید: پیام نادرست را با دلیل پنهان کنید.',
      },
      {
        title: 'پیگیری پیشرفت و آزمون',
        minutes: 15,
        markdown:
          '## پیشرفت فراگیران\n\nدر صفحهٔ گروه می‌بینید هر فراگیر چند درس را خوانده، نمرهٔ آزمونش چیست و گواهی‌اش تا کی معتبر است. اگر فراگیری همهٔ فرصت‌های آزمون را به کار برد، می‌توانید یک فرصت دیگر بدهید.',
      },
    ],
    questions: [
      {
        text: 'ساعت جلسه‌های گروه به وقت کجاست؟',
        options: [
          ['تهران', true],
          ['گرینویچ', false],
        ],
      },
      {
        text: 'پیام نادرست در گفت‌وگو را چه باید کرد؟',
        options: [
          ['با ذکر دلیل پنهان کرد', true],
          ['بی‌صدا پاک کرد', false],
          ['نادیده گرفت', false],
        ],
      },
    ],
  },
];

/** Creates the demo courses once (by slug), each published as version 1. Returns the courses' ids by slug. */
export async function seedDemoCourses(db: PrismaClient): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const c of demoCourses) {
    const existing = await db.course.findUnique({ where: { slug: c.slug }, select: { id: true } });
    if (existing) {
      ids[c.slug] = existing.id;
      continue;
    }
    ids[c.slug] = await db.$transaction(async (tx) => {
      const course = await tx.course.create({ data: { slug: c.slug, audience: c.audience }, select: { id: true } });
      await tx.courseVersion.create({
        data: {
          courseId: course.id,
          version: 1,
          title: c.title,
          description: c.description,
          passMark: 60,
          attemptLimit: 3,
          attemptWaitMinutes: 30,
          validMonths: 24,
          publishedAt: new Date(),
          lessons: { create: c.lessons.map((l, i) => ({ position: i + 1, ...l })) },
          questions: {
            create: c.questions.map((q, i) => ({
              position: i + 1,
              text: q.text,
              multiple: q.multiple ?? false,
              options: { create: q.options.map(([text, correct], j) => ({ position: j + 1, text, correct })) },
            })),
          },
        },
      });
      return course.id;
    });
  }
  return ids;
}

/**
 * The demo provincial trainer has passed the trainers' course, so they are approved to run member groups
 * (lib/training/training-access.ts isApprovedTrainer) and the demo shows a certificate. Once: skipped when they hold one.
 */
export async function seedDemoTrainerCertificate(db: PrismaClient, trainerEmail: string, trainersCourseId: string): Promise<void> {
  const trainer = await db.user.findUnique({ where: { email: trainerEmail }, select: { id: true } });
  if (!trainer) return;
  if (await db.certificate.findFirst({ where: { userId: trainer.id, version: { courseId: trainersCourseId } }, select: { id: true } })) return;
  const version = await db.courseVersion.findFirstOrThrow({ where: { courseId: trainersCourseId, publishedAt: { not: null } }, orderBy: { version: 'desc' } });
  const now = new Date();
  await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.create({
      data: { userId: trainer.id, courseId: trainersCourseId, versionId: version.id, startedAt: now, completedAt: now },
    });
    await issueCertificate(tx, { enrollmentId: enrollment.id, now });
  });
}
