'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Result = { matches: boolean; sha256: string };

export type VerifyUploadLabels = { file: string; upload: string; uploading: string; matches: string; mismatch: string; yourHash: string };

/** Uploads the file a person holds; the server hashes it and says whether it is the issued document. Works without JavaScript. */
export function VerifyUploadForm({
  action,
  code,
  labels,
}: {
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  code: string;
  labels: VerifyUploadLabels;
}) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'verify-upload-message' });
  const result = state.ok ? state.data : undefined;
  return (
    <form {...formProps} encType="multipart/form-data" noValidate className="space-y-3">
      <FormMessage
        id="verify-upload-message"
        message={result ? (result.matches ? labels.matches : labels.mismatch) : state.message}
        ok={result?.matches ?? false}
        errors={state.fieldErrors}
        labels={{ file: labels.file }}
      />
      {result ? (
        <p className="text-sm break-all" data-testid="upload-result" data-matches={result.matches}>
          {labels.yourHash}{' '}
          <bdi dir="ltr" className="font-mono">
            {result.sha256}
          </bdi>
        </p>
      ) : null}
      <input type="hidden" name="code" value={code} />
      <Field id="file" label={labels.file} error={state.fieldErrors?.file}>
        <input type="file" name="file" accept="application/pdf,.pdf" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        {pending ? labels.uploading : labels.upload}
      </button>
    </form>
  );
}
