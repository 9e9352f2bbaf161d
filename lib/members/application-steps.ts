// Which steps of an application hold what submission needs. Pure: read by the applicant's page and by submission.
import type { ApplicationStep } from './application-input';
import { APPLICATION_STEPS } from './application-input';

/** Which steps hold what submission needs. */
export function completedSteps(m: {
  firstName: string;
  nationalCodeEnc: string | null;
  birthDate: Date | null;
  provinceId: number | null;
  countyId: number | null;
  education: string | null;
  declaredAt: Date | null;
}): ApplicationStep[] {
  const done: Record<ApplicationStep, boolean> = {
    identity: Boolean(m.firstName && m.nationalCodeEnc && m.birthDate),
    contact: true,
    place: Boolean(m.provinceId && m.countyId),
    background: Boolean(m.education),
    declaration: Boolean(m.declaredAt),
  };
  return APPLICATION_STEPS.filter((s) => done[s]);
}
