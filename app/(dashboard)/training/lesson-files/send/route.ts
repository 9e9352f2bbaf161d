import { formActionRoute } from '@/lib/http/form-action-route';
import { addLessonFileAction } from '../../actions';

/** POST /training/lesson-files/send — adding a lesson's file or video with a progress bar (lib/http/form-action-route.ts). */
export const POST = formActionRoute(addLessonFileAction);
