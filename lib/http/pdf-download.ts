// How Sajam sends a PDF someone downloads (the annual report, a certificate): an attachment under a Latin file name
// (a Persian name does not survive every browser's download dialog), never cached by anyone but the browser's own
// session, sandboxed if opened in place.

/** A 200 with the PDF's bytes as an attachment named `filename` (Latin letters, digits, dashes and dots only). */
export function pdfDownload(bytes: Uint8Array, filename: string): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** HEAD on a download route: not answered, since Next would run GET for it — making the file and auditing a download nobody made. */
export function refuseHead(): Response {
  return new Response(null, { status: 405, headers: { Allow: 'GET' } });
}
