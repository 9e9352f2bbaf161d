import type { MetadataRoute } from 'next';

/** Installable on a phone's home screen: Persian, right to left, in the site's colours. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'سجام | سامانه جامع ارتباط مردمی',
    short_name: 'سجام',
    description: 'ثبت محرمانه و حتی بی‌نام گزارش، پیگیری تا پاسخ دستگاه مسئول و اعلام نتیجه به مردم.',
    lang: 'fa',
    dir: 'rtl',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#065f46',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
