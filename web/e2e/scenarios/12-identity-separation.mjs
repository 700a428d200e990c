// Three-admin separation (issue 10 B, C) in the browser: the roles page greys out what a role may
// not hold and the server refuses it anyway; an administrator's account takes no organisation.
import { BASE, apiCall, check, errorRules, newPage, shot, login, scenario } from '../lib.mjs'

await scenario('s1: secadmin cannot give the read-only regulator user:manage', async () => {
  const { page } = await newPage()
  await login(page, 'secadmin')
  await page.goto(`${BASE}/admin/roles`)
  const blocked = page.locator('[data-testid="perm-regulator_ro-user:manage"]')
  await blocked.waitFor()
  check((await blocked.locator('input').isDisabled()) === true, 'user:manage is offered to regulator_ro')
  check((await blocked.getAttribute('title'))?.includes('系统管理员'), 'the greyed box does not say who may hold it')
  const allowed = page.locator('[data-testid="perm-regulator_ro-notice:feedback"] input')
  check((await allowed.isDisabled()) === false, 'a business permission is not offered to regulator_ro')
  check((await page.locator('[data-testid="perm-sys_admin-audit:read"] input').isDisabled()) === true,
    'audit:read is offered to sys_admin')
  await shot(page, 's1-roles-separation')
  // The server refuses it even when the page is bypassed.
  const roles = await apiCall('secadmin', 'GET', '/roles')
  const ro = roles.body.find((r) => r.code === 'regulator_ro')
  const r = await apiCall('secadmin', 'PUT', '/roles/regulator_ro/permissions', { permissions: [...ro.permissions, 'user:manage'] })
  check(r.status === 422 && errorRules(r).includes('permission_separation'), `PUT answered ${r.status} ${JSON.stringify(r.body)}`)
})

await scenario('s2: an administrator account takes no organisation', async () => {
  const users = await apiCall('sysadmin', 'GET', '/users?q=secadmin')
  const sec = users.body.items.find((u) => u.username === 'secadmin')
  const r = await apiCall('sysadmin', 'PUT', `/users/${sec.id}`, { display_name: sec.display_name, agency_id: 1 })
  check(r.status === 422 && errorRules(r).includes('admin_org'), `PUT answered ${r.status} ${JSON.stringify(r.body)}`)
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await page.goto(`${BASE}/admin/users`)
  // The demo has hundreds of accounts (duty officers of every unit): search for the one wanted.
  await page.getByPlaceholder('用户名或姓名').fill('secadmin')
  await page.getByRole('button', { name: /查询/ }).first().click()
  const row = page.locator('.el-table__row', { hasText: 'secadmin' }).first()
  await row.waitFor()
  await row.getByRole('button', { name: /编辑/ }).first().click()
  await page.locator('[data-testid="admin-no-org"]').waitFor()
  await page.waitForTimeout(400)
  await shot(page, 's2-admin-no-org')
})
