import type { PageQuery } from './api'

export type Supervision = 'supervision' | 'industry_management'

export interface Enterprise {
  id: number
  name: string
  uscc: string
  region_code: string
  region_name: string
  industry: string
  industry_code: string | null
  supervision: Supervision
  scale: string | null
  address: string | null
  legal_representative: string | null
  contact_phone: string | null
  employees: number | null
  park_name: string | null
  latitude: number | null
  longitude: number | null
  status: 'active' | 'inactive'
  created_at: string
  updated_at: string
  uscc_warning: string | null
}

export interface EnterpriseQuery extends PageQuery {
  q?: string
  region_code?: string
  industry?: string
  supervision?: string
  status?: string
}

export interface EnterpriseForm {
  name: string
  uscc: string
  region_code: string
  industry: string
  industry_code: string | null
  scale: string | null
  address: string
  legal_representative: string
  contact_phone: string
  employees: number | null
  park_name: string
  latitude: number | null
  longitude: number | null
  accept_uscc_warning?: boolean
}

export interface ImportError {
  line: number
  field: string
  rule: string
  message: string
  message_zh?: string
}

export interface ImportRuleCount {
  rule: string
  message: string
  message_zh: string
  count: number
}

export interface ImportFieldCount {
  field: string
  label_zh: string
  count: number
}

/** Answer of POST /enterprises/import: the first errors, every error counted, a report id. */
export interface ImportResult {
  total_rows: number
  imported: number
  skipped: number
  error_count: number
  error_rows: number
  /** The first errors in file order (the server lists at most 200 by default). */
  errors: ImportError[]
  errors_truncated: boolean
  errors_by_rule: ImportRuleCount[]
  errors_by_field: ImportFieldCount[]
  /** GET /enterprises/import-reports/{report_id}: every error as .xlsx; null without errors. */
  report_id: string | null
  report_rows: number
  report_truncated: boolean
  report_expires_at: string | null
}

export interface AuditEntry {
  id: number
  at: string
  actor_id: number | null
  actor_name: string
  ip?: string
  action: string
  entity: string
  entity_id: string | number
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  hash?: string
}
