/**
 * The hand-written wire types of the API modules checked against the types generated from docs/openapi.yaml
 * (schema.d.ts, npm run gen:api). vue-tsc (npm run typecheck, part of make test) fails when a page reads a
 * field the spec does not send or types differently, or sends a body the spec's input schema refuses,
 * unless that field is listed below as known drift; it fails too when listed drift has been fixed, so the
 * lists only ever shrink. Types with no schema in the spec yet (risk, investigation, hidden danger,
 * enforcement) are not covered. Where a hand-written type agreed with its schema it was replaced by the
 * generated one (`export type Enterprise = Schema<'Enterprise'>`, 14 types), so it needs no entry here.
 */
import type { AuditEntry } from '@/api/audit/audit-log'
import type { ErrorBody, FieldError } from '@/api/core/common'
import type { Dashboard } from '@/api/dashboard/dashboard'
import type { ProductCatalogue } from '@/api/explosives/catalogue'
import type { DailyCloseStatus, MagazineSummary } from '@/api/explosives/daily-close'
import type { SaleFiling } from '@/api/explosives/filing'
import type { LossIncident } from '@/api/explosives/loss-incident'
import type { Magazine, MagazineForm, MagazineStock } from '@/api/explosives/magazine'
import type { PackageInfo } from '@/api/explosives/packaging'
import type { Stocktake, StocktakeForm } from '@/api/explosives/stocktake'
import type { CodeTrace, Voucher, VoucherForm } from '@/api/explosives/voucher'
import type { Role } from '@/api/identity/role'
import type { User, UserForm } from '@/api/identity/user'
import type { ForwardForm, InboxDetail, InboxItem } from '@/api/notices/inbox'
import type { Notice, NoticeDetail, NoticeForm, RecipientSelection } from '@/api/notices/notice'
import type { Agency, AgencyInput } from '@/api/registry/agency'
import type { EnterpriseForm, ImportResult } from '@/api/registry/enterprise'
import type { Dictionaries, Region } from '@/api/registry/reference'
import type { ResponsibilityForm } from '@/api/registry/responsibility'
import type { Schema } from '@/api/core/schema'

/** Fields of a response type the page reads that the spec's schema lacks or types differently. */
type ReadDrift<Hand, Spec> = { [K in keyof Hand]-?: K extends keyof Spec ? ([Spec[K]] extends [Hand[K]] ? never : K) : K }[keyof Hand]
/** Fields of a request body the page sends that the spec's input schema lacks or types more narrowly,
 * and fields the spec requires that the page never sends. */
type SendDrift<Hand, Spec> =
  | { [K in keyof Hand]-?: K extends keyof Spec ? ([Hand[K]] extends [Spec[K]] ? never : K) : K }[keyof Hand]
  | { [K in keyof Spec]-?: {} extends Pick<Spec, K> ? never : K extends keyof Hand ? never : K }[keyof Spec]
/** true exactly when the drift found is the drift listed. */
type Exactly<Found, Listed> = [Found] extends [Listed] ? ([Listed] extends [Found] ? true : false) : false

export const conformance: {
  Magazine: Exactly<
    ReadDrift<Magazine, Schema<'Store'>>,
    'enterprise_name' | 'kind_label_zh' | 'product_limits' | 'status' | 'holds_non_normal_goods'
    | 'capacity_use_percent' | 'created_at'
  >
  MagazineStock: Exactly<
    ReadDrift<MagazineStock, Schema<'StoreStock'>>,
    'enterprise_name' | 'kind_label_zh' | 'product_limits' | 'status' | 'holds_non_normal_goods'
    | 'capacity_use_percent' | 'created_at' | 'code_count' | 'items'
  >
  MagazineForm: Exactly<SendDrift<MagazineForm, Schema<'StoreInput'>>, 'kind' | 'rated_net_mass_kg' | 'rated_pieces'>
  ProductCatalogue: Exactly<
    ReadDrift<ProductCatalogue, Schema<'ExplosiveCatalogue'>>,
    'items' | 'store_kinds' | 'reasons' | 'conditions'
  >
  Voucher: Exactly<
    ReadDrift<Voucher, Schema<'Voucher'>>,
    'enterprise_id' | 'code_count' | 'store_name' | 'target_store_id' | 'target_store_name' | 'direction'
    | 'reason_label_zh' | 'reverses_voucher_id' | 'reversed_by_voucher_id' | 'storekeeper' | 'second_person'
    | 'prev_hash' | 'lines'
  >
  VoucherForm: Exactly<SendDrift<VoucherForm, Schema<'VoucherInput'>>, 'reason' | 'lines'>
  CodeTrace: Exactly<ReadDrift<CodeTrace, Schema<'CodeTrace'>>, 'ga441_valid' | 'current_store' | 'history'>
  Stocktake: Exactly<
    ReadDrift<Stocktake, Schema<'Stocktake'>>,
    'enterprise_id' | 'enterprise_name' | 'store_name' | 'method' | 'counted_by' | 'counted_at' | 'book_code_count'
    | 'counted_code_count' | 'duplicate_scans' | 'quantity_difference_count' | 'source_filename' | 'source_blake2b'
    | 'note' | 'code_products' | 'quantities' | 'quantity_differences' | 'events'
  >
  StocktakeForm: Exactly<SendDrift<StocktakeForm, Schema<'StocktakeInput'>>, never>
  LossIncident: Exactly<
    ReadDrift<LossIncident, Schema<'LossIncident'>>,
    'enterprise_id' | 'enterprise_name' | 'code_count' | 'store_name' | 'quantities' | 'events' | 'codes'
    | 'stocktake_id' | 'source' | 'closed_at' | 'description' | 'opened_by' | 'police_report' | 'regulator_report'
    | 'quantity_items'
  >
  PackageInfo: Exactly<ReadDrift<PackageInfo, Schema<'Package'>>, 'enterprise_name' | 'case_code' | 'boxes'>
  DailyCloseStatus: Exactly<
    ReadDrift<DailyCloseStatus, Schema<'DailyCloseStatus'>>,
    'history' | 'matches' | 'date' | 'signed' | 'latest' | 'correction_count'
  >
  MagazineSummary: Exactly<
    ReadDrift<MagazineSummary, Schema<'StoreSummary'>>,
    'enterprise_name' | 'items' | 'store_name' | 'from' | 'to' | 'voucher_count' | 'daily_close'
  >
  SaleFiling: Exactly<
    ReadDrift<SaleFiling, Schema<'SaleFiling'>>,
    'enterprise_id' | 'enterprise_name' | 'store_id' | 'store_name' | 'voucher_number' | 'sold_at' | 'deadline'
    | 'province_filing' | 'police_filing'
  >
  FieldError: Exactly<ReadDrift<FieldError, Schema<'FieldError'>>, 'line'>
  ErrorBody: Exactly<ReadDrift<ErrorBody, Schema<'Error'>>, never>
  User: Exactly<ReadDrift<User, Schema<'User'>>, 'email'>
  UserForm: Exactly<SendDrift<UserForm, Schema<'UserCreate'>>, 'enterprise_id' | 'username' | 'password' | 'agency_id'>
  Role: Exactly<ReadDrift<Role, Schema<'Role'>>, never>
  AuditEntry: Exactly<ReadDrift<AuditEntry, Schema<'AuditEntry'>>, 'before' | 'after'>
  Region: Exactly<ReadDrift<Region, Schema<'Region'>>, never>
  Dictionaries: Exactly<ReadDrift<Dictionaries, Schema<'Dictionaries'>>, string>
  Agency: Exactly<ReadDrift<Agency, Schema<'Agency'>>, 'created_at'>
  AgencyInput: Exactly<SendDrift<AgencyInput, Schema<'AgencyCreate'>>, 'region_code'>
  EnterpriseForm: Exactly<
    SendDrift<EnterpriseForm, Schema<'EnterpriseInput'>>,
    'industry' | 'industry_code' | 'scale' | 'accept_uscc_warning'
  >
  ImportResult: Exactly<ReadDrift<ImportResult, Schema<'ImportResult'>>, never>
  ResponsibilityForm: Exactly<
    SendDrift<ResponsibilityForm, Schema<'ResponsibilityInput'>>,
    'enterprise_id' | 'kind' | 'agency_id'
  >
  RecipientSelection: Exactly<
    ReadDrift<RecipientSelection, Schema<'RecipientSelection'>>,
    'industries' | 'agency_ids' | 'enterprise_ids' | 'region_codes'
  >
  Notice: Exactly<ReadDrift<Notice, Schema<'Notice'>>, 'stats'>
  NoticeDetail: Exactly<ReadDrift<NoticeDetail, Schema<'NoticeDetail'>>, 'stats'>
  NoticeForm: Exactly<SendDrift<NoticeForm, Schema<'NoticeInput'>>, 'recipients'>
  InboxItem: Exactly<ReadDrift<InboxItem, Schema<'InboxItem'>>, 'notice'>
  InboxDetail: Exactly<ReadDrift<InboxDetail, Schema<'InboxDetail'>>, 'notice'>
  ForwardForm: Exactly<SendDrift<ForwardForm, Schema<'ForwardInput'>>, 'recipients'>
  Dashboard: Exactly<ReadDrift<Dashboard, Schema<'Dashboard'>>, 'hidden_dangers' | 'missed_daily_inspections'>
} = {
  Magazine: true,
  MagazineStock: true,
  MagazineForm: true,
  ProductCatalogue: true,
  Voucher: true,
  VoucherForm: true,
  CodeTrace: true,
  Stocktake: true,
  StocktakeForm: true,
  LossIncident: true,
  PackageInfo: true,
  DailyCloseStatus: true,
  MagazineSummary: true,
  SaleFiling: true,
  FieldError: true,
  ErrorBody: true,
  User: true,
  UserForm: true,
  Role: true,
  AuditEntry: true,
  Region: true,
  Dictionaries: true,
  Agency: true,
  AgencyInput: true,
  EnterpriseForm: true,
  ImportResult: true,
  ResponsibilityForm: true,
  RecipientSelection: true,
  Notice: true,
  NoticeDetail: true,
  NoticeForm: true,
  InboxItem: true,
  InboxDetail: true,
  ForwardForm: true,
  Dashboard: true,
}
