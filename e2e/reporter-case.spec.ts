import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support';

/** An anonymous report with a photo, sent through the form; returns its tracking code. */
async function submitAnonymousReport(page: Page, marker: string, { photo = false } = {}) {
  await page.goto('/report');
  await page.getByRole('radio', { name: 'گزارش' }).check();
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('محل (اختیاری)').fill(`${marker} کوچه بهار`);
  await page.getByLabel('شرح').fill(`${marker}: سطل‌های زباله سر کوچه یک هفته است خالی نشده و بوی بد همه جا را گرفته است.`);
  if (photo)
    await page.locator('input[type=file][name=attachments]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      // A 1×1 PNG.
      buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
    });
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  const shown = page.getByTestId('tracking-code');
  await expect(shown).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  return (await shown.textContent())!.trim();
}

async function lookUp(page: Page, code: string) {
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(code);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
}

test('a reporter learns what happens next, sees what they sent, adds to it, prints a receipt and withdraws it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const marker = `پرونده ${Date.now().toString(36)}`;
  let code = '';

  await test.step('after submitting: the steps ahead with their usual days, in Persian digits', async () => {
    code = await submitAnonymousReport(page, marker, { photo: true });
    const steps = page.getByTestId('next-steps');
    await expect(steps.getByRole('listitem')).toHaveCount(4);
    await expect(steps.getByRole('listitem').first()).toContainText('بررسی در ستاد استان');
    await expect(steps.getByRole('listitem').first()).toContainText('معمولاً حداکثر ۵ روز');
    await expect(steps.getByRole('listitem').nth(1)).toContainText('۷ روز');
    await expect(page.getByText('قابل بازیابی نیست')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('/track shows what was sent and opens the cleaned photo by a link without the code', async () => {
    await lookUp(page, code);
    const facts = page.getByTestId('submitted-facts');
    await expect(facts).toContainText(`${marker}: سطل‌های زباله`);
    await expect(facts).toContainText(`${marker} کوچه بهار`);
    await expect(facts).toContainText('تهران');
    await expect(facts).toContainText('بی‌نام فرستاده‌اید');
    const photo = facts.getByRole('link', { name: 'تصویر ۱' });
    const href = (await photo.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/attachments\/[0-9a-f-]{36}\?t=/);
    expect(href).not.toContain(code.replaceAll('-', ''));
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
    // Without the link's token the same address is nobody's.
    expect((await page.request.get(href.split('?')[0]!)).status()).toBe(404);
    await expect(page.getByTestId('next-steps').locator('[aria-current=step]')).toContainText('اکنون');
    await expectAccessible(page);
  });

  await test.step('more information while under review stays in the thread and the state does not move', async () => {
    await page.getByLabel('پیام شما').fill(`${marker} توضیح تازه: از دوشنبه وضعیت بدتر شده است.`);
    await page.getByRole('button', { name: 'ارسال' }).click();
    await expect(page.getByText('پیام شما ارسال شد.')).toBeVisible();
    await expect(page.getByText(`${marker} توضیح تازه`)).toBeVisible();
    await expect(page.getByTestId('report-status')).toHaveText('در بررسی ستاد استان');
  });

  await test.step('the printed receipt: the code unbroken, date, category and state, no description, a warning', async () => {
    const receipt = page.getByTestId('receipt');
    await expect(receipt.getByTestId('receipt-code')).toHaveText(code);
    await expect(receipt).toContainText('مشکلات محله و شهر');
    await expect(receipt).toContainText('در بررسی ستاد استان');
    await expect(receipt.getByTestId('receipt-warning')).toContainText('شما را گزارش‌دهنده نشان دهد');
    await page.emulateMedia({ media: 'print' });
    await expect(receipt).toBeVisible();
    await expect(page.getByTestId('submitted-facts')).toBeHidden();
    await expect(page.getByText(`${marker}: سطل‌های زباله`)).toBeHidden();
    await expect(page.locator('header[data-site-chrome]')).toBeHidden();
    const box = (await receipt.getByTestId('receipt-code').boundingBox())!;
    expect(box.height).toBeLessThan(60);
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('withdrawing asks for a reason, then ends the case', async () => {
    await page.getByRole('button', { name: 'پس گرفتن گزارش' }).click();
    await expect(page.locator('#reason-error')).toHaveText('دلیل پس گرفتن را بنویسید.');
    await expect(page.locator('#withdraw-message')).toBeFocused();
    await page.getByLabel('دلیل پس گرفتن').fill('شهرداری امروز زباله‌ها را برد.');
    await page.getByRole('button', { name: 'پس گرفتن گزارش' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('پس گرفته شد');
    await expect(page.getByText('گزارش پس گرفته شد. بررسی آن متوقف شد.')).toBeVisible();
    await expect(page.getByText('رسیدگی به این گزارش پایان یافته است')).toBeVisible();
    await expect(page.getByRole('button', { name: 'پس گرفتن گزارش' })).toHaveCount(0);
    await expect(page.getByLabel('پیام شما')).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('the province sees the withdrawn state and the reason in Persian, and no move is left', async () => {
    const staff = await browser.newContext({ locale: 'fa-IR' });
    const reviewer = await staff.newPage();
    await logIn(reviewer, 'province@sajam.test');
    await expect(reviewer).toHaveURL(/\/province$/);
    await reviewer.goto('/province?status=WITHDRAWN');
    const item = reviewer.getByRole('listitem').filter({ hasText: marker });
    await expect(item).toContainText('پس گرفته شد');
    await item.getByRole('link', { name: /مشاهده/ }).click();
    await expect(reviewer.getByTestId('review-status')).toHaveText('پس گرفته شد');
    await expect(reviewer.getByText('پس گرفتن توسط گزارش‌دهنده')).toBeVisible();
    await expect(reviewer.getByText('شهرداری امروز زباله‌ها را برد.')).toBeVisible();
    await expect(reviewer.getByText('در این مرحله اقدامی بر عهده شما نیست.')).toBeVisible();
    await expectAccessible(reviewer);
    await staff.close();
  });
});

test('a member opens their own report from «گزارش‌های من» and is not told the code cannot be recovered', async ({ page }) => {
  test.setTimeout(120_000);
  const marker = `گزارش من ${Date.now().toString(36)}`;
  await logIn(page, 'member@sajam.test');
  await expect(page).toHaveURL(/\/member$/);
  await page.goto('/member/report');
  await page.getByRole('radio', { name: 'پیشنهاد' }).check();
  await page.getByLabel('دسته').selectOption({ label: 'سایر' });
  await page.getByLabel('شرح').fill(`${marker}: پیشنهاد می‌شود در پارک محله چراغ‌های بیشتری نصب شود تا شب‌ها امن‌تر باشد.`);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
  await expect(page.getByTestId('member-saved')).toContainText('در حساب شما نگه داشته می‌شود');
  await expect(page.getByText('قابل بازیابی نیست')).toHaveCount(0);
  await expect(page.getByTestId('next-steps').getByRole('listitem').first()).toContainText('بررسی در هسته محلی');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'گزارش‌های من' }).click();
  await expect(page).toHaveURL(/\/member\/reports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'گزارش‌های من' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('listitem').filter({ hasText: 'پیشنهاد' }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('submitted-facts')).toContainText(marker);
  await expect(page.getByTestId('submitted-facts')).toContainText('به‌عنوان عضو فرستاده‌اید');
  await expect(page.getByTestId('next-steps')).toContainText('معمولاً حداکثر ۳ روز');
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reporter reads their report, adds to it and withdraws it with plain forms', async ({ page }) => {
    test.setTimeout(120_000);
    const marker = `بی‌اسکریپت ${Date.now().toString(36)}`;
    const code = await submitAnonymousReport(page, marker);
    await expect(page.getByTestId('next-steps')).toContainText('معمولاً حداکثر ۵ روز');

    await lookUp(page, code);
    await expect(page.getByTestId('submitted-facts')).toContainText(`${marker}: سطل‌های زباله`);
    await expect(page.getByTestId('receipt')).toContainText('فرمان چاپ مرورگر');

    await page.getByLabel('پیام شما').fill(`${marker} پیام بدون اسکریپت`);
    await page.getByRole('button', { name: 'ارسال' }).click();
    await expect(page.getByText('پیام شما ارسال شد.')).toBeVisible();
    await expect(page.getByText(`${marker} پیام بدون اسکریپت`)).toBeVisible();

    // A reason of invisible characters only is refused next to the field, and what was typed stays.
    await page.getByLabel('دلیل پس گرفتن').fill('\u200c\u200c');
    await page.getByRole('button', { name: 'پس گرفتن گزارش' }).click();
    await expect(page.locator('#reason-error')).toHaveText('دلیل پس گرفتن را بنویسید.');
    await expect(page.getByTestId('report-status')).toHaveText('در بررسی ستاد استان');
    await page.getByLabel('دلیل پس گرفتن').fill('اشتباهی فرستادم.');
    await page.getByRole('button', { name: 'پس گرفتن گزارش' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('پس گرفته شد');
  });
});
