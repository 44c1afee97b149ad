
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `Kopiert`,
'pe.citation.copy': `Kopieren`,
'pe.citation.copyFailed': `Kopieren fehlgeschlagen`,
'pe.citation.export': `Exportieren`,
'pe.citation.heading': `Quellen`,
'pe.error.config': `Diese Einbettung ist nicht richtig eingerichtet.`,
'pe.error.http': str`Der Server hat mit einem Fehler geantwortet (${0}).`,
'pe.error.invalid': `Die Antwort konnte nicht gelesen werden.`,
'pe.error.network': `Der Inhalt konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.`,
'pe.error.notFound': `Dieser Inhalt wurde nicht gefunden.`,
'pe.error.timeout': `Der Server hat nicht rechtzeitig geantwortet.`,
'pe.error.tooLarge': `Die Antwort ist zu groß, um angezeigt zu werden.`,
'pe.loading': `Wird geladen …`,
'pe.oembed.author': str`von ${0}`,
'pe.oembed.load': `Eingebetteten Inhalt laden`,
'pe.oembed.play': str`Abspielen: ${0}`,
'pe.oembed.postBy': str`Beitrag von ${0}`,
'pe.oembed.provider': str`auf ${0}`,
'pe.oembed.remember': str`Immer von ${0} laden`,
'pe.oembed.revoke': str`${0} nicht mehr automatisch laden`,
'pe.oembed.untitled': `Eingebetteter Inhalt`,
'pe.readingTime': str`${0} Lesezeit`,
'pe.related.heading': `Ähnliche Beiträge`,
'pe.related.navigation': `Beitragsnavigation`,
'pe.related.next': `Nächster Beitrag`,
'pe.related.previous': `Vorheriger Beitrag`,
'pe.retry': `Erneut versuchen`,
'pe.terms': `Themen`,
    };
  