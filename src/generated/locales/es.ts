
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `Copiado`,
'pe.citation.copy': `Copiar`,
'pe.citation.copyFailed': `No se ha podido copiar`,
'pe.citation.export': `Exportar`,
'pe.citation.heading': `Fuentes`,
'pe.error.config': `Este contenido insertado no está bien configurado.`,
'pe.error.http': str`El servidor respondió con un error (${0}).`,
'pe.error.invalid': `No se ha podido leer la respuesta.`,
'pe.error.network': `No se ha podido cargar el contenido. Comprueba tu conexión.`,
'pe.error.notFound': `No se ha encontrado este contenido.`,
'pe.error.timeout': `El servidor ha tardado demasiado en responder.`,
'pe.error.tooLarge': `La respuesta es demasiado grande para mostrarla.`,
'pe.loading': `Cargando…`,
'pe.oembed.author': str`por ${0}`,
'pe.oembed.load': `Cargar el contenido insertado`,
'pe.oembed.play': str`Reproducir: ${0}`,
'pe.oembed.postBy': str`Publicación de ${0}`,
'pe.oembed.provider': str`en ${0}`,
'pe.oembed.remember': str`Cargar siempre desde ${0}`,
'pe.oembed.revoke': str`Dejar de cargar ${0} automáticamente`,
'pe.oembed.untitled': `Contenido insertado`,
'pe.readingTime': str`${0} de lectura`,
'pe.related.heading': `Entradas relacionadas`,
'pe.related.navigation': `Navegación de entradas`,
'pe.related.next': `Entrada siguiente`,
'pe.related.previous': `Entrada anterior`,
'pe.retry': `Reintentar`,
'pe.terms': `Temas`,
    };
  