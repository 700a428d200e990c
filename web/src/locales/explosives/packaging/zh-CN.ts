/** 包装 (packaging): cases, boxes and their codes. (zh-CN) */
export default {
  packaging: {
    menu: '包装登记',
    registered: '已登记包装，共 {n} 个编码',
    confirmTitle: '登记包装',
    confirmRegister: '将登记{case}{boxes} 盒、共 {n} 个编码（{product}）；登记后按箱码、盒码出入库和盘点。',
    confirmCase: '箱 {code} 内 ',
    confirmButton: '登记 {n} 个编码',
    notFound: '未找到该箱码或盒码',
    packageCode: '输入或扫描箱码、盒码',
    registerPackaging: '登记包装（箱 → 盒 → 雷管编码）',
    caseCode: '箱码',
    boxCode: '盒码',
    firstCode: '盒内首个编码',
    addBox: '增加一盒',
    register: '登记',
    codesInside: '内含 {n} 个编码',
    scanPackage: '箱码/盒码 {code}：内含 {n} 个编码',
    kinds: { case: '箱', box: '盒' },
  },
}
