import { formActionRoute } from '@/lib/http/form-action-route';
import { submitPublicReport } from '../actions';

/** POST /report/send — the report form's action, for the browser's upload progress bar (lib/http/form-action-route.ts). */
export const POST = formActionRoute(submitPublicReport);
