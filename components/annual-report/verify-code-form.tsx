import { buttonClass } from '@/components/ui/button-link';
import { Field, inputClass } from '@/components/ui/field';

/**
 * The code printed on an annual report, typed to check it (a GET form to /verify/report?code=, no JavaScript).
 * `value` refills what was typed; `error` says why it cannot be a code.
 */
export function VerifyCodeForm({ labels, value, error }: { labels: { code: string; hint: string; submit: string }; value?: string; error?: string }) {
  return (
    <form method="get" action="/verify/report" className="space-y-3 text-start">
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
