
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `تم النسخ`,
'pe.citation.copy': `نسخ`,
'pe.citation.copyFailed': `تعذّر النسخ`,
'pe.citation.export': `تصدير`,
'pe.citation.heading': `المصادر`,
'pe.error.config': `هذا المحتوى المضمَّن غير مُعَدّ بشكل صحيح.`,
'pe.error.http': str`ردّ الخادم بخطأ (${0}).`,
'pe.error.invalid': `تعذّرت قراءة الرد.`,
'pe.error.network': `تعذّر تحميل المحتوى. تحقّق من اتصالك بالإنترنت.`,
'pe.error.notFound': `تعذّر العثور على هذا المحتوى.`,
'pe.error.timeout': `استغرق الخادم وقتًا طويلًا في الرد.`,
'pe.error.tooLarge': `الرد أكبر من أن يُعرض.`,
'pe.loading': `جارٍ التحميل…`,
'pe.oembed.author': str`بواسطة ${0}`,
'pe.oembed.load': `تحميل المحتوى المضمَّن`,
'pe.oembed.play': str`تشغيل: ${0}`,
'pe.oembed.postBy': str`منشور من ${0}`,
'pe.oembed.provider': str`على ${0}`,
'pe.oembed.remember': str`تحميل المحتوى من ${0} دائمًا`,
'pe.oembed.revoke': str`إيقاف التحميل التلقائي من ${0}`,
'pe.oembed.untitled': `محتوى مضمَّن`,
'pe.readingTime': str`مدة القراءة: ${0}`,
'pe.related.heading': `مقالات ذات صلة`,
'pe.related.navigation': `التنقل بين المقالات`,
'pe.related.next': `المقال التالي`,
'pe.related.previous': `المقال السابق`,
'pe.retry': `إعادة المحاولة`,
'pe.terms': `الموضوعات`,
    };
  