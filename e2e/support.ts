import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'sajam-demo-1405';

/** Every page a journey visits is scanned: WCAG 2.1 A and AA, no violation allowed. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Nothing wider than the viewport (a long unbroken word, a flex row that will not shrink): the page does not scroll
 * sideways. On failure the message names the elements wider than the viewport, innermost first.
 */
export async function expectFitsViewport(page: Page, label = page.url()) {
  const { width, offenders } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*')).reverse()) {
      const r = el.getBoundingClientRect();
      // Wider than the viewport itself: the innermost such element is what widens the page.
      if (r.width > width + 1 && out.length < 5)
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
    return { width: document.documentElement.scrollWidth, offenders: out };
  });
  expect(width, `${label}: ${offenders.join(' | ')}`).toBeLessThanOrEqual(page.viewportSize()!.width);
}

export async function logIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('شماره همراه یا ایمیل').fill(identifier);
  await page.getByLabel('گذرواژه').fill(password);
  await page.getByRole('button', { name: 'ورود' }).click();
}

/** A signed-in person in their own browser, once the login has landed (not on /login any more). */
export async function signedIn(browser: Browser, identifier: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ ...test.info().project.use, ...options })).newPage();
  await logIn(page, identifier);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/**
 * A public report in Tehran carrying `marker` (by default on bad tap water, category «سلامت عمومی»), approved by
 * the province and then by the national office (the demo's staff), whose pages open with `context` (e.g.
 * JavaScript off). Returns its tracking code, the case page's address and the national office's page, left on the
 * case, ready to refer it.
 */
export async function reportReviewedToReferral(
  page: Page,
  browser: Browser,
  marker: string,
  {
    category = 'سلامت عمومی',
    problem = 'آب لوله‌کشی محله بوی بد می‌دهد و چند نفر بیمار شده‌اند.',
    context,
  }: { category?: string; problem?: string; context?: BrowserContextOptions } = {},
) {
  await page.goto('/report');
  await page.getByLabel('دسته').selectOption({ label: category });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('شرح').fill(`${marker}: ${problem}`);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  const trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();

  const staff = await signedIn(browser, 'province@sajam.test', context);
  await staff.goto('/province?order=newest');
  await staff
    .getByRole('listitem')
    .filter({ hasText: marker })
    .getByRole('link', { name: /مشاهده/ })
    .click();
  await staff.waitForURL(/\/reports\//);
  const reportUrl = staff.url();
  await staff.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await staff.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(staff.getByTestId('review-status')).toHaveText('در بررسی ستاد ملی');
  await staff.context().close();

  const national = await signedIn(browser, 'national@sajam.test', context);
  await national.goto(reportUrl);
  await national.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await national.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('تأیید نهایی شد');
  return { trackingCode, reportUrl, national };
}

const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));

/** The newest one-time code sent to this mobile, read from the development outbox (addresses are masked there). */
export async function codeFromOutbox(page: Page, mobile: string) {
  await page.goto('/dev/outbox');
  const message = page
    .getByTestId('outbox-message')
    .filter({ hasText: `${mobile.slice(0, 4)}***${mobile.slice(-3)}` })
    .first();
  await expect(message).toBeVisible();
  return latin(/[۰-۹]{6}/.exec((await message.textContent()) ?? '')![0]);
}

/**
 * /join with a verified mobile: a malformed number is refused, a code goes to the mobile (read from the
 * development outbox), a wrong code is refused, the right one makes the account and opens /application.
 */
export async function joinWithMobile(
  page: Page,
  mobile: string,
  { typed = mobile, check }: { typed?: string; /** e.g. an axe scan of /join and of the outbox */ check?: (page: Page) => Promise<void> } = {},
) {
  await page.goto('/join');
  await check?.(page);
  await page.getByLabel('شماره همراه', { exact: true }).fill('12345');
  await page.getByRole('button', { name: 'ارسال کد تأیید' }).click();
  await expect(page.locator('#mobile-error')).toHaveText('شماره همراه معتبر نیست؛ مثلاً ۰۹۱۲۱۲۳۴۵۶۷.');
  await page.getByLabel('شماره همراه', { exact: true }).fill(typed);
  await page.getByRole('button', { name: 'ارسال کد تأیید' }).click();
  await expect(page.getByRole('status')).toContainText('کد ۶ رقمی');
  const outbox = await page.context().newPage();
  const code = await codeFromOutbox(outbox, mobile);
  await check?.(outbox);
  await outbox.close();
  await page.getByLabel('کد تأیید').fill(code === '000000' ? '111111' : '000000');
  await page.getByLabel('گذرواژه').fill('volunteer-password-1405');
  await page.getByRole('button', { name: 'ساخت حساب و ادامه' }).click();
  await expect(page.locator('#code-error')).toHaveText('کد تأیید درست نیست.');
  await page.getByLabel('کد تأیید').fill(code);
  await page.getByLabel('گذرواژه').fill('volunteer-password-1405');
  await page.getByRole('button', { name: 'ساخت حساب و ادامه' }).click();
  await expect(page).toHaveURL(/\/application/);
}
