import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support';

// Staff handle a case: case numbers, the queue by urgency, assignment to a named reviewer (issue #13).

async function reportAnonymously(page: Page, marker: string) {
  await page.goto('/report');
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await page.getByLabel('شرح').fill(`${marker}: تیر چراغ برق کوچه کج شده و هر لحظه ممکن است بیفتد.`);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
}

const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));

test('the province assigns a case to a colleague, who is told and finds it by its case number', async ({ page, browser }) => {
  const marker = `تیر${Date.now().toString(36)}`;
  await reportAnonymously(page, marker);

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
  await expect(page.getByTestId('case-number')).toHaveText(persian(caseNumber));
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
  await context.close();
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
