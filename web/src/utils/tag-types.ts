/** Element Plus tag colours per status value (labels always come from the dictionaries). */
export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const RECIPIENT_STATUS_TAG: Record<string, TagType> = {
  unread: 'info',
  read: 'primary',
  acknowledged: 'warning',
  feedback_submitted: 'success',
  overdue: 'danger',
}

export const ENTERPRISE_STATUS_TAG: Record<string, TagType> = { active: 'success', inactive: 'info' }
export const USER_STATUS_TAG: Record<string, TagType> = { active: 'success', disabled: 'info' }
export const SUPERVISION_TAG: Record<string, TagType> = { supervision: 'danger', industry_management: 'primary' }
