import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du renouvellement guidé d’un secret de signature (espace de noms `endpoints/rotation`). */
export const fr: Strings<typeof en> = {
  entry: { start: 'Renouveler le secret de signature', resume: 'Reprendre le renouvellement' },
  title: 'Renouveler le secret de signature',
  intro:
    'Lucca ne permet pas de changer le secret d’un point de terminaison existant. La console en crée donc un nouveau, qui envoie les mêmes événements au même serveur récepteur avec un nouveau secret, puis supprime l’ancien. Vous pouvez vous arrêter à tout moment et revenir plus tard : cette page reprend là où vous en étiez.',
  replaces: 'remplace {{address}}',
  stepOf: 'Étape {{step}} sur 5',
  doneMark: 'Fait',
  developer: 'Pour votre intégrateur',
  steps: {
    create: {
      title: 'Créer le nouveau point de terminaison',
      body: 'Il reprend l’adresse du serveur récepteur, les types d’événement, le format et la version de « {{endpoint}} », et son nom indique lequel il remplace.',
      action: 'Créer le nouveau point de terminaison',
    },
    secret: {
      title: 'Enregistrer le nouveau secret',
      body: 'Lucca n’affiche le secret d’un point de terminaison qu’une fois, à sa création. Transmettez-le dès maintenant à votre intégrateur.',
      gone: 'Le nouveau secret a été affiché à la création du nouveau point de terminaison et ne peut plus l’être. Si personne ne l’a enregistré, supprimez le nouveau point de terminaison et recommencez.',
      restart: 'Recommencer',
    },
    overlap: {
      title: 'Faire accepter les deux secrets au serveur récepteur',
      body: 'Tant que l’ancien point de terminaison n’est pas désactivé, Lucca envoie chaque événement deux fois : une fois signé avec l’ancien secret, une fois avec le nouveau. Votre serveur récepteur doit accepter les deux pendant ce temps, et ne traiter chaque événement qu’une fois.',
      developer:
        'Chaque requête porte un seul en-tête Lucca-Signature : Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + corps brut)). Pendant le renouvellement, acceptez une requête dont la signature correspond à l’un ou l’autre secret (comparaison à temps constant), et ignorez un événement dont la source et l’id ont déjà été traités : les deux points de terminaison l’envoient. Une fois l’ancien supprimé, retirez l’ancien secret.',
      test: 'Faites ensuite un envoi de test au nouveau point de terminaison : vous verrez si le serveur récepteur l’a accepté.',
      notActive:
        'Le nouveau point de terminaison n’est pas actif : il ne reçoit rien. Ouvrez-le pour l’activer d’abord.',
      next: 'Suivant',
    },
    confirm: {
      title: 'Confirmer que le serveur récepteur est prêt',
      check: 'Mon intégrateur confirme que le serveur récepteur accepte le nouveau secret',
      body: 'Désactiver l’ancien point de terminaison arrête aussitôt ses envois : seul le nouveau enverra les événements.',
      action: 'Désactiver l’ancien point de terminaison',
      back: 'Retour',
    },
    retire: {
      title: 'Supprimer l’ancien point de terminaison',
      body: 'L’ancien point de terminaison est désactivé. Le supprimer l’efface définitivement, avec son secret ; le nouveau continue d’envoyer les événements.',
      action: 'Supprimer l’ancien point de terminaison',
      finish:
        'L’ancien point de terminaison est supprimé. Une dernière modification retire « remplace … » du nom du nouveau.',
      finishAction: 'Terminer',
    },
  },
  done: {
    body: 'Le secret est renouvelé : le nouveau point de terminaison est le seul restant et signe chaque événement avec le nouveau secret.',
  },
}
