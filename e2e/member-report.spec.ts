import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support';

test("a member's report climbs core head → province → national office → approved, and the member follows it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const marker = `گزارش عضو ${Date.now().toString(36)}`;
  await logIn(page, 'member@sajam.test');
  await expect(page).toHaveURL(/\/member$/);
  await page.getByRole('link', { name: 'ثبت گزارش تازه' }).click();
  await expect(page.getByRole('heading', { name: 'ثبت گزارش عضو' })).toBeVisible();
  await expect(page.getByLabel('استان', { exact: true })).toHaveCount(0);
  await page.getByRole('radio', { name: 'پیشنهاد' }).check();
  await page.getByLabel('دسته').selectOption({ label: 'سایر' });
  await page.getByLabel('شرح').fill(`${marker}: پیشنهاد می‌شود کلاس آموزش پیشگیری از کلاهبرداری اینترنتی برای سالمندان محله برگزار شود.`);
  await page.getByLabel('هویت من از بررسی‌کنندگان پنهان بماند').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();

  await page.goto('/member');
  await expect(page.getByRole('listitem').filter({ hasText: 'پیشنهاد' }).first()).toBeVisible();

  const context = await browser.newContext({ locale: 'fa-IR' });
  const head = await context.newPage();
  await logIn(head, 'core.head@sajam.test');
  await expect(head).toHaveURL(/\/core$/);
  await head
    .getByRole('listitem')
    .filter({ hasText: marker })
    .getByRole('link', { name: /مشاهده/ })
    .click();
  await expect(head.getByTestId('review-status')).toHaveText('در بررسی هسته');
  await expect(head.getByText(/یکی از اعضای هسته محله نارمک/)).toBeVisible();
  await expect(head.getByText('مریم احمدی')).toHaveCount(0);
  await expectAccessible(head);

  async function approveAs(email: string, from: string, to: string) {
    const context = await browser.newContext({ locale: 'fa-IR' });
    const reviewer = await context.newPage();
    await logIn(reviewer, email);
    await expect(reviewer.getByRole('heading', { level: 1 })).toBeVisible();
    await reviewer
      .getByRole('listitem')
      .filter({ hasText: marker })
      .getByRole('link', { name: /مشاهده/ })
      .click();
    await expect(reviewer.getByTestId('review-status')).toHaveText(from);
    await reviewer.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
    await reviewer.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
    await expect(reviewer.getByTestId('review-status')).toHaveText(to);
    await context.close();
  }

  const internal = `یادداشت داخلی ${marker}`;
  await head.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await head.getByLabel('یادداشت داخلی (اختیاری)').first().fill(internal);
  await head.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(head.getByTestId('review-status')).toHaveText('در بررسی ستاد استان');
  await expect(head.getByText(internal)).toBeVisible();
  await context.close();

  await approveAs('province@sajam.test', 'در بررسی ستاد استان', 'در بررسی ستاد ملی');
  await approveAs('national@sajam.test', 'در بررسی ستاد ملی', 'تأیید نهایی شد');

  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(code);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('report-status')).toHaveText('تأیید نهایی شد');
  const steps = page.getByRole('region', { name: 'مراحل' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expectAccessible(page);

  // The member's own report in their account: the author's view, never the reviewers' notes or names.
  await page.goto('/member');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'پیشنهاد' })
    .first()
    .getByRole('link', { name: /مشاهده/ })
    .click();
  await expect(page.getByTestId('review-status')).toHaveText('تأیید نهایی شد');
  await expect(page.getByRole('region', { name: 'مراحل' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText(internal)).toHaveCount(0);
  await expect(page.getByText('علی رضایی')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'اقدام‌های شما' })).toHaveCount(0);
  await expectAccessible(page);
});
