import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support';

// Issue #11: after an error every value stays as it was sent, selects, dependent selects, checkboxes and
// (with JavaScript) files included, so what the screen shows is what will be sent again. Without
// JavaScript the server's page comes back filled (files cannot be refilled by any page; the form says so
// by showing no file chosen). Focus moves to an error summary that links to each field.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function fillAllButDescription(page: Page, withFile: boolean) {
  await page.getByRole('radio', { name: 'نظر' }).check();
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('شهرستان (اختیاری)').selectOption({ label: 'ری' });
  await page.getByLabel('محل (اختیاری)').fill('خیابان فداییان اسلام');
  await page.getByLabel('روز').selectOption('7');
  await page.getByLabel('ماه').selectOption({ label: 'آبان' });
  await page.getByLabel('سال').selectOption({ index: 1 });
  await page.getByLabel('می‌خواهم با من تماس گرفته شود').check();
  await page.getByLabel('شماره همراه', { exact: true }).fill('0912 123 4567');
  if (withFile) await page.getByLabel('پیوست‌ها (اختیاری)').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.getByLabel('شرح').fill('کوتاه');
}

async function expectAllKept(page: Page) {
  await expect(page.getByRole('radio', { name: 'نظر' })).toBeChecked();
  await expect(page.getByLabel('دسته')).toHaveValue(/\d+/);
  await expect(page.getByLabel('دسته').locator('option:checked')).toHaveText('مشکلات محله و شهر');
  await expect(page.getByLabel('استان', { exact: true }).locator('option:checked')).toHaveText('تهران');
  await expect(page.getByLabel('شهرستان (اختیاری)').locator('option:checked')).toHaveText('ری');
  await expect(page.getByLabel('محل (اختیاری)')).toHaveValue('خیابان فداییان اسلام');
  await expect(page.getByLabel('روز')).toHaveValue('7');
  await expect(page.getByLabel('ماه').locator('option:checked')).toHaveText('آبان');
  await expect(page.getByLabel('سال')).not.toHaveValue('');
  await expect(page.getByLabel('می‌خواهم با من تماس گرفته شود')).toBeChecked();
  await expect(page.getByLabel('شماره همراه', { exact: true })).toBeVisible();
  await expect(page.getByLabel('شماره همراه', { exact: true })).toHaveValue('0912 123 4567');
  await expect(page.getByLabel('شرح')).toHaveValue('کوتاه');
}

test.describe('with JavaScript', () => {
  test('the report form keeps every value and the chosen file after an error, and focuses the error summary', async ({ page }) => {
    await page.goto('/report');
    await fillAllButDescription(page, true);
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    await expect(page.locator('#description-error')).toHaveText('شرح باید دست‌کم ۲۰ نویسه باشد.');
    await expectAllKept(page);
    expect(await page.getByLabel('پیوست‌ها (اختیاری)').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
    const summary = page.locator('#report-form-message');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /شرح/ })).toHaveAttribute('href', '#description');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/report-error-js.png', fullPage: true });
  });

  test('a draft is kept on the device through a reload, can be cleared, and is gone once the report is sent', async ({ page }) => {
    await page.goto('/report');
    await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
    await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
    await page.getByLabel('شهرستان (اختیاری)').selectOption({ label: 'شمیرانات' });
    await page.getByLabel('شرح').fill('پیش‌نویس: صندوق‌های زباله کوچه دو هفته است خالی نشده و بوی بد همه جا را گرفته.');
    await expect(page.getByRole('note')).toContainText('فقط روی همین دستگاه');
    await page.reload();
    await expect(page.getByLabel('شرح')).toHaveValue(/^پیش‌نویس: صندوق‌های زباله/);
    await expect(page.getByLabel('شهرستان (اختیاری)').locator('option:checked')).toHaveText('شمیرانات');
    await expect(page.getByLabel('دسته').locator('option:checked')).toHaveText('مشکلات محله و شهر');
    // Clearing removes the copy on the device; what is on screen stays until the page is left.
    await page.getByRole('button', { name: 'پاک کردن پیش‌نویس' }).click();
    await expect(page.getByLabel('شرح')).toHaveValue(/^پیش‌نویس: صندوق‌های زباله/);
    expect(await page.evaluate(() => window.localStorage.getItem('sajam:draft:report'))).toBeNull();
    await page.reload();
    await expect(page.getByLabel('شرح')).toHaveValue('');

    await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
    await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
    await page.getByLabel('شرح').fill('صندوق‌های زباله کوچه دو هفته است خالی نشده و بوی بد همه جا را گرفته است.');
    await expect(page.getByRole('note')).toBeVisible();
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    await expect(page.getByTestId('tracking-code')).toBeVisible();
    expect(await page.evaluate(() => window.localStorage.getItem('sajam:draft:report'))).toBeNull();
  });

  test('chosen files show a thumbnail and a size, can be taken out, and a wrong type is refused before sending', async ({ page }) => {
    await page.goto('/report');
    const input = page.getByLabel('پیوست‌ها (اختیاری)');
    await input.setInputFiles([
      { name: 'one.png', mimeType: 'image/png', buffer: png },
      { name: 'two.png', mimeType: 'image/png', buffer: png },
    ]);
    const list = page.getByRole('list', { name: 'پیوست‌های انتخاب‌شده' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.locator('img').first()).toBeVisible();
    await list.getByRole('button', { name: 'برداشتن one.png' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    expect(await input.evaluate((el: HTMLInputElement) => [...el.files!].map((f) => f.name))).toEqual(['two.png']);
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.locator('#attachments-error')).toHaveText('فقط تصویر JPEG، PNG، WebP یا فایل PDF پذیرفته می‌شود.');
    await expectAccessible(page);
  });

  test('the county list follows the province', async ({ page }) => {
    await page.goto('/report');
    await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
    const counties = page.getByLabel('شهرستان (اختیاری)');
    await expect(counties.getByRole('option', { name: 'شمیرانات' })).toHaveCount(1);
    await expect(counties.getByRole('option', { name: 'اصفهان' })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the report form posts, answers with the errors and keeps every value', async ({ page }) => {
    await page.goto('/report');
    await fillAllButDescription(page, false);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    expect((await answer).status()).toBeLessThan(400);
    await expect(page.locator('#description-error')).toHaveText('شرح باید دست‌کم ۲۰ نویسه باشد.');
    await expectAllKept(page);
    await expect(page.locator('#report-form-message').getByRole('link', { name: /شرح/ })).toBeVisible();
    await expect(page.getByText('اگر پیوستی انتخاب کرده بودید، دوباره انتخاب کنید')).toBeVisible();
    await page.screenshot({ path: 'test-results/report-error-nojs.png', fullPage: true });
  });

  test('the tracking form asks for a code when none was typed', async ({ page }) => {
    await page.goto('/track');
    await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
    await expect(page.locator('#code-error')).toHaveText('کد پیگیری را وارد کنید؛ همان کدی که پس از ثبت گزارش به شما داده شد.');
  });
});
