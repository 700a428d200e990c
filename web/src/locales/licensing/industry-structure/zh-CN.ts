/** 行业结构 (industry structure, seed 003 §6(14)): the electronic-detonator share of detonator output. (zh-CN) */
export default {
  industryStructure: {
    menu: '行业结构',
    year: '年度',
    region: '地区',
    electronic: '工业数码电子雷管产量（发）',
    other: '其他工业雷管产量（发）',
    mixing: '现场混装能力（吨/年）',
    mixingLicences: '持证企业',
    share: '数码电子雷管占比',
  },
}
