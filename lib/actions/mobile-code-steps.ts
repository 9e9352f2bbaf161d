import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { mobileSchema } from '@/lib/members/application-input';
import type { OtpAvailability } from '@/lib/members/otp';
import { PartlyDone, publicAction, type FormAction } from './define-action';

/**
 * Where a mobile → one-time code form stands, for the page to draw: `mobile` asks for the number (kept
 * when the person goes back to change it), `code` asks for the code and says how many more codes may be
 * asked for, or from when (`nextCodeAt`, ISO).
 */
export type MobileCodeStep = { step: 'mobile'; mobile: string } | { step: 'code'; mobile: string; codesLeft: number; nextCodeAt: string | null };

/** The button that sent the form: `send` (step 1), `resend` and `change` (step 2), `finish` (step 2's main button, also Enter). */
const intentInput = z.object({
  intent: z.enum(['send', 'resend', 'change', 'finish']).catch('finish'),
  mobile: mobileSchema,
});

const codeStep = (mobile: string, availability: OtpAvailability): MobileCodeStep => ({
  step: 'code',
  mobile,
  codesLeft: availability.codesLeft,
  nextCodeAt: availability.nextCodeAt?.toISOString() ?? null,
});

/**
 * One server action for a two-step "mobile, then the code sent to it" form (/join, /login/reset), so the
 * step the person is on is one state with or without JavaScript: the pressed button names the intent.
 * Anything refused on step 2 (a wrong code, a short password, no codes left to resend) keeps step 2 with
 * the mobile and what the limits allow (PartlyDone), so the person is never thrown back to step 1. `finish`
 * normally redirects; its fields are parsed with `finishInput` here, so their errors land on step 2 too.
 */
export function mobileCodeStepsAction<F>({
  namespace,
  send,
  availability,
  finishInput,
  finish,
  omit,
}: {
  namespace: string;
  send: (o: { mobile: string; rateKey: string }) => Promise<OtpAvailability>;
  availability: (o: { mobile: string; rateKey: string }) => Promise<OtpAvailability>;
  finishInput: z.ZodType<F>;
  finish: (o: { input: F; rateKey: string }) => Promise<void>;
  /** Fields never sent back to refill the form (codes, passwords). */
  omit: readonly string[];
}): FormAction<MobileCodeStep> {
  return publicAction({ namespace, input: intentInput, omit }, async ({ input: { intent, mobile }, formData, rateKey }) => {
    if (intent === 'change') return { step: 'mobile', mobile } satisfies MobileCodeStep;
    if (intent === 'send') return codeStep(mobile, await send({ mobile, rateKey }));
    try {
      if (intent === 'resend') return codeStep(mobile, await send({ mobile, rateKey }));
      await finish({ input: finishInput.parse(Object.fromEntries(formData)), rateKey });
      // finish redirects; a finish that returns leaves the person on step 2.
      return codeStep(mobile, await availability({ mobile, rateKey }));
    } catch (error) {
      unstable_rethrow(error);
      return new PartlyDone(codeStep(mobile, await availability({ mobile, rateKey })), error);
    }
  });
}
