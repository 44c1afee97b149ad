
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'pe.citation.copied': `已复制`,
'pe.citation.copy': `复制`,
'pe.citation.copyFailed': `复制失败`,
'pe.citation.export': `导出`,
'pe.citation.heading': `来源`,
'pe.error.config': `此嵌入内容的配置不正确。`,
'pe.error.http': str`服务器返回了错误（${0}）。`,
'pe.error.invalid': `无法读取响应内容。`,
'pe.error.network': `无法加载内容。请检查网络连接。`,
'pe.error.notFound': `找不到此内容。`,
'pe.error.timeout': `服务器响应超时。`,
'pe.error.tooLarge': `响应内容过大，无法显示。`,
'pe.loading': `正在加载……`,
'pe.oembed.author': str`作者：${0}`,
'pe.oembed.load': `加载嵌入内容`,
'pe.oembed.play': str`播放：${0}`,
'pe.oembed.postBy': str`${0} 的帖子`,
'pe.oembed.provider': str`来自${0}`,
'pe.oembed.remember': str`始终从 ${0} 加载`,
'pe.oembed.revoke': str`停止自动加载 ${0}`,
'pe.oembed.untitled': `嵌入内容`,
'pe.readingTime': str`阅读时长：${0}`,
'pe.related.heading': `相关文章`,
'pe.related.navigation': `文章导航`,
'pe.related.next': `下一篇`,
'pe.related.previous': `上一篇`,
'pe.retry': `重试`,
'pe.terms': `主题`,
    };
  