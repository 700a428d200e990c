/** Shapes every endpoint shares: the list envelope, paging, query strings, the error body (docs/api.md "Conventions"). */
import type { Schema } from '@/api/core/schema'
export type IdName = Schema<'IdName'>

export interface FieldError {
  field?: string
  line?: number
  rule: string
  message: string
  message_zh?: string
}

export interface ErrorBody {
  code: string
  message: string
  message_zh?: string
  errors?: FieldError[]
}

export interface ListResult<T> {
  items: T[]
  total: number
  /** false: more than `total` match (the server stopped counting at its limit). */
  total_exact?: boolean
  page: number
  page_size: number
}

export interface PageQuery {
  page?: number
  page_size?: number
  sort?: string
}

/** Query parameter values accepted by the request helpers; empty ones are dropped. */
export type QueryValue = string | number | boolean | null | undefined

export type Query = Record<string, QueryValue | QueryValue[]>
