import 'i18next'
import type { en as connection } from '../features/connection/locales/en'
import type { en as deliveriesDiagnosis } from '../features/deliveries/diagnosis/locales/en'
import type { en as deliveriesFollow } from '../features/deliveries/follow/locales/en'
import type { en as deliveriesLog } from '../features/deliveries/log/locales/en'
import type { en as deliveries } from '../features/deliveries/locales/en'
import type { en as deliveriesRecovery } from '../features/deliveries/recovery/locales/en'
import type { en as alerts } from '../features/alerts/locales/en'
import type { en as alertsOutbox } from '../features/alerts/outbox/locales/en'
import type { en as alertsRules } from '../features/alerts/rules/locales/en'
import type { en as audit } from '../features/audit/locales/en'
import type { en as endpointsForm } from '../features/endpoints/form/locales/en'
import type { en as endpoints } from '../features/endpoints/locales/en'
import type { en as endpointsHealth } from '../features/endpoints/health/locales/en'
import type { en as endpointsNotes } from '../features/endpoints/notes/locales/en'
import type { en as endpointsRotation } from '../features/endpoints/rotation/locales/en'
import type { en as health } from '../features/health/locales/en'
import type { en as history } from '../features/history/locales/en'
import type { en as onboarding } from '../features/onboarding/locales/en'
import type { en as session } from '../features/session/locales/en'
import type { en as users } from '../features/users/locales/en'
import type { en as translation } from './locales/en'

// Every namespace's English strings type its keys: `t('a.key')` with a key that does not exist in the
// namespace given to `useTranslation` is a type error. A namespace is the folder that owns the strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof translation
      connection: typeof connection
      deliveries: typeof deliveries
      'deliveries/diagnosis': typeof deliveriesDiagnosis
      'deliveries/follow': typeof deliveriesFollow
      'deliveries/log': typeof deliveriesLog
      'deliveries/recovery': typeof deliveriesRecovery
      onboarding: typeof onboarding
      endpoints: typeof endpoints
      'endpoints/form': typeof endpointsForm
      'endpoints/health': typeof endpointsHealth
      'endpoints/notes': typeof endpointsNotes
      'endpoints/rotation': typeof endpointsRotation
      health: typeof health
      history: typeof history
      session: typeof session
      audit: typeof audit
      users: typeof users
      alerts: typeof alerts
      'alerts/rules': typeof alertsRules
      'alerts/outbox': typeof alertsOutbox
    }
  }
}
