import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { type Agency, getAgencies } from '@/api/registry/agency'
import { type Dictionaries, type DictItem, getDictionaries, getRegions, type IndustryItem, type Region } from '@/api/registry/reference'
import { buildRegionTree } from '@/utils/region-tree'
import { currentLocale } from '@/locales'

/** Dictionaries, regions and agencies: loaded once per session and shared by every page. */
export const useDictStore = defineStore('dict', () => {
  const dicts = ref<Dictionaries | null>(null)
  const regions = ref<Region[]>([])
  const agencies = ref<Agency[]>([])
  let dictPromise: Promise<void> | null = null
  let regionPromise: Promise<void> | null = null
  let agencyPromise: Promise<void> | null = null

  function loadDicts(): Promise<void> {
    dictPromise ||= getDictionaries()
      .then((d) => {
        dicts.value = d
      })
      .catch((e) => {
        dictPromise = null
        throw e
      })
    return dictPromise
  }

  function loadRegions(): Promise<void> {
    regionPromise ||= getRegions()
      .then((r) => {
        regions.value = r.items
      })
      .catch((e) => {
        regionPromise = null
        throw e
      })
    return regionPromise
  }

  /** After a zone is added or changed: the next read gets the new tree. */
  function reloadRegions(): Promise<void> {
    regionPromise = null
    return loadRegions()
  }

  function loadAgencies(): Promise<void> {
    agencyPromise ||= getAgencies()
      .then((r) => {
        agencies.value = r.items
      })
      .catch((e) => {
        agencyPromise = null
        throw e
      })
    return agencyPromise
  }

  function items(name: string): DictItem[] {
    return dicts.value?.[name] ?? []
  }

  function itemLabel(item: DictItem): string {
    return currentLocale() === 'en' ? item.label_en || item.value : item.label_zh || item.value
  }

  /** The label of `value` in dictionary `name`, in the UI language; the raw value when unknown. */
  function label(name: string, value: string | null | undefined): string {
    if (value === null || value === undefined || value === '') return '—'
    const item = items(name).find((i) => i.value === value)
    return item ? itemLabel(item) : value
  }

  function options(name: string): { value: string; label: string }[] {
    return items(name).map((i) => ({ value: i.value, label: itemLabel(i) }))
  }

  function industry(value: string): IndustryItem | undefined {
    return dicts.value?.industries.find((i) => i.value === value)
  }

  const regionTree = computed(() => buildRegionTree(regions.value))

  function regionName(code: string | null | undefined): string {
    if (!code) return '—'
    return regions.value.find((r) => r.code === code)?.name ?? code
  }

  function reset() {
    dicts.value = null
    regions.value = []
    agencies.value = []
    dictPromise = regionPromise = agencyPromise = null
  }

  return {
    dicts, regions, agencies, regionTree,
    loadDicts, loadRegions, reloadRegions, loadAgencies, items, label, options, industry, regionName, reset,
  }
})
