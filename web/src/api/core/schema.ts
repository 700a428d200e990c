/** The generated API types (schema.d.ts, from docs/openapi.yaml) under short names. */
import type { components } from '@/api/schema'

export type Schemas = components['schemas']
/** One schema of docs/openapi.yaml: `Schema<'Store'>`. */
export type Schema<K extends keyof Schemas> = Schemas[K]
