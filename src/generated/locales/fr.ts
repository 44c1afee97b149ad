
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `Copié`,
'pe.citation.copy': `Copier`,
'pe.citation.copyFailed': `Échec de la copie`,
'pe.citation.export': `Exporter`,
'pe.citation.heading': `Sources`,
'pe.error.config': `Cette intégration n’est pas correctement configurée.`,
'pe.error.http': str`Le serveur a répondu par une erreur (${0}).`,
'pe.error.invalid': `Impossible de lire la réponse.`,
'pe.error.network': `Impossible de charger le contenu. Vérifiez votre connexion.`,
'pe.error.notFound': `Ce contenu est introuvable.`,
'pe.error.timeout': `Le serveur a mis trop de temps à répondre.`,
'pe.error.tooLarge': `La réponse est trop volumineuse pour être affichée.`,
'pe.loading': `Chargement…`,
'pe.oembed.author': str`par ${0}`,
'pe.oembed.load': `Charger le contenu intégré`,
'pe.oembed.play': str`Lire : ${0}`,
'pe.oembed.postBy': str`Publication de ${0}`,
'pe.oembed.provider': str`sur ${0}`,
'pe.oembed.remember': str`Toujours charger depuis ${0}`,
'pe.oembed.revoke': str`Ne plus charger ${0} automatiquement`,
'pe.oembed.untitled': `Contenu intégré`,
'pe.readingTime': str`${0} de lecture`,
'pe.related.heading': `Articles similaires`,
'pe.related.navigation': `Navigation entre les articles`,
'pe.related.next': `Article suivant`,
'pe.related.previous': `Article précédent`,
'pe.retry': `Réessayer`,
'pe.terms': `Thèmes`,
    };
  