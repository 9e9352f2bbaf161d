import { VerifyStartPage, verifyMetadata, type VerifyKind } from '@/components/verify/verify-page-parts';

export const dynamic = 'force-dynamic';

const kind: VerifyKind = { namespace: 'certificates', path: '/verify/certificate' };

export const generateMetadata = () => verifyMetadata(kind);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/verify/certificate` (public; issue #18): where a person types the code printed on a course certificate (a GET form). */
export default async function VerifyCertificateStartPage({ searchParams }: Props) {
  return <VerifyStartPage kind={kind} query={await searchParams} />;
}
