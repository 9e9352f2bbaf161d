import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

describe('OpenAPI document', () => {
  const doc = openApiDocument({ baseUrl: 'https://sajam.example' });

  it('is OpenAPI 3.1 with a schema for every answer, each one JSON Schema 2020-12 that compiles', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const [name, schema] of Object.entries(doc.components.schemas)) expect(() => ajv.compile(schema), name).not.toThrow();
  });

  it('refers only to schemas it has', () => {
    const refs = JSON.stringify(doc.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas).toHaveProperty(ref.split('/').pop()!);
  });

  it('names every GeoReport call', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/discovery.{format}',
      '/services.{format}',
      '/services/{service_code}.{format}',
      '/requests.{format}',
      '/requests/{service_request_id}.{format}',
      '/servicerequestupdates.{format}',
      '/openapi.json',
    ]);
  });
});
