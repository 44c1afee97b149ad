
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `کپی شد`,
'pe.citation.copy': `کپی`,
'pe.citation.copyFailed': `کپی نشد`,
'pe.citation.export': `خروجی`,
'pe.citation.heading': `منابع`,
'pe.error.config': `این محتوای جاسازی‌شده درست پیکربندی نشده است.`,
'pe.error.http': str`سرور با خطا پاسخ داد (${0}).`,
'pe.error.invalid': `خواندن پاسخ ممکن نشد.`,
'pe.error.network': `بارگیری محتوا ممکن نشد. اتصال اینترنت خود را بررسی کنید.`,
'pe.error.notFound': `این محتوا پیدا نشد.`,
'pe.error.timeout': `پاسخ سرور بیش از حد طول کشید.`,
'pe.error.tooLarge': `پاسخ برای نمایش بیش از حد بزرگ است.`,
'pe.loading': `در حال بارگیری…`,
'pe.oembed.author': str`از ${0}`,
'pe.oembed.load': `بارگیری محتوای جاسازی‌شده`,
'pe.oembed.play': str`پخش: ${0}`,
'pe.oembed.postBy': str`پست از ${0}`,
'pe.oembed.provider': str`در ${0}`,
'pe.oembed.remember': str`همیشه از ${0} بارگذاری شود`,
'pe.oembed.revoke': str`توقف بارگذاری خودکار از ${0}`,
'pe.oembed.untitled': `محتوای جاسازی‌شده`,
'pe.readingTime': str`زمان مطالعه: ${0}`,
'pe.related.heading': `نوشته‌های مرتبط`,
'pe.related.navigation': `پیمایش نوشته‌ها`,
'pe.related.next': `نوشته بعدی`,
'pe.related.previous': `نوشته قبلی`,
'pe.retry': `تلاش دوباره`,
'pe.terms': `موضوع‌ها`,
    };
  