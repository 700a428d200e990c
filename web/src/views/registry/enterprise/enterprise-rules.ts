/** Client-side mirror of the server's enterprise rules; the server stays the authority (422 errors). */
import type { FormItemRule } from 'element-plus'
import { usccShapeProblem } from '@/views/registry/enterprise/uscc'

type T = (key: string) => string

export function enterpriseRules(t: T): Record<string, FormItemRule[]> {
  return {
    name: [{ required: true, whitespace: true, message: t('enterprise.validation.nameRequired'), trigger: 'blur' }],
    uscc: [
      {
        required: true,
        trigger: 'blur',
        validator: (_rule, value: string, cb) => {
          const problem = usccShapeProblem(value)
          if (problem === 'required') cb(new Error(t('enterprise.validation.usccRequired')))
          else if (problem === 'length') cb(new Error(t('enterprise.validation.usccLength')))
          else if (problem === 'charset') cb(new Error(t('enterprise.validation.usccCharset')))
          else cb()
        },
      },
    ],
    region_code: [{ required: true, message: t('enterprise.validation.regionRequired'), trigger: 'change' }],
    industry: [{ required: true, message: t('enterprise.validation.industryRequired'), trigger: 'change' }],
  }
}
