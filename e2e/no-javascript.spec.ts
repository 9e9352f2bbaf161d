import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, joinWithMobile } from './support';

// Tor Browser at its "Safest" level runs no JavaScript: every public form must work as plain HTML forms
// (issue #12), with the same Persian messages as with JavaScript. (axe needs JavaScript in the page: the
// same pages are scanned in the JavaScript journeys.)
test.use({ javaScriptEnabled: false });

test('log in with a wrong then the right password, and log out', async ({ page }) => {
  await page.goto('/login?next=/province');
  await page.getByLabel('شماره همراه یا ایمیل').fill('province@sajam.test');
  await page.getByLabel('گذرواژه').fill('not-the-password');
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page.locator('#login-error')).toHaveText('شماره همراه/ایمیل یا گذرواژه درست نیست.');
  await expect(page.getByLabel('شماره همراه یا ایمیل')).toHaveValue('province@sajam.test');
  await expect(page.getByLabel('گذرواژه')).toHaveValue('');
  await page.getByLabel('گذرواژه').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page).toHaveURL(/\/province$/);
  await expect(page.getByText('استان تهران').first()).toBeVisible();
  await page.getByRole('button', { name: 'خروج' }).click();
  await expect(page.getByRole('link', { name: 'ورود', exact: true })).toBeVisible();
  const after = await page.goto('/province');
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(after?.status()).toBe(200);
});

test('switch the language and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: /فارسی/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('join: a code to the mobile, then the account, logged in and on to the application', async ({ page }) => {
  await joinWithMobile(page, `0937${Date.now().toString().slice(-7)}`);
  await expect(page.getByTestId('application-status')).toHaveText('پیش‌نویس');

  // The application's steps: a refused step keeps what was typed; the place step's county list is
  // grouped by province (no script narrows it); a saved step goes on to the next.
  await page.getByLabel('نام', { exact: true }).fill('نرگس');
  await page.getByLabel('کد ملی').fill('1234567890');
  await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
  await expect(page.locator('#nationalCode-error')).toContainText('کد ملی معتبر نیست');
  await expect(page.getByLabel('نام', { exact: true })).toHaveValue('نرگس');
  await page.goto('/application?step=place');
  await page.getByLabel('استان').selectOption({ label: 'تهران' });
  await page.getByLabel('شهرستان').selectOption({ label: 'ری' });
  await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
  await expect(page.getByRole('heading', { name: 'سوابق و علایق' })).toBeVisible();
});

test('report, keep the code, look it up and reply', async ({ page }) => {
  await page.goto('/report');
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'اصفهان' });
  await page.getByLabel('شرح').fill('آسفالت خیابان پس از حفاری شرکت آب سه ماه است ترمیم نشده و خودروها آسیب می‌بینند.');
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  const shown = page.getByTestId('tracking-code');
  await expect(shown).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const code = (await shown.textContent())!.trim();

  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(code);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('report-status')).toHaveText('در بررسی ستاد استان');
  await page.getByLabel('پیام شما').fill('x');
  await page.getByRole('button', { name: 'ارسال', exact: true }).click();
  await expect(page.locator('#body-error')).not.toBeEmpty();
  await expect(page.getByLabel('پیام شما')).toHaveValue('x');
  await page.getByLabel('پیام شما').fill('عکس دیگری از محل هم دارم که فردا می‌فرستم.');
  await page.getByRole('button', { name: 'ارسال', exact: true }).click();
  await expect(page.locator('#reply-message')).toContainText('پیام شما ارسال شد.');
});

test.describe('before the scripts have run', () => {
  test.use({ javaScriptEnabled: true });

  test('a form sent before hydration gets the same answer as without JavaScript, not a 500', async ({ page }) => {
    // The scripts arrive 20 s late (a poor link): the forms are plain HTML forms until then.
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      await route.continue().catch(() => {});
    });
    await page.goto('/track', { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
    await expect(page.locator('#code-error')).toHaveText('کد پیگیری را وارد کنید؛ همان کدی که پس از ثبت گزارش به شما داده شد.');

    await page.goto('/report', { waitUntil: 'commit' });
    await page.getByLabel('شرح').fill('کوتاه');
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    expect((await answer).status()).toBe(200);
    await expect(page.locator('#description-error')).toHaveText('شرح باید دست‌کم ۲۰ نویسه باشد.');
    await expect(page.getByLabel('شرح')).toHaveValue('کوتاه');
  });
});
