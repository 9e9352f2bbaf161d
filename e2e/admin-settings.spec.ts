import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support';

// Settings (issue #15): the administrator changes a review deadline without a deploy and the public help
// page states the new number at once; a wrong value comes back with its Persian message and every value
// kept; without JavaScript a value is saved and reset. Each change is put back to its default at the end,
// since the other journeys read the same settings (the values changed here are ones they do not check:
// a shorter grace before escalating, a longer appeal window).

async function signedIn(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext({ ...test.info().project.use, ...options })).newPage();
  await logIn(page, 'admin@sajam.test');
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

const GRACE = 'فرصت پس از یادآوری، پیش از ارجاع به سطح بالاتر (روز)';
const CORE = 'مهلت بررسی در هسته (روز)';
const APPEAL = 'مهلت اعتراض پس از بسته شدن پرونده (روز)';

test('the administrator changes a deadline and the help page says so; a wrong value keeps the form', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser);
  await page.goto('/admin/settings');
  await expect(page.getByRole('heading', { name: 'تنظیمات', level: 1 })).toBeVisible();
  await expect(page.getByTestId('setting-escalateAfterDays')).toContainText('پیش‌فرض: ۲ روز (SAJAM_ESCALATE_AFTER_DAYS).');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/admin-settings.png', fullPage: true });

  // Wrong: no deadline of zero days. The message is next to the field; both typed values stay.
  await page.getByLabel(CORE).fill('0');
  await page.getByLabel(GRACE).fill('۱');
  await page.getByRole('button', { name: 'ذخیره تنظیمات', exact: true }).click();
  await expect(page.locator('#coreReviewDays-error')).toHaveText('عددی از ۰٫۲۵ (شش ساعت) تا ۳۶۵ بنویسید، مانند ۳ یا ۰٫۵.');
  await expect(page.getByLabel(CORE)).toHaveValue('0');
  await expect(page.getByLabel(GRACE)).toHaveValue('۱');
  await expectAccessible(page);

  await page.getByLabel(CORE).fill('3');
  await page.getByRole('button', { name: 'ذخیره تنظیمات', exact: true }).click();
  await expect(page.getByText('ذخیره شد.')).toBeVisible();
  await expect(page.getByLabel(GRACE)).toHaveValue('1');
  await expect(page.getByTestId('setting-escalateAfterDays')).toContainText('تغییر داده شده');
  // The core's 3 days were the default already: not stored, no reset offered.
  await expect(page.getByTestId('setting-coreReviewDays').getByRole('button')).toHaveCount(0);

  await page.goto('/help');
  await expect(page.getByRole('main')).toContainText('۱ روز بعد گزارش به سطح بالاتر سپرده می‌شود');

  await page.goto('/admin/settings');
  await page
    .getByTestId('setting-escalateAfterDays')
    .getByRole('button', { name: /بازگشت به پیش‌فرض/ })
    .click();
  await expect(page.getByLabel(GRACE)).toHaveValue('2');
  await expect(page.getByTestId('setting-escalateAfterDays')).toContainText('همان پیش‌فرض');
  await page.goto('/help');
  await expect(page.getByRole('main')).toContainText('۲ روز بعد گزارش به سطح بالاتر سپرده می‌شود');
  await page.context().close();
});

test('without JavaScript the settings form saves a value and resets it', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, { javaScriptEnabled: false });
  await page.goto('/admin/settings');
  await page.getByLabel(APPEAL).fill('45');
  await page.getByRole('button', { name: 'ذخیره تنظیمات', exact: true }).click();
  await expect(page.getByText('ذخیره شد.')).toBeVisible();
  await expect(page.getByLabel(APPEAL)).toHaveValue('45');

  // A wrong value without JavaScript: the page comes back with the message and the value as typed.
  await page.getByLabel(APPEAL).fill('400');
  await page.getByRole('button', { name: 'ذخیره تنظیمات', exact: true }).click();
  await expect(page.locator('#appealDays-error')).toHaveText('عدد صحیحی از ۱ تا ۳۶۵ بنویسید.');
  await expect(page.getByLabel(APPEAL)).toHaveValue('400');

  await page
    .getByTestId('setting-appealDays')
    .getByRole('button', { name: /بازگشت به پیش‌فرض/ })
    .click();
  await expect(page.getByLabel(APPEAL)).toHaveValue('30');
  await expect(page.getByTestId('setting-appealDays')).toContainText('همان پیش‌فرض');
  await page.context().close();
});
