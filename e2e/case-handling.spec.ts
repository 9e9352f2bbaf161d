import { expect, test, type Page } from '@playwright/test';
import { codeFromOutbox, expectAccessible, logIn } from './support';

// Staff handle a case: case numbers, the queue by urgency, assignment to a named reviewer (issue #13).

async function reportAnonymously(page: Page, marker: string, statusMobile?: string, description?: string) {
  await page.goto('/report');
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('شرح').fill(description ?? `${marker}: تیر چراغ برق کوچه کج شده و هر لحظه ممکن است بیفتد.`);
  if (statusMobile) await page.getByLabel('شماره همراه برای پیامک وضعیت (اختیاری)').fill(statusMobile);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
  return (await page.getByTestId('tracking-code').textContent())!.trim();
}

const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));

test('a reporter leaves a status mobile; the province assigns the case, the colleague finds it by number and sends it on; it is referred, and the reporter is told and sees the agency', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const marker = `تیر${Date.now().toString(36)}`;
  const statusMobile = `0935${String(Date.now()).slice(-7)}`;
  const trackingCode = await reportAnonymously(page, marker, statusMobile);
  // The number is only pending until the neutral code sent to it comes back on /track.
  const confirmation = await codeFromOutbox(page, statusMobile);
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(trackingCode);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('status-mobile-pending')).toBeVisible();
  await page.getByLabel('کد تأیید').fill(confirmation);
  await page.getByRole('button', { name: 'تأیید و روشن کردن پیامک وضعیت' }).click();
  await expect(page.getByText('پیامک وضعیت روشن شد.')).toBeVisible();

  await logIn(page, 'province@sajam.test');
  await expect(page).toHaveURL(/\/province$/);
  // The queue is ordered by deadline by default, the other orders one tap away.
  await expect(page.getByRole('navigation', { name: 'ترتیب' }).getByRole('link', { name: 'فوری‌ترین (مهلت)' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('navigation', { name: 'ترتیب' }).getByRole('link', { name: 'تازه‌ترین' }).click();
  const item = page.getByRole('listitem').filter({ hasText: marker });
  await expect(item).toBeVisible();
  // Each card: the case number, how long it has waited, the deadline, the place, who works on it.
  await expect(item.getByTestId('case-number')).toHaveText(/^[۰-۹]{4}-[۰-۹]{2}-[۰-۹]{5,}$/);
  await expect(item.getByText('امروز')).toBeVisible();
  await expect(item.getByText('تهران')).toBeVisible();
  await expectAccessible(page);
  const caseNumber = latin((await item.getByTestId('case-number').textContent())!);

  await item.getByRole('link', { name: /مشاهده/ }).click();
  await expect(page).toHaveURL(/\/reports\//);
  await expect(page.locator('article header').getByTestId('case-number')).toHaveText(persian(caseNumber));
  await expect(page.getByTestId('assignee')).toHaveText('این پرونده هنوز مسئولی ندارد.');
  await page.getByLabel('سپردن به').selectOption({ label: 'امیر صادقی' });
  await page.getByRole('button', { name: 'ثبت', exact: true }).click();
  await expect(page.getByTestId('assignee')).toHaveText('مسئول پرونده: امیر صادقی');
  await expectAccessible(page);

  // The colleague gets a message naming the case, with a full link.
  await page.goto('/dev/outbox');
  const message = page.getByTestId('outbox-message').filter({ hasText: '0912***008' }).filter({ hasText: 'به شما سپرده شد' }).first();
  await expect(message).toContainText(`پرونده ${persian(caseNumber)} به شما سپرده شد`);
  await expect(message).toContainText(/http:\/\/localhost:\d+\/reports\//);

  const context = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL });
  const colleague = await context.newPage();
  await logIn(colleague, 'province.colleague@sajam.test');
  await colleague.getByRole('navigation', { name: 'مسئول' }).getByRole('link', { name: 'سپرده به من' }).click();
  await expect(colleague.getByRole('listitem').filter({ hasText: marker })).toBeVisible();
  // Typed as people type it: Persian digits, slashes, no leading zeros.
  const [year, code, seq] = caseNumber.split('-');
  await colleague.getByText('جست‌وجو و فیلتر گزارش‌ها').click();
  await colleague.getByLabel('جست‌وجو در شرح و محل').fill(persian(`${year}/${code}/${Number(seq)}`));
  await colleague.getByRole('button', { name: 'اعمال' }).click();
  const cards = colleague.locator('section[aria-labelledby="report-list-title"] li');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(marker);
  await expectAccessible(colleague);

  // The colleague sends it on; the national office approves and refers it (a referral must be confirmed).
  await cards
    .first()
    .getByRole('link', { name: /مشاهده/ })
    .click();
  await colleague.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await colleague.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(colleague.getByTestId('review-status')).toHaveText('در بررسی ستاد ملی');
  await context.close();

  const national = await (await browser.newContext({ ...test.info().project.use })).newPage();
  await logIn(national, 'national@sajam.test');
  await expect(national).toHaveURL(/\/national$/);
  await national.goto(`/national?q=${encodeURIComponent(caseNumber)}&status=all`);
  const found = national.locator('section[aria-labelledby="report-list-title"] li');
  await expect(found).toHaveCount(1);
  await found
    .first()
    .getByRole('link', { name: /مشاهده/ })
    .click();
  await national.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
  await national.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('تأیید نهایی شد');
  await national.locator('summary', { hasText: 'ارجاع به دستگاه' }).click();
  const refer = national.locator('details', { has: national.locator('summary', { hasText: 'ارجاع به دستگاه' }) });
  await refer.getByRole('checkbox', { name: 'شهرداری تهران' }).check();
  await refer.getByLabel('می‌دانم که ارجاع به دستگاه برگشت‌پذیر نیست').check();
  await refer.getByRole('button', { name: 'ارجاع به دستگاه' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('ارجاع به دستگاه مسئول');
  await national.context().close();

  // The reporter's phone got a message at each change of state, with no detail of the report.
  await page.goto('/dev/outbox');
  const masked = `${statusMobile.slice(0, 4)}***${statusMobile.slice(-3)}`;
  const told = page.getByTestId('outbox-message').filter({ hasText: masked });
  await expect(told.filter({ hasText: 'ارجاع به دستگاه مسئول' }).first()).toBeVisible();
  await expect(told.filter({ hasText: marker })).toHaveCount(0);
  // The liaison of the agency was told too.
  await expect(page.getByTestId('outbox-message').filter({ hasText: '0912***005' }).filter({ hasText: 'به دستگاه شما ارجاع شد' }).first()).toBeVisible();

  // /track names the agency, and says status messages are on without showing the number.
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(trackingCode);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('referred-to')).toContainText('شهرداری تهران');
  await expect(page.getByTestId('status-messages-on')).toBeVisible();
  await expect(page.getByText(statusMobile)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'خاموش کردن و پاک کردن شماره' }).click();
  await expect(page.getByText('پیامک وضعیت خاموش و شماره پاک شد.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a reviewer takes a case with one tap', async ({ page }) => {
    const marker = `چاله${Date.now().toString(36)}`;
    // The report is sent without JavaScript too.
    await page.goto('/report');
    await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
    await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
    await page.getByLabel('شرح').fill(`${marker}: چاله‌ای عمیق وسط خیابان که شب‌ها دیده نمی‌شود.`);
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    await expect(page.getByTestId('tracking-code')).toBeVisible();

    await logIn(page, 'province@sajam.test');
    await page.goto('/province?order=newest');
    await page
      .getByRole('listitem')
      .filter({ hasText: marker })
      .getByRole('link', { name: /مشاهده/ })
      .click();
    await page.getByRole('button', { name: 'سپردن به خودم' }).click();
    await expect(page.getByTestId('assignee')).toHaveText('مسئول پرونده: زهرا کریمی');
    await expect(page.getByText('مسئول پرونده ثبت شد.')).toBeVisible();

    // A rejection cannot be undone: without the tick it is refused, with the note kept; with it, it goes.
    await page.locator('summary', { hasText: 'رد گزارش' }).click();
    const reject = page.locator('details', { has: page.locator('summary', { hasText: 'رد گزارش' }) });
    await reject.getByLabel('دلیل (به گزارش‌دهنده نشان داده می‌شود)').fill('این مورد در حوزه شهرداری منطقه است و پیش‌تر پیگیری شده است.');
    await reject.getByRole('button', { name: 'رد گزارش' }).click();
    const again = page.locator('details', { has: page.locator('summary', { hasText: 'رد گزارش' }) });
    await expect(again.getByText('برای این تصمیم، گزینه «می‌دانم…» را علامت بزنید.')).toBeVisible();
    await expect(again.getByLabel('دلیل (به گزارش‌دهنده نشان داده می‌شود)')).toHaveValue('این مورد در حوزه شهرداری منطقه است و پیش‌تر پیگیری شده است.');
    await again.getByLabel('می‌دانم که رد کردن برگشت‌پذیر نیست').check();
    await again.getByRole('button', { name: 'رد گزارش' }).click();
    await expect(page.getByTestId('review-status')).toHaveText('رد شد');
  });
});

test('a reviewer sees a similar report, closes this one as its duplicate, and its reporter is pointed to the original', async ({ page }) => {
  const tag = `پل${Date.now().toString(36)}`;
  await reportAnonymously(page, tag, undefined, `${tag}: پل عابر پیاده میدان اصلی شکسته و خطرناک است.`);
  const second = await reportAnonymously(page, tag, undefined, `${tag}: پل عابر میدان اصلی شکسته است و کسی رسیدگی نمی‌کند.`);

  await logIn(page, 'province@sajam.test');
  await expect(page).toHaveURL(/\/province$/);
  await page.goto(`/province?order=newest&q=${encodeURIComponent(tag)}`);
  const cards = page.locator('section[aria-labelledby="report-list-title"] li');
  await expect(cards).toHaveCount(2);
  const originalNumber = latin((await cards.nth(1).getByTestId('case-number').textContent())!);
  await cards
    .first()
    .getByRole('link', { name: /مشاهده/ })
    .click();
  await expect(page).toHaveURL(/\/reports\//);
  await expect(page.getByTestId('similar-reports')).toContainText(persian(originalNumber));
  await expectAccessible(page);

  await page.locator('summary', { hasText: 'ثبت به عنوان تکراری' }).click();
  const form = page.locator('details', { has: page.locator('summary', { hasText: 'ثبت به عنوان تکراری' }) });
  await form.getByLabel('شماره پرونده اصلی').fill(persian(originalNumber));
  await form.getByLabel('می‌دانم که این گزارش بسته می‌شود').check();
  await form.getByRole('button', { name: 'ثبت به عنوان تکراری' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('بسته شد');
  await expect(page.getByTestId('duplicate-of')).toContainText(persian(originalNumber));

  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(second);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('در بررسی ستاد استان');
});
