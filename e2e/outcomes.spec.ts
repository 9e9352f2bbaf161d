import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support';

// The published outcomes (issue #16): the list, its filters and search, an outcome's page and the
// open-data files, with JavaScript and without. The demo seed publishes three Tehran outcomes
// (prisma/seed-demo-outcomes.ts); other journeys may publish more, so each check names its outcome.
const PAVEMENT = 'نمونه: انسداد پیاده‌رو';
const LIGHTS = 'نمونه: خاموش ماندن چند ماهه چراغ‌های معابر';

async function filterAndOpen(page: Page) {
  await page.goto('/outcomes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتایج منتشرشده');
  const list = page.getByTestId('outcome-list');
  await expect(list.getByTestId('outcome-item').filter({ hasText: PAVEMENT })).toBeVisible();
  await expect(list.getByTestId('outcome-item').filter({ hasText: LIGHTS })).toBeVisible();

  // Filters are a GET form: the address holds them and the controls keep their values.
  const form = page.getByRole('search', { name: 'جستجو و پالایش' });
  await form.getByLabel('استان').selectOption({ label: 'تهران' });
  await form.getByLabel('نتیجه').selectOption({ label: 'مشکل برطرف نشد' });
  await form.getByRole('button', { name: 'نمایش' }).click();
  await expect(page).toHaveURL(/resolution=UNRESOLVED/);
  await expect(form.getByLabel('استان').locator('option:checked')).toHaveText('تهران');
  await expect(form.getByLabel('نتیجه')).toHaveValue('UNRESOLVED');
  await expect(list.getByTestId('outcome-item').filter({ hasText: PAVEMENT })).toBeVisible();
  await expect(list.getByTestId('outcome-item').filter({ hasText: LIGHTS })).toHaveCount(0);

  // Search folds Persian: Arabic yeh and no zero-width non-joiner still find «چراغ‌های».
  await form.getByLabel('جستجو در خلاصه‌ها').fill('چراغهاي معابر');
  await form.getByLabel('نتیجه').selectOption({ label: 'همه' });
  await form.getByRole('button', { name: 'نمایش' }).click();
  await expect(page).toHaveURL(/q=/);
  // Kept as the text module normalizes every input (Arabic yeh → Persian).
  await expect(form.getByLabel('جستجو در خلاصه‌ها')).toHaveValue('چراغهای معابر');
  await expect(list.getByTestId('outcome-item')).toHaveCount(1);
  await expect(list.getByTestId('outcome-item').filter({ hasText: LIGHTS })).toBeVisible();

  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/outcomes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتیجه منتشرشده');
  const card = page.getByTestId('outcome-card');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('تهران');
  await expect(card.getByTestId('outcome-summary')).toContainText(LIGHTS);
  await expect(card).toContainText('شهرداری تهران');
  await expect(card.getByTestId('outcome-resolution')).toHaveText('مشکل برطرف شد');
  await expect(page.getByRole('link', { name: 'بازگشت به فهرست نتایج' })).toBeVisible();
}

test('the outcomes list filters, searches and opens an outcome; both pages pass axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'نتایج منتشرشده' }).click();
  await expect(page).toHaveURL(/\/outcomes$/);
  await expectAccessible(page);
  await filterAndOpen(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'بازگشت به فهرست نتایج' }).click();
  await expect(page).toHaveURL(/\/outcomes$/);

  // Nothing matches: an empty state, not an error.
  await page.goto('/outcomes?q=واژه‌ای‌که‌هیچ‌جا‌نیست');
  await expect(page.getByText('نتیجه‌ای با این پالایه‌ها پیدا نشد.')).toBeVisible();
  await expectAccessible(page);
});

test('an unknown or malformed outcome id is a 404; malformed filters are ignored on the page', async ({ page }) => {
  expect((await page.goto('/outcomes/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
  expect((await page.goto('/outcomes/not-an-id'))?.status()).toBe(404);
  const response = await page.goto('/outcomes?year=abcd&province=1e1&after=-1');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('outcome-item').filter({ hasText: PAVEMENT })).toBeVisible();
});

test('the open data: index, CSV and JSON carry the published outcomes and nothing of the report', async ({ request }) => {
  const index = await (await request.get('/api/open-data')).json();
  expect(index.licence.name).toBe('CC BY 4.0');
  const csv = await request.get('/api/open-data/outcomes.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toContain(PAVEMENT);
  expect(text).not.toContain('نمونه: پیاده‌روی یک خیابان اصلی'); // the reporter's description
  const json = (await (await request.get('/api/open-data/outcomes.json?resolution=UNRESOLVED')).json()) as { summary: string }[];
  expect(json.some((o) => o.summary.startsWith(PAVEMENT))).toBe(true);
  expect(json.some((o) => o.summary.startsWith(LIGHTS))).toBe(false);
  const bad = await request.get('/api/open-data/outcomes.csv?year=abcd');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors.year[0]).toContain('سال');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters, the search and an outcome page work as plain HTML', async ({ page }) => {
    await filterAndOpen(page);
  });
});
