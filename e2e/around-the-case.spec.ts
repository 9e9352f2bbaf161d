import { expect, test, type Page } from '@playwright/test';
import { codeFromOutbox, expectAccessible, joinWithMobile, logIn } from './support';

// Around the case (issue #13): the information pages, the emergency notice on the report form, /join's new
// code and change of number, and a forgotten password reset through the mobile's one-time code.

const newMobile = (prefix: string) => `${prefix}${Date.now().toString().slice(-7)}`;
const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

const infoPages = [
  { path: '/help', title: 'راهنما و پرسش‌های رایج', says: 'کد پیگیری فقط به شکل یک چکیده رمزنگاشته' },
  { path: '/safety', title: 'نکته‌های ایمنی', says: 'کاغذ می‌تواند صاحبش را بشناساند' },
  { path: '/privacy', title: 'حریم خصوصی', says: 'نشانی IP، مرورگر و دستگاه' },
  { path: '/accessibility', title: 'دسترس‌پذیری', says: 'WCAG' },
  { path: '/contact', title: 'تماس با ما', says: '۱۱۰' },
];

async function codeFor(page: Page, mobile: string) {
  const outbox = await page.context().newPage();
  const code = await codeFromOutbox(outbox, mobile);
  await outbox.close();
  return code;
}

test.describe('with JavaScript', () => {
  test('the information pages are linked from the footer, titled, and pass axe', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('navigation', { name: 'راهنما و اطلاعات' });
    for (const info of infoPages) {
      await footer.getByRole('link', { name: info.title }).click();
      await expect(page).toHaveURL(new RegExp(`${info.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(info.title);
      await expect(page).toHaveTitle(new RegExp(`^${info.title}`));
      await expect(page.getByRole('main')).toContainText(info.says);
      await expectAccessible(page);
    }
    // The deadlines come from the configuration (defaults 5 + 7 days for an anonymous report).
    await page.goto('/help');
    await expect(page.getByRole('main')).toContainText('گزارش بی‌نام معمولاً تا ۱۲ روز');
    await page.screenshot({ path: 'test-results/help-page.png', fullPage: true });
  });

  test('the report form opens with the emergency notice above it', async ({ page }) => {
    await page.goto('/report');
    const notice = page.getByRole('complementary').filter({ hasText: 'اگر در خطر فوری هستید با ۱۱۰ تماس بگیرید' });
    await expect(notice).toBeVisible();
    const [noticeBox, formBox] = await Promise.all([notice.boundingBox(), page.locator('main form').first().boundingBox()]);
    expect(noticeBox!.y).toBeLessThan(formBox!.y);
    await expectAccessible(page);
  });

  test('join: the typed mobile in Persian digits, change the number, a new code within the limits', async ({ page }) => {
    const wrong = newMobile('0935');
    const mobile = newMobile('0936');
    await page.goto('/join');
    await page.getByLabel('شماره همراه', { exact: true }).fill(persian(wrong));
    await page.getByRole('button', { name: 'ارسال کد تأیید' }).click();
    await expect(page.getByRole('status')).toContainText(persian(wrong));
    await expect(page.getByText('تا ۲ کد دیگر می‌توانید بخواهید')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'تغییر شماره' }).click();
    await expect(page.getByLabel('شماره همراه', { exact: true })).toHaveValue(wrong);
    await page.getByLabel('شماره همراه', { exact: true }).fill(mobile);
    await page.getByRole('button', { name: 'ارسال کد تأیید' }).click();
    await expect(page.getByRole('status')).toContainText(persian(mobile));

    await page.getByRole('button', { name: 'فرستادن کد تازه' }).click();
    await expect(page.getByRole('status')).toContainText('کد تازه');
    await expect(page.getByText('تا ۱ کد دیگر')).toBeVisible();
    await page.getByRole('button', { name: 'فرستادن کد تازه' }).click();
    await expect(page.getByText(/کد تازه را از ساعت [۰-۹]{2}:[۰-۹]{2} می‌توانید بخواهید/)).toBeVisible();
    // A fourth code is refused by the per-mobile limit, and the page stays on the code step.
    await page.getByRole('button', { name: 'فرستادن کد تازه' }).click();
    await expect(page.locator('#steps-message')).toContainText('دقیقه');
    await expect(page.getByLabel('کد تأیید')).toBeVisible();
    await page.screenshot({ path: 'test-results/join-code-step.png', fullPage: true });

    const code = await codeFor(page, mobile);
    await page.getByLabel('کد تأیید').fill(code);
    await page.getByLabel('گذرواژه').fill('volunteer-password-1405');
    await page.getByRole('button', { name: 'ساخت حساب و ادامه' }).click();
    await expect(page).toHaveURL(/\/application/);
  });

  test('forgot password: a code to the mobile sets a new one, other sessions end; the password can be shown', async ({ page, browser }) => {
    const mobile = newMobile('0938');
    await joinWithMobile(page, mobile);
    // Another device stays logged in until the reset.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, mobile, 'volunteer-password-1405');
    await expect(otherPage).toHaveURL(/\/application/);
    await page.getByRole('button', { name: 'خروج' }).click();

    await page.goto('/login');
    await page.getByLabel('گذرواژه').fill('typed-secret');
    await page.getByRole('button', { name: 'نمایش گذرواژه' }).click();
    await expect(page.getByLabel('گذرواژه')).toHaveAttribute('type', 'text');
    await expect(page.getByRole('button', { name: 'نمایش گذرواژه' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'نمایش گذرواژه' }).click();
    await expect(page.getByLabel('گذرواژه')).toHaveAttribute('type', 'password');

    await page.getByRole('link', { name: 'گذرواژه را فراموش کرده‌اید؟' }).click();
    await expect(page).toHaveTitle(/^تعیین گذرواژه تازه/);
    await expectAccessible(page);
    await page.getByLabel('شماره همراه حساب').fill(mobile);
    await page.getByRole('button', { name: 'ارسال کد' }).click();
    await expect(page.getByRole('status')).toContainText(`اگر ${persian(mobile)} شماره یک حساب سجام باشد`);
    await expectAccessible(page);
    const code = await codeFor(page, mobile);
    await page.getByLabel('کد تأیید').fill(code);
    await page.getByLabel('گذرواژه تازه').fill('short');
    await page.getByRole('button', { name: 'ثبت گذرواژه تازه' }).click();
    await expect(page.locator('#password-error')).toHaveText('گذرواژه باید دست‌کم ۱۰ نویسه باشد.');
    await page.getByLabel('کد تأیید').fill(code);
    await page.getByLabel('گذرواژه تازه').fill('a-new-password-1405');
    await page.getByRole('button', { name: 'ثبت گذرواژه تازه' }).click();
    await expect(page).toHaveURL(/\/login\?reset=done/);
    await expect(page.getByRole('status')).toContainText('گذرواژه تازه ثبت شد');

    await logIn(page, mobile, 'volunteer-password-1405');
    await expect(page.locator('#login-error')).toHaveText('شماره همراه/ایمیل یا گذرواژه درست نیست.');
    await logIn(page, mobile, 'a-new-password-1405');
    await expect(page).toHaveURL(/\/application/);
    // The other device's session ended with the old password.
    await otherPage.goto('/application');
    await expect(otherPage).toHaveURL(/\/login/);
    await other.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the information pages render, and the password field has no dead toggle', async ({ page }) => {
    for (const info of infoPages) {
      await page.goto(info.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(info.title);
    }
    await page.goto('/login');
    await expect(page.getByLabel('گذرواژه')).toHaveAttribute('type', 'password');
    await expect(page.getByRole('button', { name: 'نمایش گذرواژه' })).toHaveCount(0);
  });

  test('join: change the number and ask for a new code as plain forms', async ({ page }) => {
    const mobile = newMobile('0934');
    await page.goto('/join');
    await page.getByLabel('شماره همراه', { exact: true }).fill(mobile);
    await page.getByRole('button', { name: 'ارسال کد تأیید' }).click();
    await expect(page.getByRole('status')).toContainText(persian(mobile));
    await page.getByRole('button', { name: 'تغییر شماره' }).click();
    await expect(page.getByLabel('شماره همراه', { exact: true })).toHaveValue(mobile);
    await page.getByRole('button', { name: 'ارسال کد تأیید' }).click();
    await page.getByRole('button', { name: 'فرستادن کد تازه' }).click();
    await expect(page.getByRole('status')).toContainText('کد تازه');
    await expect(page.getByText(/کد تازه را از ساعت/)).toBeVisible();
    await page.getByLabel('کد تأیید').fill('12');
    await page.getByLabel('گذرواژه').fill('volunteer-password-1405');
    await page.getByRole('button', { name: 'ساخت حساب و ادامه' }).click();
    await expect(page.locator('#code-error')).toHaveText('کد تأیید درست نیست.');
    await page.screenshot({ path: 'test-results/join-code-step-nojs.png', fullPage: true });
  });

  test('forgot password: a mobile without an account gets the same answer, and every code is wrong', async ({ page }) => {
    const mobile = newMobile('0933');
    await page.goto('/login/reset');
    await page.getByLabel('شماره همراه حساب').fill(mobile);
    await page.getByRole('button', { name: 'ارسال کد' }).click();
    await expect(page.getByRole('status')).toContainText(`اگر ${persian(mobile)} شماره یک حساب سجام باشد`);
    await page.getByLabel('کد تأیید').fill('123456');
    await page.getByLabel('گذرواژه تازه').fill('a-new-password-1405');
    await page.getByRole('button', { name: 'ثبت گذرواژه تازه' }).click();
    await expect(page.locator('#code-error')).toHaveText('کد تأیید درست نیست.');
    await expect(page.getByLabel('گذرواژه تازه')).toHaveValue('');
  });
});
