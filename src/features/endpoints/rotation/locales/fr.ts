import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du renouvellement guidé d’un secret de signature (espace de noms `endpoints/rotation`). */
export const fr: Strings<typeof en> = {
  entry: { start: 'Renouveler le secret de signature', resume: 'Reprendre le renouvellement' },
  title: 'Renouveler le secret de signature',
  intro:
    'Lucca ne permet pas de changer le secret d’un point de terminaison. La console en crée un nouveau, avec un nouveau secret, qui envoie les mêmes événements au même serveur récepteur, puis supprime l’ancien. Vous pouvez vous arrêter à tout moment : cette page reprend là où vous en étiez.',
  replaces: 'remplace {{address}}',
  stepOf: 'Étape {{step}} sur 5',
  doneMark: 'faite',
  developer: 'Pour votre intégrateur',
  steps: {
    create: {
      title: 'Créer le nouveau point de terminaison',
      body: 'Même serveur récepteur, mêmes types d’événement, même format et même version que « {{endpoint}} » ; son nom indique lequel il remplace.',
    },
    secret: {
      title: 'Enregistrer le nouveau secret',
      body: 'Lucca ne l’affiche qu’une fois : transmettez-le dès maintenant à votre intégrateur.',
      gone: 'Le nouveau secret a été affiché une seule fois, à la création, et ne peut plus l’être. Si personne ne l’a enregistré, recommencez.',
      restart: 'Recommencer',
    },
    overlap: {
      title: 'Faire accepter les deux secrets',
      body: 'Tant que l’ancien point de terminaison est actif, chaque événement est envoyé deux fois : signé avec l’ancien secret, et avec le nouveau. Le serveur récepteur doit accepter les deux, et ne traiter chaque événement qu’une fois.',
      developer:
        'Chaque requête porte un seul Lucca-Signature : Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + corps brut)). Acceptez-la si elle correspond à l’un des deux secrets (comparaison à temps constant) ; ignorez un événement dont la source et l’id ont déjà été traités. Retirez l’ancien secret une fois l’ancien point de terminaison supprimé.',
      test: 'Faites ensuite un envoi de test au nouveau point de terminaison pour voir si le serveur récepteur l’accepte.',
      notActive: 'Le nouveau point de terminaison n’est pas actif : activez-le d’abord sur sa page.',
      next: 'Suivant',
    },
    confirm: {
      title: 'Confirmer que le serveur récepteur est prêt',
      check: 'Mon intégrateur confirme que le serveur récepteur accepte le nouveau secret',
      body: 'L’ancien point de terminaison cesse alors aussitôt ses envois ; seul le nouveau envoie les événements.',
      action: 'Désactiver l’ancien point de terminaison',
      back: 'Retour',
    },
    retire: {
      title: 'Supprimer l’ancien point de terminaison',
      body: 'Il est désactivé. Le supprimer l’efface définitivement, avec son secret.',
      finish:
        'L’ancien point de terminaison est supprimé. Terminez pour retirer « remplace … » du nom du nouveau.',
      finishAction: 'Terminer',
    },
  },
  done: 'Secret renouvelé : le nouveau point de terminaison est le seul restant.',
}
