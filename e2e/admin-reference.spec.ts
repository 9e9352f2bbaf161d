import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './support';

// Reference data (issue #15): the administrator adds a category, renames it and deactivates it — the
// public report form then no longer offers it — and corrects a county's spelling. Every page is scanned
// (axe, with scripts); one form is also sent without JavaScript with a wrong value, which comes back kept.

async function asAdmin(page: Page) {
  await logIn(page, 'admin@sajam.test');
  await expect(page).not.toHaveURL(/\/login/);
}

const reportCategories = async (page: Page) => {
  await page.goto('/report');
  return page.getByLabel('دسته').locator('option').allTextContents();
};

test('the administrator adds, renames and deactivates a category, and corrects a county', async ({ page }) => {
  test.setTimeout(180_000);
  const marker = Date.now().toString(36);
  const name = `پسماند ساختمانی ${marker}`;
  await asAdmin(page);

  await page.goto('/admin/categories');
  await expect(page.getByRole('navigation', { name: 'اطلاعات پایه' }).getByRole('link', { name: 'دستگاه‌ها' })).toHaveAttribute('href', '/admin/agencies');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'دسته تازه' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دسته تازه');
  await expectAccessible(page);
  await page.getByLabel('نام', { exact: true }).fill(name);
  await page.getByLabel('نام انگلیسی').fill(`Building waste ${marker}`);
  await page.getByRole('button', { name: 'ذخیره' }).click();
  await expect(page).toHaveURL(/\/admin\/categories$/);
  const row = page.getByTestId('category-list').getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText(`building-waste-${marker}`);
  expect(await reportCategories(page)).toContain(name);

  // Renamed, then deactivated: gone from the report form, still on the list marked inactive.
  await page.goto('/admin/categories');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectAccessible(page);
  const renamed = `نخاله ساختمانی ${marker}`;
  await page.getByLabel('نام', { exact: true }).fill(renamed);
  await page.getByRole('button', { name: 'ذخیره' }).click();
  await expect(page.getByText('ذخیره شد.')).toBeVisible();
  await page.getByLabel('فعال: در فرم‌های تازه پیشنهاد شود').uncheck();
  // The first save's «ذخیره شد.» is still on the page: wait for this save's own answer, not for that text.
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.ok()), page.getByRole('button', { name: 'ذخیره' }).click()]);
  await expect(page.getByText('ذخیره شد.')).toBeVisible();
  await page.goto('/admin/categories');
  await expect(page.getByTestId('category-list').getByRole('listitem').filter({ hasText: renamed })).toContainText('غیرفعال');
  const offered = await reportCategories(page);
  expect(offered).not.toContain(renamed);
  expect(offered).not.toContain(name);
  expect(offered).toContain('سلامت عمومی');

  // A county's spelling, on its province's page; spelled back at the end (the list is shared).
  await page.goto('/admin/places');
  await expectAccessible(page);
  await page.getByTestId('province-list').getByRole('link', { name: 'ایلام' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ایلام');
  await expectAccessible(page);
  const rename = async (from: string, to: { name: string; nameEn: string }) => {
    const form = page.getByRole('form', { name: from });
    await form.getByLabel('نام', { exact: true }).fill(to.name);
    await form.getByLabel('نام انگلیسی').fill(to.nameEn);
    await form.getByRole('button', { name: 'ذخیره نام' }).click();
    await expect(page.getByRole('form', { name: to.name })).toBeVisible();
  };
  await rename('دهلران', { name: 'شهرستان دهلران', nameEn: 'Dehloran County' });
  await expect(page.getByRole('form', { name: 'شهرستان دهلران' }).getByLabel('نام انگلیسی')).toHaveValue('Dehloran County');
  await page.reload();
  await expect(page.getByRole('form', { name: 'شهرستان دهلران' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'دهلران', exact: true })).toHaveCount(0);
  await rename('شهرستان دهلران', { name: 'دهلران', nameEn: 'Dehloran' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a new category with Persian letters in its English name comes back with the message and every value', async ({ page }) => {
    await asAdmin(page);
    await page.goto('/admin/categories/new');
    await page.getByLabel('نام', { exact: true }).fill('آب‌گرفتگی معابر');
    await page.getByLabel('نام انگلیسی').fill('آبگرفتگی');
    await page.getByLabel('ترتیب').fill('۳');
    await page.getByLabel('فعال: در فرم‌های تازه پیشنهاد شود').uncheck();
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await expect(page.getByText('نام انگلیسی را با حروف لاتین بنویسید (۲ تا ۱۰۰ نویسه).')).toBeVisible();
    await expect(page.getByLabel('نام', { exact: true })).toHaveValue('آب‌گرفتگی معابر');
    await expect(page.getByLabel('نام انگلیسی')).toHaveValue('آبگرفتگی');
    await expect(page.getByLabel('ترتیب')).toHaveValue('۳');
    await expect(page.getByLabel('فعال: در فرم‌های تازه پیشنهاد شود')).not.toBeChecked();
    await expect(page).toHaveURL(/\/admin\/categories\/new$/);
  });
});
