'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { UploadProgress } from '@/components/ui/upload-progress';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  courseId: string;
  lessonId: string;
  labels: { file: string; hint: string; submit: string; uploading: string };
};

/**
 * Adds one file or video to a draft's lesson. With JavaScript the file goes with a progress bar that can be cancelled
 * (a 200 MB video on a slow line); without it, as a plain form post (smaller files: the server's form limit).
 */
export function LessonFileUploadForm({ action, courseId, lessonId, labels }: Props) {
  const { state, pending, progress, cancel, formProps } = useFormAction(action, {
    summaryId: 'lesson-file-message',
    resetOnSuccess: true,
    upload: '/training/lesson-files/send',
  });
  return (
    <form {...formProps} encType="multipart/form-data" noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage
        id="lesson-file-message"
        message={state.message}
        ok={state.ok}
        errors={state.ok ? undefined : state.fieldErrors}
        labels={{ file: labels.file }}
      />
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <Field id="file" label={labels.file} hint={labels.hint} error={state.fieldErrors?.file}>
        <input
          type="file"
          name="file"
          accept="application/pdf,image/jpeg,image/png,image/webp,video/mp4,video/webm,audio/mpeg,audio/ogg,audio/mp4"
          className="block w-full text-sm"
        />
      </Field>
      {progress ? <UploadProgress progress={progress} onCancel={cancel} /> : null}
      <p aria-live="polite" className="text-sm empty:hidden">
        {pending && !progress ? labels.uploading : ''}
      </p>
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.submit}
      </button>
    </form>
  );
}
