// `tsx --import ./scripts/runtime/without-react-server.mjs <script>`: runs server code OUTSIDE React's server
// condition. Server modules `import 'server-only'`, which throws unless resolved under `react-server`; but under
// that condition `react` is React's server build, which @react-pdf/renderer cannot render with. So the condition
// stays off and only `server-only` is resolved to its empty module (as vitest.config.ts aliases it for tests).
import { register } from 'node:module';

register('./server-only-hook.mjs', import.meta.url);
