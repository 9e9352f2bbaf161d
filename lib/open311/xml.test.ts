import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toXml } from './xml';

const parse = (xml: string) =>
  new XMLParser({
    parseTagValue: false,
    isArray: (_name, path) => ['service_requests.request', 'service_requests.request.media_urls.media_url', 'errors.error'].includes(String(path)),
  }).parse(xml);

describe('XML answers', () => {
  it('wraps lists in GeoReport’s elements, nested lists in their singular, null as an empty element', () => {
    const xml = toXml('serviceRequests', [{ service_request_id: 'a', media_url: null, media_urls: ['https://x/1', 'https://x/2'], status: 'open' }]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?><service_requests><request>')).toBe(true);
    expect(parse(xml).service_requests.request[0]).toEqual({
      service_request_id: 'a',
      media_url: '',
      media_urls: { media_url: ['https://x/1', 'https://x/2'] },
      status: 'open',
    });
    expect(toXml('serviceRequests', [])).toBe('<?xml version="1.0" encoding="utf-8"?><service_requests></service_requests>');
  });

  it('escapes text and drops what XML cannot carry, so a description cannot add elements', () => {
    const description = '</description><status>closed</status> & "quotes" \u0001 چراغ';
    const xml = toXml('serviceRequests', [{ description, status: 'open' }]);
    expect(xml).not.toContain('<status>closed</status>');
    expect(parse(xml).service_requests.request[0]).toEqual({ description: description.replace('\u0001', ''), status: 'open' });
  });

  it('writes errors and single objects', () => {
    expect(parse(toXml('errors', [{ code: 403, description: 'کلید نامعتبر' }])).errors.error).toEqual([{ code: '403', description: 'کلید نامعتبر' }]);
    expect(toXml('serviceDefinition', { service_code: 'x', attributes: [] })).toBe(
      '<?xml version="1.0" encoding="utf-8"?><service_definition><service_code>x</service_code><attributes></attributes></service_definition>',
    );
  });
});
