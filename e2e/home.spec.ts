import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

test('the home page is Persian, right-to-left, and leads to every public service', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('صدای مردم');
  const main = page.getByRole('main');
  for (const name of ['ثبت گزارش، نظر یا پیشنهاد', 'پیگیری گزارش', 'عضویت داوطلبانه', 'ورود اعضا و کارشناسان']) {
    await expect(main.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'حوزه‌های اولویت‌دار اعلام‌شده' })).toBeVisible();
  await expect(page.getByText('احتکار و گران‌فروشی کالاهای اساسی')).toBeVisible();
  await expectAccessible(page);
});

test('the language switch turns the site English and left-to-right, and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText("People's voice");
  await expectAccessible(page);
  await page.getByRole('button', { name: /فارسی/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
});

test('the site has an icon, also at /favicon.ico', async ({ request }) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toBe('image/x-icon');
  expect((await request.get('/icon.svg')).headers()['content-type']).toContain('image/svg+xml');
});

test('an unknown address gets the Persian 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  expect(await response?.text()).toContain('صفحه پیدا نشد (۴۰۴)');
  await expect(page.getByRole('heading', { name: 'صفحه پیدا نشد (۴۰۴)' })).toBeVisible();
  await expectAccessible(page);
});
