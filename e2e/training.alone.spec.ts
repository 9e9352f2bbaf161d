import { readFile } from 'node:fs/promises';
import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible, expectFitsViewport, signedIn } from './support';

// Training (issue #18), end to end on a 390 × 844 phone: a trainer writes and publishes a course (a wrong form keeps
// its values), makes a virtual group from it and adds the demo member by membership code; the administrator turns the
// training gate on for that course, and the member's report form explains why it is closed; the member — without
// JavaScript — reads the lesson, fails the quiz once, passes, downloads the certificate, which
// /verify/certificate/<code> confirms; then the member report goes through. Every new page is scanned with axe (with
// JavaScript: axe runs in the page). Runs in the "alone" project: the gate is a setting every member report reads.
const phone = { viewport: { width: 390, height: 844 } };
test.use(phone);
test.setTimeout(300_000);

const stamp = Date.now().toString(36);
const slug = `e2e-${stamp}`;
const courseTitle = `دورهٔ آزمایشی ${stamp}`;

async function setGate(browser: Browser, on: boolean) {
  const admin = await signedIn(browser, 'admin@sajam.test', phone);
  await admin.goto('/admin/settings');
  await admin.getByLabel(/گذراندن دوره پیش از ارسال گزارش/).selectOption(on ? 'on' : 'off');
  await admin.getByLabel(/دوره \(شناسه کوتاه\)/).fill(slug);
  await admin.getByRole('button', { name: 'ذخیره تنظیمات', exact: true }).click();
  await expect(admin.getByText('ذخیره شد.')).toBeVisible();
  await admin.context().close();
}

async function membershipCode(browser: Browser): Promise<string> {
  const member = await signedIn(browser, 'member@sajam.test', phone);
  await member.goto('/application');
  const code = (await member.getByTestId('membership-code').textContent())!.trim();
  await member.context().close();
  return code;
}

test('a trainer publishes a course and runs a group; a member learns without JavaScript, passes, is certified and may report', async ({ browser }) => {
  const code = await membershipCode(browser);

  // The trainer writes a course; a form sent wrong comes back with every value.
  const trainer = await signedIn(browser, 'trainer@sajam.test', phone);
  await trainer.goto('/training');
  await expect(trainer.getByRole('heading', { level: 1, name: 'پیشخوان آموزش' })).toBeVisible();
  await expectAccessible(trainer);
  await trainer.getByRole('link', { name: 'دورهٔ تازه' }).click();
  await trainer.getByLabel('نشانی دوره').fill(slug);
  await trainer.getByLabel('عنوان').fill('کو');
  // A long address without spaces: it must wrap on a phone, not widen the page (a break-it review found 1,384 px).
  await trainer.getByLabel('شرح').fill(`شرح دورهٔ آزمایشی برای آزمون سرتاسری: https://example.org/${'a'.repeat(150)}`);
  await trainer.getByLabel('نمرهٔ قبولی (درصد)').fill('۱۰۰');
  await trainer.getByLabel('فاصله پس از ردشدن (دقیقه)').fill('0');
  await trainer.getByRole('button', { name: 'ساختن دوره' }).click();
  await expect(trainer.locator('#title-error')).toHaveText('عنوان باید دست‌کم ۳ و حداکثر ۲۰۰ نویسه باشد.');
  await expect(trainer.getByLabel('نشانی دوره')).toHaveValue(slug);
  await expect(trainer.getByLabel('نمرهٔ قبولی (درصد)')).toHaveValue('۱۰۰');
  await expectAccessible(trainer);
  await trainer.getByLabel('عنوان').fill(courseTitle);
  await trainer.getByRole('button', { name: 'ساختن دوره' }).click();
  await expect(trainer).toHaveURL(/\/training\/edit\/[0-9a-f-]{36}$/);
  const editor = trainer.url();

  // A lesson and a question with one right answer; then publish.
  await trainer.getByText('افزودن درس').first().click();
  // A long unbroken title: in the course's lesson list it sits beside the minutes and must wrap, not widen the row.
  await trainer.getByLabel('عنوان درس').fill(`درس نخست ${'د'.repeat(90)}`);
  await trainer
    .getByLabel('متن درس (مارک‌داون)')
    .fill(`## نخستین درس\n\nگزارش خوب **زمان** و **مکان** را می‌گوید: https://example.org/${'b'.repeat(150)}\n\n<script>alert(1)</script>`);
  await trainer.getByRole('button', { name: 'افزودن درس' }).click();
  await expect(trainer).toHaveURL(/\/lessons\/[0-9a-f-]{36}$/);
  await expectAccessible(trainer);
  await trainer.goto(editor);
  await trainer.getByText('افزودن پرسش').first().click();
  await trainer.getByLabel('متن پرسش').fill('گزارش خوب چه می‌گوید؟');
  await trainer.getByRole('textbox', { name: 'گزینهٔ ۱' }).fill('زمان و مکان');
  await trainer.getByRole('textbox', { name: 'گزینهٔ ۲' }).fill(`داوری دربارهٔ افراد ${'ف'.repeat(90)}`);
  await trainer.getByRole('button', { name: 'افزودن پرسش' }).click();
  // No right answer ticked: refused next to the options, the texts kept.
  await expect(trainer.locator('#new-question-options-error')).toContainText('دست‌کم یک گزینه را درست علامت بزنید.');
  await expect(trainer.getByRole('textbox', { name: 'گزینهٔ ۲' })).toHaveValue(`داوری دربارهٔ افراد ${'ف'.repeat(90)}`);
  await trainer.getByRole('checkbox', { name: /درست است.*گزینهٔ ۱/ }).check();
  await trainer.getByRole('button', { name: 'افزودن پرسش' }).click();
  await expect(trainer).toHaveURL(/\/questions\/[0-9a-f-]{36}$/);
  await trainer.goto(editor);
  await expectAccessible(trainer);
  await trainer.getByRole('button', { name: 'انتشار پیش‌نویس' }).click();
  await expect(trainer.getByText('نسخه منتشر شد.')).toBeVisible();

  // A virtual group from the published course, with the member in it.
  await trainer.goto('/training/groups');
  await expectAccessible(trainer);
  await trainer.getByLabel('نام گروه').fill(`گروه ${stamp}`);
  await trainer.getByLabel('دوره').selectOption({ label: courseTitle });
  await trainer.getByRole('button', { name: 'ساختن گروه' }).click();
  await expect(trainer).toHaveURL(/\/training\/groups\/[0-9a-f-]{36}$/);
  await trainer.getByLabel('کدهای عضویت، هر خط یک کد').fill(code);
  await trainer.getByRole('button', { name: 'افزودن', exact: true }).click();
  await expect(trainer.getByText('افزوده شد:')).toBeVisible();
  await expect(trainer.getByRole('table', { name: /فراگیران گروه/ })).toContainText('مریم احمدی');
  await expectAccessible(trainer);

  await setGate(browser, true);
  try {
    // The member's report form is closed and says why, with the course's link.
    const member = await signedIn(browser, 'member@sajam.test', { ...phone, javaScriptEnabled: false });
    await member.goto('/member/report');
    await expect(member.getByRole('heading', { name: /پیش از گزارش عضو/ })).toBeVisible();
    await expect(member.getByText(courseTitle)).toBeVisible();
    await member.getByRole('link', { name: 'رفتن به دوره' }).click();
    await expect(member).toHaveURL(new RegExp(`/training/courses/${slug}$`));

    // The lesson: rendered Markdown, no script; marked as read.
    await member.getByRole('link', { name: /درس نخست/ }).click();
    await expect(member.getByRole('heading', { name: 'نخستین درس' })).toBeVisible();
    const lessonPath = new URL(member.url()).pathname;
    await expect(member.getByRole('main')).not.toContainText('alert(1)');
    await member.getByRole('button', { name: 'این درس را خواندم' }).click();
    await expect(member.getByText('این درس را خوانده‌اید.')).toBeVisible();
    await member.getByRole('link', { name: 'بازگشت به دوره' }).click();

    // The quiz: wrong once, then right.
    await member.getByRole('button', { name: 'شروع آزمون' }).click();
    await expect(member).toHaveURL(/\/training\/quiz\//);
    await expectFitsViewport(member, 'quiz');
    await member.getByRole('radio', { name: 'داوری دربارهٔ افراد' }).check();
    await member.getByRole('button', { name: 'فرستادن آزمون' }).click();
    await expect(member.getByText(/نمرهٔ شما ۰٪ بود/)).toBeVisible();
    await member.getByRole('link', { name: 'بازگشت به دوره' }).first().click();
    await member.getByRole('button', { name: 'شروع آزمون' }).click();
    await member.getByRole('radio', { name: 'زمان و مکان' }).check();
    await member.getByRole('button', { name: 'فرستادن آزمون' }).click();
    await expect(member.getByText(/قبول شدید: ۱۰۰٪/)).toBeVisible();

    // The certificate: listed with its code, downloaded, confirmed on the public page.
    await member.goto('/training');
    const certificates = member.getByRole('region', { name: 'گواهی‌های من' });
    await expect(certificates).toContainText(courseTitle);
    await expect(certificates).toContainText('معتبر');
    const verifyCode = (await certificates.locator('a[href^="/verify/certificate/"]').first().textContent({ timeout: 10_000 }))!.trim();
    expect(verifyCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const [download] = await Promise.all([
      member.waitForEvent('download'),
      certificates
        .getByRole('link', { name: /دریافت گواهی/ })
        .first()
        .click(),
    ]);
    expect((await readFile((await download.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await member.goto(`/verify/certificate/${verifyCode.toLowerCase()}`);
    await expect(member.getByText('این گواهی اکنون معتبر است.')).toBeVisible();
    await expect(member.getByText(courseTitle)).toBeVisible();

    // Now the member report goes through.
    await member.goto('/member/report');
    await member.getByRole('radio', { name: 'پیشنهاد' }).check();
    await member.getByLabel('دسته').selectOption({ label: 'سایر' });
    await member.getByLabel('شرح').fill(`گزارش پس از آموزش ${stamp}: پیشنهاد می‌شود کارگاه آموزش گزارش‌نویسی برای اعضای تازه برگزار شود.`);
    await member.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    await expect(member.getByTestId('tracking-code')).toBeVisible();
    await member.context().close();

    // The same pages with JavaScript, for axe.
    const look = await signedIn(browser, 'member@sajam.test', phone);
    for (const path of ['/training', `/training/courses/${slug}`, lessonPath, `/verify/certificate/${verifyCode}`, '/verify/certificate', '/training/groups']) {
      await look.goto(path);
      await expectAccessible(look);
      // Nothing wider than the phone: long user text wraps.
      await expectFitsViewport(look, path);
    }
    await look.screenshot({ path: 'test-results/training-groups-member.png', fullPage: true });
    await look.context().close();
  } finally {
    await setGate(browser, false);
  }
  await trainer.context().close();
});
