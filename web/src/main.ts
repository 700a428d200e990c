import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/main.css'
import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale } from './locales'
import { registerIcons } from './components/icons'
import { configureRequest } from './utils/request'
import { fieldPathLabel, type Translate } from './utils/field-path'
import { useUserStore } from './store/user'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(ElementPlus)
registerIcons(app)

configureRequest({
  getLocale: currentLocale,
  translate: (key) => i18n.global.t(key),
  notify: (message) => {
    ElMessage({ type: 'error', message, grouping: true })
  },
  onPasswordChangeRequired: () => {
    const store = useUserStore(pinia)
    store.mustChangePassword = true
    if (router.currentRoute.value.name !== 'password') router.replace({ name: 'password' })
  },
  fieldLabel: (field) => fieldPathLabel(field, i18n.global.t as Translate, (k) => i18n.global.te(k), currentLocale()),
  onUnauthorized: () => {
    const store = useUserStore(pinia)
    store.clear()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      router.replace({ name: 'login', query: current.fullPath !== '/' ? { redirect: current.fullPath } : {} })
    }
  },
})

document.documentElement.lang = currentLocale()
app.use(router)
app.mount('#app')
