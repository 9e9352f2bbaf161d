import { formActionRoute } from '@/lib/http/form-action-route';
import { submitMemberReport } from '../actions';

/** POST /member/report/send — a member's report form action, for the upload progress bar (lib/http/form-action-route.ts). */
export const POST = formActionRoute(submitMemberReport);
