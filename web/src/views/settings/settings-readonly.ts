/** Whether the settings page is read-only for the signed-in user (no settings:manage): provided by the page, read by its tables. */
import { inject, type InjectionKey, type Ref, ref } from 'vue'

export const SETTINGS_READONLY: InjectionKey<Ref<boolean>> = Symbol('settings-readonly')

export function useSettingsReadonly(): Ref<boolean> {
  return inject(SETTINGS_READONLY, ref(false))
}
