import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, signedIn } from './support';

// Staff accounts (issue #15): the administrator creates a provincial staff account; the person sets
// their password from the one-time link (read from /dev/outbox), logs in and sees their province's
// queue; the administrator disables the account and the person's open session ends.

const newMobile = () => `0936${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;

/** The setup link's path in the newest message to this mobile on the development outbox. */
async function setupPathFromOutbox(page: Page, mobile: string): Promise<string> {
  await page.goto('/dev/outbox');
  const message = page
    .getByTestId('outbox-message')
    .filter({ hasText: `${mobile.slice(0, 4)}***${mobile.slice(-3)}` })
    .filter({ hasText: '/account/setup/' })
    .first();
  await expect(message).toBeVisible();
  return /\/account\/setup\/[A-Za-z0-9_-]{43}/.exec((await message.textContent()) ?? '')![0];
}

test('the administrator creates a provincial account; the person sets a password from the link and works in their province', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const mobile = newMobile();
  const name = `کارشناس آزمون ${Date.now().toString(36)}`;
  const admin = await signedIn(browser, 'admin@sajam.test');
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'حساب‌های کارکنان' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'حساب‌های کارکنان' })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole('link', { name: 'حساب تازه' }).click();
  await expectAccessible(admin);

  // Wrong: a liaison without an agency, a bad mobile. Every value stays, the tick and the select too.
  await admin.getByLabel('نام و نام خانوادگی').fill(name);
  await admin.getByLabel('شماره همراه').fill('0912');
  await admin.getByRole('checkbox', { name: 'رابط دستگاه' }).check();
  await admin.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await admin.getByRole('button', { name: 'ساخت حساب و فرستادن پیوند' }).click();
  await expect(admin.locator('#mobile-error')).toHaveText('شماره همراه معتبر نیست؛ مثلاً ۰۹۱۲۱۲۳۴۵۶۷.');
  await expect(admin.getByLabel('نام و نام خانوادگی')).toHaveValue(name);
  await expect(admin.getByRole('checkbox', { name: 'رابط دستگاه' })).toBeChecked();
  await expect(admin.getByLabel('استان', { exact: true })).toHaveValue(/\d+/);
  await admin.getByLabel('شماره همراه').fill(mobile);
  await admin.getByRole('button', { name: 'ساخت حساب و فرستادن پیوند' }).click();
  await expect(admin.locator('#agencyId-error')).toHaveText('برای رابط دستگاه، دستگاه را انتخاب کنید.');
  await expectAccessible(admin);

  // Right: provincial staff of Tehran.
  await admin.getByRole('checkbox', { name: 'رابط دستگاه' }).uncheck();
  await admin.getByRole('checkbox', { name: 'کارشناس ستاد استانی' }).check();
  await admin.getByRole('button', { name: 'ساخت حساب و فرستادن پیوند' }).click();
  await expect(admin.getByRole('status')).toContainText('پیوند تعیین گذرواژه برای شخص فرستاده شد');
  await expect(admin.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(admin.getByText('منتظر تعیین گذرواژه').first()).toBeVisible();
  await expectAccessible(admin);
  const accountUrl = admin.url();

  // The person opens the link from the message, chooses a password, and logs in.
  const path = await setupPathFromOutbox(page, mobile);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'تعیین گذرواژه' })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('گذرواژه', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'ثبت گذرواژه' }).click();
  await expect(page.locator('#password-error')).toHaveText('گذرواژه باید دست‌کم ۱۰ نویسه باشد.');
  await page.getByLabel('گذرواژه', { exact: true }).fill('provincial-password-1405');
  await page.getByRole('button', { name: 'ثبت گذرواژه' }).click();
  await expect(page).toHaveURL(/\/login\?reset=done/);
  await logIn(page, mobile, 'provincial-password-1405');
  await expect(page).toHaveURL(/\/province/);
  await expect(page.getByText('استان تهران').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'صف بررسی' })).toBeVisible();
  // The link worked once.
  await page.goto(path);
  await expect(page.getByText('این پیوند پیش‌تر به کار رفته')).toBeVisible();

  // The administrator finds the account and disables it: the person's open session ends at once.
  await admin.goto(`/admin/accounts?q=${encodeURIComponent(mobile)}`);
  await expect(admin.getByTestId('account-list').getByRole('listitem')).toHaveCount(1);
  await admin.goto(accountUrl);
  await admin.getByRole('button', { name: 'غیرفعال کردن حساب' }).click();
  await expect(admin.locator('#status-error')).toHaveText('برای غیرفعال کردن، این گزینه را تیک بزنید.');
  await admin.getByRole('checkbox', { name: 'می‌دانم این شخص فوراً از سامانه بیرون می‌رود.' }).check();
  await admin.getByRole('button', { name: 'غیرفعال کردن حساب' }).click();
  await expect(admin.getByRole('status')).toContainText('حساب غیرفعال شد');
  await page.goto('/province');
  await expect(page).toHaveURL(/\/login/);
  await admin.context().close();
});

test('without JavaScript the account form keeps every value after a refusal', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@sajam.test', { javaScriptEnabled: false });
  await admin.goto('/admin/accounts/new');
  const name = `بدون اسکریپت ${Date.now().toString(36)}`;
  await admin.getByLabel('نام و نام خانوادگی').fill(name);
  await admin.getByLabel('ایمیل').fill(`no-js-${Date.now().toString(36)}@sajam.test`);
  await admin.getByRole('checkbox', { name: 'کارشناس ستاد استانی' }).check();
  await admin.getByRole('checkbox', { name: 'مربی' }).check();
  await admin.getByLabel('زبان پیام‌ها').selectOption('en');
  await admin.getByRole('button', { name: 'ساخت حساب و فرستادن پیوند' }).click();
  await expect(admin.locator('#provinceId-error')).toHaveText('برای کارشناس ستاد استانی، استان را انتخاب کنید.');
  await expect(admin.getByLabel('نام و نام خانوادگی')).toHaveValue(name);
  await expect(admin.getByRole('checkbox', { name: 'کارشناس ستاد استانی' })).toBeChecked();
  await expect(admin.getByRole('checkbox', { name: 'مربی' })).toBeChecked();
  await expect(admin.getByLabel('زبان پیام‌ها')).toHaveValue('en');
  await admin.getByLabel('استان', { exact: true }).selectOption({ label: 'فارس' });
  await admin.getByRole('button', { name: 'ساخت حساب و فرستادن پیوند' }).click();
  await expect(admin.getByRole('heading', { level: 1, name })).toBeVisible();
  await admin.context().close();
});

test('only the administrator reaches the accounts pages', async ({ browser }) => {
  const national = await signedIn(browser, 'national@sajam.test');
  const answer = await national.goto('/admin/accounts');
  expect(answer?.status()).toBe(403);
  await national.context().close();
});
