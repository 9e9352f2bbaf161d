import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, reportReviewedToReferral, signedIn } from './support';

// Agencies (issue #14): the national office refers a case to two suggested agencies; one works in its
// portal (acknowledge, a question relayed to the reporter and answered, an answer with a file), the other's
// system answers through the Open311 API with a key the administrator made, is sent back and answers again;
// staff accept both and the case closes; the reporter is not satisfied and the appeal reaches the national office.

/** A tiny valid PNG, as an agency's photo of the work done. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function move(page: Page, title: string, fill: { note?: string; resolution?: string; confirm?: boolean; file?: boolean } = {}) {
  const form = page.locator('details', { has: page.locator('summary', { hasText: title }) }).first();
  await form.locator('summary').click();
  if (fill.resolution) await form.getByLabel('نتیجه برای گزارش‌دهنده').selectOption({ label: fill.resolution });
  if (fill.note) await form.locator('textarea[name="note"]').fill(fill.note);
  if (fill.file) await form.locator('input[type="file"]').setInputFiles({ name: 'work.png', mimeType: 'image/png', buffer: PNG });
  if (fill.confirm) await form.getByRole('checkbox').check();
  const before = await page.locator('summary', { hasText: title }).count();
  await form.getByRole('button', { name: title }).click();
  // Done: the form says so, or — the referral having moved — the page no longer offers that move.
  await expect(async () => {
    const said = await form.getByText('ثبت شد.').count();
    expect(said > 0 || (await page.locator('summary', { hasText: title }).count()) < before).toBe(true);
  }).toPass({ timeout: 15_000 });
}

test('two agencies follow a case to its answer; the reporter appeals', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const marker = `آب${Date.now().toString(36)}`;
  const { trackingCode, national } = await reportReviewedToReferral(page, browser, marker);
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
  const city = await signedIn(browser, 'agency@sajam.test');
  await expect(city).toHaveURL(/\/agency$/);
  await expect(city.getByTestId('agency-figures')).toBeVisible();
  await city.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
  await expect(city.getByRole('region', { name: 'یادداشت سجام برای دستگاه' })).toContainText('لطفاً نمونه آب را آزمایش کنید.');
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

  // The ministry's own system answers through the Open311 API, with a key the administrator made for it.
  const admin = await signedIn(browser, 'admin@sajam.test');
  await admin.goto('/admin/agencies');
  await expectAccessible(admin);
  // A new agency submitted wrong keeps every value, the ticked categories included.
  await admin.getByRole('link', { name: 'دستگاه تازه' }).click();
  await admin.getByLabel('نام', { exact: true }).fill('شرکت آب و فاضلاب');
  await admin.getByLabel('شناسه کوتاه').fill('Not A Slug');
  await admin.getByLabel('سطح').selectOption({ label: 'تهران' });
  await admin.getByRole('checkbox', { name: 'سلامت عمومی' }).check();
  await admin.getByRole('button', { name: 'ذخیره' }).click();
  await expect(admin.getByText('شناسه کوتاه فقط حروف کوچک لاتین').first()).toBeVisible();
  await expect(admin.getByLabel('نام', { exact: true })).toHaveValue('شرکت آب و فاضلاب');
  await expect(admin.getByLabel('سطح')).toHaveValue(/\d+/);
  await expect(admin.getByRole('checkbox', { name: 'سلامت عمومی' })).toBeChecked();
  await expectAccessible(admin);
  await admin.goto('/admin/agencies');
  await admin.getByTestId('agency-list').getByRole('link', { name: 'وزارت بهداشت، درمان و آموزش پزشکی' }).click();
  await expectAccessible(admin);
  await admin.getByRole('link', { name: 'کلیدهای API (Open311) این دستگاه' }).click();
  await admin.getByLabel('برچسب').fill(`سامانه ۱۹۰ ${marker}`);
  await admin.getByRole('button', { name: 'ساختن کلید' }).click();
  const key = await admin.getByLabel('کلید کامل').inputValue();
  expect(key).toMatch(/^sjm_/);
  await expectAccessible(admin);
  await admin.context().close();

  const api = '/api/open311/v2';
  const auth = { Authorization: `Bearer ${key}` };
  const listed = await page.request.get(`${api}/requests.json`, { headers: auth });
  expect(listed.status()).toBe(200);
  const mine = ((await listed.json()) as { service_request_id: string; description: string }[]).find((r) => r.description.includes(marker))!;
  expect(mine).toBeTruthy();
  const update = (updateId: string, status: string, description: string) =>
    page.request.post(`${api}/servicerequestupdates.json`, {
      headers: auth,
      form: { service_request_id: mine.service_request_id, update_id: updateId, status, description, updated_datetime: new Date().toISOString() },
    });
  expect((await update(`${marker}-1`, 'FIXED', 'نمونه‌برداری انجام شد.')).status()).toBe(200);
  // The same update again (a retry) records nothing new.
  expect((await update(`${marker}-1`, 'FIXED', 'نمونه‌برداری انجام شد.')).status()).toBe(200);
  // Without a key nothing is answered (another agency's key gets 404: app/api/open311 tests).
  expect((await page.request.get(`${api}/requests/${mine.service_request_id}.json`)).status()).toBe(403);

  // The national office sends the ministry's answer back; the ministry's system answers again; both are accepted.
  await national.reload();
  const ministryCard = national.getByTestId('referral').filter({ hasText: 'وزارت بهداشت' });
  await expect(ministryCard.getByTestId('referral-step').filter({ hasText: 'نمونه‌برداری انجام شد.' })).toHaveCount(1);
  await expect(ministryCard.getByText('سامانه دستگاه').first()).toBeVisible();
  await ministryCard.locator('summary', { hasText: 'بازگرداندن پاسخ برای تکمیل' }).click();
  await ministryCard.getByLabel('چه چیزی در پاسخ کم است؟').fill('نتیجه آزمایش را بنویسید.');
  await ministryCard.getByRole('button', { name: 'بازگرداندن پاسخ برای تکمیل' }).click();
  await expect(ministryCard.getByTestId('referral-status')).toHaveText('بازگردانده‌شده برای تکمیل پاسخ');

  const updates = await page.request.get(`${api}/servicerequestupdates.json?start_date=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`, {
    headers: auth,
  });
  expect(JSON.stringify(await updates.json())).toContain('نتیجه آزمایش را بنویسید.');
  expect((await update(`${marker}-2`, 'FIXED', 'آزمایش آلودگی میکروبی نشان داد؛ منبع ضدعفونی شد.')).status()).toBe(200);

  // The ministry's liaison sees the same history in the portal.
  const ministry = await signedIn(browser, 'health.agency@sajam.test');
  await ministry.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
  await expect(ministry.getByTestId('referral-status')).toHaveText('پاسخ داده شد، در انتظار ارزیابی');
  await expect(ministry.getByText('نتیجه آزمایش را بنویسید.')).toBeVisible();
  await expectAccessible(ministry);
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

  await national.goto('/national/referrals?view=overdue');
  await expect(national.getByRole('heading', { name: 'پیگیری دستگاه‌ها' })).toBeVisible();
  await expectAccessible(national);
  await national.goto('/national/referrals?view=appeals');
  await expect(national.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).first()).toBeVisible();
  await national.context().close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a case is referred with ticked agencies and acknowledged by the liaison, all as plain form posts', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const noJs = { javaScriptEnabled: false };
    const marker = `چاه${Date.now().toString(36)}`;
    const { national } = await reportReviewedToReferral(page, browser, marker, {
      category: 'مشکلات محله و شهر',
      problem: 'دریچه چاه فاضلاب کوچه شکسته و باز مانده است.',
      context: noJs,
    });
    await national.locator('summary', { hasText: 'ارجاع به دستگاه' }).click();
    const refer = national.locator('details', { has: national.locator('summary', { hasText: 'ارجاع به دستگاه' }) });
    await refer.getByRole('checkbox', { name: 'شهرداری تهران' }).check();
    await refer.getByLabel('می‌دانم که ارجاع به دستگاه برگشت‌پذیر نیست').check();
    await refer.getByRole('button', { name: 'ارجاع به دستگاه' }).click();
    await expect(national.getByTestId('review-status')).toHaveText('ارجاع به دستگاه مسئول');
    await national.context().close();

    const city = await signedIn(browser, 'agency@sajam.test', noJs);
    await city.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
    await city.locator('summary', { hasText: 'اعلام دریافت' }).click();
    await city.getByRole('button', { name: 'اعلام دریافت' }).click();
    await expect(city.getByTestId('referral-status')).toHaveText('در دست رسیدگی');
    // A move that needs words, sent empty, is refused with the Persian message next to the field.
    await city.locator('summary', { hasText: 'پرسش از سجام' }).click();
    await city.getByRole('button', { name: 'پرسش از سجام' }).click();
    await expect(city.getByText('این قسمت را پر کنید.').first()).toBeVisible();
    // (axe needs scripts in the page: these pages are scanned in the journey above, with JavaScript.)
    await city.context().close();
  });
});
