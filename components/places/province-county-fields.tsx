'use client';

import { useEffect, useRef, useState } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/inputs';

type Place = { id: number; name: string; counties: { id: number; name: string }[] };

type Props = {
  provinces: Place[];
  labels: { province: string; county: string; choose: string; countyHint?: string };
  errors?: { provinceId?: string[]; countyId?: string[] };
  /** The values the page was served with (a saved step, an answer, a draft). */
  defaults: { provinceId?: string; countyId?: string };
  required?: boolean;
  /** Told the province on screen once scripts run and whenever it changes (another field follows it). */
  onProvince?: (provinceId: string) => void;
};

/**
 * Province and county, named `provinceId` and `countyId`. Without JavaScript the county list holds every
 * county, grouped by province (any county can be sent; the server checks it lies in the province); once
 * scripts run it holds the chosen province's only. What the person picked before the scripts arrived is
 * read from the screen when they do (components/ui/form-on-screen.ts), so hydration never drops it.
 */
export function ProvinceCountyFields({ provinces, labels, errors, defaults, required, onProvince }: Props) {
  const provinceRef = useRef<HTMLSelectElement>(null);
  const countyRef = useRef<HTMLSelectElement>(null);
  // null until hydrated; then what is on screen.
  const [picked, setPicked] = useState<{ provinceId: string; countyId: string } | null>(null);

  useEffect(() => {
    // Read once from the screen after hydration (the server cannot know what was picked meanwhile).
    setPicked({ provinceId: provinceRef.current?.value ?? '', countyId: countyRef.current?.value ?? '' });
    onProvince?.(provinceRef.current?.value ?? '');
    // Once, after hydration: what was picked before the scripts arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const shown = picked ? provinces.filter((p) => String(p.id) === picked.provinceId) : provinces;
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <Field id="provinceId" label={labels.province} error={errors?.provinceId}>
        <Select
          ref={provinceRef}
          name="provinceId"
          defaultValue={defaults.provinceId ?? ''}
          onChange={(event) => {
            setPicked({ provinceId: event.target.value, countyId: '' });
            onProvince?.(event.target.value);
          }}
          required={required}
        >
          <option value="">{labels.choose}</option>
          {provinces.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="countyId" label={labels.county} hint={labels.countyHint} error={errors?.countyId}>
        {/* A new list (key) when the province changes: its first value is the one still picked, or none. */}
        <Select
          ref={countyRef}
          name="countyId"
          key={picked ? `p${picked.provinceId}` : 'all'}
          defaultValue={picked ? picked.countyId : (defaults.countyId ?? '')}
        >
          <option value="">{labels.choose}</option>
          {shown.map((p) => (
            <optgroup key={p.id} label={p.name}>
              {p.counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
    </div>
  );
}
