import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  {
    rules: {
      // Data access belongs in lib/: routes and components never talk to Prisma directly.
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/generated/*', '@/lib/db/client'], message: 'Use a lib/<domain> module.' }] }],
    },
    files: ['app/**', 'components/**'],
  },
];

export default config;
