import { VerifyStartPage, verifyMetadata, type VerifyKind } from '@/components/verify/verify-page-parts';

export const dynamic = 'force-dynamic';

const kind: VerifyKind = { namespace: 'verifyReport', path: '/verify/report' };

export const generateMetadata = () => verifyMetadata(kind);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/verify/report` (public; issue #17, break-it review): where a person types the code printed on an annual report (a GET form). */
export default async function VerifyReportStartPage({ searchParams }: Props) {
  return <VerifyStartPage kind={kind} query={await searchParams} />;
}
