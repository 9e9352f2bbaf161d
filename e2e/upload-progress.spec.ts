import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectAccessible } from './support';

// A report's attachments go with a progress bar and can be cancelled (issue #12): on a poor link a 1 MB
// photo takes 20 s and more. Sent through the form action route (/report/send) with XMLHttpRequest.

/** A photo of noise: it does not compress, so its bytes really cross the (throttled) link. */
async function noisyPhoto(side: number) {
  const buffer = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  return { name: 'noise.jpg', mimeType: 'image/jpeg', buffer };
}

async function slowUpload(page: Page, kbitPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: (kbitPerSecond * 1000) / 8 });
  return cdp;
}

async function fillReport(page: Page) {
  await page.goto('/report');
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('شرح').fill('لوله آب خیابان ترکیده و آب کوچه را گرفته؛ عکس آن پیوست است.');
  await page.waitForFunction(() => Object.keys(document.querySelector('main form')!).some((k) => k.startsWith('__reactFiber')));
}

test('attachments go with a progress bar, then the tracking code', async ({ page }) => {
  await fillReport(page);
  await page.getByLabel('پیوست‌ها (اختیاری)').setInputFiles(await noisyPhoto(500));
  await slowUpload(page, 1200);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  const progress = page.getByTestId('upload-progress');
  await expect(progress.getByRole('progressbar', { name: 'پیشرفت ارسال' })).toBeVisible();
  await expect(progress.getByRole('status')).toContainText(/در حال ارسال: [۰-۹]+٪/);
  await expect(progress.getByRole('status')).toContainText(/[۰-۹]+٫[۰-۹] از [۰-۹]+٫[۰-۹] مگابایت/);
  await expectAccessible(page);
  await expect(page.getByTestId('tracking-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/, { timeout: 30_000 });
  await expect(page.locator('#done')).toBeFocused();
});

test('a cancelled upload keeps the text and the photo, and can be sent again', async ({ page }) => {
  await fillReport(page);
  await page.getByLabel('پیوست‌ها (اختیاری)').setInputFiles(await noisyPhoto(600));
  const cdp = await slowUpload(page, 200);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await page.getByRole('button', { name: 'لغو ارسال' }).click();
  await expect(page.locator('#report-form-message')).toContainText('ارسال لغو شد');
  await expect(page.locator('#report-form-message')).toBeFocused();
  await expect(page.getByLabel('شرح')).toHaveValue('لوله آب خیابان ترکیده و آب کوچه را گرفته؛ عکس آن پیوست است.');
  await expect(page.getByRole('list', { name: 'پیوست‌های انتخاب‌شده' }).getByText('noise.jpg')).toBeVisible();
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await expect(page.getByTestId('tracking-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/, { timeout: 30_000 });
});
