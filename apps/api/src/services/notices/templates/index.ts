export { defaultCatalogue, templateLanguages } from './catalogue';
export { TemplateError } from './fill';
export { renderNotice } from './render';
export { smsSegments } from './sms';
export type { TemplateCatalogue, TemplateFile } from './template-file';
export type { DropInChange, NoticeFacts, NoticeKind, RenderedNotice } from './types';
