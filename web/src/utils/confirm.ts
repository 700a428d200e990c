/**
 * The one confirmation of the UI for actions that book, close, sign, send or delete: it states the
 * consequence in figures ("盘亏 698 发，将立案丢失被盗并通报监管部门") and, for a rejection or return,
 * asks for the reason (required: the box does not close without one; the server refuses a blank
 * reason with 422 too). Resolves to the reason ('' when none is asked) or null when cancelled.
 */
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/locales'

export interface ConfirmOptions {
  title: string
  /** What happens when the user confirms, in figures. */
  consequence: string
  /** The button's words: the action itself ("审批通过并调账"), never a bare "确定". */
  confirmText: string
  /** Red button and warning icon (destructive or irreversible). */
  danger?: boolean
  /** Ask for a reason: the field's label; the box refuses to close on a blank reason. */
  reason?: { label: string; maxLength?: number; initial?: string }
}

/** True when the text has something other than white space. */
export function hasReason(value: string | null | undefined): boolean {
  return !!value && value.trim().length > 0
}

/** The validator of the reason box: true, or the message saying what is missing. */
export function reasonValidator(label: string, maxLength = 500): (value: string) => true | string {
  const t = i18n.global.t
  return (value: string) => {
    if (!hasReason(value)) return t('confirm.reasonRequired', { label })
    if (value.length > maxLength) return t('confirm.reasonTooLong', { n: maxLength })
    return true
  }
}

export async function confirmAction(o: ConfirmOptions): Promise<string | null> {
  const t = i18n.global.t
  const common = {
    confirmButtonText: o.confirmText,
    cancelButtonText: t('common.cancel'),
    type: o.danger ? ('warning' as const) : ('info' as const),
    confirmButtonClass: o.danger ? 'el-button--danger' : undefined,
    customClass: 'confirm-action',
    closeOnClickModal: false,
    distinguishCancelAndClose: false,
  }
  try {
    if (o.reason) {
      const res = await ElMessageBox.prompt(o.consequence, o.title, {
        ...common,
        inputType: 'textarea',
        inputValue: o.reason.initial ?? '',
        inputPlaceholder: o.reason.label,
        inputValidator: reasonValidator(o.reason.label, o.reason.maxLength),
      })
      return (res as { value: string }).value.trim()
    }
    await ElMessageBox.confirm(o.consequence, o.title, common)
    return ''
  } catch {
    return null
  }
}
