
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.retry': `Try again`,
'pe.error.notFound': `This content could not be found.`,
'pe.error.http': str`The server answered with an error (${0}).`,
'pe.error.timeout': `The server took too long to answer.`,
'pe.error.network': `The content could not be loaded. Check your connection.`,
'pe.error.tooLarge': `The response is too large to show.`,
'pe.error.config': `This embed is not set up correctly.`,
'pe.error.invalid': `The response could not be read.`,
'pe.terms': `Topics`,
'pe.readingTime': str`${0} read`,
'pe.loading': `Loading…`,
    };
  