// The XML form of every answer, built by fast-xml-parser's XMLBuilder from the same objects the JSON
// answers carry (never by string concatenation): it escapes text, and the element names are ours alone.
// GeoReport v2 names the root and the repeated element of each list; nested lists repeat their
// singular (`<media_urls><media_url>…</media_url></media_urls>`). Null is an empty element.
import { XMLBuilder } from 'fast-xml-parser';

/** Each answer's root element and the element of each item of the root list (null: the root is an object). */
export const XML_ROOTS = {
  discovery: ['discovery', null],
  services: ['services', 'service'],
  serviceDefinition: ['service_definition', null],
  serviceRequests: ['service_requests', 'request'],
  serviceRequestUpdates: ['service_request_updates', 'request_update'],
  errors: ['errors', 'error'],
} as const satisfies Record<string, readonly [string, string | null]>;
export type XmlRoot = keyof typeof XML_ROOTS;

/** The element of one item of a nested list, by the list's name. */
const ITEM: Record<string, string> = { endpoints: 'endpoint', formats: 'format', media_urls: 'media_url', attributes: 'attribute' };

const builder = new XMLBuilder({ ignoreAttributes: false, format: false, suppressEmptyNode: false, suppressBooleanAttributes: false });

// XML 1.0 has no way to write these; normalized text never holds them (lib/text/normalize).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

type Node = string | { [name: string]: Node | Node[] };

function toNode(value: unknown, name: string): Node | Node[] {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return { [ITEM[name] ?? 'item']: value.map((v) => toNode(v, ITEM[name] ?? 'item') as Node) };
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNode(v, k)]));
  return String(value).replace(NOT_XML, '');
}

export function toXml(root: XmlRoot, body: unknown): string {
  const [rootName, itemName] = XML_ROOTS[root];
  const content = itemName ? { [itemName]: (body as unknown[]).map((item) => toNode(item, itemName) as Node) } : toNode(body, rootName);
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, [rootName]: content }) as string;
}
