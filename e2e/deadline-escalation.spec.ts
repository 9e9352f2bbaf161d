import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support';

// The demo data holds a member's report the core head left three days past its deadline. The deadline
// job in the server reminds the core head and escalates the report to the province.
const DEMO_OVERDUE = 'آب‌گرفتگی زیرگذر خیابان اصلی نارمک';

test('an overdue report is escalated to the province, which reveals the member (audited) and decides in the core’s place', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, 'province@sajam.test');
  await expect(page).toHaveURL(/\/province$/);
  const item = page.getByRole('listitem').filter({ hasText: DEMO_OVERDUE });
  await expect(async () => {
    await page.reload();
    await expect(item).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(item.getByText('ارجاع‌شده به سطح بالاتر')).toBeVisible();
  await expect(item.getByText('دیرکرد')).toBeVisible();
  await expectAccessible(page);

  await item.getByRole('link', { name: /مشاهده/ }).click();
  await expect(page.getByTestId('review-status')).toHaveText('در بررسی هسته');
  await expect(page.getByText(/مهلت این مرحله گذشته است/)).toBeVisible();
  await expect(page.getByText('سامانه (مهلت)')).toBeVisible();
  await expect(page.getByText('مریم احمدی')).toHaveCount(0);
  await page.getByRole('button', { name: 'نمایش هویت و راه تماس' }).click();
  await expect(page.getByTestId('revealed-identity')).toContainText('مریم احمدی');
  await expect(page.getByTestId('revealed-identity')).toContainText('این نمایش با نام شما در گزارش حسابرسی ثبت شد.');
  await expectAccessible(page);

  await page.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await page.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('در بررسی ستاد استان');

  await page.goto('/dev/outbox');
  const messages = page.getByTestId('outbox-message');
  await expect(messages.filter({ hasText: 'از مهلت گذشت و به شما ارجاع شد' }).first()).toBeVisible();
  await expect(messages.filter({ hasText: 'مهلت بررسی پرونده' }).first()).toBeVisible();
  await expect(messages.filter({ hasText: '0912***002' }).first()).toBeVisible();
  await expectAccessible(page);
});
