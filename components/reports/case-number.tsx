import { localDigits, type Locale } from '@/lib/i18n/format';

/** A case number in the reader's digits, isolated left-to-right so its parts keep their order in a Persian line. */
export function CaseNumber({ value, locale }: { value: string; locale: Locale }) {
  return (
    <bdi dir="ltr" className="font-semibold tabular-nums" data-testid="case-number">
      {localDigits(value, locale)}
    </bdi>
  );
}
