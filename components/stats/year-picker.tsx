import { localDigits, type Locale } from '@/lib/i18n/format';

/** A Jalali year chosen with a plain GET form (`?year=`), so it works without JavaScript: /stats and the annual dashboards. */
export function YearPicker({
  id,
  action,
  years,
  selected,
  label,
  submit,
  locale,
}: {
  id: string;
  action: string;
  years: readonly number[];
  selected: number;
  label: string;
  submit: string;
  locale: Locale;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <select id={id} name="year" defaultValue={String(selected)} className="min-h-11 rounded border border-slate-400 bg-white px-3">
          {years.map((y) => (
            <option key={y} value={y}>
              {localDigits(y, locale)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
        {submit}
      </button>
    </form>
  );
}
