// `tsx --import ./scripts/bench-annual-report/no-server-only.mjs …`: the product's server modules outside Next and
// without the react-server condition. They start with `import 'server-only'`, whose default export throws outside
// React's server bundle; the scripts usually pass `--conditions=react-server`, which picks its empty build, but then
// @react-pdf/renderer gets React's server build and cannot render (7b19963). So, as Vitest does (vitest.config.ts
// aliases it to lib/testing/empty-module.ts), only `server-only` is resolved to that empty module, and everything
// else (React, react-pdf) resolves as Node resolves it, as it does in the server process (next.config.mjs keeps
// @react-pdf/renderer external).
import { register } from 'node:module';

register('./no-server-only-hooks.mjs', import.meta.url);
