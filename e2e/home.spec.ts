import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

test('the home page is Persian, right-to-left, and leads to every public service', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('صدای مردم');
  const main = page.getByRole('main');
  for (const name of ['ثبت گزارش، نظر یا پیشنهاد', 'پیگیری گزارش', 'عضویت داوطلبانه', 'ورود اعضا و کارشناسان']) {
    await expect(main.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'حوزه‌های اولویت‌دار اعلام‌شده' })).toBeVisible();
  await expect(page.getByText('احتکار و گران‌فروشی کالاهای اساسی')).toBeVisible();
  await expectAccessible(page);
});

test('the language switch turns the site English and left-to-right, and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText("People's voice");
  await expectAccessible(page);
  await page.getByRole('button', { name: /فارسی/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
});

test('the site has an icon, also at /favicon.ico', async ({ request }) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toBe('image/x-icon');
  expect((await request.get('/icon.svg')).headers()['content-type']).toContain('image/svg+xml');
});

test('an unknown address gets the Persian 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  expect(await response?.text()).toContain('صفحه پیدا نشد (۴۰۴)');
  await expect(page.getByRole('heading', { name: 'صفحه پیدا نشد (۴۰۴)' })).toBeVisible();
  await expectAccessible(page);
});

test('every page has its own title (WCAG 2.4.2)', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const path of ['/', '/report', '/track', '/join', '/login']) {
    await page.goto(path);
    titles.set(path, await page.title());
  }
  expect(new Set(titles.values()).size, JSON.stringify([...titles])).toBe(titles.size);
  expect(titles.get('/track')).toBe('پیگیری گزارش · سجام');
});

test('a priority-area card opens the report form with its topic chosen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /احتکار و گران‌فروشی کالاهای اساسی/ }).click();
  await expect(page).toHaveURL(/\/report\?topic=\d+/);
  await expect(page.getByLabel('حوزه اولویت‌دار (اختیاری)').locator('option:checked')).toHaveText('احتکار و گران‌فروشی کالاهای اساسی');
});

test('the focus ring is visible: at least 3:1 against the page', async ({ page }) => {
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  // Computed colours may be lab()/oklch() (Tailwind 4): a canvas turns each into sRGB bytes.
  const { outline, background } = await page.getByLabel('کد پیگیری').evaluate((el) => {
    const rgb = (css: string) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      return `rgb(${[...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3).join(', ')})`;
    };
    return { outline: rgb(getComputedStyle(el).outlineColor), background: rgb(getComputedStyle(document.body).backgroundColor) };
  });
  expect(contrast(outline, background), `${outline} on ${background}`).toBeGreaterThanOrEqual(3);
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

test('installable and kept out of indexes where private: manifest, icon and robots.txt', async ({ request }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ lang: 'fa', dir: 'rtl', short_name: 'سجام', start_url: '/' });
  expect((await request.get('/icon.svg')).status()).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  for (const path of ['/track', '/reports/', '/national', '/application']) expect(robots).toContain(`Disallow: ${path}`);
});

test('a printed tracking page shows the case without navigation, buttons or forms', async ({ page }) => {
  await page.goto('/track');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'پیمایش اصلی' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'نمایش وضعیت' })).toBeHidden();
  // Only the receipt prints (after a lookup: e2e/reporter-case.spec.ts), with its own heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});
