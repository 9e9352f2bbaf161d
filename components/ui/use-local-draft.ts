'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { formIsChanged, formValues } from './form-on-screen';

/** Fields a draft never holds: one-time tokens, the honeypot, and React's own action fields. */
const NEVER = /^(\$|submissionToken$|website$|replyToken$)/;

type Draft = Record<string, string>;

/**
 * Keeps a form's typed values on this device (localStorage) while the person writes, so a dropped
 * connection or a closed tab loses nothing (issue #12). Nothing of it leaves the device: it is read back
 * into the form, never sent. Files are not kept (a browser cannot put them back).
 *
 * When the page opens with a saved draft, it comes back into the form (`restored`, once) — unless the
 * person has already started to write before the scripts arrived (a poor link; the public pages' scripts
 * come late on purpose): then what is on screen stays, the earlier draft is offered (`earlier`, with
 * `restoreEarlier` and `clear`), and nothing is saved over it until they choose.
 *
 * The form should carry `data-draft-key={key}`: the page's script loader then fetches the scripts at
 * once when a draft is waiting (lib/http/deferred-scripts.mjs).
 */
export function useLocalDraft(formRef: RefObject<HTMLFormElement | null>, key: string, { done }: { done: boolean }) {
  const [restored, setRestored] = useState<Draft | null>(null);
  const [earlier, setEarlier] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      if (!raw) return;
      const draft = JSON.parse(raw) as Draft;
      // Read once from the device after hydration (the server cannot know it).
      if (formRef.current && formIsChanged(formRef.current)) {
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setEarlier(draft);
      } else {
        setRestored(draft);
        setSaved(true);
      }
    } catch {
      // Storage off (private mode) or a broken entry: no draft.
    }
  }, [formRef, key]);

  // Removes the copy on this device only: what is on screen stays (the person may be half-way through).
  const clear = useCallback(() => {
    window.localStorage.removeItem(key);
    setSaved(false);
    setEarlier(null);
  }, [key]);

  const restoreEarlier = useCallback(() => {
    setRestored(earlier);
    setEarlier(null);
    setSaved(true);
  }, [earlier]);

  // Sent: the draft goes (the storage is the outside system here; the state follows from `done`).
  useEffect(() => {
    if (done) window.localStorage.removeItem(key);
  }, [done, key]);

  useEffect(() => {
    const form = formRef.current;
    // An earlier draft waits for the person's choice: nothing is written over it.
    if (!form || done || earlier) return;
    const save = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const values = formValues(form, NEVER);
        try {
          if (Object.keys(values).some((name) => name !== 'kind')) {
            window.localStorage.setItem(key, JSON.stringify(values));
            setSaved(true);
          }
        } catch {
          // Storage full or off: the form still works, it only keeps no draft.
        }
      }, 400);
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    // Typed before the scripts arrived (no input event will come for it): kept now.
    if (formIsChanged(form)) save();
    return () => {
      form.removeEventListener('input', save);
      form.removeEventListener('change', save);
      clearTimeout(timer.current);
    };
  }, [formRef, key, done, restored, earlier]);

  return { restored, earlier: earlier !== null && !done, saved: saved && !done, clear, restoreEarlier };
}
