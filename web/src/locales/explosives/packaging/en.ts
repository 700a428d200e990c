/** 包装 (packaging): cases, boxes and their codes. (en) */
export default {
  packaging: {
    confirmTitle: 'Register packaging',
    confirmRegister: 'This registers {case}{boxes} boxes with {n} codes in all ({product}); cases and boxes can then be posted and counted by their codes.',
    confirmCase: 'case {code}: ',
    confirmButton: 'Register {n} codes',
    menu: 'Packaging',
    registered: 'Packaging registered: {n} codes',
    notFound: 'No such case or box code',
    packageCode: 'Type or scan a case or box code',
    registerPackaging: 'Register packaging (case → boxes → detonator codes)',
    caseCode: 'Case code',
    boxCode: 'Box code',
    firstCode: 'First code in the box',
    addBox: 'Add a box',
    register: 'Register',
    codesInside: '{n} codes inside',
    scanPackage: 'Case/box {code}: {n} codes inside',
    kinds: { case: 'Case', box: 'Box' },
  },
}
