import { buttonClass } from '@/components/ui/button-link';
import { Field, inputClass } from '@/components/ui/field';

/**
 * The code printed on a document, typed to check it (a GET form to `<action>?code=`, no JavaScript): an annual
 * report's at /verify/report (the default), a certificate's at /verify/certificate.
 * `value` refills what was typed; `error` says why it cannot be a code.
 */
export function VerifyCodeForm({
  labels,
  value,
  error,
  action = '/verify/report',
}: {
  labels: { code: string; hint: string; submit: string };
  value?: string;
  error?: string;
  action?: '/verify/report' | '/verify/certificate';
}) {
  return (
    <form method="get" action={action} className="space-y-3 text-start">
      <Field id="code" label={labels.code} hint={labels.hint} error={error ? [error] : undefined}>
        <input
          id="code"
          name="code"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          defaultValue={value}
          className={`${inputClass} font-mono`}
        />
      </Field>
      <button type="submit" className={buttonClass('primary')}>
        {labels.submit}
      </button>
    </form>
  );
}
