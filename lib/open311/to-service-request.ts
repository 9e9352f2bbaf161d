// A referral as an Open311 service request, from the agency's projection (lib/reports/report-views.ts
// `toAgencyView`) and nothing else: the API never reads a field the portal's liaison could not see.
// Pure: links are minted by the caller's `media` function.
import type { ReferralEventKind } from '@/lib/generated/prisma/enums';
import type { AgencyView } from '@/lib/reports/report-views';
import { serviceRequestUpdateSchema, type ServiceRequest, type ServiceRequestUpdate } from './schemas';
import { OPEN311_UPDATE_STATUSES, requestStatusOf, type Open311UpdateStatus } from './status-mapping';

type Locale = 'fa' | 'en';
export type MediaLink = (attachmentId: string) => string;

const SEPARATOR: Record<Locale, string> = { fa: '، ', en: ', ' };

export function toServiceRequest(view: AgencyView, o: { agencyName: string; locale: Locale; media: MediaLink }): ServiceRequest {
  const { referral } = view;
  const referralStatus = referral.status;
  // Callers load live referrals only (reach.ts): a withdrawn one is no longer the agency's.
  if (referralStatus === 'WITHDRAWN') throw new Error('withdrawn referral in an agency projection');
  const en = o.locale === 'en';
  const named = (n: { name: string; nameEn: string }) => (en ? n.nameEn : n.name);
  const latestNote = [...referral.history].reverse().find((e) => e.note)?.note ?? null;
  const media = view.attachments.map((a) => o.media(a.id));
  return {
    service_request_id: referral.id,
    status: requestStatusOf(referralStatus),
    status_notes: latestNote ?? referral.coveringNote,
    service_name: named(view.category),
    service_code: view.categorySlug,
    description: view.description,
    agency_responsible: o.agencyName,
    service_notice: '',
    requested_datetime: referral.referredAt.toISOString(),
    updated_datetime: referral.updatedAt.toISOString(),
    expected_datetime: referral.answerDueAt?.toISOString() ?? null,
    address: [named(view.province), view.county ? named(view.county) : null, view.placeDescription].filter(Boolean).join(SEPARATOR[o.locale]),
    media_url: media[0] ?? null,
    media_urls: media,
    referral_status: referralStatus,
    acknowledge_by_datetime: referral.acknowledgeDueAt?.toISOString() ?? null,
    covering_note: referral.coveringNote,
  };
}

/** One step of a referral's history, as an Open311 service request update. */
export function toServiceRequestUpdate(
  e: {
    id: string;
    referralId: string;
    kind: ReferralEventKind;
    toStatus: Parameters<typeof requestStatusOf>[0] | null;
    currentStatus: Parameters<typeof requestStatusOf>[0];
    note: string | null;
    agencyStatus: string | null;
    updateId: string | null;
    createdAt: Date;
    attachmentIds: readonly string[];
  },
  media: MediaLink,
): ServiceRequestUpdate {
  return {
    update_id: e.updateId ?? e.id,
    service_request_id: e.referralId,
    status: requestStatusOf(e.toStatus ?? e.currentStatus),
    event: agencyEvent(e.kind),
    agency_status: isAgencyStatus(e.agencyStatus) ? e.agencyStatus : null,
    updated_datetime: e.createdAt.toISOString(),
    description: e.note ?? '',
    media_url: e.attachmentIds[0] ? media(e.attachmentIds[0]) : null,
  };
}

const isAgencyStatus = (s: string | null): s is Open311UpdateStatus => s !== null && (OPEN311_UPDATE_STATUSES as readonly string[]).includes(s);

/** Callers read the steps the agency projection lists; any other kind here is a bug, not something to send. */
function agencyEvent(kind: ReferralEventKind): ServiceRequestUpdate['event'] {
  const parsed = serviceRequestUpdateSchema.shape.event.safeParse(kind);
  if (!parsed.success) throw new Error(`referral event ${kind} is not the agency's to read`);
  return parsed.data;
}
