/**
 * Every operation in /api/openapi.json, called with its documented examples against the live app:
 * the document and the app may not drift apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.ts';

type Operation = {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; example?: unknown; schema?: { example?: unknown } }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string; example?: unknown } }> };
  responses: Record<string, unknown>;
};

let context: Awaited<ReturnType<typeof createTestApp>>;
let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { example?: unknown }> } };
beforeAll(async () => {
  context = await createTestApp();
  document = await (await context.app.request('/api/openapi.json')).json();
});
afterAll(() => context.db.close());

const operations = () =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

describe('OpenAPI document', () => {
  it('documents every operation with examples for its required inputs', () => {
    for (const { path, method, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.required) expect(parameter.example ?? parameter.schema?.example, `${method} ${path} ${parameter.name}`).toBeDefined();
      }
      const body = operation.requestBody?.content['application/json']?.schema;
      if (body)
        expect(
          body.example ?? document.components.schemas[body.$ref?.split('/').at(-1) ?? '']?.example,
          `${method} ${path} body`,
        ).toBeDefined();
    }
  });

  it('every documented example works against the live app', async () => {
    expect(operations().length).toBeGreaterThanOrEqual(16);
    for (const { path, method, operation } of operations()) {
      const example = (parameter: NonNullable<Operation['parameters']>[number]) => parameter.example ?? parameter.schema?.example;
      const parameters = (operation.parameters ?? []).filter((parameter) => example(parameter) !== undefined);
      let url = path;
      const query = new URLSearchParams();
      const headers: Record<string, string> = {};
      for (const parameter of parameters) {
        const value = String(example(parameter));
        if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
        if (parameter.in === 'query') query.set(parameter.name, value);
        if (parameter.in === 'header') headers[parameter.name] = value;
      }
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      const body = bodySchema
        ? (bodySchema.example ?? document.components.schemas[bodySchema.$ref!.split('/').at(-1)!]!.example)
        : undefined;
      const response = await context.app.request(`${url}${query.size > 0 ? `?${query}` : ''}`, {
        method: method.toUpperCase(),
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      // Examples of saved conversations point at one that does not exist yet: a documented 404.
      expect(Object.keys(operation.responses), `${method} ${path} answered ${response.status}`).toContain(String(response.status));
      if (!path.startsWith('/api/conversations/')) expect(response.status, `${method} ${path}`).toBe(200);
      await response.text();
    }
  });
});
