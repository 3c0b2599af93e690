import '@mantine/core/styles/Notification.css'
import '@mantine/notifications/styles.css'
import { Notifications } from '@mantine/notifications'

// Its own module so that app.tsx can load it lazily: a dynamic import of '@mantine/notifications' itself
// would keep the container in the first load, since the `notifications` store is imported statically.
export function Toasts() {
  return <Notifications position="top-right" />
}
