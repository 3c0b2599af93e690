import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de la boîte d’envoi locale (espace de noms `alerts/outbox`). */
export const fr: Strings<typeof en> = {
  title: 'Boîte d’envoi locale',
  description:
    'Sur cette installation de démonstration, la console envoie les alertes à une boîte mail et à des webhooks de discussion qui lui sont propres ; avec un vrai serveur de messagerie (SMTP_URL) et de vrais webhooks, elles partent vers des personnes.',
  count_one: '{{count}} message reçu',
  count_other: '{{count}} messages reçus',
  refreshing: 'Actualisé toutes les quelques secondes tant que cette page est ouverte.',
  listLabel: 'Messages reçus, les plus récents d’abord',
  empty:
    'Rien de reçu pour l’instant. Une alerte arrive ici quelques minutes après la panne d’une intégration.',
  missing:
    'Cette console envoie les alertes à de vrais destinataires : elle n’a pas de boîte d’envoi locale.',
  kinds: { email: 'E-mail', slack: 'Slack', teams: 'Microsoft Teams', webhook: 'Webhook signé' },
  to: 'À {{to}}',
  received: 'Reçu le {{when}}',
  html: 'L’e-mail tel que reçu : {{subject}}',
  signatureValid: 'Signature vérifiée ✓',
  signatureInvalid: 'Signature non vérifiée ✗ : le message n’a pas été signé avec le secret de ce compte',
  showJson: 'Afficher le JSON reçu',
  hideJson: 'Masquer le JSON',
}
