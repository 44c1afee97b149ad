
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `הועתק`,
'pe.citation.copy': `העתקה`,
'pe.citation.copyFailed': `ההעתקה נכשלה`,
'pe.citation.export': `ייצוא`,
'pe.citation.heading': `מקורות`,
'pe.error.config': `ההטמעה הזו לא הוגדרה כראוי.`,
'pe.error.http': str`השרת השיב בשגיאה (${0}).`,
'pe.error.invalid': `לא ניתן לקרוא את התגובה.`,
'pe.error.network': `לא ניתן לטעון את התוכן. כדאי לבדוק את החיבור לאינטרנט.`,
'pe.error.notFound': `התוכן הזה לא נמצא.`,
'pe.error.timeout': `השרת לא השיב בזמן.`,
'pe.error.tooLarge': `התגובה גדולה מכדי להציג אותה.`,
'pe.loading': `בטעינה…`,
'pe.oembed.author': str`מאת ${0}`,
'pe.oembed.load': `טעינת התוכן המוטמע`,
'pe.oembed.play': str`הפעלה: ${0}`,
'pe.oembed.postBy': str`פוסט מאת ${0}`,
'pe.oembed.provider': str`ב־${0}`,
'pe.oembed.remember': str`לטעון תמיד מ־${0}`,
'pe.oembed.revoke': str`להפסיק לטעון מ־${0} באופן אוטומטי`,
'pe.oembed.untitled': `תוכן מוטמע`,
'pe.readingTime': str`זמן קריאה: ${0}`,
'pe.related.heading': `פוסטים קשורים`,
'pe.related.navigation': `ניווט בין פוסטים`,
'pe.related.next': `הפוסט הבא`,
'pe.related.previous': `הפוסט הקודם`,
'pe.retry': `ניסיון חוזר`,
'pe.terms': `נושאים`,
    };
  