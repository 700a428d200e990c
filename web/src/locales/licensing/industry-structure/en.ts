/** Industry structure (行业结构, seed 003 §6(14)): the electronic-detonator share of detonator output. (en) */
export default {
  industryStructure: {
    menu: 'Industry structure',
    year: 'Year',
    region: 'Region',
    electronic: 'Electronic detonators produced (pcs)',
    other: 'Other industrial detonators produced (pcs)',
    mixing: 'On-site mixing capacity (t/year)',
    mixingLicences: 'licences',
    share: 'Electronic detonator share',
  },
}
