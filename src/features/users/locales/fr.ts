import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de users (espace de noms `users`). */
export const fr: Strings<typeof en> = {
  users: {
    title: 'Utilisateurs',
    description:
      'Les personnes qui peuvent se connecter à cette console, leur rôle et les sessions qu’elles ont ouvertes en ce moment.',
    add: 'Ajouter un utilisateur',
    listLabel: 'Utilisateurs de la console',
    empty: 'Aucun utilisateur pour l’instant.',
    you: 'vous',
    source: {
      company: 'Compte de l’entreprise',
      password: 'Mot de passe de la console',
      roleFrom: 'par le groupe {{group}}',
    },
    createdOn: 'Ajouté le {{date}}',
    onlyAdmin:
      'Seul administrateur : il ne peut être ni supprimé ni passé en lecture seule tant qu’il n’y a pas d’autre administrateur.',
    roles: {
      admin: 'Administrateur',
      viewer: 'Lecture seule',
      adminHelp: 'Peut modifier les points de terminaison, envoyer des tests et gérer les utilisateurs.',
      viewerHelp: 'Peut consulter les points de terminaison et les envois, sans rien modifier.',
    },
    sessions: {
      none: 'Aucune session ouverte en ce moment.',
      count_one: '{{count}} session ouverte',
      count_other: '{{count}} sessions ouvertes',
      justNow: 'à l’instant',
      times: 'Connecté le {{started}} · dernière activité {{lastSeen}}',
      thisBrowser: 'Ce navigateur',
      end: 'Mettre fin',
      endLabel: 'Mettre fin à la session sur {{account}}, ouverte le {{started}}',
      unknownAccount: 'Compte qui n’est plus configuré',
    },
    actions: {
      menu: 'Actions pour {{username}}',
      makeAdmin: 'Passer administrateur',
      makeViewer: 'Passer en lecture seule',
      resetPassword: 'Réinitialiser le mot de passe',
      endSessions: 'Mettre fin aux sessions',
      remove: 'Supprimer l’utilisateur',
      notYourself: 'Vous ne pouvez pas vous supprimer vous-même. Un autre administrateur peut le faire.',
    },
    confirm: {
      signsOut: '{{username}} sera déconnecté partout et devra se reconnecter.',
      signsYouOut: 'Vous serez aussi déconnecté de ce navigateur et devrez vous reconnecter.',
      roleTitle: 'Changer le rôle de {{username}} ?',
      roleBody: '{{username}} passe en « {{role}} ».',
      demoteYourself:
        'Une fois reconnecté, vous ne pourrez plus gérer les utilisateurs ni modifier les points de terminaison.',
      roleConfirm: 'Changer le rôle',
      resetTitle: 'Réinitialiser le mot de passe de {{username}} ?',
      resetBody:
        'Son mot de passe actuel cesse aussitôt de fonctionner. La console en crée un nouveau et vous l’affiche une seule fois, pour que vous puissiez le lui transmettre.',
      resetConfirm: 'Réinitialiser le mot de passe',
      endSessionsTitle: 'Mettre fin à toutes les sessions de {{username}} ?',
      endSessionsBody: 'Son mot de passe ne change pas : il pourra se reconnecter tout de suite.',
      endSessionsConfirm: 'Mettre fin aux sessions',
      endOneTitle: 'Mettre fin à cette session de {{username}} ?',
      endOneBody: '{{username}} sera déconnecté du navigateur utilisé le {{started}} ({{account}}).',
      endOneYourself: 'C’est le navigateur que vous utilisez : vous en serez déconnecté.',
      endOneConfirm: 'Mettre fin à la session',
      removeTitle: 'Supprimer {{username}} ?',
      removeBody:
        '{{username}} sera déconnecté partout et ne pourra plus se connecter. Ce qu’il a fait reste dans le journal d’audit.',
      removeConfirm: 'Supprimer l’utilisateur',
    },
    errors: {
      lastAdmin:
        'C’est le seul administrateur. Passez d’abord un autre utilisateur administrateur, pour que quelqu’un puisse toujours gérer la console.',
      taken: 'Un utilisateur « {{username}} » existe déjà. Choisissez un autre nom.',
      sessionGone: 'Cette session est déjà terminée.',
      userGone: 'Cet utilisateur n’existe plus. La liste est maintenant à jour.',
    },
    form: {
      title: 'Ajouter un utilisateur',
      username: 'Nom d’utilisateur',
      usernameHelp: 'Lettres, chiffres, points, tirets et tirets bas, sans espace. 64 caractères au maximum.',
      usernameRequired: 'Saisissez un nom d’utilisateur.',
      usernameInvalid:
        'Utilisez uniquement des lettres sans accent, des chiffres, des points (.), des tirets (-) et des tirets bas (_), sans espace.',
      usernameTooLong: 'Un nom d’utilisateur compte 64 caractères au maximum.',
      role: 'Rôle',
      passwordNote: 'La console crée le mot de passe et vous l’affiche une seule fois, juste après.',
      cancel: 'Annuler',
      submit: 'Ajouter l’utilisateur',
    },
    password: {
      newTitle: 'Mot de passe de {{username}}',
      resetTitle: 'Nouveau mot de passe de {{username}}',
      newIntro:
        '{{username}} peut maintenant se connecter avec ce mot de passe. Transmettez-le-lui en main propre ou par un canal sûr.',
      resetIntro:
        'L’ancien mot de passe ne fonctionne plus. Transmettez celui-ci à {{username}} en main propre ou par un canal sûr.',
      ownIntro:
        'Voici votre nouveau mot de passe. Copiez-le maintenant : une fois cette fenêtre fermée, il vous sera demandé de vous reconnecter avec.',
      onceTitle: 'Vous ne reverrez plus ce mot de passe',
      onceBody:
        'La console ne le conserve pas en clair et ne peut pas l’afficher de nouveau. S’il est perdu, réinitialisez-le une nouvelle fois.',
      valueLabel: 'Mot de passe',
      show: 'Afficher le mot de passe',
      hide: 'Masquer le mot de passe',
      copy: 'Copier',
      copied: 'Copié',
      copiedAnnouncement: 'Le mot de passe est copié dans le presse-papiers.',
      confirmStored: 'J’ai copié le mot de passe',
      nudge:
        'Confirmez que vous avez copié le mot de passe avant de fermer : il ne pourra plus être affiché.',
      done: 'Terminé',
    },
    adminsOnly: {
      title: 'Réservé aux administrateurs',
      body: 'Seuls les administrateurs peuvent consulter et gérer les utilisateurs de la console. Adressez-vous à un administrateur pour créer un compte.',
    },
    done: {
      role: '{{username}} est maintenant en « {{role}} ».',
      sessions: 'Les sessions de {{username}} sont terminées.',
      session: 'La session est terminée.',
      removed: '{{username}} est supprimé.',
    },
  },
}
