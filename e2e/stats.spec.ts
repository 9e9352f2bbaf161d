import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support';

// /stats (issue #16): the public figures from the hourly snapshot (the server refreshes it a few seconds after it
// starts), with the agency league table and the province tile map, on a 390-pixel phone, with and without JavaScript.
test.use({ viewport: { width: 390, height: 844 } });

/** Opens /stats once the first refresh has written the snapshot. */
async function openStats(page: Page) {
  await expect
    .poll(
      async () => {
        await page.goto('/stats');
        return page.getByTestId('stats-refreshed').textContent();
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toContain('آخرین به‌روزرسانی');
}

async function expectFigures(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'آمار سجام' })).toBeVisible();
  await expect(page.getByText('هر ساعت یک بار به‌روز می‌شوند')).toBeVisible();
  await expect(page.getByText('«پنهان»').first()).toBeVisible();
  const league = page.getByRole('table', { name: /پاسخ‌گویی دستگاه‌ها/ });
  await expect(league).toBeVisible();
  await expect(league.getByRole('rowheader', { name: 'شهرداری تهران' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'نقشه استان‌ها: گزارش به ازای هر ۱۰۰ هزار نفر' })).toBeVisible();
  await expect(page.getByTestId('province-tile-map').locator('rect')).toHaveCount(31 + 6 + 1); // tiles, legend, hatch
  await expect(page.getByRole('table', { name: /بر پایه استان، با نسبت به جمعیت/ }).getByRole('rowheader', { name: 'تهران', exact: true })).toBeVisible();
  // The open-data tables of the same year.
  await expect(page.getByRole('link', { name: 'agencies.csv' })).toHaveAttribute('href', /\/api\/open-data\/stats\/agencies\.csv\?year=1\d{3}$/);
}

test('the public statistics: league table, tile map, charts with their tables; reached from the header and the dashboard', async ({ page }) => {
  await openStats(page);
  await expectFigures(page);
  // No horizontal scroll of the page itself at 390 px: wide tables scroll inside their own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  const csv = await page.request.get((await page.getByRole('link', { name: 'agencies.csv' }).getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('tehran-municipality');

  await page.goto('/');
  await page.getByRole('navigation', { name: 'پیمایش اصلی' }).getByRole('link', { name: 'آمار' }).click();
  await expect(page).toHaveURL(/\/stats$/);

  await logIn(page, 'national@sajam.test');
  await expect(page).not.toHaveURL(/\/login/);
  await page.getByRole('link', { name: 'آمار سالانه' }).click();
  await expect(page).toHaveURL(/\/stats$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same figures, and the year picker as a plain form', async ({ page }) => {
    await openStats(page);
    await expectFigures(page);
    const year = await page.getByLabel('سال', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'نمایش' }).click();
    await expect(page).toHaveURL(new RegExp(`/stats\\?year=${year}$`));
    await expectFigures(page);
  });
});
