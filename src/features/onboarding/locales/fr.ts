import type { en } from './en'

/** Chaînes françaises de la fonctionnalité onboarding (espace de noms `onboarding`). */
export const fr: typeof en = {
  checklist: {
    title: 'Mettre cette intégration en service',
    progress: 'Étapes terminées : {{done}} sur {{total}}',
    done: 'terminé',
    todo: 'à faire',
    dismiss: 'Masquer cette liste',
    verifyLink: 'Vérifier une requête reçue',
    steps: {
      created: { title: 'Point de terminaison créé', hint: '' },
      secretStored: {
        title: 'Secret enregistré',
        hint: 'Lucca n’affiche le secret qu’une fois, à la création. Le récepteur en a besoin pour vérifier les signatures.',
      },
      challenge: {
        title: 'Le récepteur a passé la vérification de l’adresse',
        hint: 'Avant tout envoi, Lucca vérifie que votre serveur récepteur répond à cette adresse. Activez le point de terminaison pour lancer la vérification.',
        technical:
          'Vérification de l’adresse : Lucca envoie GET <URL du point de terminaison>?echo=<valeur> ; le récepteur doit répondre 200 avec cette valeur en texte brut.',
      },
      signature: {
        title: 'Signature vérifiée',
        hint: 'Collez une requête reçue par votre récepteur, avec le secret, pour confirmer qu’elle se vérifie.',
      },
      testDelivered: {
        title: 'Envoi de test arrivé',
        hint: 'Faites un envoi de test et vérifiez qu’il arrive.',
      },
      active: { title: 'Actif', hint: 'Le point de terminaison est actif et a reçu un envoi.' },
    },
  },
  checker: {
    title: 'Vérifier une requête reçue',
    intro:
      'Collez les en-têtes et le corps d’une requête reçue par votre récepteur, ainsi que le secret du point de terminaison. La vérification se fait dans votre navigateur : le secret n’est envoyé nulle part.',
    headers: 'En-têtes de la requête',
    headersHint:
      'Un « Nom: valeur » par ligne, ou un objet JSON. Lucca-Timestamp et Lucca-Signature sont nécessaires.',
    body: 'Corps de la requête, tel que reçu',
    bodyHint: 'Exactement tel que reçu, sans reformatage.',
    secret: 'Secret du point de terminaison',
    secretHint: 'Affiché une seule fois à la création du point de terminaison.',
    check: 'Vérifier la signature',
    valid: 'Signature valide',
    validDetail: 'Cette requête a été signée par Lucca avec ce secret, et le corps n’a pas été modifié.',
    stale:
      'Son horodatage est à {{minutes}} min de maintenant : un récepteur qui refuse les rejeux (plus de 5 min) la rejetterait. C’est normal pour une capture ancienne.',
    invalid: 'Signature invalide',
    expected: 'Signature attendue pour ce corps et ce secret :',
    problems: {
      missingSecret: 'Saisissez le secret du point de terminaison.',
      missingSignature: 'Aucun en-tête Lucca-Signature dans les en-têtes.',
      missingTimestamp: 'Aucun en-tête Lucca-Timestamp dans les en-têtes.',
      mismatch:
        'La signature ne correspond pas : le corps a été modifié, ou le secret n’est pas celui de ce point de terminaison.',
    },
    hints: {
      withoutTimestamp:
        'Elle correspond à une signature du corps seul : l’horodatage et « . » doivent venir en premier.',
      hexEncoding:
        'Elle correspond une fois encodée en hexadécimal : Lucca envoie du Base64, pas de l’hexadécimal.',
      secretWhitespace: 'Elle correspond sans les espaces autour du secret : retirez-les.',
      bodyTrailingSpace:
        'Elle correspond sans les espaces ou le saut de ligne final du corps collé : utilisez les octets exacts.',
      bodyReformatted:
        'Elle correspond au JSON compact : le corps a été reformaté. Vérifiez les octets bruts, avant analyse.',
    },
  },
  snippets: {
    title: 'Vérifier les signatures dans votre récepteur',
    plain:
      'Chaque envoi est signé avec le secret de signature : votre serveur récepteur vérifie ainsi qu’il vient de Lucca. Transmettez le code et les détails ci-dessous à votre intégrateur.',
    scheme:
      'Chaque requête porte Lucca-Timestamp et Lucca-Signature. Calculez le HMAC sur le corps brut, comparez en temps constant et refusez les horodatages à plus de 5 minutes (rejeux).',
    formula: 'Lucca-Signature = Base64( HMAC-SHA256( secret, Lucca-Timestamp + "." + corps brut ) )',
    copy: 'Copier le code {{language}}',
    copied: 'Copié',
    vector: 'Exemple de référence',
    vectorFields: {
      secret: 'Secret',
      timestamp: 'Lucca-Timestamp',
      body: 'Corps',
      signature: 'Lucca-Signature',
    },
  },
  page: {
    title: 'Vérifier votre récepteur',
    description:
      'Vérifiez que votre récepteur contrôle les signatures de Lucca, avec du code à copier et un vérificateur.',
    endpoint: 'Point de terminaison {{id}}',
  },
}
